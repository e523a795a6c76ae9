"""Step throughput and latency: the real Application fed in-process, or a bare echo bot.

Each simulated person walks scripts from :mod:`bench.users`, one update at a
time (a step is awaited before the person's next one), many people at once.
Every update is built as Telegram would send it, parsed with
``Update.de_json`` and handed to ``Application.process_update``; the time of
that call is the step latency. Bot API calls are answered by
:class:`testkit.local_api.LocalBotAPI`, so no network is involved.

``python -m bench.steps --target bot --db sqlite --users 500 --rounds 2`` runs
one measurement and prints (or writes) its JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bench import http_api, notifications, statements, waits
from bench.databases import fresh_database, postmaster_pid, sqlite_size_mib
from bench.long_poll import LongPoll, LongPollRequest, report_handled
from bench.machine import (
    core_speed_ms,
    cpu_share,
    emit,
    held_back,
    pin,
    pinned_processes,
    pinned_to,
    server_processes,
)
from bench.peers.naive import use_naive_dialogue
from bench.peers.pickled import pickled_application
from bench.users import CLIENT_LANGUAGES, Person, Updates, button_data, script_for
from bot.app import build_application, build_services
from bot.config import Settings, load_settings
from bot.dialogue.service import Dialogue, Reply
from bot.inbox.feed import InboxQueue
from bot.inbox.lean import lean
from bot.ops import runner
from bot.ops.pace import PersonPace
from bot.services import Services
from db.models import Conversation, InboundUpdate, Lead, OutboxMessage, User
from testkit.local_api import LocalBotAPI

#: A well-formed token for the local API; it never leaves the process.
TOKEN = "123456:BENCHxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
FIRST_USER_ID = 10_000_000
#: The bot's own setting (bot/app.py); the echo gets the same.
CONCURRENT_UPDATES = 64
#: What a step run can drive: the bot, the bare echo, and the peers of bench/peers/.
TARGETS = ("bot", "echo", "naive", "pickle", "pickle-flush")
#: How updates reach the target: handed over as a webhook does, or fetched by getUpdates.
INTAKES = ("direct", "polling")


class ErrorCount(logging.Handler):
    """Counts ERROR records: a failed step logs one (and the person gets an apology)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    def __enter__(self) -> ErrorCount:
        logging.getLogger().addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger().removeHandler(self)


#: A per-person pace no simulated person reaches.
UNLIMITED = 10**9


def unpaced_rate_limiter() -> AIORateLimiter:
    """The bot's AIORateLimiter without the 30 messages/s pace (that is Telegram's limit)."""
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)


@dataclass
class Target:
    """An initialized Application and how to reach what it stores."""

    application: Application
    api: LocalBotAPI
    services: Services | None = None
    database_url: str | None = None
    #: Seconds from the start of the "send" step to the committed lead.
    lead_commits: list[float] = field(default_factory=list)
    #: perf_counter() when each lead (by id) was committed.
    lead_committed: dict[int, float] = field(default_factory=dict)
    step_started: dict[int, float] = field(default_factory=dict)
    #: Seconds each step spent in the dialogue service: waiting for its group, the
    #: group's transaction, the engine (where a slow step waits, with the API calls).
    dialogue_times: list[float] = field(default_factory=list)
    #: Update ids grow across runs on one target, as Telegram's do (they are deduplicated).
    updates: Updates = field(default_factory=Updates)
    #: Where people post their updates with ``--intake polling`` (the Updater fetches them).
    poll: LongPoll | None = None


def _time_dialogue(target: Target, dialogue: Dialogue) -> None:
    """Time every ``dialogue.handle`` (it returns after its transaction) and each lead's commit."""
    handle = dialogue.handle

    async def timed(channel: str, external_id: str, *args: Any, **kwargs: Any) -> Reply | None:
        entered = time.perf_counter()
        reply = await handle(channel, external_id, *args, **kwargs)
        now = time.perf_counter()
        target.dialogue_times.append(now - entered)
        if reply is not None and reply.lead_id is not None:
            target.lead_committed[reply.lead_id] = now
            started = target.step_started.get(int(external_id))
            if started is not None:
                target.lead_commits.append(now - started)
        return reply

    setattr(dialogue, "handle", timed)  # noqa: B010 - an instance attribute shadows the method


#: The advisor group of every office in the benchmarks (the outbox writes there).
ADVISOR_CHAT = -1001000000001


