"""Which tests the PostgreSQL and the clock-moved CI passes run (see .ci/run).

Both are chosen from what a test uses, never from a list of names that would rot:

- ``database``: the test requests the ``database_url`` fixture (directly or through
  ``db_engine``/``sessionmaker``), so ``TEST_DATABASE_URL`` changes what it runs against.
  A test without it never opens the test database: a PostgreSQL pass would run it on
  exactly what the SQLite pass ran.
- ``clock``: the test module, or a helper module of tests/ or testkit/ it imports (at any
  depth), writes a fixed date or time (``datetime(2026, ...)``, ``"2026-11-25"``,
  ``"30.11.2026"``, ``fromisoformat``/``strptime``) or moves the clock (time-machine).
  Only such a test can mix a fixed date with the wall clock; a test that names no date
  sees the same days whenever it runs. ``@pytest.mark.clock`` adds a test by hand.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
#: Packages whose modules count as the test's own code (the application's are not).
HELPER_PACKAGES = ("tests", "testkit")

_FIXED_DATE = re.compile(
    r"\b(?:datetime|date)\(\s*(?:year\s*=\s*)?\d"  # datetime(2026, 11, 25), date(year=2026, ...)
    r"|\b\d{4}-\d{2}-\d{2}\b"  # an ISO date in a string
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b"  # a German date in an expected text
    r"|\bfromisoformat\(|\bstrptime\("
)


def writes_a_fixed_date(source: str) -> bool:
    """Whether Python ``source`` writes a fixed date or time."""
    return _FIXED_DATE.search(source) is not None


def moves_the_clock(source: str) -> bool:
    """Whether ``source`` travels in time itself (time-machine)."""
    return re.search(r"\btime_machine\.travel\b|\btime_machine\.move_to\b", source) is not None


def helper_imports(source: str) -> set[str]:
    """The tests/ and testkit/ modules ``source`` imports, as dotted names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # ``from tests import dialogue_driver`` imports a module, not a name.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name.split(".")[0] in HELPER_PACKAGES}


def _module_path(dotted: str) -> Path | None:
    path = REPO_ROOT.joinpath(*dotted.split(".")).with_suffix(".py")
    return path if path.is_file() else None


@cache
def depends_on_a_date(path: Path) -> bool:
    """Whether the module at ``path`` or a helper it imports (at any depth) fixes a date."""
    seen: set[Path] = set()
    todo = [path]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        source = current.read_text(encoding="utf-8")
        if writes_a_fixed_date(source) or moves_the_clock(source):
            return True
        todo.extend(p for name in helper_imports(source) if (p := _module_path(name)))
    return False
