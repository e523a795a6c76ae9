"""What `run` says at start about a configuration not ready for going live."""

from __future__ import annotations

import logging
from dataclasses import replace
from types import SimpleNamespace
from typing import cast

import pytest

from bot.__main__ import _warn_unready
from bot.config import load_settings
from bot.offices import configured_offices
from bot.ops.readiness import missing_for_live
from bot.services import Services


def test_the_example_offices_without_a_chat_are_named_at_start() -> None:
    # Started with the example offices file and no ADVISOR_CHAT_ID, the bot said nothing
    # until the first lead logged "configuration problem" and waited for good.
    settings = load_settings(_env_file=None, database_url="sqlite+aiosqlite://")
    lines = missing_for_live(configured_offices(settings), smtp=False, privacy_reachable=True)
    for key in ("dresden", "chemnitz", "leipzig"):
        named = [line for line in lines if line.startswith(f"office {key} ")]
        assert any("ADVISOR_CHAT_ID" in line for line in named), key
        assert any("contact details" in line for line in named), key


def test_a_ready_configuration_gets_no_warning() -> None:
    settings = load_settings(
        _env_file=None, database_url="sqlite+aiosqlite://", advisor_chat_id=-1001
    )
    offices = {
        key: replace(office, placeholder=False, phone="(the office's)", notify_email="")
        for key, office in configured_offices(settings).items()
    }
    assert missing_for_live(offices, smtp=False, privacy_reachable=True) == []
    mailing = {k: replace(o, notify_email="buero@example.org") for k, o in offices.items()}
    assert all(
        "SMTP_HOST" in line
        for line in missing_for_live(mailing, smtp=False, privacy_reachable=True)
    )
    assert missing_for_live(mailing, smtp=True, privacy_reachable=True) == []


def test_a_privacy_notice_that_names_no_one_to_ask_is_named_at_start() -> None:
    # Read as a data protection officer reads it: without PRIVACY_CONTACT (or a full policy
    # to link to) the notice named the controller but no way to reach it (GDPR Art.
    # 13(1)(a)), and the start said nothing.
    settings = load_settings(_env_file=None, database_url="sqlite+aiosqlite://")
    lines = missing_for_live({}, smtp=False, privacy_reachable=False)
    assert settings.privacy_contact == "" and settings.privacy_policy_url == ""
    assert len(lines) == 1 and "PRIVACY_CONTACT" in lines[0]
    assert missing_for_live({}, smtp=False, privacy_reachable=True) == []


def test_postgresql_backups_without_a_named_period_are_named_at_start() -> None:
    # The notice says deleted data stay in the backups up to BACKUP_DAYS (14 by default,
    # the shipped SQLite timer's period); on PostgreSQL the backups are the operator's
    # pg_dump files, kept as long as they keep them, and the start said nothing.
    lines = missing_for_live({}, smtp=False, privacy_reachable=True, backups_unnamed=True)
    assert len(lines) == 1 and "BACKUP_DAYS" in lines[0] and "pg_dump" in lines[0]
    assert missing_for_live({}, smtp=False, privacy_reachable=True, backups_unnamed=False) == []


@pytest.mark.parametrize(
    ("url", "given", "warned"),
    [
        ("postgresql+asyncpg://kausa@127.0.0.1/kausa", {}, True),
        ("postgresql+asyncpg://kausa@127.0.0.1/kausa", {"backup_days": 30}, False),
        (
            "postgresql+asyncpg://kausa@127.0.0.1/kausa",
            {"privacy_policy_url": "https://example.org/datenschutz"},
            False,
        ),
        ("sqlite+aiosqlite:///data/kausa.db", {}, False),
    ],
)
def test_the_start_names_backup_days_only_where_the_notice_would_guess(
    caplog: pytest.LogCaptureFixture, url: str, given: dict[str, object], warned: bool
) -> None:
    # `run` and `web` pass what they know to missing_for_live: on SQLite the shipped timer
    # keeps BACKUP_DAYS; on PostgreSQL only the operator knows, unless they said it.
    settings = load_settings(
        _env_file=None, database_url=url, privacy_contact="datenschutz@example.org", **given
    )
    with caplog.at_level(logging.WARNING, logger="bot"):
        _warn_unready(cast("Services", SimpleNamespace(settings=settings, offices={})))
    assert any("BACKUP_DAYS" in record.getMessage() for record in caplog.records) is warned
