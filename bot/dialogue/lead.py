"""Sending the summary: the lead a finished dialogue hands to the service."""

from __future__ import annotations

from datetime import datetime

from bot.dialogue.moves import go, home
from bot.dialogue.returning import added
from bot.dialogue.state import Addition, Context, LeadDraft, Result, State
from bot.flows.answers import typed_answer
from bot.flows.contact import BY_EMAIL, EMAIL, PHONE, TELEGRAM, as_asked
from bot.flows.model import POSTAL_KEY, Flow, FreeText
from bot.flows.navigation import (
    ADDING,
    PERSONAL_KEYS,
    ScreenId,
    find_question,
    flow_named,
    sequence,
    split_screen,
)


def missing(state: State, flow: Flow) -> str | None:
    """The first screen whose answer a lead still needs, if any."""
    for screen in sequence(flow):
        if screen == ScreenId.SUMMARY:
            return None
        if screen == ScreenId.CONSENT:
            if "consent" not in state.answers:
                return ScreenId.CONSENT
            continue
        found = find_question(flow, split_screen(screen)[1])
        question = as_asked(found, state.channel, state.answers) if found else None
        if question is None or getattr(question, "optional", False):
            continue
        if question.key not in state.answers:
            return screen
    return None


def _add_to_request(state: State, flow: Flow, result: Result) -> None:
    """ "Send" of answers for the open request: no consent or contact part, they are there."""
    for question in flow.questions:
        if question.key not in state.answers and not getattr(question, "optional", False):
            go(state, ScreenId.QUESTION.of(question.key))
            return
    marker = str(state.answers[ADDING])
    if not marker.isdigit():
        home(state)  # a damaged state: nothing to add to
        return
    skipped = PERSONAL_KEYS | {POSTAL_KEY, ADDING}
    answers = {k: v for k, v in state.answers.items() if k not in skipped}
    added(state, result, Addition(int(marker), flow.key, answers))


def submit(state: State, ctx: Context, result: Result, arg: str = "") -> None:
    """ "Send": the lead when every needed answer is there, else the first missing step."""
    flow = flow_named(state.flow)
    if flow is None:
        home(state)
        return
    if ADDING in state.answers:
        _add_to_request(state, flow, result)
        return
    needed = missing(state, flow)
    if needed is not None or state.office is None:
        go(state, needed or ScreenId.QUESTION.of(POSTAL_KEY))
        return
    answers = state.answers
    consent = answers["consent"]
    by_telegram = answers.get(PHONE.key) == TELEGRAM.code
    by_email = answers.get(PHONE.key) == BY_EMAIL.code
    phone = as_asked(PHONE, state.channel, answers)
    assert isinstance(phone, FreeText)
    topic = {k: v for k, v in answers.items() if k not in PERSONAL_KEYS and k != POSTAL_KEY}
    result.lead = LeadDraft(
        flow=flow.key,
        office=state.office,
        postal_code=answers.get(POSTAL_KEY),
        answers=topic,
        language=state.lang or "de",
        name=answers["name"],
        phone=typed_answer(phone, answers),
        email=typed_answer(EMAIL, answers),
        contact_via_telegram=by_telegram,
        preferred_time=answers.get("time"),
        callback_language=answers.get("callback_lang"),
        consent_version=consent["version"],
        consent_language=consent["lang"],
        consent_at=datetime.fromisoformat(consent["at"]),
    )
    # The lead now holds the answers; the conversation keeps nothing personal.
    contact = TELEGRAM.code if by_telegram else BY_EMAIL.code if by_email else "phone"
    state.answers = {"contact": contact}
    state.history = []
    state.editing = False
    state.screen = ScreenId.DONE
