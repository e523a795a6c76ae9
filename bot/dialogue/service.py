"""One user step as one unit of work: load state, run the engine, store, render.

Every channel (Telegram, the terminal, the web) calls :meth:`Dialogue.handle`; none
contains flow logic. A step is committed before its reply is shown: the new
conversation state and, when a lead is submitted, the lead and its outbox row in
the same transaction. Steps of different people that arrive while a transaction
runs share the next one (bot.dialogue.group_commit); within it each step fails alone.
On PostgreSQL a group of plain steps needs no transaction: one read, an INSERT of any
first contacts, then one statement that claims the updates and writes the states
(:meth:`Dialogue._quick`).
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.advisor.view import addition_notice
from bot.dialogue import engine, funnel, people, quota, strangers, wish_read
from bot.dialogue.erasures import Erasures
from bot.dialogue.group_commit import GroupCommit
from bot.dialogue.leadless import Leadless
from bot.dialogue.moves import home
from bot.dialogue.questions import contact_question
from bot.dialogue.returning import show_added
from bot.dialogue.screens import KeyboardChange, keyboard_change
from bot.dialogue.state import (
    Addition,
    Context,
    Event,
    LeadDraft,
    Notice,
    Privacy,
    Request,
    Result,
    Screen,
    Start,
    State,
    Text,
)
from bot.flows.navigation import FREE_TEXT_KEYS
from bot.i18n import DEFAULT_LANGUAGE, N_, negotiate, translator
from bot.offices import Office, lead_targets
from bot.ops.logs import exception_chain
from bot.outbox import split
from bot.privacy import rights
from db import direct, repository, sqlite_cursor
from db import steps as statements
from db.models import Lead, User, utcnow
from db.news import News
from db.steps import UserRow
from db.vocabulary import OPEN_STATUSES, InboxState, OutboxKind, OutboxTarget

log = logging.getLogger(__name__)

CLOSED_MEANWHILE = N_(
    "Your request was closed in the meantime, so nothing was added to it. You can make a "
    "new request in the menu."
)

#: Typed questions held at most, oldest forgotten first (a few hundred bytes each).
HELD_QUESTIONS = 10_000


@dataclass(frozen=True)
class Profile:
    """What a channel knows about the person, beyond their id."""

    language_code: str | None = None
    username: str | None = None
    first_name: str | None = None


@dataclass(frozen=True)
class _Step:
    """One person's event, waiting for its group's transaction."""

    channel: str
    external_id: str
    event: Event
    profile: Profile
    update_id: int | None
    #: The newest message id known in the person's chat (Telegram), kept with the claim.
    reply_after: int | None = None
    #: The person's chat (Telegram), kept with the claim: where a reply owed goes.
    chat_id: int | None = None
    #: The privacy wish of a typed message, read once before the step for the engine too.
    wish: wish_read.WishRead | None = None


@dataclass
class _Done:
    """A committed step; its caller renders the reply after the commit."""

    state: State
    ctx: Context
    notices: list[Notice]
    previous: str
    lead_id: int | None = None
    before: tuple[str, ...] = ()
    attachment: tuple[str, bytes] | None = None
    erased: bool = False
    #: The step before showed the share-my-phone button.
    had_contact: bool = False
    #: The person's last tap again (engine Result.repeat): nothing changed or stored.
    repeat: bool = False
    #: The typed text was refused as the answer (engine Result.given_back).
    given_back: bool = False


@dataclass
class _Run:
    """A step's engine run in its group, before anything of it is stored."""

    result: Result
    done: _Done
    #: The typed question held after the step (bot.dialogue.typed).
    held: str | None

    @property
    def stores_more(self) -> bool:
        """Whether the step stores more than its state: a request sent or added to, or a
        privacy right (/delete, /mydata)."""
        result = self.result
        return bool(
            result.erase or result.export or result.lead is not None or result.addition is not None
        )


