"""The web chat: HTTP in, engine event, screen out (as bot/handlers/user.py is for Telegram).

No flow logic here: every input becomes an event for :meth:`Dialogue.handle`, and the
screen it returns is shown as HTML (``/chat``, plain forms that work without
JavaScript) or as JSON for the page's script (``/chat/api/...``, static/chat.js).

A person on the web is a ``users`` row with channel ``web`` whose external id is a
hash of a random session id; the id itself lives only in an HttpOnly cookie, replaced by a
new one after /delete (nothing written afterwards joins the deleted hash). Nothing
personal goes into a URL; the browser's storage holds only words typed and not sent yet,
for the tab's life (a reload keeps them, static/chat.js).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web
from aiohttp_sse import sse_response

from bot.conversation.rights_wish import right_asked
from bot.dialogue import wish_read
from bot.dialogue.service import Dialogue, Profile, Reply, farewell
from bot.dialogue.state import (
    SESSION_COOKIE_DAYS,
    Command,
    Event,
    Press,
    Screen,
    Start,
    Text,
)
from bot.dialogue.strangers import asks_for_own_data, confirms_erasure
from bot.dialogue.texts import (
    COMMANDS,
    LOCAL_CITY_NAMES,
    MESSAGE_INTRO,
    RELAY_INTRO,
    SENT_TO_ADVISOR,
    SORRY,
    city_name,
)
from bot.flows.navigation import ScreenId
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, Translator, named_language, translator
from bot.ops.pace import SLOW_DOWN
from bot.outbox.web import WebPostbox
from bot.validation import after_id, clean_text
from bot.web import cookieless, renewed, spamcheck, streams, talk
from bot.web.app import SERVICES
from bot.web.known import KnownSessions
from bot.web.language import from_accept_language
from bot.web.left_behind import GivenBack
from bot.web.limits import LIMITS, OVER_ADDRESS_LIMIT, slow_down
from bot.web.pages import notice, render, spoken
from bot.web.proof import ProofOfWork
from bot.web.resent import SentForms
from bot.web.retired import KEPT_FOR as RETIRED_KEPT_FOR
from bot.web.retired import RetiredSessions
from bot.web.security import (
    SECURITY,
    SessionCookie,
    csrf_token,
    csrf_valid,
    embeddable,
    forget_signatures,
    unkept,
)
from bot.web.shown import Shown, StepPages
from bot.web.spamcheck import ProofNeeded
from bot.web.waiting import Waiting
from bot.web.widget import widget_script
from db import repository

log = logging.getLogger(__name__)

CHANNEL = "web"
#: The longest message a person may send (as on Telegram).
MAX_MESSAGE = 4096
#: The engine's own sentence for a text that is too long, with its length (bot.dialogue.texts).
TOO_LONG = N_("This text is too long: {length} of at most {max} characters. Please shorten it.")
#: A body over the server's limit sent by the script: its length is not read.
TOO_BIG = N_("This text is too long. Please write at most {max} characters.")
#: The largest body of a plain form (the page without JavaScript), read so that a text too
#: long comes back into the field with its length: a form percent-encodes each byte of a
#: non-Latin letter (six characters for one Arabic letter), and at the server's 64 KiB a
#: pasted Arabic text of 11,000 letters was lost. 256 KiB carry 43,000 of them. The
#: script's JSON step is read up to it too, so that its "too long" says the length (over
#: 64 KiB, about 32,000 Arabic letters, it did not).
FORM_BODY = 256 * 1024
#: The length of the text the script sends, as it counts it (static/chat.js): said in its
#: "too long" where the body is over even FORM_BODY and not read.
TEXT_LENGTH = "X-Text-Length"
#: A count in TEXT_LENGTH: digits, at most nine of them.
_COUNT = re.compile(r"[0-9]{1,9}")
#: A form's body over even that (the page without JavaScript): the text cannot be read, so
#: it cannot come back into the field ("write at most 4096" and an empty field).
NOT_KEPT = N_(
    "This text is much too long to be received, so it could not be kept. Please send it in "
    "several shorter messages of at most {max} characters each."
)
#: Words given back longer than this come in a box of several lines (templates/chat.html).
LONG_WORDS = 200
#: A step of a session that ended (its cookie signed with another key: WEB_SECRET set or
#: changed, or another database's key, bot.web.keys; not a restart, since the key without
#: WEB_SECRET is kept in the database; an advisor's erasure, a page of an older session):
#: not taken, the chat as the browser's session is now shown below it, and typed words
#: back in the field. It was "please reload", and a reload lost the words.
ENDED_TYPED = N_(
    "Your chat session had ended, so your message was not sent. Please continue below: "
    "your text is still in the field, and you can send it again."
)
ENDED = N_("Your chat session had ended, so your choice was not taken. Please continue below.")
#: The same for a page of a conversation the person deleted (another tab, left open), once
#: it is no repeat of the deletion (bot.web.renewed): it said "Your chat session had
#: ended", and the person could not tell that what the page still showed was deleted.
DELETED_TYPED = N_(
    "The conversation on this page was deleted as you asked, so your message was not sent. "
    "Please continue below: your text is still in the field, and you can send it again."
)
DELETED = N_(
    "The conversation on this page was deleted as you asked, so your choice was not taken. "
    "Please continue below."
)
#: What a tab of the chat shows once an advisor erased the person's data at their request
#: (a call, a letter): the stream's word to an open tab, or the page loaded next. The
#: tab kept showing the whole conversation, the summary with name and number too, until
#: the person's next step, and then said only that the session had ended.
ERASED_ON_REQUEST = N_(
    "As you asked us, KAUSA has deleted all your data, and this conversation with them. "
    "If you write to us again, we start from the beginning."
)
#: How long a page of a deleted conversation is known as one: as long as the new cookie.
DELETED_KNOWN = timedelta(days=SESSION_COOKIE_DAYS)
#: Shown by the script when a step did not reach the server; the typed text is kept.
OFFLINE = N_(
    "No connection: your message was not sent. Please check your internet connection "
    "and send it again."
)
#: The same for a button tapped (or a menu entry chosen) offline: nothing to send again.
OFFLINE_TAP = N_(
    "No connection: your choice was not sent. Please check your internet connection "
    "and tap it again."
)
#: Shown (and read out) while a step's answer is slow to come (static/chat.js): on a slow
#: connection nothing happened for seconds after a tap, and a second tap did nothing.
WAITING = N_("One moment …")
#: Said under the field when Enter or Send is pressed with nothing in it (static/chat.js):
#: it did nothing and said nothing, and a keyboard user could not tell why.
EMPTY_FIELD = N_("The field is empty. Please write something, or choose one of the buttons above.")
#: The panel menu: commands that always work, with the labels of /help.
PANEL = ("menu", "language", "privacy", "mydata", "delete")
_DESCRIPTIONS = dict(COMMANDS)
#: The page's own words around the conversation (templates/chat.html).
TITLE = N_("KAUSA Saxony")
MENU = N_("Menu")
YOUR_MESSAGE = N_("Your message")
#: Over the bottom of the conversation when an advisor's message came while the person
#: read further up (static/chat.js): tapped, it shows the message.
NEW_MESSAGE = N_("New message")
#: The button under the copy of one's data on the page without JavaScript.
DOWNLOAD_FILE = N_("Download as a file (JSON)")
#: The form field that asks /mydata for the file itself.
DOWNLOAD = "download"
#: The form field with the step whose question the page showed when text was typed: the
#: chat open in two tabs, an answer typed in the one left behind answered whatever the
#: other had reached (the business's name stored as the trade).
STEP = "step"
WENT_ON = N_(
    "This chat went on in another window in the meantime. Here is the current question; "
    "your text is still in the field."
)
#: The words given back sent again unchanged: they answered the current question (the
#: business's name stored as the trade).
SENT_AGAIN = N_(
    "This text was written for an earlier question, which has already been answered in "
    "another window. Please change it so that it answers the question below, or delete it. "
    "If it is your answer to the question below as it is, send it once more."
)
#: The page without JavaScript has no live stream: an advisor's answer appeared only if the
#: person thought of reloading. This button looks (the form field ``check``, with the id
#: of the last message the page showed in ``seen``), keeping the words in the field.
CHECK_NEWS = N_("Check for new messages")
NO_NEWS = N_("No new messages yet.")
CHECK = "check"


def advisor_intro(t: Translator, message: dict[str, Any]) -> str:
    """Who writes an advisor's message: "Message from Anna, KAUSA Leipzig:" (as Telegram
    says it), or "your KAUSA advisor" where the name or office is not known."""
    if not message.get("name") or not message.get("city"):
        return t.gettext(RELAY_INTRO)
    # The city as every other screen writes it: "لايبزيغ (Leipzig)" (it was "Leipzig").
    return t.gettext(MESSAGE_INTRO).format(
        name=t.isolate(message["name"]), city=city_name(message["city"], t)
    )


def page_words(t: Translator) -> dict[str, Any]:
    """The page's own words in ``t``'s language. A step that changes the language sends
    them along: the page was drawn in the language before, and its title, menu, text
    field and Send button kept it until a reload."""
    return {
        "title": t.gettext(TITLE),
        "menu": t.gettext(MENU),
        "panel": {name: t.gettext(_DESCRIPTIONS[name]) for name in PANEL},
        "message": t.gettext(YOUR_MESSAGE),
        "send": t.gettext(spamcheck.SEND),
        "advisor_intro": t.gettext(RELAY_INTRO),
        # With the advisor's first name and office ("{name}", "{city}"), as on Telegram.
        "advisor_named": t.gettext(MESSAGE_INTRO),
        # The offices' cities as the language writes them, for "{city}" there.
        "cities": {city: city_name(city, t) for city in LOCAL_CITY_NAMES.get(t.lang, {})},
        "sent": t.gettext(SENT_TO_ADVISOR),
        # The script's words for a step that fails.
        "offline": t.gettext(OFFLINE),
        "offline_tap": t.gettext(OFFLINE_TAP),
        "download": t.gettext(DOWNLOAD_FILE),
        "failed": t.gettext(SORRY),
        "news": t.gettext(NEW_MESSAGE),
        "check": t.gettext(CHECK_NEWS),
        "no_news": t.gettext(NO_NEWS),
        "empty": t.gettext(EMPTY_FIELD),
        "waiting": t.gettext(WAITING),
    }


def external_id(session_id: str) -> str:
    """The stored id of a web person: a hash, so the database never holds a live session id."""
    return hashlib.sha256(session_id.encode()).hexdigest()


def event_from(fields: dict[str, str], lang: str) -> Event | None:
    """A press, a command from the panel, or typed text (``/menu`` typed is a command too)."""
    if "press" in fields:
        return Press(fields["press"])
    command = fields.get("command", "")
    if command in PANEL:
        return Command(command)
    if "text" not in fields:
        return None
    text = fields["text"]
    if text.startswith("/") and len(text.strip()) > 1:
        name = text[1:].split(maxsplit=1)[0].lower()
        return Start(lang) if name == "start" else Command(name)
    return Text(text)


def erased_event(reply: Reply) -> dict[str, Any]:
    """The stream's event that tells the person's open tabs their data were deleted: the
    farewell, shown as the tab that deleted them shows it (chat.js clears the rest).
    Its id 0 asks a stream opened anew for everything of whoever writes next."""
    return {"id": 0, "erased": screen_json(reply, proof=False)}


def erased_on_request(lang: str) -> Reply:
    """What a tab of the chat says once an advisor erased the person's data at their
    request: the words of :data:`ERASED_ON_REQUEST`, in ``lang``, and the rest cleared."""
    return Reply(Screen(translator(lang).gettext(ERASED_ON_REQUEST)), lang, erased=True)


def screen_json(reply: Reply, proof: bool) -> dict[str, Any]:
    """What the page's script shows after a step (``proof``: show the ALTCHA widget)."""
    t = translator(reply.language)
    return {
        "proof": proof,
        "lang": reply.language,
        "dir": "rtl" if t.rtl else "ltr",
        "before": list(reply.before),
        "text": reply.screen.text,
        "buttons": [
            [
                {
                    "label": b.label,
                    "data": b.data,
                    "pressed": b.pressed,
                    "lang": named_language(b.label),
                    "spoken": spoken(b.label),
                }
                for b in row
            ]
            for row in reply.screen.keyboard
        ],
        "same_screen": reply.same_screen,
        # Deleted: what the page still shows of the conversation goes too (a shared device).
        "erased": reply.erased,
        # Typed, not tapped: the cursor goes to the text field, not to a button (Back).
        "typing": reply.screen.typing,
        # The question shown: typed text is sent with it (STEP).
        "step": reply.step,
        # Refused (too long, an address with a comma for its dot): the script puts the text
        # back into the field to be corrected.
        "given_back": reply.given_back,
        # A phone number: the phone's number pad; a name or address: what the browser knows.
        "field": reply.screen.field,
        "words": page_words(t),
    }


