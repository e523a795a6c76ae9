"""What to send for each kind of outbox row: one planner per kind, looked up in PLANNERS.

A planner reads the row and its lead inside the worker's first transaction and
returns a :class:`Plan`: the send to make after that transaction closes, and
what to record in the next one. It raises :class:`Skip` when the row no longer
makes sense (cancelled) and :class:`Wait` when it cannot be sent yet (kept as
it is). A new kind is one more planner, registered in :data:`PLANNERS`.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.error import BadRequest

from bot.advisor import cards, claims, copies, handover, reminders, replies, view, wording, work
from bot.conversation import log as conversation_log
from bot.conversation import topics
from bot.dialogue.state import Screen
from bot.dialogue.texts import (
    CLAIMED_TEXT,
    RELAY_HINT,
    RELAY_INTRO,
    handed_over_text,
)
from bot.i18n import DEFAULT_LANGUAGE, Translator, translator
from bot.outbox import botapi, mail
from bot.outbox.courier import Courier
from db import news
from db.models import AuditEvent, Lead, OutboxMessage, RelayMessage, User, table
from db.vocabulary import (
    OPEN_STATUSES,
    WORKING_STATUSES,
    AuditAction,
    LeadStatus,
    OutboxKind,
    OutboxTarget,
)

log = logging.getLogger(__name__)

Record = Callable[[AsyncSession, int | None], Awaitable[None]]


@dataclass
class Plan:
    """One delivery, decided from the row and the current lead."""

    send: Callable[[], Awaitable[int | None]]
    #: Runs in the recording transaction with the sent message id.
    record: Record | None = None
    #: A second try without phone links, should Telegram refuse the tel: links.
    fallback: Callable[[], Awaitable[int | None]] | None = None
    #: The advisor group it goes to (None for the person, e-mail): a group that refuses
    #: the bot holds its rows back (bot.outbox.groups).
    chat: int | None = None


class Skip(Exception):
    """The row no longer makes sense (lead withdrawn, person gone ...): cancel it."""


class Wait(Exception):
    """The row cannot be sent yet (configuration missing); keep it as it is."""


class UnknownKind(Exception):
    """No planner knows this row's target and kind: it can never be sent."""


@dataclass(frozen=True)
class Delivery:
    """One row about to be planned, with everything a planner may read."""

    session: AsyncSession
    row: OutboxMessage
    lead: Lead
    bot: Bot
    courier: Courier
    now: datetime
    #: An earlier attempt may have sent it already (bot.outbox.lease).
    resent: bool = False
    #: For a read at the moment of sending, after ``session`` is closed (a card's turn).
    sessionmaker: async_sessionmaker[AsyncSession] | None = None

    @property
    def office(self) -> str:
        """The lead's office as advisors name it."""
        return self.courier.advisors.office_name(self.lead.office)

    @property
    def text(self) -> str:
        """The text the row carries (a relayed reply, a notice), or ''."""
        return str(self.row.payload.get("text") or "")

    def lead_screen(
        self,
        *,
        phone_links: bool = True,
        texts: Sequence[str] = (),
        came_from: claims.CameFrom | None = None,
        erased_on_request: bool = False,
    ) -> Screen:
        """The lead message as it should look now (full or minimal, as its office wants;
        a full card with the person's latest ``texts``), below where it ``came_from``."""
        return cards.lead_card(
            self.lead,
            self.courier.advisors,
            phone_links=phone_links,
            texts=texts,
            came_from=came_from,
            erased_on_request=erased_on_request,
        )


Planner = Callable[[Delivery], Awaitable[Plan]]


async def plan(
    session: AsyncSession,
    row: OutboxMessage,
    lead: Lead | None,
    bot: Bot,
    courier: Courier,
    now: datetime,
    *,
    resent: bool = False,
    sessionmaker: async_sessionmaker[AsyncSession] | None = None,
) -> Plan:
    """Decide what to send for ``row``, about ``lead`` (None: deleted), with its kind's
    planner (``resent``, ``sessionmaker``: see Delivery)."""
    # The conversation's and the web target's planners live in their own modules;
    # imported here, as they build on Delivery.
    from bot.outbox.erasure import PLANNERS as ERASURE_PLANNERS
    from bot.outbox.talk import PLANNERS as TALK_PLANNERS
    from bot.outbox.web import PLANNERS as WEB_PLANNERS

    key = (row.target, row.kind)
    planner = (
        PLANNERS.get(key)
        or TALK_PLANNERS.get(key)
        or WEB_PLANNERS.get(key)
        or ERASURE_PLANNERS.get(key)
    )
    if planner is None:
        raise UnknownKind(f"no planner for outbox kind {row.target}/{row.kind}")
    if lead is None:
        raise Skip("lead no longer exists")
    return await planner(Delivery(session, row, lead, bot, courier, now, resent, sessionmaker))


