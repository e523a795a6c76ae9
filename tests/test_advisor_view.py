"""Advisors' German texts: escaped, within Telegram's limits, nothing personal once withdrawn."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.advisor import reports, view, wording
from db.models import AuditEvent, Lead
from testkit.fake_bot_api import _check_html

NOW = datetime(2026, 2, 3, 9, 30, tzinfo=UTC)


def lead(**fields: object) -> Lead:
    values: dict[str, object] = {
        "id": 42,
        "flow": "business",
        "answers": {"sector": "other", "sector_other": "Kiosk <&> Co", "employees": "1-9"},
        "office": "leipzig",
        "postal_code": "04109",
        "language": "vi",
        "channel": "telegram",
        "name": "Nguyễn Văn An",
        "phone": "+4915112345678",
        "email": None,
        "telegram_username": "an_nguyen",
        "contact_via_telegram": False,
        "preferred_time": "morning",
        "callback_language": "vi",
        "status": "new",
        "attempts": 0,
        "created_at": NOW,
    }
    values.update(fields)
    return Lead(**values)


def test_lead_message_is_german_escaped_and_valid_html() -> None:
    screen = view.lead_message(lead(), "Leipzig")
    _check_html(screen.text)
    assert "Kiosk &lt;&amp;&gt; Co" in screen.text
    assert '<a href="tel:+4915112345678">+49 1511 2345678</a>' in screen.text
    assert "Gesprächssprache: Vietnamesisch" in screen.text
    assert "Eingang: 03.02.2026, 10:30" in screen.text  # Berlin time
    assert [b.data for row in screen.keyboard for b in row] == ["adv:claim:42", "adv:handover:42"]


def test_a_huge_lead_still_fits_one_message() -> None:
    answers = {"sector": "other", "sector_other": "<b>" * 2000, "employees": "1-9"}
    huge = lead(name="A" * 5000, answers=answers, email="x" * 240 + "@example.org")
    screen = view.lead_message(huge, "Leipzig")
    assert wording.utf16_len(screen.text) <= 4096
    _check_html(screen.text)
    assert "…" in screen.text  # the typed values were cut

    history = [
        AuditEvent(action="read", actor_id=i, actor_name="Anna " * 20, created_at=NOW)
        for i in range(300)
    ]
    card = view.lead_message(huge, "Leipzig", limit=wording.MAX_MESSAGE - 1000).text
    detail = reports.lead_detail(card, history)
    assert wording.utf16_len(detail) <= 4096
    _check_html(detail)
    assert "ältere Einträge nicht angezeigt" in detail


def test_an_advisors_readings_after_their_own_entries_are_not_listed() -> None:
    # Every tap in the inbox reloads the page: "angesehen" was half of a lead's history.
    def event(action: str, actor: int) -> AuditEvent:
        return AuditEvent(action=action, actor_id=actor, actor_name=f"A{actor}", created_at=NOW)

    history = [
        event("read", 1),
        event("read", 1),
        event("claimed", 1),
        event("read", 1),
        event("read", 2),
        event("not_reached", 1),
        event("read", 1),
    ]
    shown = [(e.action, e.actor_id) for e in reports.shown_history(history)]
    assert shown == [("read", 1), ("claimed", 1), ("read", 2), ("not_reached", 1)]
    assert reports.lead_detail("card", history).count("angesehen") == 2
    # Two advisors' open pages, each updated live: each reading once between two entries
    # (with both pages open, 12 of 17 lines said "angesehen").
    both = [event("claimed", 1), *[event("read", n) for n in (2, 1, 2, 1, 2)], event("done", 2)]
    assert [(e.action, e.actor_id) for e in reports.shown_history(both)] == [
        ("claimed", 1),
        ("read", 2),
        ("done", 2),
    ]


def test_withdrawn_lead_shows_nothing_personal() -> None:
    text = view.lead_message(lead(status="withdrawn"), "Leipzig").text
    assert "zurückgezogen" in text
    for secret in ("Nguyễn", "15112345678", "an_nguyen", "Kiosk"):
        assert secret not in text
    assert view.lead_message(lead(status="withdrawn"), "Leipzig").keyboard == ()


@pytest.mark.parametrize(
    ("data", "parsed"),
    [
        ("adv:claim:7", ("claim", 7)),
        ("adv:done:123", ("done", 123)),
        ("adv:claim:-1", None),
        ("adv:explode:7", None),
        ("adv:claim", None),
        ("3:l:de", None),
    ],
)
def test_callback_data(data: str, parsed: tuple[str, int] | None) -> None:
    assert view.parse_callback(data) == parsed
    if parsed is not None:
        assert view.callback_data(*parsed) == data


def test_ages_and_roles() -> None:
    assert wording.age(NOW, NOW.replace(minute=59)) == "29 Min."
    assert wording.age(NOW, NOW.replace(day=4)) == "24 Std."
    assert wording.age(NOW, NOW.replace(day=13)) == "10 Tg."
    assert view.role(lead(flow="young", answers={"situation": "parent"})) == "Elternteil"
    assert view.role(lead(flow="callback", answers={"role": "parent"})) == "Elternteil"


def test_failed_calls_stay_on_the_card_when_the_request_is_taken_again() -> None:
    # Given back after three failed calls, then taken: the card forgot them.
    taken = lead(status="claimed", attempts=3, claimed_by_name="Anna Schmidt")
    assert "bisher 3 erfolglose Kontaktversuche" in view.status_line(taken, "Europe/Berlin")
    fresh = lead(status="claimed", attempts=0, claimed_by_name="Anna Schmidt")
    assert "Kontaktversuch" not in view.status_line(fresh, "Europe/Berlin")


def test_a_call_wished_without_a_number_tells_the_advisor_to_ask_for_one() -> None:
    # "Write to me here" at the phone question, then "By phone": the card said
    # "Gespräch: Am Telefon" and gave no number to call.
    answers = {"sector": "gastro", "employees": "1-9", "meeting": "phone"}
    by_telegram = {"answers": answers, "phone": None, "contact_via_telegram": True}
    without = view.lead_message(lead(**by_telegram), "Leipzig").text
    given = view.lead_message(lead(answers=answers), "Leipzig").text
    assert f"Gespräch: Am Telefon ({view.NO_NUMBER})" in without
    assert "Gespräch: Am Telefon" in given and view.NO_NUMBER not in given
    # Not on a withdrawn request, whose number is gone with the person's data (QA).
    gone = view.answer_pairs(lead(answers=answers, phone=None, status="withdrawn"))
    assert ("Gespräch", "Am Telefon") in gone