@dataclass(frozen=True)
class WebChat:
    """The chat's routes over one dialogue service and the web postbox."""

    dialogue: Dialogue
    #: The cookie of /chat as a page of its own (SameSite=Lax).
    cookie: SessionCookie
    postbox: WebPostbox
    proof: ProofOfWork
    #: The cookie of /chat in the widget's iframe on another site: a third-party context,
    #: where a browser keeps only a SameSite=None, Secure, Partitioned cookie (CHIPS).
    framed: SessionCookie
    #: The spam check of the page without JavaScript.
    waiting: Waiting
    clock: Callable[[], datetime]
    #: Deliver the outbox now (a message for the advisors was logged).
    kick: Callable[[], None]
    #: What the sessions' last steps wrote (one web server per database).
    known: KnownSessions
    #: Plain forms already taken: a double click that sends one again steps no further.
    sent: SentForms
    #: What a plain form's step showed, for the page its redirect loads.
    shown: StepPages
    #: Words typed in a tab left behind and given back (bot.web.left_behind).
    given_back: GivenBack
    #: Sessions whose person an advisor erased: their cookie counts as none.
    retired: RetiredSessions
    #: Milliseconds after a tap on a button in which the page's script takes no other:
    #: the second tap of a double tap landed on the next question's button in the same
    #: place and answered it unseen. (A browser test taps faster than any person: 0.)
    double_tap_ms: int = 350

    def session_of(self, request: web.Request) -> str | None:
        """The session id the request carries (framed or not), if signed by us and not
        retired by an advisor's erasure (bot.web.retired: the next page gets a new one)."""
        session_id = self.framed.read(request) or self.cookie.read(request)
        if session_id is None or external_id(session_id) in self.retired:
            return None
        return session_id

    def erased(self, channel: str, person: str, language: str | None = None) -> None:
        """An advisor erased ``person``'s data (bot.advisor.erasure): forget their session
        as after their /delete, and let their browser's next visit begin a new one. Their
        open chats clear what they show and say why, in ``language`` (the conversation's),
        as the other tabs do after their own /delete: they showed the conversation, the
        summary with name and number too, until the person's next step."""
        if channel != CHANNEL:
            return
        self.known.forget(person)
        self.given_back.forget(person)
        self.shown.forget(person)
        self.retired.retire(person, language)
        forget_signatures()  # kept signatures name the session, as after the person's /delete
        listeners = self.postbox.listeners
        listening = listeners.user_of(person)
        if listening is not None:
            said = erased_on_request(language or DEFAULT_LANGUAGE)
            listeners.publish(listening, erased_event(said))

    def told_erased(self, request: web.Request, lang: str) -> Reply | None:
        """What a page of a session an advisor erased says (its cookie retired): that the
        data were deleted as asked, in the conversation's language if this process
        erased it, else in ``lang``; None for any other session."""
        session_id = self.framed.read(request) or self.cookie.read(request)
        if session_id is None or external_id(session_id) not in self.retired:
            return None
        return erased_on_request(self.retired.language(external_id(session_id)) or lang)

    def cookie_blocked(self, request: web.Request) -> bool:
        """The request carries no chat cookie at all: the browser did not keep it. (One not
        signed by us, after a restart with a new key, is replaced by a reload.)"""
        return not any(c.name in request.cookies for c in (self.cookie, self.framed))

    def after_erasure(self, reply: Reply, session_id: str) -> str:
        """The session to go on with after ``reply``: a new one once the person's data were
        deleted (the cookie stayed, and the next conversation was stored under the deleted
        one's code again: a data protection officer wants a clean cut). Its id knows the
        deleted session's pages again for a while (bot.web.renewed), without memory."""
        if not reply.erased:
            return session_id
        security = self.cookie.security
        deleted_token = csrf_token(security, session_id)
        # Kept signatures name the deleted session (its cookie's, its form token's).
        forget_signatures()
        return renewed.renewed_id(security, deleted_token, self.clock())

    def farewell_for(
        self,
        request: web.Request,
        token: str | None,
        lang: str,
        within: timedelta = renewed.WINDOW,
    ) -> Reply | None:
        """The farewell again, in ``lang`` (the page's: the conversation's), for a page of
        the session whose data were deleted at most ``within`` ago (``token``: its form
        token), now that the browser has the new session; None for any other page
        (bot.web.renewed). Nothing is stored."""
        if not self.shows_deleted(request, token, within):
            return None
        return farewell(lang, repeat=True)

    def shows_deleted(
        self, request: web.Request, token: str | None, within: timedelta = DELETED_KNOWN
    ) -> bool:
        """The page with the form token ``token`` shows a conversation deleted at most
        ``within`` ago, and the browser has gone on in the new session since."""
        session_id = self.session_of(request)
        security = self.cookie.security
        return session_id is not None and renewed.follows_erasure(
            security, session_id, token, self.clock(), within
        )

    def keep(self, request: web.Request, response: web.StreamResponse, session_id: str) -> None:
        """Set or renew the session cookie that fits where the chat is shown."""
        # A form's navigation in the frame says so; the script says so in the address (a
        # frame's cookie no longer signed by us, after a restart, told nothing: the new
        # session went into a cookie the frame does not keep).
        in_frame = (
            request.headers.get("Sec-Fetch-Dest") == "iframe"
            or request.query.get(cookieless.FRAMED) == "1"
        )
        if in_frame or self.framed.read(request) is not None:
            self.framed.issue(request, response, session_id)
        else:
            self.cookie.issue(request, response, session_id)

    @staticmethod
    def of(request: web.Request) -> WebChat:
        """The chat of the application serving ``request``."""
        # The chat's routes are the root application's (register): its own mapping,
        # not config_dict, a chain of every application's, built again at each call.
        return request.app[CHAT]

    async def reply_for(self, session_id: str | None, lang: str) -> Reply:
        """The current screen, or the greeting for someone the bot has not met."""
        if session_id is not None:
            reply = await self.dialogue.current(CHANNEL, external_id(session_id))
            if reply is not None:
                return reply
        return self.dialogue.greeting(CHANNEL, lang)

    async def needs_proof(self, step: str, session_id: str) -> bool:
        """At ``step`` the person is asked for a personal detail and has not solved a
        challenge yet."""
        if step not in spamcheck.PERSONAL_STEPS:
            return False
        person = external_id(session_id)
        passed = self.known.passed(person)
        if passed is None:
            # Asked once per session and server: the answer is shown after every step
            # at a personal question, and a step must not cost a transaction more.
            passed = await self.proof.passed(person)
            if not passed:
                self.known.unproven(person)
        return not passed

    async def step(
        self, session_id: str, event: Event, lang: str, fields: dict[str, str] | None = None
    ) -> Reply:
        """One event; a person's first one starts their conversation (as /start would).

        Typed text of a person with a request that the dialogue does not expect goes to
        their advisor (bot.web.talk). Text typed at a personal step is taken only from a
        session that passed its spam check (``fields``: an ALTCHA solution, or a waiting
        token without JavaScript, each taken once); otherwise :class:`ProofNeeded`.
        Steps of one session run one at a time, in the order they came (bot.web.known).
        """
        if isinstance(event, Text) and not clean_text(event.text):
            # Only spaces sent (a page without JavaScript, whose script would not send
            # them): the same screen again; after a request it reached the advisor empty.
            return await self.reply_for(session_id, lang)
        person = external_id(session_id)
        async with self.known.lock(person):
            reply, passed = await self._step(session_id, person, event, lang, fields or {})
            if reply.step:
                self.known.remember(person, reply.step)
                if passed:
                    self.known.mark_passed(person)
            else:  # their data was deleted: ask the database again next time
                self.known.forget(person)
                self.shown.forget(person)  # and words kept for the field go too
        return reply

    async def _step(
        self, session_id: str, person: str, event: Event, lang: str, fields: dict[str, str]
    ) -> tuple[Reply, bool]:
        """The reply of one step, and whether the spam check was passed in it."""
        profile = Profile(language_code=lang)
        passed = False
        at = None
        if not isinstance(event, Start):
            at = self.known.step(person) or await self.dialogue.step_of(CHANNEL, person)
        # "Yes, delete everything" sent twice: the farewell again, and nothing stored.
        erased = at is None and self.dialogue.repeats_erasure(CHANNEL, person, event) is not None
        # Nor does /mydata or /delete of someone unknown store them, nor the wish in words
        # (bot.dialogue.strangers).
        wish = wish_read.read(event, lang) if at is None else None
        stores_nothing = at is None and (
            erased or asks_for_own_data(event, wish) or confirms_erasure(event)
        )
        if at is None and not isinstance(event, Start) and not stores_nothing:
            # The greeting they saw was rendered without storing: store it now, same seq.
            await self.dialogue.handle(CHANNEL, person, Start(lang), profile)
        elif isinstance(event, Text) and at is not None:
            typed_at = fields.get(STEP, at)
            if typed_at != at:
                current = await self.reply_for(session_id, lang)
                self.given_back.forget(person)  # a text given back anew: its first time
                self.given_back.keep(person, event.text, current.step)
                return went_on(current), passed
            if self.given_back.times(person, event.text, at) == 1:
                # Sent again unchanged once: said more plainly, with how to keep the words
                # (sent once more after that, they are the answer: "weiß nicht" for both).
                current = await self.reply_for(session_id, lang)
                self.given_back.keep(person, event.text, current.step)
                return went_on(current, again=True), passed
        # Gone on from the words given back: what is typed now is the person's to send.
        self.given_back.forget(person)
        if isinstance(event, Text) and at is not None:
            sessions = self.postbox.sessionmaker
            leadless = self.dialogue.leadless
            taken = await talk.to_advisor(sessions, person, event.text, self.clock(), leadless)
            if taken is not None:
                self.kick()
                right = right_asked(event.text, taken or lang)
                if right is not None:
                    # An advisor can neither delete nor send the copy: the command too.
                    asked = await self.dialogue.handle(CHANNEL, person, Command(right), profile)
                    if asked is not None:
                        return talk.receipt(asked, taken, event.text, asked=True), passed
                current = await self.reply_for(session_id, lang)
                return talk.receipt(current, taken, event.text), passed
            if await self.needs_proof(at, session_id):
                await spamcheck.check(self.proof, self.waiting, person, fields)
                # At once: the proof is stored, even if the dialogue's step fails now.
                self.known.mark_passed(person)
                passed = True
        # Asked whether to delete: the chat's other tabs listen under the user id, which
        # the deletion removes (they showed the name and number until a reload).
        listening = await self.postbox.user_of(person) if at == ScreenId.ERASE else None
        reply = await self.dialogue.handle(CHANNEL, person, event, profile, wish=wish)
        if reply is None:  # only a redelivered Telegram update has none
            raise RuntimeError("the dialogue returned no reply for a web step")
        if reply.erased and listening is not None:
            self.postbox.listeners.publish(listening, erased_event(reply))
        return reply, passed