def withdrawn(lead: Lead) -> bool:
    """The person withdrew, or the lead's personal data are gone: nothing goes out."""
    return lead.status == LeadStatus.WITHDRAWN or lead.anonymized_at is not None


def _relay_recorder(chat_id: int, lead_id: int, user_id: int | None) -> Record:
    """Remember that a reply to this bot message belongs to the lead."""

    async def record(session: AsyncSession, message_id: int | None) -> None:
        if message_id is not None:
            session.add(
                RelayMessage(
                    chat_id=chat_id, message_id=message_id, lead_id=lead_id, user_id=user_id
                )
            )

    return record


# -- the advisor group -----------------------------------------------------------


async def plan_lead_new(d: Delivery) -> Plan:
    """Announce a new lead in its office's advisor group, with the buttons.

    In a group with topics the lead gets its own topic, and the card is its first
    message, pinned (bot.conversation.topics).
    """
    lead, courier = d.lead, d.courier
    if withdrawn(lead):
        raise Skip("lead withdrawn before it was announced")
    handed_over_since(d)
    if lead.advisor_message_id is not None:
        raise Skip("lead already announced")
    target = advisor_chat(d)
    lead_id, now = lead.id, d.now
    # Handed over from another office: the person's latest words, which that office's
    # chat has and this one's has not, are on the card (a full card only).
    handed = bool(d.row.payload.get("from"))
    texts = await conversation_log.person_texts(d.session, lead_id) if handed else []
    # And where and why it came from, as the first office wrote it.
    came = await claims.came_from(d.session, lead_id) if handed else None
    # The bot was killed while this card was on its way: it may be in the group twice.
    announce = announcer(d, target, texts, resent=d.resent, came_from=came)
    opened: dict[str, int | None] = {}

    async def send(phone_links: bool) -> int:
        opened["topic"], message_id = await announce(phone_links)
        return message_id

    async def record_announced(session: AsyncSession, message_id: int | None) -> None:
        # Locked (PostgreSQL), as a hand-over locks the lead: it cannot move in between.
        found = (
            await session.execute(
                sa.select(_leads.c.office).where(_leads.c.id == lead_id).with_for_update()
            )
        ).first()
        office = found.office if found is not None else None
        if (
            found is not None
            and message_id is not None
            and courier.advisors.chat_for(office) != target
        ):
            # Handed over while the card was on its way: it stands in a chat that is no
            # longer the lead's, and is cut down there as the hand-over cuts the old one.
            await handover.queue_cut_down(
                session,
                lead_id,
                target,
                message_id,
                opened.get("topic"),
                office or "–",
                crossed=True,
            )
        else:
            await session.execute(
                _ANNOUNCED,
                {
                    "lead_id": lead_id,
                    "chat": target,
                    "message": message_id,
                    "topic": opened.get("topic"),
                },
            )
        await session.execute(_AUDIT, {"lead_id": lead_id, "now": now})
        # Every copy, a re-sent one too: /delete and retention must reach each.
        await copies.add(session, [lead_id], target, message_id, now, thread_id=opened.get("topic"))
        courier.forums.recorded(lead_id)

    return Plan(
        send=lambda: send(True),
        record=record_announced,
        fallback=lambda: send(False),
        chat=target,
    )


_leads = table(Lead)

#: Where a lead's card was posted; built once, as it runs for every lead.
_ANNOUNCED = (
    sa.update(_leads)
    .where(_leads.c.id == sa.bindparam("lead_id"))
    .values(
        advisor_message_chat_id=sa.bindparam("chat"),
        advisor_message_id=sa.bindparam("message"),
        topic_id=sa.bindparam("topic"),
    )
)

