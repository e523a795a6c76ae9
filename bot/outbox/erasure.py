"""/delete and retention in the advisor chats: every recorded copy of a lead's data goes.

The outbox row (kind ``group_erase``) is queued in the transaction that erases or
purges the lead (bot.privacy.rights), so it is durable and retried like any
notification. Its planner removes what bot.advisor.copies recorded:

* a lead with its own forum topic: the topic is deleted (deleteForumTopic), with
  every message in it, whatever its age;
* any other copy: deleted while Telegram allows it (48 hours after it was sent),
  after that overwritten with :data:`bot.advisor.wording.ERASED`: a text is edited; a
  photo, video or audio file becomes a grey picture and a document a small text file
  (bot.advisor.stand_ins, editMessageMedia), each uploaded once per process and then
  reused by its file id; where Telegram refuses that (and for voice and video notes,
  which it cannot replace) the caption is overwritten;
* the lead's card outside a topic is edited to its erased form ("zurückgezogen",
  "erledigt; persönliche Daten gelöscht", or after an advisor's erasure "auf Wunsch
  gelöscht"), so advisors see why the lead is gone.

Each step treats "already gone" and "not modified" as done, so a retry after a
network error or a 429 simply repeats the steps.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InputMediaDocument, InputMediaPhoto
from telegram.error import BadRequest

from bot.advisor import cards, claims, stand_ins, wording, work
from bot.ops.logs import exception_chain
from bot.outbox import botapi
from bot.outbox.per_bot import PerBot
from bot.outbox.plans import Delivery, Plan, Planner, Skip
from db.models import GroupCopy, Lead
from db.vocabulary import ERASED_AS, CopyKind, OutboxKind, OutboxTarget

log = logging.getLogger(__name__)

#: Telegram lets a bot delete its own message for 48 hours. An hour's margin keeps a
#: late retry (or a clock a little off Telegram's) on the edit side of the line.
DELETABLE_FOR = timedelta(hours=47)

Removal = Literal["delete", "edit", "card"]


@dataclass(frozen=True)
class Step:
    """One recorded copy and how it is removed."""

    chat_id: int
    message_id: int
    kind: str
    removal: Removal


def removal(sent_at: datetime, now: datetime, *, card: bool) -> Removal:
    """How a copy sent at ``sent_at`` is removed at ``now``: the card is always edited."""
    if card:
        return "card"
    return "delete" if now - sent_at < DELETABLE_FOR else "edit"


def steps(
    copies: list[GroupCopy],
    now: datetime,
    *,
    card: tuple[int, int] | None,
    deleted: Collection[tuple[int, int]] = (),
) -> list[Step]:
    """The copies to remove one by one: those outside the ``deleted`` topics (chat, topic)."""
    found: dict[tuple[int, int], Step] = {}
    for copy in copies:
        if copy.thread_id is not None and (copy.chat_id, copy.thread_id) in deleted:
            continue  # deleted with the topic
        key = (copy.chat_id, copy.message_id)
        kind = ERASED_AS.get(copy.kind, copy.kind)
        found[key] = Step(*key, kind, removal(copy.sent_at, now, card=key == card))
    return list(found.values())


#: The stand-ins' file ids once uploaded, per Bot object (bot.outbox.per_bot) and kind:
#: each stand-in is uploaded once per process, then reused.
_UPLOADED: PerBot[dict[str, str]] = PerBot(dict)


def _stand_in(kind: str, file_id: str | None) -> InputMediaPhoto | InputMediaDocument:
    """The grey photo (for media) or the text file (for a document), or its uploaded id."""
    # Bytes are uploaded as a part of the request (attach://), a file id is reused.
    if kind == CopyKind.MEDIA:
        photo = file_id or stand_ins.photo()
        return InputMediaPhoto(photo, caption=stand_ins.CAPTION, filename=stand_ins.PHOTO_NAME)
    document = file_id or stand_ins.document()
    return InputMediaDocument(document, caption=stand_ins.CAPTION, filename=stand_ins.FILE_NAME)


async def _replace_medium(bot: Bot, step: Step) -> None:
    """Show the stand-in instead of the copy's photo, video, audio file or document."""
    uploaded = _UPLOADED.of(bot)
    try:
        edited = await botapi.replace_medium(
            bot, step.chat_id, step.message_id, _stand_in(step.kind, uploaded.get(step.kind))
        )
    except BadRequest:
        uploaded.pop(step.kind, None)  # should Telegram have forgotten the id: upload again
        raise
    if edited is None or step.kind in uploaded:
        return
    if edited.photo:
        uploaded[step.kind] = edited.photo[-1].file_id
    elif edited.document:
        uploaded[step.kind] = edited.document.file_id


