"""No German at all said where the German level is asked ("ich spreche kein Deutsch",
"almanca bilmiyorum", "не знаю німецької", "ما بحكي ألماني", "em không biết tiếng Đức",
"he doesn't speak German"): the lowest level, "A1–A2 (beginner)", and the words kept for
the advisor, who reads that there is none yet. "Almanca bilmiyorum" ("I don't know
German") was "I don't know", the level not known; the others a note, the level asked
again. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from itertools import pairwise

from bot.dialogue.said import tap_keeping_words
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.navigation import ScreenId
from bot.flows.young import GERMAN

#: The German language named, as phrase() writes it.
_GERMAN = frozenset(
    phrase(word)
    for word in (
        *("deutsch", "german", "almanca", "almancası", "almancam", "німецької", "німецькою"),
        *("німецьку", "німецька", "tiếng đức", "ألماني", "الماني", "الألماني", "الألمانية"),
        *("ألمانية", "المانية"),
    )
)
#: "Not", "none" and the verbs that say it in one word ("bilmiyorum": I do not know).
_NOT = frozenset(
    phrase(word)
    for word in (
        *("kein", "keine", "nicht", "nix", "nichts", "no", "not", "dont", "don't", "doesnt"),
        *("doesn't", "cant", "can't", "cannot", "none", "nothing", "bilmiyorum", "bilmiyor"),
        *("bilmiyom", "bilmem", "konuşamıyorum", "konuşamıyor", "konuşmuyorum", "konuşmuyor"),
        *("yok", "не", "ні", "нічого", "không", "chưa", "ما", "مش", "لا", "ولا"),
    )
)
#: "At all": with a "not", no German even where the language goes unnamed ("gar nicht",
#: "hiç bilmiyorum", "зовсім не знаю").
_AT_ALL = frozenset(
    phrase(word)
    for word in (
        *("gar", "überhaupt", "at all", "hiç", "зовсім", "взагалі", "chút nào", "أبدا", "ابدا"),
        "none",
        "nothing",
    )
)
#: The other words said with it: who, the verbs of speaking and knowing, "yet".
_BESIDE = frozenset(
    phrase(word)
    for word in (
        *("ich", "i", "er", "sie", "he", "she", "ben", "o", "я", "він", "вона", "em", "tôi"),
        *("nó", "con", "cháu", "mình", "انا", "أنا", "هو", "هي", "spreche", "spricht", "kann"),
        *("verstehe", "versteht", "noch", "speak", "speaks", "know", "knows", "understand"),
        *("do", "does", "yet", "any", "a", "word", "henüz", "daha", "говорю", "говорить"),
        *("розмовляю", "розмовляє", "знаю", "знає", "ще", "мови", "мову", "nói", "biết"),
        *("được", "hiểu", "بحكي", "بيحكي", "بتحكي", "بعرف", "بيعرف", "بتعرف", "أتكلم"),
        *("اتكلم", "يتكلم", "تتكلم", "لسا", "بعد", "sprechen"),
        # The child named by a parent ("oğlum almanca bilmiyor" was "I don't know", "ابني
        # ما بيحكي الماني" a note).
        *("mein", "meine", "sohn", "tochter", "kind", "my", "son", "daughter", "child"),
        *("oğlum", "kızım", "çocuğum", "мій", "моя", "син", "донька", "дочка", "ابني", "بنتي"),
        *("ابنتي", "trai", "gái", "của"),
    )
)


def says_no_german(text: str) -> bool:
    """Whether ``text``, whole, says that no German is spoken: a "not" with German named,
    or with "at all"; no other words."""
    said = phrase(text)
    words = said.split()
    pairs = {" ".join(pair) for pair in pairwise(words)}
    known = _GERMAN | _NOT | _AT_ALL | _BESIDE
    if not words or not all(
        word in known or any(word in pair.split() for pair in pairs & known) for word in words
    ):
        return False
    named = set(words) | pairs
    return bool(named & _NOT) and bool(named & (_GERMAN | _AT_ALL))


def no_german_said(state: State, text: str, ctx: Context, result: Result) -> bool:
    """No German at all typed at the German level question: "A1–A2 (beginner)", the words
    kept for the advisor (the person told both)."""
    if state.screen != ScreenId.QUESTION.of(GERMAN.key) or not says_no_german(text):
        return False
    beginner = next(each for each in GERMAN.options if each.code == "a")
    return tap_keeping_words(state, beginner, text, ctx, result)
