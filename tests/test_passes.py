"""The CI passes select by what a test uses (tests/passes.py): these are the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import passes


@pytest.mark.parametrize(
    "line",
    [
        "NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)",
        "since = date(year=2026, month=1, day=1)",
        'args = ["--since", "2026-01-01"]',
        'assert "Eingang: 03.02.2026, 10:30" in screen.text',
        "when = datetime.fromisoformat(value)",
        'when = datetime.strptime(value, "%d.%m.%Y")',
    ],
)
def test_a_fixed_date_is_seen(line: str) -> None:
    assert passes.writes_a_fixed_date(line)


@pytest.mark.parametrize(
    "line",
    [
        "created_at = utcnow() - timedelta(minutes=5)",
        "fake.push_update(start_update(4712, 704))",
        'assert "Anfrage #12" in card.text',
        "version = (3, 11, 2)",
    ],
)
def test_the_wall_clock_and_plain_numbers_are_no_fixed_date(line: str) -> None:
    assert not passes.writes_a_fixed_date(line)


def _package(root: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


def test_a_fixed_date_in_an_imported_helper_counts_at_any_depth(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _package(
        tmp_path,
        {
            "tests/test_walk.py": "from tests.driver import Person\n",
            "tests/driver.py": "from tests import clocks\n",
            "tests/clocks.py": "NOW = datetime(2026, 11, 25, tzinfo=UTC)\n",
            "tests/test_plain.py": "import tests.plain\nfrom bot import dates\n",
            "tests/plain.py": "now = utcnow()\n",
        },
    )
    monkeypatch.setattr(passes, "REPO_ROOT", tmp_path)
    passes.depends_on_a_date.cache_clear()
    try:
        assert passes.depends_on_a_date(tmp_path / "tests/test_walk.py")
        # Only tests/ and testkit/ count: the application's own dates are what is tested.
        assert not passes.depends_on_a_date(tmp_path / "tests/test_plain.py")
    finally:
        passes.depends_on_a_date.cache_clear()


def test_time_travel_counts() -> None:
    assert passes.moves_the_clock("with time_machine.travel(now[0], tick=False):")
    assert not passes.moves_the_clock("hatch = time_machine.escape_hatch")


def test_a_test_with_the_database_is_marked_for_the_postgresql_pass(
    request: pytest.FixtureRequest, database_url: str
) -> None:
    assert request.node.get_closest_marker("database") is not None


def test_a_test_without_the_database_is_not(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("database") is None
    # This module writes fixed dates (above), so the clock-moved pass runs it.
    assert request.node.get_closest_marker("clock") is not None


@pytest.mark.parametrize(
    "source",
    [
        "# QA, 2026-12-04: the second tap landed on the next question's button\nx = 1\n",
        'def test_x() -> None:\n    """Since 30.11.2026 the card says so."""\n    assert True\n',
        '"""Reviewed 2026-11-30."""\n\nNOW = utcnow()  # not datetime(2026, 1, 1)\n',
        "# with time_machine.travel(then): was the old way\nnow = utcnow()\n",
    ],
)
def test_a_date_in_a_comment_or_docstring_is_no_fixed_date(source: str) -> None:
    # Such a module has no date to mix with the wall clock; the clock-moved pass would
    # only spend CI minutes on it.
    assert not passes.writes_a_fixed_date(source)
    assert not passes.moves_the_clock(source)


def test_a_fixed_date_after_a_comment_is_still_seen() -> None:
    source = (
        '"""A docstring."""\n'
        "# QA note\n"
        'WHEN = "2026-11-25"  # a date in a string is code\n'
        "def f() -> str:\n"
        '    """Doc."""\n'
        "    return 'x'\n"
    )
    assert passes.writes_a_fixed_date(source)
    assert passes.code_of(source).splitlines()[2].startswith('WHEN = "2026-11-25"')
