"""Settings from the environment and a ``.env`` file (pydantic-settings).

Every variable is documented in ``.env.example``. Secrets are ``SecretStr``
so they never show up in a repr or a log line, and no error message built
here echoes a configured value.
"""

import re
from email.utils import parseaddr
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError
from sqlalchemy.exc import ArgumentError

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OFFICES_FILE = REPO_ROOT / "config" / "offices.example.toml"

# Bot API tokens are "<bot id>:<secret>" as issued by @BotFather.
_TOKEN_FORMAT = re.compile(r"^\d{5,}:[A-Za-z0-9_-]{30,}$")
# A web origin: scheme, host and optional port, nothing after it.
_ORIGIN_FORMAT = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d{1,5})?$")
# An http(s) address: a host, then an optional path, no query or fragment.
_HTTP_URL = re.compile(r"https?://[^\s/?#]+(/[^\s?#]*)?")
# Whitespace, then "#": a comment after a value, which only a .env file strips.
_INLINE_COMMENT = re.compile(r"\s#")
# Secrets and free text, where " #" can be part of the value (a password "ab #cd"):
# written in quotes, systemd's EnvironmentFile and a .env file both hand it over whole,
# and the bot cannot tell it from a pasted comment, so it takes it. Every other setting
# (a URL, path, number, id, name of a choice, or a secret Telegram limits to letters,
# digits, "_" and "-") holds no whitespace: there " #" is always a comment.
_FREE_TEXT = frozenset(
    {"smtp_password", "translation_api_key", "web_secret", "privacy_controller", "privacy_contact"}
)
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(Exception):
    """The configuration is missing or invalid; the message says what to fix."""


