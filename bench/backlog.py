"""A getUpdates backlog stored in the inbox: one transaction per update vs one per batch.

After a restart (or under load) Telegram hands the bot up to 100 updates in one
getUpdates answer. Before python-telegram-bot may confirm them, every one must be in
the inbox (issue 15). Stored one by one, as the Updater's ``put`` did, each costs a
transaction of its own; stored as one batch (``Inbox.receive_batch``, called from
``bot.inbox.polling.InboxBot.get_updates``) the whole answer costs one. Both ways end
with every update's ``receive`` (its ``put``), as in the bot.

``python -m bench.backlog --db sqlite|postgres [--updates 50] [--rounds 20]`` prints the
median milliseconds per backlog for both ways as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import sys
import time
from typing import Any

from telegram import Update

from bench.databases import fresh_database
from bench.machine import emit, pin, pinned_to
from bot.inbox.polling import read_batch
from bot.inbox.store import Inbox, Row
from db.models import utcnow
from db.session import create_engine, create_sessionmaker

_IDS = itertools.count(1)


def backlog(size: int) -> bytes:
    """A getUpdates answer of ``size`` typed messages from as many people."""
    updates: list[dict[str, Any]] = []
    for n in range(size):
        update_id = next(_IDS)
        person = 80_000 + n
        updates.append(
            {
                "update_id": update_id,
                "message": {
                    "message_id": update_id,
                    "date": int(time.time()),
                    "chat": {"id": person, "type": "private", "first_name": "Lina"},
                    "from": {"id": person, "is_bot": False, "first_name": "Lina"},
                    "text": "Bäckerei Sonne",
                },
            }
        )
    return json.dumps({"ok": True, "result": updates}).encode()


def _read(payload: bytes) -> tuple[tuple[Update, ...], list[Row]]:
    return read_batch(json.loads(payload)["result"], None)


async def one_by_one(inbox: Inbox, payload: bytes) -> None:
    """As the Updater's puts did: one ``receive`` (one transaction) after the other."""
    updates, rows = _read(payload)
    for update, (_, _, raw) in zip(updates, rows, strict=True):
        await inbox.receive(update, raw)


async def as_a_batch(inbox: Inbox, payload: bytes) -> None:
    """As InboxBot.get_updates does: the batch in one transaction, then each update's put."""
    updates, rows = _read(payload)
    await inbox.receive_batch(rows)
    for update in updates:
        await inbox.receive(update)


async def measure(kind: str, size: int, rounds: int) -> dict[str, Any]:
    """Median and best milliseconds per backlog of ``size`` updates, both ways."""
    async with fresh_database(kind) as url:
        engine = create_engine(url)
        inbox = Inbox(create_sessionmaker(engine), utcnow)
        times: dict[str, list[float]] = {"one_by_one": [], "batch": []}
        try:
            # Alternating, so a slower moment of the machine weighs on both alike.
            for _ in range(rounds):
                for name, store in (("one_by_one", one_by_one), ("batch", as_a_batch)):
                    payload = backlog(size)
                    started = time.perf_counter()
                    await store(inbox, payload)
                    times[name].append((time.perf_counter() - started) * 1000)
            await inbox.close()
        finally:
            await engine.dispose()
    result: dict[str, Any] = {"db": kind, "updates": size, "rounds": rounds, "cpu": pinned_to()}
    for name, values in times.items():
        result[f"{name}_ms_median"] = round(statistics.median(values), 2)
        result[f"{name}_ms_best"] = round(min(values), 2)
    result["speedup"] = round(result["one_by_one_ms_median"] / result["batch_ms_median"], 1)
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.backlog", description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--updates", type=int, default=50, help="updates in one backlog")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--cpu", type=int, default=-1, help="pin to this CPU (-1: no pinning)")
    parser.add_argument("--json", help="write the result here instead of stdout")
    args = parser.parse_args(argv)
    pin(args.cpu if args.cpu >= 0 else None)
    emit(asyncio.run(measure(args.db, args.updates, args.rounds)), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