@asynccontextmanager
async def bot_api(transport: str, keep_last: bool) -> AsyncIterator[tuple[LocalBotAPI, str]]:
    """The Bot API of a run: in-process (``local``) or over HTTP with the named client."""
    if transport == "local":
        yield LocalBotAPI(keep_last=keep_last), "https://api.telegram.org/bot"
    else:
        async with http_api.served(transport, keep_last=keep_last) as served:
            yield served


@asynccontextmanager
async def bot_target(
    database_url: str,
    *,
    keep_last: bool = True,
    jobs: bool = False,
    transport: str = "local",
    naive: bool = False,
    intake: str = "direct",
) -> AsyncIterator[Target]:
    """The real application: every handler, the engine, the database layer.

    ``jobs`` starts the Application (its JobQueue runs the outbox and reminders);
    without it only updates are processed, which is what the step benchmark measures.
    ``transport`` other than ``local`` talks HTTP to a Bot API server (bench/http_api.py).
    ``naive`` stores each step in a transaction of its own (bench/peers/naive.py).
    ``intake`` ``polling`` feeds the updates through the bot's Updater (bench/long_poll.py).
    """
    poll = LongPoll() if intake == "polling" else None
    async with bot_api(transport, keep_last) as (api, base_url):
        async with application_target(database_url, api, base_url, jobs, naive, poll) as target:
            yield target


def _settings(database_url: str, base_url: str) -> Settings:
    return load_settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        database_url=database_url,
        log_level="WARNING",
        advisor_chat_id=ADVISOR_CHAT,
        health_port=None,
        web_enabled=False,
        smtp_host=None,
        telegram_base_url=base_url,
    )


@asynccontextmanager
async def application_target(
    database_url: str,
    api: LocalBotAPI,
    base_url: str,
    jobs: bool,
    naive: bool = False,
    poll: LongPoll | None = None,
) -> AsyncIterator[Target]:
    """The real application on ``api`` (see :func:`bot_target`)."""
    services = build_services(_settings(database_url, base_url))
    # Simulated people of an unpaced run press faster than the per-person limit of 30
    # updates a minute (bot/ops/pace.py); silenced updates would count as steps that
    # cost nothing and end the person's script with a missing button.
    services.pace = PersonPace(limit=UNLIMITED)
    if naive:
        use_naive_dialogue(services)
    application = build_application(
        services,
        request=api,
        updates_request=LongPollRequest(poll) if poll is not None else None,
        rate_limiter=unpaced_rate_limiter(),
        schedule_jobs=jobs,
    )
    target = Target(application, api, services, database_url, poll=poll)
    _time_dialogue(target, services.dialogue)
    try:
        async with application:
            # run_polling would call post_init (command menu, descriptions) before the first
            # update; do the same so the bot starts exactly as in production.
            if application.post_init is not None:
                await application.post_init(application)
            async with _serving(application, poll, start=jobs):
                yield target
    finally:
        await services.close()


@asynccontextmanager
async def _serving(
    application: Application[Any, Any, Any, Any, Any, Any], poll: LongPoll | None, *, start: bool
) -> AsyncIterator[None]:
    """Started (its JobQueue and update queue) if ``start`` or fed by ``poll``; with
    ``poll``, polling as ``python -m bot run`` polls."""
    if poll is not None:
        report_handled(application, poll)
    if start or poll is not None:
        await application.start()
    try:
        if poll is None:
            yield
        else:
            stop_polling = await runner.start_polling(application)
            try:
                yield
            finally:
                await stop_polling()
    finally:
        if application.running:
            await application.stop()


async def _echo_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None and update.effective_message is not None
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text or "")


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()


@asynccontextmanager
async def echo_target(transport: str = "local", intake: str = "direct") -> AsyncIterator[Target]:
    """A bare python-telegram-bot echo: the framework's ceiling on the same harness."""
    poll = LongPoll() if intake == "polling" else None
    async with bot_api(transport, False) as (api, base_url):
        async with _echo_target(api, base_url, poll) as target:
            yield target


@asynccontextmanager
async def _echo_target(
    api: LocalBotAPI, base_url: str, poll: LongPoll | None
) -> AsyncIterator[Target]:
    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(base_url)
        .request(api)
        .get_updates_request(LongPollRequest(poll) if poll is not None else api)
        .concurrent_updates(CONCURRENT_UPDATES)
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, _echo_text))
    application.add_handler(CallbackQueryHandler(_answer))
    async with application, _serving(application, poll, start=False):
        yield Target(application, api, poll=poll)


