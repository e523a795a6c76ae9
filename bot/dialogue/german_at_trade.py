"""Speaking German said where the trade is asked ("Ich spreche Deutsch", "I speak German",
"Almanca biliyorum", "Deutsch B1"), or the languages spoken ("ich spreche Deutsch und
Arabisch"): no trade. It was stored as "Trade wanted: Ich spreche Deutsch". The words are
kept for the advisor, the person told kindly that the German level is asked later, and the
trade asked again. Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import loose, phrase
from bot.flows.navigation import ScreenId
from bot.flows.young import GERMAN, TRADE
from bot.i18n import N_

#: Told where speaking German is said at the trade question.
GERMAN_LATER = N_(
    "Thank you, we have noted that for the advisor. The question about German comes a "
    "little later. First, please tap a trade below or write it in a few words."
)

#: How well, in the bot's languages, as phrase() writes it ("gut", "a little", "biraz").
_HOW_WELL = (
    r"(?:gut|sehr gut|etwas|kein|nicht|noch|so|ein bisschen|ein wenig|wenig|kaum|"
    r"fließend|perfekt|schon|auch|"
    r"good|well|very well|fluent|fluently|some|a little|a bit|little|basic|already|also|"
    r"biraz|iyi|çok iyi|az|akıcı|трохи|добре|погано|вільно|вже|"
    r"một chút|chút chút|một ít|tốt|giỏi|khá|được|ít|thôi|rồi|"
    r"شوي|شوية|قليلا|منيح|جيد|جيدا|بطلاقة|كويس|a1|a2|b1|b2|c1|c2)"
)


def _spoken(names: str, ands: str) -> str:
    """One language or a list of them ("Deutsch und Arabisch", "Arabisch, Englisch und ein
    bisschen Deutsch"), each with how well, as phrase() writes it: a young person names
    the languages they speak, German among them or not (stored as the trade before)."""
    one = rf"(?:{names})(?: {_HOW_WELL})*"
    return rf"{one}(?: (?:(?:{ands}) )?(?:{_HOW_WELL} )*{one})*"


#: The languages young people name, in each of the bot's languages (German first).
_GERMAN_NAMES = (
    "deutsch|arabisch|englisch|türkisch|kurdisch|persisch|farsi|dari|russisch|ukrainisch|"
    "vietnamesisch|französisch|polnisch|spanisch|italienisch"
)
_ENGLISH_NAMES = (
    "german|arabic|english|turkish|kurdish|persian|farsi|dari|russian|ukrainian|"
    "vietnamese|french|polish|spanish|italian"
)
_TURKISH_NAMES = "almanca|türkçe|arapça|ingilizce|kürtçe|farsça|rusça|ukraynaca|fransızca"
_UKRAINIAN_NAMES = "|".join(
    f"{stem}{ending}"
    for stem in ("німецьк", "українськ", "англійськ", "російськ", "арабськ", "турецьк")
    for ending in ("ою", "у", "а")
)
_VIETNAMESE_NAMES = "tiếng (?:đức|việt|anh|ả rập|nga|pháp)"
#: Arabic joins "and" to the next word ("عربي وألماني").
_ARABIC_NAMES = (
    "و?(?:ألماني|الألماني|الألمانية|ألمانية|اللغة الألمانية|عربي|العربي|العربية|"
    "انجليزي|إنجليزي|الإنجليزية|الانجليزية|تركي|التركية|كردي|الكردية|فارسي|الفارسية)"
)

#: "I speak German" and its kin, whole, as phrase() writes it (no trade in any of them).
_SPEAKS_GERMAN = re.compile(
    loose(
        "|".join(
            rf"^(?:{pattern})$"
            for pattern in (
                rf"(?:ich )?(?:spreche|kann|verstehe|lerne)(?: {_HOW_WELL})* "
                rf"{_spoken(_GERMAN_NAMES, 'und|sowie')}|mein deutsch ist(?: {_HOW_WELL})+",
                rf"(?:i )?(?:dont |do not |cant |cannot |can not )?"
                rf"(?:speak|know|understand|am learning|m learning|im learning)"
                rf"(?: {_HOW_WELL})* {_spoken(_ENGLISH_NAMES, 'and')}"
                rf"|my german is(?: {_HOW_WELL})+",
                rf"(?:ben )?(?:{_HOW_WELL} )*{_spoken(_TURKISH_NAMES, 've|ile')} "
                rf"(?:biliyorum|konuşuyorum|"
                rf"konuşabiliyorum|öğreniyorum|anlıyorum|bilmiyorum|konuşamıyorum|"
                rf"konuşmuyorum)(?: {_HOW_WELL})*|"
                rf"almancam(?: {_HOW_WELL})*(?: var)?",
                rf"(?:я )?(?:{_HOW_WELL} )*(?:не )?(?:говорю|розмовляю|знаю|вивчаю|вчу|розумію)"
                rf"(?: {_HOW_WELL})* {_spoken(_UKRAINIAN_NAMES, 'і|й|та')}(?: мовою| мову)?"
                rf"(?: {_HOW_WELL})*",
                rf"(?:tôi |em |mình |con )?(?:chưa |không )?(?:biết nói|biết|nói được|nói|học|hiểu)"
                rf"(?: được)? {_spoken(_VIETNAMESE_NAMES, 'và')}",
                rf"(?:أنا |انا )?(?:ما |مش |لا )?"
                rf"(?:بحكي|أحكي|بتكلم|أتكلم|بعرف|أعرف|أتحدث|بفهم|عم اتعلم)"
                rf"(?: {_HOW_WELL})* {_spoken(_ARABIC_NAMES, 'و')}",
                # The language or its level alone ("Deutsch B1", "Almanca", "B1"), or the
                # languages ("Deutsch und Arabisch").
                rf"{_spoken(_GERMAN_NAMES, 'und')}|{_spoken(_ENGLISH_NAMES, 'and')}"
                rf"|(?:almanca|німецька|німецькою|tiếng đức|ألماني|الألمانية)"
                rf"(?: {_HOW_WELL})*|a1|a2|b1|b2|c1|c2",
            )
        )
    )
)


def says_speaks_german(text: str) -> bool:
    """Whether ``text``, whole, says how far the person speaks German (or not) and
    nothing else."""
    return _SPEAKS_GERMAN.search(phrase(text)) is not None


def german_at_the_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Speaking German typed at the trade question: kept for the advisor, the trade asked
    again, told the German level comes later (or, when it was answered already, only
    that the words are kept)."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key) or not says_speaks_german(text):
        return False
    told = typed.KEPT_MESSAGE_TYPING if GERMAN.key in state.answers else GERMAN_LATER
    typed.keep_for_advisor(text, ctx, result, told)
    return True
