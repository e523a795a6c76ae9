"""The conversation log: storing a person's or an advisor's message and queueing its delivery.

Each function writes in one short transaction and talks to no network: a message
is stored in ``messages`` together with its outbox row (bot/outbox/plans.py
delivers it), so it is never lost and, its update claimed in the same
transaction, never taken twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import claims, held
from bot.advisor.roster import Advisors
from bot.conversation import new_number
from bot.conversation.content import (
    REOPEN_DAYS,
    Content,
    Entry,
    NoteTag,
    empty_note,
    in_question,
    is_note,
    meant_note_body,
    note_said,
    note_tag,
)
from bot.dialogue.language_asked import language_asked
from bot.dialogue.leadless import Leadless
from bot.dialogue.taps import taps_a_button
from bot.i18n import local
from bot.validation import clean_message
from db import direct, news, repository, steps
from db.models import (
    AuditEvent,
    ConversationMessage,
    GroupCopy,
    Lead,
    OutboxMessage,
    RelayMessage,
    User,
)
from db.news import News
from db.vocabulary import (
    OPEN_STATUSES,
    WORKING_STATUSES,
    AuditAction,
    CopyKind,
    LeadStatus,
    MessageDirection,
    MessageKind,
    MessageOrigin,
    OutboxKind,
    OutboxStatus,
    OutboxTarget,
    person_target,
)

Sessions = async_sessionmaker[AsyncSession]


class Route(Enum):
    """Where a person's message belongs."""

    #: Logged and queued for the lead's advisors.
    TAKEN = "taken"
    #: Typed text outside a question step from someone without a request to send it to.
    FREE_TEXT = "free_text"
    #: The dialogue's: an answer to the current question, or media with no request to go to;
    #: anything from someone known to have no request (bot.dialogue.leadless), sorted out
    #: by the dialogue itself.
    DIALOGUE = "dialogue"


#: What may answer the dialogue's current question instead of going to the advisor.
_ANSWERS = (MessageKind.TEXT, MessageKind.CONTACT, MessageKind.LOCATION)


@dataclass(frozen=True)
class Taken:
    """What :func:`from_person` decided, with the person's language for the receipt."""

    route: Route
    language: str | None = None


@dataclass(frozen=True)
class Written:
    """Where a message lives in Telegram: its chat, id, and the message it replies to."""

    chat_id: int
    message_id: int
    reply_to: int | None = None
    topic_id: int | None = None


#: A message written outside Telegram (the inbox, the web chat): no Telegram ids.
Origin = Written | MessageOrigin


@dataclass(frozen=True)
class Advisor:
    """The advisor writing (id, full name for the log, first name for the person)."""

    id: int
    name: str
    first_name: str


@dataclass(frozen=True)
class RelayResult:
    """What happened to an advisor's message, or to an edited one (:func:`edited`)."""

    # "queued", "note", "not_lead", "moved" (handed over to another office), "refused",
    # "closed" (withdrawn), "erased" (done, its personal data deleted since),
    # "erased_on_request" (its personal data erased by an advisor at the person's request),
    # "expired"
    # (open, its personal data deleted after the retention period without work),
    # "unreachable", "text_only" (a photo or file for a person in the web chat, which
    # shows texts), "duplicate", "unsure_note" (headed by what may be a mistyped note tag:
    # held back, the advisor is asked), "reply_to_note" (a reply to a colleague's note: held
    # back and asked the same), "addressed" (it starts with an @name: asked the same),
    # "reply_to_colleague" (an "ok" or "danke" replying to a colleague's message: asked the
    # same), "reply_to_card" (the same replying to the request's card),
    # "reply_to_hint" (in a topic, a reply to a hint of the bot's: asked the same),
    # "reply_to_held" (a sticker or photo without words replying to a held message: asked),
    # "empty" (a note tag with no letter or digit after it, "// .": not kept),
    # "signs_only" (no tag, signs only, "." under a colleague's note: neither sent nor kept);
    # for an edit also "not_logged", "unchanged", "web", "edit_as_note" (a message to the
    # person edited into a note: kept as one, not sent)
    status: str
    lead_id: int | None = None
    #: A person's edit: their language, for what they are told about it.
    language: str | None = None
    #: Queued to a person whose request a colleague has: the colleague's name, so that the
    #: two agree before both contact the person.
    colleague: str | None = None
    #: "moved": the office the lead was handed over to (bot.advisor.handover); "refused":
    #: the lead's office, whose advisors may act on it.
    office: str | None = None


