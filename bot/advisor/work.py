"""Advisors' work on leads: status changes, lists, history, statistics, inbox messages.

The messages between advisors and a person are bot/conversation/log.py's; the inbox
writes them through :func:`reply` and :func:`add_note` here, under its Access.

The one place of the advisor actions' rules: the Telegram group (bot.handlers.advisor)
and the web inbox (bot.desk) are thin adapters over these functions, and say
through an :class:`Access` who may touch which lead where they are. Each function
is one short transaction; none of them talks to Telegram. What has to reach a
person or a group is written to the outbox in the same transaction, and
:mod:`bot.outbox.worker` delivers it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import cards, claims, replies, reports, view
from bot.advisor.roster import Advisors
from bot.conversation import log as conversation_log
from bot.conversation.content import (
    NoteTag,
    empty_note,
    is_note,
    meant_note_body,
    note_said,
    note_tag,
)
from bot.conversation.ordering import in_order
from bot.dialogue.state import Screen
from bot.validation import clean_message
from db import repository
from db.models import AuditEvent, ConversationMessage, Lead, OutboxMessage, User
from db.vocabulary import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    AuditAction,
    LeadStatus,
    OutboxKind,
    OutboxStatus,
    person_target,
)

Sessions = async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class Actor:
    """The advisor pressing a button or writing in the group."""

    id: int
    name: str
    first_name: str


@dataclass(frozen=True)
class Outcome:
    """What a button press did: the answer to show and the lead as it is now."""

    changed: bool
    answer: str
    lead: Lead | None = None
    alert: bool = False
    #: A hand-over the bot could not tell the person of (no chat with it): whoever
    #: handed it over learns that only the other office's call will tell them.
    unreached: bool = False


class Access(Protocol):
    """Who may act on which lead, for the place an action comes from."""

    @property
    def audits_refusal(self) -> bool:
        """Whether a refused attempt on an existing lead is written to the audit trail."""
        ...

    def refusal(self, lead: Lead | None, actor: Actor) -> str | None:
        """Why ``actor`` may not act on ``lead`` here (an answer to show), or None."""
        ...

    def serves(self, office: str | None) -> bool:
        """Whether leads of ``office`` are this place's."""
        ...


@dataclass(frozen=True)
class GroupAccess:
    """An advisor group: its offices' leads, for the configured advisors."""

    advisors: Advisors
    chat_id: int
    audits_refusal: bool = False

    def serves(self, office: str | None) -> bool:
        """Whether this group is the advisor chat of ``office``."""
        return self.advisors.serves(self.chat_id, office)

    def refusal(self, lead: Lead | None, actor: Actor) -> str | None:
        """The group's answer when the lead is not its own or the sender no advisor."""
        if lead is None or not self.advisors.serves(self.chat_id, lead.office):
            return replies.NOT_IN_THIS_GROUP
        if not self.advisors.is_advisor(actor.id, lead.office):
            return replies.refusal([self.advisors.office_name(lead.office)])
        return None


async def allowed(
    session: AsyncSession, access: Access, lead: Lead | None, actor: Actor, now: datetime
) -> str | None:
    """``access``'s refusal, audited as DENIED when the place asks for it (not for a lead
    this place handed over: a page left open, or a second click, is no prying)."""
    problem = access.refusal(lead, actor)
    if problem is not None and lead is not None and access.audits_refusal:
        if await moved_away(session, access, lead) is None:
            audit(session, lead.id, AuditAction.DENIED, now, actor, {"office": lead.office})
    return problem


def office_city(office: str) -> str:
    """An office's city by its key: the keys are the cities' names (bot.routing)."""
    return office.capitalize()


async def moved_away(session: AsyncSession, access: Access, lead: Lead) -> str | None:
    """The office ``lead`` is with now, if it was handed over from one of ``access``'s
    offices to one it does not serve (bot.advisor.handover); else None."""
    if lead.office is None or access.serves(lead.office):
        return None
    came_from = await claims.handed_over_from(session, lead.id)
    return lead.office if any(access.serves(office) for office in came_from) else None