CHAT = web.AppKey("chat", WebChat)


def went_on(current: Reply, *, again: bool = False) -> Reply:
    """The current question, for text typed at another one in a page left behind (another
    tab went on): said so, and the text given back to the field, not taken. ``again``: the
    same words sent once more (bot.web.left_behind), said more plainly."""
    note = translator(current.language).gettext(SENT_AGAIN if again else WENT_ON)
    # Under the note, not in place of the old question the page still shows above it.
    return replace(current, before=(note,), same_screen=False, given_back=True)


def browser_language(request: web.Request) -> str:
    """The language the browser asks for (German when none of ours)."""
    return from_accept_language(request.headers.get("Accept-Language"))


def page_language(request: web.Request, fields: dict[str, str] | None = None) -> str:
    """The language the page was shown in (a step's ``lang`` field; ``?lang=`` from the
    widget, which passes its host page's language), else the browser's. The dialogue's
    own choice wins once the person is known; this greets and starts them."""
    asked = (fields or {}).get("lang") or request.query.get("lang", "")
    return asked if asked in LANGUAGES else browser_language(request)


async def _page(
    request: web.Request,
    session_id: str,
    reply: Reply,
    *,
    status: int = 200,
    error: str = "",
    typed: str = "",
    download: bool = False,
    checked: int | None = None,
    asked: str = "",
) -> web.Response:
    t = translator(reply.language)
    chat = WebChat.of(request)
    person = external_id(session_id)
    # The conversation with the advisors stays in the chat: shown again on every visit.
    earlier, later = await chat.postbox.page_messages(person)
    for message in (*earlier, *later):
        message["intro"] = advisor_intro(t, message)
    shown_ids = [message["id"] for message in (*earlier, *later)]
    news = news_since(checked, [*earlier, *later])
    words = page_words(t)
    # The receipt of a message to the advisor is drawn under the message (chat.html).
    before = [text for text in reply.before if text != words["sent"]]
    mine = [message["text"] for message in (*earlier, *later) if message["mine"]]
    if mine and mine[-1] == asked:
        asked = ""  # a message for the advisor: drawn from the conversation, with its receipt
    proof = await chat.needs_proof(reply.step, session_id)
    response = render(
        request,
        "chat.html",
        reply.language,
        {
            "screen": reply.screen,
            "step": reply.step,
            "before": before,
            "asked": asked,
            "csrf": csrf_token(request.config_dict[SECURITY], session_id),
            "words": words,
            "earlier": earlier,
            "later": later,
            "proof": proof,
            "waited": chat.waiting.issue(external_id(session_id)) if proof else "",
            "no_script": spamcheck.explain(spamcheck.NO_SCRIPT, t),
            "error": error,
            "typed": typed,
            "long_words": LONG_WORDS,
            "once": chat.sent.token(),
            "double_tap_ms": chat.double_tap_ms,
            "download": download,
            # Someone with a request can be written to: without JavaScript they look.
            "can_check": bool(shown_ids) or await has_request(chat, person),
            "seen": max(shown_ids, default=0),
            "checked": checked is not None,
            "news_id": news,
        },
        status=status,
    )
    # The page shows one step of a conversation that goes on: the browser's Back and
    # Forward showed a kept copy of an earlier step ("this button is old").
    response.headers["Cache-Control"] = "no-store"
    return response