#: The card's audit event, written straight to its table rather than through the
#: session's unit of work: one per lead.
_AUDIT = sa.insert(table(AuditEvent)).values(
    lead_id=sa.bindparam("lead_id"),
    action=AuditAction.ANNOUNCED,
    created_at=sa.bindparam("now"),
)


def handed_over_since(d: Delivery) -> None:
    """Skip a row written for the office a lead was handed to, when it has been handed on
    since (bot.advisor.handover): the later hand-over's rows say what is true now."""
    office = d.row.payload.get("office")
    if office is not None and office != d.lead.office:
        raise Skip("handed over again since")


def advisor_chat(d: Delivery) -> int:
    """The advisor chat of the lead's office; Wait (logged once) while there is none."""
    chat = d.courier.advisors.chat_for(d.lead.office)
    if chat is None:
        key = d.lead.office or "-"
        if key not in d.courier.unconfigured:
            d.courier.unconfigured.add(key)
            log.error(
                "configuration problem: office %s has no advisor chat (set advisor_chat_id "
                "in the offices file or ADVISOR_CHAT_ID); its leads wait in the outbox",
                key,
            )
        raise Wait("no advisor chat")
    return chat


def announcer(
    d: Delivery,
    chat_id: int,
    texts: Sequence[str] = (),
    *,
    resent: bool = False,
    came_from: claims.CameFrom | None = None,
) -> Callable[[bool], Awaitable[tuple[int | None, int]]]:
    """Post the lead's card in ``chat_id`` (in a new topic, in a forum): (topic, card id)."""
    lead, bot, forums = d.lead, d.bot, d.courier.forums
    office = d.courier.advisors.offices.get(lead.office or "")
    name = topics.topic_name(lead.id, office.city if office else "–", lead.flow, lead.language)

    def screen(phone_links: bool) -> Screen:
        card = d.lead_screen(phone_links=phone_links, texts=texts, came_from=came_from)
        return replace(card, text=view.RESENT + card.text) if resent else card

    # The card without phone links is only needed if Telegram refuses them: made then
    # (from the lead as read when the row was planned; sessions keep it after commit).
    card_with_links = screen(True)
    lead_id = lead.id

    async def announce(phone_links: bool) -> tuple[int | None, int]:
        card = card_with_links if phone_links else screen(False)
        return await topics.announce(
            bot,
            forums,
            chat_id,
            lead_id,
            name,
            lambda thread: botapi.send_notification(
                bot, chat_id, card.text, botapi.inline_keyboard(card), thread_id=thread
            ),
        )

    return announce


async def plan_lead_refresh(d: Delivery) -> Plan:
    """Bring the lead message in the group up to date (status, who works on it)."""
    group, message_id = d.lead.advisor_message_chat_id, d.lead.advisor_message_id
    if group is None or message_id is None:
        raise Skip("nothing in the group to update")
    texts = await conversation_log.person_texts(d.session, d.lead.id)
    came = await claims.came_from(d.session, d.lead.id)
    on_request = d.lead.anonymized_at is not None and await claims.was_erased_on_request(
        d.session, d.lead.id
    )
    screen = d.lead_screen(texts=texts, came_from=came, erased_on_request=on_request)
    edit = _in_turn(d, _card_edit(d.bot, group, message_id, screen))
    topic, topic_open = d.lead.topic_id, d.row.payload.get("topic_open")
    if topic is None or not isinstance(topic_open, bool):
        return Plan(send=edit, chat=group)
    bot = d.bot

    async def edit_and_topic() -> int:
        # Closed or opened as "Erledigt" and "Wieder öffnen" in the group do.
        sent = await edit()
        await topics.set_open(bot, group, topic, is_open=topic_open)
        return sent

    return Plan(send=edit_and_topic, chat=group)


def _in_turn(d: Delivery, planned: Callable[[], Awaitable[int]]) -> Callable[[], Awaitable[int]]:
    """The card's edit in the card's turn (bot.advisor.work.card_turn), drawn from the lead
    as it is then: drawn at planning, an edit slow on its way landed after a newer press's
    and showed the older status for good. ``planned`` where the lead cannot be read again."""
    sessionmaker, lead_id, bot, advisors = d.sessionmaker, d.lead.id, d.bot, d.courier.advisors

    async def edit() -> int:
        async with work.card_turn(lead_id):
            if sessionmaker is None:
                return await planned()
            drawn = await work.card_now(sessionmaker, advisors, lead_id)
            if isinstance(drawn, work.Undrawn):
                raise Skip(f"no card of the lead in a group to update ({drawn.reason})")
            return await _card_edit(bot, *drawn)()

    return edit


