"""What a conversation message is and how it reads: pure, no I/O, no Telegram types."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz.distance import OSA

from bot.flows.navigation import NEEDS, Needs, split_screen
from bot.i18n import N_
from db.vocabulary import MessageDirection, MessageKind

#: An advisor message starting with "//" stays in the advisor chat as a note; so does one
#: headed by the note tag (below), "#notiz" or "Notiz:" as one heads a note on paper.
NOTE_SLASHES = "//"
#: The words of a note tag; a close typo of one ("#notitz", "#Note") is meant as it too.
#: Ukrainian ones as well ("#нотатка", "#примітка"): advisors write in their languages.
NOTE_WORDS = ("notiz", "note", "нотатка", "примітка")
#: A tag word that says "internal" outright.
INTERNAL_WORD = "intern"
#: Its forms that head a note as it does ("#interne", "#internal").
INTERNAL_WORDS = frozenset({INTERNAL_WORD, "interne", "internal"})
#: "Interne Notiz:", "#internal note": the two words say it outright, tagged or not.
_INTERNAL_NOTE = re.compile(
    r"#?\s*(?:intern|interne|internal)\s+(?:notiz|notizen|note|notes)\b\s*:?", re.IGNORECASE
)
#: Emoji or signs before a tag ("📝 Notiz:", "🔒 #intern"): a note's heading all the same.
_SIGNS_BEFORE = re.compile(r"(?:[^\w\s#/]+\s*)+")
#: The head of a message: "#" (maybe with a space after it), a word, maybe a colon.
_HEAD = re.compile(r"(?P<hash>#\s*)?(?P<word>[^\W\d_]+)\s*(?P<colon>:)?")
#: The reaction that confirms an advisor's message reached the person (Telegram's allowed set).
DELIVERED_REACTION = "👌"
#: A person's message to a lead closed this recently still reaches its advisor (and reopens
#: the topic), so an answer to the advisor's last words is not lost to "Erledigt".
REOPEN_DAYS = 14
#: Kinds whose copy can carry a caption (Telegram refuses one on the others).
CAPTIONED = frozenset(
    {
        MessageKind.PHOTO,
        MessageKind.DOCUMENT,
        MessageKind.VIDEO,
        MessageKind.AUDIO,
        MessageKind.VOICE,
    }
)

#: How media read in the advisors' (German) transcript.
_MARKERS: Mapping[str, str] = {
    MessageKind.VOICE: "Sprachnachricht",
    MessageKind.AUDIO: "Audio",
    MessageKind.PHOTO: "Foto",
    MessageKind.DOCUMENT: "Dokument",
    MessageKind.VIDEO: "Video",
    MessageKind.VIDEO_NOTE: "Videonachricht",
    MessageKind.CONTACT: "Kontakt",
    MessageKind.LOCATION: "Standort",
    MessageKind.STICKER: "Sticker",
    MessageKind.OTHER: "Nachricht",
    MessageKind.EDIT: "Korrektur",
}

#: How media are listed for the person in /mydata, in their language.
MEDIA_NAMES: Mapping[str, str] = {
    MessageKind.VOICE: N_("voice message"),
    MessageKind.AUDIO: N_("audio file"),
    MessageKind.PHOTO: N_("photo"),
    MessageKind.DOCUMENT: N_("document"),
    MessageKind.VIDEO: N_("video"),
    MessageKind.VIDEO_NOTE: N_("video message"),
    MessageKind.CONTACT: N_("contact"),
    MessageKind.LOCATION: N_("location"),
    MessageKind.STICKER: N_("sticker"),
    MessageKind.OTHER: N_("message"),
    MessageKind.EDIT: N_("correction"),
}


@dataclass(frozen=True)
class Content:
    """One message as the conversation log keeps it."""

    kind: MessageKind
    text: str | None = None
    file_id: str | None = None
    file_name: str | None = None
    duration: int | None = None


class NoteTag(Enum):
    """What the head of an advisor's message says about whom it is for."""

    NONE = "none"  # a message for the person
    NOTE = "note"  # an internal note: it never reaches the person
    UNSURE = "unsure"  # it may be meant as a note: the advisor is asked, nothing is sent


