"""The sections of bench/results.md beyond the step table: production, peers, people, restore.

Each takes the collected results of ``python -m bench`` (bench/run.py) and returns
markdown lines, or none when its runs are not among them.
"""

from __future__ import annotations

from typing import Any

#: Messages per second Telegram lets a bot send, over all chats; every step sends one.
TELEGRAM_RATE = 30.0
_DB_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def ms(value: float) -> str:
    """Milliseconds, with as many digits as say something."""
    if value < 1:
        return f"{value:.2f}"
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def load(result: dict[str, Any]) -> str:
    """The machine's 1-minute load average at the end of a run (2 cores: 2.0 is busy)."""
    average = result.get("load_avg")
    return f"{average[0]:.1f}" if average else "–"


def _ratio(part: dict[str, Any], whole: dict[str, Any]) -> str:
    return f"{part['steps_per_s'] / whole['steps_per_s']:.1%}" if whole["steps_per_s"] else "–"


def _one_core(result: dict[str, Any]) -> float:
    """Steps per second one free core would do at the run's CPU per step."""
    cpu = result["cpu_ms_per_step"]
    return 1000 / cpu if cpu else 0.0


def _row(name: str, result: dict[str, Any]) -> str:
    latency = result["latency_ms"]
    leads = result.get("leads")
    notified = f"{result['notified']:,} / {leads:,}" if leads is not None else "–"
    return (
        f"| {name} | {result['users']:,} | {result['steps']:,} "
        f"| **{result['steps_per_s']:,.0f}** | {result['cpu_ms_per_step']:.2f} "
        f"| {_one_core(result):,.0f} | {ms(latency['p50'])} | {ms(latency['p99'])} "
        f"| {notified} | {result.get('leads_per_s', 0.0):.1f} "
        f"| {result['errors'] + result['misses']} | {load(result)} |"
    )


_HEADER = [
    "| run | people | steps | steps/s | CPU ms/step | steps/s on one free core "
    "| p50 | p99 | leads notified | leads/s | failed | load |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
]


def production(results: dict[str, Any]) -> list[str]:
    """The production run: Bot API over HTTP (aiohttp), notifications delivered."""
    runs = [(db, results[f"production_{db}"]) for db in _DB_NAMES if f"production_{db}" in results]
    echo = results.get("echo_http")
    if not runs or echo is None:
        return []
    lines = [
        "",
        "## Production run: Bot API over HTTP, advisor notifications delivered",
        "",
        "Every Bot API call goes over HTTP on loopback to a local server that answers like",
        "Telegram (`bench/http_api.py`, a process of its own), through the bot's own request",
        "class (bot/outbox/transport.py, aiohttp); the bot's JobQueue delivers every lead's",
        "advisor notification and the run ends when the last one has left. One round per",
        "person, as fast as answered (p50/p99 are queueing: people ÷ throughput). This is",
        "what a deployment pays per step. The rows marked polled take their updates from",
        "getUpdates through the Updater, as `python -m bot run` does by default",
        "(`--intake polling`, bench/long_poll.py; getUpdates itself is answered in-process);",
        "the others are handed their updates as a webhook hands them over.",
        "",
        *_HEADER,
        _row("bare echo over the same HTTP", echo),
    ]
    lines += [_row(f"KAUSA bot, {_DB_NAMES[db]}", result) for db, result in runs]
    polled_echo = results.get("echo_http_polled")
    polled = [
        (db, results[f"production_{db}_polled"])
        for db in _DB_NAMES
        if f"production_{db}_polled" in results
    ]
    if polled_echo is not None:
        lines.append(_row("bare echo over the same HTTP, polled", polled_echo))
        lines += [_row(f"KAUSA bot, {_DB_NAMES[db]}, polled", result) for db, result in polled]
    lines.append("")
    for db, result in runs:
        lines.append(_production_note(_DB_NAMES[db], result, echo))
    if polled_echo is not None:
        for db, result in polled:
            lines.append(_production_note(f"{_DB_NAMES[db]}, polled", result, polled_echo))
    return lines


def _production_note(name: str, result: dict[str, Any], echo: dict[str, Any]) -> str:
    return (
        f"- {name}: the bot does {_ratio(result, echo)} of the echo's steps per "
        f"second over HTTP; at {result['cpu_ms_per_step']:.2f} ms of CPU per step one free "
        f"core does about {_one_core(result):,.0f} steps/s, "
        f"{_one_core(result) / TELEGRAM_RATE:.0f} times Telegram's 30 messages per second."
    )


#: What each peer keeps and when it is safe (bench/peers/).
_PEERS = {
    "naive": ("naive bot: one ORM transaction per step (SQLite)", "yes"),
    "pickle": ("ConversationHandler + PicklePersistence, flushed every 60 s", "no"),
    "pickle-flush": ("ConversationHandler + PicklePersistence, flushed every update", "yes"),
}