async def went_to(sessionmaker: Sessions, access: Access, lead_id: int) -> str | None:
    """The office ``lead_id`` is with now, if one of ``access``'s offices handed it over
    there (moved_away): for an answer that says where it went, not that there is none."""
    async with sessionmaker() as session:
        lead = await session.get(Lead, lead_id)
        return await moved_away(session, access, lead) if lead is not None else None


async def _lead_for(
    session: AsyncSession, access: Access, lead_id: int, actor: Actor, now: datetime
) -> Lead | None:
    """The lead, if ``access`` lets ``actor`` at it (a refusal audited where asked)."""
    lead = await session.get(Lead, lead_id)
    if await allowed(session, access, lead, actor, now) is not None:
        return None
    return lead


def audit(
    session: AsyncSession,
    lead_id: int | None,
    action: AuditAction,
    now: datetime,
    actor: Actor | None = None,
    detail: dict[str, Any] | None = None,
    *,
    by: str | None = None,
) -> None:
    """Record ``action``; ``by`` names who acted where there is no advisor (a command on
    the server)."""
    # Built here rather than with repository.audit so the event carries the caller's clock.
    name = actor.name if actor else by
    session.add(
        AuditEvent(
            lead_id=lead_id,
            actor_id=actor.id if actor else None,
            actor_name=name[:128] if name else None,
            action=action,
            detail=detail,
            created_at=now,
        )
    )


#: Channels on which the bot can write to a person later (bot/outbox/web.py for the web).
_REACHABLE_CHANNELS = ("telegram", "web")


async def reachable(session: AsyncSession, lead: Lead) -> User | None:
    """The person behind a Telegram or web lead, if they can still be written to."""
    if lead.channel not in _REACHABLE_CHANNELS or lead.user_id is None:
        return None
    user = await session.get(User, lead.user_id)
    if user is None or user.channel != lead.channel or user.blocked:
        return None
    return user


async def act(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    action: str,
    actor: Actor,
    now: datetime,
    update_id: int | None = None,
    refresh_group: bool = False,
) -> Outcome:
    """Apply one advisor action (claim, reached, ...) to a lead; once per ``update_id``.

    ``refresh_group`` queues the edit of the lead's group message in the same
    transaction, for actions that do not come from the group (which edits it itself).
    """
    async with sessionmaker() as session, session.begin():
        if update_id is not None and not await repository.claim_update(session, update_id, now):
            return Outcome(False, "")  # Telegram delivered the press again: it counted once
        lead = await session.get(Lead, lead_id, with_for_update=True)
        refused = await allowed(session, access, lead, actor, now)
        if refused is not None and lead is not None:
            went = await moved_away(session, access, lead)
            if went is not None:
                # A button on a message from before the hand-over (the card on its way
                # to being cut down, a reminder): where the lead is now, not "not here".
                return Outcome(False, replies.now_with(lead.id, office_city(went)))
        if refused is not None or lead is None:
            return Outcome(False, refused or replies.NOT_IN_THIS_GROUP, alert=True)
        reacher = None
        if action == view.NOT_REACHED and lead.status == LeadStatus.REACHED:
            reacher = await claims.last_status_by(session, lead.id, AuditAction.REACHED)
        problem = _refuse(lead, action, actor, reacher)
        same_attempt = False
        if problem is None and action == view.NOT_REACHED:
            same_attempt = await claims.just_not_reached(session, lead.id, actor.id, now)
            if same_attempt and lead.status == LeadStatus.NOT_REACHED:
                problem = _Refusal(replies.attempt_noted_already(lead.attempts), alert=False)
        if problem is not None:
            # The card is drawn anew after it (bot.handlers.advisor reads it in its turn),
            # with the person's latest words, which it lost on a refused tap until the next
            # change.
            return Outcome(False, problem.answer, lead, alert=problem.alert)
        # Taken back by whoever had it (after "Zurück an Team"), the person is not told
        # the "good news" of the same advisor a second time.
        taken_again = (
            action == view.CLAIM and await claims.last_taken_by(session, lead.id) == actor.id
        )
        if same_attempt:
            # "Erreicht" tapped by mistake right after the attempt, corrected: the lead is
            # not reached again, and the attempt is the one noted ("schon notiert" kept it
            # "erreicht").
            lead.status = LeadStatus.NOT_REACHED
            answer = replies.not_reached_answer(lead.attempts)
        else:
            answer = _apply(lead, action, actor, now)
        audit(session, lead.id, _ACTIONS[action], now, actor)
        claims.changed(session, lead)
        if (
            action == view.CLAIM
            and not taken_again
            and (await reachable(session, lead)) is not None
        ):
            # Only the first name reaches the person; the outbox sends it after commit.
            await repository.enqueue(
                session,
                kind=OutboxKind.PERSON_CLAIMED,
                target=person_target(lead.channel),
                payload={"name": actor.first_name[:64]},
                lead_id=lead.id,
            )
        elif action == view.CLAIM:
            answer = replies.CLAIMED_QUIETLY  # not "Die Person wird benachrichtigt"
        if refresh_group:
            # From the inbox: its topic too (a lead reopened there kept its closed topic).
            topic_open = {view.DONE: False, view.REOPEN: True}.get(action)
            await claims.refresh_card(session, lead.id, topic_open=topic_open)
    # The card is drawn by whoever shows it, from the lead as it is in the card's turn
    # (card_turn, current_card); read here as well, it was read twice per press.
    return Outcome(True, answer, lead)


