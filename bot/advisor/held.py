"""A message held back for its unsure note tag ("#nozit …", "Note: …"): the question's
buttons and how an advisor's answer to the question reads. Pure, no I/O.

The question replies to the held message, so a press carries it (Telegram puts the
replied-to message in the pressed one): nothing is stored, and a restart loses nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from bot.validation import record_id

#: Button data: ``held:<choice>:<lead>:<held message id>:<its author>`` (well under 64
#: bytes; buttons from before the author was added have no ``:<its author>``).
PREFIX = "held"


class Choice(Enum):
    """How the advisor meant the held message."""

    NOTE = "n"  # kept as an internal note
    PERSON = "p"  # sent to the person


LABELS = {Choice.NOTE: "📝 Als interne Notiz speichern", Choice.PERSON: "➡️ An die Person senden"}


@dataclass(frozen=True)
class Held:
    """One press on the question: the choice, the lead and the held message."""

    choice: Choice
    lead_id: int
    message_id: int
    #: The held message's author: a reply to the question carries its buttons, not the
    #: held message, and in a group without topics no question is stored (bot.advisor.asked).
    author_id: int | None = None


#: How long only the held message's author decides: it is her wording, and she is usually
#: the one to answer at once. After it, any advisor of the group may (she is in a call, or
#: gone for the day, and the person waits): her words go as hers either way.
AUTHOR_FIRST = timedelta(minutes=30)


def minutes_for_author(author_id: int, presser_id: int, written_at: datetime, now: datetime) -> int:
    """0 when ``presser_id`` may decide now; else the whole minutes the author still has
    the decision to herself."""
    left = written_at + AUTHOR_FIRST - now
    if presser_id == author_id or left <= timedelta(0):
        return 0
    return math.ceil(left / timedelta(minutes=1))


def callback_data(
    choice: Choice, lead_id: int, message_id: int, author_id: int | None = None
) -> str:
    author = "" if author_id is None else f":{author_id}"
    return f"{PREFIX}:{choice.value}:{lead_id}:{message_id}{author}"


def keyboard(lead_id: int, message_id: int, author_id: int | None) -> dict[str, Any]:
    """The question's two buttons, one row each (their labels are long for a phone)."""
    return {
        "inline_keyboard": [
            [
                {
                    "text": LABELS[choice],
                    "callback_data": callback_data(choice, lead_id, message_id, author_id),
                }
            ]
            for choice in (Choice.NOTE, Choice.PERSON)
        ]
    }


def parse(data: str) -> Held | None:
    """The press in ``data``, or None if it is no question's button."""
    parts = data.split(":")
    if len(parts) not in (4, 5) or parts[0] != PREFIX:
        return None
    choice = next((c for c in Choice if c.value == parts[1]), None)
    lead_id, message_id = record_id(parts[2]), record_id(parts[3])
    author_id = _user_id(parts[4]) if len(parts) == 5 else None
    if choice is None or lead_id is None or message_id is None:
        return None
    if len(parts) == 5 and author_id is None:
        return None
    return Held(choice, lead_id, message_id, author_id)


def _user_id(text: str) -> int | None:
    """A Telegram user id as the button data carries it (positive, at most 52 bits)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 16 else None


def of_markup(markup: Any) -> Held | None:
    """The held message a question's keyboard (Telegram's JSON or PTB's object) is about."""
    rows = getattr(markup, "inline_keyboard", None) or []
    for row in rows:
        for button in row:
            held = parse(getattr(button, "callback_data", None) or "")
            if held is not None:
                return held
    return None


#: A reply to the question that only answers it ("ja", "Notiz", "senden"): no words for
#: the person, whom "ja" reached before.
_SHORT_ANSWER = re.compile(
    r"(?:ja|nein|j|n|ok|okay|yes|no|notiz|note|intern|interne|internal|senden|schicken|"
    r"weiter|person|an die person|für die person|als notiz|internal note|interne notiz)",
    re.IGNORECASE,
)


#: Said with a bare answer ("ja bitte", "ok danke"): it stays a bare answer.
_POLITE = frozenset({"bitte", "danke", "gerne", "gern", "genau"})
#: Longer than this, it is a message of its own even in answer words.
_MOST_WORDS = 4


#: Answer words one after the other ("ja senden", "ja als Notiz").
_ANSWERS = re.compile(rf"{_SHORT_ANSWER.pattern}(?: {_SHORT_ANSWER.pattern})*", re.IGNORECASE)


def is_short_answer(text: str | None) -> bool:
    """Whether ``text`` is a bare answer to the question rather than a message of its own:
    answer words ("ja", "Notiz", "an die Person"), with a polite word or two at most."""
    words = re.sub(r"[^\w\s]", " ", text or "").split()
    if not words or _SHORT_ANSWER.fullmatch(" ".join(words)) is not None:
        return True
    if len(words) > _MOST_WORDS:
        return False
    answer = " ".join(word for word in words if word.lower() not in _POLITE)
    return bool(answer) and _ANSWERS.fullmatch(answer) is not None


#: Words that only acknowledge a colleague ("Danke dir!", "Alles klar", "super, mach ich"):
#: said to her, under her message; the person would read a thank-you for nothing.
_ACKNOWLEDGING = frozenset(
    {
        *("danke", "dankeschön", "dir", "euch", "dich", "super", "prima", "perfekt", "top"),
        *("gut", "klar", "alles", "passt", "mach", "machs", "ich", "übernehme", "erledigt"),
        *("thanks", "thx", "merci", "great", "will", "do", "sure"),
    }
)


def is_acknowledgement(text: str | None) -> bool:
    """Whether ``text``, replying to a colleague's message, only acknowledges it: a bare
    answer (:func:`is_short_answer`), or a few words of thanks or agreement."""
    if not text:
        return False
    if is_short_answer(text):
        return True
    words = re.sub(r"[^\w\s]", " ", text).lower().split()
    return len(words) <= _MOST_WORDS and all(
        word in _ACKNOWLEDGING or word in _POLITE or _SHORT_ANSWER.fullmatch(word) is not None
        for word in words
    )
