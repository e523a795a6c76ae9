"""A language asked for in words, in a dialogue or at the main menu ("auf Deutsch
bitte", "in English please", "німецькою, будь ласка", "بالألماني لو سمحت", "tiếng Đức
được không", "Almanca lütfen"): the bot's language changed, as /language does, and the
step shown again in it. Before, the words were stored as the answer ("auf Deutsch bitte"
as the trade wanted), kept for the advisor while the bot went on in the old language, or
at the menu opened the page on German courses. Pure."""

from __future__ import annotations

import re

from bot.dialogue.state import State
from bot.dialogue.typed_words import phrase
from bot.flows.contact import CALLBACK_LANGUAGE
from bot.flows.navigation import ScreenId

#: Each language's names as people type them to ask for it, as phrase() writes them. The
#: forms that say "in …" themselves (Ukrainian "німецькою", Arabic "بالألماني") are in
#: _IN_ITSELF too. Arabic names a language without its article too ("عربي", most often).
_NAMES = {
    "de": (
        *("deutsch", "german", "almanca", "німецька", "німецькою", "الالمانية", "الالماني"),
        "الماني",
    ),
    "en": (
        *("englisch", "english", "ingilizce", "англійська", "англійською", "الانجليزية"),
        "انجليزي",
    ),
    "uk": ("ukrainisch", "ukrainian", "ukraynaca", "українська", "українською", "الاوكرانية"),
    "ar": ("arabisch", "arabic", "arapca", "арабська", "арабською", "العربية", "العربي", "عربي"),
    "tr": ("turkisch", "turkish", "turkce", "турецька", "турецькою", "التركية", "التركي", "تركي"),
    "vi": ("vietnamesisch", "vietnamese", "vietnamca", "вєтнамська", "вєтнамською"),
}
_IN_NAMES = {
    "de": ("بالالمانية", "بالالماني", "tiếng đức"),
    "en": ("بالانجليزية", "بالانجليزي", "بالانكليزي", "tiếng anh"),
    "uk": ("بالاوكرانية", "tiếng ukraina", "tiếng ukraine"),
    "ar": ("بالعربية", "بالعربي", "tiếng ả rập"),
    "tr": ("بالتركية", "بالتركي", "tiếng thổ nhĩ kỳ"),
    "vi": ("بالفيتنامية", "بالفيتنامي", "tiếng việt"),
}
#: Every name, as phrase() writes it, and its language's code.
_LANGUAGE_OF = {
    phrase(name): code
    for table in (_NAMES, _IN_NAMES)
    for code, names in table.items()
    for name in names
}
#: Names that say "in …" themselves, as phrase() writes them.
_IN_ITSELF = frozenset(
    {phrase(name) for names in _IN_NAMES.values() for name in names}
    | {phrase(name) for names in _NAMES.values() for name in names if name.endswith("ою")}
)
_NAME = "|".join(sorted(map(re.escape, _LANGUAGE_OF), key=len, reverse=True))
#: A request said before the name ("bitte auf Deutsch", "can we speak English", "можна
#: українською"), or "in", and after it ("Deutsch bitte", "Almanca lütfen", "لو سمحت").
_ASKED = re.compile(
    r"(?P<before>(?:(?:bitte|please|lutfen|можна|можно|будь ласка|ممكن|rica etsem"
    r"|(?:can|could) (?:we|you)(?: speak| talk| continue| write)?(?: in)?"
    r"|(?:konnen|kannst) (?:wir|sie|du)(?: auf)?|sprechen sie|sprichst du|noi|nói) )*"
    r"(?:auf |in |на |по |bằng |bang )?)"
    rf"(?P<name>{_NAME})"
    r"(?P<after>(?: (?:bitte|please|lutfen|konusalim|konuşalım|будь ласка|пожалуйста"
    r"|لو سمحت|من فضلك|duoc khong|nhe|a|sprechen|weiter|speak|continue))*)"
)


#: The longest request for a language ("können wir bitte auf Deutsch weiter sprechen"):
#: longer words are a message, and are not matched on every typed message.
_LONGEST = 60


def _named(text: str) -> re.Match[str] | None:
    """``text`` as a language's name, alone or asked for, or None."""
    # Read for every message typed after a request: a long one is not written out first.
    if len(text) > 2 * _LONGEST:
        return None
    said = phrase(text)
    if len(said) > _LONGEST:
        return None
    return _ASKED.fullmatch(said)


def language_named(text: str) -> str | None:
    """The code of the language ``text`` names, alone or asked for ("arabic", "عربي",
    "Türkisch bitte"), or None: on the language choice, that choice."""
    found = _named(text)
    return _LANGUAGE_OF[found.group("name")] if found else None


def language_asked(text: str) -> str | None:
    """The code of the language ``text`` asks the bot to speak, or None. A name alone
    ("Deutsch") asks nothing: it may answer a question ("Which language?")."""
    found = _named(text)
    if found is None:
        return None
    name = found.group("name")
    if not (found.group("before") or found.group("after") or name in _IN_ITSELF):
        return None
    return _LANGUAGE_OF[name]


#: The screens where a language named answers a question.
_LANGUAGE_ANSWERED = frozenset(
    {ScreenId.QUESTION.of(CALLBACK_LANGUAGE.key), ScreenId.SUMMARY, ScreenId.LANG}
)


def language_changed(state: State, text: str) -> bool:
    """A language asked for in words: the bot's language changed to it and the step (the
    main menu too: "auf Deutsch bitte" opened the page on German courses) shown again in
    it. Not where a language may be an answer: the conversation's language, asked or on
    the summary ("auf Deutsch bitte" for the advisor's call), nor on the language choice,
    which reads it itself."""
    if state.screen in _LANGUAGE_ANSWERED:
        return False
    code = language_asked(text)
    if code is None:
        return False
    state.lang = code
    return True
