"""The systemd units in deploy/ keep what docs/operations.md promises of them."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def directives(unit: str) -> dict[str, list[str]]:
    """Every ``Key=value`` of ``unit``, by key (a key may come more than once)."""
    found: dict[str, list[str]] = {}
    for line in (DEPLOY / unit).read_text(encoding="utf-8").splitlines():
        key, sign, value = line.partition("=")
        if sign and not line.lstrip().startswith(("#", ";")):
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_old_backups_are_deleted_even_when_tonight_s_backup_fails() -> None:
    # Copies older than 14 days hold data erased since (docs/privacy.md, "Where data lives"): the
    # deletion ran in ExecStartPost, which systemd skips when ExecStart fails, so a backup
    # failing night after night (a full disk, a moved database) kept every old copy.
    unit = directives("kausa-bot-backup.service")
    deleting = [command for command in unit.get("ExecStopPost", []) if "-delete" in command]
    assert len(deleting) == 1 and "-delete" in deleting[0]
    assert not any("-delete" in command for command in unit.get("ExecStartPost", []))


def kept_minutes(unit: str, environment: dict[str, str]) -> int:
    """The age in minutes past which ``unit``'s ExecStopPost deletes a copy, as its shell
    computes it under ``environment`` (systemd's EnvironmentFile)."""
    command = directives(unit)["ExecStopPost"][0].replace("$$", "$")
    age = re.search(r"-mmin \+(\S+)", command)
    assert age is not None, command
    printed = subprocess.run(
        ["/bin/sh", "-c", f"echo {age.group(1)}"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(printed.stdout)


def test_the_backups_are_kept_as_long_as_backup_days_says() -> None:
    # The privacy notice names BACKUP_DAYS as the longest a backup keeps erased data; the
    # timer deleted after 12½ days whatever it said. Each run deletes the copies older than
    # BACKUP_DAYS less a day and a half (the timer's delay, a run's length), so none is
    # older than BACKUP_DAYS; 14 by default, also when the setting is left empty.
    unit = "kausa-bot-backup.service"
    assert kept_minutes(unit, {}) == 18000
    assert kept_minutes(unit, {"BACKUP_DAYS": ""}) == 18000
    assert kept_minutes(unit, {"BACKUP_DAYS": "30"}) == 30 * 1440 - 2160


def test_the_web_chats_nginx_writes_no_access_log() -> None:
    # The web privacy notice says the device's IP address is kept in memory for a short
    # time and "not saved"; the nginx blocks of the docs kept nginx's default access log,
    # which on Debian holds every visitor's address and each page opened for 14 days.
    readme = (DEPLOY.parent / "docs" / "web-chat.md").read_text(encoding="utf-8")
    nginx = readme.split("```nginx\n", 1)[1].split("```", 1)[0]
    blocks = re.findall(r"location [^{]*\{[^}]*\}", nginx)
    assert len(blocks) == 2
    for block in blocks:
        assert "access_log off;" in block, block


def test_a_backup_killed_half_way_is_deleted_with_the_old_copies(tmp_path: Path) -> None:
    # `python -m bot backup` writes ".kausa-….db.partial" and renames it when complete; a
    # backup killed half-way (a reboot, the OOM killer) left it, with every person's data,
    # and the timer's "find -name 'kausa-*.db'" never matched it: kept for good.
    command = directives("kausa-bot-backup.service")["ExecStopPost"][0].replace("$$", "$")
    assert command.startswith("/bin/sh -c '") and command.endswith("'")
    script = command[len("/bin/sh -c '") : -1].replace("/var/lib/kausa-bot/backups", str(tmp_path))
    names = (
        "kausa-2026-11-01-0245.db",
        ".kausa-2026-11-02-0245.db.partial",
        "kausa-2026-11-30-0245.db",
        ".kausa-2026-11-03-0245.db.k3x9a_0q.partial",  # its own name since 2026-12-06
        "notes.txt",
    )
    for name in names:
        (tmp_path / name).write_bytes(b"SQLite format 3")
    for old in (*names[:2], *names[3:]):
        os.utime(tmp_path / old, (0, 0))  # 1970: older than any BACKUP_DAYS
    subprocess.run(["/bin/sh", "-c", script], env={}, check=True)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "kausa-2026-11-30-0245.db",
        "notes.txt",
    ]
