"""School left without finishing said at the certificate question ("hab die Schule
abgebrochen", "okulu bıraktım", "تركت المدرسة", "кинув школу", "bỏ học"): a person may
have left with no certificate, with the one after grade 9, or with one from abroad, so
the bot cannot choose. They are asked kindly which of those three fits, by their labels,
and the words go to the advisor ("noted, please tap one of the buttons below" before,
which left the person guessing). Pure: state, text and context in, the person told."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.answers import option_label
from bot.flows.navigation import ScreenId
from bot.flows.young import CERTIFICATE, FROM_ABROAD, NO_CERTIFICATE
from bot.i18n import N_, translator
from bot.negation import says_not

#: Told when school was left. ``none``, ``nine``, ``abroad``: the labels of "None yet",
#: the certificate after grade 9 and the one from abroad.
SCHOOL_LEFT = N_(
    "Thank you, we have noted this for the advisor. Did you (or your child) get a "
    "certificate before leaving school? Please tap what fits: “{none}”, “{nine}” or "
    "“{abroad}”."
)

#: School, and leaving it, in the six languages as phrase() writes them (no accents,
#: lower case): each pair must stand in the words, the school word first or after.
_SCHOOL = re.compile(
    r"(?<!\w)(?:schule|okul\w*|lise\w*|school|школ\w*|مدرس\w*|المدرس\w*|الدراس\w*|دراس\w*)"
    r"(?!\w)"
)
_LEFT = re.compile(
    r"(?<!\w)(?:abgebrochen|abgebrocht|geschmissen|hingeschmissen|verlassen|abgegangen|geflogen"
    r"|left|quit|dropped|biraktim|birakti|biraktik|terk|ayrildim|ayrildi"
    r"|кинув|кинула|кинули|покинув|покинула|пішов|пішла|تركت|ترك|تركها|طلعت|طلع|وقفت)"
    r"(?!\w)"
)
#: Vietnamese says it in one word pair, no "school" beside it ("bỏ học", "nghỉ học").
_LEFT_VI = re.compile(r"(?<!\w)(?:bo|nghi) hoc(?! nghe)(?!\w)")
#: The most words read: a longer message says more than that (a story for the advisor).
_MOST_WORDS = 8


def school_left(state: State, text: str, ctx: Context, result: Result) -> bool:
    """School said to be left at the certificate question: which of "None yet", grade 9
    or abroad fits is asked; nothing taken, the words kept for the advisor."""
    if state.screen != ScreenId.QUESTION.of(CERTIFICATE.key):
        return False
    said = phrase(text)
    words = said.split()
    if not words or len(words) > _MOST_WORDS or says_not(words):
        return False
    if not ((_SCHOOL.search(said) and _LEFT.search(said)) or _LEFT_VI.search(said)):
        return False
    t = translator(state.lang or "de")
    labels = {
        option.code: option_label(option, t)
        for option in CERTIFICATE.options
        if option.code in (NO_CERTIFICATE, "haupt", FROM_ABROAD)
    }
    return typed.keep_for_advisor(
        text,
        ctx,
        result,
        SCHOOL_LEFT,
        none=labels[NO_CERTIFICATE],
        nine=labels["haupt"],
        abroad=labels[FROM_ABROAD],
    )
