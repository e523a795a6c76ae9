"""Languages, gettext catalogs and locale-aware formatting.

Catalogs live in ``locales/<lang>/LC_MESSAGES/messages.po``. The ``.mo`` files are
build artefacts: :func:`compile_catalogs` writes them from the ``.po`` files (at
install, at start, or by ``python -m bot i18n compile``) and they are never
committed. Each language is loaded once per process and cached.
"""

from __future__ import annotations

import gettext as stdlib_gettext
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal
from babel.support import Translations

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
DOMAIN = "messages"

#: The languages a user can choose, in the order the language menu shows them.
LANGUAGES: tuple[str, ...] = ("de", "ar", "tr", "vi", "uk", "en")
DEFAULT_LANGUAGE = "de"
#: Each language's name in itself: shown on the language buttons.
NATIVE_NAMES: dict[str, str] = {
    "de": "Deutsch",
    "ar": "العربية",
    "tr": "Türkçe",
    "vi": "Tiếng Việt",
    "uk": "Українська",
    "en": "English",
}
RTL_LANGUAGES = frozenset({"ar"})
#: Date patterns that replace CLDR's medium format: "30 thg 11, 2026" puzzles Vietnamese readers.
DATE_FORMATS: dict[str, str] = {"vi": "dd/MM/y"}

# Unicode directional isolates: keep numbers, e-mails and Latin words in the right
# order inside right-to-left text (FSI ... PDI).
FSI = "\u2068"
PDI = "\u2069"
#: Right-to-left mark: clients take a paragraph's direction from its first strong character.
RLM = "\u200f"
#: Each language by its own name.
_BY_NATIVE_NAME = {name: lang for lang, name in NATIVE_NAMES.items()}


def named_language(label: str) -> str:
    """The language whose own name a button's ``label`` is, else "": the web chat says
    so (its lang attribute), and a screen reader reads "Українська" in Ukrainian, where a
    German voice spelled it out letter by letter."""
    return _BY_NATIVE_NAME.get(label.strip(RLM + " "), "")


# German words in brackets ("(duale Ausbildung)"), with their brackets: outside an isolate
# the brackets took the right-to-left side, and the words broken over two lines of a phone
# read "duale (" and "(Ausbildung". Latin from the first letter, no right-to-left letter.
_LATIN_IN_BRACKETS = (
    r"\((?=[A-Za-zÄÖÜäöüß])[^()\n\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u2066-\u2069]*\)"
)
# An existing isolate (kept as is, so marking twice changes nothing), German words in
# brackets, or a bare left-to-right token that bidi would break apart: a /command or a
# "+49" country code.
_ISOLATE_OR_TOKEN = re.compile(
    rf"{FSI}[^{PDI}]*{PDI}|{_LATIN_IN_BRACKETS}|(?<![\w/])(?:/[A-Za-z]\w*|\+\d+)"
)


#: The time zone of the dates people see: the offices are all in Saxony.
PEOPLE_ZONE = ZoneInfo("Europe/Berlin")


def local(moment: datetime) -> datetime:
    """``moment`` on Saxony's clock (a naive one is UTC, as the database keeps time)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(PEOPLE_ZONE)


def N_(message: str) -> str:  # the conventional gettext marker name
    """Mark a string for extraction without translating it now (flows are data)."""
    return message


def negotiate(language_code: str | None) -> str:
    """Pick one of our languages from Telegram's ``language_code`` (e.g. ``"uk-UA"``)."""
    if not language_code:
        return DEFAULT_LANGUAGE
    primary = language_code.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


