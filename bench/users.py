"""Simulated Telegram users: what they do (scripts) and the updates they produce.

A script is a list of actions. ``("text", "04109")`` is a typed message (a
leading "/" makes it a command); ``("press", "o:gastro")`` taps the button of
the last bot message whose callback data carries that code, so the scripts
work in every language. ``"press?"`` and ``"press+"`` tap only if the button is
there (a person coming back sees other screens first); the echo benchmark, which shows
no buttons, skips ``"press?"`` and taps ``"press+"`` as a first-time person would.
The mix below is what people do with the bot: most walk one of the lead dialogues
to the end (with the occasional typo that the bot answers with a hint), others only
read the information pages.
"""

from __future__ import annotations

import itertools
import random
import time
from dataclasses import dataclass
from typing import Any

from bot.flows import info
from bot.flows.young import IN_TRAINING

Action = tuple[str, str]

#: Telegram client languages of the simulated people ("ru" and None fall back to German).
CLIENT_LANGUAGES: tuple[str | None, ...] = ("de", "ar", "tr", "vi", "uk", "en", "ru", None)
LANGUAGES: tuple[str, ...] = ("de", "ar", "tr", "vi", "uk", "en")


def _opening(lang: str, flow: str) -> list[Action]:
    """/start, the language and the flow; in a later round, with the request of the
    earlier one open, /start shows it: "New request" and the flow instead."""
    return [
        ("text", "/start"),
        ("press?", "nr"),
        ("press+", f"l:{lang}"),
        ("press+", f"f:{flow}"),
        ("press?", f"c:{flow}"),
    ]


def _lead_end(callback_language: str) -> list[Action]:
    # The conversation language is offered on the summary: change it there, then send.
    return [("press", "e:callback_lang"), ("press", f"o:{callback_language}"), ("press", "s")]


def business(lang: str, rng: random.Random) -> list[Action]:
    """A business owner: 6 questions (a typo in the postal code), consent, contact, send."""
    return [
        *_opening(lang, "business"),
        ("text", "Yılmaz Döner"),
        ("press", f"o:{rng.choice(['koch', 'friseur', 'kfz', 'verkauf'])}"),
        # One tap answers; a suggested trade tells the sector: no sector question.
        ("text", "0410"),  # four digits, no such code: the bot explains the format
        ("text", rng.choice(["04109", "01067", "09111"])),
        ("press", f"o:{rng.choice(['now', 'none', 'trainer'])}"),
        ("press", "o:y1"),
        ("press", "sv"),  # several needs: ticks edit the message in place
        ("press", "o:find"),
        ("press", "o:steps"),
        ("press", "d"),
        ("press", "y"),
        ("text", "Ayşe Yılmaz"),
        ("text", "0176 12345678"),  # a mobile: WhatsApp is asked
        ("press", "o:yes"),  # WhatsApp
        ("press", "o:business"),
        ("press", "o:morning"),
        *_lead_end(rng.choice(LANGUAGES)),
    ]


def young(lang: str, rng: random.Random) -> list[Action]:
    """A young person: 6 questions, consent, contact via Telegram, send."""
    situation = rng.choice(["looking", "in_training", "school", "parent"])
    # A parent says where the child stands, then is asked as for the child.
    child = rng.choice(["looking", "in_training", "school"]) if situation == "parent" else None
    # An apprentice is asked the problem; everyone else the trade and the certificate.
    middle: list[Action] = (
        [("press", f"o:{rng.choice(['school', 'employer', 'money'])}")]
        if IN_TRAINING in (situation, child)
        else [
            ("press", f"o:{rng.choice(['koch', 'elektro', 'unknown'])}"),
            ("press", f"o:{rng.choice(['none', 'real', 'foreign'])}"),
        ]
    )
    return [
        *_opening(lang, "young"),
        ("press", f"o:{situation}"),
        *([("press", f"o:{child}")] if child else []),
        ("press", f"o:{rng.choice(['16-17', '18-24', '25+'])}"),
        *middle,
        ("press", f"o:{rng.choice(['a', 'b1', 'b2'])}"),
        ("text", rng.choice(["04109", "01067", "09111"])),
        ("press", "y"),
        ("text", "Oleksandr"),
        ("press", "a:tg"),
        ("press", "o:video"),
        ("press", "o:any"),
        *_lead_end(rng.choice(LANGUAGES)),
    ]


