"""A local fake of the Telegram Bot API for end-to-end tests.

The real python-telegram-bot ``Application`` talks to this server over real HTTP::

    async with FakeBotAPI() as fake:
        app = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(f"{fake.url}/bot")
            .base_file_url(f"{fake.url}/file/bot")
            .build()
        )
        ...
        fake.user_message(42, "/start")
        sent = await fake.wait_sent(42, 1)

What the server does, in short:

* ``POST|GET /bot<token>/<method>`` with JSON, url-encoded or multipart bodies (PTB 22 sends
  url-encoded forms, or multipart when a file is uploaded; every non-string value, e.g.
  ``reply_markup`` or ``chat_id``, arrives JSON-encoded as a string and is decoded here).
* ``GET /file/bot<token>/<file_path>`` serves files known to ``getFile``.
* Long polling via ``getUpdates`` (``offset``, ``limit``, ``timeout``, ``allowed_updates``).
* Records every call: successful ones in :attr:`FakeBotAPI.calls`, failed ones (injected
  faults, blocked users, API errors, unknown methods) in :attr:`FakeBotAPI.failed_calls`.
* ``strict=True`` (default) mirrors real Bot API errors that commonly bite bots: message too
  long, empty text, "message is not modified", unsupported HTML tags / unclosed tags,
  unescaped reserved MarkdownV2 characters, callback_data longer than 64 bytes, replies to
  unknown messages, answering a callback query twice.
* Faults on demand: ``fail_next`` (an error answer), ``delay_next`` (a slow answer), and
  ``hold_next``: a call held on its way until the test releases it, so that what a test
  does "while a message is on its way" happens then on any machine, however busy.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import inspect
import itertools
import json
import re
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http import HTTPStatus
from types import TracebackType
from typing import Any, TypeVar, overload

from aiohttp import web

T = TypeVar("T")

JSONDict = dict[str, Any]

#: Update types Telegram delivers when ``allowed_updates`` was never set (or set to ``[]``).
DEFAULT_ALLOWED_UPDATES: frozenset[str] = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)

#: Emoji a bot may react with (Bot API ReactionTypeEmoji); a ✓ is not among them.
ALLOWED_REACTIONS: frozenset[str] = frozenset(
    (
        "👍 👎 ❤ 🔥 🥰 👏 😁 🤔 🤯 😱 🤬 😢 🎉 🤩 "
        "🤮 💩 🙏 👌 🕊 🤡 🥱 🥴 😍 🐳 ❤‍🔥 🌚 🌭 💯 "
        "🤣 ⚡ 🍌 🏆 💔 🤨 😐 🍓 🍾 💋 🖕 😈 😴 😭 "
        "🤓 👻 👨‍💻 👀 🎃 🙈 😇 😨 🤝 ✍ 🤗 🫡 🎅 🎄 "
        "☃ 💅 🤪 🗿 🆒 💘 🙉 🦄 😘 💊 🙊 😎 👾 🤷‍♂ "
        "🤷 🤷‍♀ 😡 "
    ).split()
)

#: Methods that count as "sending something to a chat" for per-chat rate accounting.
SEND_METHODS: tuple[str, ...] = (
    "sendMessage",
    "sendDocument",
    "sendPhoto",
    "copyMessage",
    "forwardMessage",
)

# Parameters that are strings in the Bot API and must never be JSON-decoded from form data
# (otherwise a text "123" or "true" would turn into a number / bool).
_STRING_PARAMS: frozenset[str] = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "description",
        "short_description",
        "name",
        "language_code",
        "secret_token",
        "action",
        "inline_message_id",
        "business_connection_id",
        "message_effect_id",
        "ip_address",
        "emoji",
        "title",
        "file_id",
        "query",
        "filename",
        "document",
        "photo",
        "thumbnail",
        "certificate",
        "custom_title",
        "first_name",
        "last_name",
        "phone_number",
        "vcard",
        "address",
        "question",
        "sticker",
    }
)

_ALLOWED_HTML_TAGS: frozenset[str] = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)

_MDV2_ALWAYS_RESERVED = frozenset("#+-={}.!")
_JSON_LIKE = re.compile(r"^\s*(?:[\[{]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$|true$|false$|null$)")
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_MAX_TEXT = 4096
_MAX_CAPTION = 1024


# --------------------------------------------------------------------------------------------
# Public record types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadedFile:
    """A file that arrived in a multipart request."""

    field: str
    filename: str | None
    content: bytes
    content_type: str | None = None


@dataclass
class Call:
    """One Bot API request as the server saw it (params already decoded)."""

    method: str
    params: JSONDict
    at: float
    files: dict[str, UploadedFile] = field(default_factory=dict)
    status: int = 200
    description: str | None = None

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass(frozen=True)
class Button:
    """One inline keyboard button."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass
class SentMessage:
    """A ``sendMessage`` (``edited=False``) or successful ``editMessageText`` (``edited=True``)."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[list[Button]]
    parse_mode: str | None = None
    reply_to_message_id: int | None = None
    edited: bool = False
    reply_keyboard: list[list[str]] | None = None
    remove_keyboard: bool = False
    at: float = 0.0
    params: JSONDict = field(default_factory=dict, repr=False)

    @property
    def flat_buttons(self) -> list[Button]:
        return [b for row in self.buttons for b in row]

    @property
    def button_texts(self) -> list[str]:
        return [b.text for b in self.flat_buttons]

    @property
    def callback_datas(self) -> list[str]:
        return [b.callback_data for b in self.flat_buttons if b.callback_data is not None]

    def button(self, text: str) -> Button:
        """The button whose text equals ``text`` (or, failing that, contains it)."""
        buttons = self.flat_buttons
        for b in buttons:
            if b.text == text:
                return b
        for b in buttons:
            if text in b.text:
                return b
        raise AssertionError(f"no button {text!r} in message {self.message_id}: {buttons!r}")

    @property
    def plain_text(self) -> str:
        """The text as the user sees it (HTML tags stripped / MarkdownV2 escapes removed)."""
        mode = (self.parse_mode or "").lower()
        if mode == "html":
            return html.unescape(re.sub(r"<[^>]*>", "", self.text))
        if mode == "markdownv2":
            return re.sub(r"\\(.)", r"\1", self.text)
        return self.text


@dataclass
class SentDocument:
    """A successful ``sendDocument``."""

    chat_id: int
    message_id: int
    filename: str | None
    content: bytes
    caption: str | None = None
    mime_type: str | None = None
    file_id: str | None = None
    at: float = 0.0
    params: JSONDict = field(default_factory=dict, repr=False)


@dataclass
class _Fault:
    status: int
    retry_after: int
    description: str | None
    remaining: int


@dataclass
class _Delay:
    seconds: float
    remaining: int
    apply_first: bool


#: How long the wait_* helpers wait by default. A wait ends as soon as what it waits for
#: is there, so only a failing test waits this long; 5 s failed tests on a busy CI
#: machine (two xdist workers on two cores beside another pass) that did nothing wrong.
WAIT = 30.0


@dataclass
class Hold:
    """A call held on its way (:meth:`FakeBotAPI.hold_next`): ``arrived`` is set when it
    comes, and it is handled once :meth:`release` is called (or the fake closes)."""

    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def release(self) -> None:
        self.released.set()


class ApiError(Exception):
    """Raised inside method implementations to answer with ``ok: false``."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# Validation helpers (strict mode)
# --------------------------------------------------------------------------------------------


class _HTMLChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.error:
            return
        if tag not in _ALLOWED_HTML_TAGS:
            self.error = f'Unsupported start tag "{tag}"'
            return
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.error:
            self.error = f'Unsupported start tag "{tag}"'

    def handle_endtag(self, tag: str) -> None:
        if self.error:
            return
        if not self.stack or self.stack[-1] != tag:
            self.error = f'Unexpected end tag "{tag}"'
            return
        self.stack.pop()


def _check_html(text: str) -> None:
    checker = _HTMLChecker()
    checker.feed(text)
    checker.close()
    if checker.error is None and checker.stack:
        checker.error = f'Can\'t find end tag corresponding to start tag "{checker.stack[-1]}"'
    if checker.error:
        raise _bad(f"can't parse entities: {checker.error}")


