"""The web server as people start it: beside Telegram in ``python -m bot run``, and alone in
``python -m bot web`` without a Telegram token."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.ops.instance import InstanceLock
from db.session import create_engine
from tests.live_bot import REPO_ROOT, BotProcess, RecordingFake, free_port, listening
from tests.test_instance_lock import WAITING


async def fetch_stylesheet(port: int) -> tuple[int, str, dict[str, str]]:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/static/chat.css") as response:
            return response.status, await response.text(), dict(response.headers)


async def test_run_serves_the_web_side_beside_telegram(database_url: str, tmp_path: Path) -> None:
    port = free_port()
    async with RecordingFake() as fake:
        process = BotProcess(
            fake, database_url, tmp_path, env={"WEB_ENABLED": "true", "WEB_PORT": str(port)}
        )
        try:
            await process.start()
            await listening(port, timeout=30)
            status, css, headers = await fetch_stylesheet(port)
        finally:
            await process.close()
    assert status == 200
    assert "--accent" in css
    assert "default-src 'self'" in headers["Content-Security-Policy"]


async def start_web(database_url: str, tmp_path: Path, port: int) -> asyncio.subprocess.Process:
    """``python -m bot web`` as people start it, without a Telegram token or a .env."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DATABASE_URL": database_url,
        "WEB_PORT": str(port),
        "WEB_ENABLED": "true",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "web",
        cwd=tmp_path,  # no .env from the repository
        env={**env, "PYTHONPATH": str(REPO_ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


async def test_web_serves_without_a_telegram_token_and_stops_on_sigterm(
    database_url: str, tmp_path: Path
) -> None:
    port = free_port()
    process = await start_web(database_url, tmp_path, port)
    try:
        await listening(port, timeout=30)
        status, _, _ = await fetch_stylesheet(port)
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.stdout is not None
    output = (await process.stdout.read()).decode()
    assert status == 200
    assert code == 0, output
    assert f"http://127.0.0.1:{port}/chat" in output
    # Like `run`, it says what the configuration lacks for going live: the web chat's
    # privacy notice named no one to ask about one's data, without a word at start.
    assert "PRIVACY_CONTACT is not set" in output
    assert "office leipzig shows no contact details" in output


async def test_web_waits_while_another_bot_process_serves_the_database(
    database_url: str, tmp_path: Path
) -> None:
    # One web server per database: what it remembers of its sessions relies on it.
    engine = create_engine(database_url)
    other = InstanceLock(engine)
    assert await other.try_acquire()
    port = free_port()
    process = await start_web(database_url, tmp_path, port)
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while WAITING not in "".join(lines):
            line = await asyncio.wait_for(process.stdout.readline(), 30)
            assert line, "".join(lines)
            lines.append(line.decode())
        with pytest.raises(OSError):  # it waits before it listens
            await asyncio.open_connection("127.0.0.1", port)
        await other.release()
        await listening(port, timeout=30)
        status, _, _ = await fetch_stylesheet(port)
    finally:
        await other.release()
        await engine.dispose()
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 30)
    assert status == 200