def news_since(checked: int | None, messages: list[dict[str, Any]]) -> int | None:
    """The id of the first message for the person after ``checked`` (the last one their
    page showed when they looked for new ones), if they looked and one came."""
    if checked is None:
        return None
    return next((m["id"] for m in messages if m["id"] > checked and not m["mine"]), None)


async def has_request(chat: WebChat, person: str) -> bool:
    """``person`` has sent a request (no transaction for someone known to have none)."""
    if (CHANNEL, person) in chat.dialogue.leadless:
        return False
    return await chat.postbox.has_request(person)


@embeddable
async def chat_page(request: web.Request) -> web.Response:
    """``GET /chat``: the conversation where the person left it, as a page."""
    chat = WebChat.of(request)
    # Erased by an advisor: the new session's first page says so (the page without
    # JavaScript showed the greeting, and the person could not tell what had happened).
    told = chat.told_erased(request, page_language(request))
    session_id = chat.session_of(request) or chat.cookie.new_id()
    # Redirected here by a step of the page without JavaScript: that step's page.
    person = external_id(session_id)
    shown = Shown(told) if told is not None else chat.shown.take(person)
    if shown is None:
        reply = await chat.reply_for(session_id, page_language(request))
        # Words a step did not take stay in the field (the reload of the "too quick" page).
        shown = Shown(reply, chat.shown.unsent(person, reply.step))
    response = await _page(
        request,
        session_id,
        shown.reply,
        status=shown.status,
        error=shown.error,
        typed=shown.typed,
        download=shown.download,
        checked=shown.checked,
        asked=shown.asked,
    )
    chat.keep(request, response, session_id)
    return response