async def _gone(session: AsyncSession, lead: Lead) -> str:
    """Why nothing more may be logged for ``lead``: the person withdrew it, or its personal
    data were deleted since (done, after the retention period or by the person's /delete;
    or open and left without work for the retention period), which is no withdrawal the
    advisor should be told of; or an advisor erased them at the person's request, which is
    no withdrawal of theirs either."""
    if lead.anonymized_at is not None and await claims.was_erased_on_request(session, lead.id):
        return "erased_on_request"
    if lead.status == LeadStatus.WITHDRAWN:
        return "closed"
    return "expired" if lead.status == LeadStatus.EXPIRED else "erased"


def _event(
    lead_id: int, action: AuditAction, now: datetime, advisor: Advisor | None = None
) -> AuditEvent:
    # The person is never named in the audit: it outlives an erasure.
    return AuditEvent(
        lead_id=lead_id,
        actor_id=advisor.id if advisor else None,
        actor_name=advisor.name[:128] if advisor else None,
        action=action,
        created_at=now,
    )


async def _lead_of_copy(
    session: AsyncSession, chat_id: int, message_id: int, *, lock: bool = False
) -> Lead | None:
    """The lead a message in this chat belongs to: a logged message, its copy, or a relay;
    ``lock``: read as _latest_lead reads it, waiting for an erasure of it to commit."""
    logged = (
        await session.execute(
            sa.select(ConversationMessage.lead_id)
            .where(
                sa.or_(
                    sa.and_(
                        ConversationMessage.copy_chat_id == chat_id,
                        ConversationMessage.copy_message_id == message_id,
                    ),
                    sa.and_(
                        ConversationMessage.source_chat_id == chat_id,
                        ConversationMessage.source_message_id == message_id,
                    ),
                )
            )
            .limit(1)
        )
    ).scalar_one_or_none()
    if logged is None:
        logged = (
            await session.execute(
                sa.select(RelayMessage.lead_id).where(
                    RelayMessage.chat_id == chat_id, RelayMessage.message_id == message_id
                )
            )
        ).scalar_one_or_none()
    if logged is None:
        return None
    return await session.get(Lead, logged, with_for_update=lock)


async def _latest_lead(session: AsyncSession, user_id: int, now: datetime) -> Lead | None:
    """The person's open request, or one closed as done in the last REOPEN_DAYS days; of
    several, the one talked about last. With two requests (Leipzig's, then Dresden's), an
    answer to Leipzig's advisor went to the newer request's group, Dresden's.

    Read with a lock: an erasure of the person (their /delete, an advisor's at their
    request) runs under the person's turn, which this path does not take. On PostgreSQL
    the words were read against the request as it was before an erasure not yet committed,
    and logged on it after its conversation was deleted; locked, the read waits for the
    erasure and finds the request erased (SQLite's writers never overlap)."""
    recent = now - timedelta(days=REOPEN_DAYS)
    talked = (
        sa.select(sa.func.max(ConversationMessage.created_at))
        .where(ConversationMessage.lead_id == Lead.id, ConversationMessage.internal.is_(False))
        .correlate(Lead)
        .scalar_subquery()
    )
    return (
        await session.execute(
            sa.select(Lead)
            .where(
                Lead.user_id == user_id,
                Lead.anonymized_at.is_(None),
                sa.or_(
                    Lead.status.in_(OPEN_STATUSES),
                    sa.and_(Lead.status == LeadStatus.DONE, Lead.closed_at >= recent),
                ),
            )
            # A message is newer than its request: the later of the two is the last word.
            .order_by(sa.func.coalesce(talked, Lead.created_at).desc(), Lead.id.desc())
            .limit(1)
            .with_for_update()
        )
    ).scalar_one_or_none()


