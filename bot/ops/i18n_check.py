"""``python -m bot i18n check``: are all six catalogs complete and usable?

Per language it counts entries, translated, fuzzy and missing messages, named
placeholders that differ from the source, and button labels too long for a
phone. It exits non-zero on any problem, so an untranslated text cannot land.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LOCALES_DIR

REPO_ROOT = Path(__file__).resolve().parents[2]  # bot/ops/ -> the repository
TEMPLATE = LOCALES_DIR / "messages.pot"
#: A button label longer than this wraps or is cut on a phone.
MAX_BUTTON = 30
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def button_texts() -> set[str]:
    """Every message id that is shown on a button."""
    from bot.dialogue.keys import BUTTON_TEXTS
    from bot.flows import FLOWS
    from bot.flows import info as info_pages
    from bot.flows.contact import CONTACT_QUESTIONS
    from bot.flows.model import Buttons, Choice, FreeText, MultiChoice

    texts = set(BUTTON_TEXTS) | {label for _, label in info_pages.MENU}
    questions = [q for flow in FLOWS.values() for q in flow.questions]
    for question in (*questions, *CONTACT_QUESTIONS):
        texts.add(question.label)  # the summary's edit buttons
        if isinstance(question, Buttons):
            # A parent's summary names the child's answers ("✏️ Child's German level"): the
            # same buttons, two to a row (they were never measured, and were cut on phones).
            texts.update(label for _, label in question.label_variants)
        if isinstance(question, Choice | MultiChoice):
            # A year option's button shows the year itself: nothing to translate.
            texts.update(option.label for option in question.options if option.year is None)
        if isinstance(question, MultiChoice) and question.several is not None:
            texts.add(question.several)
        if isinstance(question, FreeText) and question.alternative is not None:
            texts.add(question.alternative.label)
    return texts


def extract_ids() -> set[str | tuple[str, str]]:
    """The message ids the code uses now (what ``pybabel extract`` would find)."""
    found: set[str | tuple[str, str]] = set()
    method_map = [("bot/**.py", "python")]
    for _, _, message, _, _ in extract_from_dir(
        str(REPO_ROOT), method_map, keywords={"_": None, "N_": None, "ngettext": (1, 2)}
    ):
        found.add(message if isinstance(message, str) else (message[0], message[1]))
    return found


@dataclass
class Report:
    """The check result of one language."""

    lang: str
    entries: int = 0
    translated: int = 0
    fuzzy: int = 0
    missing: int = 0
    placeholder_errors: list[str] = field(default_factory=list)
    long_buttons: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not (
            self.fuzzy
            or self.missing
            or self.placeholder_errors
            or self.long_buttons
            or self.problems
        )


def _key(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _forms(message: Message) -> list[str]:
    if isinstance(message.string, str):
        return [message.string]
    return [s or "" for s in message.string or ()]


def check_catalog(lang: str, catalog: Catalog, expected: set[str], buttons: set[str]) -> Report:
    """Check one catalog against the message ids the code uses."""
    report = Report(lang)
    present = set()
    for message in catalog:
        if not message.id:
            continue
        key = _key(message)
        present.add(key)
        if key not in expected:
            continue  # obsolete; pybabel update will drop it
        report.entries += 1
        forms = _forms(message)
        if message.fuzzy:
            report.fuzzy += 1
        elif not all(forms) or (message.pluralizable and len(forms) < catalog.num_plurals):
            report.missing += 1
        else:
            report.translated += 1
        source = set(_PLACEHOLDER.findall(key))
        for form in forms:
            if form and set(_PLACEHOLDER.findall(form)) != source:
                report.placeholder_errors.append(key)
                break
        if key in buttons:
            for form in forms:
                if len(form) > MAX_BUTTON:
                    report.long_buttons.append(f"{form!r} ({len(form)})")
    absent = expected - present
    report.missing += len(absent)
    report.entries += len(absent)
    return report


def load_catalog(lang: str) -> Catalog | None:
    """The catalog of one language, or None if the file is missing."""
    path = LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return None
    return read_po(BytesIO(path.read_bytes()), locale=lang)


def run_checks() -> tuple[list[Report], list[str]]:
    """Reports per language and problems with the template itself."""
    ids = extract_ids()
    expected = {i if isinstance(i, str) else i[0] for i in ids}
    buttons = button_texts()
    general = []
    if TEMPLATE.exists():
        template = read_po(BytesIO(TEMPLATE.read_bytes()))
        stale = expected - {_key(m) for m in template if m.id}
        if stale:
            general.append(
                f"{TEMPLATE.name} is out of date ({len(stale)} new texts): run pybabel extract"
            )
    else:
        general.append(f"{TEMPLATE} is missing: run pybabel extract")
    reports = []
    for lang in LANGUAGES:
        catalog = load_catalog(lang)
        if catalog is None:
            report = Report(lang, entries=len(expected), missing=len(expected))
            report.problems.append("catalog file missing")
        else:
            report = check_catalog(lang, catalog, expected, buttons)
        reports.append(report)
    return reports, general


def format_table(reports: list[Report]) -> str:
    """The per-language table the command prints."""
    head = "| lang | entries | translated | fuzzy | missing | placeholder errors | long buttons |"
    lines = [head, "|---|---|---|---|---|---|---|"]
    for r in reports:
        lines.append(
            f"| {r.lang} | {r.entries} | {r.translated} | {r.fuzzy} | {r.missing} "
            f"| {len(r.placeholder_errors)} | {len(r.long_buttons)} |"
        )
    return "\n".join(lines)


def dated_facts(today: date) -> list[str]:
    """Warnings about dated facts ``today`` has outrun (warnings only: data, not catalogs)."""
    from bot.flows import info as info_pages

    if today.year <= info_pages.LAST_PAY_YEAR:
        return []
    return [
        f"minimum training pay is known only up to {info_pages.LAST_PAY_YEAR}: add the "
        f"amounts for {today.year} from the Bundesgesetzblatt to bot/flows/info.py "
        "(MINIMUM_PAY); until then the pay page shows no table"
    ]


def main(today: date | None = None) -> int:
    """Print the table and any details; 0 only when every catalog is complete."""
    reports, general = run_checks()
    print(format_table(reports))
    for warning in dated_facts(today or date.today()):
        print(f"warning: {warning}")
    for problem in general:
        print(f"problem: {problem}")
    for r in reports:
        for key in r.placeholder_errors:
            print(f"{r.lang}: placeholders differ in {key!r}")
        for label in r.long_buttons:
            print(f"{r.lang}: button longer than {MAX_BUTTON} characters: {label}")
        for problem in r.problems:
            print(f"{r.lang}: {problem}")
    ok = not general and all(r.ok for r in reports)
    print("all catalogs complete" if ok else "catalogs incomplete")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
