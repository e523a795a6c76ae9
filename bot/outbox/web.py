"""Delivery to people in the web chat: the outbox target ``web``.

The web chat reads a person's conversation from the conversation log (``messages``,
bot/conversation/log.py), as the advisors' transcripts and /mydata do. An advisor's
message is logged when written; delivering it (``message_to_person``) marks it
delivered and shows it at once in an open chat (:class:`Listeners`, read by the chat's
event stream); the chat shows delivered messages on every visit. The news that an
advisor took the request (``person_claimed``) is logged as a message when delivered
(once per outbox row). When the person gave an e-mail address, a
``person_mail_notice`` row follows: a short e-mail in their language with a link back,
never the message itself.

The seam: a person's channel decides the target (:func:`db.vocabulary.person_target`); everything
web-specific about delivering is in this module and its :data:`PLANNERS`.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import named
from bot.dialogue.texts import CLAIMED_TEXT
from bot.i18n import DEFAULT_LANGUAGE, N_, Translator, translator
from bot.outbox import botapi, mail
from bot.outbox.plans import (
    PERSON_GONE,
    Delivery,
    Plan,
    Planner,
    Skip,
    handed_over_news,
    handed_over_since,
    told_delivered,
)
from db import repository
from db.models import Conversation, ConversationMessage, Lead, User
from db.vocabulary import (
    LeadStatus,
    MessageDirection,
    MessageKind,
    MessageOrigin,
    OutboxKind,
    OutboxTarget,
)

log = logging.getLogger(__name__)

NOTICE_SUBJECT = N_("You have a new message from KAUSA")
NOTICE_BODY = N_(
    "Hello,\n\nan advisor from KAUSA Saxony has written to you in the chat on our website. "
    "Open the chat on the same device to read the message:\n\n{link}\n\n"
    "This e-mail was sent automatically. For your privacy it does not contain the message."
)


class Listeners:
    """Open chats waiting for messages, by user id (in this process)."""

    def __init__(self) -> None:
        self._queues: defaultdict[int, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        # Who listens under a user id, by their external id: an advisor's erasure removes
        # the user row, and with it the only way from the person to their open chats.
        self._people: dict[str, int] = {}
        self._person_of: dict[int, str] = {}

    def __len__(self) -> int:
        """How many people have a chat open."""
        return len(self._queues)

    def subscribe(self, user_id: int, person: str | None = None) -> asyncio.Queue[dict[str, Any]]:
        """A queue that receives every new message for ``user_id`` (``person``: their
        external id, by which :meth:`user_of` finds them)."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=100)
        self._queues[user_id].add(queue)
        if person is not None:
            self._people[person] = user_id
            self._person_of[user_id] = person
        return queue

    def user_of(self, person: str) -> int | None:
        """The user id ``person``'s open chats listen under; None if none is open."""
        return self._people.get(person)

    def unsubscribe(self, user_id: int, queue: asyncio.Queue[dict[str, Any]]) -> None:
        """Stop delivering to ``queue`` (the chat was closed)."""
        queues = self._queues.get(user_id)
        if queues is not None:
            queues.discard(queue)
            if not queues:
                del self._queues[user_id]
                person = self._person_of.pop(user_id, None)
                if person is not None:
                    self._people.pop(person, None)

    def publish(self, user_id: int, message: dict[str, Any]) -> None:
        """Hand ``message`` to every open chat of ``user_id``; a full queue drops it
        (the message is stored and shows on the next visit)."""
        for queue in self._queues.get(user_id, ()):
            if not queue.full():
                queue.put_nowait(message)


