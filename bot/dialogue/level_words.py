"""A German level said as "good" where it is asked ("gut", "iyi", "добре", "جيد", "tốt",
"mein Deutsch ist gut"): good may be B1 or B2, so which of the two is asked, naming
them, rather than "Please tap one of the buttons below"; nothing is guessed. Pure:
state, text and context in, the person told."""

from __future__ import annotations

import re

from bot.dialogue.listed_words import listed_words
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.state import Context, Result, State
from bot.dialogue.two_meanings import ask_which_of
from bot.dialogue.typed_words import phrase
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import GERMAN
from bot.negation import says_not

#: "Good" in the bot's languages (and Russian, and spoken Arabic), as phrase() writes it.
_GOOD = frozenset(
    phrase(word)
    for word in (
        *("gut", "good", "iyi", "добре", "хорошо", "добра", "хороша"),
        *("جيد", "جيدة", "جيده", "كويس", "منيح", "منيحة", "كويسة"),
        *("tốt", "giỏi", "ok gut", "gut genug"),
        "good enough",
    )
)
#: "OK" said of one's German ("my German is ok", "mein Deutsch ist ok", "німецька ок"; "idare
#: eder" is B1), as phrase() writes it: a beginner's A2 or B1, so which is asked
#: (a note and "Please tap one of the buttons below" before). Alone, "ok" says no level.
_OK = frozenset(
    phrase(word)
    for word in (
        *("ok", "okay", "okey", "oke", "okej", "geht", "tamam", "ок", "окей"),
        *("اوكي", "أوكي", "اوك", "ổn"),
        # "Fine", "normal" as it agrees with "німецька" ("her German is fine", "моя
        # німецька нормальна"): a note and "Please tap one of the buttons below" before.
        *("fine", "нормальна", "нормальний", "нормальная", "нормальный"),
    )
)
#: The German language named ("Deutsch", "Almancam", "німецька", "الألمانية", "tiếng
#: Đức"), and as teenagers misspell it ("deutsh", "deutch"), as phrase() writes them: on
#: the summary "gut" alone says the details are right, "mein Deutsch ist gut" a level.
_GERMAN_NAMED = frozenset(
    phrase(word)
    for word in (
        *("deutsch", "deutsh", "deutch", "deusch", "german", "almanca", "almancam"),
        *("almancası", "німецька", "німецьку", "німецькою", "немецкий", "đức"),
        *("الألمانية", "الماني", "ألماني", "الألماني", "المانيتي", "المانيتو", "المانيته"),
        "المانيتها",
    )
)
#: The words around "good" that only say what is good ("mein Deutsch ist gut", "Almancam
#: iyi", "моя німецька добре", "لغتي الألمانية جيدة", "tiếng Đức của em tốt").
_ABOUT_MY_GERMAN = frozenset(
    phrase(word)
    for word in (
        *("mein", "deutsch", "ist", "ich", "spreche", "my", "german", "is", "i", "speak"),
        *("deutsh", "deutch", "deusch"),
        *("almancam", "almanca", "almancamız", "benim", "konuşuyorum", "moja", "моя", "німецька"),
        *("я", "розмовляю", "говорю", "мова", "لغتي", "الألمانية", "الالمانية", "المانيتي"),
        *("أتكلم", "اتكلم", "tiếng", "đức", "của", "em", "tôi", "mình", "nói"),
        # "I know" ("слабко знаю німецьку", "em biết ít tiếng Đức").
        *("знаю", "німецьку", "biết"),
        # A parent's of the child's ("sein Deutsch ist gut", "його німецька добре").
        *("sein", "ihr", "his", "her", "onun", "його", "її", "con"),
        # And with "he", "she" and their verb ("sie spricht gut Deutsch", "almancası
        # iyi", "вона добре розмовляє німецькою", "لغتها الألمانية جيدة", "tiếng Đức của
        # nó tốt"): a message, and "Please tap one of the buttons below" before.
        *("er", "sie", "spricht", "he", "she", "speaks", "almancası", "kızımın", "oğlumun"),
        # "Can" ("ich kann bisschen Deutsch", "biraz konuşabiliyor", "em nói được chút
        # chút", "بيعرف شوي"): a message, and "Please tap one of the buttons below" before.
        *("kann", "can", "speak", "konuşabiliyorum", "konuşabiliyor", "можу", "може"),
        *("بيعرف", "بتعرف", "بعرف"),
        # "Knows", as a parent types it ("biraz biliyor", "iyi biliyor", "знає трохи"): a
        # message, and "Please tap one of the buttons below" before.
        *("biliyor", "biliyorum", "знає"),
        *("konuşuyor", "він", "вона", "розмовляє", "говорить", "німецькою", "لغته", "لغتها"),
        *("يتكلم", "تتكلم", "بيحكي", "بتحكي", "بحكي", "الماني", "nó", "cháu"),
        # Levantine "his", "her", "my" after the language ("الماني تبعو منيح").
        *("تبعو", "تبعه", "تبعها", "تبعي", "ألماني", "الألماني", "المانيتو", "المانيته"),
        "المانيتها",
    )
)


