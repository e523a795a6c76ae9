"""One receipt per album: up to ten photos or files sent at once are one message to the
person, though Telegram delivers each as an update of its own (pure, bounded memory)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class Albums:
    """The album last seen in each chat; the least recently seen chats are forgotten."""

    max_chats: int = 10_000
    _last: OrderedDict[int, str] = field(default_factory=OrderedDict)

    def first(self, chat_id: int, album: str | None) -> bool:
        """Whether a message of ``album`` (None: no album) is the first of it in ``chat_id``."""
        if album is None:
            return True
        seen = self._last.pop(chat_id, None) == album
        self._last[chat_id] = album
        while len(self._last) > self.max_chats:
            self._last.popitem(last=False)
        return not seen
