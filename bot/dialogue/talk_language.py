"""The language of the talk typed on the summary ("lieber auf Türkisch", "Türkçe
konuşalım", "بالعربي", "nói tiếng Việt", "українською", "in English please"): the
preferred language's new answer, as if its ✏️ had been tapped. It was a note for the
advisor, and the lead took the chat's language. Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import change_answer
from bot.dialogue.typed_words import phrase
from bot.flows.contact import CALLBACK_LANGUAGE
from bot.flows.navigation import ADDING, ScreenId, find_question, flow_named

#: Each language's names as people type them for the talk, as phrase() writes them.
_NAMES: dict[str, str] = {
    phrase(said): code
    for code, saids in (
        (
            "de",
            ("deutsch", "german", "almanca", "الألمانية", "بالألماني", "بالالماني"),
        ),
        ("de", ("tiếng đức", "німецькою", "німецька")),
        ("tr", ("türkisch", "turkish", "türkçe", "التركية", "بالتركي", "tiếng thổ nhĩ kỳ")),
        ("tr", ("турецькою", "турецька")),
        ("ar", ("arabisch", "arabic", "arapça", "العربية", "بالعربي", "بالعربية", "عربي")),
        ("ar", ("tiếng ả rập", "арабською", "арабська")),
        ("vi", ("vietnamesisch", "vietnamese", "vietnamca", "الفيتنامية", "بالفيتنامي")),
        ("vi", ("tiếng việt", "в'єтнамською", "в'єтнамська")),
        ("uk", ("ukrainisch", "ukrainian", "ukraynaca", "الأوكرانية", "بالأوكراني")),
        ("uk", ("tiếng ukraina", "українською", "українська", "по-українськи")),
        ("en", ("englisch", "english", "ingilizce", "الإنجليزية", "بالإنجليزي", "بالانجليزي")),
        ("en", ("الانجليزية", "tiếng anh", "англійською", "англійська")),
    )
    for said in saids
}
#: The most words of a language's name ("tiếng thổ nhĩ kỳ").
_NAME_WORDS = max(len(name.split()) for name in _NAMES)
#: Words that may stand beside the name and say nothing else ("lieber auf …", "… bitte",
#: "konuşalım", "بدي الحكي …", "nói …", "краще …"), as phrase() writes them.
_AROUND = frozenset(
    phrase(said)
    for said in (
        *("lieber", "auf", "bitte", "gern", "gerne", "sprache", "gespräch", "das", "im"),
        *("in", "please", "rather", "preferably", "language", "the", "talk", "conversation"),
        *("konuşalım", "konuşmak", "istiyorum", "tercihen", "lütfen", "dil", "dilinde", "ile"),
        *("بدي", "الحكي", "أفضل", "افضل", "اللغة", "احكي", "نحكي", "nói", "bằng", "muốn"),
        *("tôi", "em", "ngôn ngữ", "ạ", "nhé", "краще", "будь", "ласка", "мова", "говорити"),
        *("хочу", "спілкуватися", "розмова"),
    )
)


def talk_language_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A language named for the talk on the summary, and nothing else: the preferred
    language's answer, the person told (or told it is noted, where it was already)."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers or "?" in text:
        return False
    flow = flow_named(state.flow)
    if flow is None or find_question(flow, CALLBACK_LANGUAGE.key) is None:
        return False
    words = phrase(text).split()
    named = {
        (at, size): _NAMES[" ".join(words[at : at + size])]
        for size in range(1, _NAME_WORDS + 1)
        for at in range(len(words) - size + 1)
        if " ".join(words[at : at + size]) in _NAMES
    }
    codes = set(named.values())
    if len(codes) != 1:
        return False
    covered = {at + i for at, size in named for i in range(size)}
    if any(word not in _AROUND for at, word in enumerate(words) if at not in covered):
        return False
    change_answer(state, CALLBACK_LANGUAGE, codes.pop(), ctx, result)
    return True
