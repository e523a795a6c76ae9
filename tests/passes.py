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
  Comments and docstrings are not code: "# QA, 2026-12-04: ..." put whole modules into
  the clock-moved pass, which costs CI minutes and tests nothing.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
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

_TRAVEL = re.compile(r"\btime_machine\.travel\b|\btime_machine\.move_to\b")


def writes_a_fixed_date(source: str) -> bool:
    """Whether Python ``source`` writes a fixed date or time in its code."""
    # Most modules name no date at all: only those that do are tokenized.
    return (
        _FIXED_DATE.search(source) is not None and _FIXED_DATE.search(code_of(source)) is not None
    )


@cache  # both checks of a module read its code: parse it once
def code_of(source: str) -> str:
    """``source`` with its comments and docstrings blanked, lines and columns kept.

    A fragment that does not parse (one line of a block) is read whole.
    """
    try:
        tree = ast.parse(source)
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (SyntaxError, tokenize.TokenError):
        return source
    docstrings = {
        (first.lineno, first.col_offset)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(first := node.body[0], ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    }
    lines = source.splitlines(keepends=True)
    for token in reversed(tokens):
        if token.type == tokenize.COMMENT or (
            token.type == tokenize.STRING and token.start in docstrings
        ):
            (first_line, start), (last_line, end) = token.start, token.end
            for number in range(first_line, last_line + 1):
                line = lines[number - 1]
                left = start if number == first_line else 0
                right = end if number == last_line else len(line.rstrip("\n"))
                lines[number - 1] = line[:left] + " " * (right - left) + line[right:]
    return "".join(lines)


def moves_the_clock(source: str) -> bool:
    """Whether ``source`` travels in time itself (time-machine), in its code."""
    return _TRAVEL.search(source) is not None and _TRAVEL.search(code_of(source)) is not None


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
        fixes, helpers = _read_module(current)
        if fixes:
            return True
        todo.extend(helpers)
    return False


@cache
def _read_module(path: Path) -> tuple[bool, tuple[Path, ...]]:
    """Whether the module itself fixes a date, and the helper modules it imports (read once:
    every test module walks the same helpers)."""
    source = path.read_text(encoding="utf-8")
    helpers = tuple(p for name in sorted(helper_imports(source)) if (p := _module_path(name)))
    return writes_a_fixed_date(source) or moves_the_clock(source), helpers
