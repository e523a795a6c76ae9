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
(``{"args", "cwd", "env", "stdin", "stdout", "stderr"}``, the last three file paths;
``"stderr": "stdout"`` writes both to one file, as ``stderr=subprocess.STDOUT`` does), then
``{"pid": N}`` as soon as the child runs and ``{"status": N}`` when it ended (as
``subprocess`` reports it: negative for a signal).

A request with ``"status": PATH`` starts a long-running child (``python -m bot run`` of the
fault tests, signalled and waited for while the test goes on): only ``{"pid": N}`` is
answered, and the child's exit code is written to PATH when it ends, by a fork of this
process that waits for it (the test process is not its parent and cannot wait for it).
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
        (1, "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        if fd == 2 and request[key] == "stdout":
            os.dup2(1, 2)
            continue
        opened = os.open(str(request[key]), flags)
        os.dup2(opened, fd)
        os.close(opened)
    # New stream objects on the new descriptors (nothing of this process's buffers), a line
    # at a time: a test reads a running bot's log (as PYTHONUNBUFFERED gave a child).
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False, buffering=1)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False, buffering=1)
    sys.argv = ["-m", *[str(a) for a in request["args"]]]  # type: ignore[attr-defined]
    sys.path[0] = os.getcwd()  # as `python -m` puts the working directory first
    # Preloaded for its imports; run fresh as __main__ (runpy warns if it is still there).
    sys.modules.pop("bot.__main__", None)
    runpy.run_module("bot", run_name="__main__", alter_sys=True)
    sys.exit(0)


def _start_waited_for(request: dict[str, object]) -> int:
    """Start the command in a child of a waiter that writes its exit code to the request's
    ``status`` path when it ends; the command's process id."""
    read_end, write_end = os.pipe()
    if os.fork() == 0:  # the waiter
        os.close(read_end)
        # Not the test's end of this server's pipes: their end is seen when the server's is.
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        pid = os.fork()
        if pid == 0:
            os.close(write_end)
            _run_command(request)
        os.write(write_end, f"{pid}\n".encode())
        os.close(write_end)
        _, status = os.waitpid(pid, 0)
        path = str(request["status"])
        with open(path + ".part", "w", encoding="utf-8") as written:
            written.write(str(os.waitstatus_to_exitcode(status)))
        os.replace(path + ".part", path)  # whole or not there
        os._exit(0)  # nothing of this process's own shutdown (its streams, atexit)
    os.close(write_end)
    with open(read_end, encoding="utf-8") as told:
        return int(told.readline())


def _reap_waiters() -> None:
    """Collect the waiters that have ended (they would stay as zombies)."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:  # none left
        pass


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
        _reap_waiters()
        if "status" in request:
            pid = _start_waited_for(request)
            print(json.dumps({"pid": pid}), file=replies, flush=True)
            continue
        pid = os.fork()
        if pid == 0:
            _run_command(request)
        print(json.dumps({"pid": pid}), file=replies, flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": os.waitstatus_to_exitcode(status)}), file=replies, flush=True)


if __name__ == "__main__":
    main()