def _distance(word: str) -> int:
    """How many typos away ``word`` is from the nearest note tag word."""
    return min(OSA.distance(word, tag) for tag in NOTE_WORDS)


def _tag_of_head(word: str, *, hashed: bool, colon: bool) -> NoteTag:
    """The tag a message's first word makes, with the "#" before or the ":" after it."""
    if word.startswith("notiz") or word in INTERNAL_WORDS:
        if hashed or colon:
            return NoteTag.NOTE
        # "Notiz Rückruf Montag" is hardly for the person; "Notizen habe ich keine" may be.
        return NoteTag.UNSURE if word == "notiz" else NoteTag.NONE
    if hashed:
        # "#notitz", "#Note": a typo of the tag (it sent the team's words to the person).
        if _distance(word) <= 1:
            return NoteTag.NOTE
        return NoteTag.UNSURE if _distance(word) <= 2 else NoteTag.NONE
    if colon:
        # "Notitz:" is the team's; "Note:" may head an English message to the person.
        if OSA.distance(word, "notiz") <= 1:
            return NoteTag.NOTE
        return NoteTag.UNSURE if _distance(word) <= 1 else NoteTag.NONE
    return NoteTag.NONE


#: Commands an advisor tries for a note ("/notiz Rückruf morgen"): none is the bot's, and
#: the words were lost behind the list of commands. Also the plural and "interne Notiz"
#: ("/notizen 12 …", "/interne_notiz 12 …": a "_" for the space Telegram allows no).
NOTE_COMMANDS = frozenset(
    {"notiz", "note", "intern", "interne", "notizen", "internenotiz", "internnotiz"}
)
#: A command's word and what is glued to it ("notiz", "#12").
_COMMAND_HEAD = re.compile(r"(\w+)(.*)", re.DOTALL)
#: A command with a lead's number joined to it ("/notiz12").
_JOINED_NUMBER = re.compile(r"([^\W\d_]+)(\d+)")


def note_command(text: str | None) -> str | None:
    """The words of a note command ("/notiz Rückruf morgen": "Rückruf morgen", "" for none),
    a letter off too ("/notitz", as "#notitz" is a note), a lead's number joined to it
    ("/notiz12 Freitag": "12 Freitag"); None: no note command. Only commands reach this,
    never a message typed in a topic."""
    parts = (text or "").split(maxsplit=1)
    if not parts or not parts[0].startswith("/"):
        return None
    # Telegram ends the command at the first sign ("/notiz#12 Rückruf": "/notiz" with "#12"
    # glued on, which was "Den Befehl /notiz gibt es nicht" and the note kept nowhere).
    head = _COMMAND_HEAD.match(parts[0].removeprefix("/").partition("@")[0])
    if head is None:
        return None
    word, glued = head[1].lower(), head[2].lstrip(",;:-–")
    joined = _JOINED_NUMBER.fullmatch(word)
    command, number = (joined[1], joined[2]) if joined else (word, "")
    command = command.replace("_", "")
    if command not in NOTE_COMMANDS and OSA.distance(command, "notiz") > 1:
        return None
    glued = glued if glued.strip("?!.") else ""  # "/notiz?": no note
    body = parts[1].strip() if len(parts) == 2 else ""
    return " ".join(part for part in (number, glued, body) if part)


def note_said(words: str) -> str:
    """A note command's words, "" when they hold no letter, digit or symbol ("/notiz 1 .":
    as empty as "/notiz 1"; the "." was kept as the note). An emoji says something ("// ✅":
    done, as the team marks it)."""
    return words if any(ch.isalnum() or unicodedata.category(ch) == "So" for ch in words) else ""


def _without_signs(text: str) -> str:
    """``text`` from its first letter, "#" or "/" on: where a tag would stand."""
    start = text.lstrip()
    signs = _SIGNS_BEFORE.match(start)
    return start[signs.end() :] if signs is not None else start


