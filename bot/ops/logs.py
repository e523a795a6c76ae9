"""Logging that is safe to hand to a data protection officer.

Our own log lines carry ids and counts only, never message texts, names, phone
numbers or e-mail addresses. Libraries are capped: httpx logs every request URL
(and Bot API URLs contain the token), and python-telegram-bot logs whole updates
at DEBUG level. An exception is logged as its types and stack, never its message.
"""

from __future__ import annotations

import logging
import re
import traceback

# Loggers that must never go below this level, whatever LOG_LEVEL says.
_CAPPED = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "telegram": logging.INFO,
    # At INFO it writes two lines for every run of the outbox job, every 3 s.
    "apscheduler": logging.WARNING,
    "aiosqlite": logging.INFO,
    "sqlalchemy": logging.WARNING,
    # At INFO a line per plugin at every start, above the warnings an operator must read.
    "alembic.runtime.plugins": logging.WARNING,
}


def configure_logging(level: str | int = "INFO") -> None:
    """Set up the root logger, cap the chatty libraries, keep exception messages out."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cap_library_loggers()
    # Every command, not only `run` (bot.ops.errors.guard_token): `web` logged aiohttp's
    # "Error handling request" with the message, which can quote a stored row.
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, ExceptionMessageFilter) for f in handler.filters):
            handler.addFilter(ExceptionMessageFilter())


def exception_chain(error: BaseException) -> str:
    """The exception's type and those it was raised from, e.g. ``DBAPIError <- OSError``."""
    names: list[str] = []
    current: BaseException | None = error
    while current is not None and len(names) < 5:
        names.append(type(current).__name__)
        current = current.__cause__ or current.__context__
    return " <- ".join(names)


#: Text in quotes ("…", «…», „…“, '…' after a space): what a refusal quotes of what it
#: was sent. An apostrophe inside a word ("can't") opens no quote.
_QUOTED = re.compile(r"\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]|“[^”]*”|(?<!\w)'[^']*'(?!\w)")


def unquoted(text: str) -> str:
    """``text`` with what it quotes left out: "unsupported start tag \"…\" at byte offset
    3" still says what went wrong, without the word of a message it quoted."""
    return _QUOTED.sub(lambda quoted: quoted[0][0] + "…" + quoted[0][-1], text)


def safe_stack(error: BaseException) -> list[str]:
    """Where the exception was raised (file, line, function), without its message."""
    stack = traceback.extract_tb(error.__traceback__)
    return [f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in stack]


def without_exception_message(record: logging.LogRecord) -> None:
    """Show a record's exception as its types and stack only: a database error's message
    can quote what a person typed (PostgreSQL: "DETAIL: Failing row contains (...)")."""
    error = record.exc_info[1] if record.exc_info else None
    if error is not None:
        stack = "".join(safe_stack(error)).rstrip()
        record.exc_text = f"{exception_chain(error)} (message not logged)\n{stack}"


class ExceptionMessageFilter(logging.Filter):
    """A handler's filter: every record's exception without its message."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the record; rewrite its exception text."""
        without_exception_message(record)
        return True


def cap_library_loggers() -> None:
    """Keep libraries from logging tokens or personal data."""
    for name, minimum in _CAPPED.items():
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < minimum or logger.level < minimum:
            logger.setLevel(minimum)
