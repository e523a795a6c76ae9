"""The web chat under load: many concurrent sessions over HTTP against ``python -m bot web``.

Each session opens /chat (cookie and form token), then steps through the callback
request up to its consent (language, flow, who, postal code, "I agree"), back to the
main menu, and again, one step every ``--think`` seconds (jittered), over JSON as the
page's script does. The bot runs in its own process (pinned to ``--cpu``); its CPU time
per step comes from /proc. The client (this process) is pinned to the other CPUs, so the
two do not take turns on one core and the client's own queueing does not show up as the
bot's tail; its CPU per step is reported too. Latency is what a session waits for its answer.
Each session sends its own X-Forwarded-For address, as people behind nginx would: the
per-address limit is not what is measured here.

    python -m bench.web --sessions 500 --think 1 --duration 30 --db sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp

from bench.databases import fresh_database
from bench.machine import core_speed_ms, emit
from testkit.ports import free_port, listening

REPO = Path(__file__).resolve().parents[1]
#: One round of a session: how it presses (by label) or types.
ROUND: tuple[tuple[str, str], ...] = (
    ("press", "Request a callback"),
    ("press", "A business"),
    ("text", "04109"),
    ("press", "Yes, I agree"),
    ("command", "menu"),
)


def _pin_client(bot_cpu: int) -> list[int]:
    """Keep this process (the client) off the bot's CPU, where another one exists."""
    others = sorted(set(os.sched_getaffinity(0)) - {bot_cpu})
    if bot_cpu >= 0 and others:
        os.sched_setaffinity(0, others)
    return sorted(os.sched_getaffinity(0))


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Session:
    """One browser: its cookie, its form token, its current buttons."""

    def __init__(self, http: aiohttp.ClientSession, url: str, number: int) -> None:
        self.http, self.url = http, url
        self.headers = {
            "Accept": "application/json",
            "Accept-Language": "en",
            "Origin": url,
            # Documentation addresses (RFC 5737), one per session: a header value only.
            "X-Forwarded-For": f"{('192.0.2', '198.51.100', '203.0.113')[number // 250 % 3]}"
            f".{number % 250}",
        }
        self.buttons: list[dict[str, str]] = []

    async def open(self) -> None:
        """Load the page (cookie, form token), read the screen, choose English."""
        async with self.http.get(f"{self.url}/chat", headers=self.headers) as response:
            page = await response.text()
            # One client session for all: each session carries its own cookie by hand.
            self.headers["Cookie"] = f"kausa_chat={response.cookies['kausa_chat'].value}"
        found = re.search(r'name="csrf-token" content="([^"]+)"', page)
        assert found is not None, page[:200]
        self.headers["X-CSRF-Token"] = found[1]
        async with self.http.get(f"{self.url}/chat/api/screen", headers=self.headers) as r:
            self._show(await r.json())
        await self.step(self.fields("press", "English"))

    def _show(self, screen: dict[str, Any]) -> None:
        self.buttons = [button for row in screen["buttons"] for button in row]

    def fields(self, how: str, what: str) -> dict[str, str]:
        if how != "press":
            return {how: what}
        data = next((b["data"] for b in self.buttons if what in b["label"]), None)
        return {"press": data or "0:x"}

    async def step(self, fields: dict[str, str]) -> float:
        started = time.perf_counter()
        async with self.http.post(
            f"{self.url}/chat/api/step", json=fields, headers=self.headers
        ) as response:
            body = await response.json()
            if response.status != 200:
                raise RuntimeError(f"step answered {response.status}: {body}")
        elapsed = time.perf_counter() - started
        self._show(body)
        return elapsed


async def _session(session: Session, think: float, until: float, latencies: list[float]) -> int:
    """Step through ROUND again and again until ``until``; returns the steps taken."""
    steps = 0
    # Spread the first steps over one think time, as people do not start together.
    await asyncio.sleep(random.uniform(0, think))
    while time.perf_counter() < until:
        for how, what in ROUND:
            if time.perf_counter() >= until:
                break
            latencies.append(await session.step(session.fields(how, what)))
            steps += 1
            await asyncio.sleep(think * random.uniform(0.5, 1.5))
    return steps


async def measure(
    sessions: int, think: float, duration: float, db: str, cpu: int
) -> dict[str, Any]:
    """Run the bot's web side and ``sessions`` sessions against it for ``duration`` seconds."""
    async with fresh_database(db) as database_url:
        port = free_port()
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": os.environ.get("HOME", "/tmp"),
            "DATABASE_URL": database_url,
            "WEB_PORT": str(port),
            "WEB_SECRET": "bench-secret-" + "x" * 32,
            "LOG_LEVEL": "WARNING",
        }
        # The operator's durability choice reaches the bot, so FULL and NORMAL can be compared.
        if "SQLITE_SYNCHRONOUS" in os.environ:
            env["SQLITE_SYNCHRONOUS"] = os.environ["SQLITE_SYNCHRONOUS"]
        command = [sys.executable, "-m", "bot", "web"]
        # Pinned for this run only: `python -m bench` runs other benchmarks after it.
        unpinned = os.sched_getaffinity(0)
        if cpu >= 0:  # the speed of the core the bot will run on
            os.sched_setaffinity(0, {cpu})
        core_ms = core_speed_ms()
        os.sched_setaffinity(0, unpinned)
        client_cpus = _pin_client(cpu)
        if cpu >= 0:
            command = ["taskset", "-c", str(cpu), *command]
        process = await asyncio.create_subprocess_exec(
            *command, cwd=REPO, env=env, stdout=asyncio.subprocess.DEVNULL
        )
        try:
            await listening(port, timeout=60)
            url = f"http://127.0.0.1:{port}"
            latencies: list[float] = []
            # Sessions open (page, screen, language) before the clock and the CPU count start.
            jar = aiohttp.DummyCookieJar()
            async with aiohttp.ClientSession(cookie_jar=jar) as http:
                people = [Session(http, url, n) for n in range(sessions)]
                await asyncio.gather(*(person.open() for person in people))
                cpu_before = _cpu_seconds(process.pid)
                client_before = time.process_time()
                started = time.perf_counter()
                counts = await asyncio.gather(
                    *(_session(p, think, started + duration, latencies) for p in people)
                )
            elapsed = time.perf_counter() - started
            cpu_used = _cpu_seconds(process.pid) - cpu_before
            client_used = time.process_time() - client_before
        finally:
            os.sched_setaffinity(0, unpinned)
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 30)
    steps = sum(counts)
    ordered = sorted(latencies)
    return {
        "sessions": sessions,
        "think_s": think,
        "db": db,
        "steps": steps,
        "steps_per_s": round(steps / elapsed, 1),
        "cpu_ms_per_step": round(1000 * cpu_used / max(steps, 1), 2),
        "core_ms": core_ms,
        "client_cpus": client_cpus,
        "client_cpu_ms_per_step": round(1000 * client_used / max(steps, 1), 2),
        "p50_ms": round(1000 * statistics.median(ordered), 1),
        "p99_ms": round(1000 * ordered[int(0.99 * (len(ordered) - 1))], 1),
        "max_ms": round(1000 * ordered[-1], 1),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: print (or write with --json) the measurement."""
    parser = argparse.ArgumentParser(prog="python -m bench.web", description=__doc__)
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--think", type=float, default=1.0, help="seconds between steps")
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--cpu", type=int, default=0, help="pin the bot to this CPU (-1: no)")
    parser.add_argument("--json", help="write the result to this file")
    args = parser.parse_args(argv)
    result = asyncio.run(measure(args.sessions, args.think, args.duration, args.db, args.cpu))
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