_ACTIONS = {
    view.CLAIM: AuditAction.CLAIMED,
    view.REACHED: AuditAction.REACHED,
    view.NOT_REACHED: AuditAction.NOT_REACHED,
    view.DONE: AuditAction.DONE,
    view.RELEASE: AuditAction.RELEASED,
    view.REOPEN: AuditAction.REOPENED,
}
#: The history's entries that set a lead's status: its actions'.
STATUS_ACTIONS = frozenset(_ACTIONS.values())


@dataclass(frozen=True)
class _Refusal:
    """Why a tap changes nothing; ``alert`` for a conflict the advisor must read, a quiet
    answer for a tap that asks for what is already so (a double tap, a stale card)."""

    answer: str
    alert: bool = True


def _refuse(
    lead: Lead, action: str, actor: Actor, reacher: tuple[int | None, str | None] | None = None
) -> _Refusal | None:
    """Why ``actor`` may not do ``action`` now; ``reacher``: who marked the lead reached."""
    if action == view.REOPEN:
        if view.reopenable(lead):
            return None
        if lead.status in OPEN_STATUSES:
            return _Refusal(replies.ALREADY_OPEN, alert=False)  # a double tap
        return _Refusal(replies.NOT_REOPENABLE)
    if lead.status in CLOSED_STATUSES:
        # "Erledigt" twice is a double tap; anything else on a closed lead a conflict.
        done_again = action == view.DONE and lead.status == LeadStatus.DONE
        return _Refusal(replies.ALREADY_CLOSED, alert=not done_again)
    holder = lead.claimed_by == actor.id
    if action == view.CLAIM:
        if lead.status == LeadStatus.NEW:
            return None
        if holder:
            return _Refusal(replies.ALREADY_YOURS, alert=False)
        return _Refusal(replies.already_claimed(lead.claimed_by_name))
    if lead.status == LeadStatus.NEW:
        if action == view.RELEASE:
            return _Refusal(replies.ALREADY_RELEASED, alert=False)
        return _Refusal(replies.CLAIM_FIRST)
    if action == view.REACHED and lead.status == LeadStatus.REACHED:
        return _Refusal(replies.ALREADY_REACHED, alert=False)
    if action == view.NOT_REACHED and lead.status == LeadStatus.REACHED and not holder:
        # A colleague's stale card must not undo "reached" (and count an attempt): the
        # person was reached. The holder, and whoever marked it, may still correct it.
        by_id, by_name = reacher or (None, None)
        if by_id != actor.id:
            return _Refusal(replies.reached_by(by_name or lead.claimed_by_name))
    return None