def _head(text: str) -> tuple[NoteTag, str]:
    """The note tag of ``text`` and the words after it (the whole text when it has none)."""
    start = _without_signs(text)
    if start.startswith(NOTE_SLASHES):
        return NoteTag.NOTE, start[len(NOTE_SLASHES) :].strip()
    internal = _INTERNAL_NOTE.match(start)
    if internal is not None:
        return NoteTag.NOTE, start[internal.end() :].strip()
    head = _HEAD.match(start)
    if head is None:
        return NoteTag.NONE, text.strip()
    tag = _tag_of_head(
        head["word"].lower(), hashed=head["hash"] is not None, colon=head["colon"] is not None
    )
    return tag, (start[head.end() :] if tag is NoteTag.NOTE else text).strip()


def written_tag(text: str) -> str:
    """The head of ``text`` as the advisor typed it ("#nozit"), to name it when asking."""
    start = _without_signs(text)
    head = _HEAD.match(start)
    return start[: head.end()].strip() if head is not None else start.split(" ", 1)[0]


def note_tag(text: str | None) -> NoteTag:
    """Whether an advisor's text is a note, a message for the person, or may be either."""
    return _head(text or "")[0]


def is_note(text: str | None) -> bool:
    """Whether an advisor's text is an internal note (``//`` or ``#notiz`` at the start)."""
    return note_tag(text) is NoteTag.NOTE


def note_body(text: str) -> str:
    """A note's words after its tag ("" for a bare "//" or "#notiz")."""
    return _head(text)[1]


def meant_note_body(text: str) -> str:
    """A note's words after its tag, also after a head that may be one ("Note: .", "#nozit
    .") once the advisor said the text is a note: "Note: ." was kept as the note."""
    tag, body = _head(text)
    head = _HEAD.match(_without_signs(text)) if tag is NoteTag.UNSURE else None
    return _without_signs(text)[head.end() :].strip() if head is not None else body


def empty_note(text: str | None) -> bool:
    """Whether an advisor's text is a note tag with no letter or digit after it ("//",
    "// .", "#notiz ."): nothing to keep (a "." was kept as the note)."""
    return is_note(text) and not note_said(note_body(text or ""))


def in_question(state: Mapping[str, Any] | None) -> bool:
    """Whether the dialogue waits for an answer of a flow: typed text belongs to it then."""
    screen_id, _ = split_screen(str((state or {}).get("screen") or ""))
    return screen_id is not None and NEEDS[screen_id] is Needs.FLOW


def duration_text(seconds: int) -> str:
    """0:42, 12:05, 1:02:03."""
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def marker(kind: str, duration: int | None = None, file_name: str | None = None) -> str:
    """A medium as the advisors read it in a transcript: "[Sprachnachricht 0:42]", "[Foto]"."""
    name = _MARKERS.get(kind, _MARKERS[MessageKind.OTHER])
    if duration is not None:
        name += f" {duration_text(duration)}"
    if file_name:
        name += f": {file_name}"
    return f"[{name}]"


@dataclass(frozen=True)
class Entry:
    """One logged message, as a transcript shows it."""

    direction: str
    kind: str
    text: str | None
    created_at: datetime
    advisor_name: str | None = None
    duration: int | None = None
    file_name: str | None = None
    #: The city of the office an advisor wrote from, where it is not the lead's (a lead
    #: handed over since); "" otherwise.
    office: str = ""


def transcript_line(entry: Entry, tz: str, person: str = "Person") -> str:
    """ "30.11. 10:42 Anna Schmidt: Passt Montag?" (plain text; the caller escapes)."""
    stamp = entry.created_at.astimezone(ZoneInfo(tz)).strftime("%d.%m. %H:%M")
    if entry.direction == MessageDirection.FROM_PERSON:
        who = person
    else:
        who = entry.advisor_name or "Beratung"
        if entry.office:
            who = f"{who} (Büro {entry.office})"
        if entry.direction == MessageDirection.NOTE:
            who = f"Notiz {who}"
    parts = []
    if entry.kind != MessageKind.TEXT:
        parts.append(marker(entry.kind, entry.duration, entry.file_name))
    if entry.text:
        parts.append(entry.text)
    return f"{stamp} {who}: {' '.join(parts) or '–'}"
