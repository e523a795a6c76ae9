"""Logging that is safe to hand to a data protection officer.

Our own log lines carry ids and counts only, never message texts, names, phone
numbers or e-mail addresses. Libraries are capped: httpx logs every request URL
(and Bot API URLs contain the token), and python-telegram-bot logs whole updates
at DEBUG level.
"""

from __future__ import annotations

import logging

# Loggers that must never go below this level, whatever LOG_LEVEL says.
_CAPPED = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "telegram": logging.INFO,
    # At INFO it writes two lines for every run of the outbox job, every 3 s.
    "apscheduler": logging.WARNING,
    "aiosqlite": logging.INFO,
    "sqlalchemy": logging.WARNING,
}


def configure_logging(level: str | int = "INFO") -> None:
    """Set up the root logger and cap the chatty libraries."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cap_library_loggers()


def cap_library_loggers() -> None:
    """Keep libraries from logging tokens or personal data."""
    for name, minimum in _CAPPED.items():
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < minimum or logger.level < minimum:
            logger.setLevel(minimum)