def _apply(lead: Lead, action: str, actor: Actor, now: datetime) -> str:
    if action in (view.CLAIM, view.REOPEN):
        # Opened again, the lead is the reopening advisor's: someone is answerable for it.
        reopened = lead.status == LeadStatus.DONE
        claims.take(lead, actor.id, actor.name, now)
        return replies.REOPENED_ANSWER if reopened else replies.CLAIMED_ANSWER
    if action == view.REACHED:
        lead.status = LeadStatus.REACHED
        return replies.REACHED_ANSWER
    if action == view.NOT_REACHED:
        lead.status = LeadStatus.NOT_REACHED
        lead.attempts += 1
        return replies.not_reached_answer(lead.attempts)
    if action == view.DONE:
        lead.status = LeadStatus.DONE
        lead.closed_at = now
        return replies.DONE_ANSWER
    claims.give_back(lead)
    return replies.RELEASED_ANSWER


class Card(NamedTuple):
    """A lead's group card as the outbox draws it (bot.outbox.plans.plan_lead_refresh)."""

    lead: Lead
    texts: list[str]
    came_from: claims.CameFrom | None
    #: An advisor erased the person's data at their request (the erased card says so).
    erased_on_request: bool = False


def card_turn(lead_id: int) -> AbstractAsyncContextManager[None]:
    """The lead card's turn: one edit of it at a time, a press's or the outbox's, each
    drawn from the lead as it is when its turn comes (:func:`current_card`), so that the
    last edit to land shows the latest state."""
    return in_order(("card", lead_id))


async def current_card(sessionmaker: Sessions, lead_id: int) -> Card | None:
    """The lead's card as it stands now (None: no such lead)."""
    async with sessionmaker() as session:
        lead = await session.get(Lead, lead_id)
        return None if lead is None else await _card(session, lead)


async def _card(session: AsyncSession, lead: Lead) -> Card:
    texts = await conversation_log.person_texts(session, lead.id)
    came = await claims.came_from(session, lead.id)
    erased_on_request = lead.anonymized_at is not None and await claims.was_erased_on_request(
        session, lead.id
    )
    return Card(lead, texts, came, erased_on_request)


class Drawn(NamedTuple):
    """A lead's card as it is to be shown now, and the group message that shows it."""

    chat_id: int
    message_id: int
    screen: Screen


class NoCard(StrEnum):
    """Why a lead's card is not drawn: each is answered otherwise (bot.handlers.advisor)."""

    #: No such lead.
    GONE = "gone"
    #: Its personal data were erased (/delete, retention), its topic and card with them.
    ERASED = "erased"
    #: Handed over: its card was cut down, and the other office's is not stored (yet).
    MOVED = "moved"
    #: Announced a moment ago, the card's message not stored yet (or never sent): the
    #: outbox draws it once it knows which message it is.
    NOT_YET = "not_yet"


class Undrawn(NamedTuple):
    """A card not drawn: why, and the office the lead is with now (None: no lead)."""

    reason: NoCard
    office: str | None


async def card_now(sessionmaker: Sessions, advisors: Advisors, lead_id: int) -> Drawn | Undrawn:
    """The lead's card drawn from the lead as it is now, in its card's turn; or why there
    is none in a group. Erased meanwhile with its card still there (a group without
    topics), it is the erased card."""
    current = await current_card(sessionmaker, lead_id)
    if current is None:
        return Undrawn(NoCard.GONE, None)
    lead = current.lead
    if lead.advisor_message_chat_id is None or lead.advisor_message_id is None:
        return Undrawn(_why_no_card(lead, current.came_from), lead.office)
    screen = cards.lead_card(
        lead,
        advisors,
        texts=current.texts,
        came_from=current.came_from,
        erased_on_request=current.erased_on_request,
    )
    return Drawn(lead.advisor_message_chat_id, lead.advisor_message_id, screen)