def _check_markdown_v2(text: str) -> None:
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = text.find(fence, i + len(fence))
            i = n if end < 0 else end + len(fence)
            continue
        if c == "]" and i + 1 < n and text[i + 1] == "(":
            j = i + 2
            while j < n and text[j] != ")":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c in _MDV2_ALWAYS_RESERVED:
            raise _bad(
                f"can't parse entities: Character '{c}' is reserved and must be escaped "
                "with the preceding '\\'"
            )
        i += 1


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


#: A bot command as Telegram marks one (tdlib's find_bot_commands): "/", up to 64 Latin
#: letters, digits or "_", an "@botname" of 3 to 32 of them, where no word character
#: nor "/", "<", ">" stands right before or after ("/stats?" is "/stats", "/leadü" none).
_BOT_COMMAND = re.compile(
    r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])", re.ASCII
)
_WORD_AFTER = re.compile(r"[^\W]|[/<>]")


def command_entities(text: str) -> list[JSONDict]:
    """The bot_command entities Telegram gives ``text``: each command where it stands,
    ending at the first character that is not a Latin letter, digit or "_" (an
    "@botname" included); "// note" and "/übernehmen" are none."""
    found = []
    for match in _BOT_COMMAND.finditer(text):
        start, end = match.span()
        if start and _WORD_AFTER.match(text[start - 1]):
            continue  # "a/b", "ü/b": not a command (re.ASCII's \w misses "ü")
        if end < len(text) and _WORD_AFTER.match(text[end]):
            continue  # "/leadü": a letter outside Latin runs on
        offset = _utf16_len(text[:start])
        found.append({"type": "bot_command", "offset": offset, "length": _utf16_len(match[0])})
    return found


