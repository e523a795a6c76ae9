"""The operator's command line, run as a real subprocess (``python -m bot ...``).

Apart from the CLI tests so that a test importing it names no fixed date through them
(tests/passes.py: such a test would join the clock-moved CI pass for nothing).

Each command is a fork of a process that has imported the bot once (tests/forkserver.py):
its own process with its own working directory, environment, arguments, standard streams
and exit code, as ``subprocess.run([python, "-m", "bot", ...])`` gave, without the second
and a half of imports each child paid.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO

TIMEOUT = 120.0


def run_bot(
    args: list[str], tmp_path: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -m bot *args`` in ``tmp_path``, without the caller's Telegram token or
    database, plus ``env``; its output captured."""
    environment = {**_without_the_callers_bot(), **env}
    command = [sys.executable, "-m", "bot", *args]
    with tempfile.TemporaryDirectory(prefix="bot-command-") as scratch:
        streams = {name: Path(scratch, name) for name in ("stdin", "stdout", "stderr")}
        streams["stdin"].write_text(stdin, encoding="utf-8")
        for name in ("stdout", "stderr"):
            streams[name].touch()
        request: dict[str, object] = {"args": args, "cwd": str(tmp_path), "env": environment}
        request.update({name: str(path) for name, path in streams.items()})
        status = _server().run(request, command)
        return subprocess.CompletedProcess(
            command,
            status,
            streams["stdout"].read_text(encoding="utf-8"),
            streams["stderr"].read_text(encoding="utf-8"),
        )


class _ForkServer:
    """The pytest worker's fork server (tests/forkserver.py), started at first use."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("forkserver.py"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_without_the_callers_bot(),
            # Unbuffered: a buffered reader could take both replies of a quick command in
            # one read, and select() would then wait for the second, already read.
            bufsize=0,
        )
        atexit.register(self.close)

    def start(self, request: dict[str, object]) -> int:
        """Start a command; its process id. With ``status`` in the request, the server
        writes the exit code there; else :meth:`run` reads it."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(request).encode() + b"\n")
        self._process.stdin.flush()
        return self._reply(self._process.stdout, "pid", TIMEOUT)

    def run(self, request: dict[str, object], command: list[str]) -> int:
        """Run one command; its exit code. Killed after TIMEOUT, as subprocess.run does."""
        assert self._process.stdout is not None
        pid = self.start(request)
        try:
            return self._reply(self._process.stdout, "status", TIMEOUT)
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self._reply(self._process.stdout, "status", TIMEOUT)
            raise subprocess.TimeoutExpired(command, TIMEOUT) from None

    def _reply(self, replies: IO[bytes], key: str, timeout: float) -> int:
        ready, _, _ = select.select([replies], [], [], timeout)
        if not ready:
            raise subprocess.TimeoutExpired([key], timeout)
        line = replies.readline()
        if not line:  # the server itself ended: an import failed (its stderr says which)
            raise RuntimeError(f"the fork server ended with {self._process.wait()}")
        return int(json.loads(line)[key])

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            self._process.wait(timeout=10)


def start_bot(request: dict[str, object]) -> int:
    """Start ``python -m bot`` as the request asks (tests/forkserver.py, with ``status``);
    its process id."""
    return _server().start(request)


def _without_the_callers_bot() -> dict[str, str]:
    """This process's environment without its Telegram token or database."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL"))}


_started: list[_ForkServer] = []


def _server() -> _ForkServer:
    if not _started:
        _started.append(_ForkServer())
    return _started[0]
