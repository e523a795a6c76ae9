"""Lead submission: from "send" to the committed lead, and on to the advisor group.

Two measurements with the real application (JobQueue running, as ``python -m
bot run`` has it):

* latency: people submit leads one after another (a callback request each);
  for every lead, the time from its commit to the moment the outbox's
  notification to the advisor group leaves the bot (the Bot API call is made).
* drain: many leads are waiting; how fast one outbox run delivers them
  (``bot.outbox.worker.deliver_due`` called directly), i.e. its cost per notification.

``python -m bench.outbox --db sqlite`` prints the JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import re
import sys
import time
from typing import Any

import sqlalchemy as sa

from bench.databases import fresh_database
from bench.machine import emit, pin, pinned_to
from bench.steps import ADVISOR_CHAT, ErrorCount, Walker, bot_target, percentiles
from bench.users import Person, callback
from bot.ops import jobs
from bot.outbox import worker
from db.models import OutboxMessage, utcnow

_LEAD_NUMBER = re.compile(r"Anfrage #(\d+)")


def _sent_at(sends: list[tuple[float, int, str]]) -> dict[int, float]:
    """When the first advisor message naming each lead left the bot."""
    first: dict[int, float] = {}
    for at, _chat, text in sends:
        match = _LEAD_NUMBER.search(text)
        if match:
            first.setdefault(int(match.group(1)), at)
    return first


async def latency(db: str, *, leads: int, gap: float, seed: int = 7) -> dict[str, Any]:
    """Commit-to-notification time for ``leads`` leads submitted ``gap`` seconds apart."""
    async with fresh_database(db) as url, bot_target(url, jobs=True) as target:
        target.api.watched.add(ADVISOR_CHAT)
        walker = Walker(target)
        rng = random.Random(seed)
        for index in range(leads):
            person = Person(20_000_000 + index, "de")
            await walker.play(person, callback(rng.choice(["de", "en", "ar"]), rng))
            await asyncio.sleep(gap)
        committed = dict(target.lead_committed)
        deadline = time.perf_counter() + jobs.OUTBOX_INTERVAL * 3 + 5
        while time.perf_counter() < deadline:
            if set(_sent_at(target.api.watched_sends)) >= set(committed):
                break
            await asyncio.sleep(0.05)
        sent = _sent_at(target.api.watched_sends)
        waits = [sent[lead] - at for lead, at in committed.items() if lead in sent]
        return {
            "leads": len(committed),
            "notified": len(waits),
            "lead_commit_ms": percentiles(target.lead_commits),
            "commit_to_notification_ms": percentiles(waits),
            "outbox_interval_s": jobs.OUTBOX_INTERVAL,
        }


async def drain(db: str, *, leads: int, seed: int = 8) -> dict[str, Any]:
    """Deliver ``leads`` waiting notifications with back-to-back outbox runs."""
    async with fresh_database(db) as url, bot_target(url, jobs=False) as target:
        target.api.watched.add(ADVISOR_CHAT)
        walker = Walker(target, record=False)
        rng = random.Random(seed)
        people = [Person(30_000_000 + i, "de") for i in range(leads)]
        await asyncio.gather(*(walker.play(p, callback("de", rng)) for p in people))
        assert target.services is not None
        outbox = target.services.outbox
        started = time.perf_counter()
        cpu_started = time.process_time()
        runs = 0
        while True:
            report = await worker.deliver_due(
                target.services.sessionmaker, target.application.bot, utcnow(), outbox
            )
            runs += 1
            if not (report.sent or report.retried or report.cancelled):
                break
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        async with target.services.sessionmaker() as session:
            pending = await session.scalar(
                sa.select(sa.func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status == "pending")
            )
        delivered = len(_sent_at(target.api.watched_sends))
        return {
            "leads": leads,
            "delivered": delivered,
            "pending_after": int(pending or 0),
            "runs": runs,
            "notifications_per_s": delivered / elapsed if elapsed else 0.0,
            "cpu_ms_per_notification": cpu / delivered * 1000 if delivered else 0.0,
        }


async def measure(db: str, *, leads: int, gap: float, drain_leads: int) -> dict[str, Any]:
    """Both outbox measurements on fresh databases."""
    with ErrorCount() as errors:
        result: dict[str, Any] = {
            "db": db,
            "cpus": pinned_to(),
            "latency": await latency(db, leads=leads, gap=gap),
            "drain": await drain(db, leads=drain_leads),
        }
    result["errors"] = errors.count
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.outbox", description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--leads", type=int, default=20)
    parser.add_argument("--gap", type=float, default=0.3, help="seconds between two leads")
    parser.add_argument("--drain", type=int, default=200, help="leads for the drain run")
    parser.add_argument("--cpu", type=int, default=0, help="pin to this CPU (-1: no pinning)")
    parser.add_argument("--json", help="write the result here instead of stdout")
    args = parser.parse_args(argv)
    pin(args.cpu if args.cpu >= 0 else None)
    logging.basicConfig(level=logging.WARNING)
    result = asyncio.run(measure(args.db, leads=args.leads, gap=args.gap, drain_leads=args.drain))
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
