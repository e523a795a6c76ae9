"""Local ports for servers that tests and benchmarks start: a free one, and waiting for it."""

from __future__ import annotations

import asyncio
import secrets
import socket
from pathlib import Path

#: Where the kernel takes the local ports of outgoing connections from (Linux).
_LOCAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
#: Below it: above the usual services' ports (PostgreSQL 5432, Redis 6379 ...).
_LOWEST = 15000


def _outgoing_ports() -> tuple[int, int]:
    try:
        low, high = (int(part) for part in _LOCAL_RANGE.read_text().split())
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default
    return low, high


def free_port() -> int:
    """A TCP port nobody listens on right now, outside the range the kernel gives to the
    local end of outgoing connections: a port from there, free when asked, was taken by
    a browser's or client's connection before the server bound it ("address already in
    use", seen once in CI). Random within the rest, so that parallel test workers rarely
    pick the same one."""
    low, _high = _outgoing_ports()
    if low - _LOWEST > 1000:
        for _ in range(50):
            port = _LOWEST + secrets.randbelow(low - _LOWEST)
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
                try:
                    sock.bind(("127.0.0.1", port))
                except OSError:
                    continue
                return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def listening(port: int, timeout: float = 15.0) -> None:  # noqa: ASYNC109
    """Wait until something accepts connections on ``port`` (a server starting up)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if loop.time() > deadline:
                raise AssertionError(f"nothing listens on port {port}") from None
            await asyncio.sleep(0.05)
            continue
        writer.close()
        await writer.wait_closed()
        return
