"""The unsent replies kept for the lead page a refused reply is redirected to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.desk.drafts import FRESH, Drafts

NOW = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)


def test_a_draft_is_given_back_once_to_its_advisor_and_lead_while_fresh() -> None:
    drafts = Drafts(kept=2)
    drafts.keep(1, 7, "Hallo Lina", NOW)
    drafts.keep(2, 7, "Guten Tag", NOW)
    assert drafts.take(1, 8, NOW) == ""  # another lead
    assert drafts.take(1, 7, NOW) == "Hallo Lina"
    assert drafts.take(1, 7, NOW) == ""  # once: a later visit shows an empty field
    assert drafts.take(2, 7, NOW + FRESH + timedelta(seconds=1)) == ""  # stale


def test_the_oldest_draft_goes_first_when_too_many_are_kept() -> None:
    drafts = Drafts(kept=2)
    for lead in (1, 2, 3):
        drafts.keep(1, lead, f"an {lead}", NOW)
    assert [drafts.take(1, lead, NOW) for lead in (1, 2, 3)] == ["", "an 2", "an 3"]
