"""Sending the summary: the lead a finished dialogue hands to the service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.dialogue.moves import go, home, missing
from bot.dialogue.returning import added
from bot.dialogue.state import Addition, Context, LeadDraft, Result, State
from bot.dialogue.typed import carried
from bot.flows.answers import typed_answer
from bot.flows.consent import BY_PARENT, parent_must_agree
from bot.flows.contact import BY_EMAIL, EMAIL, PHONE, TELEGRAM, as_asked
from bot.flows.model import NO_POSTAL_CODE, POSTAL_KEY, TOWN, Flow, FreeText, applies
from bot.flows.navigation import (
    ADDING,
    CHILDS_AGE_SAID,
    MEDIA_LATER,
    NOT_SHOWN,
    PERSONAL_KEYS,
    RESUME,
    RETYPED,
    SENT_CONTACT,
    TRANSIENT_KEYS,
    ScreenId,
    asked,
    flow_named,
    questions_of,
)


def _unasked(flow: Flow, answers: dict[str, Any]) -> set[str]:
    """Keys of answers to questions that no longer apply (an edit changed the way)."""
    keys: set[str] = set()
    for question in questions_of(flow):
        # Summary-only questions too: a Latin spelling goes when the name is now Latin.
        if not applies(question, flow.key, answers):
            keys |= {question.key, f"{question.key}_other"}
    return keys | TRANSIENT_KEYS | {NOT_SHOWN, RESUME, RETYPED, CHILDS_AGE_SAID}


def _add_to_request(state: State, flow: Flow, ctx: Context, result: Result) -> None:
    """ "Send" of answers for the open request: no consent or contact part, they are there."""
    for question in flow.questions:
        needed = asked(question, flow, state.answers) and not getattr(question, "optional", False)
        if needed and question.key not in state.answers:
            go(state, ScreenId.QUESTION.of(question.key))
            return
    if parent_must_agree(state.answers) and state.answers.get("consent_by") != BY_PARENT:
        # Someone under 16 now (a young person's age added to a parent's request): a
        # parent agrees first, as in a request of its own (GDPR Art. 8). Then the summary.
        go(state, ScreenId.CONSENT)
        state.editing = True
        return
    marker = str(state.answers[ADDING])
    if not marker.isdigit():
        home(state)  # a damaged state: nothing to add to
        return
    # The open request keeps its own place and office.
    skipped = (
        PERSONAL_KEYS
        | {POSTAL_KEY, TOWN, "region", ADDING, MEDIA_LATER}
        | _unasked(flow, state.answers)
    )
    answers = {k: v for k, v in state.answers.items() if k not in skipped}
    # With the question typed on the way, which the person was told goes with it.
    added(state, result, Addition(int(marker), flow.key, carried(flow.key, answers, ctx)))


def submit(state: State, ctx: Context, result: Result, arg: str = "") -> None:
    """ "Send": the lead when every needed answer is there, else the first missing step."""
    flow = flow_named(state.flow)
    if flow is None:
        home(state)
        return
    if ADDING in state.answers:
        _add_to_request(state, flow, ctx, result)
        return
    needed = missing(state, flow)
    if needed is not None or state.office is None:
        go(state, needed or ScreenId.QUESTION.of(POSTAL_KEY))
        # The answer (or the consent) leads back to the summary, not through the
        # questions after it.
        state.editing = state.screen.startswith(ScreenId.QUESTION) or (
            state.screen == ScreenId.CONSENT
        )
        return
    answers = state.answers
    consent = answers["consent"]
    by_telegram = answers.get(PHONE.key) == TELEGRAM.code
    by_email = answers.get(PHONE.key) == BY_EMAIL.code
    phone = as_asked(PHONE, state.channel, answers)
    assert isinstance(phone, FreeText)
    topic = {
        k: v
        for k, v in answers.items()
        if k not in PERSONAL_KEYS
        and k not in (POSTAL_KEY, MEDIA_LATER)
        and k not in _unasked(flow, answers)
    }
    result.lead = LeadDraft(
        flow=flow.key,
        office=state.office,
        postal_code=None if answers.get(POSTAL_KEY) == NO_POSTAL_CODE else answers.get(POSTAL_KEY),
        answers=carried(flow.key, topic, ctx),
        language=state.lang or "de",
        name=answers["name"],
        phone=typed_answer(phone, answers),
        email=typed_answer(EMAIL, answers),
        contact_via_telegram=by_telegram,
        preferred_time=answers.get("time"),
        callback_language=answers.get("callback_lang") or state.lang,
        consent_version=consent["version"],
        consent_language=consent["lang"],
        consent_at=datetime.fromisoformat(consent["at"]),
    )
    # The lead now holds the answers; the conversation keeps nothing personal.
    contact = TELEGRAM.code if by_telegram else BY_EMAIL.code if by_email else "phone"
    state.answers = {
        SENT_CONTACT: contact,
        **({MEDIA_LATER: "yes"} if MEDIA_LATER in answers else {}),
    }
    state.history = []
    state.editing = False
    state.screen = ScreenId.DONE
