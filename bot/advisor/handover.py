"""Handing a lead over to another office: the person lives elsewhere than their postal
code said, moved, or asked the wrong office.

The lead becomes a new lead of the other office, for anyone there to take: its old
card in the first office's chat is cut down to a line that says where it went (the
first office no longer needs the person's data there), the other office is told as of
any new lead (its chat, and its mailbox if it has one), and the person learns who has
their request now. The history records who handed it over, from where to where; a
reason the advisor gives stays with the lead as an internal note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from rapidfuzz.distance import OSA
from sqlalchemy.ext.asyncio import AsyncSession

from bot.advisor import asked, claims, replies, work
from bot.advisor.roster import Advisors
from bot.conversation import log as conversation_log
from bot.offices import Office, lead_targets
from db import news, repository
from db.models import Lead, OutboxMessage
from db.vocabulary import (
    CLOSED_STATUSES,
    AuditAction,
    LeadStatus,
    OutboxKind,
    OutboxStatus,
    OutboxTarget,
    person_target,
)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Signs after the office's name that say nothing of it ("Dresden,", "Dresden.", "Dresden!");
#: a "?" asks (the hand-over is not done).
_AFTER_OFFICE = ",.;:!"


def office_named(text: str, offices: Mapping[str, Office]) -> str | None:
    """The office an advisor means by ``text``: its key or its city, in any case and
    with or without accents ("leipzig", "Leipzig"), or None."""
    wanted = _folded(text.rstrip(_AFTER_OFFICE))  # "/weitergeben 12 Dresden, wohnt dort"
    for key, office in offices.items():
        if wanted in (_folded(key), _folded(office.city)):
            return key
    return None


def office_meant(typed: str, offices: Mapping[str, Office]) -> str | None:
    """The city of the one office ``typed`` is a typo of ("Dresdn", "Chemniz", "Leipzg"),
    or None: named in the refusal, never taken for it (a hand-over is no guess)."""
    wanted = _folded(typed.rstrip(_AFTER_OFFICE))
    near = [
        office.city
        for office in offices.values()
        if OSA.distance(wanted, _folded(office.city)) <= 2 < len(wanted)
        or _PLATES.get(wanted) == _folded(office.city)
    ]
    return near[0] if len(near) == 1 else None


#: The number-plate letters of the offices' cities, as advisors in Saxony shorten them
#: ("/weitergeben 12 DD"): named in the refusal like a typo, since "C" or "L" alone is
#: too little to move a person's request on.
_PLATES = {"dd": "dresden", "c": "chemnitz", "l": "leipzig"}


#: Words before the office, as one says it: "an Dresden" (the card's button), "an das
#: Büro Dresden", "nach Dresden", "ins Büro in Chemnitz", "an KAUSA Dresden", "an die
#: Kollegen in Leipzig", "→ Leipzig" (folded as office_named folds).
_BEFORE_OFFICE = frozenset(
    {
        *("an", "ans", "nach", "zu", "zum", "zur", "in", "ins", "das", "die", "den", "dem"),
        # "Buero": the umlaut written out, as on a keyboard without it.
        *("buro", "buero", "kausa", "team", "kollegen", "kolleginnen", "kollegin", "kollege"),
        *("->", "→", "=>", ">"),
    }
)


def office_and_reason(
    words: Sequence[str], offices: Mapping[str, Office]
) -> tuple[str | None, str]:
    """The office (its key, or None) and the reason in /weitergeben's words after the
    number: "an Dresden" was answered with how the command is written."""
    rest = _from_office(words)
    if not rest:
        return None, ""
    return office_named(rest[0], offices), " ".join(rest[1:]).lstrip("–-: ")


def office_first(
    words: Sequence[str], offices: Mapping[str, Office]
) -> tuple[str, list[str]] | None:
    """The office's word and the words after it when /weitergeben's words start with an
    office ("Dresden 12", "nach Dresden 12 – wohnt dort": the number after it), or None."""
    rest = _from_office(words)
    if len(rest) < 2 or office_named(rest[0], offices) is None:
        return None
    return rest[0], rest[1:]


def name_first(
    words: Sequence[str], offices: Mapping[str, Office]
) -> tuple[list[str], list[str]] | None:
    """The words before the office and the words from it when /weitergeben's words start
    with a name that holds no digit ("Omar Dresden", "Omar Said nach Dresden – wohnt
    dort", or an office mistyped: "Omar Dresdn"), or None: a caller gives the name,
    rarely the request's number."""
    for index in range(1, len(words)):
        named = words[:index]
        if any(ch.isdigit() for word in named for ch in word) or _before_office(named[0]):
            return None
        if _before_office(words[index]):
            continue
        rest = _from_office(words[index:])
        if rest and (office_named(rest[0], offices) or office_meant(rest[0], offices)):
            while named and _before_office(named[-1]):
                named = named[:-1]
            return list(named), list(words[index:])
    return None


def office_word(words: Sequence[str]) -> str:
    """The word of /weitergeben's words after the number that stands for the office ("":
    none), to name an office there is not ("Görlitz")."""
    rest = _from_office(words)
    return rest[0].rstrip(_AFTER_OFFICE) if rest else ""


#: A sign that joins the office to the reason ("Dresden:wohnt dort", "Dresden,wohnt").
#: Letters on both sides, so that a time in the reason ("ab 14:30") stays as written.
_JOINED = re.compile(r"(?<=[^\W\d_])([:;,])(?=[^\W\d_])")
#: One word in brackets ("(Dresden)", "[Chemnitz]:"): the word, and what follows.
_BRACKETED = re.compile(r"^[(\[]([^\s()\[\]]+)[)\]](.*)$")


def _apart(word: str) -> list[str]:
    """The office's ``word`` taken apart from a reason joined to it, its brackets off:
    "/weitergeben 12 Dresden:wohnt dort" and "(Dresden)" named no office. The reason's
    own words stay as the advisor wrote them."""
    bracketed = _BRACKETED.match(word)
    if bracketed:
        word = bracketed[1] + bracketed[2]
    return _JOINED.sub(r"\1 ", word, count=1).split()


def _from_office(words: Sequence[str]) -> list[str]:
    """``words`` from the office on, without the words before it ("an", "nach" ...); none
    when they are all such words ("an das Büro": "Ein Büro „Büro“ gibt es nicht")."""
    rest = list(words)
    while rest and _before_office(rest[0]):
        rest.pop(0)
    if rest:
        rest[:1] = _apart(rest[0])
    return rest


def _before_office(word: str) -> bool:
    """Whether ``word`` is one said before the office, also joined ("KAUSA-Büro")."""
    folded = _folded(word)
    return folded in _BEFORE_OFFICE or all(part in _BEFORE_OFFICE for part in folded.split("-"))


def usage(advisors: Advisors, chat_id: int, lead_id: int | None = None, *, typed: str = "") -> str:
    """How /weitergeben is written, its example naming an office the group ``chat_id``
    hands over to: its own ("z. B. /weitergeben 12 Leipzig" in Leipzig's group) is refused.
    ``lead_id``: the request named, in its topic or by the number ``typed``."""
    cities = advisors.cities()
    here = advisors.offices_of(chat_id)
    others = [city for key, city in cities.items() if key not in here]
    example = (others or list(cities.values()) or ["–"])[0]
    return replies.handover_usage(list(cities.values()), example, lead_id, typed=typed)


def refusal(lead: Lead, office: str, cities: Mapping[str, str]) -> work.Outcome | None:
    """Why ``lead`` cannot go to ``office`` now, or None."""
    if office not in cities:
        return work.Outcome(False, replies.STALE_BUTTON, lead, alert=True)
    if lead.anonymized_at is not None and lead.status != LeadStatus.WITHDRAWN:
        # Done or expired, and erased since: "bitte erst wieder öffnen" cannot be done.
        return work.Outcome(False, replies.lead_erased(lead.id), lead, alert=True)
    if lead.status in CLOSED_STATUSES:
        return work.Outcome(False, replies.HANDOVER_CLOSED, lead, alert=True)
    if lead.office == office:
        # Most often a second tap on the office's button: nothing to alert about.
        return work.Outcome(False, replies.handover_same_office(lead.id, cities[office]), lead)
    return None


async def current(sessionmaker: work.Sessions, lead_id: int) -> Lead | None:
    """The lead as it is now, to offer the offices it can go to (no access is checked:
    the choice shows no data; the hand-over itself checks)."""
    async with sessionmaker() as session:
        return await session.get(Lead, lead_id)


#: Rows of a lead a hand-over makes untrue before they are sent.
_REPLACED = (
    OutboxKind.LEAD_NEW,
    OutboxKind.PERSON_HANDED_OVER,
    OutboxKind.LEAD_REMINDER,
    OutboxKind.CLAIM_REMINDER,
)


@dataclass(frozen=True)
class _Move:
    """One hand-over, as its messages need it."""

    before: str | None
    office: str
    #: Where the lead's card stood: the message that is cut down.
    chat: int | None
    message: int | None
    topic: int | None
    #: Both offices' leads are announced in this one chat: the card stays.
    same_chat: bool


async def hand_over(
    sessionmaker: work.Sessions,
    access: work.Access,
    advisors: Advisors,
    *,
    lead_id: int,
    office: str,
    actor: work.Actor,
    now: datetime,
    mail: bool,
    reason: str = "",
) -> work.Outcome:
    """Give ``lead_id`` to ``office`` (an office key), in one transaction with every
    message it sets off; the answer says what happened or why not."""
    cities = advisors.cities()
    async with sessionmaker() as session, session.begin():
        lead = await session.get(Lead, lead_id, with_for_update=True)
        refused = await work.allowed(session, access, lead, actor, now)
        if refused is not None and lead is not None:
            went = await work.moved_away(session, access, lead)
            if went is not None and lead.status in CLOSED_STATUSES:
                return work.Outcome(False, replies.HANDOVER_CLOSED)
            if went is not None:
                # A second tap or click, or a colleague's stale card: where it is now.
                return work.Outcome(False, replies.now_with(lead.id, cities.get(went, went)))
        if refused is not None or lead is None:
            return work.Outcome(False, refused or replies.NOT_IN_THIS_GROUP, alert=True)
        problem = refusal(lead, office, cities)
        if problem is not None:
            return problem
        chat = lead.advisor_message_chat_id
        move = _Move(
            lead.office,
            office,
            chat,
            lead.advisor_message_id,
            lead.topic_id,
            same_chat=chat is not None and chat == advisors.chat_for(office),
        )
        lead.office = office
        # Nobody there has it yet; the attempts of the first office stay counted.
        claims.give_back(lead)
        # Announcements not sent yet (a card on its way to the first office, or an earlier
        # hand-over's) would go where the lead no longer is: this one's replace them. A
        # reminder the first office's time set off would tell the other office of days
        # that were not its own.
        await session.execute(
            sa.update(OutboxMessage)
            .where(
                OutboxMessage.lead_id == lead.id,
                OutboxMessage.kind.in_(_REPLACED),
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.claimed_by.is_(None),
            )
            .values(status=OutboxStatus.CANCELLED, last_error="handed over meanwhile")
        )
        questions: list[int] = []
        if not move.same_chat:
            # The other office's card is a new one, in its own chat (or topic).
            lead.advisor_message_chat_id = lead.advisor_message_id = lead.topic_id = None
            if move.chat is not None:
                # A held message there can no longer go ("moved"): a bare "ja" in the
                # old topic must be told where the lead went, not to tap the question;
                # the questions lose their buttons with the card's cut-down.
                questions = await asked.unanswerable(session, lead.id, move.chat)
        detail: dict[str, Any] = {"from": move.before, "to": office}
        if move.topic is not None and not move.same_chat:
            # The topic stays in the first office's chat, closed: /delete and the
            # retention delete it too (bot.outbox.erasure), with what advisors wrote there.
            detail.update(chat=move.chat, topic=move.topic)
        work.audit(session, lead.id, AuditAction.HANDED_OVER, now, actor, detail)
        # The first office's pages drop it (or say where it went); the other's list
        # announces it as a new lead, which it is there.
        news.note(session, news.News(lead.id, move.before, changed=True))
        news.note(session, news.News(lead.id, office))
        told = await _tell(
            session, lead, move, cities, actor, advisors.offices.get(office), mail, questions
        )
        if reason.strip():
            text = replies.handover_note(cities.get(move.before or "", "–"), reason)
            advisor = conversation_log.Advisor(actor.id, actor.name, actor.first_name)
            await conversation_log.handover_note(
                session, lead, text=text, advisor=advisor, office=move.before or office, now=now
            )
        await session.flush()
    answer = replies.handed_over(lead_id, cities.get(office, office), person_told=told)
    return work.Outcome(True, answer, lead, unreached=not told)


async def queue_cut_down(
    session: AsyncSession,
    lead_id: int,
    chat: int,
    message: int,
    topic: int | None,
    to: str,
    *,
    by: str = "",
    crossed: bool = False,
    questions: Sequence[int] = (),
) -> None:
    """Queue the cut-down of a lead's card in ``chat`` to where it went (``to``: the
    office's city or key). ``crossed``: a card posted while the lead was being handed
    over, whose topic was opened for it alone and is deleted rather than closed.
    ``questions``: the bot's questions about held messages there, to say where it went
    in place of their buttons."""
    payload: dict[str, Any] = {"chat": chat, "message": message, "topic": topic, "to": to}
    if by:
        payload["by"] = by
    if questions:
        payload["questions"] = list(questions)
    if crossed:
        payload["crossed"] = True
    await repository.enqueue(
        session,
        kind=OutboxKind.LEAD_HANDED_OVER,
        target=OutboxTarget.TELEGRAM,
        lead_id=lead_id,
        payload=payload,
    )


async def _tell(
    session: AsyncSession,
    lead: Lead,
    move: _Move,
    cities: Mapping[str, str],
    actor: work.Actor,
    office: Office | None,
    mail: bool,
    questions: Sequence[int] = (),
) -> bool:
    """Queue the messages of a hand-over: the old card (and the ``questions`` about held
    messages beside it), the other office, the person (whether they can be told: True)."""
    came = {"from": cities.get(move.before or "", "–"), "office": move.office}
    targets = lead_targets(office, mail=mail)
    if move.same_chat:
        # One chat serves both offices: the card stays and shows its new office; a mailbox
        # of the other office is told all the same.
        await claims.refresh_card(session, lead.id)
        targets = [target for target in targets if target != OutboxTarget.TELEGRAM]
    elif move.chat is not None and move.message is not None:
        to = cities.get(move.office, move.office)
        await queue_cut_down(
            session,
            lead.id,
            move.chat,
            move.message,
            move.topic,
            to,
            by=actor.name[:128],
            questions=questions,
        )
    for target in targets:
        await repository.enqueue(
            session, kind=OutboxKind.LEAD_NEW, target=target, lead_id=lead.id, payload=came
        )
    if await work.reachable(session, lead) is None:
        return False
    await repository.enqueue(
        session,
        kind=OutboxKind.PERSON_HANDED_OVER,
        target=person_target(lead.channel),
        lead_id=lead.id,
        payload={"office": move.office},
    )
    return True