def _card_edit(
    bot: Bot, group: int, message_id: int, screen: Screen, *, close_topic: int | None = None
) -> Callable[[], Awaitable[int]]:
    """Show ``screen`` in a lead's card (and close its topic); a card deleted in the
    meantime cancels the row."""

    async def edit() -> int:
        try:
            await botapi.edit_lead_message(bot, group, message_id, screen)
        except BadRequest as exc:
            if botapi.is_gone(exc):
                raise Skip("advisor message no longer exists") from None
            raise
        if close_topic is not None:
            await topics.set_open(bot, group, close_topic, is_open=False)
        return message_id

    return edit


async def plan_lead_handed_over(d: Delivery) -> Plan:
    """Cut the card in the chat of the office that handed the lead over down to where it
    went (bot.advisor.handover), and close its topic there."""
    payload = d.row.payload
    chat, message, topic = payload.get("chat"), payload.get("message"), payload.get("topic")
    if chat is None or message is None:
        raise Skip("no card to cut down")
    group, message_id = int(chat), int(message)
    # "to" is a city, or (for a card that crossed a hand-over) the office's key.
    to = str(payload.get("to") or "–")
    to = d.courier.advisors.cities().get(to, to)
    screen = view.handed_over_card(d.lead.id, to, str(payload.get("by") or ""))
    if topic is not None and payload.get("crossed"):
        return Plan(send=_topic_removal(d.bot, group, int(topic), message_id), chat=group)
    closed = int(topic) if topic is not None else None
    edit = _card_edit(d.bot, group, message_id, screen, close_topic=closed)
    questions = [int(q) for q in payload.get("questions") or ()]
    if not questions:
        return Plan(send=edit, chat=group)
    said = Screen(replies.held_moved(d.lead.id, to))

    async def edit_all() -> int:
        # The questions first: a card deleted by hand cancels the row (Skip), and they
        # would keep their buttons.
        for question in questions:
            await _unbuttoned(d.bot, group, question, said)
        return await edit()

    return Plan(send=edit_all, chat=group)


async def _unbuttoned(bot: Bot, group: int, message_id: int, screen: Screen) -> None:
    """A question about a held message replaced by ``screen`` (no buttons); one deleted
    by hand is left."""
    try:
        await botapi.edit_lead_message(bot, group, message_id, screen)
    except BadRequest as exc:
        if not botapi.is_gone(exc):
            raise


def _topic_removal(
    bot: Bot, group: int, topic: int, message_id: int
) -> Callable[[], Awaitable[int]]:
    """Delete a topic that holds only a card which crossed a hand-over: kept closed, it
    would keep what advisors wrote there out of reach of /delete (no hand-over records it)."""

    async def remove() -> int:
        try:
            await botapi.delete_topic(bot, group, topic)
        except BadRequest as exc:
            if not botapi.is_gone(exc):
                raise
        return message_id

    return remove


async def plan_lead_reminder(d: Delivery) -> Plan:
    """Remind the group of a lead nobody has claimed, under its lead message."""
    lead = d.lead
    group = lead.advisor_message_chat_id
    if lead.status != LeadStatus.NEW or group is None:
        raise Skip("lead claimed or closed meanwhile")
    # Rows queued before the reminder carried its hours say the period, as they did.
    hours = float(d.row.payload.get("hours") or d.courier.unclaimed_hours)
    screen = view.unclaimed_reminder(lead, hours, reminders.HOURS_PER_DAY)
    reply_to, bot = lead.advisor_message_id, d.bot
    return Plan(
        send=lambda: botapi.send_notification(
            bot, group, screen.text, botapi.inline_keyboard(screen), reply_to=reply_to
        ),
        record=_relay_recorder(group, lead.id, None),
        chat=group,
    )