def _decode_value(name: str, value: str) -> Any:
    if name in _STRING_PARAMS or not _JSON_LIKE.match(value):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class FakeBotAPI:
    """In-process fake Telegram Bot API server (aiohttp) for end-to-end tests."""

    def __init__(
        self,
        *,
        token: str | None = None,
        bot_id: int = 123456,
        bot_username: str = "kausa_test_bot",
        bot_first_name: str = "KAUSA Test Bot",
        strict: bool = True,
        host: str = "127.0.0.1",
    ) -> None:
        if token is not None:
            bot_id = int(token.split(":", 1)[0])
        self.token = token
        self.strict = strict
        self.host = host
        self.bot_user: JSONDict = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.port = 0
        self._runner: web.AppRunner | None = None

        # recording
        self.calls: list[Call] = []
        self.failed_calls: list[Call] = []
        self.dropped_updates: list[JSONDict] = []
        self._sent: list[SentMessage] = []
        self._sent_by_chat: dict[int, list[SentMessage]] = {}
        self._docs: list[SentDocument] = []
        self._change = asyncio.Event()

        # updates / long polling
        self._update_ids = itertools.count(100_000)
        self._queue: deque[JSONDict] = deque()
        self._new_update = asyncio.Event()
        self._allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._closing = asyncio.Event()

        # chat state
        self._message_ids: dict[int, int] = {}
        self._messages: dict[int, dict[int, JSONDict]] = {}
        self._callback_index: dict[int, dict[str, int]] = {}
        self._users: dict[int, JSONDict] = {}
        self._group_titles: dict[int, str] = {}
        self._blocked: set[int] = set()
        self._open_queries: set[str] = set()
        self._files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self._file_counter = itertools.count(1)
        # forum supergroups: chat id -> thread id -> {"name", "closed"}
        self._forums: dict[int, dict[int, JSONDict]] = {}
        self.reactions: dict[tuple[int, int], list[JSONDict]] = {}
        self.pinned: dict[int, list[int]] = {}

        # bot settings
        self.webhook_url = ""
        self.commands: dict[str, list[JSONDict]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.menu_buttons: dict[str, JSONDict] = {}

        # fault injection
        self._faults: dict[str, deque[_Fault]] = {}
        self._delays: dict[str, deque[_Delay]] = {}
        self._holds: dict[str, deque[Hold]] = {}

        self._methods: dict[str, Callable[[JSONDict, dict[str, UploadedFile]], Any]] = {
            "getMe": self._m_get_me,
            "logOut": self._m_true,
            "close": self._m_true,
            "deleteWebhook": self._m_delete_webhook,
            "setWebhook": self._m_set_webhook,
            "getWebhookInfo": self._m_get_webhook_info,
            "setMyCommands": self._m_set_my_commands,
            "getMyCommands": self._m_get_my_commands,
            "deleteMyCommands": self._m_delete_my_commands,
            "setMyDescription": self._m_set_my_description,
            "getMyDescription": self._m_get_my_description,
            "setMyShortDescription": self._m_set_my_short_description,
            "getMyShortDescription": self._m_get_my_short_description,
            "setMyName": self._m_set_my_name,
            "getMyName": self._m_get_my_name,
            "setChatMenuButton": self._m_set_chat_menu_button,
            "getChatMenuButton": self._m_get_chat_menu_button,
            "sendMessage": self._m_send_message,
            "editMessageText": self._m_edit_message_text,
            "editMessageReplyMarkup": self._m_edit_message_reply_markup,
            "editMessageCaption": self._m_edit_message_caption,
            "editMessageMedia": self._m_edit_message_media,
            "answerCallbackQuery": self._m_answer_callback_query,
            "sendDocument": self._m_send_document,
            "sendPhoto": self._m_send_photo,
            "copyMessage": self._m_copy_message,
            "forwardMessage": self._m_forward_message,
            "deleteMessage": self._m_delete_message,
            "sendChatAction": self._m_send_chat_action,
            "getChat": self._m_get_chat,
            "getFile": self._m_get_file,
            "sendVoice": self._m_send_voice,
            "createForumTopic": self._m_create_forum_topic,
            "closeForumTopic": self._m_close_forum_topic,
            "reopenForumTopic": self._m_reopen_forum_topic,
            "deleteForumTopic": self._m_delete_forum_topic,
            "setMessageReaction": self._m_set_message_reaction,
            "pinChatMessage": self._m_pin_chat_message,
        }
        self._methods_lower = {name.lower(): name for name in self._methods}
        self._methods_lower["getupdates"] = "getUpdates"

    # ---------------------------------------------------------------- lifecycle

    @property
    def url(self) -> str:
        if not self.port:
            raise RuntimeError("FakeBotAPI is not running; use `async with FakeBotAPI()`")
        return f"http://{self.host}:{self.port}"

    @property
    def bot_id(self) -> int:
        return int(self.bot_user["id"])

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        # handler_cancellation: a client that gives up (read timeout, Updater.stop) cancels
        # the handler instead of leaving long polls / delays dangling.
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        self.port = sock.getsockname()[1]
        site = web.SockSite(self._runner, sock)
        await site.start()

    async def stop(self) -> None:
        self._closing.set()
        self._wake_pollers()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ---------------------------------------------------------------- HTTP plumbing

    async def _read_params(self, request: web.Request) -> tuple[JSONDict, dict[str, UploadedFile]]:
        params: JSONDict = {k: _decode_value(k, v) for k, v in request.query.items()}
        files: dict[str, UploadedFile] = {}
        if not request.can_read_body:
            return params, files
        ctype = request.content_type
        if ctype == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files[key] = UploadedFile(
                        field=key,
                        filename=value.filename,
                        content=value.file.read(),
                        content_type=value.content_type,
                    )
                else:
                    params[key] = _decode_value(key, str(value))
        # JSON clients sometimes send reply_markup etc. as a JSON *string*
        for key in ("reply_markup", "reply_parameters", "allowed_updates", "commands", "scope"):
            raw = params.get(key)
            if isinstance(raw, str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(raw)
        return params, files

    @staticmethod
    def _error_response(
        status: int, description: str, parameters: JSONDict | None = None
    ) -> web.Response:
        body: JSONDict = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=status)

    def _token_error(self, token: str) -> ApiError | None:
        if self.token is not None:
            if token != self.token:
                return ApiError(401, "Unauthorized")
            return None
        if not _TOKEN_RE.match(token):
            return ApiError(404, "Not Found")
        return None

    async def _handle(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        raw_method = request.match_info["method"]
        params, files = await self._read_params(request)
        token_error = self._token_error(request.match_info["token"])
        if token_error is not None:
            self._record_failure(raw_method, params, at, files, token_error)
            return self._error_response(token_error.status, token_error.description)
        method = self._methods_lower.get(raw_method.lower())
        if method is None:
            err = ApiError(404, "Not Found: method not found")
            self._record_failure(raw_method, params, at, files, err)
            return self._error_response(err.status, err.description)

        holds = self._holds.get(method)
        if holds:
            hold = holds.popleft()
            hold.arrived.set()
            self._notify()
            await self._held(hold)
        delay = self._pop(self._delays, method)
        if delay is not None and not delay.apply_first:
            try:
                await self._sleep(delay.seconds)
            except asyncio.CancelledError:
                self._record_failure(
                    method, params, at, files, ApiError(499, "client closed request (timeout)")
                )
                raise

        fault = self._pop(self._faults, method)
        try:
            if fault is not None:
                raise self._fault_error(fault)
            if method == "getUpdates":
                result = await self._get_updates(params)
            else:
                result = self._methods[method](params, files)
        except ApiError as err:
            if not (request.transport is None or request.transport.is_closing()):
                self._record_failure(method, params, at, files, err)
            return self._error_response(err.status, err.description, err.parameters)

        self._record(Call(method, params, at, files))
        if delay is not None and delay.apply_first:
            await self._sleep(delay.seconds)
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        for file_path, content in self._files.values():
            if file_path == path:
                return web.Response(body=content, content_type="application/octet-stream")
        return web.Response(status=404, text="Not Found")

    async def _held(self, hold: Hold) -> None:
        closing = asyncio.ensure_future(self._closing.wait())
        released = asyncio.ensure_future(hold.released.wait())
        try:
            await asyncio.wait((closing, released), return_when=asyncio.FIRST_COMPLETED)
        finally:
            closing.cancel()
            released.cancel()

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # ---------------------------------------------------------------- recording

    def _notify(self) -> None:
        self._change.set()
        self._change = asyncio.Event()

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._notify()

    def _record_failure(
        self,
        method: str,
        params: JSONDict,
        at: float,
        files: dict[str, UploadedFile],
        err: ApiError,
    ) -> None:
        self.failed_calls.append(Call(method, params, at, files, err.status, err.description))
        self._notify()

    def _record_sent(self, sent: SentMessage) -> None:
        self._sent.append(sent)
        self._sent_by_chat.setdefault(sent.chat_id, []).append(sent)

    # ---------------------------------------------------------------- fault injection

    @staticmethod
    def _pop(table: dict[str, deque[Any]], method: str) -> Any:
        for key in (method, "*"):
            entries = table.get(key)
            if entries:
                entry = entries[0]
                entry.remaining -= 1
                if entry.remaining <= 0:
                    entries.popleft()
                return entry
        return None

    @staticmethod
    def _fault_error(fault: _Fault) -> ApiError:
        status = fault.status
        if status == 429:
            return ApiError(
                429,
                fault.description or f"Too Many Requests: retry after {fault.retry_after}",
                {"retry_after": fault.retry_after},
            )
        if fault.description:
            return ApiError(status, fault.description)
        defaults = {
            400: "Bad Request: injected failure",
            401: "Unauthorized",
            403: "Forbidden: bot was blocked by the user",
            409: "Conflict: terminated by other getUpdates request",
        }
        if status in defaults:
            return ApiError(status, defaults[status])
        try:
            return ApiError(status, HTTPStatus(status).phrase)
        except ValueError:
            return ApiError(status, "Injected failure")

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int = 1,
        times: int = 1,
        *,
        description: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (``"*"`` = any method) fail.

        429 answers carry ``parameters.retry_after``; 500 answers "Internal Server Error".
        Failed calls go to :attr:`failed_calls` only.
        """
        self._faults.setdefault(method, deque()).append(
            _Fault(status, retry_after, description, times)
        )

    def delay_next(
        self, method: str, seconds: float, times: int = 1, *, apply_first: bool = False
    ) -> None:
        """Delay the next ``times`` calls of ``method`` (``"*"`` = any) by ``seconds``.

        By default the request is handled only after the delay; if the client gives up
        first (read timeout) the request is *not* applied and is recorded in
        :attr:`failed_calls` with status 499. With ``apply_first=True`` the call takes effect
        immediately and only the response is late ("Telegram sent it, but we timed out").
        """
        self._delays.setdefault(method, deque()).append(_Delay(seconds, times, apply_first))

    def hold_next(self, method: str) -> Hold:
        """Hold the next call of ``method`` on its way until the returned hold is released:
        a test can act while it is surely under way, whatever the machine's speed (a
        delay of fixed length makes that a guess). The client's own timeout still applies."""
        hold = Hold()
        self._holds.setdefault(method, deque()).append(hold)
        return hold

    def clear_faults(self) -> None:
        self._faults.clear()
        self._delays.clear()

    def block_user(self, user_id: int) -> None:
        """From now on sending to ``user_id``'s chat answers 403 (bot was blocked)."""
        self._blocked.add(user_id)

    def unblock_user(self, user_id: int) -> None:
        self._blocked.discard(user_id)

    # ---------------------------------------------------------------- chats & messages

    def _chat(self, chat_id: int) -> JSONDict:
        if chat_id > 0:
            user = self._users.get(chat_id, {"first_name": "Test"})
            chat: JSONDict = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
            if user.get("username"):
                chat["username"] = user["username"]
            return chat
        chat = {
            "id": chat_id,
            "type": "supergroup",
            "title": self._group_titles.get(chat_id, f"Test Group {chat_id}"),
        }
        if chat_id in self._forums:
            chat["is_forum"] = True
        return chat

    def _next_message_id(self, chat_id: int) -> int:
        mid = self._message_ids.get(chat_id, 0) + 1
        self._message_ids[chat_id] = mid
        return mid

    def _store_message(self, msg: JSONDict) -> None:
        chat_id = msg["chat"]["id"]
        mid = msg["message_id"]
        self._messages.setdefault(chat_id, {})[mid] = msg
        if mid > self._message_ids.get(chat_id, 0):
            self._message_ids[chat_id] = mid
        if msg.get("from", {}).get("id") == self.bot_id:
            index = self._callback_index.setdefault(chat_id, {})
            for row in msg.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    data = button.get("callback_data")
                    if data is not None:
                        index[data] = mid

    def _new_message(self, chat_id: int, sender: JSONDict, **fields: Any) -> JSONDict:
        msg: JSONDict = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": sender,
        }
        msg.update({k: v for k, v in fields.items() if v is not None})
        self._store_message(msg)
        return msg

    def message(self, chat_id: int, message_id: int) -> JSONDict | None:
        """The current (post-edit) raw message dict, or None if unknown or deleted."""
        return self._messages.get(chat_id, {}).get(message_id)

    @classmethod
    def _with_reply(cls, msg: JSONDict) -> JSONDict:
        reply = msg.get("reply_to_message")
        return {**msg, "reply_to_message": cls._short(reply)} if reply else cls._short(msg)

    @staticmethod
    def _short(msg: JSONDict) -> JSONDict:
        return {k: v for k, v in msg.items() if k != "reply_to_message"}

    # ---------------------------------------------------------------- param helpers

    def _chat_id(self, params: JSONDict, *, required: bool = True) -> int:
        value = params.get("chat_id")
        if value is None:
            if required:
                raise _bad("chat_id is empty")
            return 0
        if isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                raise _bad("chat not found") from None
        if not isinstance(value, int) or value == 0:
            raise _bad("chat not found")
        return value

    def _check_blocked(self, chat_id: int) -> None:
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")

    def _check_text(self, text: Any, parse_mode: str | None, *, caption: bool = False) -> None:
        what = "caption" if caption else "text"
        if not caption and (not isinstance(text, str) or not text.strip()):
            raise _bad("message text is empty")
        if not isinstance(text, str):
            return
        limit = _MAX_CAPTION if caption else _MAX_TEXT
        if self.strict and _utf16_len(text) > limit:
            raise _bad(f"message {what} is too long" if caption else "message is too long")
        if self.strict and parse_mode:
            mode = parse_mode.lower()
            if mode == "html":
                _check_html(text)
            elif mode == "markdownv2":
                _check_markdown_v2(text)

    def _check_markup(self, markup: Any) -> JSONDict | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise _bad("text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if self.strict and data is not None and not 1 <= len(data.encode()) <= 64:
                    raise _bad("BUTTON_DATA_INVALID")
        return markup

    def _reply_to(self, chat_id: int, params: JSONDict) -> int | None:
        reply = params.get("reply_parameters")
        mid: Any = None
        allow_without = bool(params.get("allow_sending_without_reply"))
        if isinstance(reply, dict):
            mid = reply.get("message_id")
            allow_without = allow_without or bool(reply.get("allow_sending_without_reply"))
        if mid is None:
            mid = params.get("reply_to_message_id")
        if mid is None:
            return None
        mid = int(mid)
        if self.strict and self.message(chat_id, mid) is None and not allow_without:
            raise _bad("message to be replied not found")
        return mid

    @staticmethod
    def _buttons(markup: JSONDict | None) -> list[list[Button]]:
        if not markup:
            return []
        return [
            [
                Button(
                    text=str(b.get("text", "")),
                    callback_data=b.get("callback_data"),
                    url=b.get("url"),
                )
                for b in row
            ]
            for row in markup.get("inline_keyboard", [])
        ]

    @staticmethod
    def _reply_keyboard(markup: JSONDict | None) -> list[list[str]] | None:
        if not markup or "keyboard" not in markup:
            return None
        return [
            [b if isinstance(b, str) else str(b.get("text", "")) for b in row]
            for row in markup["keyboard"]
        ]

    def _sent_from(
        self, msg: JSONDict, params: JSONDict, markup: JSONDict | None, *, edited: bool, at: float
    ) -> SentMessage:
        reply = msg.get("reply_to_message")
        return SentMessage(
            chat_id=msg["chat"]["id"],
            message_id=msg["message_id"],
            text=msg.get("text", ""),
            buttons=self._buttons(msg.get("reply_markup")),
            parse_mode=params.get("parse_mode"),
            reply_to_message_id=reply["message_id"] if reply else None,
            edited=edited,
            reply_keyboard=self._reply_keyboard(markup),
            remove_keyboard=bool(markup and markup.get("remove_keyboard")),
            at=at,
            params=params,
        )

    # ---------------------------------------------------------------- Bot API methods

    def _m_true(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        return True

    def _m_get_me(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return dict(self.bot_user)

    def _m_delete_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self.dropped_updates.extend(self._queue)
            self._queue.clear()
        return True

    def _m_set_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self.webhook_url = str(params.get("url") or "")
        allowed = params.get("allowed_updates")
        if allowed is not None:
            self._allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        if params.get("drop_pending_updates"):
            self.dropped_updates.extend(self._queue)
            self._queue.clear()
        self._wake_pollers()
        return True

    def _m_get_webhook_info(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        info: JSONDict = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }
        if self._allowed_updates != DEFAULT_ALLOWED_UPDATES:
            info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    @staticmethod
    def _scope_key(params: JSONDict) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)

    def _m_set_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("commands is empty")
        for cmd in commands:
            name = str(cmd.get("command", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(cmd.get("description", ""))) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._scope_key(params)] = commands
        return True

    def _m_get_my_commands(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> list[JSONDict]:
        return list(self.commands.get(self._scope_key(params), []))

    def _m_delete_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self.commands.pop(self._scope_key(params), None)
        return True

    def _m_set_my_description(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        text = str(params.get("description") or "")
        if self.strict and len(text) > 512:
            raise _bad("description is too long")
        self.descriptions[params.get("language_code") or ""] = text
        return True

    def _m_get_my_description(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return {"description": self.descriptions.get(params.get("language_code") or "", "")}

    def _m_set_my_short_description(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        text = str(params.get("short_description") or "")
        if self.strict and len(text) > 120:
            raise _bad("short description is too long")
        self.short_descriptions[params.get("language_code") or ""] = text
        return True

    def _m_get_my_short_description(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict:
        lang = params.get("language_code") or ""
        return {"short_description": self.short_descriptions.get(lang, "")}

    def _m_set_my_name(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        name = str(params.get("name") or "")
        if self.strict and len(name) > 64:
            raise _bad("name is too long")
        self.names[params.get("language_code") or ""] = name
        return True

    def _m_get_my_name(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        lang = params.get("language_code") or ""
        return {"name": self.names.get(lang, self.bot_user["first_name"])}

    def _m_set_chat_menu_button(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        key = str(params.get("chat_id") or "")
        self.menu_buttons[key] = params.get("menu_button") or {"type": "default"}
        return True

    def _m_get_chat_menu_button(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        key = str(params.get("chat_id") or "")
        return self.menu_buttons.get(key) or self.menu_buttons.get("") or {"type": "default"}

    def _m_send_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        at = time.monotonic()
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        text = params.get("text")
        self._check_text(text, params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        reply_to = self._reply_to(chat_id, params)
        inline = markup if markup and "inline_keyboard" in markup else None
        reply_msg = self.message(chat_id, reply_to) if reply_to is not None else None
        msg = self._new_message(
            chat_id,
            self.bot_user,
            text=text,
            reply_markup=inline,
            reply_to_message=self._short(reply_msg) if reply_msg else None,
            **self._thread_fields(chat_id, params),
        )
        self._record_sent(self._sent_from(msg, params, markup, edited=False, at=at))
        return msg

    def _target(self, params: JSONDict) -> JSONDict:
        if params.get("inline_message_id"):
            raise _bad("inline messages are not supported by FakeBotAPI")
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        mid = params.get("message_id")
        msg = self.message(chat_id, int(mid)) if mid is not None else None
        if msg is None:
            raise _bad("message to edit not found")
        if msg.get("from", {}).get("id") != self.bot_id:
            raise _bad("message can't be edited")
        return msg

    def _not_modified(self) -> ApiError:
        return _bad(
            "message is not modified: specified new message content and reply markup are "
            "exactly the same as a current content and reply markup of the message"
        )

    def _m_edit_message_text(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        at = time.monotonic()
        msg = self._target(params)
        if "text" not in msg:
            raise _bad("there is no text in the message to edit")
        text = params.get("text")
        self._check_text(text, params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        # Like Telegram: editMessageText without reply_markup removes the inline keyboard.
        inline = markup if markup and "inline_keyboard" in markup else None
        if self.strict and msg.get("text") == text and msg.get("reply_markup") == inline:
            raise self._not_modified()
        msg["text"] = text
        msg["edit_date"] = int(time.time())
        if inline is None:
            msg.pop("reply_markup", None)
        else:
            msg["reply_markup"] = inline
        self._store_message(msg)
        self._record_sent(self._sent_from(msg, params, markup, edited=True, at=at))
        return msg

    def _m_edit_message_reply_markup(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict:
        msg = self._target(params)
        markup = self._check_markup(params.get("reply_markup"))
        inline = markup if markup and "inline_keyboard" in markup else None
        if self.strict and msg.get("reply_markup") == inline:
            raise self._not_modified()
        msg["edit_date"] = int(time.time())
        if inline is None:
            msg.pop("reply_markup", None)
        else:
            msg["reply_markup"] = inline
        self._store_message(msg)
        return msg

    def _edited(self, msg: JSONDict, caption: Any, inline: JSONDict | None) -> JSONDict:
        """A medium's new caption and buttons (none when not given, as in Telegram), stored."""
        if caption:
            msg["caption"] = caption
        else:
            msg.pop("caption", None)
        msg["edit_date"] = int(time.time())
        if inline is None:
            msg.pop("reply_markup", None)
        else:
            msg["reply_markup"] = inline
        self._store_message(msg)
        return msg

    def _m_edit_message_caption(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        msg = self._target(params)
        if "text" in msg:
            raise _bad("there is no caption in the message to edit")
        caption = params.get("caption")
        self._check_text(caption, params.get("parse_mode"), caption=True)
        markup = self._check_markup(params.get("reply_markup"))
        inline = markup if markup and "inline_keyboard" in markup else None
        if self.strict and msg.get("caption") == caption and msg.get("reply_markup") == inline:
            raise self._not_modified()
        return self._edited(msg, caption, inline)

    #: The kinds editMessageMedia can put in a message, and the contents it can replace
    #: (Telegram: "animation, audio, document, photo, or video messages").
    _EDITABLE_MEDIA = ("animation", "audio", "document", "photo", "video")

    def _m_edit_message_media(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        msg = self._target(params)
        if not any(kind in msg for kind in self._EDITABLE_MEDIA):
            raise _bad("there is no media in the message to edit")
        media = params.get("media")
        if isinstance(media, str):
            with contextlib.suppress(ValueError):
                media = json.loads(media)
        if not isinstance(media, dict) or media.get("type") not in self._EDITABLE_MEDIA:
            raise _bad("can't parse InputMedia: media type is invalid")
        kind, ref = str(media["type"]), media.get("media")
        caption = media.get("caption")
        self._check_text(caption, media.get("parse_mode"), caption=True)
        markup = self._check_markup(params.get("reply_markup"))
        inline = markup if markup and "inline_keyboard" in markup else None
        if isinstance(ref, str) and ref.startswith("attach://"):
            upload = files.get(ref[len("attach://") :])
            if upload is None:
                raise _bad("can't find attached file")
            stored = self._store_file(upload.content, upload.filename, f"{kind}s")
            if upload.filename and kind != "photo":
                stored["file_name"] = upload.filename
        elif isinstance(ref, str) and ref in self._files:
            stored = {"file_id": ref, "file_unique_id": f"U-{ref}"}
        else:
            raise _bad("wrong file identifier/HTTP URL specified")
        content: JSONDict | list[JSONDict] = (
            [{**stored, "width": 320, "height": 240}] if kind == "photo" else stored
        )
        if (
            self.strict
            and msg.get(kind) == content
            and msg.get("caption") == caption
            and msg.get("reply_markup") == inline
        ):
            raise self._not_modified()
        # Like Telegram: the message keeps its id and place, its content is the new one.
        for old in self._EDITABLE_MEDIA:
            msg.pop(old, None)
        msg[kind] = content
        return self._edited(msg, caption, inline)

    def _m_answer_callback_query(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_queries:
            if self.strict or not query_id:
                raise _bad("query is too old and response timeout expired or query ID is invalid")
        self._open_queries.discard(query_id)
        text = params.get("text")
        if self.strict and isinstance(text, str) and len(text) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        return True

    def _store_file(self, content: bytes, filename: str | None, folder: str) -> JSONDict:
        n = next(self._file_counter)
        file_id = f"F{n:06d}-{folder}"
        suffix = ""
        if filename and "." in filename:
            suffix = "." + filename.rsplit(".", 1)[1]
        self._files[file_id] = (f"{folder}/file_{n}{suffix}", content)
        return {"file_id": file_id, "file_unique_id": f"U{n:06d}", "file_size": len(content)}

    def _m_send_document(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        at = time.monotonic()
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        caption = params.get("caption")
        self._check_text(caption, params.get("parse_mode"), caption=True)
        markup = self._check_markup(params.get("reply_markup"))
        upload = files.get("document")
        ref = params.get("document")
        if upload is None and isinstance(ref, str) and ref.startswith("attach://"):
            upload = files.get(ref[len("attach://") :])
        if upload is not None:
            filename, content, mime = upload.filename, upload.content, upload.content_type
            document = self._store_file(content, filename, "documents")
        elif isinstance(ref, str) and ref:
            if ref in self._files:
                content = self._files[ref][1]
                document = {"file_id": ref, "file_unique_id": f"U-{ref}", "file_size": len(content)}
            else:
                content = b""
                document = {"file_id": ref, "file_unique_id": f"U-{ref}"}
            filename, mime = None, None
        else:
            raise _bad("there is no document in the request")
        if filename:
            document["file_name"] = filename
        if mime:
            document["mime_type"] = mime
        reply_to = self._reply_to(chat_id, params)
        inline = markup if markup and "inline_keyboard" in markup else None
        msg = self._new_message(
            chat_id,
            self.bot_user,
            document=document,
            caption=caption,
            reply_markup=inline,
            **self._thread_fields(chat_id, params),
        )
        if reply_to is not None and (reply_msg := self.message(chat_id, reply_to)):
            msg["reply_to_message"] = self._short(reply_msg)
        self._docs.append(
            SentDocument(
                chat_id=chat_id,
                message_id=msg["message_id"],
                filename=filename,
                content=content,
                caption=caption,
                mime_type=mime,
                file_id=document["file_id"],
                at=at,
                params=params,
            )
        )
        return msg

    def _m_send_photo(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        caption = params.get("caption")
        self._check_text(caption, params.get("parse_mode"), caption=True)
        markup = self._check_markup(params.get("reply_markup"))
        upload = files.get("photo")
        content = upload.content if upload else b""
        size = self._store_file(content, upload.filename if upload else None, "photos")
        photo = [{**size, "width": 320, "height": 240}]
        inline = markup if markup and "inline_keyboard" in markup else None
        return self._new_message(
            chat_id,
            self.bot_user,
            photo=photo,
            caption=caption,
            reply_markup=inline,
            **self._thread_fields(chat_id, params),
        )

    def _m_send_voice(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        caption = params.get("caption")
        self._check_text(caption, params.get("parse_mode"), caption=True)
        upload = files.get("voice")
        ref = params.get("voice")
        if upload is not None:
            voice = self._store_file(upload.content, upload.filename, "voice")
        elif isinstance(ref, str) and ref:
            voice = {"file_id": ref, "file_unique_id": f"U-{ref}"}
        else:
            raise _bad("there is no voice in the request")
        voice["duration"] = int(params.get("duration") or 1)
        return self._new_message(
            chat_id,
            self.bot_user,
            voice=voice,
            caption=caption,
            **self._thread_fields(chat_id, params),
        )

    # ---------------------------------------------------------------- forum topics

    def make_forum(self, chat_id: int) -> None:
        """Turn on topics in supergroup ``chat_id`` (getChat then says ``is_forum``)."""
        self._forums.setdefault(chat_id, {})

    def topics(self, chat_id: int) -> dict[int, JSONDict]:
        """The forum's topics: thread id -> {"name", "closed"}."""
        return self._forums.get(chat_id, {})

    def in_topic(self, chat_id: int, thread_id: int) -> list[JSONDict]:
        """The messages in one topic (without its "topic created" message), oldest first."""
        return [
            m
            for m in self._messages.get(chat_id, {}).values()
            if m.get("message_thread_id") == thread_id and "forum_topic_created" not in m
        ]

    def _thread_fields(self, chat_id: int, params: JSONDict) -> JSONDict:
        thread = params.get("message_thread_id")
        if thread is None or chat_id not in self._forums:
            return {}
        thread = int(thread)
        if thread not in self._forums[chat_id]:
            raise _bad("message thread not found")
        return {"message_thread_id": thread, "is_topic_message": True}

    def _topic(self, params: JSONDict) -> tuple[int, int, JSONDict]:
        chat_id = self._chat_id(params)
        if chat_id not in self._forums:
            raise _bad("the chat is not a forum")
        thread = int(params.get("message_thread_id") or 0)
        topic = self._forums[chat_id].get(thread)
        if topic is None:
            raise _bad("message thread not found")
        return chat_id, thread, topic

    def _m_create_forum_topic(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        if chat_id not in self._forums:
            raise _bad("the chat is not a forum")
        name = str(params.get("name") or "")
        if not 1 <= len(name) <= 128:
            raise _bad("TOPIC_TITLE_EMPTY" if not name else "TOPIC_TITLE_TOO_LONG")
        # As in Telegram, the thread id is the id of the topic's "created" service message.
        created = {"name": name, "icon_color": 7322096}
        msg = self._new_message(chat_id, self.bot_user, forum_topic_created=created)
        thread = msg["message_id"]
        msg.update(message_thread_id=thread, is_topic_message=True)
        self._forums[chat_id][thread] = {"name": name, "closed": False}
        return {"message_thread_id": thread, **created}

    def _m_close_forum_topic(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        _chat, _thread, topic = self._topic(params)
        if topic["closed"]:
            raise _bad("TOPIC_NOT_MODIFIED")
        topic["closed"] = True
        return True

    def _m_reopen_forum_topic(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        _chat, _thread, topic = self._topic(params)
        if not topic["closed"]:
            raise _bad("TOPIC_NOT_MODIFIED")
        topic["closed"] = False
        return True

    def _m_delete_forum_topic(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id, thread, _topic = self._topic(params)
        self.delete_topic(chat_id, thread)
        return True

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """Delete a topic and its messages, as an admin may by hand."""
        del self._forums[chat_id][thread_id]
        messages = self._messages.get(chat_id, {})
        for mid in [m for m, msg in messages.items() if msg.get("message_thread_id") == thread_id]:
            del messages[mid]

    def delete_by_hand(self, chat_id: int, message_id: int) -> None:
        """A member of the group deletes a message, as an admin may: Telegram tells no bot."""
        del self._messages[chat_id][message_id]

    def _m_set_message_reaction(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._chat_id(params)
        mid = int(params.get("message_id") or 0)
        if self.message(chat_id, mid) is None:
            raise _bad("message to react not found")
        reaction = params.get("reaction") or []
        for entry in reaction:
            if entry.get("type") == "emoji" and entry.get("emoji") not in ALLOWED_REACTIONS:
                raise _bad("REACTION_INVALID")
        self.reactions[(chat_id, mid)] = list(reaction)
        return True

    def _m_pin_chat_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._chat_id(params)
        mid = int(params.get("message_id") or 0)
        if self.message(chat_id, mid) is None:
            raise _bad("message to pin not found")
        self.pinned.setdefault(chat_id, []).append(mid)
        return True

    def _m_copy_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        source = self.message(int(params.get("from_chat_id") or 0), int(params["message_id"]))
        if source is None:
            raise _bad("message to copy not found")
        content = {
            k: v
            for k, v in source.items()
            if k not in ("message_id", "date", "chat", "from", "reply_to_message", "edit_date")
        }
        content.pop("message_thread_id", None)
        content.pop("is_topic_message", None)
        if "caption" in params:
            self._check_text(params["caption"], params.get("parse_mode"), caption=True)
            content["caption"] = params["caption"]
        reply_to = self._reply_to(chat_id, params)
        reply_msg = self.message(chat_id, reply_to) if reply_to is not None else None
        if reply_msg is not None:
            content["reply_to_message"] = self._short(reply_msg)
        content.update(self._thread_fields(chat_id, params))
        msg = self._new_message(chat_id, self.bot_user, **content)
        return {"message_id": msg["message_id"]}

    def _m_forward_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        from_chat = int(params.get("from_chat_id") or 0)
        source = self.message(from_chat, int(params["message_id"]))
        if source is None:
            raise _bad("message to forward not found")
        content = {
            k: v
            for k, v in source.items()
            if k not in ("message_id", "date", "chat", "from", "reply_to_message", "edit_date")
        }
        origin: JSONDict = {"type": "user", "date": source["date"], "sender_user": source["from"]}
        return self._new_message(chat_id, self.bot_user, forward_origin=origin, **content)

    def _m_delete_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._chat_id(params)
        mid = int(params.get("message_id") or 0)
        if self._messages.get(chat_id, {}).pop(mid, None) is None:
            raise _bad("message to delete not found")
        return True

    def _m_send_chat_action(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._chat_id(params)
        self._check_blocked(chat_id)
        if not params.get("action"):
            raise _bad("action is empty")
        return True

    def _m_get_chat(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        chat = self._chat(chat_id)
        user = self._users.get(chat_id)
        if user and user.get("last_name"):
            chat["last_name"] = user["last_name"]
        chat.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )
        return chat

    def _m_get_file(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        file_id = str(params.get("file_id") or "")
        if file_id not in self._files:
            raise _bad("invalid file_id")
        path, content = self._files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"U-{file_id}",
            "file_size": len(content),
            "file_path": path,
        }

    # ---------------------------------------------------------------- long polling

    def _wake_pollers(self) -> None:
        self._new_update.set()
        self._new_update = asyncio.Event()

    @staticmethod
    def _update_type(update: JSONDict) -> str:
        return next((k for k in update if k != "update_id"), "")

    def _collect(self, limit: int) -> list[JSONDict]:
        batch: list[JSONDict] = []
        rejected = False
        for update in self._queue:
            if self._update_type(update) in self._allowed_updates:
                batch.append(update)
                if len(batch) >= limit:
                    break
            else:
                rejected = True
        if rejected:
            kept: deque[JSONDict] = deque()
            for update in self._queue:
                if self._update_type(update) in self._allowed_updates:
                    kept.append(update)
                else:
                    self.dropped_updates.append(update)
            self._queue = kept
        return batch

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        allowed = params.get("allowed_updates")
        if allowed is not None:
            self._allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)

        if offset > 0:
            while self._queue and self._queue[0]["update_id"] < offset:
                self._queue.popleft()
        elif offset < 0:
            while len(self._queue) > -offset:
                self._queue.popleft()

        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()  # terminates an older long poll with 409, like Telegram

        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            batch = self._collect(limit)
            if batch or self._closing.is_set():
                return batch
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only "
                    "one bot instance is running",
                )
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), remaining)

    # ---------------------------------------------------------------- injecting updates

    def push_update(self, update: JSONDict) -> int:
        """Queue a raw update (``update_id`` is assigned if missing). Returns the update_id."""
        if "update_id" not in update:
            update = {"update_id": next(self._update_ids), **update}
        else:
            uid = int(update["update_id"])
            self._update_ids = itertools.count(max(uid + 1, next(self._update_ids)))
        for key in ("message", "edited_message", "channel_post", "business_message"):
            msg = update.get(key)
            if isinstance(msg, dict) and "chat" in msg and "message_id" in msg:
                self._store_message(msg)
        callback = update.get("callback_query")
        if isinstance(callback, dict) and "id" in callback:
            self._open_queries.add(str(callback["id"]))
        self._queue.append(update)
        self._wake_pollers()
        return int(update["update_id"])

    def _user(
        self,
        user_id: int,
        *,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        last_name: str | None = None,
    ) -> JSONDict:
        user = dict(self._users.get(user_id) or {"id": user_id, "is_bot": False})
        user["first_name"] = first_name or user.get("first_name") or "Test"
        if username is not None:
            user["username"] = username
        if last_name is not None:
            user["last_name"] = last_name
        user["language_code"] = language_code or user.get("language_code") or "de"
        self._users[user_id] = user
        return dict(user)

    def _push_message(self, chat_id: int, sender: JSONDict, **fields: Any) -> int:
        msg = self._new_message(chat_id, sender, **fields)
        return self.push_update({"message": msg})

    def user_message(
        self,
        user_id: int,
        text: str,
        *,
        language_code: str | None = None,
        first_name: str | None = None,
        username: str | None = None,
        chat_id: int | None = None,
    ) -> int:
        """A user writes ``text`` (private chat unless ``chat_id`` is given).

        ``language_code`` / ``first_name`` default to the user's previous values, initially
        "de" / "Test". Commands carry a ``bot_command`` entity.
        """
        sender = self._user(
            user_id, first_name=first_name, username=username, language_code=language_code
        )
        return self._push_message(
            user_id if chat_id is None else chat_id,
            sender,
            text=text,
            entities=command_entities(text) or None,
        )

    def edit_message(self, chat_id: int, message_id: int, text: str) -> int:
        """Its sender edits message ``message_id`` of ``chat_id``: its text, or a medium's
        caption. Telegram's ``edited_message`` update (the edit is kept, as Telegram does)."""
        msg = self.message(chat_id, message_id)
        if msg is None:
            raise KeyError(f"no message {message_id} in chat {chat_id}")
        field = "text" if "text" in msg else "caption"
        edited = {k: v for k, v in msg.items() if k not in ("entities", "caption_entities")}
        edited.update({field: text, "edit_date": int(time.time())})
        # Telegram marks a command in the new text as in a new message ("/notiz 1" edited
        # into "/notiz 1 Rückruf morgen" is a command again).
        commands = command_entities(text) if field == "text" else []
        if commands:
            edited["entities"] = commands
        return self.push_update({"edited_message": edited})

    def newest_from(self, chat_id: int, user_id: int) -> int:
        """The id of the newest message ``user_id`` wrote in ``chat_id``."""
        return max(
            mid
            for mid, msg in self._messages.get(chat_id, {}).items()
            if msg.get("from", {}).get("id") == user_id
        )

    def user_reply(
        self, user_id: int, text: str, reply_to_message_id: int, *, chat_id: int | None = None
    ) -> int:
        """A user replies (Telegram "reply" feature) to a message in their chat."""
        chat = user_id if chat_id is None else chat_id
        target = self.message(chat, reply_to_message_id)
        if target is None:
            target = {
                "message_id": reply_to_message_id,
                "date": int(time.time()),
                "chat": self._chat(chat),
                "from": self.bot_user,
                "text": "",
            }
        return self._push_message(
            chat,
            self._user(user_id),
            text=text,
            entities=command_entities(text) or None,
            reply_to_message=self._short(target),
        )

    def user_sticker(self, user_id: int, *, emoji: str = "👍") -> int:
        return self._push_message(user_id, self._user(user_id), sticker=self._sticker(emoji))

    def _sticker(self, emoji: str) -> JSONDict:
        n = next(self._file_counter)
        return {
            "file_id": f"S{n:06d}-sticker",
            "file_unique_id": f"US{n:06d}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }

    def user_contact(
        self, user_id: int, phone_number: str, *, contact_user_id: int | None = None
    ) -> int:
        """A user shares a contact card (their own when ``contact_user_id`` is theirs)."""
        contact: JSONDict = {"phone_number": phone_number, "first_name": "Contact"}
        if contact_user_id is not None:
            contact["user_id"] = contact_user_id
        return self._push_message(user_id, self._user(user_id), contact=contact)

    def user_photo(
        self, user_id: int, *, caption: str | None = None, content: bytes = b"\xff\xd8fakejpeg"
    ) -> int:
        """A user sends a photo (downloadable via getFile)."""
        small = self._store_file(content[:4], "small.jpg", "photos")
        large = self._store_file(content, "photo.jpg", "photos")
        photo = [{**small, "width": 90, "height": 90}, {**large, "width": 1280, "height": 960}]
        return self._push_message(user_id, self._user(user_id), photo=photo, caption=caption)

    def user_media(
        self,
        user_id: int,
        kind: str,
        *,
        caption: str | None = None,
        chat_id: int | None = None,
        thread_id: int | None = None,
        reply_to_message_id: int | None = None,
        duration: int = 42,
        file_name: str = "file.pdf",
        phone_number: str = "+4915112345678",
        content: bytes = b"",
        album: str | None = None,
    ) -> int:
        """A user sends ``kind`` (voice, audio, photo, document, video, video_note, contact,
        location) in their private chat, or in group ``chat_id`` (in topic ``thread_id``);
        ``album``: the media group of photos or files sent at once (one update each).

        A file's ``content`` (for the media kinds) can be fetched with getFile and the
        file endpoint, as from Telegram."""
        n = next(self._file_counter)
        medium: JSONDict = {"file_id": f"M{n:06d}-{kind}", "file_unique_id": f"UM{n:06d}"}
        if kind not in ("contact", "location"):
            suffix = "." + file_name.rsplit(".", 1)[1] if kind == "document" else ""
            self._files[medium["file_id"]] = (f"{kind}s/file_{n}{suffix}", content)
        fields: dict[str, JSONDict | list[JSONDict]] = {
            "voice": {**medium, "duration": duration, "mime_type": "audio/ogg"},
            "audio": {**medium, "duration": duration, "file_name": "song.mp3"},
            "photo": [{**medium, "width": 1280, "height": 960}],
            "document": {**medium, "file_name": file_name, "mime_type": "application/pdf"},
            "video": {**medium, "duration": duration, "width": 640, "height": 480},
            "video_note": {**medium, "duration": duration, "length": 240},
            "contact": {"phone_number": phone_number, "first_name": "Kemal", "user_id": user_id},
            "location": {"latitude": 51.33962, "longitude": 12.37129},
        }
        chat = user_id if chat_id is None else chat_id
        extra: JSONDict = {kind: fields[kind]}
        if caption is not None:
            extra["caption"] = caption
        if album is not None:
            extra["media_group_id"] = album
        extra.update(self._reply_and_thread(chat, thread_id, reply_to_message_id))
        return self._push_message(chat, self._user(user_id), **extra)

    def _reply_and_thread(
        self, chat_id: int, thread_id: int | None, reply_to_message_id: int | None
    ) -> JSONDict:
        """A message's reply and topic fields, as Telegram sets them in a forum."""
        fields: JSONDict = {}
        target = reply_to_message_id if reply_to_message_id is not None else thread_id
        if thread_id is not None:
            fields.update(message_thread_id=thread_id, is_topic_message=True)
        if target is not None:
            # In a topic, a plain message "replies" to the topic's "created" message.
            found = self.message(chat_id, target)
            if found is not None:
                fields["reply_to_message"] = self._short(found)
        return fields

    def _find_button_message(self, chat_id: int, callback_data: str) -> JSONDict:
        mid = self._callback_index.get(chat_id, {}).get(callback_data)
        if mid is not None:
            msg = self.message(chat_id, mid)
            if msg is not None and self._carries(msg, callback_data):
                return msg
        for msg in reversed(list(self._messages.get(chat_id, {}).values())):
            if msg.get("from", {}).get("id") == self.bot_id and self._carries(msg, callback_data):
                return msg
        raise AssertionError(
            f"no bot message in chat {chat_id} carries a button with callback_data "
            f"{callback_data!r}; pass message_id= to press a stale button\n{self.dump()}"
        )

    @staticmethod
    def _carries(msg: JSONDict, callback_data: str) -> bool:
        return any(
            b.get("callback_data") == callback_data
            for row in msg.get("reply_markup", {}).get("inline_keyboard", [])
            for b in row
        )

    def _press(
        self, chat_id: int, sender: JSONDict, callback_data: str, message_id: int | None
    ) -> int:
        if message_id is None:
            msg = self._find_button_message(chat_id, callback_data)
        else:
            found = self.message(chat_id, message_id)
            msg = found or {
                "message_id": message_id,
                "date": 0,  # "inaccessible message" in Bot API terms
                "chat": self._chat(chat_id),
            }
        update_id = next(self._update_ids)
        query = {
            "id": f"cq{update_id}",
            "from": sender,
            # Telegram repeats the replied-to message in the pressed one (one level deep).
            "message": self._with_reply(msg),
            "chat_instance": f"ci{chat_id}",
            "data": callback_data,
        }
        return self.push_update({"update_id": update_id, "callback_query": query})

    def user_press(
        self,
        user_id: int,
        callback_data: str,
        *,
        message_id: int | None = None,
        language_code: str | None = None,
    ) -> int:
        """A user presses an inline button in their private chat.

        The callback query's ``message`` is the newest bot message that carries a button with
        ``callback_data`` (AssertionError if none) unless ``message_id`` is given. The query id
        is ``f"cq{update_id}"``.
        """
        sender = self._user(user_id, language_code=language_code)
        return self._press(user_id, sender, callback_data, message_id)

    def user_press_button(self, user_id: int, text: str, *, chat_id: int | None = None) -> int:
        """Press the button labelled ``text`` on the newest bot message that has one."""
        chat = user_id if chat_id is None else chat_id
        for msg in reversed(list(self._messages.get(chat, {}).values())):
            if msg.get("from", {}).get("id") != self.bot_id:
                continue
            for row in msg.get("reply_markup", {}).get("inline_keyboard", []):
                for b in row:
                    if b.get("text") == text and b.get("callback_data") is not None:
                        return self._press(
                            chat, self._user(user_id), b["callback_data"], msg["message_id"]
                        )
        raise AssertionError(f"no button {text!r} in chat {chat}\n{self.dump()}")

    def group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        reply_to_message_id: int | None = None,
        *,
        title: str | None = None,
        thread_id: int | None = None,
        first_name: str | None = None,
        entities: list[JSONDict] | None = None,
    ) -> int:
        """A user writes in a supergroup (``chat_id`` must be negative), in topic ``thread_id``;
        ``entities`` as Telegram gives them (a "text_link" with its url), else /commands'."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative, e.g. -1001234567890")
        if title is not None:
            self._group_titles[chat_id] = title
        return self._push_message(
            chat_id,
            self._user(user_id, first_name=first_name),
            text=text,
            entities=entities or command_entities(text) or None,
            **self._reply_and_thread(chat_id, thread_id, reply_to_message_id),
        )

    def group_sticker(
        self, chat_id: int, user_id: int, reply_to_message_id: int, *, emoji: str = "👍"
    ) -> int:
        """A user answers message ``reply_to_message_id`` of a supergroup with a sticker."""
        return self._push_message(
            chat_id,
            self._user(user_id),
            sticker=self._sticker(emoji),
            **self._reply_and_thread(chat_id, None, reply_to_message_id),
        )

    def group_press(self, chat_id: int, user_id: int, callback_data: str, message_id: int) -> int:
        """A user presses an inline button on message ``message_id`` in a group."""
        return self._press(chat_id, self._user(user_id), callback_data, message_id)

    def _my_chat_member(self, user_id: int, old: str, new: str) -> int:
        sender = self._user(user_id)

        def member(status: str) -> JSONDict:
            entry: JSONDict = {"user": self.bot_user, "status": status}
            if status == "kicked":
                entry["until_date"] = 0  # required by ChatMemberBanned; 0 = forever
            return entry

        return self.push_update(
            {
                "my_chat_member": {
                    "chat": self._chat(user_id),
                    "from": sender,
                    "date": int(time.time()),
                    "old_chat_member": member(old),
                    "new_chat_member": member(new),
                }
            }
        )

    def my_chat_member_kicked(self, user_id: int, *, block: bool = True) -> int:
        """The user blocked the bot (and, with ``block=True``, sends now fail with 403)."""
        if block:
            self.block_user(user_id)
        return self._my_chat_member(user_id, "member", "kicked")

    def my_chat_member_unblocked(self, user_id: int) -> int:
        """The user restarted the bot after blocking it."""
        self.unblock_user(user_id)
        return self._my_chat_member(user_id, "kicked", "member")

    # ---------------------------------------------------------------- inspection

    def sent(self, chat_id: int | None = None) -> list[SentMessage]:
        """sendMessage and successful editMessageText calls (``edited=True``), in order."""
        if chat_id is None:
            return list(self._sent)
        return list(self._sent_by_chat.get(chat_id, ()))

    def visible(self, chat_id: int) -> list[str]:
        """What a member of ``chat_id`` sees now: each message's text or caption (and a
        document's name and content), after every edit and without the deleted ones."""
        shown = []
        for msg in self._messages.get(chat_id, {}).values():
            parts = [msg.get("text"), msg.get("caption")]
            document = msg.get("document") or {}
            parts.append(document.get("file_name"))
            if document.get("file_id") in self._files:
                parts.append(self._files[document["file_id"]][1].decode("utf-8", "replace"))
            shown.append("\n".join(str(part) for part in parts if part))
        return shown

    def lose(self, chat_id: int, message_id: int) -> None:
        """Take a message out of the chat as if Telegram had never taken it (a crash test
        that marks a reply as owed although it went out); the sent log keeps it."""
        self._messages.get(chat_id, {}).pop(message_id, None)

    def messages(self, chat_id: int) -> list[JSONDict]:
        """The messages ``chat_id`` holds now, after every edit and without deleted ones."""
        return list(self._messages.get(chat_id, {}).values())

    def file_content(self, file_id: str) -> bytes:
        """The content of a file sent or uploaded (KeyError for an unknown id)."""
        return self._files[file_id][1]

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [m.text for m in self.sent(chat_id)]

    def last_message(self, chat_id: int) -> SentMessage:
        messages = self._sent_by_chat.get(chat_id)
        if not messages:
            raise AssertionError(f"nothing was sent to chat {chat_id}\n{self.dump()}")
        return messages[-1]

    def documents(self, chat_id: int | None = None) -> list[SentDocument]:
        return [d for d in self._docs if chat_id is None or d.chat_id == chat_id]

    def calls_to(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method == method and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def callback_answer(self, update_id: int) -> Call | None:
        """The answerCallbackQuery call for the press that returned ``update_id``."""
        query_id = f"cq{update_id}"
        for call in self.calls:
            if (
                call.method == "answerCallbackQuery"
                and str(call.params.get("callback_query_id")) == query_id
            ):
                return call
        return None

    @property
    def pending_updates(self) -> int:
        """Updates queued but not yet confirmed by an ``offset``."""
        return len(self._queue)

    def reset_records(self) -> None:
        """Forget recorded calls/messages/documents (chat state and faults are kept)."""
        self.calls.clear()
        self.failed_calls.clear()
        self._sent.clear()
        self._sent_by_chat.clear()
        self._docs.clear()

    @staticmethod
    def _max_in_window(times: Iterable[float], window: float) -> int:
        ordered = sorted(times)
        best = 0
        start = 0
        for end, t in enumerate(ordered):
            while t - ordered[start] >= window:
                start += 1
            best = max(best, end - start + 1)
        return best

    def max_rate(
        self,
        method: str | Iterable[str] = "sendMessage",
        window: float = 1.0,
        *,
        include_failed: bool = False,
    ) -> int:
        """Max number of ``method`` calls within any sliding ``window`` seconds."""
        methods = {method} if isinstance(method, str) else set(method)
        calls = self.calls + self.failed_calls if include_failed else self.calls
        return self._max_in_window((c.at for c in calls if c.method in methods), window)

    def max_rate_per_chat(
        self,
        window: float = 1.0,
        methods: Iterable[str] = SEND_METHODS,
        *,
        include_failed: bool = False,
    ) -> int:
        """Max number of sends to any *single* chat within any sliding ``window`` seconds."""
        wanted = set(methods)
        calls = self.calls + self.failed_calls if include_failed else self.calls
        per_chat: dict[Any, list[float]] = {}
        for c in calls:
            if c.method in wanted:
                per_chat.setdefault(c.params.get("chat_id"), []).append(c.at)
        return max((self._max_in_window(t, window) for t in per_chat.values()), default=0)

    def dump(self, limit: int = 30) -> str:
        """Readable listing of the most recent calls (successful and failed)."""
        merged = sorted(self.calls[-limit:] + self.failed_calls[-limit:], key=lambda c: c.at)
        merged = merged[-limit:]
        if not merged:
            return "  (no Bot API calls recorded)"
        origin = merged[0].at
        lines = [f"last {len(merged)} Bot API calls:"]
        for c in merged:
            shown = {k: v for k, v in c.params.items() if k != "reply_markup"}
            text = json.dumps(shown, ensure_ascii=False, default=str)
            if len(text) > 160:
                text = text[:157] + "..."
            extra = ""
            if "reply_markup" in c.params:
                extra = f" buttons={self._buttons_summary(c.params['reply_markup'])}"
            status = "ok" if c.ok else f"{c.status} {c.description}"
            lines.append(f"  +{c.at - origin:7.3f}s {c.method} {text}{extra} -> {status}")
        return "\n".join(lines)

    @staticmethod
    def _buttons_summary(markup: Any) -> str:
        if not isinstance(markup, dict):
            return repr(markup)
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return repr([[b.get("text") if isinstance(b, dict) else b for b in row] for row in rows])

    # ---------------------------------------------------------------- waiting

    @overload
    async def wait_for(
        self,
        predicate: Callable[[], Awaitable[T | None]],
        timeout: float = ...,  # noqa: ASYNC109
        *,
        message: str | None = ...,
    ) -> T: ...

    @overload
    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        timeout: float = ...,  # noqa: ASYNC109
        *,
        message: str | None = ...,
    ) -> T: ...

    async def wait_for(
        self,
        predicate: Callable[[], Any],
        timeout: float = WAIT,  # noqa: ASYNC109 - part of the documented API
        *,
        message: str | None = None,
    ) -> Any:
        """Wait until ``predicate()`` (sync or async) is truthy and return its value.

        Re-checks whenever a call is recorded and at least every 20 ms. On timeout raises
        AssertionError with a dump of the recent calls.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if inspect.isawaitable(result):
                result = await result
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                what = message or getattr(predicate, "__name__", "condition")
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {what}\n{self.dump()}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._change.wait(), min(remaining, 0.02))

    async def wait_sent(
        self,
        chat_id: int,
        count: int = 1,
        timeout: float = WAIT,  # noqa: ASYNC109
    ) -> list[SentMessage]:
        """Wait until at least ``count`` messages were sent/edited to ``chat_id``; return all."""
        await self.wait_for(
            lambda: len(self._sent_by_chat.get(chat_id, ())) >= count,
            timeout,
            message=f"{count} sent/edited message(s) to chat {chat_id}",
        )
        return self.sent(chat_id)

    async def wait_calls(
        self,
        method: str,
        count: int = 1,
        *,
        chat_id: int | None = None,
        timeout: float = WAIT,  # noqa: ASYNC109
    ) -> list[Call]:
        """Wait until at least ``count`` successful ``method`` calls were recorded."""
        await self.wait_for(
            lambda: len(self.calls_to(method, chat_id)) >= count,
            timeout,
            message=f"{count} {method} call(s)" + (f" to chat {chat_id}" if chat_id else ""),
        )
        return self.calls_to(method, chat_id)
