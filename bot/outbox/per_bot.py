"""Records kept per Bot object, for as long as that object lives.

Keyed by the object's identity: a python-telegram-bot Bot compares and hashes by its bot
account once initialized, so two Bots of one account (as in tests) would share records,
and its hash changes at ``initialize()``. The record goes when its Bot is collected.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

Record = TypeVar("Record")


class PerBot(Generic[Record]):
    """One record per Bot object, made by ``factory`` on first use."""

    def __init__(self, factory: Callable[[], Record]) -> None:
        self._factory = factory
        self._records: dict[int, Record] = {}

    def of(self, bot: object) -> Record:
        """``bot``'s record (created on first use)."""
        key = id(bot)
        record = self._records.get(key)
        if record is None:
            record = self._records[key] = self._factory()
            weakref.finalize(bot, self._records.pop, key, None)
        return record
