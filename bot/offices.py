"""The KAUSA offices and their contact data, loaded from a TOML file.

Contact data are configuration, never code: we do not know the real phone
numbers and addresses, so the shipped example marks every office as a
placeholder and the bot says "contact data will follow" instead of inventing
them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from email_validator import EmailNotValidError, validate_email

from bot.config import ConfigError, Settings
from bot.routing import OFFICE_KEYS

_OPTIONAL_TEXT = ("phone", "email", "address", "hours", "notify_email")
_KNOWN_KEYS = frozenset(
    {"name", "city", "placeholder", "advisor_chat_id", "advisor_ids", *_OPTIONAL_TEXT}
)


@dataclass(frozen=True, slots=True)
class Office:
    """One KAUSA office (Dresden, Chemnitz or Leipzig) as configured."""

    key: str
    name: str
    city: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    hours: str | None = None
    placeholder: bool = False
    advisor_chat_id: int | None = None
    advisor_ids: frozenset[int] = field(default_factory=frozenset)
    notify_email: str | None = None

    @property
    def has_contacts(self) -> bool:
        """True when real contact data can be shown to users."""
        return not self.placeholder and any((self.phone, self.email, self.address))


def configured_offices(settings: Settings) -> dict[str, Office]:
    """Load the offices from ``settings.offices_file`` with advisor fallbacks applied.

    ``ADVISOR_CHAT_ID`` and ``ADVISOR_IDS`` fill in offices whose file
    entry has none; values in the file win. Raises :class:`ConfigError`.
    """
    offices = load_offices(settings.offices_file)
    for key, office in offices.items():
        offices[key] = replace(
            office,
            advisor_chat_id=(
                office.advisor_chat_id
                if office.advisor_chat_id is not None
                else settings.advisor_chat_id
            ),
            advisor_ids=office.advisor_ids or settings.advisor_ids,
        )
    return offices


def load_offices(path: Path) -> dict[str, Office]:
    """Read all offices from the TOML file at ``path``, keyed by office key.

    The file has one ``[offices.<key>]`` table per office; all of
    ``dresden``, ``chemnitz`` and ``leipzig`` must be present. Empty strings
    mean "not set". Raises :class:`ConfigError` naming the file and the
    problem when the file is missing, is not valid TOML, lacks an office or
    holds a value of the wrong type.
    """
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: offices file not found (set OFFICES_FILE)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read offices file: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None

    unknown_top = set(data) - {"offices"}
    if unknown_top:
        raise ConfigError(f"{path}: unknown top-level key(s): {', '.join(sorted(unknown_top))}")
    tables = data.get("offices")
    if not isinstance(tables, dict):
        raise ConfigError(f"{path}: missing [offices.<name>] tables")

    missing = [key for key in OFFICE_KEYS if key not in tables]
    if missing:
        raise ConfigError(f"{path}: missing office(s): {', '.join(missing)}")
    # A misspelt office would silently never receive a lead.
    unknown = sorted(set(tables) - set(OFFICE_KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown office(s): {', '.join(unknown)} (expected {', '.join(OFFICE_KEYS)})"
        )

    return {key: _parse_office(path, key, tables[key]) for key in OFFICE_KEYS}


def _parse_office(path: Path, key: str, table: Any) -> Office:
    where = f"{path}: [offices.{key}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s): {', '.join(unknown)}")

    texts = {name: _optional_text(where, name, table.get(name)) for name in _OPTIONAL_TEXT}
    for name in ("email", "notify_email"):
        value = texts[name]
        if value is not None:
            try:
                # No DNS lookup: loading configuration must work offline.
                validate_email(value, check_deliverability=False)
            except EmailNotValidError as exc:
                raise ConfigError(f"{where}: {name} is not a valid e-mail address: {exc}") from None

    return Office(
        key=key,
        name=_required_text(where, "name", table.get("name")),
        city=_required_text(where, "city", table.get("city")),
        placeholder=_bool(where, "placeholder", table.get("placeholder", False)),
        advisor_chat_id=_optional_int(where, "advisor_chat_id", table.get("advisor_chat_id")),
        advisor_ids=_int_set(where, "advisor_ids", table.get("advisor_ids", [])),
        **texts,
    )


def _required_text(where: str, name: str, value: Any) -> str:
    text = _optional_text(where, name, value)
    if text is None:
        raise ConfigError(f"{where}: {name} is required")
    return text


def _optional_text(where: str, name: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {name} must be a string, got {type(value).__name__}")
    return value.strip() or None


def _bool(where: str, name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {name} must be true or false, got {type(value).__name__}")
    return value


def _is_int(value: Any) -> bool:
    # TOML booleans are Python bools, which are ints: reject them explicitly.
    return isinstance(value, int) and not isinstance(value, bool)


def _optional_int(where: str, name: str, value: Any) -> int | None:
    if value is None:
        return None
    if not _is_int(value):
        raise ConfigError(f"{where}: {name} must be an integer, got {type(value).__name__}")
    return int(value)


def _int_set(where: str, name: str, value: Any) -> frozenset[int]:
    if not isinstance(value, list) or not all(_is_int(item) for item in value):
        raise ConfigError(f"{where}: {name} must be a list of integers")
    return frozenset(value)
