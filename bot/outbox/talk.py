"""The conversation's outbox planners: a person's message to the advisors of their lead,
and an advisor's message to the person (bot/conversation).

They build on :mod:`bot.outbox.plans` (Delivery, Plan, the advisor chat and the card's
announcer) and are consulted by :func:`bot.outbox.plans.plan` through :data:`PLANNERS`.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from telegram.error import BadRequest

from bot.advisor import asked, cards, claims, copies, view, wording
from bot.conversation import log as conversation_log
from bot.conversation import topics
from bot.conversation.content import CAPTIONED
from bot.conversation.translation import GERMAN_MARK
from bot.dialogue.texts import (
    CORRECTED_BY,
    MACHINE_TRANSLATION,
    MESSAGE_INTRO,
    SAXONY,
    city_name,
)
from bot.i18n import Translator, translator
from bot.outbox import botapi, split
from bot.outbox.plans import (
    Delivery,
    Plan,
    Planner,
    Record,
    Skip,
    advisor_chat,
    announcer,
    person_of,
    told_delivered,
    withdrawn,
)
from db.models import ConversationMessage, Lead, User
from db.vocabulary import (
    COPY_KINDS,
    CopyKind,
    LeadStatus,
    MessageDirection,
    MessageKind,
    OutboxKind,
    OutboxTarget,
)

log = logging.getLogger(__name__)


async def _logged(d: Delivery) -> ConversationMessage:
    row = await d.session.get(ConversationMessage, int(d.row.payload.get("message") or 0))
    if row is None:
        raise Skip("the message was erased")
    return row


#: Kinds that go as a text of their own, whole (a correction is its message's new text).
_TEXTS = (MessageKind.TEXT, MessageKind.EDIT)


async def _quoted(d: Delivery, chat_id: int) -> int | None:
    """For a correction: the copy of the message it corrects in ``chat_id``, to reply to."""
    corrected = d.row.payload.get("edit_of")
    row = await d.session.get(ConversationMessage, int(corrected)) if corrected else None
    return row.copy_message_id if row is not None and row.copy_chat_id == chat_id else None


#: The most of a person's text under the header in one message (Telegram's 4,096 hold the
#: header and the HTML-safe marks too).
TEXT_PART = 3500


def _first_and_rest(text: str) -> tuple[str, list[str]]:
    """A person's text as the header shows it, and the parts that follow it (none where
    it fits in one message)."""
    pages = split.pages(text, TEXT_PART) if text else ()
    return (pages[0], list(pages[1:])) if pages else (text, [])


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
    if withdrawn(lead):
        raise Skip("the person withdrew; their message is dropped")
    logged = await _logged(d)
    group = lead.advisor_message_chat_id
    target = group if group is not None else advisor_chat(d)
    user = await d.session.get(User, lead.user_id) if lead.user_id is not None else None
    fallback = user.first_name if user else None
    captioned = logged.kind in CAPTIONED
    minimal = d.courier.advisors.minimal(lead.office)
    # A minimal office gets only the notice: a photo or voice message is personal data too.
    # A message typed outside Telegram (the web chat) has no Telegram message to copy.
    # A contact or location outside a topic goes as text: Telegram cannot edit such a
    # message, so after 48 hours /delete could not reach it (in a topic it goes with it).
    as_text = logged.kind in (MessageKind.CONTACT, MessageKind.LOCATION) and lead.topic_id is None
    text_only = logged.kind in _TEXTS or as_text or minimal or logged.source_chat_id is None
    original = logged.text or ""
    correction = logged.kind == MessageKind.EDIT
    as_caption = captioned and not text_only
    # What does not fit under the header follows in messages of its own (it was cut, the
    # rest lost): a text past one message; a caption past Telegram's 1,024 (in send()).
    shown, rest = (original, []) if as_caption else _first_and_rest(original)
    header = cards.person_answer_card(
        lead, shown, fallback, d.courier.advisors, correction=correction
    )
    if minimal:
        rest = []  # a minimal office learns only that there is a message
    # The header alone, for a caption that fits only without the person's words.
    bare = cards.person_answer_card(lead, "", fallback, d.courier.advisors, correction=correction)
    language = (user.language if user else None) or lead.language
    # Nor does a minimal office get a translation of what the person wrote.
    translated = _translate(d, "" if minimal or as_text else original, language, "de")
    bot, thread, card = d.bot, lead.topic_id, lead.advisor_message_id
    source_chat, source_id = logged.source_chat_id, logged.source_message_id
    reopen = thread is not None and lead.status == LeadStatus.DONE
    # Should the topic be gone, the card posted again shows what the person wrote.
    texts = await conversation_log.person_texts(d.session, lead.id) if thread else []
    came = await claims.came_from(d.session, lead.id) if thread else None
    announce = announcer(d, target, texts, came_from=came)
    recreated: dict[str, int | None] = {}
    # A correction quotes the message it corrects; anything else outside a topic, the card.
    quoted = await _quoted(d, target) if correction else None

    async def copy(thread_id: int | None, text: str) -> int:
        reply_to = quoted or (card if thread_id is None and target == group else None)
        if text_only or source_chat is None or source_id is None:
            return await botapi.send_notification(
                bot, target, text, reply_to=reply_to, thread_id=thread_id
            )
        return await botapi.copy_message(
            bot,
            target,
            source_chat,
            source_id,
            caption=text if captioned else None,
            thread_id=thread_id,
            reply_to=reply_to,
        )

    more: list[int] = []

    async def send() -> int:
        if reopen and thread is not None:
            await topics.set_open(bot, target, thread, is_open=True)
        translation = await translated(language, 3000 if text_only else 300)
        text, parts = (header, rest) if rest else (header + translation, [])
        if as_caption and split.utf16(_visible(text)) > CAPTION_LIMIT:
            # The header, the words and a translation outgrow a caption: the words follow.
            text, parts = bare, [original]
        try:
            first = await copy(thread, text)
        except BadRequest as exc:
            if thread is None or not botapi.is_thread_gone(exc):
                raise
            log.warning("the topic of lead %s was deleted; opening it again", lead_id)
            recreated["topic"], recreated["card"] = await announce(True)
            first = await copy(recreated["topic"], text)
        topic = recreated.get("topic", thread)
        follow = [view.person_answer_more(lead_id, page) for page in parts]
        for part in [*follow, translation.lstrip("\n")] if parts and translation else follow:
            more.append(
                await botapi.send_notification(bot, target, part, reply_to=first, thread_id=topic)
            )
        return first

    lead_id, row_id, now = lead.id, logged.id, d.now
    kind = CopyKind.TEXT if text_only else COPY_KINDS.get(logged.kind, CopyKind.OTHER)
    delivered = _delivered(row_id, target, now)

    async def record(session: AsyncSession, message_id: int | None) -> None:
        await delivered(session, message_id)
        # The copy (and a card posted again) hold the person's data: /delete reaches them.
        topic = recreated.get("topic", thread)
        await copies.add(session, [lead_id], target, message_id, now, thread_id=topic, kind=kind)
        for part in more:
            await copies.add(session, [lead_id], target, part, now, thread_id=topic)
        await copies.add(session, [lead_id], target, recreated.get("card"), now, thread_id=topic)
        if recreated:
            await session.execute(
                sa.update(Lead)
                .where(Lead.id == lead_id)
                .values(topic_id=recreated["topic"], advisor_message_id=recreated["card"])
            )
            d.courier.forums.recorded(lead_id)
            # The questions about held messages went with the old topic: none can be tapped.
            await asked.unanswerable(session, lead_id, target)

    return Plan(send=send, record=record, chat=target)


async def plan_message_to_person(d: Delivery) -> Plan:
    """An advisor's message (text, photo, PDF ...) to the person, confirmed with a reaction.

    The first message of each advisor is introduced in the person's language.
    """
    _user, chat_id, t = await person_of(d)
    logged = await _logged(d)
    correction = logged.kind == MessageKind.EDIT
    quoted = await _quoted(d, chat_id) if correction else None
    intro = await _intro(d, logged, t)
    # A text goes whole, in as many messages as it takes; a caption too (below).
    original = logged.text or ""
    head = f"<b>{html.escape(intro)}</b>" if intro else ""
    translated = _translate(d, original, "de", t.lang)
    bot, kind = d.bot, logged.kind
    group, source = logged.source_chat_id, logged.source_message_id
    if kind not in _TEXTS and (group is None or source is None):
        raise Skip("a medium without its Telegram message cannot be copied")

    async def send() -> int:
        if kind in _TEXTS:
            messages = text_messages(intro, original, await translated(t.lang, 3000))
            for number, message in enumerate(messages):
                reply_to = quoted if number == 0 else None
                message_id = await botapi.send_notification(
                    bot, chat_id, message, reply_to=reply_to
                )
        else:
            assert group is not None and source is not None  # checked above
            translation = await translated(t.lang, 3000)
            caption = _caption(head, original, translation, kind)
            if caption is None and head:
                # A sticker or a round video takes no caption, a long caption no intro: the
                # intro goes first, or the person would never learn who writes.
                await botapi.send_notification(bot, chat_id, head)
            # Without a caption of ours the copy keeps the advisor's own, whole.
            message_id = await botapi.copy_message(bot, chat_id, group, source, caption=caption)
            if caption is None and translation:
                await botapi.send_notification(bot, chat_id, translation.lstrip("\n"))
        if group is None or source is None:
            return message_id  # written in the web inbox: no Telegram message to tick
        await botapi.tick_delivered(bot, group, source)
        return message_id

    record = told_delivered(d, logged.id, _delivered(logged.id, chat_id, d.now))
    return Plan(send=send, record=record)


async def _intro(d: Delivery, logged: ConversationMessage, t: Translator) -> str | None:
    """What heads an advisor's message: a correction says so (sent again as a reply to
    the message it corrects, which Telegram shows above it); each advisor's first
    message says who writes; later ones have none."""
    name = t.isolate(str(d.row.payload.get("name") or "KAUSA"))
    if logged.kind == MessageKind.EDIT:
        return "✏️ " + t.gettext(CORRECTED_BY).format(name=name)
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
    if earlier:
        return None
    # Signed from where it was written: the lead may have gone to another office since.
    office = d.courier.advisors.offices.get(logged.advisor_office or d.lead.office or "")
    # As every other screen writes the city: "لايبزيغ (Leipzig)", not "Leipzig"; without
    # the office the state as the language writes it ("ساكسونيا", as the page's title).
    city = city_name(office.city, t) if office else t.gettext(SAXONY)
    return t.gettext(MESSAGE_INTRO).format(name=name, city=city)


#: Telegram's limit for a caption, in UTF-16 code units as the person sees them.
CAPTION_LIMIT = 1024


def _caption(head: str, original: str, translation: str, kind: str) -> str | None:
    """The caption for an advisor's medium (HTML): the intro, the advisor's caption and a
    translation, where that fits in one; None to keep the advisor's own. A caption of
    1,024 characters was cut to 600 with the intro before it, and the rest was lost."""
    if kind not in CAPTIONED or not (head or translation):
        return None
    body = "\n\n".join(part for part in (head, html.escape(original, quote=False)) if part)
    caption = body + translation
    return caption if split.utf16(_visible(caption)) <= CAPTION_LIMIT else None


def text_messages(intro: str | None, original: str, translation: str) -> list[str]:
    """An advisor's text for the person as Telegram messages (HTML): the intro in bold,
    the text, a machine translation (HTML already) under it. One message where all fits
    in Telegram's 4096 characters; else the intro, the text in pages, the translation,
    each in its own: cut at 3000 characters, the rest of a long message was lost while
    the advisor's message got its "delivered" tick."""
    head = f"<b>{html.escape(intro)}</b>" if intro else ""
    whole = "\n\n".join(part for part in (intro, original) if part)
    shown = _visible(translation)
    if split.utf16(whole) + split.utf16(shown) <= split.MESSAGE_LIMIT:
        body = "\n\n".join(part for part in (head, html.escape(original, quote=False)) if part)
        return [body + translation]
    messages = [head] if head else []
    messages += [html.escape(page, quote=False) for page in split.pages(original)]
    if translation:
        messages.append(translation.lstrip("\n"))
    return messages


def _visible(html_text: str) -> str:
    """What Telegram shows of an HTML text: without its tags, entities read."""
    return html.unescape(_TAG.sub("", html_text))


_TAG = re.compile(r"<[^>]+>")


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
        return f"\n\n🌐 <i>{html.escape(mark)} / {GERMAN_MARK}:</i>\n{wording.inert(result, limit)}"

    return translated


#: (target, kind) -> its planner, consulted by bot.outbox.plans.plan.
PLANNERS: Mapping[tuple[str, str], Planner] = {
    (OutboxTarget.TELEGRAM, OutboxKind.MESSAGE_TO_ADVISORS): plan_message_to_advisors,
    (OutboxTarget.TELEGRAM, OutboxKind.MESSAGE_TO_PERSON): plan_message_to_person,
}
