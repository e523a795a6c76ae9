"""The benchmarks in bench/ still run: tiny numbers, sane output, no timing assertions."""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any

import pytest

from bench import memory, outbox, polling, restore, run, sections, startup, steps
from bench.databases import postgres_available
from bench.machine import (
    CpuShare,
    describe,
    held_back,
    parent_of,
    pinned_processes,
    server_processes,
)


async def test_step_benchmark_stores_every_step() -> None:
    bot = await steps.measure("bot", "sqlite", users=5, rounds=1, think=0.0, seed=3, warmup=1)
    assert bot["errors"] == 0
    assert bot["misses"] == 0
    assert bot["completed"] == bot["scenarios"]
    assert bot["steps"] == sum(kind["n"] for kind in bot["latency_by_kind_ms"].values())
    assert bot["steps_per_s"] > 0
    assert bot["core_ms"] > 0  # the core's speed, to compare runs of different machines
    # What the machine took from the run (Linux /proc): shares, never negative.
    assert 0 <= bot["steal_pct"] <= 100
    assert bot["runqueue_ms_per_step"] >= 0
    assert 0 < bot["latency_ms"]["p50"] <= bot["latency_ms"]["p99"] <= bot["latency_ms"]["max"]
    stored = bot["stored"]
    # Five people plus the warm-up person, every update claimed, every lead with its outbox row.
    assert stored["conversations"] == stored["users"] == 6
    assert stored["inbound_updates"] > bot["steps"]
    assert stored["outbox"] == stored["leads"] > 0
    assert bot["api_calls"]["sendMessage"] > 0
    assert bot["api_calls"]["answerCallbackQuery"] > 0

    echo = await steps.measure("echo", "sqlite", users=5, rounds=1, think=0.0, seed=3, warmup=1)
    # Same people, same scripts: the echo gets exactly the bot's updates.
    assert echo["steps"] == bot["steps"]
    assert echo["errors"] == echo["misses"] == 0


async def test_production_run_talks_http_and_notifies_every_lead() -> None:
    run = await steps.measure(
        "bot", "sqlite", users=4, rounds=1, think=0.0, seed=3, warmup=1, transport="aiohttp"
    )
    assert run["errors"] == run["misses"] == 0
    assert run["completed"] == run["scenarios"]
    # Every lead of the run (the warm-up's are counted apart) reached the advisor group.
    assert run["leads"] == run["notified"] == run["stored"]["leads"] - run["warmup_leads"] > 0
    assert run["api_calls"]["sendMessage"] > run["leads"]
    assert run["transport"] == "aiohttp" and len(run["load_avg"]) == 3

    echo = await steps.measure(
        "echo", "sqlite", users=4, rounds=1, think=0.0, seed=3, warmup=1, transport="httpx"
    )
    assert echo["steps"] == run["steps"] and echo["errors"] == 0

    # Fed by long polling over the same HTTP, as python -m bot run takes its updates.
    polled = await steps.measure(
        "bot",
        "sqlite",
        users=4,
        rounds=1,
        think=0.0,
        seed=3,
        warmup=1,
        transport="aiohttp",
        intake="polling",
    )
    assert polled["errors"] == polled["misses"] == 0 and polled["per_batch"] >= 1
    assert polled["leads"] == polled["notified"] == run["leads"]

    table = "\n".join(
        sections.production(
            {
                "production_sqlite": run,
                "echo_http": echo,
                "production_sqlite_polled": polled,
                "echo_http_polled": echo,
            }
        )
    )
    assert "| bare echo over the same HTTP | 4 |" in table
    assert f"| {run['notified']:,} / {run['leads']:,} |" in table
    assert "of the echo's steps per second over HTTP" in table
    assert "| KAUSA bot, SQLite, polled | 4 |" in table
    assert "- SQLite, polled: the bot does" in table
    people = "\n".join(sections.scales({"scale_http_4": run}))
    assert "| 4 | production |" in people and "| 4 | in-process |" not in people