@asynccontextmanager
async def pickled_target(
    database_url: str, transport: str = "local", *, flush_every_update: bool
) -> AsyncIterator[Target]:
    """python-telegram-bot's idiom: ConversationHandler + PicklePersistence (bench/peers)."""
    async with bot_api(transport, True) as (api, base_url):
        # The bot's services only give the engine its offices, privacy texts and clock.
        services = build_services(_settings(database_url, base_url))
        directory = Path(tempfile.mkdtemp(prefix="kausa-pickle-"))
        try:
            async with pickled_application(
                api,
                base_url,
                TOKEN,
                directory,
                services.dialogue.context,
                flush_every_update=flush_every_update,
                concurrent_updates=CONCURRENT_UPDATES,
            ) as application:
                # No database_url: nothing of the peer is stored in the database.
                yield Target(application, api, services)
        finally:
            await services.close()
            shutil.rmtree(directory, ignore_errors=True)


@dataclass
class Outcome:
    """What one run measured."""

    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    scenarios: Counter[str] = field(default_factory=Counter)
    completed: Counter[str] = field(default_factory=Counter)
    misses: int = 0
    wall: float = 0.0
    cpu: float = 0.0


#: Presses made only when the button is there (bench/users.py).
OPTIONAL = frozenset({"press?", "press+"})


def _kind(action: str, value: str) -> str:
    if action.startswith("press"):
        return "send" if value == "s" else "press"
    return "start" if value == "/start" else "text"


class Walker:
    """Plays people's scripts against a target: one awaited update after another."""

    def __init__(
        self, target: Target, *, record: bool = True, deadline: float | None = None
    ) -> None:
        self.target = target
        self.outcome = Outcome()
        #: False for long runs that only need the side effects (memory benchmark).
        self.record = record
        #: perf_counter() after which no new step starts (runs of a fixed duration).
        self.deadline = deadline
        # The echo's presses carry a message as Telegram sends it (the bot's carry its
        # screen): a date of 0 would mark it inaccessible, which python-telegram-bot
        # parses as a lighter object than the Message every real press brings.
        self._stub: dict[str, Any] = {
            "message_id": 1,
            "date": int(time.time()),
            "from": target.api.bot_user,
            "text": "…",
        }

    async def step(self, person: Person, update: dict[str, Any], kind: str) -> None:
        """Parse one update as the webhook would and process it, or post it for the
        Updater to fetch (``--intake polling``); time it."""
        if self.target.poll is not None:
            started = time.perf_counter()
            self.target.step_started[person.user_id] = started
            await self.target.poll.post(update)
        else:
            started = await self._handed_over(person, update)
        del self.target.step_started[person.user_id]
        if self.record:
            elapsed = time.perf_counter() - started
            self.outcome.latencies.append(elapsed)
            self.outcome.by_kind.setdefault(kind, []).append(elapsed)

    async def _handed_over(self, person: Person, update: dict[str, Any]) -> float:
        """As the webhook hands an update over; returns when the step started."""
        application = self.target.application
        queue = application.update_queue
        if isinstance(queue, InboxQueue):
            lean(update)  # as the bot's webhook does before parsing
        parsed = Update.de_json(update, application.bot)
        started = time.perf_counter()
        self.target.step_started[person.user_id] = started

        async def process() -> None:
            # As the Application does for polled updates: at most concurrent_updates at once.
            await application.update_processor.process_update(
                parsed, application.process_update(parsed)
            )

        services = self.target.services
        if isinstance(queue, InboxQueue) and services is not None:
            # As the webhook's put does (bot.inbox.feed): a person's update is handled first
            # and stored by its step's claim, any other stored first; the step ends when
            # it is both handled and stored. The webhook's response may answer the press,
            # and Telegram makes that call (bot.inbox.replies).
            replies = services.webhook_replies
            replies.open(parsed.update_id)
            try:
                await queue.hand_over(parsed, process, json.dumps(update))
            finally:
                reply = replies.close(parsed.update_id)
            if reply is not None:
                self.target.api.performed(reply)
        else:
            await process()
        return started

    def past_deadline(self) -> bool:
        """True once a run of a fixed duration is over."""
        return self.deadline is not None and time.perf_counter() >= self.deadline

    async def pause(self, seconds: float) -> None:
        """Sleep ``seconds``, or until the deadline if that comes first."""
        if self.deadline is not None:
            seconds = min(seconds, max(0.0, self.deadline - time.perf_counter()))
        await asyncio.sleep(seconds)

    async def play(
        self,
        person: Person,
        script: list[tuple[str, str]],
        *,
        think: float = 0.0,
        rng: random.Random | None = None,
    ) -> bool:
        """Walk ``script``; False if a button to press was not on the last message.

        A run of a fixed duration ends scripts half-way (True: nothing was missing).
        """
        updates = self.target.updates
        for action, value in script:
            if self.past_deadline():
                return True
            if action == "text":
                update = updates.message(person, value)
            elif action in OPTIONAL and (
                button_data(self.target.api.last.get(person.user_id), value) is None
                if self.target.services is not None
                else action == "press?"
            ):
                continue  # optional and not offered (bench/users.py)
            elif self.target.services is None:
                # The echo sends no buttons: press "something" on a plain message.
                message = {**self._stub, "chat": {"id": person.user_id, "type": "private"}}
                update = updates.press(person, f"0:{value}", message)
            else:
                last = self.target.api.last.get(person.user_id)
                data = button_data(last, value)
                if data is None or last is None:
                    self.outcome.misses += 1
                    return False
                update = updates.press(person, data, last)
            await self.step(person, update, _kind(action, value))
            if think and rng is not None:
                await self.pause(rng.uniform(0.5 * think, 1.5 * think))
        return True