#: Where a plain form's step is answered: the page opens at what the step shows (its start,
#: chat.html's ``id="step"``); at the top of the page, the conversation with the advisor
#: came first and the question and its buttons were below the fold on a phone.
STEP_PAGE = "/chat#step"


#: Where a look for new messages is answered: at the first new one, or the words that none
#: came (chat.html's ``id="news"``).
NEWS_PAGE = "/chat#news"


def _to_page(request: web.Request, session_id: str, location: str = STEP_PAGE) -> web.Response:
    """Answer a plain form's POST with the way to ``GET /chat`` (Post/Redirect/Get): the
    browser's history then holds pages only, and Back, Forward or a reload no longer ask
    to send the form again."""
    headers = {"Location": location, "Cache-Control": "no-store"}
    response = web.Response(status=303, headers=headers)
    WebChat.of(request).keep(request, response, session_id)
    return response


@embeddable
@unkept
async def chat_form(request: web.Request) -> web.StreamResponse:
    """``POST /chat``: one step from a plain HTML form (the page without JavaScript)."""
    try:
        form = await request.clone(client_max_size=FORM_BODY).post()
        fields = {k: str(v) for k, v in form.items()}
    except web.HTTPRequestEntityTooLarge:
        if request.get(OVER_ADDRESS_LIMIT):
            return slow_down(request)  # its words are not read: none to give back
        return _too_big(request, json_answer=False)
    if fields.get(CHECK):
        return await _look_for_news(request, fields)
    repeated = await _repeated_erasure(request, fields)
    if repeated is not None:
        return repeated
    checked = await _checked(request, fields, json_answer=False)
    if isinstance(checked, web.StreamResponse):
        return checked
    session_id, event, lang = checked
    chat = WebChat.of(request)
    once = fields.get("once")
    erasing = chat.dialogue.repeats_erasure(CHANNEL, external_id(session_id), event)
    # The browser sent this form again (a double click): the page as it is now. The form
    # that erased the person's data shows the farewell again (its page now is the
    # greeting, which hid that the data were deleted).
    if once and not chat.sent.first(once) and erasing is None:
        return _to_page(request, session_id)
    try:
        reply = await chat.step(session_id, event, lang, fields)
    except ProofNeeded as refused:
        # The same screen again, with what they typed and a fresh token: nothing is lost.
        current = await chat.reply_for(session_id, lang)
        t = translator(current.language)
        error = spamcheck.explain(refused.text, t)
        typed = event.text if isinstance(event, Text) else ""
        status = 425 if refused.text == spamcheck.TOO_EARLY else 403
        # Through the redirect too: answered directly, this POST stayed in the history,
        # and Back or Forward over it showed "confirm form resubmission" (QA, 2026-12-04).
        refusal = Shown(current, typed, error=error, status=status)
        chat.shown.keep(external_id(session_id), refusal)
        return _to_page(request, session_id)
    except web.HTTPException:
        raise  # an answer of its own, not a fault
    except Exception:
        # The step failed (the database busy, a fault): with JavaScript "Sorry" and the
        # words back in the field; this page was a bare "500 Internal Server Error", and
        # the words were gone.
        log.exception("a step of the web chat failed")
        return _failed_form(request, session_id, fields, lang)
    if reply.attachment is not None and fields.get(DOWNLOAD):
        return _download(reply.attachment)
    # Refused (too long, a digit missing): back in the field to be corrected, not typed again.
    typed = event.text if reply.given_back and isinstance(event, Text) else ""
    if not isinstance(event, Text) and not reply.erased and clean_text(fields.get("text", "")):
        # A button of the field's form tapped with words in the field: they stay there, as
        # with JavaScript (they were lost).
        typed = typed_words(fields)
    # /mydata: the copy to read on the page, the file behind a button of its own (the
    # file alone left the page as it was, a download of English keys instead).
    # The words taken stay above what they brought (given back, they are in the field;
    # deleted, they go with the data).
    taken = isinstance(event, Text) and not (reply.given_back or reply.erased)
    asked = event.text if taken and isinstance(event, Text) else ""
    shown = Shown(reply, typed, download=reply.attachment is not None, asked=asked)
    # Deleted: the farewell is the new session's first page, with its cookie and token.
    session_id = chat.after_erasure(reply, session_id)
    chat.shown.keep(external_id(session_id), shown)
    return _to_page(request, session_id)


