"""A process that has imported the bot once; each ``python -m bot`` of a test is a fork of it.

Started as a script by tests/command_line.py, one per pytest worker. A command-line test
runs dozens of ``python -m bot`` children, and about nine tenths of each one's CPU went to
importing python-telegram-bot, SQLAlchemy, Alembic and the bot (1.7 of 1.8 s of CPU on a
loaded CI machine). A fork of this process skips that and nothing else: the child gets
its own working directory, environment, argument list, standard streams and process id,
and runs ``bot/__main__.py`` as ``__main__`` through runpy, as ``python -m`` does. Its exit
code, an uncaught exception's traceback and the interpreter's shutdown (atexit, the
flush of the streams) are the interpreter's own.

Protocol, one JSON object per line: a request on standard input
(``{"args", "cwd", "env", "stdin", "stdout", "stderr"}``, the last three file paths), then
``{"pid": N}`` as soon as the child runs and ``{"status": N}`` when it ended (as
``subprocess`` reports it: negative for a signal).
"""

from __future__ import annotations

import importlib
import json
import os
import runpy
import sys
import threading

#: Imported once here: what ``python -m bot`` and its commands import. Nothing in them
#: starts a thread or an event loop at import (checked below: a fork copies only the
#: thread that forks).
PRELOADED = (
    "bot.__main__",
    "bot.app",
    "bot.desk.cli",
    "bot.advisor.export",
    "bot.privacy.retention",
    "bot.terminal",
    "bot.ops.runner",
    "bot.ops.webhook",
    "db.migrate",
)


def _run_command(request: dict[str, object]) -> None:
    """In the child: become ``python -m bot ARGS``; never returns."""
    os.chdir(str(request["cwd"]))
    os.environ.clear()
    os.environ.update({str(k): str(v) for k, v in dict(request["env"]).items()})  # type: ignore[call-overload]
    for fd, key, flags in (
        (0, "stdin", os.O_RDONLY),
        (1, "stdout", os.O_WRONLY | os.O_TRUNC),
        (2, "stderr", os.O_WRONLY | os.O_TRUNC),
    ):
        opened = os.open(str(request[key]), flags)
        os.dup2(opened, fd)
        os.close(opened)
    # New stream objects on the new descriptors (nothing of this process's buffers).
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
    sys.argv = ["-m", *[str(a) for a in request["args"]]]  # type: ignore[attr-defined]
    sys.path[0] = os.getcwd()  # as `python -m` puts the working directory first
    # Preloaded for its imports; run fresh as __main__ (runpy warns if it is still there).
    sys.modules.pop("bot.__main__", None)
    runpy.run_module("bot", run_name="__main__", alter_sys=True)
    sys.exit(0)


def main() -> None:
    for name in PRELOADED:
        importlib.import_module(name)
    if threading.active_count() != 1:
        sys.exit(f"forkserver: an import started a thread: {threading.enumerate()}")
    requests = sys.stdin.buffer
    replies = sys.stdout
    while line := requests.readline():
        request = json.loads(line)
        replies.flush()
        pid = os.fork()
        if pid == 0:
            _run_command(request)
        print(json.dumps({"pid": pid}), file=replies, flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": os.waitstatus_to_exitcode(status)}), file=replies, flush=True)


if __name__ == "__main__":
    main()