async def from_person(
    sessionmaker: Sessions,
    *,
    external_id: str,
    content: Content,
    written: Origin,
    update_id: int | None,
    now: datetime,
    channel: str = "telegram",
    leadless: Leadless | None = None,
) -> Taken:
    """A person wrote outside the dialogue's buttons: log it for their advisor, if they have one.

    A reply to a message of a lead's conversation goes to that lead; anything else goes
    to the person's open request unless it is typed text (or a contact) answering the
    dialogue's current question. Without a request nothing is stored. ``channel`` is the
    person's (Telegram, or the web chat with ``MessageOrigin.WEB`` as ``written``).
    """
    person = (channel, external_id)
    if leadless is not None and person in leadless:
        # No request to send it to, so no transaction: the dialogue tells an answer from
        # a typed question (bot/dialogue/typed.py).
        return Taken(Route.DIALOGUE)
    # Read on the driver, not in the ORM session, which costs more than the read
    # (bench/README.md, "The group's statements on the driver"): most typed messages of
    # someone with a request answer the dialogue's question, and need no more.
    async with direct.read(direct.engine_of(sessionmaker)) as reading:
        found = await steps.people_with_state(reading, channel, [external_id])
    if external_id not in found:
        return _unknown(person, content, leadless)
    user, state = found[external_id]
    # A shared location answers the postal-code question (bot/dialogue/postal.py); a
    # button's label typed is its tap, on any screen. (A privacy wish in words goes to the
    # advisor here: "Ich habe meine Daten falsch angegeben, neue Nummer …" was kept from
    # them when it was served as /mydata.)
    # "auf Deutsch bitte" under the thanks: the bot's language changed, as /language does
    # (it went to the advisor as a message, and the bot went on in the old language).
    answering = content.kind in _ANSWERS and (
        in_question(state)
        or (
            content.kind == MessageKind.TEXT
            and (
                taps_a_button(state, content.text or "", local(now).date())
                or language_asked(content.text or "") is not None
            )
        )
    )
    reply_to = written.reply_to if isinstance(written, Written) else None
    if answering and reply_to is None:
        return Taken(Route.DIALOGUE)
    async with sessionmaker() as session, session.begin():
        lead = None
        if isinstance(written, Written) and reply_to is not None:
            lead = await _lead_of_copy(session, written.chat_id, reply_to, lock=True)
            if lead is not None and (lead.user_id != user.id or lead.anonymized_at is not None):
                lead = None
        if lead is None and not answering:
            lead = await _latest_lead(session, user.id, now)
        if lead is None:
            typed = content.kind == MessageKind.TEXT and not answering
            return Taken(Route.FREE_TEXT if typed else Route.DIALOGUE)
        language = user.language or lead.language
        if update_id is not None and not await repository.claim_update(session, update_id, now):
            return Taken(Route.TAKEN, language)  # Telegram delivered it again: taken once
        row = await _log(
            session, lead.id, MessageDirection.FROM_PERSON, content, written, now, channel=channel
        )
        session.add(_event(lead.id, AuditAction.RELAYED_FROM_PERSON, now))
        if lead.status != LeadStatus.WITHDRAWN:
            # "Meine Nummer hat sich geändert", then the number: the advisor calls that one.
            await new_number.take(session, lead, content, row.id, now)
        return Taken(Route.TAKEN, language)


def _unknown(person: tuple[str, str], content: Content, leadless: Leadless | None) -> Taken:
    """Someone without a user row: no request either, so typed text is free text."""
    if leadless is not None:
        leadless.add(person)
    return Taken(Route.FREE_TEXT if content.kind == MessageKind.TEXT else Route.DIALOGUE)


async def _log(
    session: AsyncSession,
    lead_id: int,
    direction: MessageDirection,
    content: Content,
    written: Origin,
    now: datetime,
    advisor: Advisor | None = None,
    target: OutboxTarget = OutboxTarget.TELEGRAM,
    channel: str = "telegram",
    edit_of: int | None = None,
) -> ConversationMessage:
    """Store the message and, unless it is a note, queue its delivery (same transaction).

    ``target`` is where a message to the person goes, ``channel`` the person's channel;
    ``edit_of`` the logged message a correction (kind EDIT) corrects, which its delivery
    quotes."""
    # Bidi overrides, control characters and NUL (PostgreSQL refuses it) never travel on.
    text = clean_message(content.text) if content.text else None
    telegram = written if isinstance(written, Written) else None
    lead = await session.get(Lead, lead_id)  # loaded already by every caller
    office = lead.office if lead else None
    row = ConversationMessage(
        lead_id=lead_id,
        direction=direction,
        channel=channel,
        kind=content.kind,
        text=text or None,
        file_id=content.file_id,
        file_name=(content.file_name or "")[:256] or None,
        duration=content.duration,
        advisor_id=advisor.id if advisor else None,
        advisor_name=advisor.name[:128] if advisor else None,
        advisor_office=office if advisor else None,
        internal=direction == MessageDirection.NOTE,
        origin=MessageOrigin.TELEGRAM if telegram else written,
        source_chat_id=telegram.chat_id if telegram else None,
        source_message_id=telegram.message_id if telegram else None,
        created_at=now,
    )
    session.add(row)
    await session.flush()
    from_person = direction == MessageDirection.FROM_PERSON
    # An open lead page shows it once committed (bot/desk/pages.py, events).
    news.note(session, News(lead_id, office, row.id, from_person))
    if direction == MessageDirection.NOTE:
        return row
    kind = (
        OutboxKind.MESSAGE_TO_ADVISORS
        if direction == MessageDirection.FROM_PERSON
        else OutboxKind.MESSAGE_TO_PERSON
    )
    payload: dict[str, Any] = {"message": row.id}
    if edit_of is not None:
        payload["edit_of"] = edit_of
    if advisor is not None:
        payload["name"] = advisor.first_name[:64]  # only the first name reaches the person
    await repository.enqueue(session, kind=kind, target=target, payload=payload, lead_id=lead_id)
    return row


