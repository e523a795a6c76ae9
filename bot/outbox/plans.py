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
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot
from telegram.error import BadRequest, TelegramError

from bot.advisor import cards, view
from bot.conversation import log as conversation_log
from bot.conversation import topics
from bot.conversation.content import CAPTIONED, DELIVERED_REACTION
from bot.conversation.translation import GERMAN_MARK
from bot.dialogue.state import Screen
from bot.dialogue.texts import (
    CLAIMED_TEXT,
    MACHINE_TRANSLATION,
    MESSAGE_INTRO,
    RELAY_HINT,
    RELAY_INTRO,
)
from bot.i18n import DEFAULT_LANGUAGE, Translator, translator
from bot.outbox import botapi, mail
from bot.outbox.courier import Courier
from db.models import AuditEvent, ConversationMessage, Lead, OutboxMessage, RelayMessage, User
from db.vocabulary import (
    WORKING_STATUSES,
    AuditAction,
    LeadStatus,
    MessageDirection,
    MessageKind,
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

    @property
    def office(self) -> str:
        """The lead's office as advisors name it."""
        return self.courier.advisors.office_name(self.lead.office)

    @property
    def text(self) -> str:
        """The text the row carries (a relayed reply, a notice), or ''."""
        return str(self.row.payload.get("text") or "")

    def lead_screen(self, *, phone_links: bool = True, texts: Sequence[str] = ()) -> Screen:
        """The lead message as it should look now (full or minimal, as its office wants;
        a full card with the person's latest ``texts``)."""
        return cards.lead_card(
            self.lead, self.courier.advisors, phone_links=phone_links, texts=texts
        )


Planner = Callable[[Delivery], Awaitable[Plan]]


async def plan(
    session: AsyncSession,
    row: OutboxMessage,
    bot: Bot,
    courier: Courier,
    now: datetime,
    *,
    resent: bool = False,
) -> Plan:
    """Decide what to send for ``row`` with its kind's planner (``resent``: see Delivery)."""
    # The web target's planners live with it; imported here, as they build on Delivery.
    from bot.outbox.web import PLANNERS as WEB_PLANNERS

    planner = PLANNERS.get((row.target, row.kind)) or WEB_PLANNERS.get((row.target, row.kind))
    if planner is None:
        raise UnknownKind(f"no planner for outbox kind {row.target}/{row.kind}")
    lead = await session.get(Lead, row.lead_id) if row.lead_id is not None else None
    if lead is None:
        raise Skip("lead no longer exists")
    return await planner(Delivery(session, row, lead, bot, courier, now, resent))


def _withdrawn(lead: Lead) -> bool:
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
    if _withdrawn(lead):
        raise Skip("lead withdrawn before it was announced")
    if lead.advisor_message_id is not None:
        raise Skip("lead already announced")
    target = _advisor_chat(d)
    lead_id, now = lead.id, d.now
    # The bot was killed while this card was on its way: it may be in the group twice.
    announce = _announcer(d, target, resent=d.resent)
    opened: dict[str, int | None] = {}

    async def send(phone_links: bool) -> int:
        opened["topic"], message_id = await announce(phone_links)
        return message_id

    async def record_announced(session: AsyncSession, message_id: int | None) -> None:
        await session.execute(
            sa.update(Lead)
            .where(Lead.id == lead_id)
            .values(
                advisor_message_chat_id=target,
                advisor_message_id=message_id,
                topic_id=opened.get("topic"),
            )
        )
        session.add(AuditEvent(lead_id=lead_id, action=AuditAction.ANNOUNCED, created_at=now))
        courier.forums.opened.pop(lead_id, None)

    return Plan(
        send=lambda: send(True),
        record=record_announced,
        fallback=lambda: send(False),
        chat=target,
    )


def _advisor_chat(d: Delivery) -> int:
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


def _announcer(
    d: Delivery, chat_id: int, texts: Sequence[str] = (), *, resent: bool = False
) -> Callable[[bool], Awaitable[tuple[int | None, int]]]:
    """Post the lead's card in ``chat_id`` (in a new topic, in a forum): (topic, card id)."""
    lead, bot, forums = d.lead, d.bot, d.courier.forums
    office = d.courier.advisors.offices.get(lead.office or "")
    name = topics.topic_name(lead.id, office.city if office else "–", lead.flow, lead.language)
    screens = {
        True: d.lead_screen(texts=texts),
        False: d.lead_screen(phone_links=False, texts=texts),
    }
    if resent:
        screens = {
            key: replace(card, text=view.RESENT + card.text) for key, card in screens.items()
        }
    lead_id = lead.id

    async def announce(phone_links: bool) -> tuple[int | None, int]:
        card = screens[phone_links]
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
    screen, bot = d.lead_screen(texts=texts), d.bot

    async def edit() -> int:
        try:
            await botapi.edit_lead_message(bot, group, message_id, screen)
        except BadRequest as exc:
            if botapi.is_gone(exc):
                raise Skip("advisor message no longer exists") from None
            raise
        return message_id

    return Plan(send=edit, chat=group)


async def plan_lead_reminder(d: Delivery) -> Plan:
    """Remind the group of a lead nobody has claimed, under its lead message."""
    lead = d.lead
    group = lead.advisor_message_chat_id
    if lead.status != LeadStatus.NEW or group is None:
        raise Skip("lead claimed or closed meanwhile")
    screen = view.unclaimed_reminder(lead, d.courier.unclaimed_hours)
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
    if _withdrawn(lead):
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
    bot = d.bot
    return Plan(
        send=lambda: botapi.send_notification(bot, target, text, reply_to=reply_to),
        record=_relay_recorder(target, lead.id, None),
        chat=target,
    )


# -- the person --------------------------------------------------------------------


async def _person(d: Delivery) -> tuple[User, int, Translator]:
    """The person's account, chat and language, if they can still be written to."""
    lead = d.lead
    user = await d.session.get(User, lead.user_id) if lead.user_id is not None else None
    if user is None or user.channel != "telegram" or lead.status == LeadStatus.WITHDRAWN:
        raise Skip("person is gone")
    if user.blocked:
        raise Skip("person blocked the bot")
    t = translator(user.language or lead.language or DEFAULT_LANGUAGE)
    return user, int(user.external_id), t


async def plan_person_claimed(d: Delivery) -> Plan:
    """Tell the person, in their language, that an advisor has taken on their request."""
    _user, chat_id, t = await _person(d)
    name = str(d.row.payload.get("name") or "")
    text = t.gettext(CLAIMED_TEXT).format(name=t.isolate(name))
    bot = d.bot
    return Plan(send=lambda: botapi.send_notification(bot, chat_id, text, html_mode=False))


async def plan_relay_to_person(d: Delivery) -> Plan:
    """An advisor's message, passed on to the person with a hint how to answer."""
    user, chat_id, t = await _person(d)
    body = view.esc(d.text, 3500)
    text = (
        f"<b>{html.escape(t.gettext(RELAY_INTRO))}</b>\n\n{body}\n\n"
        f"<i>{html.escape(t.gettext(RELAY_HINT))}</i>"
    )
    bot = d.bot
    return Plan(
        send=lambda: botapi.send_notification(bot, chat_id, text),
        record=_relay_recorder(chat_id, d.lead.id, user.id),
    )


# -- the conversation (bot/conversation) --------------------------------------------


async def _logged(d: Delivery) -> ConversationMessage:
    row = await d.session.get(ConversationMessage, int(d.row.payload.get("message") or 0))
    if row is None:
        raise Skip("the message was erased")
    return row


def _delivered(message_row_id: int, chat_id: int, now: datetime) -> Record:
    """Remember where the copy went: a reply to it belongs to the same lead."""

    async def record(session: AsyncSession, message_id: int | None) -> None:
        await session.execute(
            sa.update(ConversationMessage)
            .where(ConversationMessage.id == message_row_id)
            .values(copy_chat_id=chat_id, copy_message_id=message_id, delivered_at=now)
        )

    return record


async def plan_message_to_advisors(d: Delivery) -> Plan:
    """A person's message (text or the medium itself) in the lead's topic, or under its card.

    A topic closed as done is reopened; one deleted by hand is opened again with the card.
    """
    lead = d.lead
    if _withdrawn(lead):
        raise Skip("the person withdrew; their message is dropped")
    logged = await _logged(d)
    group = lead.advisor_message_chat_id
    target = group if group is not None else _advisor_chat(d)
    user = await d.session.get(User, lead.user_id) if lead.user_id is not None else None
    fallback = user.first_name if user else None
    captioned = logged.kind in CAPTIONED
    minimal = d.courier.advisors.minimal(lead.office)
    # A minimal office gets only the notice: a photo or voice message is personal data too.
    text_only = logged.kind == MessageKind.TEXT or minimal
    # A caption holds 1024 characters: the header, the caption and a translation must fit.
    original = (logged.text or "") if logged.kind == MessageKind.TEXT else (logged.text or "")[:600]
    header = cards.person_answer_card(lead, original, fallback, d.courier.advisors)
    language = (user.language if user else None) or lead.language
    # Nor does a minimal office get a translation of what the person wrote.
    translated = _translate(d, "" if minimal else original, language, "de")
    bot, thread, card = d.bot, lead.topic_id, lead.advisor_message_id
    source = (logged.source_chat_id, logged.source_message_id)
    reopen = thread is not None and lead.status == LeadStatus.DONE
    # Should the topic be gone, the card posted again shows what the person wrote.
    texts = await conversation_log.person_texts(d.session, lead.id) if thread else []
    announce = _announcer(d, target, texts)
    recreated: dict[str, int | None] = {}

    async def copy(thread_id: int | None, text: str) -> int:
        reply_to = card if thread_id is None and target == group else None
        if text_only:
            return await botapi.send_notification(
                bot, target, text, reply_to=reply_to, thread_id=thread_id
            )
        return await botapi.copy_message(
            bot,
            target,
            *source,
            caption=text if captioned else None,
            thread_id=thread_id,
            reply_to=reply_to,
        )

    async def send() -> int:
        if reopen and thread is not None:
            await topics.set_open(bot, target, thread, is_open=True)
        text = header + await translated(language, 3000 if text_only else 300)
        try:
            return await copy(thread, text)
        except BadRequest as exc:
            if thread is None or not botapi.is_thread_gone(exc):
                raise
        log.warning("the topic of lead %s was deleted; opening it again", lead_id)
        recreated["topic"], recreated["card"] = await announce(True)
        return await copy(recreated["topic"], text)

    lead_id, row_id, now = lead.id, logged.id, d.now
    delivered = _delivered(row_id, target, now)

    async def record(session: AsyncSession, message_id: int | None) -> None:
        await delivered(session, message_id)
        if recreated:
            await session.execute(
                sa.update(Lead)
                .where(Lead.id == lead_id)
                .values(topic_id=recreated["topic"], advisor_message_id=recreated["card"])
            )
            d.courier.forums.opened.pop(lead_id, None)

    return Plan(send=send, record=record, chat=target)


async def plan_message_to_person(d: Delivery) -> Plan:
    """An advisor's message (text, photo, PDF ...) to the person, confirmed with a reaction.

    The first message of each advisor is introduced in the person's language.
    """
    _user, chat_id, t = await _person(d)
    logged = await _logged(d)
    earlier = await d.session.scalar(
        sa.select(sa.func.count())
        .select_from(ConversationMessage)
        .where(
            ConversationMessage.lead_id == d.lead.id,
            ConversationMessage.direction == MessageDirection.TO_PERSON,
            ConversationMessage.advisor_id == logged.advisor_id,
            ConversationMessage.delivered_at.is_not(None),
            ConversationMessage.id < logged.id,
        )
    )
    office = d.courier.advisors.offices.get(d.lead.office or "")
    intro = None
    if not earlier:
        intro = t.gettext(MESSAGE_INTRO).format(
            name=t.isolate(str(d.row.payload.get("name") or "KAUSA")),
            city=t.isolate(office.city if office else "Sachsen"),
        )
    original = (logged.text or "")[: 3000 if logged.kind == MessageKind.TEXT else 600]
    head = f"<b>{html.escape(intro)}</b>" if intro else ""
    text = "\n\n".join(part for part in (head, view.esc(original, 3000)) if part)
    translated = _translate(d, original, "de", t.lang)
    bot, kind = d.bot, logged.kind
    group, source = logged.source_chat_id, logged.source_message_id

    async def send() -> int:
        text_translated = text + await translated(t.lang, 3000 if kind == MessageKind.TEXT else 200)
        if kind == MessageKind.TEXT:
            message_id = await botapi.send_notification(bot, chat_id, text_translated)
        else:
            changed = intro or text_translated != text
            caption = text_translated if changed and kind in CAPTIONED else None
            message_id = await botapi.copy_message(bot, chat_id, group, source, caption=caption)
        if group == conversation_log.INBOX_CHAT:
            return message_id  # written in the web inbox: no Telegram message to tick
        try:
            await botapi.react(bot, group, source, DELIVERED_REACTION)
        except TelegramError as error:
            # The person has the message; a missing tick must not send it twice.
            log.warning("could not confirm a delivered message (%s)", type(error).__name__)
        return message_id

    return Plan(send=send, record=_delivered(logged.id, chat_id, d.now))


def _translate(
    d: Delivery, text: str, source: str, target: str
) -> Callable[[str, int], Awaitable[str]]:
    """A translation of ``text`` to append under the original (HTML), or '' without one.

    Asked for in the send phase (a network call; never inside a transaction) and marked
    as a machine translation in German and in the person's language.
    """
    service = d.courier.translation

    async def translated(person_language: str, limit: int) -> str:
        if service is None or not text:
            return ""
        result = await service.translate(text, source, target)
        if result is None:
            return ""
        mark = translator(person_language).gettext(MACHINE_TRANSLATION)
        return f"\n\n🌐 <i>{html.escape(mark)} / {GERMAN_MARK}:</i>\n{view.inert(result, limit)}"

    return translated


# -- e-mail ----------------------------------------------------------------------


async def plan_lead_mail(d: Delivery) -> Plan:
    """Send a new lead by e-mail to an office that asked for it."""
    lead, courier = d.lead, d.courier
    server = courier.mail
    office = courier.advisors.offices.get(lead.office or "")
    if server is None or office is None or not office.notify_email:
        raise Skip("e-mail not configured")
    if _withdrawn(lead):
        raise Skip("lead withdrawn")
    to = office.notify_email
    subject = f"Neue KAUSA-Anfrage #{lead.id} ({office.city})"
    body = view.lead_plain_text(lead, office.city, courier.advisors.timezone)
    lead_id, now = lead.id, d.now

    async def send() -> int | None:
        await mail.send(server, to, subject, body)
        return None

    async def record(session: AsyncSession, message_id: int | None) -> None:
        session.add(AuditEvent(lead_id=lead_id, action=AuditAction.MAILED, created_at=now))

    return Plan(send=send, record=record)


#: (target, kind) -> its planner; rows no planner knows are marked failed.
PLANNERS: Mapping[tuple[str, str], Planner] = {
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_NEW): plan_lead_new,
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_REFRESH): plan_lead_refresh,
    # A withdrawal shows in the lead message like any other change of the lead.
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_WITHDRAWN): plan_lead_refresh,
    (OutboxTarget.TELEGRAM, OutboxKind.LEAD_REMINDER): plan_lead_reminder,
    (OutboxTarget.TELEGRAM, OutboxKind.CLAIM_REMINDER): plan_claim_reminder,
    (OutboxTarget.TELEGRAM, OutboxKind.GROUP_NOTICE): plan_group_notice,
    (OutboxTarget.TELEGRAM, OutboxKind.RELAY_TO_GROUP): plan_relay_to_group,
    (OutboxTarget.TELEGRAM, OutboxKind.PERSON_CLAIMED): plan_person_claimed,
    (OutboxTarget.TELEGRAM, OutboxKind.RELAY_TO_PERSON): plan_relay_to_person,
    (OutboxTarget.TELEGRAM, OutboxKind.MESSAGE_TO_ADVISORS): plan_message_to_advisors,
    (OutboxTarget.TELEGRAM, OutboxKind.MESSAGE_TO_PERSON): plan_message_to_person,
    (OutboxTarget.EMAIL, OutboxKind.LEAD_NEW): plan_lead_mail,
}
