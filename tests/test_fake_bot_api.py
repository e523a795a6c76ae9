"""Tests for testkit/fake_bot_api.py, driving a real python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from testkit.fake_bot_api import Button, FakeBotAPI, command_entities

TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz"
USER = 4242


# ------------------------------------------------------------------------------------ helpers


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


def build_app(fake: FakeBotAPI, *, concurrent: bool = False) -> Application:
    return (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(f"{fake.url}/bot")
        .base_file_url(f"{fake.url}/file/bot")
        .concurrent_updates(concurrent)
        .build()
    )


@contextlib.asynccontextmanager
async def running(app: Application) -> AsyncIterator[Application]:
    """initialize + start + poll; always stop updater and app, then check no task leaked."""
    async with app:
        await app.start()
        try:
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            yield app
        finally:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
    leftovers = [
        t.get_name()
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task()
        and not t.done()
        and ("Updater" in t.get_name() or "Application" in t.get_name())
    ]
    assert leftovers == []


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Weiter", callback_data="next"),
                InlineKeyboardButton("Webseite", url="https://example.org/kausa"),
            ],
            [InlineKeyboardButton("Sprache", callback_data="lang")],
        ]
    )
    await update.effective_message.reply_text(
        "<b>Willkommen</b> bei KAUSA!", parse_mode=ParseMode.HTML, reply_markup=keyboard
    )


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(
        f"Echo: {update.effective_message.text}", do_quote=True
    )


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("OK")
    await query.edit_message_text(f"Gewählt: {query.data}")


def echo_handlers(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(on_button))


# ------------------------------------------------------------------------------- end to end


async def test_start_echo_and_button_press(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    echo_handlers(app)
    async with running(app):
        fake.user_message(USER, "/start", first_name="Ayşe", language_code="tr")
        [welcome] = await fake.wait_sent(USER, 1)
        assert welcome.text == "<b>Willkommen</b> bei KAUSA!"
        assert welcome.plain_text == "Willkommen bei KAUSA!"
        assert welcome.parse_mode == "HTML"
        assert welcome.buttons == [
            [
                Button("Weiter", callback_data="next"),
                Button("Webseite", url="https://example.org/kausa"),
            ],
            [Button("Sprache", callback_data="lang")],
        ]
        assert welcome.button("Weiter").callback_data == "next"
        assert welcome.edited is False

        fake.user_message(USER, "Hallo Bot")
        echoed = (await fake.wait_sent(USER, 2))[-1]
        assert echoed.text == "Echo: Hallo Bot"
        assert echoed.buttons == []
        # the user's message got id welcome+1, the echo quotes it
        assert echoed.reply_to_message_id == welcome.message_id + 1
        assert echoed.message_id == welcome.message_id + 2

        update_id = fake.user_press(USER, "next")
        edited = (await fake.wait_sent(USER, 3))[-1]
        assert edited.edited is True
        assert edited.message_id == welcome.message_id
        assert edited.text == "Gewählt: next"
        assert edited.buttons == []  # editMessageText without reply_markup drops the keyboard
        answer = await fake.wait_for(lambda: fake.callback_answer(update_id))
        assert answer.params["text"] == "OK"
        assert fake.last_message(USER) == edited
        assert fake.texts(USER) == [welcome.text, "Echo: Hallo Bot", "Gewählt: next"]

    methods = [c.method for c in fake.calls]
    assert methods[:2] == ["getMe", "deleteWebhook"]
    assert "getUpdates" in methods
    assert fake.failed_calls == []
    # the user's language / name stuck for later updates (press used them too)
    assert fake.pending_updates == 0


async def test_user_press_button_by_text_and_stale_press(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    echo_handlers(app)
    async with running(app):
        fake.user_message(USER, "/start")
        [welcome] = await fake.wait_sent(USER, 1)
        fake.user_press_button(USER, "Sprache")
        assert (await fake.wait_sent(USER, 2))[-1].text == "Gewählt: lang"
        # keyboard is gone now -> pressing by data needs an explicit message_id
        with pytest.raises(AssertionError, match="callback_data 'next'"):
            fake.user_press(USER, "next")
        fake.user_press(USER, "next", message_id=welcome.message_id)
        assert (await fake.wait_sent(USER, 3))[-1].text == "Gewählt: next"


async def test_update_injectors_parse_in_ptb(fake: FakeBotAPI) -> None:
    seen: list[Update] = []
    commands: list[Update] = []

    async def collect(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update)

    async def command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        commands.append(update)

    app = build_app(fake)
    app.add_handler(TypeHandler(Update, collect), group=-1)
    app.add_handler(CommandHandler("start", command))
    group = -1001234567890
    async with running(app):
        await app.bot.send_message(group, "Neue Anfrage")
        ids = [
            fake.user_sticker(USER),
            fake.user_photo(USER, caption="Zeugnis"),
            fake.user_reply(USER, "Antwort", 1),
            fake.group_message(group, 77, "/start@kausa_test_bot hi"),
            fake.group_message(group, 77, "Ich übernehme", reply_to_message_id=1),
            fake.group_press(group, 77, "take:1", 1),
            fake.my_chat_member_kicked(USER),
            fake.push_update(
                {"message": {"message_id": 999, "date": 0, "chat": {"id": 5, "type": "private"}}}
            ),
        ]
        await fake.wait_for(lambda: len(seen) == len(ids))
        await fake.wait_for(lambda: len(commands) == 1)

    assert [u.update_id for u in seen] == ids
    assert ids == sorted(ids)
    sticker, photo, reply, cmd, group_reply, press, kicked, raw = seen
    assert sticker.message is not None and sticker.message.sticker is not None
    assert photo.message is not None and photo.message.caption == "Zeugnis"
    assert len(photo.message.photo) == 2
    assert reply.message is not None and reply.message.reply_to_message is not None
    assert reply.message.reply_to_message.message_id == 1
    assert cmd.effective_chat is not None and cmd.effective_chat.type == "supergroup"
    assert commands[0].update_id == cmd.update_id
    assert group_reply.message is not None and group_reply.message.reply_to_message is not None
    assert group_reply.message.reply_to_message.text == "Neue Anfrage"
    assert press.callback_query is not None and press.callback_query.data == "take:1"
    assert press.callback_query.message is not None
    assert press.callback_query.message.chat.id == group
    assert press.callback_query.from_user.id == 77
    assert kicked.my_chat_member is not None
    assert kicked.my_chat_member.new_chat_member.status == "kicked"
    assert raw.message is not None and raw.message.message_id == 999

    # photos sent by users can be downloaded through getFile + base_file_url
    assert photo.message.photo[-1].file_id
    async with build_app(fake) as app2:
        file = await app2.bot.get_file(photo.message.photo[-1].file_id)
        assert bytes(await file.download_as_bytearray()) == b"\xff\xd8fakejpeg"


async def test_blocked_user_and_my_chat_member(fake: FakeBotAPI) -> None:
    events: list[str] = []

    async def member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.my_chat_member is not None
        events.append(update.my_chat_member.new_chat_member.status)

    app = build_app(fake)
    app.add_handler(ChatMemberHandler(member, ChatMemberHandler.MY_CHAT_MEMBER))
    async with running(app):
        await app.bot.send_message(USER, "vorher")
        fake.my_chat_member_kicked(USER)
        await fake.wait_for(lambda: events == ["kicked"])
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await app.bot.send_message(USER, "nachher")
        with pytest.raises(Forbidden):
            await app.bot.send_chat_action(USER, ChatAction.TYPING)
        fake.my_chat_member_unblocked(USER)
        await fake.wait_for(lambda: events == ["kicked", "member"])
        await app.bot.send_message(USER, "wieder da")

        fake.block_user(99)
        with pytest.raises(Forbidden):
            await app.bot.send_message(99, "x")

    assert fake.texts(USER) == ["vorher", "wieder da"]
    assert [c.status for c in fake.failed_calls] == [403, 403, 403]


# ---------------------------------------------------------------------------- fault injection


async def test_429_raises_retry_after(fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # retry_after as timedelta, no deprecation warning
    errors: list[object] = []

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(context.error)

    app = build_app(fake)
    echo_handlers(app)
    app.add_error_handler(on_error)
    async with running(app):
        fake.fail_next("sendMessage", status=429, retry_after=3)
        with pytest.raises(RetryAfter) as excinfo:
            await app.bot.send_message(USER, "zu schnell")
        assert excinfo.value.retry_after == dtm.timedelta(seconds=3)

        # the same through a handler: the error handler sees RetryAfter
        fake.fail_next("sendMessage", status=429, retry_after=1)
        fake.user_message(USER, "Hallo")
        await fake.wait_for(lambda: errors)
        assert isinstance(errors[0], RetryAfter)

        await app.bot.send_message(USER, "jetzt geht's")

    assert fake.texts(USER) == ["jetzt geht's"]
    assert [(c.method, c.status) for c in fake.failed_calls] == [
        ("sendMessage", 429),
        ("sendMessage", 429),
    ]
    assert fake.failed_calls[0].description == "Too Many Requests: retry after 3"


async def test_500_raises_network_error(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    async with running(app):
        fake.fail_next("sendMessage", status=500, times=2)
        for _ in range(2):
            with pytest.raises(NetworkError) as excinfo:
                await app.bot.send_message(USER, "x")
            # PTB maps 500 to plain NetworkError (BadRequest is a NetworkError subclass)
            assert type(excinfo.value) is NetworkError
            assert excinfo.value.message == "Internal Server Error"
        await app.bot.send_message(USER, "y")

        fake.fail_next("*", status=400, description="Bad Request: chat not found")
        with pytest.raises(BadRequest, match="Chat not found"):
            await app.bot.send_chat_action(USER, ChatAction.TYPING)
    assert fake.texts(USER) == ["y"]
    assert [c.status for c in fake.failed_calls] == [500, 500, 400]


async def test_delay_causes_timeout(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    async with running(app):
        # request never applied: the client gave up before the server handled it
        fake.delay_next("sendMessage", 0.5)
        with pytest.raises(TimedOut):
            await app.bot.send_message(USER, "langsam", read_timeout=0.1)
        await fake.wait_for(lambda: fake.failed_calls)
        assert fake.failed_calls[0].status == 499
        assert fake.sent(USER) == []

        # applied, but the answer comes too late: the classic duplicate-message trap
        fake.delay_next("sendMessage", 0.5, apply_first=True)
        with pytest.raises(TimedOut):
            await app.bot.send_message(USER, "doch angekommen", read_timeout=0.1)
        assert fake.texts(USER) == ["doch angekommen"]

        # a delay shorter than the timeout is just latency
        fake.delay_next("sendMessage", 0.05)
        t0 = time.monotonic()
        await app.bot.send_message(USER, "ok")
        assert time.monotonic() - t0 >= 0.05
    assert fake.texts(USER) == ["doch angekommen", "ok"]


async def test_a_held_call_waits_until_released(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    async with running(app):
        held = fake.hold_next("sendMessage")
        sending = asyncio.create_task(app.bot.send_message(USER, "gehalten"))
        await held.arrived.wait()
        assert fake.sent(USER) == [] and not sending.done()  # under way, not yet handled
        held.release()
        await sending
        await app.bot.send_message(USER, "frei")  # only the next call was held
    assert fake.texts(USER) == ["gehalten", "frei"]


async def test_polling_survives_get_updates_failure(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    echo_handlers(app)
    fake.fail_next("getUpdates", status=502)  # the very first poll fails ...
    fake.user_message(USER, "trotzdem")
    async with running(app):
        # ... PTB backs off 1s after a NetworkError while polling, then fetches the update
        assert (await fake.wait_sent(USER, 1))[0].text == "Echo: trotzdem"
    assert [(c.method, c.status) for c in fake.failed_calls] == [("getUpdates", 502)]


# ------------------------------------------------------------------------- strict API checks


async def test_strict_api_errors(fake: FakeBotAPI) -> None:
    async with build_app(fake) as app:
        bot = app.bot
        with pytest.raises(BadRequest, match="Message is too long"):
            await bot.send_message(USER, "x" * 4097)
        with pytest.raises(BadRequest, match=r'(?i)unsupported start tag "br"'):
            await bot.send_message(USER, "a<br>b", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match=r"(?i)can't find end tag"):
            await bot.send_message(USER, "<b>fett", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match=r"(?i)character '\.' is reserved"):
            await bot.send_message(USER, "Hallo.", parse_mode=ParseMode.MARKDOWN_V2)
        await bot.send_message(USER, r"*Hallo*\. [Link](https://a.b/c-d)", parse_mode="MarkdownV2")
        with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
            await bot.send_message(
                USER,
                "x",
                reply_markup=InlineKeyboardMarkup.from_button(
                    InlineKeyboardButton("x", callback_data="y" * 65)
                ),
            )
        msg = await bot.send_message(USER, "gleich")
        with pytest.raises(BadRequest, match="Message is not modified"):
            await bot.edit_message_text("gleich", chat_id=USER, message_id=msg.message_id)
        with pytest.raises(BadRequest, match="Message to edit not found"):
            await bot.edit_message_text("neu", chat_id=USER, message_id=12345)
        with pytest.raises(BadRequest, match="Message to be replied not found"):
            await bot.send_message(USER, "antwort", reply_to_message_id=777)
        with pytest.raises(BadRequest, match="Query is too old"):
            await bot.answer_callback_query("nope")
    assert len(fake.failed_calls) == 9
    assert fake.texts(USER) == [r"*Hallo*\. [Link](https://a.b/c-d)", "gleich"]


async def test_lenient_mode() -> None:
    async with FakeBotAPI(strict=False) as fake, build_app(fake) as app:
        msg = await app.bot.send_message(USER, "a<br>b", parse_mode=ParseMode.HTML)
        await app.bot.edit_message_text("a<br>b", chat_id=USER, message_id=msg.message_id)
    assert [m.edited for m in fake.sent(USER)] == [False, True]


# ------------------------------------------------------------------------ other API methods


async def test_misc_methods_documents_and_keyboards(fake: FakeBotAPI) -> None:
    async with build_app(fake) as app:
        bot = app.bot
        assert bot.username == "kausa_test_bot"
        await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("hilfe", "Hilfe")])
        await bot.set_my_commands([BotCommand("start", "Başla")], language_code="tr")
        assert [c.command for c in await bot.get_my_commands()] == ["start", "hilfe"]
        assert [c.description for c in await bot.get_my_commands(language_code="tr")] == ["Başla"]
        assert await bot.set_my_description("Beschreibung")
        assert await bot.set_my_short_description("Kurz")
        assert await bot.set_my_name("KAUSA")
        assert (await bot.get_my_description()).description == "Beschreibung"
        fake.user_message(USER, "hi", first_name="Ayşe", username="ayse")
        chat = await bot.get_chat(USER)
        assert (chat.type, chat.first_name, chat.username) == ("private", "Ayşe", "ayse")
        assert (await bot.get_chat(-100555)).type == "supergroup"
        assert await bot.send_chat_action(USER, ChatAction.TYPING)
        info = await bot.get_webhook_info()
        assert info.url == "" and info.pending_update_count == 1

        doc = await bot.send_document(
            USER, document=b"PK\x03\x04 xlsx", filename="anfrage.xlsx", caption="Export"
        )
        assert doc.document is not None and doc.document.file_name == "anfrage.xlsx"
        [sent_doc] = fake.documents(USER)
        assert (sent_doc.filename, sent_doc.content, sent_doc.caption) == (
            "anfrage.xlsx",
            b"PK\x03\x04 xlsx",
            "Export",
        )
        file = await bot.get_file(doc.document.file_id)
        assert file.file_path is not None and file.file_path.startswith(f"{fake.url}/file/bot")
        assert bytes(await file.download_as_bytearray()) == b"PK\x03\x04 xlsx"
        assert fake.calls_to("sendDocument")[0].files["document"].filename == "anfrage.xlsx"

        kb = await bot.send_message(
            USER, "Wähle", reply_markup=ReplyKeyboardMarkup([["Ja", "Nein"]])
        )
        assert fake.last_message(USER).reply_keyboard == [["Ja", "Nein"]]
        assert fake.last_message(USER).buttons == []
        inline = await bot.send_message(
            USER,
            "Inline",
            reply_markup=InlineKeyboardMarkup.from_button(
                InlineKeyboardButton("A", callback_data="a")
            ),
        )
        await bot.edit_message_reply_markup(chat_id=USER, message_id=inline.message_id)
        current = fake.message(USER, inline.message_id)
        assert current is not None and "reply_markup" not in current
        assert await bot.delete_message(USER, kb.message_id)
        assert fake.message(USER, kb.message_id) is None
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("fooBar")
        assert await bot.close()
        assert await bot.log_out()
    assert fake.failed_calls[-1].method == "fooBar"
    assert fake.failed_calls[-1].status == 404
    # sendMessage, editMessageText only: sendDocument / editMessageReplyMarkup are not "sent"
    assert fake.texts(USER) == ["Wähle", "Inline"]


async def test_raw_http_get_updates_semantics(fake: FakeBotAPI) -> None:
    base = f"{fake.url}/bot{TOKEN}"

    async def call(session: aiohttp.ClientSession, method: str, **data: Any) -> Any:
        async with session.post(f"{base}/{method}", json=data) as resp:
            return resp.status, await resp.json()

    async with aiohttp.ClientSession() as session:
        ids = [fake.user_message(1, f"m{i}") for i in range(3)]
        status, body = await call(session, "getUpdates", offset=0)
        assert status == 200 and [u["update_id"] for u in body["result"]] == ids
        _, body = await call(session, "getUpdates", offset=ids[1], limit=1)
        assert [u["update_id"] for u in body["result"]] == [ids[1]]
        assert fake.pending_updates == 2  # ids[0] confirmed and dropped

        # Each poll below starts once the one before it waits at the server (a fixed 50 ms
        # for that let a busy machine start the second poller first).
        async def polling(**params: Any) -> asyncio.Task[tuple[int, Any]]:
            polls = fake._poll_generation
            poll = asyncio.create_task(call(session, "getUpdates", **params))
            await fake.wait_for(lambda: fake._poll_generation > polls, message="the poll")
            return poll

        # long poll: returns as soon as an update arrives (not after its 60 s)
        poll = await polling(offset=ids[2] + 1, timeout=60)
        new_id = fake.user_message(1, "neu")
        _, body = await asyncio.wait_for(poll, 30)
        assert [u["update_id"] for u in body["result"]] == [new_id]

        # empty long poll honours the timeout
        t0 = time.monotonic()
        _, body = await call(session, "getUpdates", offset=new_id + 1, timeout=0.2)
        assert body["result"] == [] and time.monotonic() - t0 >= 0.19

        # a second poller terminates the first with 409, like Telegram
        first = await polling(offset=new_id + 1, timeout=5)
        second = await polling(offset=new_id + 1, timeout=5)
        status, body = await first
        assert status == 409 and "terminated by other getUpdates" in body["description"]
        fake.user_message(1, "für den zweiten")
        status, body = await second
        assert status == 200 and len(body["result"]) == 1

        # chat_member updates are not delivered unless allowed_updates asks for them
        fake.push_update({"chat_member": {}})
        fake.user_message(1, "danach")
        _, body = await call(session, "getUpdates", offset=0)
        assert [next(k for k in u if k != "update_id") for u in body["result"]] == [
            "message",
            "message",
        ]
        assert len(fake.dropped_updates) == 1

        # form-encoded request with JSON-string reply_markup; text stays a string
        form = {
            "chat_id": "7",
            "text": "123",
            "reply_markup": '{"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}',
        }
        async with session.post(f"{base}/sendMessage", data=form) as resp:
            assert resp.status == 200
        [sent] = fake.sent(7)
        assert (sent.text, sent.buttons) == ("123", [[Button("Go", "go")]])
        assert fake.calls_to("sendMessage", chat_id=7)[0].params["chat_id"] == 7

        status, body = await call(session, "doesNotExist")
        assert (status, body["description"]) == (404, "Not Found: method not found")
        async with session.post(f"{fake.url}/botbad-token/getMe") as resp:
            assert resp.status == 404

        _, body = await call(session, "setWebhook", url="https://example.org/hook")
        status, body = await call(session, "getUpdates")
        assert status == 409


# ------------------------------------------------------------------------ rates and speed


async def test_rate_accounting(fake: FakeBotAPI) -> None:
    async with build_app(fake) as app:
        for chat, text in [(1, "a"), (1, "b"), (2, "c"), (1, "d"), (2, "e")]:
            await app.bot.send_message(chat, text)
    # A window no run takes (five sends took over a second on a loaded machine): the
    # accounting is tested here, not the speed.
    assert fake.max_rate("sendMessage", window=3600.0) == 5
    assert fake.max_rate("sendMessage", window=1e-9) == 1
    assert fake.max_rate_per_chat(window=3600.0) == 3
    assert fake.max_rate("getMe") == 1


async def test_wait_for_timeout_dumps_calls(fake: FakeBotAPI) -> None:
    async with build_app(fake) as app:
        await app.bot.send_message(USER, "Hallo")
    with pytest.raises(AssertionError) as excinfo:
        await fake.wait_sent(USER, 2, timeout=0.05)
    text = str(excinfo.value)
    assert "timed out after 0.05s" in text and "sendMessage" in text and "Hallo" in text

    async def async_predicate() -> int:
        return len(fake.sent(USER))

    assert await fake.wait_for(async_predicate) == 1


async def test_many_updates_through_ptb_each_answered_in_order(fake: FakeBotAPI) -> None:
    # Sequential processing: ~1.7 ms per update end to end, almost all of it in PTB/httpx
    # (concurrent_updates=True is *slower* here: httpcore's pool scans are O(connections²)).
    # Speed is bench/'s business: the wait is generous so a busy machine cannot fail it.
    app = build_app(fake)
    app.add_handler(MessageHandler(filters.TEXT, echo))
    n, users = 300, 30
    async with running(app):
        for i in range(n):
            fake.user_message(10_000 + i % users, f"n{i}")
        await fake.wait_for(lambda: len(fake.sent()) >= n, timeout=120)
    assert len(fake.sent()) == n
    assert fake.texts(10_000) == [f"Echo: n{i}" for i in range(0, n, users)]


async def test_a_thousand_concurrent_sends_and_two_thousand_updates_are_all_kept(
    fake: FakeBotAPI,
) -> None:
    url = f"{fake.url}/bot{TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as session:

        async def send(i: int) -> None:
            async with session.post(url, data={"chat_id": str(i % 20 + 1), "text": "x"}) as r:
                assert r.status == 200

        await asyncio.gather(*(send(i) for i in range(1000)))
    for i in range(2000):
        fake.user_message(5, f"u{i}")
    assert len(fake.sent()) == 1000 and fake.pending_updates == 2000


async def test_edit_message_media_replaces_the_file_and_caption(fake: FakeBotAPI) -> None:
    """editMessageMedia: a new upload or a known file id; voice notes and texts refuse it."""
    async with build_app(fake) as app:
        bot = app.bot
        doc = await bot.send_document(
            USER, document=b"%PDF secret", filename="cv.pdf", caption="CV"
        )
        edited = await bot.edit_message_media(
            InputMediaPhoto(b"\x89PNG grey", caption="weg", filename="grey.png"),
            chat_id=USER,
            message_id=doc.message_id,
        )
        assert isinstance(edited, Message) and edited.photo and edited.document is None
        current = fake.message(USER, doc.message_id)
        assert current is not None and "document" not in current
        assert fake.visible(USER) == ["weg"]
        again = await bot.send_document(USER, document=b"x", filename="b.pdf")
        await bot.edit_message_media(
            InputMediaPhoto(edited.photo[-1].file_id), chat_id=USER, message_id=again.message_id
        )
        reused = fake.message(USER, again.message_id)
        assert reused is not None and reused["photo"][0]["file_id"] == edited.photo[-1].file_id
        assert "caption" not in reused
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_media(
                InputMediaPhoto(edited.photo[-1].file_id),
                chat_id=USER,
                message_id=again.message_id,
            )
        with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
            await bot.edit_message_media(
                InputMediaDocument("no-such-file"), chat_id=USER, message_id=again.message_id
            )
        voice = await bot.send_voice(USER, voice=b"OggS")
        text = await bot.send_message(USER, "Hallo")
        for message in (voice, text):
            with pytest.raises(BadRequest, match="no media"):
                await bot.edit_message_media(
                    InputMediaDocument(b"x", filename="x.txt"),
                    chat_id=USER,
                    message_id=message.message_id,
                )


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("/stats", "/stats"),
        ("/stats?", "/stats"),
        ("/lead1?", "/lead1"),
        ("/lead#12", "/lead"),
        ("/leads, bitte", "/leads"),
        ("/stats@kausa_test_bot?", "/stats@kausa_test_bot"),
        ("/lead 12", "/lead"),
        ("/stats@x", "/stats"),  # too short for a bot's name
        ("bitte /leads", "/leads"),
        ("/leadü", None),  # a letter outside Latin right after it: no command
        ("/lead/12", None),
        ("// note", None),
        ("/übernehmen", None),
    ],
)
def test_a_command_entity_ends_where_telegram_ends_it(text: str, command: str | None) -> None:
    """Telegram ends a bot_command entity at the first character that is not a Latin
    letter, digit or "_" (an "@botname" is part of it); the fake counted "/stats?" whole,
    and "/lead#12" was a command "lead#12" that real Telegram never sends."""
    entities = command_entities(text)
    assert [text[e["offset"] : e["offset"] + e["length"]] for e in entities] == (
        [command] if command else []
    )
