"""The vocabulary of a dialogue: events in, state kept, screens out.

Pure data; where a screen id is valid comes from :mod:`bot.flows.navigation`. No I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.flows import FLOWS
from bot.flows.navigation import ScreenId, first_open, screen_exists
from bot.i18n import LANGUAGES, local
from bot.offices import Office

if TYPE_CHECKING:
    from bot.dialogue.wish_read import WishRead

MAX_TEXT = 1000
#: Bytes of the digest a state keeps of the last tap it took: 8 tell a person's taps apart.
TAP_DIGEST_BYTES = 8
MAX_HISTORY = 40
CONSENT_VERSION = "2026-11-v1"

# -- events ------------------------------------------------------------------


@dataclass(frozen=True)
class Start:
    """``/start``: greet and offer the language choice."""

    language_code: str | None = None


@dataclass(frozen=True)
class Command:
    """Any other slash command, by name without the slash."""

    name: str


@dataclass(frozen=True)
class Press:
    """A button press with its raw callback data, and the message it was pressed on."""

    data: str
    #: The id of the message holding the button, where the channel has one (Telegram).
    message_id: int | None = None

    def digest(self) -> str | None:
        """What tells this tap from any other: its data and its message; None without one.

        Without a message id two taps of the same button on two messages look alike,
        so nothing is recognised as a repeat (the terminal, the web chat).
        """
        if self.message_id is None:
            return None
        tap = f"{self.message_id}:{self.data}".encode()
        return hashlib.blake2s(tap, digest_size=TAP_DIGEST_BYTES).hexdigest()


@dataclass(frozen=True)
class Text:
    """A typed message."""

    text: str


@dataclass(frozen=True)
class SharedContact:
    """A shared contact card: its phone number, and whether it is the sender's own."""

    phone: str
    own: bool


@dataclass(frozen=True)
class Location:
    """A shared location (Telegram's 📎 → Location)."""

    latitude: float
    longitude: float


@dataclass(frozen=True)
class Unsupported:
    """Anything else: a sticker, a photo, a voice message ... (``caption``: words sent
    with it)."""

    kind: str = "other"
    caption: str | None = None


Event = Start | Command | Press | Text | SharedContact | Location | Unsupported

# -- state -------------------------------------------------------------------


