"""Run every benchmark and write the results table: ``python -m bench`` (see bench/README.md).

Each measurement runs in a subprocess of its own (a fresh interpreter and
database, pinned to one core where it measures time) and hands back JSON;
this module collects them into bench/results.md and prints the table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import sections
from bench.databases import postgres_available
from bench.machine import describe
from bench.sections import TELEGRAM_RATE, load
from bench.sections import ms as _ms

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CPU = 0

TARGETS = {
    "steps_sqlite": "≥ 1,500 steps/s on one core",
    "steps_postgres": "≥ 1,000 steps/s on one core",
    "p99": "p99 < 10 ms at 500 concurrent users",
}


@dataclass(frozen=True)
class Plan:
    """How big each benchmark is."""

    users: int = 500
    rounds: int = 2
    paced_rounds: int = 1
    #: Mean seconds between two steps of one person in the paced runs.
    thinks: tuple[float, ...] = (1.0, 3.0)
    memory: tuple[int, ...] = (10_000, 100_000)
    leads: int = 20
    drain: int = 200
    startups: int = 3
    #: Seconds of the run at Telegram's pace (TELEGRAM_RATE steps per second).
    telegram_seconds: float = 60.0
    #: People in the runs of one round each, in-process and in production (bench/README.md).
    scales: tuple[int, ...] = (50, 500, 5_000)
    #: Of those, the production runs (5,000 people over HTTP take about five minutes).
    production_scales: tuple[int, ...] = (50, 500)
    #: People in the peer runs: PicklePersistence flushed every update writes its whole file
    #: per step, which with 500 people took longer than the rest of the run together.
    peer_users: int = 100
    #: Stored conversations of the restore benchmark (PostgreSQL only; 0: not run).
    restored: int = 100_000


FULL = Plan()
QUICK = Plan(
    users=100,
    rounds=1,
    thinks=(3.0,),
    memory=(1_000, 10_000),
    leads=6,
    drain=50,
    telegram_seconds=20.0,
    scales=(20, 100),
    production_scales=(20, 100),
    peer_users=20,
    restored=10_000,
)


def _run(module: str, args: list[str], workdir: Path) -> dict[str, Any]:
    """Run ``python -m bench.<module> ... --json`` and return its result."""
    out = workdir / f"{module}-{len(list(workdir.iterdir()))}.json"
    command = [sys.executable, "-m", f"bench.{module}", *args, "--json", str(out)]
    print("·", " ".join(command[1:-2]), file=sys.stderr, flush=True)
    log = workdir / "bench.log"
    with log.open("ab") as errors:
        finished = subprocess.run(command, cwd=REPO, stderr=errors, check=False)
    if finished.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise SystemExit(f"{' '.join(command)} failed ({finished.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def collect(plan: Plan, *, postgres: bool) -> dict[str, Any]:
    """Run everything in ``plan``; the JSON of every measurement, keyed by name."""
    pinned = ["--cpu", str(CPU)]
    size = ["--users", str(plan.users), "--rounds", str(plan.rounds)]
    databases = ["sqlite", *(["postgres"] if postgres else [])]
    results: dict[str, Any] = {"machine": describe(), "load": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="kausa-bench-") as directory:
        workdir = Path(directory)
        results["echo"] = _run("steps", ["--target", "echo", *size, *pinned], workdir)
        for db in databases:
            results[f"bot_{db}"] = _run("steps", ["--db", db, *size, *pinned], workdir)
        for think in plan.thinks:
            paced = ["--users", str(plan.users), "--rounds", str(plan.paced_rounds)]
            for db in databases:
                results[f"paced_{db}_{think:g}"] = _run(
                    "steps", ["--db", db, *paced, "--think", str(think), *pinned], workdir
                )
        # The people at the pace Telegram allows: as many steps per second as the bot may
        # send messages. The run ends after telegram_seconds, not after its rounds.
        think = plan.users / TELEGRAM_RATE
        for db in databases:
            results[f"paced_{db}_{think:g}"] = _run(
                "steps",
                [
                    *["--db", db, "--users", str(plan.users), "--rounds", "1000"],
                    *["--think", f"{think:g}", "--duration", f"{plan.telegram_seconds:g}"],
                    *pinned,
                ],
                workdir,
            )
        results.update(_production_and_peers(plan, databases, workdir))
        if postgres and plan.restored:
            results["restore"] = _run(
                "restore",
                ["--conversations", str(plan.restored), "--users", str(plan.users), *pinned],
                workdir,
            )
        for db in databases:
            results[f"outbox_{db}"] = _run(
                "outbox",
                ["--db", db, "--leads", str(plan.leads), "--drain", str(plan.drain), *pinned],
                workdir,
            )
        results["memory"] = _run(
            "memory",
            ["--conversations", ",".join(str(n) for n in plan.memory), "--cpu", "-1"],
            workdir,
        )
        results["startup"] = _run("startup", ["--runs", str(plan.startups), *pinned], workdir)
    return results


#: The production run's Bot API client (bot/outbox/transport.py, TELEGRAM_HTTP_CLIENT).
PRODUCTION = ["--transport", "aiohttp"]
#: Updates fetched by the bot's Updater through getUpdates (bench/long_poll.py).
POLLED = ["--intake", "polling"]
#: The peers of bench/peers/, in the order of the table.
PEERS = ("naive", "pickle", "pickle-flush")


def _production_and_peers(plan: Plan, databases: list[str], workdir: Path) -> dict[str, Any]:
    """The production runs, the peers and the runs at each number of people (one round each)."""
    pinned = ["--cpu", str(CPU)]
    results: dict[str, Any] = {}
    one_round = ["--users", str(plan.users), "--rounds", "1", *pinned]
    results["echo_http"] = _run(
        "steps",
        ["--target", "echo", "--rounds", "1", "--users", str(plan.users), *PRODUCTION, *pinned],
        workdir,
    )
    for db in databases:
        results[f"production_{db}"] = _run("steps", ["--db", db, *one_round, *PRODUCTION], workdir)
    # The same fed by long polling, as python -m bot run takes its updates by default.
    results["echo_http_polled"] = _run(
        "steps",
        ["--target", "echo", *one_round, *PRODUCTION, *POLLED],
        workdir,
    )
    for db in databases:
        results[f"production_{db}_polled"] = _run(
            "steps", ["--db", db, *one_round, *PRODUCTION, *POLLED], workdir
        )
    # The bot again at the peers' size, right before them (the machine's speed drifts).
    peer_size = ["--users", str(plan.peer_users), "--rounds", "1", *pinned]
    for peer in ("bot", *PEERS):
        results[f"peer_{peer}"] = _run("steps", ["--target", peer, *peer_size], workdir)
    for people in plan.scales:
        size = ["--users", str(people), "--rounds", "1", *pinned]
        results[f"scale_local_{people}"] = _run("steps", size, workdir)
        if people in plan.production_scales:
            results[f"scale_http_{people}"] = _run("steps", [*size, *PRODUCTION], workdir)
    return results


# -- the table ------------------------------------------------------------------------


def _step_row(name: str, db: str, result: dict[str, Any]) -> str:
    latency = result["latency_ms"]
    think = result.get("think_s", 0.0)
    pace = "as fast as answered" if not think else f"{think:.3g} s"
    if result.get("duration_s"):
        pace += f" ({result['duration_s']:g} s run)"
    return (
        f"| {name} | {db} | {result['users']} | {pace} | {result['steps']:,} "
        f"| **{result['steps_per_s']:,.0f}** | {result['cpu_ms_per_step']:.2f} "
        f"| {_ms(latency['p50'])} | {_ms(latency['p95'])} | **{_ms(latency['p99'])}** "
        f"| {_ms(latency['max'])} | {result['errors'] + result['misses']} | {load(result)} |"
    )


_DB_NAMES = {"sqlite": "SQLite (WAL file)", "postgres": "PostgreSQL (local server)"}


def render(results: dict[str, Any], command: str) -> str:
    """The markdown report of one ``collect`` run."""
    machine = results["machine"]
    load = results.get("load", (0.0, 0.0, 0.0))
    echo = results["echo"]
    databases = [db for db in ("sqlite", "postgres") if f"bot_{db}" in results]
    lines = [
        "# Benchmark results",
        "",
        f"Produced by `{command}` on {machine['date']}.",
        "",
        "| | |",
        "|---|---|",
        f"| machine | {machine['machine']} |",
        f"| Python | {machine['python']} |",
        f"| libraries | {machine['libraries']} |",
        f"| bot process | pinned to CPU {CPU} (one core; PostgreSQL's server is not pinned) |",
        f"| load average at start | {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} |",
        "",
        "## Dialogue steps",
        "",
        "Each step: one update through `Application.process_update` (at most 64 at a time,",
        "as the bot's `concurrent_updates`), the dialogue engine, the state committed to the",
        "database, the reply sent to a local Bot API. Latency is per step, in milliseconds.",
        "Load: the machine's 1-minute load average when the run ended (2 cores, shared with",
        "other work; above 2 the pinned core was not the bot's alone).",
        "",
        "| run | database | people | time between a person's steps | steps | steps/s "
        "| CPU ms/step | p50 | p95 | p99 | max | failed | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        _step_row("bare python-telegram-bot echo", "–", echo),
    ]
    for db in databases:
        lines.append(_step_row("KAUSA bot", _DB_NAMES[db], results[f"bot_{db}"]))
    paced = sorted(
        (k for k in results if k.startswith("paced_")),
        key=lambda k: (databases.index(k.split("_")[1]), results[k]["think_s"]),
    )
    for key in paced:
        db = key.split("_")[1]
        lines.append(_step_row("KAUSA bot, paced", _DB_NAMES[db], results[key]))
    lines.append("")
    timed = [results[key] for key in paced if results[key].get("duration_s")]
    if timed:
        lines += [
            f"A step every {timed[0]['think_s']:.3g} s for each of {timed[0]['users']} people "
            f"is {timed[0]['users'] / timed[0]['think_s']:.0f} steps per second, the rate at",
            "which Telegram lets a bot send messages (every step sends one reply).",
            "",
        ]
    for db in databases:
        bot = results[f"bot_{db}"]
        ratio = bot["steps_per_s"] / echo["steps_per_s"] if echo["steps_per_s"] else 0.0
        lines.append(
            f"- {_DB_NAMES[db]}: the bot does {ratio:.1%} of the bare echo's steps per second "
            f"({bot['steps_per_s']:,.0f} vs {echo['steps_per_s']:,.0f})."
        )
    lines += sections.production(results)
    lines += sections.peers(results)
    lines += sections.scales(results)
    lines += sections.restore(results)
    lines += [
        "",
        "## Lead submission",
        "",
        "From the person's “send” to the committed lead (the send step's transaction), and",
        "from that commit to the advisor notification leaving the bot (the outbox's",
        "`sendMessage` to the advisor group). Milliseconds.",
        "",
        "| database | send → lead committed, p50 / p99: one person at a time "
        "| … with 500 people (a step every 3 s each) "
        "| commit → notification sent, p50 / p99 / max "
        "| outbox drain (notifications/s) | CPU ms per notification |",
        "|---|---|---|---|---|---|",
    ]
    for db in databases:
        outbox = results.get(f"outbox_{db}")
        if outbox is None:
            continue
        alone = outbox["latency"]["lead_commit_ms"]
        crowd_runs = [
            results[k] for k in paced if k.split("_")[1] == db and results[k]["think_s"] == 3.0
        ]
        crowd = crowd_runs[-1]["lead_commit_ms"] if crowd_runs else None
        crowd_text = f"{_ms(crowd['p50'])} / {_ms(crowd['p99'])}" if crowd else "–"
        wait = outbox["latency"]["commit_to_notification_ms"]
        drain = outbox["drain"]
        lines.append(
            f"| {_DB_NAMES[db]} | {_ms(alone['p50'])} / {_ms(alone['p99'])} | {crowd_text} "
            f"| {_ms(wait['p50'])} / {_ms(wait['p99'])} / {_ms(wait['max'])} "
            f"| {drain['notifications_per_s']:,.0f} | {drain['cpu_ms_per_notification']:.2f} |"
        )
    interval = next(
        (
            results[f"outbox_{db}"]["latency"]["outbox_interval_s"]
            for db in databases
            if f"outbox_{db}" in results
        ),
        3.0,
    )
    lines += [
        "",
        f"A committed lead kicks the outbox job at once; its {interval:g}-second run",
        "(bot/jobs.py) remains for retries and the rest of the outbox.",
        "",
    ]
    lines += _memory_and_startup(results)
    lines += [
        "",
        "## Targets",
        "",
        "| target | result |",
        "|---|---|",
    ]
    for db in databases:
        bot = results[f"bot_{db}"]
        lines.append(f"| {TARGETS[f'steps_{db}']} | {bot['steps_per_s']:,.0f} steps/s |")
    for key in paced:
        result = results[key]
        lines.append(
            f"| {TARGETS['p99']} ({_DB_NAMES[key.split('_')[1]]}, {result['users']} people, "
            f"a step every {result['think_s']:.3g} s each, {result['steps_per_s']:,.0f} steps/s) "
            f"| p99 {_ms(result['latency_ms']['p99'])} ms |"
        )
    return "\n".join(lines) + "\n"


def _memory_and_startup(results: dict[str, Any]) -> list[str]:
    """The memory and start-up tables (left out where those runs are missing)."""
    lines: list[str] = []
    memory = results.get("memory")
    if memory is not None:
        lines += [
            "## Memory",
            "",
            "| stored conversations | RSS (MiB) | SQLite file (MiB) | PTB user_data / chat_data "
            "| per-person locks | language cache |",
            "|---|---|---|---|---|---|",
            f"| 1 (after start-up) | {memory['baseline_rss_mib']:.0f} | | | | |",
        ]
        for point in memory["points"]:
            lines.append(
                f"| {point['conversations']:,} | {point['rss_mib']:.0f} | {point['db_mib']:.1f} "
                f"| {point['ptb_user_data']} / {point['ptb_chat_data']} "
                f"| {point['dialogue_locks']} | {point['language_cache']:,} |"
            )
    startup = results.get("startup")
    if startup is not None:
        restarts = ", ".join(f"{s:.2f}" for s in startup["restarts_s"]) or "–"
        lines += [
            "",
            "## Start-up",
            "",
            "`python -m bot run` from spawn to the first reply to a waiting /start "
            "(local fake Bot API over HTTP, SQLite):",
            "",
            "| empty database (migrations run) | restarts |",
            "|---|---|",
            f"| {startup['first_start_s']:.2f} s | {restarts} s |",
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run all benchmarks, write bench/results.md, print it."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small numbers, a few minutes")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--out", type=Path, default=BENCH / "results.md")
    parser.add_argument("--json", type=Path, help="also keep the raw results here")
    args = parser.parse_args(argv)
    postgres = not args.no_postgres and asyncio.run(postgres_available())
    if not postgres and not args.no_postgres:
        print("PostgreSQL not reachable: SQLite only", file=sys.stderr)
    results = collect(QUICK if args.quick else FULL, postgres=postgres)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    command = "python -m bench" + (" --quick" if args.quick else "")
    report = render(results, command)
    args.out.write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