async def drive(
    target: Target,
    *,
    users: int,
    rounds: int,
    think: float = 0.0,
    seed: int = 1,
    first_user_id: int = FIRST_USER_ID,
    duration: float | None = None,
) -> Outcome:
    """Let ``users`` people walk ``rounds`` scripts each, concurrently; time every step.

    ``think`` > 0 makes each person wait uniformly 0.5-1.5 x ``think`` seconds between
    steps (Telegram lets a bot write to one chat about once per second); 0 drives the
    bot as fast as it answers. With ``duration`` no step starts after that many
    seconds, whatever is left of the rounds.
    """
    started = time.perf_counter()
    walker = Walker(target, deadline=started + duration if duration else None)
    outcome = walker.outcome

    async def walk(index: int) -> None:
        rng = random.Random(seed * 1_000_003 + index)
        person = Person(first_user_id + index, rng.choice(CLIENT_LANGUAGES))
        if think:
            await walker.pause(rng.uniform(0, think))
        for _round in range(rounds):
            if walker.past_deadline():
                break
            name, script = script_for(rng)
            outcome.scenarios[name] += 1
            walked = await walker.play(person, script, think=think, rng=rng)
            if walked and not walker.past_deadline():
                outcome.completed[name] += 1

    cpu_started = time.process_time()
    await asyncio.gather(*(walk(i) for i in range(users)))
    outcome.wall = time.perf_counter() - started
    # All threads of the process (aiosqlite runs each connection in a thread of its own).
    outcome.cpu = time.process_time() - cpu_started
    return outcome


def percentiles(values: list[float]) -> dict[str, float]:
    """p50/p95/p99/max of ``values`` (seconds) in milliseconds."""
    if not values:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0, "max": 0.0}
    ordered = sorted(values)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive") if len(ordered) > 1 else []

    def at(p: int) -> float:
        return (cuts[p - 1] if cuts else ordered[0]) * 1000

    return {"p50": at(50), "p95": at(95), "p99": at(99), "max": ordered[-1] * 1000}


async def stored_rows(database_url: str) -> dict[str, int]:
    """How many rows of each kind a run left in the database."""
    from sqlalchemy.pool import NullPool

    from db.session import create_engine

    engine = create_engine(database_url, poolclass=NullPool)
    counts = {}
    try:
        async with engine.connect() as connection:
            for name, model in (
                ("users", User),
                ("conversations", Conversation),
                ("leads", Lead),
                ("outbox", OutboxMessage),
                ("inbound_updates", InboundUpdate),
            ):
                stmt = sa.select(sa.func.count()).select_from(model)
                counts[name] = int((await connection.execute(stmt)).scalar_one())
    finally:
        await engine.dispose()
    return counts


def _call_times(target: Target) -> list[float]:
    """Durations of the Bot API calls over HTTP (none in-process: they take microseconds)."""
    return target.api.call_times if isinstance(target.api, http_api.HttpBotAPI) else []