async def _lead_of_group_message(session: AsyncSession, written: Written) -> Lead | None:
    """The lead an advisor's message belongs to: its forum topic, or the message it replies to."""
    if written.topic_id is not None:
        lead = (
            await session.execute(
                sa.select(Lead)
                .where(
                    Lead.advisor_message_chat_id == written.chat_id,
                    Lead.topic_id == written.topic_id,
                )
                .order_by(Lead.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        if lead is not None:
            return lead
    if written.reply_to is None:
        return None
    return await _lead_of_reply(session, written.chat_id, written.reply_to)


async def _lead_of_reply(session: AsyncSession, chat_id: int, reply_to: int) -> Lead | None:
    """The lead whose message ``reply_to`` is: its card, a message of its conversation, or
    the bot's answer about it (/lead N)."""
    lead = (
        await session.execute(
            sa.select(Lead).where(
                Lead.advisor_message_chat_id == chat_id, Lead.advisor_message_id == reply_to
            )
        )
    ).scalar_one_or_none()
    return (
        lead
        or await _lead_of_copy(session, chat_id, reply_to)
        or await _lead_of_answer(session, chat_id, reply_to)
    )


async def lead_of_reply(sessionmaker: Sessions, chat_id: int, reply_to: int) -> int | None:
    """The lead whose message ``reply_to`` is (its card, a message of its conversation, the
    bot's answer about it), or None: a command replying to it needs no lead number, in a
    group without topics as in a lead's topic."""
    async with sessionmaker() as session:
        lead = await _lead_of_reply(session, chat_id, reply_to)
        return lead.id if lead is not None else None


async def lead_of_topic(sessionmaker: Sessions, chat_id: int, topic_id: int) -> int | None:
    """The lead whose topic ``topic_id`` is (or was, before a hand-over), or None: a
    command written in it needs no lead number."""
    async with sessionmaker() as session:
        lead = await _lead_of_group_message(session, Written(chat_id, 0, topic_id=topic_id))
        lead = lead or await _lead_of_closed_topic(session, chat_id, topic_id)
        return lead.id if lead is not None else None


async def _lead_of_closed_topic(session: AsyncSession, chat_id: int, topic_id: int) -> Lead | None:
    """The lead whose topic this was before it was handed over to another office (the
    hand-over's audit event keeps it, bot.advisor.handover), or None."""
    rows = await session.execute(
        sa.select(AuditEvent.lead_id, AuditEvent.detail)
        .where(AuditEvent.action == AuditAction.HANDED_OVER)
        .order_by(AuditEvent.id.desc())
    )
    for lead_id, detail in rows:
        if (
            lead_id is not None
            and detail
            and (detail.get("chat"), detail.get("topic"))
            == (
                chat_id,
                topic_id,
            )
        ):
            return await session.get(Lead, lead_id)
    return None


async def _lead_of_answer(session: AsyncSession, chat_id: int, message_id: int) -> Lead | None:
    """The one lead a bot message about leads shows (/lead N's answer, which repeats the
    card's "reply to this message"): a reply to it was dropped without a word. A /leads
    list or an /export file belongs to none, even with one lead in it: the team's words
    about the list reached that person, and took the lead for the advisor."""
    leads = (
        await session.scalars(
            sa.select(GroupCopy.lead_id)
            .where(
                GroupCopy.chat_id == chat_id,
                GroupCopy.message_id == message_id,
                GroupCopy.kind.not_in((CopyKind.LIST, CopyKind.EXPORT)),
            )
            .distinct()
            .limit(2)
        )
    ).all()
    return await session.get(Lead, leads[0]) if len(leads) == 1 else None


async def from_advisor(
    sessionmaker: Sessions,
    advisors: Advisors,
    *,
    content: Content,
    written: Written,
    advisor: Advisor,
    update_id: int | None,
    now: datetime,
    lead_id: int | None = None,
    as_note: bool | None = None,
    addressed: bool = False,
    to_the_bot: bool = False,
    to_a_colleague: bool = False,
    wordless_to_held: bool = False,
) -> RelayResult:
    """An advisor wrote in a lead's topic, or replied to one of its messages: log and queue it.

    A note (``//`` or ``#notiz`` at the start) is logged and stays in the group.
    ``lead_id`` names the lead where the message itself does not (an answer to the
    question about a held message); ``as_note`` is the advisor's answer to that question
    (True: a note, False: for the person), which no tag overrides. ``addressed``: the
    message starts with an @name, someone of the group's (the person is no member).
    ``to_the_bot``: it replies to a message of the bot's; ``to_a_colleague``: to a
    message another member of the group wrote. ``wordless_to_held``: it replies to a
    message the bot holds back and has no words (a sticker, a photo without caption).
    """
    async with sessionmaker() as session, session.begin():
        if lead_id is not None:
            lead = await session.get(Lead, lead_id)
        else:
            lead = await _lead_of_group_message(session, written)
        if lead is None and written.topic_id is not None:
            lead = await _lead_of_closed_topic(session, written.chat_id, written.topic_id)
        if lead is not None and not advisors.serves(written.chat_id, lead.office):
            # Handed over from this group's office: the advisor learns where it went.
            came_from = await claims.handed_over_from(session, lead.id)
            if any(advisors.serves(written.chat_id, office) for office in came_from):
                return RelayResult("moved", lead.id, office=lead.office)
        if lead is None or not advisors.serves(written.chat_id, lead.office):
            return RelayResult("not_lead")
        if update_id is not None and not await repository.claim_update(session, update_id, now):
            return RelayResult("duplicate", lead.id)
        if not advisors.is_advisor(advisor.id, lead.office):
            return RelayResult("refused", lead.id, office=lead.office)
        if as_note is None and note_tag(content.text) is NoteTag.UNSURE:
            if content.kind == MessageKind.TEXT and not note_said(
                meant_note_body(content.text or "")
            ):
                # "Note: ." is no note, nor words for the person (a tap on "An die Person
                # senden" sent it): as empty as "// .".
                return RelayResult("empty", lead.id)
            # The team's words must never reach the person by a typo: asked, not sent.
            return RelayResult("unsure_note", lead.id)
        if as_note is None and note_tag(content.text) is NoteTag.NONE:
            held_back = await _held_back(
                session,
                lead,
                content,
                written,
                addressed,
                to_the_bot,
                to_a_colleague=to_a_colleague,
                wordless_to_held=wordless_to_held,
            )
            if held_back is not None and _signs_only(content):
                # "." under a colleague's note, asked about, went to the person on "An die
                # Person senden": neither sent nor kept, as "// ." and "Note: ." are not.
                return RelayResult("signs_only", lead.id)
            if held_back is not None:
                return RelayResult(held_back, lead.id)
        if as_note is not None and await _logged_already(session, written):
            # The question answered twice (a double tap, a colleague at the same moment,
            # an edit that passed it on meanwhile): it went once.
            return RelayResult("duplicate", lead.id)
        if content.kind == MessageKind.TEXT and _empty(content.text, as_note):
            # "// ." in the lead's topic was kept, without a word, as a note of "."; "Note: ."
            # said to be a note as one of "Note: .".
            return RelayResult("empty", lead.id)
        note = is_note(content.text) if as_note is None else as_note
        return await _from_advisor(session, lead, content, written, advisor, now, note=note)


async def _held_back(
    session: AsyncSession,
    lead: Lead,
    content: Content,
    written: Written,
    addressed: bool,
    to_the_bot: bool,
    *,
    to_a_colleague: bool,
    wordless_to_held: bool,
) -> str | None:
    """Why an advisor's untagged message is held back and asked about (a
    :class:`RelayResult` status), or None when it goes to the person."""
    if addressed:
        # "@carla rufst du morgen an?" is the team's talk: asked, not sent.
        return "addressed"
    if wordless_to_held:
        # A 👍 or a photo under a held message: for the person or the team? Asked.
        return "reply_to_held"
    if to_a_colleague and held.is_acknowledgement(content.text):
        # "ok" or "Danke dir!" under a colleague's message is said to her: asked too.
        return "reply_to_colleague"
    if (
        to_the_bot
        and content.kind == MessageKind.TEXT
        and written.reply_to == lead.advisor_message_id
        and held.is_acknowledgement(content.text)
    ):
        # "übernehme ich" under the request's card tells the team: asked too.
        return "reply_to_card"
    if to_the_bot and await _replies_to_a_hint(session, written):
        # "ok, mach ich" under the bot's hint in a topic answers the bot: asked.
        return "reply_to_hint"
    if await _replies_to_note(session, written):
        # "Mach ich morgen" under a colleague's note is the team's talk: asked too.
        return "reply_to_note"
    return None


def _signs_only(content: Content) -> bool:
    """Whether ``content`` is text without a letter, digit or symbol ("." or "?!")."""
    return content.kind == MessageKind.TEXT and not note_said(content.text or "")


def _empty(text: str | None, as_note: bool | None) -> bool:
    """Whether an advisor's text has nothing to keep or send: a note with nothing after
    its tag ("// ." or, said to be a note (``as_note``), "Note: ."), or signs only said
    to be for the person."""
    if as_note is None:
        return empty_note(text)
    if not as_note:
        # A "." held back before signs only were refused as empty: not sent on a tap.
        return not note_said(text or "")
    return not note_said(meant_note_body(text or ""))


async def _replies_to_a_hint(session: AsyncSession, written: Written) -> bool:
    """Whether ``written``, in a lead's topic, replies to a message of the bot's that is no
    lead's (a hint such as "Nicht weitergegeben: …"); outside a topic such a reply has no
    lead at all."""
    if written.topic_id is None or written.reply_to is None:
        return False
    return await _lead_of_reply(session, written.chat_id, written.reply_to) is None


async def _replies_to_note(session: AsyncSession, written: Written) -> bool:
    """Whether ``written`` replies to an internal note written in the group."""
    if written.reply_to is None:
        return False
    direction = await session.scalar(
        sa.select(ConversationMessage.direction).where(
            ConversationMessage.source_chat_id == written.chat_id,
            ConversationMessage.source_message_id == written.reply_to,
        )
    )
    return direction == MessageDirection.NOTE


async def _logged_already(session: AsyncSession, written: Written) -> bool:
    """Whether the Telegram message ``written`` is in a conversation already."""
    found = await session.scalar(
        sa.select(ConversationMessage.id).where(
            ConversationMessage.source_chat_id == written.chat_id,
            ConversationMessage.source_message_id == written.message_id,
        )
    )
    return found is not None


async def _from_advisor(
    session: AsyncSession,
    lead: Lead,
    content: Content,
    written: Origin,
    advisor: Advisor,
    now: datetime,
    *,
    note: bool,
    edit_of: int | None = None,
) -> RelayResult:
    """Log an advisor's message (a note, or one for the person if they can be reached)."""
    if lead.anonymized_at is not None or lead.status == LeadStatus.WITHDRAWN:
        return RelayResult(await _gone(session, lead), lead.id)
    if note:
        await _log(
            session, lead.id, MessageDirection.NOTE, content, written, now, advisor, edit_of=edit_of
        )
        return RelayResult("note", lead.id)
    user = await session.get(User, lead.user_id) if lead.user_id is not None else None
    if user is None or user.blocked or user.channel != lead.channel:
        return RelayResult("unreachable", lead.id)
    # The web chat shows texts; a photo or file cannot reach a web person (yet), who can
    # be written to all the same ("not reachable" made advisors stop writing).
    if lead.channel == "web" and content.kind != MessageKind.TEXT:
        return RelayResult("text_only", lead.id)
    if lead.channel not in ("telegram", "web"):
        return RelayResult("unreachable", lead.id)
    await _log(
        session,
        lead.id,
        MessageDirection.TO_PERSON,
        content,
        written,
        now,
        advisor,
        target=person_target(lead.channel),
        channel=lead.channel,
        edit_of=edit_of,
    )
    # A correction of an earlier answer takes nothing on: the request may have been given
    # back meanwhile.
    if edit_of is None and lead.status == LeadStatus.NEW:
        # Whoever answers the person has taken the request on: the card says so, the
        # reminders of an unclaimed lead stop, and no colleague calls the person as well.
        await _take_new(session, lead, advisor, now)
    # After the claim it brought about (the history read "message, then taken").
    session.add(_event(lead.id, AuditAction.RELAYED_TO_PERSON, now, advisor))
    if edit_of is not None:
        return RelayResult("queued", lead.id)
    if lead.status in WORKING_STATUSES and lead.claimed_by not in (None, advisor.id):
        return RelayResult("queued", lead.id, colleague=lead.claimed_by_name or "?")
    return RelayResult("queued", lead.id)


async def _take_new(session: AsyncSession, lead: Lead, advisor: Advisor, now: datetime) -> None:
    """``lead`` is ``advisor``'s, if it is still new once locked: a colleague's press of
    "Übernehmen" at the same moment (PostgreSQL, read without a lock) wins, not both."""
    await session.flush()  # what this step changed is kept through the refresh
    await session.refresh(lead, with_for_update=True)
    if lead.status == LeadStatus.NEW:
        claims.take(lead, advisor.id, advisor.name, now)
        session.add(_event(lead.id, AuditAction.CLAIMED, now, advisor))
        claims.changed(session, lead)
        await claims.refresh_card(session, lead.id)


async def from_inbox(
    session: AsyncSession, lead: Lead, *, text: str, advisor: Advisor, now: datetime, note: bool
) -> RelayResult:
    """An advisor wrote in the web inbox (bot.desk): the same rules as in the group.

    The caller has checked who may write about ``lead``, in its transaction.
    """
    content = Content(MessageKind.TEXT, text)
    return await _from_advisor(session, lead, content, MessageOrigin.INBOX, advisor, now, note=note)


async def handover_note(
    session: AsyncSession, lead: Lead, *, text: str, advisor: Advisor, office: str, now: datetime
) -> None:
    """The reason for a hand-over, kept as a note of the office that gave it (written once
    the lead has moved, it stood as the new office's note)."""
    content = Content(MessageKind.TEXT, text)
    row = await _log(
        session, lead.id, MessageDirection.NOTE, content, MessageOrigin.INBOX, now, advisor
    )
    row.advisor_office = office


async def edited(
    sessionmaker: Sessions,
    advisors: Advisors,
    *,
    text: str | None,
    written: Written,
    editor: Advisor | None,
    update_id: int | None,
    now: datetime,
) -> RelayResult:
    """A message edited in Telegram: the person's in their chat (``editor`` None), an
    advisor's in the group. Its new text follows the way the message went, as a
    correction of its own (kind EDIT): to the advisors, to the person, or into the notes.
    The logged message keeps its words: the other side read them, and may have acted.

    "not_logged" when the message was never passed on (an answer to the dialogue, a word
    in the group), "unchanged" when the text is the same, "web" for an advisor's message
    to someone in the web chat, which shows no corrections (the advisor writes anew).
    """
    async with sessionmaker() as session, session.begin():
        original = (
            await session.execute(
                sa.select(ConversationMessage).where(
                    ConversationMessage.source_chat_id == written.chat_id,
                    ConversationMessage.source_message_id == written.message_id,
                )
            )
        ).scalar_one_or_none()
        lead = await session.get(Lead, original.lead_id) if original is not None else None
        if original is None or lead is None:
            language = None if editor else await _language_of(session, written.chat_id)
            return RelayResult("not_logged", language=language)
        user = await session.get(User, lead.user_id) if lead.user_id is not None else None
        language = (user.language if user else None) or lead.language
        new = clean_message(text) if text else ""
        if not new or new == (original.text or ""):
            return RelayResult("unchanged", lead.id, language)
        if lead.anonymized_at is not None:
            return RelayResult(await _gone(session, lead), lead.id, language)
        if update_id is not None and not await repository.claim_update(session, update_id, now):
            return RelayResult("duplicate", lead.id, language)
        content = Content(MessageKind.EDIT, new)
        # No Telegram ids of its own: they are the corrected message's.
        origin = MessageOrigin.TELEGRAM
        if original.direction == MessageDirection.FROM_PERSON:
            await _log(
                session,
                lead.id,
                MessageDirection.FROM_PERSON,
                content,
                origin,
                now,
                channel=original.channel,
                edit_of=original.id,
            )
            session.add(_event(lead.id, AuditAction.RELAYED_FROM_PERSON, now))
            return RelayResult("queued", lead.id, language)
        if not advisors.serves(written.chat_id, lead.office):
            # Handed over since: the correction reached no one, and nobody said so.
            came_from = await claims.handed_over_from(session, lead.id)
            if any(advisors.serves(written.chat_id, office) for office in came_from):
                return RelayResult("moved", lead.id, office=lead.office)
        if editor is None or not advisors.is_advisor(editor.id, lead.office):
            return RelayResult("refused", lead.id, office=lead.office)
        note = original.direction == MessageDirection.NOTE
        if not note and note_tag(new) is not NoteTag.NONE:
            # A message to the person edited into a note: the first words went, the tagged
            # ones must not follow as a correction.
            return await _edited_into_note(session, lead, content, editor, now, original.id, new)
        if not note and lead.channel != "telegram":
            return RelayResult("web", lead.id)
        return await _from_advisor(
            session, lead, content, origin, editor, now, note=note, edit_of=original.id
        )


async def _edited_into_note(
    session: AsyncSession,
    lead: Lead,
    content: Content,
    editor: Advisor,
    now: datetime,
    edit_of: int,
    new: str,
) -> RelayResult:
    """An advisor's message to the person edited to start with a note tag: kept as a note
    ("edit_as_note"), or, for a tag that may be either, neither kept nor sent."""
    if note_tag(new) is NoteTag.UNSURE:
        return RelayResult("unsure_note", lead.id)
    origin = MessageOrigin.TELEGRAM
    kept = await _from_advisor(
        session, lead, content, origin, editor, now, note=True, edit_of=edit_of
    )
    return RelayResult("edit_as_note", lead.id) if kept.status == "note" else kept


async def _language_of(session: AsyncSession, chat_id: int) -> str | None:
    """The language a Telegram person chose in the bot (a private chat's id is theirs)."""
    return await session.scalar(
        sa.select(User.language).where(User.channel == "telegram", User.external_id == str(chat_id))
    )


def other_office(
    row: ConversationMessage, lead_office: str | None, cities: Mapping[str, str]
) -> str:
    """The city of the office an advisor's message or note came from, when it is another
    than the lead's now (handed over since): "" for the lead's own office and the person."""
    written_from = row.advisor_office
    if written_from is None or written_from == lead_office:
        return ""
    return cities.get(written_from, written_from)


#: Who the bot's own notice to a web person (a claim, a hand-over) is shown as: under
#: "Beratung" an office took it for a colleague's message to the person.
NOTICE_WRITER = "Bot (automatisch)"


def entry(row: ConversationMessage, office: str = "") -> Entry:
    """A stored message as a transcript shows it (``office``: see :func:`other_office`)."""
    notice = row.origin == MessageOrigin.NOTICE and row.advisor_name is None
    return Entry(
        direction=row.direction,
        kind=row.kind,
        text=row.text,
        created_at=row.created_at,
        advisor_name=NOTICE_WRITER if notice else row.advisor_name,
        duration=row.duration,
        file_name=row.file_name,
        office=office,
    )


async def messages_of(
    session: AsyncSession, lead_ids: Sequence[int], *, notes: bool = True
) -> dict[int, list[ConversationMessage]]:
    """The logged messages of these leads, oldest first (internal notes only with ``notes``)."""
    if not lead_ids:
        return {}
    query = sa.select(ConversationMessage).where(ConversationMessage.lead_id.in_(lead_ids))
    if not notes:
        query = query.where(ConversationMessage.internal.is_(False))
    found: dict[int, list[ConversationMessage]] = {lead_id: [] for lead_id in lead_ids}
    for row in (await session.execute(query.order_by(ConversationMessage.id))).scalars():
        found[row.lead_id].append(row)
    return found


async def undelivered(session: AsyncSession, lead_id: int) -> dict[int, str]:
    """Advisors' messages of the lead that have not reached the person, by message id:
    the status of the outbox row that carries each ("pending", "failed", "cancelled")."""
    rows = await session.execute(
        sa.select(OutboxMessage.payload, OutboxMessage.status).where(
            OutboxMessage.lead_id == lead_id,
            OutboxMessage.kind == OutboxKind.MESSAGE_TO_PERSON,
            OutboxMessage.status != OutboxStatus.SENT,
        )
    )
    # A lead has a handful of such rows: the message id is read from the payload here,
    # the same way on SQLite and PostgreSQL.
    return {
        int(payload["message"]): str(status)
        for payload, status in rows
        if str(payload.get("message", "")).isdigit()
    }


async def person_texts(session: AsyncSession, lead_id: int, limit: int = 3) -> list[str]:
    """The person's latest typed texts and captions for the lead card, oldest first."""
    rows = await session.execute(
        sa.select(ConversationMessage.text)
        .where(
            ConversationMessage.lead_id == lead_id,
            ConversationMessage.direction == MessageDirection.FROM_PERSON,
            ConversationMessage.text.is_not(None),
        )
        .order_by(ConversationMessage.id.desc())
        .limit(limit)
    )
    return [text for text in reversed(rows.scalars().all()) if text]


async def erase(session: AsyncSession, lead_ids: Sequence[int]) -> None:
    """Remove the whole conversation of these leads (erasure, retention)."""
    if lead_ids:
        await session.execute(
            sa.delete(ConversationMessage).where(ConversationMessage.lead_id.in_(lead_ids)),
            execution_options={"synchronize_session": False},
        )
