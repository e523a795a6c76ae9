"""What taking a polled update costs: from getUpdates' answer to the update in the queue.

``python -m bot run`` polls Telegram by default. For every answer the bot parses each
update and stores the batch in the inbox before its Updater sees it (bot.inbox.polling);
the Updater puts each update into the update queue, which finds it stored. The plain
step runs (bench/steps.py) hand parsed updates straight to the application, as a
webhook does, so this part of a polled step is measured here: the real application's
``bot.get_updates`` through the getUpdates transport ``python -m bot run`` wraps,
answered in-process with batches prepared beforehand, then each update's ``put``.
Nothing is handled. (``bench.steps --intake polling`` measures whole polled steps.)

The updates are what people send: half taps on a screen of the bot (a message with
an eight-button keyboard, which Telegram repeats in every tap), half typed texts.

``python -m bench.polling --db sqlite|postgres [--batch 1] [--updates 3000]`` prints
CPU and wall milliseconds per update as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import logging
import os
import sys
import time
from typing import Any

from bench.databases import fresh_database
from bench.machine import core_speed_ms, emit, pin, pinned_to
from bench.steps import application_target, stored_rows
from bench.users import Person, Updates
from testkit.local_api import LocalBotAPI

_NONE = b'{"ok":true,"result":[]}'
#: Batches polled before the clock starts (catalogs, connections, caches warm).
WARM_UP = 50


def screen(api: LocalBotAPI, chat_id: int, message_id: int) -> dict[str, Any]:
    """A screen of the bot as Telegram repeats it in a tap: text and eight buttons."""
    buttons = [
        [{"text": f"Antwort Nummer {n} mit ein paar Worten", "callback_data": f"1:a:{n}"}]
        for n in range(8)
    ]
    return {
        "message_id": message_id,
        "date": int(time.time()),
        "from": api.bot_user,
        "chat": {"id": chat_id, "type": "private", "first_name": "Bench"},
        "text": "In welcher Branche arbeitet Ihr Betrieb? " * 6,
        "reply_markup": {"inline_keyboard": buttons},
    }


def batches(api: LocalBotAPI, count: int, size: int) -> list[bytes]:
    """``count`` getUpdates answers of ``size`` updates each, half taps, half texts."""
    updates = Updates()
    answers: list[bytes] = []
    made = 0
    for _ in range(count):
        items = []
        for _ in range(size):
            person = Person(20_000_000 + made % 500, "de")
            if made % 2:
                items.append(updates.message(person, "Bäckerei Sonne, Leipzig"))
            else:
                items.append(updates.press(person, "1:a:3", screen(api, person.user_id, made)))
            made += 1
        answers.append(json.dumps({"ok": True, "result": items}).encode())
    return answers


class PolledAPI(LocalBotAPI):
    """The in-process Bot API, answering getUpdates with the prepared batches."""

    def __init__(self) -> None:
        super().__init__(keep_last=False)
        self.answers: collections.deque[bytes] = collections.deque()

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        """The next prepared batch for getUpdates; the other calls as LocalBotAPI."""
        if url.endswith("/getUpdates"):
            return 200, self.answers.popleft() if self.answers else _NONE
        return await super().do_request(url, method, *args, **kwargs)


async def measure(db: str, size: int, count: int) -> dict[str, Any]:
    """CPU and wall milliseconds per polled update, batches of ``size``."""
    api = PolledAPI()
    async with fresh_database(db) as url:
        async with application_target(url, api, "https://api.telegram.org/bot", False) as target:
            application = target.application
            bot, queue = application.bot, application.update_queue
            api.answers.extend(batches(api, count + WARM_UP, size))
            polled = 0
            for batch in range(count + WARM_UP):
                if batch == WARM_UP:
                    polled = 0
                    cpu, wall = time.process_time(), time.perf_counter()
                for update in await bot.get_updates(timeout=0):
                    await queue.put(update)
                    polled += 1
                while not queue.empty():
                    queue.get_nowait()  # nothing is handled here
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        stored = (await stored_rows(url))["inbound_updates"]
    return {
        "db": db,
        "batch": size,
        "updates": polled,
        # Inbox rows at the end: every update polled, the warm-up's included.
        "stored": stored,
        "cpu_ms_per_update": round(cpu * 1000 / polled, 4),
        "wall_ms_per_update": round(wall * 1000 / polled, 4),
        "cpus": pinned_to(),
        "core_ms": core_speed_ms(),
        "load_avg": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.polling", description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--batch", type=int, default=1, help="updates per getUpdates answer")
    parser.add_argument("--updates", type=int, default=3000, help="updates measured")
    parser.add_argument("--cpu", type=int, default=0, help="pin to this CPU (-1: no pinning)")
    parser.add_argument("--json", help="write the result here instead of stdout")
    args = parser.parse_args(argv)
    pin(args.cpu if args.cpu >= 0 else None)
    logging.basicConfig(level=logging.WARNING)
    emit(asyncio.run(measure(args.db, args.batch, max(1, args.updates // args.batch))), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