@dataclass
class State:
    """Where one person is in the dialogue; stored as JSON after every step."""

    lang: str | None = None
    screen: str = ScreenId.LANG
    flow: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    editing: bool = False
    seq: int = 0
    office: str | None = None
    lead_id: int | None = None
    #: The channel the person talks on (questions differ where there is no chat to write in).
    channel: str | None = None
    #: Digest of the last tap taken (:meth:`Press.digest`): the same tap again is a repeat.
    taken: str | None = None
    #: A message typed on the way is held for this dialogue's request. Its words are in
    #: the service's memory only (bot.dialogue.typed); this flag, stored, tells a restart
    #: that forgot them that the person must be told.
    held: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form stored in the database."""
        return {
            "lang": self.lang,
            "screen": self.screen,
            "flow": self.flow,
            "answers": self.answers,
            "history": self.history,
            "editing": self.editing,
            "seq": self.seq,
            "office": self.office,
            "lead_id": self.lead_id,
            "channel": self.channel,
            "taken": self.taken,
            "held": self.held,
        }

    def same_content(self, other: State) -> bool:
        """Whether ``other`` holds what this state holds, apart from the generation of its
        buttons (``seq``), the last tap taken and the flag of a held message (a message
        noted where a tap was expected leaves the buttons of that step valid)."""
        return all(getattr(self, name) == getattr(other, name) for name in _CONTENT)

    def copy(self) -> State:
        """An independent copy: a step changes its copy, never the state it was given."""
        # Answers hold texts, lists of codes and the consent dict: one level deep.
        answers = {
            key: value.copy() if isinstance(value, list | dict) else value
            for key, value in self.answers.items()
        }
        return replace(self, answers=answers, history=list(self.history))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> State:
        """Rebuild a state; anything malformed gives a fresh start, never an error."""
        if not isinstance(data, Mapping):
            return cls()
        state = cls()
        lang = data.get("lang")
        state.lang = lang if isinstance(lang, str) and lang in LANGUAGES else None
        flow = data.get("flow")
        state.flow = flow if isinstance(flow, str) and flow in FLOWS else None
        answers = data.get("answers")
        state.answers = _clean_answers(answers) if isinstance(answers, Mapping) else {}
        state.editing = bool(data.get("editing", False))
        state.held = data.get("held") is True
        seq = data.get("seq")
        # Callback data starts with the sequence number, which must be a plain number.
        state.seq = seq if isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0 else 0
        office = data.get("office")
        state.office = office if isinstance(office, str) else None
        lead_id = data.get("lead_id")
        valid_id = isinstance(lead_id, int) and not isinstance(lead_id, bool)
        state.lead_id = lead_id if valid_id else None
        channel = data.get("channel")
        state.channel = channel if isinstance(channel, str) else None
        taken = data.get("taken")
        digest_length = 2 * TAP_DIGEST_BYTES  # hex
        state.taken = taken if isinstance(taken, str) and len(taken) == digest_length else None
        history = data.get("history")
        if isinstance(history, list):
            # Back must only ever lead to a screen that exists for this state.
            state.history = [h for h in history if isinstance(h, str) and _exists(state, h)][
                -MAX_HISTORY:
            ]
        screen = data.get("screen")
        if isinstance(screen, str) and _exists(state, screen):
            state.screen = screen
        elif state.flow is not None and state.lead_id is None and state.lang is not None:
            # A screen this version no longer has (a removed question): go on at the first
            # question still open, keeping the answers given.
            flow = FLOWS[state.flow]
            state.screen = first_open(flow, state.answers) or ScreenId.SUMMARY
        else:
            state.screen = ScreenId.MENU if state.lang else ScreenId.LANG
        return state


#: What :meth:`State.same_content` compares.
_CONTENT = tuple(f.name for f in fields(State) if f.name not in ("seq", "taken", "held"))


def _exists(state: State, screen: str) -> bool:
    return screen_exists(state.flow, state.lead_id is not None, screen)


def _clean_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Only answers of the shapes the engine writes: texts, lists of codes, the consent."""
    clean: dict[str, Any] = {}
    for key, value in answers.items():
        if not isinstance(key, str):
            continue
        if key == "consent":
            if _valid_consent(value):
                clean[key] = dict(value)
        elif isinstance(value, str):
            clean[key] = value
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            clean[key] = list(value)
    return clean


def _valid_consent(value: Any) -> bool:
    if not isinstance(value, Mapping):
        return False
    if not all(isinstance(value.get(k), str) for k in ("version", "lang", "at")):
        return False
    try:
        datetime.fromisoformat(value["at"])
    except ValueError:
        return False
    return True


# -- context, output and effects ----------------------------------------------


#: A conversation that sent no request is deleted with its person this many days after
#: its last message (bot.privacy.rights); the privacy notice says so.
ABANDONED_DAYS = 30
#: The web chat's session cookie stays in the browser this many days after the last visit
#: (renewed with each one; bot.web.security); the web privacy notice says so.
SESSION_COOKIE_DAYS = 90
#: The shipped daily backup (deploy/kausa-bot-backup.service) keeps no copy longer than
#: this many days by default (BACKUP_DAYS, bot.config), so erased data are gone from it
#: then; a notice without a privacy policy (PRIVACY_POLICY_URL) names the configured period.
BACKUP_DAYS = 14


@dataclass(frozen=True)
class Privacy:
    """What the privacy notice names; from configuration."""

    controller: str
    policy_url: str = ""
    retention_days: int = 180
    #: The longest the operator's backups keep erased data (BACKUP_DAYS): the shipped
    #: SQLite timer's period, or whatever the operator keeps pg_dump files for.
    backup_days: int = BACKUP_DAYS
    #: Requests reach the advisors with the person's data in Telegram groups (an office
    #: with a group and full cards): the notice says so on the channels that are not
    #: Telegram, whose own sentence about Telegram's servers covers it there.
    advisors_on_telegram: bool = False
    #: An office's mailbox receives requests with the person's data (SMTP set, an office
    #: with ``notify_email`` and full notifications): the bot cannot delete such a mail.
    advisors_by_email: bool = False
    #: TRANSLATION_URL is set: the conversation's messages pass through a translation server.
    machine_translation: bool = False
    #: Where to ask about one's data (PRIVACY_CONTACT: an e-mail or postal address).
    contact: str = ""


@dataclass(frozen=True)
class Request:
    """One of the person's requests (a lead), as a screen may mention it."""

    id: int
    status: str
    office: str | None
    #: Someone still has to act on it (db.vocabulary.OPEN_STATUSES).
    open: bool