async def test_steps_fed_by_long_polling_reach_the_bot_through_its_updater() -> None:
    bot = await steps.measure(
        "bot", "sqlite", users=4, rounds=1, think=0.0, seed=3, warmup=1, intake="polling"
    )
    assert bot["errors"] == bot["misses"] == 0
    assert bot["per_batch"] >= 1  # the Updater fetched them with getUpdates
    assert bot["completed"] == bot["scenarios"]
    # Every update went through getUpdates into the inbox, the warm-up's too.
    assert bot["stored"]["inbound_updates"] > bot["steps"]
    echo = await steps.measure(
        "echo", "sqlite", users=4, rounds=1, think=0.0, seed=3, warmup=1, intake="polling"
    )
    assert echo["steps"] == bot["steps"] and echo["errors"] == 0


async def test_polling_benchmark_stores_every_polled_update() -> None:
    result = await polling.measure("sqlite", 2, 10)
    assert result["updates"] == 20
    assert result["stored"] == 20 + 2 * polling.WARM_UP
    assert result["cpu_ms_per_update"] > 0


async def test_outbox_memory_and_startup_benchmarks_render() -> None:
    lead_run = await outbox.measure("sqlite", leads=1, gap=0.0, drain_leads=3)
    assert lead_run["errors"] == 0
    assert lead_run["latency"]["notified"] == lead_run["latency"]["leads"] == 1
    assert lead_run["drain"]["delivered"] == 3
    assert lead_run["drain"]["pending_after"] == 0

    grown = await memory.measure("sqlite", [3, 6], concurrency=2)
    assert [point["conversations"] for point in grown["points"]] == [4, 7]
    assert all(point["rss_mib"] > 0 for point in grown["points"])

    started = await startup.measure(1, 60.0)
    assert started["first_start_s"] > 0

    tiny: dict[str, Any] = {
        "machine": describe(),
        "load": (0.0, 0.0, 0.0),
        "outbox_sqlite": lead_run,
        "memory": grown,
        "startup": started,
    }
    for key, target in (("echo", "echo"), ("bot_sqlite", "bot"), ("paced_sqlite_1", "bot")):
        tiny[key] = await steps.measure(
            target,
            "sqlite",
            users=2,
            rounds=1,
            think=0.01 if "paced" in key else 0.0,
            seed=5,
            warmup=1,
        )
    # A run of a fixed duration (the one at Telegram's pace): it ends long before 50 rounds.
    timed = await steps.measure(
        "bot", "sqlite", users=2, rounds=50, think=0.05, seed=5, warmup=1, duration=0.5
    )
    assert 0 < timed["steps"] < 100 and timed["errors"] == 0 and timed["misses"] == 0
    tiny["paced_sqlite_0.05"] = timed
    report = run.render(tiny, "python -m bench")
    assert "| 0.05 s (0.5 s run) |" in report
    assert "which Telegram lets a bot send messages" in report
    assert "| KAUSA bot | SQLite (WAL file) |" in report
    assert "bare python-telegram-bot echo" in report
    assert "## Memory" in report and "## Start-up" in report and "## Lead submission" in report
    assert describe()["python"] in report