def _why_no_card(lead: Lead, came_from: claims.CameFrom | None) -> NoCard:
    if lead.anonymized_at is not None:
        return NoCard.ERASED
    # A hand-over clears the card (bot.advisor.handover) until the other office's is stored.
    return NoCard.MOVED if came_from is not None else NoCard.NOT_YET


async def enqueue_refresh(sessionmaker: Sessions, lead_id: int) -> None:
    """Let the outbox bring the lead's group message up to date."""
    async with sessionmaker() as session, session.begin():
        await claims.refresh_card(session, lead_id)


async def open_leads(
    sessionmaker: Sessions,
    offices: Sequence[str],
    statuses: Sequence[str] = OPEN_STATUSES,
    claimed_by: int | None = None,
) -> list[reports.LeadRow]:
    """The open leads of ``offices`` (only ``statuses``, only those ``claimed_by`` has
    taken when set: "/leads neu", "/leads meine"), oldest first."""
    query = sa.select(Lead).where(Lead.status.in_(statuses), Lead.office.in_(offices))
    if claimed_by is not None:
        query = query.where(Lead.claimed_by == claimed_by)
    async with sessionmaker() as session:
        rows = await session.execute(query.order_by(Lead.created_at, Lead.id))
        return [reports.LeadRow.of(lead) for lead in rows.scalars()]


class LeadReading(NamedTuple):
    """One lead as an advisor reads it."""

    lead: Lead
    history: list[AuditEvent]
    messages: list[ConversationMessage]
    #: Advisors' messages the person has not received, by id: "pending" while the outbox
    #: still tries, "failed" or "cancelled" when it gave up (blocked, erased ...).
    undelivered: dict[int, str]