def summarize(outcome: Outcome, target: Target) -> dict[str, Any]:
    """The JSON-ready figures of one run."""
    steps = len(outcome.latencies)
    return {
        "steps": steps,
        "wall_s": outcome.wall,
        "steps_per_s": steps / outcome.wall if outcome.wall else 0.0,
        "cpu_ms_per_step": outcome.cpu / steps * 1000 if steps else 0.0,
        "latency_ms": percentiles(outcome.latencies),
        "latency_by_kind_ms": {
            kind: {"n": len(values), **percentiles(values)}
            for kind, values in sorted(outcome.by_kind.items())
        },
        "lead_commit_ms": {"n": len(target.lead_commits), **percentiles(target.lead_commits)},
        # Where a step's time went: the dialogue service (group commit) and each Bot API call.
        "dialogue_ms": percentiles(target.dialogue_times),
        "api_call_ms": percentiles(_call_times(target)),
        "scenarios": dict(outcome.scenarios),
        "completed": dict(outcome.completed),
        "misses": outcome.misses,
        "api_calls": dict(sorted(target.api.counts.items())),
    }


async def measure(
    target_name: str,
    db: str,
    *,
    users: int,
    rounds: int,
    think: float,
    seed: int,
    profile: str | None = None,
    warmup: int = 24,
    duration: float | None = None,
    transport: str = "local",
    database: Database = fresh_database,
    intake: str = "direct",
    server_cpus: set[int] | None = None,
) -> dict[str, Any]:
    """Run one benchmark on a fresh database and return its figures.

    ``duration`` (seconds) ends the run then, whatever is left of the rounds.
    ``transport`` ``aiohttp`` or ``httpx`` is the production run: Bot API calls over
    HTTP to a local server, and the bot's JobQueue delivering advisor notifications,
    whose work (until every lead's notification has left) is part of the figures.
    ``database`` yields the URL of the database to run on (bench/restore.py brings
    one with stored conversations). ``intake`` ``polling`` feeds the updates through the
    Updater's getUpdates (bench/long_poll.py) instead of handing them over as a webhook.
    ``server_cpus`` runs a local PostgreSQL server on those CPUs during the run (the bot's
    own core left to the bot, see :func:`bench.machine.pinned_processes`).
    """
    load = Load(users, rounds, think, seed, duration)
    with ErrorCount() as errors:
        return await _measure(
            target_name, db, load, profile, warmup, errors, transport, database, intake, server_cpus
        )


#: Yields the URL of a ready database of the given kind ("sqlite" or "postgres").
Database = Callable[[str], AbstractAsyncContextManager[str]]


@dataclass(frozen=True)
class Load:
    """Who walks how much, how fast (see :func:`drive`)."""

    users: int
    rounds: int
    think: float
    seed: int
    duration: float | None


async def _measure(
    target_name: str,
    db: str,
    load: Load,
    profile: str | None,
    warmup: int,
    errors: ErrorCount,
    transport: str = "local",
    database: Database = fresh_database,
    intake: str = "direct",
    server_cpus: set[int] | None = None,
) -> dict[str, Any]:
    users, rounds, think, seed = load.users, load.rounds, load.think, load.seed
    production = transport != "local"
    async with (
        database(db) as url,
        _server_pinned(url, server_cpus),
        _target(target_name, url, transport, intake) as target,
    ):
        # Warm-up people (every language, every dialogue) so imports, catalogs, locale
        # data and the connection pool are loaded before the clock runs, as in a bot
        # that has been up for a while.
        await drive(target, users=warmup, rounds=2, seed=seed + 99, first_user_id=1)
        # Only the production run delivers notifications; elsewhere there is nothing to wait for.
        notified_before = (
            await notifications.settle(target, len(target.lead_committed)) if production else 0
        )
        target.lead_commits.clear()
        target.dialogue_times.clear()
        _call_times(target).clear()
        target.lead_committed.clear()
        target.api.counts.clear()
        gc.collect()
        profiler = _profiler(profile)
        machine_before = cpu_share()
        with statements.counted() as trips:
            async with waits.loop_lag() as lags:
                outcome = await drive(
                    target,
                    users=users,
                    rounds=rounds,
                    think=think,
                    seed=seed,
                    duration=load.duration,
                )
            # Notifications delivered after the last step are part of the production run.
            if production and target.services is not None:
                await notifications.include(target, outcome, notified_before)
        machine_after = cpu_share()
        if profiler is not None:
            _write_profile(profiler, profile or "")
        result = summarize(outcome, target)
        result.update(
            target=target_name,
            db=db if target.database_url is not None else "-",
            users=users,
            rounds=rounds,
            think_s=think,
            duration_s=load.duration,
            cpus=pinned_to(),
            core_ms=core_speed_ms(),
            errors=errors.count,
            transport=transport,
            intake=intake,
            load_avg=os.getloadavg(),
            server_cpus=",".join(map(str, sorted(server_cpus))) if server_cpus else "any",
            loop_lag_ms=percentiles(lags),
            db_per_step=statements.per_step(trips, result["steps"]),
            **held_back(machine_before, machine_after, result["steps"]),
        )
        if production and target.services is not None:
            result.update(notifications.figures(target, outcome, notified_before))
        if target.poll is not None:
            # Updates per getUpdates answer (warm-up included): what a polled batch shares.
            result["per_batch"] = round(target.poll.updates / max(1, target.poll.batches), 2)
        if target.database_url is not None:
            result["stored"] = await stored_rows(url)
            result["db_mib"] = sqlite_size_mib(url)
    return result


