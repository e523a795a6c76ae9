"""The person's language on the web: from Accept-Language until they choose one."""

from __future__ import annotations

import functools

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES


# Cached: asked on every request, and browsers send a few dozen different headers at most.
@functools.lru_cache(maxsize=256)
def from_accept_language(header: str | None) -> str:
    """The first of our languages the browser asks for, by its q weights; German otherwise."""
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        primary = tag.strip().split("-")[0].lower()
        if primary in LANGUAGES and weight > 0:
            # Higher weight first; equal weights keep the browser's order.
            choices.append((-weight, position, primary))
    return min(choices)[2] if choices else DEFAULT_LANGUAGE
