"""The advisor side end to end: the real Application against the fake Bot API.

Jobs are not scheduled (``schedule_jobs=False``): tests run the outbox and the
reminder check themselves, with the clock they choose.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import reminders
from bot.config import Settings
from bot.outbox import worker
from bot.outbox.courier import Courier
from bot.services import BotApplication, Services
from db import repository
from db.models import AuditEvent, Lead, OutboxMessage, User, utcnow
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.telegram_harness import TOKEN, Chat, running_bot

DRESDEN_GROUP = -1001000000001
CHEMNITZ_GROUP = -1001000000002
LEIPZIG_GROUP = -1001000000003
ANNA = 7001  # Leipzig advisor "Anna Schmidt"
BERND = 7002  # Dresden advisor
STRANGER = 7999  # a member of the Leipzig group who is no advisor


def offices_toml(
    *,
    chats: dict[str, int | None] | None = None,
    notify_email: dict[str, str] | None = None,
) -> str:
    """An offices file with advisor groups and advisors per office."""
    chats = (
        chats
        if chats is not None
        else {
            "dresden": DRESDEN_GROUP,
            "chemnitz": CHEMNITZ_GROUP,
            "leipzig": LEIPZIG_GROUP,
        }
    )
    advisors = {"dresden": [BERND], "chemnitz": [], "leipzig": [ANNA]}
    parts = []
    for key, city in (("dresden", "Dresden"), ("chemnitz", "Chemnitz"), ("leipzig", "Leipzig")):
        lines = [
            f"[offices.{key}]",
            f'name = "KAUSA-Landesstelle Sachsen – Büro {city}"',
            f'city = "{city}"',
            "placeholder = true",
            f"advisor_ids = {advisors[key]}",
        ]
        if chats.get(key) is not None:
            lines.append(f"advisor_chat_id = {chats[key]}")
        if notify_email and key in notify_email:
            lines.append(f'notify_email = "{notify_email[key]}"')
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def desk_settings(
    fake: FakeBotAPI, database_url: str, tmp_path: Path, toml: str | None = None, **overrides: Any
) -> Settings:
    """Settings for the fake server, the test database and a tmp offices file."""
    path = tmp_path / "offices.toml"
    path.write_text(toml if toml is not None else offices_toml(), encoding="utf-8")
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "telegram_base_url": f"{fake.url}/bot",
        "database_url": database_url,
        "offices_file": path,
        "_env_file": None,
    }
    values.update(overrides)
    return Settings(**values)


LEAD: dict[str, Any] = {
    "flow": "business",
    "answers": {"sector": "other", "sector_other": "Döner & Co <GmbH>", "employees": "1-9"},
    "office": "leipzig",
    "postal_code": "04109",
    "language": "tr",
    "channel": "telegram",
    "name": "Mehmet Öztürk",
    "phone": "+493411234567",
    "preferred_time": "morning",
    "callback_language": "tr",
}


async def add_lead(
    sessionmaker: async_sessionmaker[AsyncSession], age: timedelta, **fields: Any
) -> int:
    """A stored lead of ``age``, with its announcement queued."""
    async with sessionmaker() as session, session.begin():
        lead = await repository.create_lead(
            session, **{**LEAD, **fields, "created_at": utcnow() - age}
        )
        await repository.enqueue(
            session, kind="lead_new", target="telegram", payload={}, lead_id=lead.id
        )
        return lead.id


@dataclass
class Desk:
    """A running bot plus handles to drive its jobs."""

    fake: FakeBotAPI
    app: BotApplication
    services: Services
    settings: Settings

    @property
    def outbox(self) -> Courier:
        """The outbox settings the running bot uses."""
        return self.services.outbox

    async def deliver(self, now: datetime | None = None) -> worker.Report:
        """One run of the outbox job."""
        return await worker.deliver_due(
            self.services.sessionmaker, self.app.bot, now or utcnow(), self.outbox
        )

    async def remind(self, now: datetime) -> list[tuple[int, str]]:
        """One run of the reminder job."""
        return await reminders.check_reminders(
            self.services.sessionmaker,
            now,
            unclaimed_hours=self.settings.reminder_unclaimed_hours,
            claimed_days=self.settings.reminder_claimed_days,
            tz=self.settings.timezone,
        )

    async def lead(self, lead_id: int) -> Lead:
        async with self.services.sessionmaker() as session:
            lead = await session.get(Lead, lead_id)
            assert lead is not None
            return lead

    async def outbox_rows(self) -> list[OutboxMessage]:
        async with self.services.sessionmaker() as session:
            rows = await session.execute(sa.select(OutboxMessage).order_by(OutboxMessage.id))
            return list(rows.scalars())

    async def audit(self, lead_id: int | None = None) -> list[AuditEvent]:
        async with self.services.sessionmaker() as session:
            query = sa.select(AuditEvent).order_by(AuditEvent.id)
            if lead_id is not None:
                query = query.where(AuditEvent.lead_id == lead_id)
            return list((await session.execute(query)).scalars())

    async def user(self, telegram_id: int) -> User | None:
        async with self.services.sessionmaker() as session:
            rows = await session.execute(
                sa.select(User).where(User.external_id == str(telegram_id))
            )
            return rows.scalar_one_or_none()

    async def press(self, chat_id: int, user_id: int, message: SentMessage, label: str) -> int:
        """An advisor taps a button on a group message; returns the update id."""
        button = message.button(label)
        assert button.callback_data is not None
        return self.fake.group_press(chat_id, user_id, button.callback_data, message.message_id)

    async def answer_of(self, update_id: int) -> dict[str, Any]:
        """The answerCallbackQuery parameters for a press."""
        call = await self.fake.wait_for(lambda: self.fake.callback_answer(update_id))
        return call.params

    async def group_says(self, chat_id: int, count: int) -> SentMessage:
        """Wait for the ``count``-th message or edit in a group; return it."""
        return (await self.fake.wait_sent(chat_id, count))[count - 1]


@asynccontextmanager
async def running_desk(
    settings: Settings, fake: FakeBotAPI, *, rate_limiter: Any = None, jobs: bool = False
) -> AsyncIterator[Desk]:
    """Start the bot (long polling, no scheduled jobs unless ``jobs``); stop it afterwards."""
    async with running_bot(settings, rate_limiter=rate_limiter, jobs=jobs) as app:
        yield Desk(fake, app, app.bot_data.services, settings)


async def submit_callback_lead(fake: FakeBotAPI, user_id: int, **walk: Any) -> Chat:
    """A person walks the callback dialogue over Telegram and sends the request (``walk``:
    what :func:`callback_summary` takes)."""
    chat = await callback_summary(fake, user_id, **walk)
    await chat.press("Send request")
    return chat


async def callback_summary(
    fake: FakeBotAPI,
    user_id: int,
    *,
    lang: str = "en",
    plz: str = "04109",
    name: str = "Ayşe Yılmaz",
    phone: str | None = "0341 1234567",
    email: str | None = None,
    username: str | None = "ayse_y",
    latin: str | None = None,
) -> Chat:
    """A person walks the callback dialogue over Telegram up to its summary, not sent."""
    chat = Chat(fake, user_id, lang)
    fake.user_message(user_id, "/start", language_code=lang, username=username, first_name="Ayşe")
    chat.seen = len(await fake.wait_sent(user_id, 1))
    language = {
        "de": "Deutsch",
        "tr": "Türkçe",
        "en": "English",
        "ar": "العربية",
        "uk": "Українська",
    }[lang]
    await chat.press(language)
    await chat.press("Request a callback")
    await chat.press("A business")
    await chat.press("Skip")
    await chat.type(plz)
    await chat.press("Yes, I agree")
    await chat.type(name)
    if phone is None:
        await chat.press("Contact me here in Telegram")
    else:
        asked = await chat.type(phone)
        if "WhatsApp" in asked.text:  # asked for a number that may be a mobile
            await chat.press("No")
    await chat.press("By phone")
    await chat.press("Any time")
    # E-mail, the conversation language and a name's Latin spelling are offered on the summary.
    if latin is not None:  # offered only for a name written in another script
        await chat.press("Name in Latin letters")
        await chat.type(latin)
    if email is not None:
        await chat.press("E-mail")
        await chat.type(email)
    await chat.press("Preferred language")
    await chat.press("Türkçe")
    return chat