@dataclass
class WebPostbox:
    """What web delivery needs: its own transactions, the open chats, the public link.

    The messages themselves are the conversation log's (``messages``); delivering one
    to a web person marks it delivered, queues the e-mail notice and shows it live.
    """

    sessionmaker: async_sessionmaker[AsyncSession]
    #: WEB_PUBLIC_URL: the link in the e-mail notice ('' leaves the link out).
    public_url: str = ""
    listeners: Listeners = field(default_factory=Listeners)
    #: Office key -> city, for who writes ("Message from Anna, KAUSA Leipzig:", as on
    #: Telegram; the web said "your KAUSA advisor" above every message).
    cities: Mapping[str, str] = field(default_factory=dict)

    async def deliver(self, message_id: int, user_id: int, now: datetime) -> int | None:
        """Mark a logged message delivered once, queue the e-mail notice, then show it live."""
        async with self.sessionmaker() as session, session.begin():
            marked = await session.execute(
                sa.update(ConversationMessage)
                .where(
                    ConversationMessage.id == message_id,
                    ConversationMessage.delivered_at.is_(None),
                )
                .values(delivered_at=now)
                .returning(
                    ConversationMessage.id,
                    ConversationMessage.lead_id,
                    ConversationMessage.text,
                    ConversationMessage.origin,
                    ConversationMessage.direction,
                    ConversationMessage.advisor_name,
                    ConversationMessage.advisor_office,
                )
            )
            found = marked.one_or_none()
            if found is None:
                return None  # delivered by an earlier try whose "sent" was not recorded
            office = await session.scalar(sa.select(Lead.office).where(Lead.id == found.lead_id))
            await _notice_by_mail(session, found.lead_id)
        self.listeners.publish(user_id, self._shown(found, office))
        return None

    async def tell(
        self,
        row_id: int,
        user_id: int,
        lead_id: int,
        text: str,
        now: datetime,
        origin: MessageOrigin = MessageOrigin.NOTICE,
    ) -> int | None:
        """Log the text of the outbox row ``row_id`` (once) as delivered, and deliver it:
        the bot's notice, or (``origin`` RELAY) an advisor's words."""
        async with self.sessionmaker() as session, session.begin():
            known = await session.scalar(
                sa.select(ConversationMessage.id).where(
                    # A relay logged as a notice by an earlier version counts too.
                    ConversationMessage.origin.in_({origin, MessageOrigin.NOTICE}),
                    ConversationMessage.source_message_id == row_id,
                )
            )
            if known is not None:
                return None  # logged by an earlier try whose "sent" was not recorded
            row = ConversationMessage(
                lead_id=lead_id,
                direction=MessageDirection.TO_PERSON,
                channel="web",
                kind=MessageKind.TEXT,
                text=text,
                origin=origin,
                source_message_id=row_id,
                created_at=now,
            )
            session.add(row)
            await session.flush()
            message_id = row.id
        return await self.deliver(message_id, user_id, now)

    async def messages(
        self, external_id: str, after: int = 0, *, mine: bool = True
    ) -> tuple[int | None, list[dict[str, Any]]]:
        """The web person's user id and the conversation of their requests after id
        ``after``, oldest first: what was delivered to them and (``mine``) what they wrote."""
        async with self.sessionmaker() as session:
            user_id = await _user_id(session, external_id)
            if user_id is None:
                return None, []
            rows = await self._rows(session, user_id, after, mine)
            return user_id, [self._shown(row, row.office) for row in rows]

    async def user_of(self, external_id: str) -> int | None:
        """The web person's user id (what their open chats listen under); None if unknown."""
        async with self.sessionmaker() as session:
            return await _user_id(session, external_id)

    async def has_request(self, external_id: str) -> bool:
        """The web person has sent a request: advisors can write to them."""
        async with self.sessionmaker() as session:
            found = await session.scalar(
                sa.select(Lead.id)
                .join(User, Lead.user_id == User.id)
                .where(User.channel == "web", User.external_id == external_id)
                .limit(1)
            )
        return found is not None

    async def page_messages(
        self, external_id: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The conversation for the chat page, split where the person's current screen was
        shown: what came before it, and what came after (messages written or received
        while the screen stayed, which a reload must show below it, in the order they came)."""
        async with self.sessionmaker() as session:
            row = (
                await session.execute(
                    sa.select(User.id, Conversation.updated_at)
                    .outerjoin(Conversation, Conversation.user_id == User.id)
                    .where(User.channel == "web", User.external_id == external_id)
                )
            ).first()
            if row is None:
                return [], []
            user_id, shown_at = row
            rows = await self._rows(session, user_id, 0, True)
        # An advisor's message appeared when it was delivered, the person's when written.
        later = [shown_at is not None and (r.delivered_at or r.created_at) > shown_at for r in rows]
        before = [self._shown(r, r.office) for r, late in zip(rows, later, strict=True) if not late]
        after = [self._shown(r, r.office) for r, late in zip(rows, later, strict=True) if late]
        return before, after

    @staticmethod
    async def _rows(session: AsyncSession, user_id: int, after: int, mine: bool) -> Sequence[Any]:
        delivered = sa.and_(
            ConversationMessage.direction == MessageDirection.TO_PERSON,
            ConversationMessage.delivered_at.is_not(None),
        )
        written = ConversationMessage.direction == MessageDirection.FROM_PERSON
        rows = await session.execute(
            sa.select(
                ConversationMessage.id,
                ConversationMessage.text,
                ConversationMessage.direction,
                ConversationMessage.origin,
                ConversationMessage.created_at,
                ConversationMessage.delivered_at,
                ConversationMessage.advisor_name,
                ConversationMessage.advisor_office,
                Lead.office,
            )
            .join(Lead, Lead.id == ConversationMessage.lead_id)
            .where(
                Lead.user_id == user_id,
                ConversationMessage.id > after,
                sa.or_(delivered, written) if mine else delivered,
            )
            .order_by(ConversationMessage.id)
        )
        return rows.all()

    def _shown(self, row: Any, office: str | None) -> dict[str, Any]:
        """A logged message as the chat shows it (and the live stream sends it)."""
        # Only the first name reaches the person, as on Telegram ("Frau Weber" whole).
        name = named.to_person(row.advisor_name or "", "")
        return {
            "id": row.id,
            "text": row.text or "",
            "mine": row.direction == MessageDirection.FROM_PERSON,
            # The bot's own news ("Anna has taken on your request"), not an advisor's
            # words: shown without "Message from your advisor".
            "notice": row.origin == MessageOrigin.NOTICE,
            "name": name,
            # Signed from the office it was written from, which a hand-over does not change.
            "city": self.cities.get(row.advisor_office or office or "", ""),
        }


async def _notice_by_mail(session: AsyncSession, lead_id: int) -> None:
    """A content-free e-mail follows when the person gave an address."""
    lead = await session.get(Lead, lead_id)
    if lead is not None and lead.email:
        await repository.enqueue(
            session, kind=OutboxKind.PERSON_MAIL_NOTICE, target=OutboxTarget.EMAIL, lead_id=lead_id
        )


async def _web_person(d: Delivery) -> User:
    """The web person behind the lead, if they are still there."""
    lead = d.lead
    user = await d.session.get(User, lead.user_id) if lead.user_id is not None else None
    if user is None or user.channel != "web" or lead.status == LeadStatus.WITHDRAWN:
        raise Skip(PERSON_GONE)
    if d.courier.web is None:
        raise Skip("no web chat in this process")
    return user


async def plan_web_relay(d: Delivery) -> Plan:
    """An advisor's message into the person's web chat."""
    user = await _web_person(d)
    postbox, row_id, user_id, lead_id, text = d.courier.web, d.row.id, user.id, d.lead.id, d.text
    assert postbox is not None  # checked by _web_person
    if not text:
        raise Skip("empty message")
    now = d.now
    return Plan(send=lambda: postbox.tell(row_id, user_id, lead_id, text, now, MessageOrigin.RELAY))


async def _web_notice(d: Delivery, text_for: Callable[[Translator], str]) -> Plan:
    """A notice of the bot's, in the web person's language, into their chat."""
    user = await _web_person(d)
    postbox = d.courier.web
    assert postbox is not None  # checked by _web_person
    text = text_for(translator(user.language or d.lead.language or DEFAULT_LANGUAGE))
    row_id, user_id, lead_id, now = d.row.id, user.id, d.lead.id, d.now
    return Plan(send=lambda: postbox.tell(row_id, user_id, lead_id, text, now))


async def plan_web_claimed(d: Delivery) -> Plan:
    """Tell the web person, in their language, that an advisor has taken on their request."""
    name = str(d.row.payload.get("name") or "")
    return await _web_notice(d, lambda t: t.gettext(CLAIMED_TEXT).format(name=t.isolate(name)))


async def plan_web_handed_over(d: Delivery) -> Plan:
    """Tell the web person which office has their request now."""
    handed_over_since(d)
    return await _web_notice(d, lambda t: handed_over_news(d, t))


async def plan_mail_notice(d: Delivery) -> Plan:
    """The content-free e-mail: there is a new message, here is the way back."""
    lead, server, postbox = d.lead, d.courier.mail, d.courier.web
    if server is None:
        raise Skip("e-mail not configured")
    if not lead.email or lead.anonymized_at is not None or lead.status == LeadStatus.WITHDRAWN:
        raise Skip("no e-mail address (any more)")
    t = translator(lead.language or DEFAULT_LANGUAGE)
    link = f"{postbox.public_url}/chat" if postbox is not None and postbox.public_url else ""
    # Plain text mail: no right-to-left marks, which a mail client would show as they are.
    subject = t.translations.gettext(NOTICE_SUBJECT)
    body = t.translations.gettext(NOTICE_BODY).format(link=link or "kausa-sachsen.de")
    to = lead.email

    async def send() -> int | None:
        await mail.send(server, to, subject, body)
        return None

    return Plan(send=send)


async def plan_web_message(d: Delivery) -> Plan:
    """An advisor's message from the conversation log (bot.conversation.log) into the web
    chat: the chat reads it from the log; delivering marks it and shows it live."""
    user = await _web_person(d)
    postbox = d.courier.web
    assert postbox is not None  # checked by _web_person
    logged = await d.session.get(ConversationMessage, int(d.row.payload.get("message") or 0))
    if logged is None or not logged.text:
        raise Skip("the message was erased, or has no text to show")
    message_id, user_id, now, bot = logged.id, user.id, d.now, d.bot
    group, source = logged.source_chat_id, logged.source_message_id

    async def send() -> int | None:
        delivered = await postbox.deliver(message_id, user_id, now)
        if group is None or source is None or bot is None:
            return delivered  # written in the web inbox: no Telegram message to tick
        # As for a person on Telegram: the advisor who wrote it in the group sees it
        # arrived (it never got its 👌, and the advisor could not tell).
        await botapi.tick_delivered(bot, group, source)
        return delivered

    return Plan(send=send, record=told_delivered(d, message_id))


#: The web target's planners, consulted by bot.outbox.plans.plan.
PLANNERS: dict[tuple[str, str], Planner] = {
    (OutboxTarget.WEB, OutboxKind.RELAY_TO_PERSON): plan_web_relay,
    (OutboxTarget.WEB, OutboxKind.PERSON_CLAIMED): plan_web_claimed,
    (OutboxTarget.WEB, OutboxKind.PERSON_HANDED_OVER): plan_web_handed_over,
    (OutboxTarget.WEB, OutboxKind.MESSAGE_TO_PERSON): plan_web_message,
    (OutboxTarget.EMAIL, OutboxKind.PERSON_MAIL_NOTICE): plan_mail_notice,
}


async def _user_id(session: AsyncSession, external_id: str) -> int | None:
    return await session.scalar(
        sa.select(User.id).where(User.channel == "web", User.external_id == external_id)
    )
