"""The web server as people start it: beside Telegram in ``python -m bot run``, and alone in
``python -m bot web`` without a Telegram token."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp

from tests.live_bot import REPO_ROOT, BotProcess, RecordingFake, free_port, listening


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


async def test_web_serves_without_a_telegram_token_and_stops_on_sigterm(
    database_url: str, tmp_path: Path
) -> None:
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DATABASE_URL": database_url,
        "WEB_PORT": str(port),
        "WEB_ENABLED": "true",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "web",
        cwd=tmp_path,  # no .env from the repository
        env={**env, "PYTHONPATH": str(REPO_ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
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