@dataclass(frozen=True)
class _Claims:
    """What a group claims in the inbox, and whose rows it reads."""

    update_ids: list[int]
    #: Kept with the claim (bot.inbox.feed.recover): where a reply owed is looked for ...
    reply_after: dict[int, int]
    #: ... and the chat it goes to.
    chats: dict[int, int]
    #: External ids by channel.
    people: dict[str, list[str]]

    @classmethod
    def of(cls, steps: list[_Step]) -> _Claims:
        people: dict[str, list[str]] = {}
        for s in steps:
            people.setdefault(s.channel, []).append(s.external_id)
        return cls(
            [s.update_id for s in steps if s.update_id is not None],
            {
                s.update_id: s.reply_after
                for s in steps
                if s.update_id is not None and s.reply_after is not None
            },
            {
                s.update_id: s.chat_id
                for s in steps
                if s.update_id is not None and s.chat_id is not None
            },
            people,
        )


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
    #: The screen id the person is at now (e.g. ``q:name``), for a channel's own checks.
    step: str = ""
    #: The phone step's share button appears or goes (a channel without it ignores this).
    keyboard: KeyboardChange | None = None
    #: The tap answered last, tapped again: a channel that delivered that answer need
    #: not send anything (Telegram); the others show the current screen as always.
    repeat: bool = False
    #: The person's data was just erased: a channel that shows the conversation clears it.
    erased: bool = False
    #: The typed text was refused (too long, an e-mail address with a comma, a digit
    #: missing): a channel with a text field puts it back there to be corrected, not typed
    #: again.
    given_back: bool = False


#: Said once a person's data is erased (and to a repeat of the tap that erased it).
FAREWELL = N_(
    "All your data has been deleted. If you write to us again, we start from the beginning."
)


#: Under the farewell in Telegram: the summary with the name and number stayed above it
#: in the chat (the bot keeps no ids of its messages there, and may delete one only within
#: 48 hours), and "All your data has been deleted" read as if it had gone too. (The web
#: chat clears its page.)
CHAT_KEPT = N_("The messages above stay in this chat until you delete it in Telegram.")