async def test_peers_walk_the_same_scripts() -> None:
    # The naive peer stores what the bot stores, one transaction per step.
    naive = await steps.measure("naive", "sqlite", users=3, rounds=1, think=0.0, seed=4, warmup=1)
    assert naive["errors"] == naive["misses"] == 0
    assert naive["completed"] == naive["scenarios"]
    stored = naive["stored"]
    assert stored["conversations"] == stored["users"] == 4
    # One notification per lead: the warm-up person's second request, sent within 5
    # minutes of their first but with other details, is a lead of its own
    # (bot/dialogue/quota.py), not joined to the first.
    assert stored["outbox"] == stored["leads"] > 0
    bot = await steps.measure("bot", "sqlite", users=3, rounds=1, think=0.0, seed=4, warmup=1)
    # The bot stores what the naive peer stores.
    assert bot["stored"] == stored
    found = {"bot_sqlite": bot, "peer_naive": naive}
    # The pickle peers keep no database rows, but answer every step with the same buttons.
    for name in ("pickle", "pickle-flush"):
        peer = await steps.measure(name, "sqlite", users=3, rounds=1, think=0.0, seed=4, warmup=1)
        assert peer["errors"] == peer["misses"] == 0, name
        assert peer["completed"] == peer["scenarios"] == naive["scenarios"], name
        assert peer["steps"] == naive["steps"] and peer["db"] == "-" and "stored" not in peer
        found[f"peer_{name}"] = peer
    table = "\n".join(sections.peers(found))
    assert "| naive bot: one ORM transaction per step (SQLite) | yes | 3 |" in table
    assert "flushed every 60 s | no | 3 |" in table
    assert "flushed every update | yes | 3 |" in table


async def test_restore_benchmark_runs_on_a_restored_database() -> None:
    if shutil.which("pg_restore") is None or not await postgres_available():
        pytest.skip("needs pg_dump/pg_restore and the benchmark PostgreSQL (BENCH_POSTGRES_URL)")
    # The two runs of a bulk import (the whole list takes too long for the suite).
    runs = ("imported", "imported_then_started")
    result = await restore.measure(300, users=2, rounds=1, warmup=1, runs=runs)
    assert set(result) == {"conversations", *runs}
    for name in runs:
        assert result[name]["errors"] == result[name]["misses"] == 0, name
        # The stored people came back with the load, beside the simulated ones.
        assert 300 < result[name]["stored"]["users"] < 310, name

    def users_table(name: str) -> dict[str, Any]:
        tables = {t["table"]: t for t in result[name]["planner"]["tables"]}
        return dict(tables["users"])

    # Loaded into the migrated tables, the planner still believes them empty, without
    # column statistics; the bot's start-up gives it both.
    assert users_table("imported")["planner_rows"] == 0
    assert not users_table("imported")["column_statistics"]
    assert users_table("imported_then_started")["planner_rows"] == 300
    assert users_table("imported_then_started")["column_statistics"]
    table = "\n".join(sections.restore({"restore": result}))
    assert "| 0 of 300 | no |" in table and "| 300 of 300 | yes |" in table
    assert "empty database" not in table  # "fresh" was not run


def test_held_back_is_the_stolen_share_and_the_loops_wait_per_step() -> None:
    before = CpuShare(steal_ticks=100, total_ticks=10_000, runqueue_ns=5_000_000)
    # 1,000 ticks later, 50 of them stolen; the loop waited 20 ms more over 40 steps.
    after = CpuShare(steal_ticks=150, total_ticks=11_000, runqueue_ns=25_000_000)
    assert held_back(before, after, 40) == {"steal_pct": 5.0, "runqueue_ms_per_step": 0.5}
    # No counters (not Linux): nothing is claimed rather than zeros.
    assert held_back(None, after, 40) == {}
    assert held_back(before, before, 0) == {"steal_pct": 0.0, "runqueue_ms_per_step": 0.0}


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs Linux affinity")
def test_a_servers_processes_are_pinned_for_the_run_and_given_back() -> None:
    # This test process plays the server: the child it started is one of its processes.
    child = subprocess.Popen(["sleep", "30"])
    try:
        assert parent_of(child.pid) == os.getpid()
        processes = server_processes(os.getpid())
        assert processes[0] == os.getpid() and child.pid in processes
        mask = os.sched_getaffinity(child.pid)
        one = {min(mask)}
        with pinned_processes([child.pid], one):
            assert os.sched_getaffinity(child.pid) == one
        assert os.sched_getaffinity(child.pid) == mask
    finally:
        child.kill()
        child.wait()