class Settings(BaseSettings):
    """Application settings; field ``foo_bar`` is read from env ``FOO_BAR``."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        # A variable copied empty from .env.example means "use the default",
        # not "parse '' as an int".
        env_ignore_empty=True,
    )

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    # Messages per second over all chats; Telegram allows about 30 (see bot/delivery.py).
    telegram_max_rate: float = Field(default=25.0, ge=2, le=1000)
    # Messages per minute into one group chat; Telegram allows about 20. The test suite
    # raises it: its fake Bot API has no such limit, and waiting it out cost minutes.
    telegram_group_max_per_minute: float = Field(default=20.0, ge=1, le=6000)
    database_url: str = "sqlite+aiosqlite:///data/kausa.db"
    # FULL survives a power loss; NORMAL only a crash of the bot (docs/operations.md).
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    # The Bot API transport: aiohttp (bot/outbox/transport.py) or python-telegram-bot's httpx.
    telegram_http_client: Literal["aiohttp", "httpx"] = "aiohttp"
    offices_file: Path = DEFAULT_OFFICES_FILE
    advisor_chat_id: int | None = None
    # NoDecode: the env value is "123,456", not the JSON pydantic-settings expects.
    advisor_ids: Annotated[frozenset[int], NoDecode] = frozenset()

    privacy_controller: str = "ARBEIT UND LEBEN Sachsen e.V."
    privacy_policy_url: str = ""  # empty: not configured
    privacy_contact: str = ""
    retention_days: int = Field(default=180, ge=1)
    # The longest a backup keeps a copy (erased data included): the privacy notice names it
    # without PRIVACY_POLICY_URL, and the shipped SQLite timer deletes its copies by it.
    backup_days: int = Field(default=14, ge=2, le=3650)
    # How long the audit trail names the advisors (logins, who did what); None: always.
    audit_days: int | None = Field(default=None, ge=1, le=36500)
    # Erasures kept outside the database, re-applied after a restore (bot.privacy.erasure_journal);
    # None: beside the SQLite file (kausa.db.erasures), none on PostgreSQL.
    erasure_journal: Path | None = None
    log_level: str = "INFO"

    smtp_host: str | None = None
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str | None = None
    smtp_starttls: bool = False

    # A LibreTranslate-compatible server for the conversation; None (unset) means off.
    translation_url: str | None = None
    translation_api_key: SecretStr | None = None

    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)

    # The /healthz endpoint; None (unset) means no health server.
    health_port: int | None = Field(default=None, ge=1, le=65535)
    health_listen: str = "127.0.0.1"

    # What advisor group cards carry: "full" (today's card) or "minimal" (no personal data,
    # a link to the lead in the web inbox); an office's notify_personal_data overrides it.
    notify_personal_data: Literal["full", "minimal"] = "full"
    # The web channel (bot/web): the chat at /chat, the widget, and the advisor inbox's plumbing.
    web_enabled: bool = True
    web_listen: str = "127.0.0.1"
    web_port: int = Field(default=8080, ge=1, le=65535)
    # Public base URL behind the reverse proxy (https://chat.example.org); empty: the request's.
    web_public_url: str = ""
    # Sites that may show the chat in an iframe (CSP frame-ancestors), e.g. https://kausa-sachsen.de.
    web_embed_origins: Annotated[tuple[str, ...], NoDecode] = ()
    # Signs session cookies and CSRF tokens; empty: a random key per start (sessions then end
    # with a restart, so set it in production).
    web_secret: SecretStr | None = None

    reminder_unclaimed_hours: float = Field(default=4.0, gt=0)
    reminder_claimed_days: int = Field(default=3, ge=1)
    timezone: str = "Europe/Berlin"

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_inline_comment(cls, value: Any, info: ValidationInfo) -> Any:
        # systemd's EnvironmentFile keeps "VALUE   # comment" whole (a .env read here drops
        # it): DATABASE_URL then named the file "kausa.db   # or PostgreSQL, below".
        free = info.field_name in _FREE_TEXT
        if isinstance(value, str) and not free and _INLINE_COMMENT.search(value):
            raise ValueError(
                "ends in a comment ('  # ...'), which systemd's EnvironmentFile keeps as "
                "part of the value: put the comment on a line of its own"
            )
        return value

    @field_validator("advisor_ids", mode="before")
    @classmethod
    def _parse_advisor_ids(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        parts = [part for part in re.split(r"[,;\s]+", value) if part]
        if not all(re.fullmatch(r"-?\d+", part) for part in parts):
            raise ValueError("must be a comma-separated list of Telegram user ids, e.g. 123,456")
        return frozenset(int(part) for part in parts)

    @field_validator("web_embed_origins", mode="before")
    @classmethod
    def _parse_embed_origins(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        origins = tuple(part.rstrip("/") for part in re.split(r"[,;\s]+", value) if part)
        for origin in origins:
            if not _ORIGIN_FORMAT.fullmatch(origin):
                raise ValueError(
                    "must be a comma-separated list of origins such as https://kausa-sachsen.de"
                )
        return origins

    @field_validator("advisor_chat_id")
    @classmethod
    def _check_advisor_chat(cls, value: int | None) -> int | None:
        return group_chat(value)

    @field_validator("privacy_policy_url")
    @classmethod
    def _check_policy_url(cls, value: str) -> str:
        # The notice shows it as a link: the web chat links http(s) addresses only, so
        # "www.example.org/datenschutz" was text nobody could open.
        value = value.strip()
        if value and not re.fullmatch(r"https?://[^\s/?#]+\S*", value):
            raise ValueError(
                "must be an http(s) URL such as https://www.kausa-sachsen.de/datenschutz"
            )
        return value

    @field_validator("translation_url")
    @classmethod
    def _check_translation_url(cls, value: str | None) -> str | None:
        # "localhost:5000" failed at every message ("machine translation failed"), silently
        # for the person, while the privacy notice named the translation server.
        if value is None:
            return None
        value = value.strip().rstrip("/")
        if not _HTTP_URL.fullmatch(value):
            raise ValueError("must be an http(s) URL such as http://127.0.0.1:5000")
        if value.endswith("/translate"):
            raise ValueError(
                "must be the server's address without /translate (the bot adds it), such "
                "as http://127.0.0.1:5000"
            )
        return value

    @field_validator("privacy_controller")
    @classmethod
    def _check_controller(cls, value: str) -> str:
        # The notice would read "Responsible for your data: " and name no one.
        value = value.strip()
        if not value:
            raise ValueError(
                "must name who is responsible for the data, such as ARBEIT UND LEBEN Sachsen e.V."
            )
        return value

    @field_validator("smtp_from")
    @classmethod
    def _check_sender(cls, value: str | None) -> str | None:
        # A sender without an address: the mail server refused every lead e-mail.
        if value is None:
            return None
        value = value.strip()
        if "@" not in parseaddr(value)[1]:
            raise ValueError(
                "must be an e-mail address such as kausa@example.org or "
                "KAUSA Leipzig <leipzig@example.org>"
            )
        return value

    @field_validator("web_public_url")
    @classmethod
    def _check_public_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value and not _HTTP_URL.fullmatch(value):
            raise ValueError("must be an http(s) URL such as https://chat.kausa-sachsen.de")
        return value

    @field_validator("log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in _LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(_LOG_LEVELS)}")
        return level

    @field_validator("telegram_base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        # "api.telegram.org/bot" failed only at getMe, as an unreachable Telegram.
        value = value.strip()
        if not _HTTP_URL.fullmatch(value):
            raise ValueError(
                "must be an http(s) URL such as https://api.telegram.org/bot (the token is "
                "added to it)"
            )
        return value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        # The URL may hold a password: the message names the accepted forms, not the value.
        from db.session import normalize_url

        try:
            backend = normalize_url(value.strip()).get_backend_name()
        except ArgumentError:
            backend = ""
        if backend not in ("sqlite", "postgresql"):
            raise ValueError(
                "must be a SQLite URL such as sqlite+aiosqlite:///data/kausa.db or a "
                "PostgreSQL URL such as postgresql+asyncpg://kausa:PASSWORD@localhost/kausa"
            )
        return value.strip()

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("must be an IANA time zone such as Europe/Berlin") from None
        return value

    def token(self) -> str:
        """Return the Telegram bot token, or raise :class:`ConfigError`.

        The error message never contains the token, so it is safe to log.
        """
        secret = self.telegram_bot_token
        value = secret.get_secret_value().strip() if secret is not None else ""
        if not value:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put "
                "its token into the environment or .env"
            )
        if not _TOKEN_FORMAT.fullmatch(value):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN looks malformed: expected '<numeric bot id>:<secret>' "
                "exactly as @BotFather issued it"
            )
        return value


def group_chat(chat_id: int | None) -> int | None:
    """``chat_id`` if it can be an advisor group, else ValueError: Telegram gives groups
    negative ids and people positive ones, so a positive id (an advisor's own id, pasted
    by mistake) would send every lead, name and number to one private chat, or nowhere."""
    if chat_id is not None and chat_id > 0:
        raise ValueError(
            f"must be a group's id (negative, such as -1001234567890); {chat_id} is a private chat"
        )
    return chat_id


def _describe(exc: ValidationError) -> str:
    # Only field names and pydantic's messages: the input may be a secret.
    problems = []
    for error in exc.errors():
        loc = error["loc"]
        name = str(loc[0]).upper() if loc else "settings"
        rest = "".join(f"[{part}]" for part in loc[1:])
        problems.append(f"{name}{rest}: {error['msg']}")
    return "; ".join(problems)


def load_settings(**overrides: Any) -> Settings:
    """Build :class:`Settings` from env/.env plus ``overrides``.

    Pydantic's multi-line validation errors become a one-line
    :class:`ConfigError` naming the variables at fault.
    """
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(f"invalid configuration: {_describe(exc)}") from None
    except SettingsError as exc:
        raise ConfigError(f"invalid configuration: {exc}") from None
