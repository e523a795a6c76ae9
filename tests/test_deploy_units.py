"""The systemd units in deploy/ keep what docs/operations.md promises of them."""

from __future__ import annotations

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
    # Copies older than 14 days hold data erased since (README, "Where data lives"): the
    # deletion ran in ExecStartPost, which systemd skips when ExecStart fails, so a backup
    # failing night after night (a full disk, a moved database) kept every old copy.
    unit = directives("kausa-bot-backup.service")
    deleting = [command for command in unit.get("ExecStopPost", []) if "-delete" in command]
    assert len(deleting) == 1 and "-mmin +18000" in deleting[0]
    assert not any("-delete" in command for command in unit.get("ExecStartPost", []))
