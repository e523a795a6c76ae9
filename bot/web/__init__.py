"""The web channel: one aiohttp application beside Telegram (chat, widget, advisor inbox)."""