def _po_path(lang: str) -> Path:
    return LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_catalogs(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Write a ``.mo`` next to every ``.po`` that is newer than its ``.mo``."""
    written = []
    for lang in languages:
        po = _po_path(lang)
        if not po.exists():
            continue
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        # Written aside, then renamed: a process loading the catalog meanwhile (a second
        # bot starting, a test worker) read a truncated .mo ("unpack requires a buffer").
        partial = mo.with_name(f"{mo.name}.{os.getpid()}.tmp")
        with partial.open("wb") as fh:
            write_mo(fh, catalog)
        os.replace(partial, mo)
        written.append(mo)
    return written


@dataclass(frozen=True)
class Translator:
    """Everything language-specific one user's screen needs."""

    lang: str
    translations: stdlib_gettext.NullTranslations

    def gettext(self, message: str) -> str:
        """Translate one message id (right-to-left text comes with its direction marks)."""
        text = self.translations.gettext(message)
        # gettext hands back the id itself when the catalog lacks it: only catalog text is marked.
        return text if text is message else self.bidi(text)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Translate with the plural form the language needs for ``n``."""
        text = self.translations.ngettext(singular, plural, n)
        return text if text is singular or text is plural else self.bidi(text)

    def bidi(self, text: str) -> str:
        """Mark right-to-left text so every client lays it out right-to-left.

        Each non-empty line starts with an RLM, and /commands, "+49"-style codes and
        German words in brackets (with the brackets) are isolated so they keep their
        order. Idempotent; LTR text is unchanged.
        """
        if not self.rtl:
            return text
        lines = (_mark_line(line) for line in text.split("\n"))
        return "\n".join(lines)

    @property
    def rtl(self) -> bool:
        """True for right-to-left languages."""
        return self.lang in RTL_LANGUAGES

    def isolate(self, value: str) -> str:
        """Wrap a left-to-right value (phone, PLZ, e-mail, name) for RTL text."""
        return f"{FSI}{value}{PDI}" if self.rtl and value else value

    @property
    def locale(self) -> Locale:
        """The Babel locale of this language."""
        return _locale(self.lang)

    def money(self, amount: int | Decimal) -> str:
        """An amount in euros as the language writes it, without cents when whole."""
        pattern = self.locale.currency_formats["standard"].pattern
        if amount == int(amount):
            pattern = pattern.replace(".00", "")
        # CLDR gives Ukrainian the ISO code "EUR"; readers in Germany expect the sign.
        pattern = pattern.replace("¤", "€")
        return self.isolate(
            format_currency(
                amount, "EUR", format=pattern, locale=self.locale, currency_digits=False
            )
        )

    def number(self, value: int | Decimal) -> str:
        """A number as the language writes it."""
        return format_decimal(value, locale=self.locale)

    def date(self, value: date) -> str:
        """A date in the language's medium format (or its plainer override)."""
        return format_date(value, format=DATE_FORMATS.get(self.lang, "medium"), locale=self.locale)

    def time(self, value: datetime) -> str:
        """A time of day in the language's short format."""
        return format_time(value, format="short", locale=self.locale)

    def hours(self, start: int, end: int) -> str:
        """A range of office hours as the language writes it, e.g. "08:00–12:00"."""
        first, last = (
            format_time(time(h), format="short", locale=self.locale) for h in (start, end)
        )
        return self.isolate(f"{first}–{last}")

    def datetime(self, value: datetime, tz: str = "Europe/Berlin") -> str:
        """Date and time, shown in the given time zone."""
        return format_datetime(value, format="medium", tzinfo=ZoneInfo(tz), locale=self.locale)


def _mark_line(line: str) -> str:
    """One line of RTL text with a leading RLM and its LTR tokens isolated."""
    if not line:
        return line
    line = _ISOLATE_OR_TOKEN.sub(lambda m: m[0] if m[0][0] == FSI else f"{FSI}{m[0]}{PDI}", line)
    return line if line.startswith(RLM) else RLM + line


#: Babel locales that differ from the language code: English in Europe is British English.
LOCALE_IDS: dict[str, str] = {"en": "en_GB"}


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(LOCALE_IDS.get(lang, lang))


@cache
def translator(lang: str) -> Translator:
    """The cached translator for ``lang`` (unknown languages fall back to German)."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    compile_catalogs((lang,))
    translations: stdlib_gettext.NullTranslations
    if _po_path(lang).with_suffix(".mo").exists():
        translations = Translations.load(str(LOCALES_DIR), [lang], DOMAIN)
    else:
        translations = stdlib_gettext.NullTranslations()
    return Translator(lang, translations)