def peers(results: dict[str, Any]) -> list[str]:
    """The bot beside its peers on the same harness, in-process."""
    bot = results.get("peer_bot") or results.get("scale_local_500") or results.get("bot_sqlite")
    found = [(name, results[f"peer_{name}"]) for name in _PEERS if f"peer_{name}" in results]
    if bot is None or not found:
        return []
    lines = [
        "",
        "## Peers on the same harness",
        "",
        "The same people, scripts, engine, screens and Bot API calls (in-process); only where",
        "a step's state is kept differs (bench/peers/). Durable: a step the person saw",
        "answered survives a crash of the bot.",
        "",
        "| run | durable | people | steps | steps/s | CPU ms/step | p99 | the bot's steps/s "
        "÷ this | failed | load |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, result in [("bot", bot), *found]:
        label, durable = _PEERS.get(name, ("KAUSA bot (group commit, SQLite)", "yes"))
        factor = bot["steps_per_s"] / result["steps_per_s"] if result["steps_per_s"] else 0.0
        lines.append(
            f"| {label} | {durable} | {result['users']:,} | {result['steps']:,} "
            f"| **{result['steps_per_s']:,.0f}** | {result['cpu_ms_per_step']:.2f} "
            f"| {ms(result['latency_ms']['p99'])} | {factor:.2f} "
            f"| {result['errors'] + result['misses']} | {load(result)} |"
        )
    return lines


def scales(results: dict[str, Any]) -> list[str]:
    """The bot with 50, 500 and 5,000 people, in-process and in production (SQLite)."""
    people = sorted({int(key.rsplit("_", 1)[1]) for key in results if key.startswith("scale_")})
    if not people:
        return []
    lines = [
        "",
        "## People at once",
        "",
        "SQLite, one round each, as fast as answered: in-process (no HTTP, no notifications)",
        "and the production run (HTTP, notifications).",
        "",
        "| people | run | steps | steps/s | CPU ms/step | p50 | p99 | failed | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for count in people:
        for kind, label in (("local", "in-process"), ("http", "production")):
            result = results.get(f"scale_{kind}_{count}")
            if result is None:
                continue
            latency = result["latency_ms"]
            lines.append(
                f"| {count:,} | {label} | {result['steps']:,} "
                f"| **{result['steps_per_s']:,.0f}** | {result['cpu_ms_per_step']:.2f} "
                f"| {ms(latency['p50'])} | {ms(latency['p99'])} "
                f"| {result['errors'] + result['misses']} | {load(result)} |"
            )
    return lines


_RESTORE_RUNS = {
    "fresh": "empty database, migrated",
    "restored": "whole restore (pg_restore: tables, COPY, indexes), no ANALYZE",
    "restored_then_started": "whole restore, then the bot's start-up (migrations + ANALYZE)",
    "imported": "rows loaded into the migrated tables (pg_restore --data-only), no ANALYZE",
    "imported_then_started": "rows loaded, then the bot's start-up (migrations + ANALYZE)",
}


def _planner(result: dict[str, Any]) -> tuple[str, str, str]:
    """(people found by the index, users the planner believes, column statistics)."""
    planner = result.get("planner")
    if not planner:
        return "–", "–", "–"
    users = next(t for t in planner["tables"] if t["table"] == "users")
    return (
        "yes" if planner["finds_people_by_index"] else "**no**",
        f"{users['planner_rows']:,} of {users['live_rows']:,}",
        "yes" if users["column_statistics"] else "no",
    )


def restore(results: dict[str, Any]) -> list[str]:
    """Steps per second after a restore or bulk import, before and after the bot's ANALYZE."""
    measured = results.get("restore")
    if measured is None:
        return []
    lines = [
        "",
        f"## After a restore: {measured['conversations']:,} stored conversations (PostgreSQL)",
        "",
        "`python -m bench.restore`: the stored people are dumped with `pg_dump` and loaded",
        "again with `pg_restore` (COPY) before each run; the planner's view is EXPLAIN of the",
        "step's group query and pg_class/pg_stats for the users table, before the run.",
        "",
        "| database | steps/s | CPU ms/step | p99 | people found by the index "
        "| users the planner believes | column statistics | failed | load |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for key, label in _RESTORE_RUNS.items():
        result = measured.get(key)
        if result is None:
            continue
        by_index, believed, statistics = _planner(result)
        lines.append(
            f"| {label} | **{result['steps_per_s']:,.0f}** | {result['cpu_ms_per_step']:.2f} "
            f"| {ms(result['latency_ms']['p99'])} | {by_index} | {believed} | {statistics} "
            f"| {result['errors'] + result['misses']} | {load(result)} |"
        )
    return lines