@embeddable
@unkept
async def chat_screen(request: web.Request) -> web.Response:
    """``GET /chat/api/screen``: the current screen as JSON, without a step (for a client
    that reconnects, and for the tests)."""
    chat = WebChat.of(request)
    session_id = chat.session_of(request)
    lang = page_language(request)
    told = chat.told_erased(request, lang)
    if told is not None:
        # Erased by an advisor while the tab was away (offline, or its stream asked for
        # the new session's token): cleared, and it goes on in a new session.
        return _new_session(request, screen_json(told, proof=False))
    # A tab of the chat back online or in view again names its page's token: deleted in
    # another tab meanwhile, it missed the stream's word and still showed the conversation.
    # Also hours later (a phone's tab in the background): what it shows was deleted.
    said = chat.farewell_for(request, request.headers.get("X-CSRF-Token"), lang, DELETED_KNOWN)
    reply = said or await chat.reply_for(session_id, lang)
    proof = session_id is not None and await chat.needs_proof(reply.step, session_id)
    answer = screen_json(reply, proof)
    if session_id is not None:
        # A tab told by the stream that another deleted the data asks for the new
        # session's form token here (static/chat.js, adoptToken).
        answer["csrf"] = csrf_token(request.config_dict[SECURITY], session_id)
    if session_id is None and chat.cookie_blocked(request):
        # The page the script runs in set the cookie, and it did not come back: said at
        # once, before the person writes a long text in vain (chat.js asks at its start).
        answer.update(_cookie_refused(request, lang))
    return web.json_response(answer)


@unkept
async def chat_step(request: web.Request) -> web.StreamResponse:
    """``POST /chat/api/step``: one step from the page's script, as JSON."""
    try:
        body = await request.clone(client_max_size=FORM_BODY).json()
    except web.HTTPRequestEntityTooLarge:
        return _too_big(request, json_answer=True)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text="expected a JSON object") from None
    if not isinstance(body, dict) or not all(isinstance(v, str) for v in body.values()):
        raise web.HTTPBadRequest(text="expected a JSON object of strings")
    fields = {**body, "csrf": request.headers.get("X-CSRF-Token", "")}
    checked = await _checked(request, fields, json_answer=True)
    if isinstance(checked, web.StreamResponse):
        return checked
    session_id, event, lang = checked
    chat = WebChat.of(request)
    try:
        reply = await chat.step(session_id, event, lang, fields)
    except ProofNeeded as refused:
        send = translator(lang).gettext(spamcheck.SEND)
        return _refusal(request, refused.text, lang, 403, json_answer=True, send=send)
    answer = screen_json(reply, await chat.needs_proof(reply.step, session_id))
    if reply.attachment is not None:
        # The script offers it behind a button under the copy, not as a download at once.
        name, content = reply.attachment
        answer["attachment"] = {"name": name, "content": content.decode()}
    new_session = chat.after_erasure(reply, session_id)
    if new_session == session_id:
        return web.json_response(answer)
    # Deleted: the script goes on with the new session's form token (static/chat.js).
    answer["csrf"] = csrf_token(request.config_dict[SECURITY], new_session)
    response = web.json_response(answer)
    chat.keep(request, response, new_session)
    return response


def _new_session(request: web.Request, answer: dict[str, Any]) -> web.Response:
    """``answer`` with a new session's form token, and its cookie."""
    chat = WebChat.of(request)
    session_id = chat.cookie.new_id()
    answer["csrf"] = csrf_token(request.config_dict[SECURITY], session_id)
    response = web.json_response(answer)
    chat.keep(request, response, session_id)
    return response


async def _repeated_erasure(
    request: web.Request, fields: dict[str, str]
) -> web.StreamResponse | None:
    """The farewell again for a form of the page whose data were just deleted, come with
    the new session's cookie and the deleted one's token: the second form of a
    double-clicked "Yes, delete everything", or a tab left open. It was "Your chat session
    has ended", and the person never saw that their data were deleted. Nothing is stored;
    the browser stays in its new session. Known from the new session's id alone
    (bot.web.renewed), so a restart between the two forms changes nothing."""
    chat = WebChat.of(request)
    said = chat.farewell_for(request, fields.get("csrf"), page_language(request, fields))
    session_id = chat.session_of(request)
    if said is None or session_id is None:
        return None
    chat.shown.keep(external_id(session_id), Shown(said, ""))
    return _to_page(request, session_id)


async def _look_for_news(request: web.Request, fields: dict[str, str]) -> web.StreamResponse:
    """``POST /chat`` with ``check``: no step, the chat as it is, opened at the first
    message that came since the page was drawn (or at the words that none came), with the
    words in the field kept."""
    # A look, as a reload is, not a step: two checks in a row were "You are sending
    # messages very quickly", and took the steps the person had left.
    allowed = await _allowed(request, fields, json_answer=False, paced=False)
    if isinstance(allowed, web.StreamResponse):
        return allowed
    session_id, lang = allowed
    chat = WebChat.of(request)
    current = await chat.reply_for(session_id, lang)
    looked = Shown(current, typed_words(fields), checked=after_id(fields.get("seen", "0")))
    chat.shown.keep(external_id(session_id), looked)
    return _to_page(request, session_id, NEWS_PAGE)