async def plan_claim_reminder(d: Delivery) -> Plan:
    """Remind the advisor who claimed a lead that it is still open."""
    lead = d.lead
    group = lead.advisor_message_chat_id
    if lead.status not in WORKING_STATUSES or group is None:
        raise Skip("lead released or closed meanwhile")
    text = view.claimed_reminder(lead, d.courier.claimed_days)
    reply_to, bot = lead.advisor_message_id, d.bot
    return Plan(
        send=lambda: botapi.send_notification(bot, group, text, reply_to=reply_to),
        record=_relay_recorder(group, lead.id, None),
        chat=group,
    )


async def plan_group_notice(d: Delivery) -> Plan:
    """A ready-made German notice to the group, under the lead message."""
    group = d.lead.advisor_message_chat_id
    if group is None:
        raise Skip("nothing in the group to refer to")
    text = d.text
    if not text:
        raise Skip("empty notice")
    reply_to, bot = d.lead.advisor_message_id, d.bot
    return Plan(
        send=lambda: botapi.send_notification(bot, group, text, reply_to=reply_to), chat=group
    )


async def plan_relay_to_group(d: Delivery) -> Plan:
    """The person's answer to an advisor, passed on to the group."""
    lead = d.lead
    if withdrawn(lead):
        raise Skip("the person withdrew; their text is dropped")
    group = lead.advisor_message_chat_id
    chat = group if group is not None else d.courier.advisors.chat_for(lead.office)
    if chat is None:
        raise Wait("no advisor chat")
    target: int = chat
    user = await d.session.get(User, lead.user_id) if lead.user_id is not None else None
    fallback = user.first_name if user else None
    text = cards.person_answer_card(lead, d.text, fallback, d.courier.advisors)
    reply_to = lead.advisor_message_id if target == group else None
    bot, relay = d.bot, _relay_recorder(target, lead.id, None)
    shown = copies.recorder(lead.id, target, d.now)

    async def record(session: AsyncSession, message_id: int | None) -> None:
        await relay(session, message_id)
        await shown(session, message_id)

    return Plan(
        send=lambda: botapi.send_notification(bot, target, text, reply_to=reply_to),
        record=record,
        chat=target,
    )


# -- the person --------------------------------------------------------------------


def told_delivered(d: Delivery, message_id: int, record: Record | None = None) -> Record:
    """``record``, and the news that the advisor's message ``message_id`` reached the
    person: an open inbox page of the lead turns "wird zugestellt" into "zugestellt"."""
    told = news.News(d.lead.id, d.lead.office, message_id, delivery="sent", at=d.now)

    async def recorded(session: AsyncSession, sent_id: int | None) -> None:
        if record is not None:
            await record(session, sent_id)
        news.note(session, told)

    return recorded


#: Why a message to a person who withdrew (or whose data are deleted) is cancelled.
PERSON_GONE = "person is gone"


async def person_of(d: Delivery) -> tuple[User, int, Translator]:
    """The person's account, chat and language, if they can still be written to."""
    lead = d.lead
    user = await d.session.get(User, lead.user_id) if lead.user_id is not None else None
    if user is None or user.channel != "telegram" or lead.status == LeadStatus.WITHDRAWN:
        raise Skip(PERSON_GONE)
    if user.blocked:
        raise Skip("person blocked the bot")
    t = translator(user.language or lead.language or DEFAULT_LANGUAGE)
    return user, int(user.external_id), t


async def plan_person_claimed(d: Delivery) -> Plan:
    """Tell the person, in their language, that an advisor has taken on their request."""
    _user, chat_id, t = await person_of(d)
    name = str(d.row.payload.get("name") or "")
    text = t.gettext(CLAIMED_TEXT).format(name=t.isolate(name))
    bot = d.bot
    return Plan(send=lambda: botapi.send_notification(bot, chat_id, text, html_mode=False))


def handed_over_news(d: Delivery, t: Translator) -> str:
    """The person's news of a hand-over, naming the office that has the lead now."""
    office = d.courier.advisors.offices.get(d.lead.office or "")
    return handed_over_text(t, d.lead.id, office.city if office else "–")


async def plan_person_handed_over(d: Delivery) -> Plan:
    """Tell the person, in their language, which office has their request now."""
    handed_over_since(d)
    _user, chat_id, t = await person_of(d)
    text, bot = handed_over_news(d, t), d.bot
    return Plan(send=lambda: botapi.send_notification(bot, chat_id, text, html_mode=False))


