"""The neutral stand-ins that replace a photo or a document with a person's data in an
advisor chat once Telegram no longer lets the bot delete it (after 48 hours): pure, no I/O.

Telegram's editMessageMedia can swap the content of a photo, video, audio or document
message; voice notes, video notes and stickers cannot be replaced (docs/privacy-advisor-chats.md).
"""

from __future__ import annotations

import struct
import zlib

from bot.advisor import wording

#: The stand-in document's file name and content.
FILE_NAME = "inhalt-geloescht.txt"
FILE_TEXT = "Inhalt gelöscht (Datenschutz)\n"
#: The stand-in photo's name and size (Telegram refuses photos far off a usual ratio).
PHOTO_NAME = "inhalt-geloescht.png"
PHOTO_SIZE = (320, 240)
#: A neutral mid grey.
GREY = 0xC0
#: The caption both stand-ins carry.
CAPTION = wording.ERASED


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def grey_png(width: int, height: int, grey: int = GREY) -> bytes:
    """A PNG of one grey (8-bit greyscale, filter 0 on each row): a few hundred bytes."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = (b"\x00" + bytes([grey]) * width) * height
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows, 9)),
            _chunk(b"IEND", b""),
        )
    )


def photo() -> bytes:
    """The stand-in photo's content."""
    return grey_png(*PHOTO_SIZE)


def document() -> bytes:
    """The stand-in document's content."""
    return FILE_TEXT.encode("utf-8")
