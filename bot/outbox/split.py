"""Long texts in Telegram messages: at most 4096 UTF-16 units each, split between lines.

Pure. /mydata's copy (bot.privacy.rights) and an advisor's long message to the person
(bot.outbox.talk) go out in as many messages as they need, never cut.
"""

from __future__ import annotations

#: Telegram's limit for one message, in UTF-16 code units.
MESSAGE_LIMIT = 4096


def utf16(text: str) -> int:
    """The length Telegram counts: UTF-16 code units (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


def pages(text: str, limit: int = MESSAGE_LIMIT) -> tuple[str, ...]:
    """``text`` in messages of at most ``limit`` UTF-16 units, split between lines."""
    result: list[str] = []
    page: list[str] = []
    size = 0
    for line in text.split("\n"):
        while utf16(line) > limit:  # a single overlong line: cut it between words
            cut = _between_words(line, _fit(line, limit))
            line, head = line[cut:], line[:cut]
            if page:
                result.append("\n".join(page))
                page, size = [], 0
            result.append(head)
        extra = utf16(line) + (1 if page else 0)
        if page and size + extra > limit:
            result.append("\n".join(page))
            page, size, extra = [], 0, utf16(line)
        page.append(line)
        size += extra
    if any(page):
        result.append("\n".join(page))
    return tuple(part for part in result if part.strip())


def _between_words(line: str, cut: int) -> int:
    """Where to cut ``line`` at or before ``cut``: after its last space in the second half
    ("…Umlaut" | "en" read as two words), else at ``cut`` (a long run without spaces)."""
    space = line.rfind(" ", 0, cut)
    return space + 1 if space > cut // 2 else cut


def _fit(line: str, limit: int) -> int:
    """How many characters of ``line`` fit in ``limit`` UTF-16 units."""
    used = 0
    for index, char in enumerate(line):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(line)