def callback(lang: str, rng: random.Random) -> list[Action]:
    """The short callback request, with a wrong phone number, an edit from the summary."""
    role = rng.choice(["business", "young", "parent"])
    # A young person gives the age band (16 or older here: no parent's consent), a parent
    # the child's.
    age: list[Action] = [("press", "o:18-24")] if role in ("young", "parent") else []
    return [
        *_opening(lang, "callback"),
        ("press", f"o:{role}"),
        *age,
        ("press", "a:skip"),  # no topic
        ("text", rng.choice(["04109", "01067", "09111"])),
        ("press", "y"),
        ("text", "Nguyễn Văn An"),
        ("text", "12"),  # not a phone number: the bot asks again
        ("text", "+49 172 1234567"),  # a mobile: WhatsApp is asked
        ("press", "o:no"),  # WhatsApp
        ("press", "o:phone"),
        ("press", "o:afternoon"),
        ("press", "e:time"),  # change an answer from the summary
        ("press", "o:morning"),
        ("press", "s"),
    ]


def reader(lang: str, rng: random.Random) -> list[Action]:
    """Someone who only reads: information pages, back, menu, commands."""
    first, second = rng.sample([code for code, _label in info.MENU], 2)
    return [
        ("text", "/start"),
        ("press+", f"l:{lang}"),
        ("press?", "m"),  # from the open request of an earlier round to the menu
        ("press", "t:"),
        ("press", f"t:{first}"),
        ("press", "b"),
        ("press", f"t:{second}"),
        ("press", "m"),
        ("text", "/help"),
        ("text", "hello?"),  # free text where buttons are expected: a hint
        ("text", "/menu"),
    ]


#: (scenario, weight): most people who start the bot want an advisor.
MIX: tuple[tuple[Any, int], ...] = ((business, 3), (young, 3), (callback, 2), (reader, 2))


def script_for(rng: random.Random) -> tuple[str, list[Action]]:
    """Draw one scenario from the mix: (its name, its actions)."""
    scenario = rng.choices([s for s, _w in MIX], weights=[w for _s, w in MIX])[0]
    return scenario.__name__, scenario(rng.choice(LANGUAGES), rng)


# -- updates ------------------------------------------------------------------------------


@dataclass
class Person:
    """One simulated Telegram account."""

    user_id: int
    language_code: str | None

    def as_user(self) -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": self.user_id,
            "is_bot": False,
            "first_name": "Bench",
            "username": f"bench{self.user_id}",
        }
        if self.language_code:
            user["language_code"] = self.language_code
        return user


class Updates:
    """Builds Bot API update dicts with globally increasing update ids."""

    def __init__(self, first_update_id: int = 1) -> None:
        self._update_ids = itertools.count(first_update_id)
        self._message_ids = itertools.count(1_000_000)
        self._query_ids = itertools.count(1)

    def message(self, person: Person, text: str) -> dict[str, Any]:
        """A text (or command) the person typed in the private chat."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": person.user_id, "type": "private", "first_name": "Bench"},
            "from": person.as_user(),
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": next(self._update_ids), "message": message}

    def press(self, person: Person, data: str, message: dict[str, Any]) -> dict[str, Any]:
        """A tap on an inline button of ``message`` (a bot message in the person's chat)."""
        return {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": str(next(self._query_ids)),
                "from": person.as_user(),
                "chat_instance": f"ci{person.user_id}",
                "data": data,
                # Telegram sends a copy each time; the bot's intake may trim it (bot.inbox.lean).
                "message": dict(message),
            },
        }


def button_data(message: dict[str, Any] | None, code: str) -> str | None:
    """The callback data on ``message`` whose code (after "<seq>:") is ``code``."""
    if message is None:
        return None
    for row in message.get("reply_markup", {}).get("inline_keyboard", ()):
        for button in row:
            data = button.get("callback_data")
            if data is not None and data.partition(":")[2] == code:
                return str(data)
    return None
