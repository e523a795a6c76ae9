"""The direction of a whole message written by a person: that of most of its letters.

Pure. ``dir="auto"`` takes the direction of the first letter: an Arabic sentence that
begins with a German word ("Ausbildung كطباخ في لايبزيغ ...") was laid out left to right,
its words out of order for an Arabic reader. Most letters decide; a tie (or no letter at
all, an emoji or a number) leaves it to the browser. static/chat.js counts the same way.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl", "auto"]


def direction(text: str) -> Direction:
    """``rtl`` when most of the letters of ``text`` are right-to-left ones (Arabic,
    Hebrew), ``ltr`` when most are left-to-right ones, else ``auto``."""
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    if rtl > ltr:
        return "rtl"
    if ltr > rtl:
        return "ltr"
    return "auto"