async def _checked(
    request: web.Request, fields: dict[str, str], *, json_answer: bool
) -> tuple[str, Event, str] | web.StreamResponse:
    """The session, the event and the language of a step, or the kind refusal to send."""
    allowed = await _allowed(request, fields, json_answer=json_answer)
    if isinstance(allowed, web.StreamResponse):
        return allowed
    session_id, lang = allowed
    event = event_from(fields, lang)
    if event is None:
        raise web.HTTPBadRequest(text="expected press, command or text")
    if isinstance(event, Text) and len(event.text) > MAX_MESSAGE:
        too_long = counts(lang, length=len(event.text), max=MAX_MESSAGE)
        if json_answer:
            return _refusal(request, TOO_LONG, lang, 413, json_answer, **too_long)
        # Without JavaScript too, the chat with the sentence and the text back in the field
        # (the field's maxlength had cut a pasted text without a word, and sent it so).
        return await _refused_form(request, session_id, fields, lang, TOO_LONG, 413, too_long)
    return session_id, event, lang


async def _allowed(
    request: web.Request, fields: dict[str, str], *, json_answer: bool, paced: bool = True
) -> tuple[str, str] | web.StreamResponse:
    """The session and the language of a form that may be taken (its cookie, its token,
    and for a step (``paced``) the session's pace), or the kind refusal to send."""
    chat = WebChat.of(request)
    lang = page_language(request, fields)
    session_id = chat.session_of(request)
    security = request.app[SECURITY]
    if session_id is None and chat.cookie_blocked(request):
        return _no_cookie(request, fields, lang, json_answer)
    if session_id is None or not csrf_valid(security, session_id, fields.get("csrf")):
        return await _ended(request, session_id, fields, lang, json_answer)
    if request.get(OVER_ADDRESS_LIMIT) or (
        paced and not request.app[LIMITS].per_session.allow(session_id)
    ):
        if json_answer:
            return slow_down(request, lang)
        return await _slowed_form(request, session_id, fields, lang)
    return session_id, lang


async def _ended(
    request: web.Request,
    session_id: str | None,
    fields: dict[str, str],
    lang: str,
    json_answer: bool,
) -> web.Response:
    """A step of a session that ended: nothing taken or sent, the browser goes on in a new
    session (or the newer one its cookie names) at its current screen, under the note
    why, with the typed words back in the field (with JavaScript in this page at once,
    without it through the redirect; a reload keeps them, bot.web.shown)."""
    chat = WebChat.of(request)
    # Erased by an advisor: said so in the conversation's language, and what the page
    # still shows of it goes (it said "session had ended" under the whole conversation).
    told = chat.told_erased(request, lang)
    session_id = session_id or chat.cookie.new_id()
    current = await chat.reply_for(session_id, told.language if told else lang)
    typed = _words_to_give_back(fields)
    if told is not None or chat.shows_deleted(request, fields.get("csrf")):
        note = translator(current.language).gettext(DELETED_TYPED if typed else DELETED)
    else:
        note = translator(current.language).gettext(ENDED_TYPED if typed else ENDED)
    ended = replace(
        current,
        before=(note,),
        same_screen=False,
        given_back=bool(typed),
        erased=told is not None,
    )
    if json_answer:
        answer = screen_json(ended, await chat.needs_proof(ended.step, session_id))
        # The script goes on with the session's form token; its draft moves with it.
        answer["csrf"] = csrf_token(request.config_dict[SECURITY], session_id)
        response = web.json_response(answer)
        chat.keep(request, response, session_id)
        return response
    chat.shown.keep(external_id(session_id), Shown(ended, typed))
    return _to_page(request, session_id)


def typed_words(fields: dict[str, str]) -> str:
    """The words of a plain form's text field, to be put back into it: whole, however long
    the body let them be (cut at 8,192 characters, the end of a longer text was lost without
    a word); bot.web.shown bounds the memory they take."""
    return fields.get("text", "")


def _words_to_give_back(fields: dict[str, str]) -> str:
    """:func:`typed_words`, or nothing where the field held only spaces."""
    typed = typed_words(fields)
    return typed if clean_text(typed) else ""


async def _slowed_form(
    request: web.Request, session_id: str, fields: dict[str, str], lang: str
) -> web.Response:
    """A plain form sent too fast: the chat as it is, the kind sentence above its step and
    the typed words back in the field, through the redirect (a page of the sentence alone
    lost the words, and Back over its POST asked to send the form again)."""
    return await _refused_form(request, session_id, fields, lang, SLOW_DOWN, 429)


async def _refused_form(
    request: web.Request,
    session_id: str,
    fields: dict[str, str],
    lang: str,
    message: str,
    status: int,
    params: dict[str, str] | None = None,
) -> web.Response:
    """A plain form's step not taken: the chat as it is, ``message`` (in the chat's
    language, with ``params``) above its step and the typed words back in the field,
    through the redirect."""
    chat = WebChat.of(request)
    current = await chat.reply_for(session_id, lang)
    error = translator(current.language).gettext(message).format(**(params or {}))
    typed = typed_words(fields)
    chat.shown.keep(external_id(session_id), Shown(current, typed, error=error, status=status))
    return _to_page(request, session_id)


def _failed_form(
    request: web.Request, session_id: str, fields: dict[str, str], lang: str
) -> web.Response:
    """A plain form's step that failed: "Sorry" with the words typed to copy (the chat's
    page may fail too while the fault lasts), and back in the field of the question they
    were typed at once the chat shows it again. Nothing else is needed for this page."""
    typed = _words_to_give_back(fields)
    if typed:
        chat = WebChat.of(request)
        chat.shown.keep_unsent(external_id(session_id), fields.get(STEP, ""), typed)
    t = translator(lang)
    extra = {"typed": typed, "not_sent": t.gettext(cookieless.NOT_SENT)}
    return notice(request, t.gettext(SORRY), lang, status=500, extra=extra)


def _too_big(request: web.Request, json_answer: bool) -> web.Response:
    """A body over the server's limit (MAX_BODY, 64 KiB): the chat's own "too long", in the
    language the script names in the address (the body with its ``lang`` is not read); it
    was aiohttp's bare 413, and the script said "Sorry, something went wrong"."""
    lang = page_language(request)
    counted = _COUNT.fullmatch(request.headers.get(TEXT_LENGTH, ""))
    if json_answer and counted is not None and int(counted[0]) > MAX_MESSAGE:
        # The length the script counted: the same sentence as for a body read.
        too_long = counts(lang, length=int(counted[0]), max=MAX_MESSAGE)
        return _refusal(request, TOO_LONG, lang, 413, json_answer, **too_long)
    # Without JavaScript the words are gone (the script keeps them in its field): said so.
    message = TOO_BIG if json_answer else NOT_KEPT
    return _refusal(request, message, lang, 413, json_answer, **counts(lang, max=MAX_MESSAGE))