@asynccontextmanager
async def _server_pinned(url: str, cpus: set[int] | None) -> AsyncIterator[None]:
    """The local PostgreSQL server of ``url`` on ``cpus`` while the block runs."""
    if not cpus:
        yield
        return
    if not url.startswith("postgresql"):
        raise SystemExit("--server-cpus is for a PostgreSQL server on this machine")
    with pinned_processes(server_processes(await postmaster_pid(url)), cpus):
        yield


@asynccontextmanager
async def _target(
    name: str, url: str, transport: str = "local", intake: str = "direct"
) -> AsyncIterator[Target]:
    if name == "echo":
        async with echo_target(transport, intake) as target:
            yield target
    elif name in ("pickle", "pickle-flush"):
        if intake != "direct":
            raise ValueError("the PicklePersistence peers are fed directly only")
        flush = name == "pickle-flush"
        async with pickled_target(url, transport, flush_every_update=flush) as target:
            yield target
    else:
        jobs = transport != "local"
        naive = name == "naive"
        async with bot_target(
            url, transport=transport, jobs=jobs, naive=naive, intake=intake
        ) as target:
            target.api.watched.add(ADVISOR_CHAT)
            yield target


def _profiler(path: str | None) -> Any:
    if not path:
        return None
    from pyinstrument import Profiler

    profiler = Profiler(async_mode="disabled", interval=0.0005)
    profiler.start()
    return profiler


def _write_profile(profiler: Any, path: str) -> None:
    profiler.stop()
    if path.endswith(".html"):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(profiler.output_html())
    else:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(profiler.output_text(unicode=True, color=False, show_all=False))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.steps", description=__doc__)
    parser.add_argument("--target", choices=TARGETS, default="bot")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds between steps")
    parser.add_argument("--duration", type=float, help="end the run after this many seconds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--transport",
        choices=http_api.TRANSPORTS,
        default="local",
        help="local: in-process Bot API; aiohttp/httpx: the production run over HTTP",
    )
    parser.add_argument(
        "--intake",
        choices=INTAKES,
        default="direct",
        help="direct: updates handed over as a webhook does; polling: fetched by the Updater",
    )
    parser.add_argument("--cpu", type=int, default=0, help="pin to this CPU (-1: no pinning)")
    parser.add_argument(
        "--server-cpus",
        help="run the local PostgreSQL server on these CPUs (e.g. 1), off the bot's core",
    )
    parser.add_argument("--profile", help="write a pyinstrument profile (.html or .txt)")
    parser.add_argument("--json", help="write the result here instead of stdout")
    return parser


def _cpus(text: str | None) -> set[int] | None:
    return {int(cpu) for cpu in text.split(",")} if text else None


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = _parser().parse_args(argv)
    pin(args.cpu if args.cpu >= 0 else None)
    logging.basicConfig(level=logging.WARNING)
    result = asyncio.run(
        measure(
            args.target,
            args.db,
            users=args.users,
            rounds=args.rounds,
            think=args.think,
            seed=args.seed,
            profile=args.profile,
            duration=args.duration,
            transport=args.transport,
            intake=args.intake,
            server_cpus=_cpus(args.server_cpus),
        )
    )
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
