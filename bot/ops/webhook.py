"""Webhook mode: Telegram posts updates to us instead of us polling for them.

python-telegram-bot's own webhook server (tornado) receives the updates. It
answers 403 to every request whose ``X-Telegram-Bot-Api-Secret-Token`` header
is missing or wrong, before anything is parsed, and puts accepted updates on
the same queue long polling uses. TLS is left to a reverse proxy in front of it
(docs/operations.md).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from bot.config import ConfigError, Settings

# What Telegram accepts as secret_token in setWebhook.
_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Ports Telegram delivers webhooks to.
TELEGRAM_WEBHOOK_PORTS = (443, 80, 88, 8443)


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``Application.run_webhook`` / ``Updater.start_webhook``.

    Raises :class:`ConfigError` (without echoing the secret) when WEBHOOK_URL or
    WEBHOOK_SECRET is missing or malformed. The local path equals the path of
    WEBHOOK_URL, so a reverse proxy can pass requests through unchanged.
    """
    url = (settings.webhook_url or "").strip()
    if not url:
        raise ConfigError(
            "WEBHOOK_URL is not set: webhook mode needs the public HTTPS URL Telegram posts to"
        )
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ConfigError("WEBHOOK_URL must be an https:// URL (Telegram only posts over HTTPS)")
    if (parts.port or 443) not in TELEGRAM_WEBHOOK_PORTS:
        raise ConfigError("WEBHOOK_URL must use port 443, 80, 88 or 8443 (Telegram's choice)")
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret:
        raise ConfigError(
            "WEBHOOK_SECRET is not set: without it anyone who finds the URL could post updates"
        )
    if not _SECRET_FORMAT.fullmatch(secret):
        raise ConfigError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": parts.path.strip("/"),
        "webhook_url": url,
        "secret_token": secret,
        # Same as long polling: keep what Telegram delivers by default, and keep
        # updates that arrived while the bot was down.
        "allowed_updates": None,
        "drop_pending_updates": False,
    }