def counts(lang: str, **numbers: int) -> dict[str, str]:
    """Numbers for a sentence as the language writes them ("5.040" in German), each in an
    isolate where the language is right-to-left ("5,040" stays one number in Arabic)."""
    t = translator(lang)
    return {name: t.isolate(t.number(value)) for name, value in numbers.items()}


def _cookie_refused(request: web.Request, lang: str) -> dict[str, Any]:
    """What the script shows when the chat's cookie did not come back (bot.web.cookieless):
    the truth, a link to the chat in a new tab where that helps, and the offices' contacts."""
    ctx = WebChat.of(request).dialogue.context(CHANNEL)
    return cookieless.refusal(lang, cookieless.in_frame(request), ctx)


def _no_cookie(
    request: web.Request, fields: dict[str, str], lang: str, json_answer: bool
) -> web.Response:
    """A step whose cookie did not come back: the truth, a link that opens the chat in a
    new tab (``target=_blank``) at its own address where that helps, and the offices'
    contacts, in the page's language. The script keeps typed words in its field; the page
    without JavaScript shows them to be copied."""
    refused = _cookie_refused(request, lang)
    if json_answer:
        return web.json_response(refused, status=403)
    t = translator(lang)
    # Typed, sent or beside a tapped button (every button sends the field's form).
    typed = fields.get("text", "") if clean_text(fields.get("text", "")) else ""
    extra = {
        "reopen": refused["reopen"],
        "contacts": refused["contacts"],
        # Whole: cut at 4,096 characters, the end of a longer text was lost to the copy.
        "typed": typed,
        "not_sent": t.gettext(cookieless.NOT_SENT),
    }
    return notice(request, refused["error"], lang, status=403, extra=extra)


def _refusal(
    request: web.Request, message: str, lang: str, status: int, json_answer: bool, **params: str
) -> web.Response:
    text = translator(lang).gettext(message).format(**params)
    if json_answer:
        return web.json_response({"error": text}, status=status)
    return notice(request, text, lang, status=status)


def _download(attachment: tuple[str, bytes]) -> web.Response:
    name, content = attachment
    return web.Response(
        body=content,
        content_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def chat_events(request: web.Request) -> web.StreamResponse:
    """``GET /chat/events``: advisors' messages as Server-Sent Events, while the chat is open.

    A reconnecting browser sends Last-Event-ID and gets what it missed first.
    """
    chat = WebChat.of(request)
    session_id = chat.session_of(request)
    if session_id is None:
        raise web.HTTPNoContent()  # nobody to write to yet; the script asks again later
    person = external_id(session_id)
    last = request.headers.get("Last-Event-ID", "0")
    # A number past every id misses nothing (PostgreSQL refused it: an error).
    after = after_id(last)
    user_id, missed = await chat.postbox.messages(person, after, mine=False)
    if user_id is None:
        raise web.HTTPNoContent()
    listeners = chat.postbox.listeners
    # By the person too: an advisor's erasure tells their open chats (WebChat.erased).
    queue = listeners.subscribe(user_id, person)
    headers = request.config_dict[SECURITY].headers(False)
    try:
        # A failed ping ends the stream: read at call time, a test shortens it.
        ping = streams.PING_INTERVAL
        async with sse_response(request, headers=headers, ping_interval=ping) as stream:
            for message in missed:
                await streams.send(stream, message)
            await streams.relay(stream, queue, request.config_dict[streams.STOPPING])
    finally:
        listeners.unsubscribe(user_id, queue)
    return stream


async def altcha_challenge(request: web.Request) -> web.Response:
    """``GET /chat/altcha``: a new ALTCHA challenge for this session (the widget fetches it)."""
    chat = WebChat.of(request)
    session_id = chat.session_of(request)
    if session_id is None:
        raise web.HTTPForbidden(text="no chat session")
    challenge = chat.proof.challenge(external_id(session_id))
    return web.json_response(challenge, headers={"Cache-Control": "no-store"})


async def to_chat(request: web.Request) -> web.Response:
    """``GET /``: the chat is the site."""
    raise web.HTTPFound("/chat")


async def _load_retired(app: web.Application) -> None:
    """The sessions erased by an advisor within their cookie's life: a restart forgot
    them, and their cookie began anew under the erased id."""
    services = app[SERVICES]
    since = services.clock() - RETIRED_KEPT_FOR
    async with services.sessionmaker() as session:
        app[CHAT].retired.load(await repository.retired_sessions(session, since))


def register(app: web.Application) -> None:
    """Add the chat's routes to the root web application."""
    services = app[SERVICES]
    if services.outbox.web is None:
        services.outbox.web = WebPostbox(
            services.sessionmaker,
            services.settings.web_public_url,
            cities=services.advisors.cities(),
        )
    proof = ProofOfWork(app[SECURITY].secret, services.sessionmaker, services.clock)
    app[CHAT] = WebChat(
        services.dialogue,
        SessionCookie("kausa_chat", app[SECURITY], samesite="Lax"),
        services.outbox.web,
        proof,
        SessionCookie("kausa_chat_framed", app[SECURITY], samesite="None", partitioned=True),
        Waiting(app[SECURITY], proof, services.clock),
        services.clock,
        # Looked up at call time: bot.app sets it once the outbox job runs.
        lambda: services.kick_outbox(),
        KnownSessions(services.clock),
        SentForms(),
        StepPages(services.clock),
        GivenBack(services.clock),
        RetiredSessions(services.clock),
    )
    services.dialogue.on_erased.append(app[CHAT].erased)
    app.on_startup.append(_load_retired)
    app.router.add_get("/", to_chat)
    app.router.add_get("/chat", chat_page)
    app.router.add_post("/chat", chat_form)
    app.router.add_get("/chat/api/screen", chat_screen)
    app.router.add_post("/chat/api/step", chat_step)
    app.router.add_get("/chat/events", chat_events)
    app.router.add_get("/widget.js", widget_script)
    app.router.add_get("/chat/altcha", altcha_challenge)
