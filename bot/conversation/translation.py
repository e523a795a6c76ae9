"""Optional machine translation between a person and the advisors (``TRANSLATION_URL``).

A LibreTranslate-compatible server (``POST /translate`` with ``q``, ``source``,
``target``, ``format``), meant to be self-hosted so no text leaves the operator.
Off by default. A translation is a courtesy: when the server fails, the message
goes out with its original only, and the log names the error type, never the text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import aiohttp

from bot.config import Settings

log = logging.getLogger(__name__)

#: How advisors see a translation marked, next to the person-side mark in their language.
GERMAN_MARK = "Maschinelle Übersetzung"


@dataclass(frozen=True)
class MachineTranslation:
    """Where texts are translated."""

    url: str
    api_key: str | None = None
    timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: Settings) -> MachineTranslation | None:
        """The configured server, or None when ``TRANSLATION_URL`` is empty (the default)."""
        if not settings.translation_url:
            return None
        key = settings.translation_api_key
        return cls(settings.translation_url.rstrip("/"), key.get_secret_value() if key else None)

    async def translate(self, text: str, source: str, target: str) -> str | None:
        """``text`` in ``target``; None when there is nothing to do or the server failed."""
        if not text.strip() or source == target:
            return None
        body: dict[str, str] = {"q": text, "source": source, "target": target, "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        try:
            timeout = aiohttp.ClientTimeout(total=self.timeout)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.post(f"{self.url}/translate", json=body) as response:
                    response.raise_for_status()
                    data = await response.json()
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            log.warning("machine translation failed (%s)", type(error).__name__)
            return None
        translated = data.get("translatedText") if isinstance(data, dict) else None
        return translated if isinstance(translated, str) and translated.strip() else None
