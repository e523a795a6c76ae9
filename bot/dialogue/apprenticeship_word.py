"""The apprenticeship named alone at the main menu ("Ausbildung", "Ausbildungsplatz",
"apprenticeship", "meslek eğitimi", "học nghề", "التدريب المهني", "профнавчання"): the
young people's dialogue, whose first question asks whose situation it is and which. Before,
"I have no information page on this" was told, and the one word went to the advisor as a
question. A year typed with it ("Ausbildung 2027") is kept for the advisor. Pure: state,
text and context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue import returning, typed
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


def apprenticeship_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The apprenticeship alone at the main menu: the young people's dialogue begun (with a
    request open, "add to it or new?" asked first)."""
    if state.screen != ScreenId.MENU:
        return False
    said = without_politeness(phrase(text))
    if said in _APPRENTICESHIP:
        returning.begin(state, ctx, result, YOUNG.key)
        return True
    words = said.split()
    years = [word for word in words if _YEAR.fullmatch(word)]
    rest = " ".join(word for word in words if word not in years and word not in _BEFORE_A_YEAR)
    if len(years) != 1 or rest not in _APPRENTICESHIP:
        return False
    returning.begin(state, ctx, result, YOUNG.key)
    # The year matters to the advisor; the dialogue asks no start.
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_FOR_ADVISOR)
    return True
