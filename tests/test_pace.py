"""The per-person pace (bot.ops.pace): what a person who writes too fast is answered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.ops.pace import Pace, PersonPace

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_updates_up_to_the_limit_are_taken_then_one_warning_then_silence() -> None:
    pace = PersonPace(limit=30)
    verdicts = [pace.check(1, NOW + timedelta(seconds=i)) for i in range(40)]
    assert verdicts[:30] == [Pace.TAKE] * 30
    assert verdicts[30] == Pace.WARN
    assert verdicts[31:] == [Pace.IGNORE] * 9


def test_an_album_counts_as_one_message() -> None:
    pace = PersonPace(limit=3)
    assert pace.check(1, NOW) == Pace.TAKE
    # Ten photos sent at once: one update each, one message to the person.
    assert [pace.check(1, NOW, album="a1") for _ in range(10)] == [Pace.TAKE] * 10
    assert [pace.check(1, NOW, album="a2") for _ in range(10)] == [Pace.TAKE] * 10
    assert [pace.check(1, NOW) for _ in range(2)] == [Pace.WARN, Pace.IGNORE]
    # An album past the limit is not let through by its later parts.
    assert [pace.check(1, NOW, album="a3") for _ in range(3)] == [Pace.IGNORE] * 3


def test_one_album_id_passes_no_more_than_telegrams_ten_parts() -> None:
    pace = PersonPace(limit=2)
    # A script reusing one media group id: past ten parts each update counts again.
    verdicts = [pace.check(1, NOW, album="a1") for _ in range(13)]
    assert verdicts == [Pace.TAKE] * 11 + [Pace.WARN, Pace.IGNORE]
    # The first ten are one message; the eleventh counts as the second.


def test_the_next_window_takes_updates_again() -> None:
    pace = PersonPace(limit=2)
    assert [pace.check(1, NOW) for _ in range(4)] == [Pace.TAKE, Pace.TAKE, Pace.WARN, Pace.IGNORE]
    later = NOW + timedelta(minutes=1)
    assert [pace.check(1, later) for _ in range(3)] == [Pace.TAKE, Pace.TAKE, Pace.WARN]


def test_one_person_flooding_leaves_another_untouched() -> None:
    pace = PersonPace(limit=2)
    for _ in range(100):
        pace.check(1, NOW)
    assert pace.check(2, NOW) == Pace.TAKE


def test_memory_is_bounded_and_a_forgotten_person_starts_afresh() -> None:
    pace = PersonPace(limit=1, max_people=2)
    assert [pace.check(1, NOW) for _ in range(2)] == [Pace.TAKE, Pace.WARN]
    pace.check(2, NOW)
    pace.check(3, NOW)
    assert pace.check(1, NOW) == Pace.TAKE