async def plan_relay_to_person(d: Delivery) -> Plan:
    """An advisor's message, passed on to the person with a hint how to answer."""
    user, chat_id, t = await person_of(d)
    body = wording.esc(d.text, 3500)
    text = (
        f"<b>{html.escape(t.gettext(RELAY_INTRO))}</b>\n\n{body}\n\n"
        f"<i>{html.escape(t.gettext(RELAY_HINT))}</i>"
    )
    bot = d.bot
    return Plan(
        send=lambda: botapi.send_notification(bot, chat_id, text),
        record=_relay_recorder(chat_id, d.lead.id, user.id),
    )


# -- e-mail ----------------------------------------------------------------------


async def plan_lead_mail(d: Delivery) -> Plan:
    """Send a new lead by e-mail to an office that asked for it."""
    lead, courier = d.lead, d.courier
    server = courier.mail
    office = courier.advisors.offices.get(lead.office or "")
    if server is None or office is None or not office.notify_email:
        raise Skip("e-mail not configured")
    if withdrawn(lead):
        raise Skip("lead withdrawn")
    handed_over_since(d)
    to = office.notify_email
    came_from = str(d.row.payload.get("from") or "")
    subject = f"Neue KAUSA-Anfrage #{lead.id} ({office.city})" + (
        f", weitergegeben vom Büro {came_from}" if came_from else ""
    )
    advisors = courier.advisors
    if advisors.minimal(lead.office):
        # A mailbox keeps what it gets: out of reach of /delete and the retention.
        link = advisors.inbox_link(lead.id)
        body = view.minimal_plain_text(lead, office.city, advisors.timezone, link)
    else:
        body = view.lead_plain_text(lead, office.city, advisors.timezone)
    lead_id, now = lead.id, d.now

    async def send() -> int | None:
        await mail.send(server, to, subject, body)
        return None

    async def record(session: AsyncSession, message_id: int | None) -> None:
        session.add(AuditEvent(lead_id=lead_id, action=AuditAction.MAILED, created_at=now))

    return Plan(send=send, record=record)


async def plan_notice_mail(d: Delivery) -> Plan:
    """A ready-made German notice (the one before an erasure) to the office's mailbox,
    where there is no group to tell (`python -m bot web` alone, or an office without one)."""
    lead, server = d.lead, d.courier.mail
    office = d.courier.advisors.offices.get(lead.office or "")
    if server is None or office is None or not office.notify_email:
        raise Skip("e-mail not configured")
    if lead.status not in OPEN_STATUSES or lead.anonymized_at is not None:
        raise Skip("lead no longer open")
    to, subject, body = office.notify_email, str(d.row.payload.get("subject") or ""), d.text
    if not body:
        raise Skip("empty notice")

    async def send() -> int | None:
        await mail.send(server, to, subject, body)
        return None

    return Plan(send=send)


#: (target, kind) -> its planner; rows no planner knows are marked failed.
PLANNERS: Mapping[tuple[str, str], Planner] = {
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_NEW): plan_lead_new,
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_REFRESH): plan_lead_refresh,
    # A withdrawal shows in the lead message like any other change of the lead.
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_WITHDRAWN): plan_lead_refresh,
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_REMINDER): plan_lead_reminder,
    (OutboxTarget.TELEGRAM, OutboxKind.CLAIM_REMINDER): plan_claim_reminder,
    (OutboxTarget.TELEGRAM, OutboxKind.GROUP_NOTICE): plan_group_notice,
    (OutboxTarget.EMAIL, OutboxKind.GROUP_NOTICE): plan_notice_mail,
    (OutboxTarget.TELEGRAM, OutboxKind.RELAY_TO_GROUP): plan_relay_to_group,
    (OutboxTarget.TELEGRAM, OutboxKind.PERSON_CLAIMED): plan_person_claimed,
    (OutboxTarget.TELEGRAM, OutboxKind.PERSON_HANDED_OVER): plan_person_handed_over,
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_HANDED_OVER): plan_lead_handed_over,
    (OutboxTarget.TELEGRAM, OutboxKind.RELAY_TO_PERSON): plan_relay_to_person,
    (OutboxTarget.EMAIL, OutboxKind.LEAD_NEW): plan_lead_mail,
}
