"""Start-up: from spawning ``python -m bot run`` to the first processed update.

A local fake Bot API (testkit/fake_bot_api.py, real HTTP) holds a waiting
``/start``; the bot is started as a subprocess against it (TELEGRAM_BASE_URL)
and the clock stops when the fake receives the bot's first sendMessage to
that person. The first run starts on an empty SQLite file (migrations create
the schema), the later ones restart on the now existing database.

``python -m bench.startup`` prints the JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.machine import emit, pin, pinned_to
from bench.steps import TOKEN
from bench.users import Person, Updates
from testkit.fake_bot_api import FakeBotAPI

REPO = Path(__file__).resolve().parents[1]
PERSON = 4242


async def _one(database_url: str, limit: float, log: Path, run: int) -> float:
    async with FakeBotAPI() as fake:
        # Update ids must grow across runs: the bot skips ids it already processed.
        updates = Updates(first_update_id=1_000_000 + 1000 * run)
        fake.push_update(updates.message(Person(PERSON, "de"), "/start"))
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": f"{fake.url}/bot",
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "WARNING",
            # The start-up of the Telegram side; the web server would also claim port 8080.
            "WEB_ENABLED": "false",
        }
        for name in ("HEALTH_PORT", "WEBHOOK_URL", "SMTP_HOST"):
            env.pop(name, None)
        # A file, not a pipe: nobody reads the log while the bot runs, and a full pipe
        # would block the bot.
        with log.open("ab") as errors:
            started = time.perf_counter()
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=REPO,
                env=env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=errors,
            )
        try:
            try:
                await fake.wait_sent(PERSON, 1, timeout=limit)
            except AssertionError:
                text = await asyncio.to_thread(log.read_text, errors="replace")
                tail = text[-2000:]
                raise SystemExit(f"the bot did not answer; its log ends with:\n{tail}") from None
            elapsed = time.perf_counter() - started
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
                try:
                    await asyncio.wait_for(process.wait(), 20)
                except TimeoutError:
                    process.kill()
                    await process.wait()
        return elapsed


async def measure(runs: int, limit: float) -> dict[str, Any]:
    """Time ``runs`` starts: the first on an empty database, then restarts."""
    with tempfile.TemporaryDirectory(prefix="kausa-startup-") as directory:
        url = f"sqlite+aiosqlite:///{Path(directory) / 'kausa.db'}"
        log = Path(directory) / "bot.log"
        times = [await _one(url, limit, log, run) for run in range(runs)]
    return {
        "cpus": pinned_to(),
        "first_start_s": times[0],
        "restarts_s": times[1:],
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--cpu", type=int, default=0, help="pin to this CPU (-1: no pinning)")
    parser.add_argument("--json", help="write the result here instead of stdout")
    args = parser.parse_args(argv)
    pin(args.cpu if args.cpu >= 0 else None)
    result = asyncio.run(measure(max(1, args.runs), args.timeout))
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
