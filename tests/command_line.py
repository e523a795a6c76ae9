"""The operator's command line, run as a real subprocess (``python -m bot ...``).

Apart from the CLI tests so that a test importing it names no fixed date through them
(tests/passes.py: such a test would join the clock-moved CI pass for nothing).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_bot(
    args: list[str], tmp_path: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -m bot *args`` in ``tmp_path``, without the caller's Telegram token or
    database, plus ``env``; its output captured."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL"))
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
