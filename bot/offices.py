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
from typing import Any, Literal

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.config import ConfigError, Settings, group_chat
from bot.routing import OFFICE_KEYS
from db.vocabulary import OutboxTarget

_OPTIONAL_TEXT = ("phone", "email", "address", "hours", "notify_email")


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
    #: "full" or "minimal" group cards; None in the file means NOTIFY_PERSONAL_DATA.
    notify_personal_data: str | None = None
    #: Advisors of this office must log in to the web inbox with a TOTP code.
    require_totp: bool = False

    @property
    def has_contacts(self) -> bool:
        """True when real contact data can be shown to users."""
        return not self.placeholder and any((self.phone, self.email, self.address))


def lead_targets(office: Office | None, *, mail: bool) -> list[OutboxTarget]:
    """Who is told of a lead that is new to ``office``: its advisor chat, and its mailbox
    when it has one and the bot can send e-mail (``mail``)."""
    if mail and office is not None and office.notify_email:
        return [OutboxTarget.TELEGRAM, OutboxTarget.EMAIL]
    return [OutboxTarget.TELEGRAM]


def configured_offices(settings: Settings) -> dict[str, Office]:
    """Load the offices from ``settings.offices_file`` with advisor fallbacks applied.

    ``ADVISOR_CHAT_ID``, ``ADVISOR_IDS`` and ``NOTIFY_PERSONAL_DATA`` fill in
    offices whose file entry has none; values in the file win. Raises :class:`ConfigError`.
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
            notify_personal_data=office.notify_personal_data or settings.notify_personal_data,
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

    # A misspelt office would silently never receive a lead; named first, since it makes
    # the office it meant "missing" too (told alone, that sent the operator looking).
    unknown = sorted(set(tables) - set(OFFICE_KEYS))
    missing = [key for key in OFFICE_KEYS if key not in tables]
    problems = []
    if unknown:
        problems.append(
            f"unknown office(s): {', '.join(unknown)} (expected {', '.join(OFFICE_KEYS)})"
        )
    if missing:
        problems.append(f"missing office(s): {', '.join(missing)}")
    if problems:
        raise ConfigError(f"{path}: {'; '.join(problems)}")

    return {key: _parse_office(path, key, tables[key]) for key in OFFICE_KEYS}


class _OfficeTable(BaseModel):
    """One ``[offices.<key>]`` table as written: strict TOML types, no unknown keys."""

    model_config = ConfigDict(extra="forbid", strict=True)

    # Required, but checked after blanks became None, so "" and a missing key read the same.
    name: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    hours: str | None = None
    notify_email: str | None = None
    placeholder: bool = False
    advisor_chat_id: int | None = None
    advisor_ids: list[int] = Field(default_factory=list)
    notify_personal_data: Literal["full", "minimal"] | None = None
    require_totp: bool = False

    @field_validator("name", "city", *_OPTIONAL_TEXT)
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return (value.strip() or None) if value is not None else None

    @field_validator("advisor_chat_id")
    @classmethod
    def _check_advisor_chat(cls, value: int | None) -> int | None:
        return group_chat(value)

    @field_validator("email", "notify_email")
    @classmethod
    def _check_email(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                # No DNS lookup: loading configuration must work offline.
                validate_email(value, check_deliverability=False)
            except EmailNotValidError as exc:
                raise ValueError(f"is not a valid e-mail address: {exc}") from None
        return value


def _parse_office(path: Path, key: str, table: Any) -> Office:
    where = f"{path}: [offices.{key}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    try:
        entry = _OfficeTable.model_validate(table)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {_problem(exc)}") from None
    for name in ("name", "city"):
        if getattr(entry, name) is None:
            raise ConfigError(f"{where}: {name} is required")
    # Same field names as Office; the ids become a frozenset.
    return Office(key=key, **{**entry.model_dump(), "advisor_ids": frozenset(entry.advisor_ids)})


def _problem(exc: ValidationError) -> str:
    """The first problem in words; unknown keys first: a misspelling explains the rest."""
    errors = exc.errors()
    unknown = sorted(str(e["loc"][0]) for e in errors if e["type"] == "extra_forbidden")
    if unknown:
        return f"unknown key(s): {', '.join(unknown)}"
    error = errors[0]
    name, got = str(error["loc"][0]), type(error["input"]).__name__
    if name == "advisor_ids":
        return f"{name} must be a list of integers"
    if error["type"] == "literal_error":
        return f"{name} must be {error['ctx']['expected']}, got {error['input']!r}"[:200]
    if error["type"] == "value_error":
        return f"{name} {error['ctx']['error']}"
    expected = {"string_type": "a string", "int_type": "an integer", "bool_type": "true or false"}
    return f"{name} must be {expected.get(error['type'], 'valid')}, got {got}"
