"""The apprenticeship named alone at the main menu ("Ausbildung", "Ausbildungsplatz",
"apprenticeship", "meslek eğitimi", "học nghề", "التدريب المهني", "профнавчання"): the
young people's dialogue, whose first question asks whose situation it is and which. Before,
"I have no information page on this" was told, and the one word went to the advisor as a
question. A year or two typed with it ("Ausbildung 2027", "Ausbildung 2027 2028"), or a
Saxon town ("Ausbildungsplatz 2027 Leipzig"), is kept for the advisor; the word with a slip
("ausbidung") is read as the word. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from bot.dialogue import returning, typed, whereabouts
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.navigation import ScreenId
from bot.flows.young import YOUNG

#: The apprenticeship alone, in the bot's languages and as German is borrowed into them, as
#: phrase() writes it without politeness ("Ausbildung bitte").
_APPRENTICESHIP = frozenset(
    without_politeness(phrase(said))
    for said in (
        *("ausbildung", "eine ausbildung", "ausbildungsplatz", "einen ausbildungsplatz"),
        *("ausbildungsstelle", "lehrstelle", "duale ausbildung", "azubi werden"),
        *("apprenticeship", "an apprenticeship", "apprenticeships", "vocational training"),
        *("dual vocational training", "meslek eğitimi", "mesleki eğitim", "çıraklık"),
        *("ikili mesleki eğitim", "học nghề", "đào tạo nghề", "đào tạo nghề kép"),
        *("التدريب المهني", "تدريب مهني", "التدريب المهني المزدوج", "اوسبيلدونغ"),
        *("أوسبيلدونغ", "профнавчання", "професійне навчання", "професійна освіта"),
        *("дуальна освіта", "аусбільдунг"),
        # The short word for an apprentice ("azubi" was "no page"): the dialogue's first
        # question tells a pupil, a seeker and an apprentice apart.
        *("azubi", "als azubi", "ich bin azubi", "bin azubi", "lehrling", "apprentice"),
    )
)
#: A year typed with it ("Ausbildung 2027", "Ausbildung ab 2027", "apprenticeship in
#: 2027": "no page" before), as phrase() writes it; the words go to the advisor.
_YEAR = re.compile(r"20\d\d")
#: Words that only place the year ("ab", "from", "için", "з").
_BEFORE_A_YEAR = frozenset(
    phrase(word)
    for word in ("ab", "im", "in", "für", "from", "for", "starting", "için", "з", "від")
)


#: Words between two years ("2027 oder 2028", "2027/2028", "2027 bis 2028").
_BETWEEN_YEARS = frozenset(
    phrase(word)
    for word in (
        *("oder", "bis", "und", "or", "to", "and", "veya", "ya", "da", "або", "чи"),
        *("hoặc", "أو", "او"),
    )
)
#: The most years typed with it ("Ausbildung 2027 2028": "no page" before).
_MOST_YEARS = 2
#: Words that place a town ("in Leipzig", "bei Dresden", "Raum Chemnitz", "у Лейпцигу").
_BEFORE_A_TOWN = frozenset(
    phrase(word)
    for word in (
        *("in", "im", "bei", "raum", "nähe", "near", "around", "в", "у", "ở", "tại"),
        "في",
    )
)
#: The fewest letters of the one word read with a slip ("ausbidung", "Ausbilding"); a
#: shorter word one letter off is another word.
_SLIP_LETTERS = 8
_SLIPPABLE = frozenset(
    said for said in _APPRENTICESHIP if " " not in said and len(said) >= _SLIP_LETTERS
)


def apprenticeship_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The apprenticeship alone at the main menu: the young people's dialogue begun (with a
    request open, "add to it or new?" asked first)."""
    if state.screen != ScreenId.MENU:
        return False
    said = without_politeness(phrase(text))
    if said in _APPRENTICESHIP or _slipped(said.split()):
        returning.begin(state, ctx, result, YOUNG.key)
        return True
    words = said.split()
    years = [word for word in words if _YEAR.fullmatch(word)]
    rest = [
        word
        for word in words
        if word not in years and word not in _BEFORE_A_YEAR and word not in _BETWEEN_YEARS
    ]
    if len(years) > _MOST_YEARS or not _apprenticeship_in_a_town(rest, bool(years)):
        return False
    returning.begin(state, ctx, result, YOUNG.key)
    # The years and the town matter to the advisor; the dialogue asks no start, and the
    # postal code comes later (the town was a page of offices, the wish lost).
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_FOR_ADVISOR)
    return True


def _apprenticeship_in_a_town(words: list[str], with_years: bool) -> bool:
    """Whether ``words`` are the apprenticeship and a Saxon town, in either order, or with
    ``with_years`` the apprenticeship alone."""
    for cut in range(1, len(words) + 1):
        head, tail = words[:cut], words[cut:]
        if _named(head) and (_a_town(tail) or (with_years and not tail)):
            return True
        if _a_town(head) and _named(tail):
            return True
    return False


def _named(words: list[str]) -> bool:
    """Whether ``words`` name the apprenticeship, the one word with a slip too."""
    return " ".join(words) in _APPRENTICESHIP or _slipped(words)


def _slipped(words: list[str]) -> bool:
    """Whether ``words`` are one long word of the apprenticeship a letter off ("ausbidung")."""
    return len(words) == 1 and any(OSA.distance(words[0], own) <= 1 for own in _SLIPPABLE)


def _a_town(words: list[str]) -> bool:
    """Whether ``words`` name a Saxon town, after a word that places it or not ("Leipzig",
    "in Bad Schandau")."""
    if words and words[0] in _BEFORE_A_TOWN:
        words = words[1:]
    town = " ".join(words)
    return bool(town) and whereabouts.is_a_town(town) and whereabouts.names_a_saxon_town(town)
