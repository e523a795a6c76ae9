"""The apprenticeship named alone at the main menu ("Ausbildung", "Ausbildungsplatz",
"apprenticeship", "meslek eğitimi", "học nghề", "التدريب المهني", "профнавчання"): the
young people's dialogue, whose first question asks whose situation it is and which. Before,
"I have no information page on this" was told, and the one word went to the advisor as a
question. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue import returning
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
    )
)


def apprenticeship_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The apprenticeship alone at the main menu: the young people's dialogue begun (with a
    request open, "add to it or new?" asked first)."""
    if state.screen != ScreenId.MENU:
        return False
    if without_politeness(phrase(text)) not in _APPRENTICESHIP:
        return False
    returning.begin(state, ctx, result, YOUNG.key)
    return True