@dataclass(frozen=True)
class Addition:
    """Answers the person chose to add to their open request instead of a new one."""

    lead_id: int
    flow: str
    answers: dict[str, Any]


@dataclass(frozen=True)
class Context:
    """Everything outside the engine that a step may read."""

    offices: Mapping[str, Office]
    privacy: Privacy
    now: datetime
    channel: str = "telegram"
    #: The question the person typed before "Ask an advisor", held outside the stored
    #: state until they consent (bot.dialogue.service); None when there is none.
    held_question: str | None = None
    #: The person's requests, newest first (only read for people who sent one).
    requests: tuple[Request, ...] = ()
    #: Rendering only: the screen is shown once more under a notice (an answer it did
    #: not take), so what merely introduces it was read a moment ago and is left out.
    again: bool = False
    #: The language the person's app is set to (Telegram's language_code), for someone
    #: whose language is not known yet: after /delete, or a first message that is not /start.
    client_language: str | None = None
    #: The privacy wish of the step's typed message as the service read it before the step
    #: (bot.dialogue.wish_read): not read again by the engine.
    wish_read: WishRead | None = None

    @property
    def local_now(self) -> datetime:
        """Now in Saxony: the calendar a person's dates and years are on (a year chosen
        shortly after midnight on 1 January is the new one)."""
        return local(self.now)


@dataclass(frozen=True)
class Button:
    """One button: the label the person sees and the data that comes back."""

    label: str
    data: str
    #: A tick of a multiple choice: ticked or not (the web chat's aria-pressed, said by a
    #: screen reader; Telegram has only the ✅); None for any other button.
    pressed: bool | None = None


@dataclass(frozen=True)
class Screen:
    """What the person sees after a step: one message with its buttons."""

    text: str
    keyboard: tuple[tuple[Button, ...], ...] = ()
    #: This step accepts a shared phone number (Telegram offers its "share" button).
    accepts_contact: bool = False
    #: Its answer is typed, not tapped (the web chat puts the cursor in its text field).
    typing: bool = False
    #: What the typed answer is, for a web text field ("tel": bot.flows.model.FreeText).
    field: str = ""

    def button_data(self) -> set[str]:
        """All callback data on this screen."""
        return {b.data for row in self.keyboard for b in row}


@dataclass(frozen=True)
class LeadDraft:
    """Everything a new lead is made of; the service stores it with its outbox row."""

    flow: str
    office: str | None
    postal_code: str | None
    answers: dict[str, Any]
    language: str
    name: str
    phone: str | None
    email: str | None
    contact_via_telegram: bool
    preferred_time: str | None
    callback_language: str | None
    consent_version: str
    consent_language: str
    consent_at: datetime


@dataclass(frozen=True)
class Notice:
    """A short message shown above the screen, e.g. why an input was not taken."""

    message: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass
class Result:
    """The outcome of one step before rendering."""

    state: State
    notices: list[Notice] = field(default_factory=list)
    lead: LeadDraft | None = None
    #: The person asked for a copy of their data (/mydata).
    export: bool = False
    #: The person confirmed that all their data is to be erased (/delete).
    erase: bool = False
    #: A typed question to hold (not store) for the next steps, until consent.
    held_question: str | None = None
    #: The person left the dialogue its question was held for: it goes too.
    drop_held: bool = False
    #: Answers to attach to the person's open request.
    addition: Addition | None = None
    #: The very tap taken last, again (a person's retap while no answer came): nothing
    #: changed, and a channel that showed the answer need not show it again.
    repeat: bool = False
    #: The typed text was refused as the answer (too long, an address with a comma for its
    #: dot): a channel with a text field gives it back to correct (:meth:`refuse`).
    given_back: bool = False

    def notify(self, message: str, **params: str) -> None:
        """Add a notice; ``params`` fill its named placeholders."""
        self.notices.append(Notice(message, tuple(params.items())))

    def refuse(self, message: str, **params: str) -> None:
        """Say why the typed text is no answer (a notice), and give it back to correct: on
        the web the field was empty, and "ayse.yilmaz@gmail,com" typed again whole on a
        phone to change one comma."""
        self.notify(message, **params)
        self.given_back = True


#: What a press does: ``(state, ctx, result, argument of the code)``; it changes ``state``.
Handler = Callable[[State, Context, Result, str], None]
