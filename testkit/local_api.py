"""A Bot API transport that answers every call in-process: no network, no server.

Passed to python-telegram-bot as its ``request`` object, it takes the place of
httpx. It still does the client-side work a real transport does (JSON-encoding
the parameters) and answers with the JSON bytes Telegram would send, so the bot
parses real responses (a ``Message`` with its keyboard for ``sendMessage``).
It remembers only the last message per chat, which the simulated users need to
find the buttons they press.
"""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from telegram.request import BaseRequest, RequestData

_TRUE = b'{"ok":true,"result":true}'


class LocalBotAPI(BaseRequest):
    """Answers getMe, sendMessage, editMessageText, answerCallbackQuery, ... locally."""

    def __init__(self, bot_id: int = 123456, *, keep_last: bool = True) -> None:
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "KAUSA Bench Bot",
            "username": "kausa_bench_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._get_me = json.dumps({"ok": True, "result": self.bot_user}).encode()
        self._message_ids = itertools.count(1)
        #: Whether to remember the last message per chat (the bot users press its buttons).
        self.keep_last = keep_last
        self.last: dict[int, dict[str, Any]] = {}
        #: Chats whose messages are recorded with the time they left the bot.
        self.watched: set[int] = set()
        self.watched_sends: list[tuple[float, int, str]] = []
        #: Calls per Bot API method.
        self.counts: dict[str, int] = {}

    @property
    def read_timeout(self) -> float | None:
        """Nothing here ever waits."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    def forget(self, chat_id: int) -> None:
        """Drop what is remembered about ``chat_id`` (keeps long runs flat in memory)."""
        self.last.pop(chat_id, None)

    def _message(self, params: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        if chat_id in self.watched:
            self.watched_sends.append((time.perf_counter(), chat_id, str(params.get("text", ""))))
        message: dict[str, Any] = {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": self.bot_user,
            "text": params.get("text", ""),
        }
        markup = params.get("reply_markup")
        if markup:
            message["reply_markup"] = markup
        if self.keep_last:
            self.last[chat_id] = message
        return message

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Answer one Bot API call as Telegram would, with status 200."""
        endpoint = url.rsplit("/", 1)[-1]
        self.counts[endpoint] = self.counts.get(endpoint, 0) + 1
        if request_data is not None:
            # The client-side encoding httpx would do, so the bot pays for it as in production.
            request_data.json_parameters  # noqa: B018
        params: dict[str, Any] = request_data.parameters if request_data is not None else {}
        return 200, self.answer(endpoint, params)

    def performed(self, reply: dict[str, Any]) -> None:
        """Telegram makes the call a webhook's response names (bot.inbox.replies): counted
        as a request is; nothing else of it reaches the bot."""
        method = str(reply["method"])
        self.counts[method] = self.counts.get(method, 0) + 1

    def answer(self, endpoint: str, params: dict[str, Any]) -> bytes:
        """The JSON body Telegram answers ``endpoint`` called with ``params``."""
        if endpoint == "getMe":
            return self._get_me
        if endpoint in ("sendMessage", "sendDocument"):
            result: Any = self._message(params)
        elif endpoint == "editMessageText":
            result = self._message(params, int(params["message_id"]))
        elif endpoint == "getUpdates":
            result = []
        elif endpoint == "getChat":
            # Advisor groups here are plain groups without topics (bot/conversation/topics.py).
            chat_id = int(params["chat_id"])
            kind = "supergroup" if chat_id < 0 else "private"
            result = {"id": chat_id, "type": kind, "is_forum": False}
        else:
            # answerCallbackQuery, setMyCommands, setMyDescription, deleteWebhook, ...
            return _TRUE
        return json.dumps({"ok": True, "result": result}).encode()