async def _overwrite(bot: Bot, step: Step) -> None:
    """Overwrite a copy Telegram no longer lets the bot delete."""
    if step.kind in (CopyKind.MEDIA, CopyKind.DOCUMENT):
        try:
            await _replace_medium(bot, step)
            return
        except BadRequest as exc:
            if botapi.is_gone(exc):
                raise
            log.warning(
                "could not replace a copy's file (%s); overwriting its caption",
                exception_chain(exc),
            )
    medium = step.kind != CopyKind.TEXT
    await botapi.replace_content(bot, step.chat_id, step.message_id, wording.ERASED, medium)


async def _remove(bot: Bot, step: Step, card_text: str) -> None:
    """Delete or overwrite one copy; "already gone" counts as done."""
    try:
        if step.removal == "delete":
            try:
                await botapi.delete_message(bot, step.chat_id, step.message_id)
                return
            except BadRequest as exc:
                if botapi.is_gone(exc):
                    return
                # Refused (older than Telegram says, or no right): overwrite it instead.
                log.warning("could not delete a copy (%s); editing it", exception_chain(exc))
        if step.removal == "card":
            await botapi.replace_content(
                bot, step.chat_id, step.message_id, card_text, False, html_mode=True
            )
        else:
            await _overwrite(bot, step)
    except BadRequest as exc:
        if not botapi.is_gone(exc):
            # Refused for good (a sticker has no caption ...): asking again changes nothing.
            log.warning("could not overwrite a copy (%s)", exception_chain(exc))


async def _delete_topic(bot: Bot, chat_id: int, topic: int) -> bool:
    """Delete the lead's topic; False when Telegram refuses (the copies go one by one)."""
    try:
        await botapi.delete_topic(bot, chat_id, topic)
    except BadRequest as exc:
        if botapi.is_gone(exc):
            return True
        log.warning(
            "could not delete a lead's topic (%s); removing its messages", exception_chain(exc)
        )
        return False
    return True


async def _topics_left(session: AsyncSession, lead_id: int) -> list[tuple[int, int]]:
    """The topics (chat, topic) the lead had in offices that handed it over (the audit's
    hand-over events keep them: bot.advisor.handover)."""
    found = []
    for detail in await claims.hand_overs(session, lead_id):
        chat, topic = detail.get("chat"), detail.get("topic")
        if isinstance(chat, int) and isinstance(topic, int):
            found.append((chat, topic))
    return found


async def plan_group_erase(d: Delivery) -> Plan:
    """Remove every recorded copy of the lead's data from the advisor chats."""
    lead, bot, now = d.lead, d.bot, d.now
    if lead.anonymized_at is None:
        raise Skip("the lead still has its data")
    rows = await d.session.execute(
        sa.select(GroupCopy).where(GroupCopy.lead_id == lead.id).order_by(GroupCopy.id)
    )
    copies = list(rows.scalars())
    chat, topic, card_id = lead.advisor_message_chat_id, lead.topic_id, lead.advisor_message_id
    if topic is not None and chat is None:
        topic = None
    # Its own topic, and those it had in the offices that handed it over (closed there,
    # with what advisors wrote in them, which no copy records).
    topics = [(chat, topic)] if chat is not None and topic is not None else []
    topics += await _topics_left(d.session, lead.id)
    if not copies and not topics:
        raise Skip("nothing of the lead in the advisor chats")
    card = (chat, card_id) if chat is not None and card_id is not None else None
    # A card announced before copies were recorded is still the lead's own.
    unrecorded = card is not None and card not in {(c.chat_id, c.message_id) for c in copies}
    # The card's erased form, without buttons: nobody works on the lead any more.
    on_request = await claims.was_erased_on_request(d.session, lead.id)
    card_text = cards.lead_card(lead, d.courier.advisors, erased_on_request=on_request).text
    lead_id, copy_ids = lead.id, [copy.id for copy in copies]

    async def send() -> None:
        # In the card's turn (bot.advisor.work.card_turn): a press's edit drawn before the
        # erasure lands before it; landing after it, it showed the person's data again.
        async with work.card_turn(lead_id):
            deleted = {place for place in topics if await _delete_topic(bot, *place)}
            todo = steps(copies, now, card=card, deleted=deleted)
            if (
                card is not None
                and unrecorded
                and (topic is None or (card[0], topic) not in deleted)
            ):
                todo.append(Step(*card, CopyKind.TEXT, "card"))
            for step in todo:
                await _remove(bot, step, card_text)
        return None

    async def record(session: AsyncSession, _message_id: int | None) -> None:
        await session.execute(sa.delete(GroupCopy).where(GroupCopy.id.in_(copy_ids)))
        if topic is not None:
            # The topic and the card in it are gone: later rows find nothing to edit.
            await session.execute(
                sa.update(Lead)
                .where(Lead.id == lead_id)
                .values(topic_id=None, advisor_message_id=None)
            )

    return Plan(send=send, record=record, chat=chat)


#: (target, kind) -> its planner, consulted by bot.outbox.plans.plan.
PLANNERS: dict[tuple[str, str], Planner] = {
    (OutboxTarget.TELEGRAM, OutboxKind.GROUP_ERASE): plan_group_erase,
}
