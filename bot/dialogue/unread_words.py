"""Words typed where a tap is asked that no answer reads ("wochenende" at the best time,
"arbeitslos" at the situation, "Zeugnis" at the certificate): kept for the advisor, as a
longer message or a question is, and the person told so and to tap. They were answered
"Please tap one of the buttons below" and lost. Pure: state, text and context in, the
result changed.

Words with nothing in them for an advisor stay unkept: a greeting, a yes, no or ok, a
bare "I don't know", a sound ("hmm", "ähm"), signs without letters ("?", "👍")."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.moves import in_dialogue
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import greets, is_filler, says_dont_know
from bot.flows.ask import ASK
from bot.i18n import N_

#: Told when the words are kept: said of "words", since two or three were typed, not a
#: message; the buttons still answer the question.
KEPT_WORDS = N_(
    "Thank you, we have noted your words for the advisor. Please tap one of the buttons below."
)

#: A letter of any script: words, not signs or numbers alone.
_LETTER = re.compile(r"[^\W\d_]")
#: A sound typed while thinking ("hmm", "ähm", "uhm", "oh"): no word for an advisor.
_SOUND = re.compile(r"(?:h+m+|ä+h*m*|e+h*m+|u+h*m+|a+h+|o+h+|m{2,})")


def keep_unread(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Keep ``text`` for the advisor when a lead dialogue asks for a tap and nothing read
    it as an answer; False for words with nothing in them (the caller asks for a tap)."""
    if not in_dialogue(state) or state.flow == ASK.key or not _LETTER.search(text):
        return False
    sound = _SOUND.fullmatch("".join(_LETTER.findall(text.casefold())))
    if sound or greets(text) is not None or is_filler(text) or says_dont_know(text):
        return False
    # "was ist AEVO", "AEVO nedir": a question, answered personally ("your words" before).
    typed.keep_for_advisor(text, ctx, result, typed.KEPT if typed.asks_what(text) else KEPT_WORDS)
    return True
