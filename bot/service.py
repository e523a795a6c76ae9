"""One user step as one unit of work: load state, run the engine, store, render.

Both channels (Telegram and the terminal) call :meth:`Dialogue.handle`; neither
contains flow logic. Each step is one database transaction: the new conversation
state and, when a lead is submitted, the lead and its outbox row are committed
together before the person sees the confirmation.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import engine, privacy
from bot.engine import Context, Event, LeadDraft, Privacy, Screen, State
from bot.i18n import DEFAULT_LANGUAGE, N_, translator
from bot.offices import Office
from db import repository
from db.models import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Profile:
    """What a channel knows about the person, beyond their id."""

    language_code: str | None = None
    username: str | None = None
    first_name: str | None = None


@dataclass(frozen=True)
class Reply:
    """What a channel shows after a step."""

    screen: Screen
    language: str
    same_screen: bool = False
    lead_id: int | None = None
    #: Messages to show before the screen (e.g. the person's data for /mydata).
    before: tuple[str, ...] = ()
    #: A file to send: (file name, content).
    attachment: tuple[str, bytes] | None = None


class Dialogue:
    """Runs dialogue steps against the database."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        offices: Mapping[str, Office],
        privacy: Privacy,
        *,
        clock: Callable[[], datetime] = utcnow,
        mail_enabled: bool = False,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._offices = offices
        self._privacy = privacy
        self._clock = clock
        #: SMTP is configured: offices with notify_email also get new leads by e-mail.
        self._mail_enabled = mail_enabled
        # One lock per person: their updates may arrive concurrently, their steps may not.
        self._locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    def context(self, channel: str) -> Context:
        """The engine context for a step happening now."""
        return Context(
            offices=self._offices, privacy=self._privacy, now=self._clock(), channel=channel
        )

    def _lock(self, key: tuple[str, str]) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    async def handle(
        self,
        channel: str,
        external_id: str,
        event: Event,
        profile: Profile | None = None,
        *,
        update_id: int | None = None,
    ) -> Reply | None:
        """Apply one event for one person; ``None`` if this update was already handled."""
        profile = profile or Profile()
        lock = self._lock((channel, external_id))
        async with lock, self._sessionmaker() as session, session.begin():
            if update_id is not None and not await repository.claim_update(session, update_id):
                return None
            user, stored = await repository.get_or_create_user_with_state(
                session,
                channel,
                external_id,
                username=profile.username,
                first_name=profile.first_name,
            )
            state = State.from_dict(stored if stored else {"lang": user.language})
            previous = state.screen
            ctx = self.context(channel)
            result = engine.step(state, event, ctx)
            new = result.state
            t = translator(new.lang or DEFAULT_LANGUAGE)
            if result.erase:
                await privacy.erase(session, user, ctx.now)
                log.info("user %s erased their data", user.id)
                farewell = t.gettext(
                    N_(
                        "All your data has been deleted. If you write to us again, we start "
                        "from the beginning."
                    )
                )
                return Reply(Screen(farewell), new.lang or DEFAULT_LANGUAGE)
            before: tuple[str, ...] = ()
            attachment = None
            if result.export:
                data = await privacy.collect(session, user)
                before = (privacy.describe(data, t)[:4096],)
                attachment = ("kausa-my-data.json", privacy.as_json(data))
            lead_id = None
            if result.lead is not None:
                lead_id = await self._store_lead(session, user.id, channel, result.lead, profile)
                new.lead_id = lead_id
            if new.lang and new.lang != user.language:
                user.language = new.lang
            await repository.save_state(session, user.id, new.to_dict())
        # Rendering is pure: done after the commit, so the transaction (on SQLite the
        # database's one write lock) is held only for the database work.
        screen = engine.render(new, ctx, result.notices)
        return Reply(
            screen=screen,
            language=new.lang or DEFAULT_LANGUAGE,
            same_screen=previous == new.screen and not result.notices and not before,
            lead_id=lead_id,
            before=before,
            attachment=attachment,
        )

    async def stop_contact(self, channel: str, external_id: str, *, stop: bool = True) -> None:
        """The person blocked the bot (or, with ``stop=False``, unblocked it)."""
        async with self._sessionmaker() as session, session.begin():
            user = await repository.get_user(session, channel, external_id)
            if user is not None:
                await privacy.stop_contact(session, user, stop=stop)

    async def _store_lead(
        self,
        session: AsyncSession,
        user_id: int,
        channel: str,
        draft: LeadDraft,
        profile: Profile,
    ) -> int:
        lead = await repository.create_lead(
            session,
            user_id=user_id,
            flow=draft.flow,
            answers=draft.answers,
            office=draft.office,
            postal_code=draft.postal_code,
            language=draft.language,
            channel=channel,
            name=draft.name,
            phone=draft.phone,
            email=draft.email,
            contact_via_telegram=draft.contact_via_telegram,
            telegram_username=profile.username if channel == "telegram" else None,
            preferred_time=draft.preferred_time,
            callback_language=draft.callback_language,
            consent_version=draft.consent_version,
            consent_language=draft.consent_language,
            consent_at=draft.consent_at,
        )
        await repository.enqueue(
            session, kind="lead_new", target="telegram", payload={}, lead_id=lead.id
        )
        office = self._offices.get(draft.office or "")
        if self._mail_enabled and office is not None and office.notify_email:
            await repository.enqueue(
                session, kind="lead_new", target="email", payload={}, lead_id=lead.id
            )
        log.info("lead %s stored for office %s", lead.id, draft.office)
        return lead.id
