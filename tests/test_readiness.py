"""What `run` says at start about a configuration not ready for going live."""

from __future__ import annotations

from dataclasses import replace

from bot.config import load_settings
from bot.offices import configured_offices
from bot.ops.readiness import missing_for_live


def test_the_example_offices_without_a_chat_are_named_at_start() -> None:
    # Started with the example offices file and no ADVISOR_CHAT_ID, the bot said nothing
    # until the first lead logged "configuration problem" and waited for good.
    settings = load_settings(_env_file=None, database_url="sqlite+aiosqlite://")
    lines = missing_for_live(configured_offices(settings), smtp=False)
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
    assert missing_for_live(offices, smtp=False) == []
    mailing = {k: replace(o, notify_email="buero@example.org") for k, o in offices.items()}
    assert all("SMTP_HOST" in line for line in missing_for_live(mailing, smtp=False))
    assert missing_for_live(mailing, smtp=True) == []