async def read_lead(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    actor: Actor,
    now: datetime,
    after: int = 0,
) -> LeadReading | None:
    """One lead ``access`` allows, with its history and conversation (the messages after
    message ``after``: an open page fetching what is new); the reading is audited."""
    async with sessionmaker() as session, session.begin():
        lead = await _lead_for(session, access, lead_id, actor, now)
        if lead is None:
            return None
        messages = (await conversation_log.messages_of(session, [lead.id]))[lead.id]
        messages = [message for message in messages if message.id > after]
        # The audit says the reader saw the conversation too (how many messages).
        detail = {"messages": len(messages), **({"after": after} if after else {})}
        audit(session, lead.id, AuditAction.READ, now, actor, detail)
        await session.flush()
        history = await session.execute(
            sa.select(AuditEvent)
            .where(AuditEvent.lead_id == lead.id)
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
        undelivered = await conversation_log.undelivered(session, lead.id)
        return LeadReading(lead, list(history.scalars()), messages, undelivered)


async def open_medium(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    message_id: int,
    actor: Actor,
    now: datetime,
) -> ConversationMessage | None:
    """A message with a Telegram file of a lead ``access`` allows; the opening is audited."""
    async with sessionmaker() as session, session.begin():
        lead = await _lead_for(session, access, lead_id, actor, now)
        message = await session.get(ConversationMessage, message_id) if lead else None
        if lead is None or message is None or message.lead_id != lead.id or not message.file_id:
            return None
        audit(session, lead.id, AuditAction.MEDIUM, now, actor, {"message": message.id})
        return message


async def export_audit(
    sessionmaker: Sessions,
    *,
    actor: Actor | None,
    now: datetime,
    detail: dict[str, Any],
    by: str | None = None,
    action: AuditAction = AuditAction.EXPORT,
) -> None:
    """Record that leads were exported (one event for the whole file); ``by``: the
    server's user who ran ``python -m bot export``, where there is no advisor.
    ``action`` BACKUP records a copy of the whole database the same way."""
    async with sessionmaker() as session, session.begin():
        # A file with everyone's names and numbers: the trail must say who wrote it.
        audit(session, None, action, now, actor, detail, by=by)


async def statistics(
    sessionmaker: Sessions,
    now: datetime,
    offices: Sequence[str],
    periods: Sequence[int] = (7, 30),
) -> tuple[list[reports.Stats], list[tuple[int, str, int | None]], int]:
    """Lead counts per period, failed outbox rows, and how many are pending, for ``offices``."""
    ours = sa.select(Lead.id).where(Lead.office.in_(offices))
    async with sessionmaker() as session:
        since = now - timedelta(days=max(periods))
        rows = (
            await session.execute(
                sa.select(
                    Lead.created_at, Lead.status, Lead.office, Lead.language, Lead.flow
                ).where(Lead.created_at >= since, Lead.office.in_(offices))
            )
        ).all()
        failed = (
            await session.execute(
                sa.select(OutboxMessage.id, OutboxMessage.kind, OutboxMessage.lead_id)
                .where(OutboxMessage.status == OutboxStatus.FAILED, OutboxMessage.lead_id.in_(ours))
                .order_by(OutboxMessage.id)
            )
        ).all()
        pending = await session.scalar(
            sa.select(sa.func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.lead_id.in_(ours))
        )
    stats = []
    for days in periods:
        start = now - timedelta(days=days)
        chosen = [row for row in rows if row.created_at >= start]
        stats.append(
            reports.Stats(
                days=days,
                total=len(chosen),
                by_status=Counter(row.status for row in chosen),
                by_office=Counter(row.office or "–" for row in chosen),
                by_language=Counter(row.language for row in chosen),
                by_flow=Counter(row.flow for row in chosen),
            )
        )
    return stats, [(r.id, r.kind, r.lead_id) for r in failed], int(pending or 0)


# -- messages from the web inbox ------------------------------------------------------


async def _write(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    text: str,
    actor: Actor,
    now: datetime,
    note: bool,
    for_person: bool = False,
) -> conversation_log.RelayResult:
    async with sessionmaker() as session, session.begin():
        lead = await _lead_for(session, access, lead_id, actor, now)
        if lead is None:
            return conversation_log.RelayResult("not_lead")
        # A bare "//" or "#notiz" was saved as a note of nothing, "// ." (or "." in the
        # note box, "Note: ." said to be a note) as a note of ".".
        said = note_said(meant_note_body(text))
        # "Note: ." in the reply box, asked about, went to the person by "an die Person".
        unsure = note_tag(text) is NoteTag.UNSURE
        if not clean_message(text).strip() or empty_note(text) or ((note or unsure) and not said):
            return conversation_log.RelayResult("empty", lead.id)
        if not note and not for_person and note_tag(text) is NoteTag.UNSURE:
            # The team's words must never reach the person by a typo: asked, not sent.
            return conversation_log.RelayResult("unsure_note", lead.id)
        advisor = conversation_log.Advisor(actor.id, actor.name, actor.first_name)
        return await conversation_log.from_inbox(
            session, lead, text=text, advisor=advisor, now=now, note=note
        )


async def reply(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    text: str,
    actor: Actor,
    now: datetime,
    for_person: bool = False,
) -> conversation_log.RelayResult:
    """An advisor's message to the person from the web inbox: logged and queued as in the
    group, where "//" or "#notiz" at the start makes it a note: so here too (it was sent to
    the person, an internal remark). ``for_person``: the advisor said so of a text whose
    head may be a note tag ("Note: …"), which is otherwise held back and asked about."""
    return await _write(
        sessionmaker,
        access,
        lead_id=lead_id,
        text=text,
        actor=actor,
        now=now,
        note=is_note(text) and not for_person,
        for_person=for_person,
    )


async def add_note(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    text: str,
    actor: Actor,
    now: datetime,
) -> conversation_log.RelayResult:
    """An internal note from the web inbox: logged with the conversation, never sent."""
    return await _write(
        sessionmaker, access, lead_id=lead_id, text=text, actor=actor, now=now, note=True
    )
