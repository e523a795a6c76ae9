"""What the numbers were measured on, and pinning a benchmark to one core."""

from __future__ import annotations

import json
import math
import os
import platform
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

#: The libraries whose versions shape the numbers.
LIBRARIES: tuple[str, ...] = (
    "python-telegram-bot",
    "SQLAlchemy",
    "aiosqlite",
    "asyncpg",
    "babel",
    "pyinstrument",
)


def emit(result: object, path: str | None) -> None:
    """A measurement's JSON result: into ``path`` (for ``python -m bench``) or to stdout."""
    text = json.dumps(result, indent=2)
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        print(text)


def pin(cpu: int | None) -> None:
    """Run this process (and the threads it starts later) on ``cpu`` only."""
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})


def pinned_to() -> str:
    """The CPUs this process may run on, e.g. "0"."""
    if hasattr(os, "sched_getaffinity"):
        return ",".join(str(c) for c in sorted(os.sched_getaffinity(0)))
    return "any"


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (Linux), else the platform's guess."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def rss_mib(pid: int | None = None) -> float:
    """Resident memory of a process in MiB (Linux /proc), 0.0 where unknown."""
    path = Path(f"/proc/{pid or 'self'}/status")
    try:
        for line in path.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def core_speed_ms() -> float:
    """Milliseconds this process's CPU needs for a fixed piece of pure Python (best of 3).

    The machines these benchmarks run on differ from hour to hour (on 2026-12-01 the same
    code needed twice the CPU per step at one time as at another), so a figure says
    little without the speed it was measured at. This catches plain core speed only: in
    that case it stayed the same while the benchmark client's own CPU per step doubled,
    so read it beside such a fixed workload (bench.web's ``client_cpu_ms_per_step``).
    Measured on the core the benchmark is pinned to.
    """
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        _reference_work()
        best = min(best, time.perf_counter() - started)
    return round(1000 * best, 1)


def _reference_work() -> int:
    # Small dicts, strings and integers: what a dialogue step's own Python is made of.
    total = 0
    for i in range(100_000):
        state: dict[str, Any] = {"screen": f"q:{i % 7}", "seq": i}
        total += len(state["screen"]) + state["seq"] % 3
    return total


def describe() -> dict[str, str]:
    """Machine, Python, libraries and date, for the results table."""
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    versions.append(f"SQLite {sqlite3.sqlite_version}")
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{cpu_model()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}",
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "libraries": ", ".join(versions),
    }


@dataclass(frozen=True)
class CpuShare:
    """Counters of how much CPU the machine and this process's main thread got.

    On a virtual machine the hypervisor may run another guest on the core this one
    was given: the time is "stolen", and to the guest it looks like a slower core
    (round 17 in bench/README.md: 5-29 % of the machine's time stolen during one run,
    whose p99 was three times that of a quiet run). The event loop's
    thread may also wait in the kernel's run queue behind another process on a
    busy machine. Either way every step in progress waits, whatever the code does.
    """

    #: Ticks of all CPUs (first line of /proc/stat): stolen, and all together.
    steal_ticks: int
    total_ticks: int
    #: Nanoseconds this process's main thread (the event loop) waited for a CPU.
    runqueue_ns: int


def cpu_share() -> CpuShare | None:
    """The counters now (Linux), None where /proc does not have them."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        waited = Path("/proc/self/schedstat").read_text().split()[1]
    except (OSError, IndexError):
        return None
    # user nice system idle iowait irq softirq steal (guest time is inside user)
    ticks = [int(value) for value in fields[:8]]
    if len(ticks) < 8:
        return None
    return CpuShare(ticks[7], sum(ticks), int(waited))


def held_back(before: CpuShare | None, after: CpuShare | None, steps: int) -> dict[str, float]:
    """What the machine took from a run between two readings: the share of all CPU
    time stolen by the hypervisor (``steal_pct``) and the event loop's wait for a CPU
    per step (``runqueue_ms_per_step``). Empty where the counters are unknown."""
    if before is None or after is None:
        return {}
    total = after.total_ticks - before.total_ticks
    return {
        "steal_pct": round(100 * (after.steal_ticks - before.steal_ticks) / total, 1)
        if total
        else 0.0,
        "runqueue_ms_per_step": round((after.runqueue_ns - before.runqueue_ns) / 1e6 / steps, 3)
        if steps
        else 0.0,
    }


def server_processes(postmaster: int) -> list[int]:
    """A server's processes: ``postmaster`` and every process it started, as /proc
    lists them now."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and parent_of(int(entry.name)) == postmaster:
            children.append(int(entry.name))
    return [postmaster, *sorted(children)]


def parent_of(pid: int) -> int | None:
    """The parent process of ``pid`` (Linux /proc), None if there is no such process here."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # pid (comm) state ppid ...: the command may hold spaces and parentheses.
    return int(stat.rsplit(")", 1)[1].split()[1])


@contextmanager
def pinned_processes(pids: list[int], cpus: set[int]) -> Iterator[None]:
    """Run ``pids`` (and what they start meanwhile) on ``cpus`` only, as they were after.

    For a database server on the benchmark's machine: the bot is pinned to one core
    (``--cpu``), and a server process sharing that core makes the event loop wait for
    it in the kernel's run queue (round 17 in bench/README.md).
    """
    before: dict[int, set[int]] = {}
    try:
        for pid in pids:
            with suppress(ProcessLookupError):  # a process that ended meanwhile
                before[pid] = os.sched_getaffinity(pid)
                os.sched_setaffinity(pid, cpus)
        yield
    finally:
        for pid, mask in before.items():
            with suppress(ProcessLookupError):
                os.sched_setaffinity(pid, mask)