#: Levels said in other words than the options' own ("sehr schlecht", "not so good":
#: a beginner's; "normal": the middle), as phrase() writes them, whole: "Please tap one of
#: the buttons below" before.
_SAID_LEVELS = {
    **dict.fromkeys(
        (
            phrase(said)
            for said in (
                *("sehr schlecht", "nicht so gut", "nicht sehr gut", "noch nicht gut"),
                *("not so good", "not very well", "very bad", "only basic", "basic"),
                *("çok kötü", "pek iyi değil", "çok iyi değil", "дуже погано", "не дуже добре"),
                *("rất kém", "không tốt lắm", "chưa tốt lắm", "سيئة جدا", "سيئة جدًا", "مو منيح"),
                *("مش كويس", "مش منيح", "ليست جيدة"),
                # "Weakly", "a little" ("слабко знаю німецьку", "em biết ít tiếng Đức"):
                # kept as words for the advisor before, the level asked again.
                *("слабко", "слабо", "слабка", "слабкий", "ít", "rất ít", "hơi ít"),
                # "Hardly", "a little bit" as teenagers type it ("kaum", "azcık", "chut it").
                *("kaum", "little bit", "a little bit", "abit", "hardly", "azcık", "chút ít"),
                # "Not much", "a wee bit", "still weak" ("مو كتير", "трошки", "còn yếu"),
                # and Arabic's "a little" in Latin letters ("shwayy"): a note before.
                *("مو كتير", "مش كتير", "مش كثير", "مو كثير", "трошки", "трішечки"),
                *("còn yếu", "yếu", "hơi yếu", "shwayy", "shway", "shwaye", "shwaya"),
            )
        ),
        "a",
    ),
    **dict.fromkeys(
        (phrase(said) for said in ("normal", "ganz normal", "average", "عادي", "عادية")), "b1"
    ),
}


#: Vietnamese "can speak", as phrase() writes it.
_CAN_SPEAK = re.compile(rf"\b{phrase('nói được')}\b")


def good_level(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Good" typed where the German level is asked: "B1 or B2 or better?" asked, "OK"
    said of one's German "B1 or A1–A2?"; a level said in other words (_SAID_LEVELS) is
    its tap."""
    if state.screen != ScreenId.QUESTION.of(GERMAN.key):
        return False
    # "nói được" ("can speak"), not the "được" of "tạm được" ("so-so").
    words = _CAN_SPEAK.sub(phrase("nói"), phrase(text)).split()
    rest = [word for word in words if word not in _ABOUT_MY_GERMAN]
    level = _SAID_LEVELS.get(" ".join(rest))
    if level is None and rest and len(rest) < len(words):
        # "mein Deutsch geht so", "Almancam orta", "tiếng Đức em tạm được", "моя німецька
        # середня": an option's own words, said of one's German (a message before).
        level = _said_by_an_option(" ".join(rest), state.lang or "de")
    if level is not None and Code.OPTION.of(level) in codes_of(state):
        tap(state, Code.OPTION.of(level), ctx, result)
        return True
    said = " ".join(rest)
    ok = said in _OK and len(rest) < len(words)
    if says_not(words) or not (said in _GOOD or ok):
        return False
    return ask_which_of(state, GERMAN, ("b1", "a") if ok else ("b1", "b2"), result)


def _said_by_an_option(said: str, lang: str) -> str | None:
    """The code of the German level option whose own words (its ``said``, in ``lang`` or
    German) are ``said``, as phrase() writes them; else None."""
    for option in GERMAN.options:
        if option.said is None:
            continue
        if said in listed_words(option.said, lang):
            return option.code
    return None


def good_level_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Mein Deutsch ist gut", "my German is ok" typed on the summary: the German question
    opened, as its ✏️ does, and which level asked there, as good_level() asks at the
    question (a note and "Please tap one of the buttons below" before, the old level
    sent). Only with the language named: "gut" alone says the details are right."""
    edit = Code.EDIT.of(GERMAN.key)
    if state.screen != ScreenId.SUMMARY or edit not in codes_of(state):
        return False
    if _GERMAN_NAMED.isdisjoint(phrase(text).split()):
        return False
    trial = state.copy()
    tap(trial, edit, ctx, Result(trial))
    asked = Result(trial)
    if not good_level(trial, text, ctx, asked) or trial.screen != ScreenId.QUESTION.of(GERMAN.key):
        # A level named outright is the summary's own change (answer_changed).
        return False
    tap(state, edit, ctx, result)
    return good_level(state, text, ctx, result)
