"""A German course named with its level where the level is asked ("ich mache B1 kurs",
"I'm doing a B1 course", "B1 kursuna gidiyorum", "я на курсі B1", "عم ادرس كورس B1"):
the person is learning towards that level, not at it yet. The level below is tapped and
the words kept for the advisor; before, the course's level was taken as the person's.
A course passed or finished ("B1 Kurs bestanden") is that level, as before. Pure."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.said_young import level_option, levels_typed, tap_level
from bot.dialogue.state import Context, Result, State
from bot.dialogue.two_meanings import ask_which_of
from bot.dialogue.typed_words import phrase
from bot.flows.answers import option_label
from bot.flows.navigation import ScreenId
from bot.flows.young import GERMAN
from bot.i18n import translator
from bot.negation import says_not

#: Beginnings of the words for a course or a class, as phrase() writes them ("Kurs",
#: "kursuna", "course", "курсі", "khóa", "lớp", "كورس", "دورة"); a German compound ends in
#: "kurs" ("Integrationskurs").
_COURSE = tuple(phrase(word) for word in ("kurs", "course", "class", "курс", "khóa", "khoá", "lớp"))
#: A course in Arabic, with "the", "in" joined to it ("بالكورس", "الدورة").
_ARABIC_COURSE = tuple(phrase(word) for word in ("كورس", "دورة"))
#: Words that say the level is being learned ("ich lerne B1", "em đang học B1").
_LEARNING = frozenset(
    phrase(word)
    for word in (
        *("lerne", "learning", "studying", "öğreniyorum", "вчу", "вивчаю", "навчаюся"),
        *("học", "ادرس", "بدرس", "اتعلم", "بتعلم"),
    )
)
#: Words that say the course is behind them, as phrase() writes them ("bestanden",
#: "bitirdim", "закінчила", "خلصت"): its level is reached.
_DONE = frozenset(
    phrase(word)
    for word in (
        *("bestanden", "abgeschlossen", "fertig", "geschafft", "zertifikat", "passed"),
        *("finished", "completed", "certificate", "geçtim", "bitirdim", "sertifika"),
        *("склав", "склала", "закінчив", "закінчила", "сертифікат", "xong", "đạt"),
        *("نجحت", "خلصت", "انهيت", "أنهيت", "شهادة"),
    )
)
#: The most words such an answer is typed in; a longer text is read as a message.
_COURSE_WORDS = 8


def _names_a_course(words: list[str]) -> bool:
    """Whether ``words`` name a course or say the level is being learned."""
    return any(
        word.startswith(_COURSE)
        or word.endswith("kurs")
        or any(course in word for course in _ARABIC_COURSE)
        or word in _LEARNING
        for word in words
    )


def level_in_a_course(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A course of one level named at the German level question: the level below it
    tapped (A1-A2 for a course of A1), the words kept for the advisor."""
    if state.screen != ScreenId.QUESTION.of(GERMAN.key):
        return False
    words = phrase(text).split()
    levels = levels_typed(text)
    if (
        len(levels) != 1
        or len(words) > _COURSE_WORDS
        or not _names_a_course(words)
        or any(word in _DONE for word in words)
    ):
        return False
    return _tap_keeping(state, max(levels.pop() - 1, 0), text, ctx, result)


#: "Or" in the bot's languages, as phrase() writes it: "A2 oder B1" says the person does not
#: know which (no tap), unlike "A2, mache gerade B1".
_OR = frozenset(
    phrase(word)
    for word in ("oder", "or", "veya", "yoksa", "ya", "або", "чи", "أو", "او", "hoặc", "hay")
)


def between_two_levels(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Two levels next to each other at the German level question, the higher one being
    learned or nearly reached ("A2, mache gerade B1", "A2/B1", "B1 fast B2", "A2, зараз
    вчу B1"): the lower one tapped, the words kept for the advisor (a note before, and
    "Please tap one of the buttons below")."""
    if state.screen != ScreenId.QUESTION.of(GERMAN.key):
        return False
    words = phrase(text).split()
    levels = sorted(levels_typed(text))
    if (
        len(levels) != 2
        or levels[1] - levels[0] != 1
        or len(words) > _COURSE_WORDS
        or not _OR.isdisjoint(words)
        or says_not(words)
    ):
        return False
    return _tap_keeping(state, levels[0], text, ctx, result)


def either_of_two_levels(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Two levels joined by "or" at the German level question ("A2 oder B1", "B1 or B2",
    "A2 veya B1"): the person does not know which, so which of the two options is asked,
    naming them (a note and "Please tap one of the buttons below" before)."""
    if state.screen != ScreenId.QUESTION.of(GERMAN.key):
        return False
    words = phrase(text).split()
    levels = sorted(levels_typed(text))
    if len(levels) != 2 or len(words) > _COURSE_WORDS or _OR.isdisjoint(words):
        return False
    codes = [level_option(state, level) for level in levels]
    first, second = codes
    if first is None or second is None or first == second:
        return False
    return ask_which_of(state, GERMAN, (first, second), result)


def _tap_keeping(state: State, level: int, text: str, ctx: Context, result: Result) -> bool:
    """The option of ``level`` (a place in the levels) tapped, ``text`` kept for the
    advisor beside it; False where no option fits."""
    if not tap_level(state, level, ctx, result):
        return False
    code = state.answers.get(GERMAN.key)
    option = next(each for each in GERMAN.options if each.code == code)
    shown = option_label(option, translator(state.lang or "de"))
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=shown)
    return True
