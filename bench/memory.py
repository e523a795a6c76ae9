"""Resident memory of the bot process as stored conversations pile up.

New people keep arriving (each sends /start: a user row and a conversation
row are stored) through the real application, many at a time, and the
process's RSS is read after 10,000 and after 100,000 of them, together with
the in-memory structures that could grow per person: python-telegram-bot's
user_data/chat_data, the dialogue's per-person locks, the handler's
language cache. The simulated people are forgotten as soon as they are done,
so what grows is the bot (and SQLite's page cache), not the harness.

``python -m bench.memory --conversations 10000,100000`` prints the JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import logging
import sys
import time
from typing import Any

from bench.databases import fresh_database, sqlite_size_mib
from bench.machine import emit, pin, pinned_to, rss_mib
from bench.steps import ErrorCount, Walker, bot_target, stored_rows
from bench.users import CLIENT_LANGUAGES, Person

FIRST_USER_ID = 40_000_000


def _sizes(target: Any) -> dict[str, int]:
    application = target.application
    dialogue = target.services.dialogue
    return {
        "ptb_user_data": len(application.user_data),
        "ptb_chat_data": len(application.chat_data),
        # Private attributes, read only to see whether they grow with the people seen.
        "dialogue_locks": len(getattr(dialogue, "_locks", ())),
        "language_cache": len(target.services.recent_languages),
    }


async def measure(db: str, checkpoints: list[int], *, concurrency: int) -> dict[str, Any]:
    """RSS and per-person structures after each checkpoint of stored conversations."""
    with ErrorCount() as errors:
        return await _measure(db, checkpoints, concurrency, errors)


async def _measure(
    db: str, checkpoints: list[int], concurrency: int, errors: ErrorCount
) -> dict[str, Any]:
    points = []
    async with fresh_database(db) as url, bot_target(url) as target:
        walker = Walker(target, record=False)
        # One person first, so imports and pools are in place for the baseline.
        await walker.play(Person(1, "de"), [("text", "/start")])
        gc.collect()
        baseline = rss_mib()
        counter = itertools.count()
        started = time.perf_counter()

        async def worker(limit: int) -> None:
            while (index := next(counter)) < limit:
                lang = CLIENT_LANGUAGES[index % len(CLIENT_LANGUAGES)]
                person = Person(FIRST_USER_ID + index, lang)
                await walker.play(person, [("text", "/start")])
                target.api.forget(person.user_id)

        for checkpoint in sorted(checkpoints):
            await asyncio.gather(*(worker(checkpoint) for _ in range(concurrency)))
            # The workers stopped by drawing one index each past the checkpoint.
            counter = itertools.count(checkpoint)
            gc.collect()
            rows = await stored_rows(url)
            points.append(
                {
                    "conversations": rows["conversations"],
                    "rss_mib": rss_mib(),
                    "db_mib": sqlite_size_mib(url),
                    "elapsed_s": time.perf_counter() - started,
                    **_sizes(target),
                }
            )
    return {
        "db": db,
        "cpus": pinned_to(),
        "baseline_rss_mib": baseline,
        "points": points,
        "errors": errors.count,
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--conversations", default="10000,100000", help="checkpoints")
    parser.add_argument("--concurrency", type=int, default=500)
    parser.add_argument("--cpu", type=int, default=-1, help="pin to this CPU (-1: no pinning)")
    parser.add_argument("--json", help="write the result here instead of stdout")
    args = parser.parse_args(argv)
    pin(args.cpu if args.cpu >= 0 else None)
    logging.basicConfig(level=logging.WARNING)
    checkpoints = [int(c) for c in args.conversations.split(",") if c]
    result = asyncio.run(measure(args.db, checkpoints, concurrency=args.concurrency))
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
