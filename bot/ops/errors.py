"""What reaches the logs when something goes wrong: ids and types, never personal data.

:func:`on_error` is python-telegram-bot's error handler: every exception a handler
or job does not catch is logged once, with the update id and the exception's type
and stack, but without the exception's message (a database error's message holds
the statement's parameters, that is, what a person typed). :class:`UpdateDataFilter`
does the same for the library's own lines about an update it could not parse,
which otherwise carry the whole update.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken
from telegram.ext import Application

from bot.ops.instance import CONFLICT_EXIT
from bot.ops.logs import exception_chain, safe_stack, without_exception_message
from bot.services import BotContext

log = logging.getLogger(__name__)

# python-telegram-bot's loggers that print a received update in full.
_UPDATE_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot", "telegram.ext.Updater")


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Register the error handler and keep updates out of the library's log lines."""
    application.add_error_handler(on_error)
    install_update_filter()


def install_update_filter() -> None:
    """Attach :class:`UpdateDataFilter` to the loggers that print received updates (once)."""
    for name in _UPDATE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, UpdateDataFilter) for f in logger.filters):
            logger.addFilter(UpdateDataFilter())


async def on_error(update: object, context: BotContext) -> None:
    """Log an unexpected exception once: update id, kind, exception types and stack."""
    error = context.error
    if error is None:
        return
    if isinstance(error, Conflict) and update is None:
        # getUpdates refused: another process polls with this token (bot.ops.instance).
        services = context.services
        if services.conflicts.conflict():
            services.exit_code = CONFLICT_EXIT
            context.application.stop_running()
        return
    if isinstance(update, Update):
        where = f"update {update.update_id} ({_update_kind(update)})"
    elif context.job is not None:
        where = f"job {context.job.name}"
    else:
        where = "no update"
    log.error(
        "unexpected %s while handling %s\n%s",
        exception_chain(error),
        where,
        "".join(safe_stack(error)).rstrip(),
    )


def _update_kind(update: Update) -> str:
    kinds = [key for key, value in update.to_dict().items() if key != "update_id" and value]
    return ", ".join(kinds) or "empty"


def describe_updates(data: object) -> str:
    """Ids and types of raw updates (a dict, a list of them or their JSON), nothing else."""
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError:
            return "unreadable data"
    items: Iterable[object] = data if isinstance(data, list) else [data]
    described = []
    for item in items:
        if isinstance(item, dict):
            kinds = ", ".join(str(key) for key in item if key != "update_id") or "empty"
            described.append(f"update {item.get('update_id')!r} ({kinds})")
        else:
            described.append(f"a {type(item).__name__}")
    return "; ".join(described) or "nothing"


class UpdateDataFilter(logging.Filter):
    """Rewrite the library's "Received data was ..." lines to ids and types only."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the update in the record by its id and type; drop the exception's message."""
        message = str(record.msg)
        if "received data" not in message.lower():
            return True
        data: object = None
        if isinstance(record.args, tuple) and record.args:
            data = record.args[0]
        elif isinstance(record.args, dict):  # logging unwraps a single mapping argument
            data = record.args
        error = record.exc_info[1] if record.exc_info else None
        reason = f": {exception_chain(error)}" if error is not None else ""
        record.msg = "could not process data received from Telegram (%s)%s"
        record.args = (describe_updates(data) if data is not None else "not shown", reason)
        record.exc_info = None
        record.exc_text = None
        return True


def guard_token(token: str) -> None:
    """Keep the token and exception messages out of every log line (see :class:`TokenFilter`)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, TokenFilter) for f in handler.filters):
            handler.addFilter(TokenFilter(token))


class TokenFilter(logging.Filter):
    """Drop the library's lines about a rejected token; elsewhere mask the token and show
    a traceback as exception types and stack only (a message can hold what a person typed)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a rejected token (``run`` prints its own line), else a safe record."""
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and _caused_by(error, InvalidToken):
            return False
        without_exception_message(record)
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        return True


def _caused_by(error: BaseException, kind: type[BaseException]) -> bool:
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, kind):
            return True
        current = current.__cause__ or current.__context__
    return False