def farewell(lang: str, *, repeat: bool = False, channel: str = "") -> Reply:
    """The farewell after /delete in ``lang`` (``repeat``: a tap's repeat, nothing done);
    on Telegram (``channel``) with what stays in the chat."""
    t = translator(lang)
    said = t.gettext(FAREWELL)
    if channel == "telegram":
        said += "\n\n" + t.gettext(CHAT_KEPT)
    return Reply(Screen(said), lang, erased=True, repeat=repeat)


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
        on_lead: Callable[[int], None] | None = None,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._engine: AsyncEngine = direct.engine_of(sessionmaker)
        self._offices = offices
        self._privacy = privacy
        self._clock = clock
        #: SMTP is configured: offices with notify_email also get new leads by e-mail.
        self._mail_enabled = mail_enabled
        #: Told the id of each committed lead, whatever the channel; bot.app starts delivery.
        self.on_lead = on_lead
        #: Told an update id once its inbox row is stored: this step's claim committed it,
        #: or an earlier delivery's did (bot.app: the inbox, bot.inbox.feed).
        self.on_update_stored: Callable[[int], None] | None = None
        # One lock per person: their updates may arrive concurrently, their steps may not.
        self._locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._group: GroupCommit[_Step, _Done | None] = GroupCommit(self._run_group)
        # The group commit runs one transaction at a time: it keeps its connection.
        self._connection = direct.Held(self._engine)
        # Typed questions waiting for consent: in memory only, never in the database
        # (bot.dialogue.typed). A restart forgets them; the dialogue then asks again.
        self._held: OrderedDict[tuple[str, str], str] = OrderedDict()
        #: People without any lead: their typed messages skip the advisor check.
        self.leadless = Leadless()
        self._erasures = Erasures()
        #: Told (channel, external id) of each person erased outside their dialogue
        #: (:meth:`erased`): a channel's memory of them goes (bot.web.chat, the session).
        self.on_erased: list[Callable[[str, str, str | None], None]] = []

    async def close(self) -> None:
        """Let steps already submitted finish their transaction."""
        await self._group.wait_idle()
        await self._connection.release()

    def context(
        self,
        channel: str,
        *,
        held_question: str | None = None,
        requests: tuple[Request, ...] = (),
        client_language: str | None = None,
        wish: wish_read.WishRead | None = None,
    ) -> Context:
        """The engine context for a step happening now."""
        return Context(
            offices=self._offices,
            privacy=self._privacy,
            now=self._clock(),
            channel=channel,
            held_question=held_question,
            requests=requests,
            client_language=client_language,
            wish_read=wish,
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
        reply_after: int | None = None,
        chat_id: int | None = None,
        wish: wish_read.WishRead | None = None,
    ) -> Reply | None:
        """Apply one event for one person; ``None`` if this update was already handled.

        ``reply_after`` and ``chat_id`` (Telegram) are stored with the update: where a
        reply owed after a crash is looked for, and sent, before it is sent again
        (bot.inbox.feed.recover). ``wish`` is the privacy wish of a typed message that the
        channel has read already (bot.dialogue.wish_read), not read again.

        The step is committed (in a group with the steps of other people that
        arrived meanwhile, bot.dialogue.group_commit) before this returns.
        """
        profile = profile or Profile()
        spoken = negotiate(profile.language_code)
        read = wish_read.read(event, spoken, wish)
        pending = _Step(channel, external_id, event, profile, update_id, reply_after, chat_id, read)
        person = (channel, external_id)
        async with self._lock(person):
            again = self.repeats_erasure(channel, external_id, event)
            if again is not None:
                # Nothing stored: the person is gone, and the tap only repeats their wish.
                return farewell(again, repeat=True, channel=channel)
            if strangers.asks_for_own_data(event, read) and await self._stored(*person) is None:
                # Stored, the person would be met anew only to see that new record.
                return self._nothing_stored(person, pending.profile)
            if strangers.confirms_erasure(event) and await self._stored(*person) is None:
                # Their data are gone (the memory of the erasing tap went with a restart):
                # the farewell again, and nothing stored under the deleted code.
                spoken = negotiate(pending.profile.language_code)
                return farewell(spoken, repeat=True, channel=channel)
            done = await self._group.submit(pending)
            if done is not None and done.erased:
                # Noted before the next step of the person may run (it waits for the lock).
                lang = done.state.lang or DEFAULT_LANGUAGE
                self._erasures.note(person, event, lang, self._clock())
            elif done is not None:
                # Begun anew: a tap of theirs is a step again (on the web a tap names no
                # message, and a new request reaches the erasing tap's step number).
                self._erasures.forget(person)
        if update_id is not None and self.on_update_stored is not None:
            self.on_update_stored(update_id)
        if done is None:
            return None
        if done.lead_id is not None and self.on_lead is not None:
            self.on_lead(done.lead_id)
        lang = done.state.lang or DEFAULT_LANGUAGE
        if done.erased:
            return farewell(lang, channel=channel)
        # Rendering is pure: done after the commit, so the transaction (on SQLite the
        # database's one write lock) is held only for the database work.
        screen = engine.render(done.state, done.ctx, done.notices, shown=done.previous)
        return Reply(
            keyboard=keyboard_change(done.had_contact, done.state, screen),
            screen=screen,
            language=lang,
            same_screen=done.previous == done.state.screen and not done.notices and not done.before,
            lead_id=done.lead_id,
            before=done.before,
            attachment=done.attachment,
            step=done.state.screen,
            repeat=done.repeat,
            # Typed words only: a tap has none, and its echo must stay in the conversation.
            given_back=done.given_back and isinstance(event, Text),
        )

    @asynccontextmanager
    async def erasing(self, channel: str, external_id: str) -> AsyncIterator[None]:
        """A person's data erased outside their dialogue (by an advisor,
        bot.advisor.erasure), in the person's turn, as their own /delete runs in a step: a
        tap of theirs at that moment had its step run after the erasure on what it had
        read, and stored them anew. After it, what memory holds of them goes too, as after
        /delete: a question typed before it went with the request they sent afterwards."""
        person = (channel, external_id)
        async with self._lock(person):
            yield
            # Still in their turn: a step waiting for it must not find the question held.
            self._hold(person, None)

    def erased(self, channel: str, external_id: str, language: str | None = None) -> None:
        """The person's data were erased outside their dialogue, in their turn
        (:meth:`erasing`): each channel forgets what it holds of them, as after /delete,
        which the web chat learns from its own step's reply (``language``: the
        conversation's, for what their open chat is told)."""
        for forget in self.on_erased:
            forget(channel, external_id, language)

    def repeats_erasure(self, channel: str, external_id: str, event: Event) -> str | None:
        """The farewell's language if ``event`` repeats the tap that just erased the
        person's data (a double tap): it is answered again and stores nothing."""
        return self._erasures.repeated((channel, external_id), event, self._clock())

    def _nothing_stored(self, person: tuple[str, str], profile: Profile) -> Reply:
        """/mydata or /delete of someone unknown: said so, above the greeting's language
        choice; in the language of the conversation just deleted, if one was."""
        spoken = self._erasures.language(person, self._clock())
        greeting = self.greeting(person[0], spoken or profile.language_code)
        said = translator(greeting.language).gettext(strangers.NOTHING_STORED)
        # No step: the greeting is stored with the first step that begins anew.
        return replace(greeting, before=(said,), step="")

    def greeting(self, channel: str, language_code: str | None) -> Reply:
        """What a new person sees first (``/start``), rendered without storing anything."""
        result = engine.step(State(), Start(language_code), self.context(channel))
        state = result.state
        screen = engine.render(state, self.context(channel), result.notices)
        return Reply(screen, state.lang or DEFAULT_LANGUAGE, step=state.screen)

    async def _stored(
        self, channel: str, external_id: str, *, requests: bool = False
    ) -> tuple[State, tuple[Request, ...]] | None:
        """The person's stored state, read without a step, and (``requests``) their
        requests if they sent one; None if the bot has not met them."""
        async with self._sessionmaker() as session:
            found = await repository.users_with_state(session, channel, [external_id])
            if external_id not in found:
                return None
            user, stored = found[external_id]
            state = State.from_dict(stored if stored else {"lang": user.language})
            if not requests or state.lead_id is None:
                return state, ()
            leads = await session.execute(
                sa.select(Lead.id, Lead.status, Lead.office)
                .where(Lead.user_id == user.id)
                .order_by(Lead.id.desc())
                .limit(10)
            )
            return state, people.as_requests(leads.all())

    async def step_of(self, channel: str, external_id: str) -> str | None:
        """The screen id a person is at (one query, nothing rendered); None if unknown."""
        found = await self._stored(channel, external_id)
        return found[0].screen if found is not None else None

    async def current(self, channel: str, external_id: str) -> Reply | None:
        """The screen a person is at, without a step (a web page reloaded); None if unknown."""
        found = await self._stored(channel, external_id, requests=True)
        if found is None:
            return None
        state, requests = found
        # With the question held for the request: a summary reloaded lost its "Question"
        # line; and with the requests, which "You already have an open request (number
        # N)" names (it said "(number )").
        held = self._held.get((channel, external_id))
        screen = engine.render(state, self.context(channel, held_question=held, requests=requests))
        return Reply(screen, state.lang or DEFAULT_LANGUAGE, same_screen=True, step=state.screen)

    async def _run_group(self, steps: list[_Step]) -> list[_Done | Exception | None]:
        try:
            return await self._commit(steps)
        except Exception as error:
            if len(steps) == 1:
                raise
            # One step's data may have failed the whole transaction: each alone, so
            # only that one fails and the others are kept.
            # The type only: PostgreSQL's text quotes the refused row, personal data.
            log.warning(
                "a group of %d steps failed (%s); trying each alone",
                len(steps),
                exception_chain(error),
            )
            outcomes: list[_Done | Exception | None] = []
            for pending in steps:
                try:
                    outcomes.extend(await self._commit([pending]))
                except Exception as alone:
                    outcomes.append(alone)
            return outcomes

    async def _commit(self, steps: list[_Step]) -> list[_Done | Exception | None]:
        """Run and store ``steps`` (of different people) together; None for a redelivery."""
        # A handful of rows per step: on SQLite its statements skip aiosqlite's thread
        # (db.sqlite_cursor.inline), so the transaction does not wait for the event
        # loop between them.
        with sqlite_cursor.inline():
            now, claims = self._clock(), _Claims.of(steps)
            if self._connection.keeps:
                quick = await self._quick(steps, now, claims)
                if quick is not None:
                    return quick
            return await self._transaction(steps, now, claims)

    async def _quick(
        self, steps: list[_Step], now: datetime, claims: _Claims
    ) -> list[_Done | Exception | None] | None:
        """PostgreSQL: the common group in two round trips and no transaction; None when
        the group needs :meth:`_transaction`, which then runs it from the start.

        The read of the people comes first, on its own; the engine steps them; then one
        statement claims the updates and writes what the steps changed, atomic by itself
        (db.steps.claim_and_save). BEGIN and COMMIT were two of a group's four round trips,
        each a wait for the server and then for the event loop (bench/README.md, round 18).
        First contacts are inserted in between by one statement that returns their rows
        (round 19); should the rest fail, the row stays, and the retry finds the person
        known without a state, as a first step does. A request sent or added to, /delete,
        /mydata and a step that failed take the transaction, where each is stored or
        rolled back on its own.
        """
        async with self._connection.statements() as db:
            taken, read = await statements.read_group(db, claims.update_ids, claims.people)
            fresh = [
                (index, s)
                for index, s in enumerate(steps)
                if s.update_id is None or s.update_id not in taken
            ]
            known, begun, requests = await self._people(db, fresh, now, read)
            runs: list[tuple[int, _Step, _Run]] = []
            states: list[statements.ClaimedState] = []
            reached: list[funnel.Key] = []
            for index, pending in fresh:
                entry = begun[index]
                if isinstance(entry, Exception):
                    return None
                user, state = entry
                try:
                    run = self._run(pending, state, requests.get(user.id, ()))
                except Exception:
                    return None  # fails again in the transaction, alone
                if run.stores_more:
                    return None
                if run.done.state.lang:
                    user.speaks(run.done.state.lang)
                counted = _reached(state, run.result, run.done.ctx.now)
                if counted is not None:
                    reached.append(counted)
                runs.append((index, pending, run))
                if not run.done.repeat:
                    states.append((user.id, run.done.state.to_dict(), pending.update_id))
            stepped = {p.update_id for _, p, _ in runs if p.update_id is not None}
            claimed = await statements.claim_and_save(
                db,
                [u for u in claims.update_ids if u in stepped],
                now,
                state=InboxState.STEPPED,
                reply_after=claims.reply_after,
                chats=claims.chats,
                totals=funnel.totals(reached),
                people=[user for user, _ in known.values()],
                states=states,
            )
        outcomes: dict[int, _Done] = {}
        for index, pending, run in runs:
            # A step whose update was claimed meanwhile stored nothing: a redelivery.
            if pending.update_id is None or pending.update_id in claimed:
                self._hold((pending.channel, pending.external_id), run.held)
                outcomes[index] = run.done
        return [outcomes.get(index) for index in range(len(steps))]

    async def _transaction(
        self, steps: list[_Step], now: datetime, claims: _Claims
    ) -> list[_Done | Exception | None]:
        outcomes: dict[int, _Done | Exception] = {}
        async with self._connection.transaction() as tx:
            # The inbox row turns "stepped": its reply is owed until bot.inbox marks it done.
            claimed, read = await statements.claim_and_read(
                tx,
                claims.update_ids,
                now,
                claims.people,
                state=InboxState.STEPPED,
                reply_after=claims.reply_after,
                chats=claims.chats,
            )
            fresh = [
                (index, s)
                for index, s in enumerate(steps)
                if s.update_id is None or s.update_id in claimed
            ]
            known, begun, requests = await self._people(tx, fresh, now, read)
            states: list[tuple[int, dict[str, Any]]] = []
            released: list[int] = []
            reached: list[funnel.Key] = []
            for index, pending in fresh:
                entry = begun[index]
                try:
                    if isinstance(entry, Exception):
                        raise entry
                    user, state = entry
                    done, counted = await self._apply(
                        tx, pending, user, state, requests.get(user.id, ())
                    )
                except Exception as error:
                    outcomes[index] = error
                    if pending.update_id is not None:
                        released.append(pending.update_id)
                    continue
                outcomes[index] = done
                if counted is not None:
                    reached.append(counted)
                if not done.erased and not done.repeat:
                    states.append((user.id, done.state.to_dict()))
            # A step that failed counts nothing in the funnel.
            await statements.save_group(
                tx, funnel.totals(reached), [user for user, _ in known.values()], states, now
            )
            # A failed step is rolled back on its own, its update id too: a retry is a new try.
            await repository.release_updates(tx.connection, released)
        return [outcomes.get(index) for index in range(len(steps))]

    async def _people(
        self,
        db: direct.Direct,
        fresh: list[tuple[int, _Step]],
        now: datetime,
        read: statements.Found,
    ) -> tuple[
        dict[people.Person, people.Known],
        dict[int, tuple[UserRow, State] | Exception],
        dict[int, tuple[Request, ...]],
    ]:
        """The people of a group's steps to run (first contacts inserted), each step's
        stored state by its index, and the requests of those who sent one."""
        profiles = {
            (s.channel, s.external_id): (s.profile.username, s.profile.first_name) for _, s in fresh
        }
        known = await people.known_users(db, profiles, now, self.leadless, read)
        begun = people.stored_states({i: (s.channel, s.external_id) for i, s in fresh}, known)
        return known, begun, await people.requests(db, begun)

    async def _apply(
        self,
        tx: direct.Direct,
        pending: _Step,
        user: UserRow,
        state: State,
        requests: tuple[Request, ...],
    ) -> tuple[_Done, funnel.Key | None]:
        """One person's step inside the group's transaction; raises if only it failed.

        Returns the step and the funnel step it reached, counted with the group's.
        """
        run = self._run(pending, state, requests)
        self._hold((pending.channel, pending.external_id), run.held)
        result, done = run.result, run.done
        if result.erase or result.export:
            # Rare: the ORM, in the group's transaction, with a savepoint so that a
            # failure undoes only this step's effects.
            if result.export:
                # The copy shows the names this step may just have refreshed.
                await statements.save_people(tx, [user], done.ctx.now)
            session = tx.session()
            async with session.begin_nested():
                await self._rights(session, user.id, result, done)
        if (result.lead is not None or result.addition is not None) and not done.erased:
            # A request sent or added to, about one step in thirty: on the driver, as the
            # group's own statements, with a savepoint of its own.
            async with tx.savepoint():
                await self._request(tx, user.id, pending, result, done)
        if done.state.lang and not done.erased:
            # Written with the group, stamped with the step's clock (retention reads it).
            user.speaks(done.state.lang)
        return done, _reached(state, result, done.ctx.now)

    def _run(self, pending: _Step, state: State, requests: tuple[Request, ...]) -> _Run:
        """The engine's step for one person of the group; nothing stored or held yet."""
        ctx = self.context(
            pending.channel,
            held_question=self._held.get((pending.channel, pending.external_id)),
            requests=requests,
            client_language=pending.profile.language_code,
            wish=pending.wish,
        )
        result = engine.step(state, pending.event, ctx)
        held = None if result.erase else result.held_question
        new = result.state
        done = _Done(
            new,
            # Rendered with the question held now: a summary shows one typed on it.
            replace(ctx, held_question=held),
            result.notices,
            previous=state.screen,
            had_contact=contact_question(state) is not None,
            repeat=result.repeat,
            given_back=result.given_back,
        )
        return _Run(result, done, held)

    def _hold(self, person: tuple[str, str], question: str | None) -> None:
        if question is None:
            self._held.pop(person, None)
            return
        self._held[person] = question
        self._held.move_to_end(person)
        while len(self._held) > HELD_QUESTIONS:
            self._held.popitem(last=False)

    async def _rights(
        self, session: AsyncSession, user_id: int, result: Result, done: _Done
    ) -> None:
        """A step's privacy right: erase the person's data, or a copy of it (/mydata)."""
        if result.erase:
            await rights.erase(session, await _orm_user(session, user_id), done.ctx.now)
            # No id: the journal outlives the row, and a backup would tie the id to them.
            log.info("a person erased their data")
            done.erased = True
            return
        if result.export:
            data = await rights.collect(session, await _orm_user(session, user_id))
            t = translator(done.state.lang or DEFAULT_LANGUAGE)
            cities = {key: office.city for key, office in done.ctx.offices.items()}
            done.before = split.pages(rights.describe(data, t, cities))
            done.attachment = ("kausa-my-data.json", rights.as_json(data))

    async def _request(
        self, tx: direct.Direct, user_id: int, pending: _Step, result: Result, done: _Done
    ) -> None:
        """Answers added to the open request, or a new request stored as a lead."""
        now = done.ctx.now
        if result.addition is not None and not await self._add_to_request(
            tx, user_id, result.addition, now
        ):
            # The person must not read "added": they hear why, and start from the menu.
            home(done.state)
            done.notices.append(Notice(CLOSED_MEANWHILE))
        draft = result.lead
        if draft is None or not await self._within_quota(tx, user_id, draft, done):
            return
        fields = self._lead_fields(user_id, pending.channel, draft, pending.profile, now)
        lead_id = await statements.insert_lead(tx, fields, now)
        for target in lead_targets(self._offices.get(draft.office or ""), mail=self._mail_enabled):
            await statements.enqueue(
                tx, kind=OutboxKind.LEAD_NEW, target=target, lead_id=lead_id, now=now
            )
        tx.note(News(lead_id, draft.office))  # the inbox's list shows it live
        # Before the commit: from now on their messages are asked about (bot.dialogue.leadless).
        self.leadless.discard((pending.channel, pending.external_id))
        done.lead_id = done.state.lead_id = lead_id
        log.info("lead %s stored for office %s", lead_id, draft.office)

    async def _within_quota(
        self, tx: direct.Direct, user_id: int, draft: LeadDraft, done: _Done
    ) -> bool:
        """Whether the submitted request becomes a new lead (bot.dialogue.quota).

        Otherwise it joined the person's request of a few minutes ago, or it was one
        too many for the day; the person's screen says which.
        """
        now = done.ctx.now
        rows = await statements.recent_leads(tx, user_id, now - quota.DAY, quota.KEPT)
        recent = [
            quota.Recent(id_, at, status in OPEN_STATUSES, kept) for id_, at, status, kept in rows
        ]
        placement = quota.place(recent, now, tuple(getattr(draft, k) for k in quota.KEPT))
        if placement.refused:
            log.info("a further request of a person today declined")
            home(done.state)
            done.notices.append(Notice(quota.TOO_MANY))
            return False
        if placement.join is None:
            return True
        addition = Addition(placement.join, draft.flow, draft.answers)
        if not await self._add_to_request(tx, user_id, addition, now):
            return True  # closed meanwhile after all: a new lead
        show_added(done.state, placement.join)
        return False

    @staticmethod
    async def _add_to_request(
        tx: direct.Direct, user_id: int, addition: Addition, now: datetime
    ) -> bool:
        """Answers for the open request: merged into it, the card updated, the group told.

        False when the request was closed (or erased) since the person chose to add to it.
        """
        lead_id = addition.lead_id
        # Typed texts join the request's earlier ones; a choice takes the earlier's place.
        joined = [k for k in addition.answers if k in FREE_TEXT_KEYS or k.endswith("_other")]
        if not await statements.add_to_lead(tx, user_id, lead_id, addition.answers, now, joined):
            log.info("addition to lead %s refused: not open", lead_id)
            return False
        await statements.enqueue(
            tx, kind=OutboxKind.LEAD_REFRESH, target=OutboxTarget.TELEGRAM, lead_id=lead_id, now=now
        )
        await statements.enqueue(
            tx,
            kind=OutboxKind.GROUP_NOTICE,
            target=OutboxTarget.TELEGRAM,
            lead_id=lead_id,
            now=now,
            payload={"text": addition_notice(lead_id, addition.flow)},
        )
        log.info("answers added to lead %s", lead_id)
        return True

    async def stop_contact(self, channel: str, external_id: str, *, stop: bool = True) -> None:
        """The person blocked the bot (or, with ``stop=False``, unblocked it)."""
        async with self._sessionmaker() as session, session.begin():
            user = await repository.get_user(session, channel, external_id)
            if user is not None:
                await rights.stop_contact(session, user, stop=stop)

    @staticmethod
    def _lead_fields(
        user_id: int, channel: str, draft: LeadDraft, profile: Profile, now: datetime
    ) -> dict[str, Any]:
        """A new lead's columns (db.models.Lead) from the step's draft."""
        return {
            # The step's clock, which the quota compares with (bot.dialogue.quota).
            "created_at": now,
            "user_id": user_id,
            "flow": draft.flow,
            "answers": draft.answers,
            "office": draft.office,
            "postal_code": draft.postal_code,
            "language": draft.language,
            "channel": channel,
            "name": draft.name,
            "phone": draft.phone,
            "email": draft.email,
            "contact_via_telegram": draft.contact_via_telegram,
            "telegram_username": profile.username if channel == "telegram" else None,
            "preferred_time": draft.preferred_time,
            "callback_language": draft.callback_language,
            "consent_version": draft.consent_version,
            "consent_language": draft.consent_language,
            "consent_at": draft.consent_at,
        }


def _reached(before: State, result: Result, now: datetime) -> funnel.Key | None:
    """The funnel step a step reached, counted with its group's (after what storing its
    request did to its state: a declined request ends in the menu)."""
    new = result.state
    reached = funnel.step_reached(before, new, sent=result.lead is not None)
    flow = new.flow or (result.lead.flow if result.lead is not None else None)
    if reached is None or flow is None:
        return None
    return (now.date(), flow, new.lang or DEFAULT_LANGUAGE, reached)


async def _orm_user(session: AsyncSession, user_id: int) -> User:
    """The person's row as an ORM object, for the privacy rights (bot.privacy.rights)."""
    user = await session.get(User, user_id)
    if user is None:
        raise LookupError("the person's user row disappeared during the step")
    return user
