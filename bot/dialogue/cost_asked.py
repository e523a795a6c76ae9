"""What the advice costs, asked by a business owner during the dialogue (at its consent
too) or on the summary ("kostet das was?", "ücretli mi?", "це платно?", "có mất phí
không?", "هل هذا مجاني؟"): answered at once, that the advice is free for small and
medium-sized businesses in Saxony (domain facts), and kept for the advisor too. Before,
only "the advisor will answer it personally" was said. Young people's dialogues keep it
for the advisor as before: the facts say so of businesses only. Pure: state, text and
context in, the person told."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.moves import in_dialogue
from bot.dialogue.questions import current_question
from bot.dialogue.state import Context, Result, State
from bot.faq.matcher import asks_the_advice_cost
from bot.flows.business import BUSINESS, NEEDS
from bot.flows.model import FreeText
from bot.flows.navigation import ScreenId, split_screen
from bot.i18n import N_

#: Told where buttons answer the step (a question, the summary).
COST_FREE = N_(
    "Our advice is free of charge for small and medium-sized businesses in Saxony. We "
    "have also noted your question for the advisor. Please tap one of the buttons below "
    "to continue."
)
#: Told where the step asks for words (the business's name, a name).
COST_FREE_TYPING = N_(
    "Our advice is free of charge for small and medium-sized businesses in Saxony. We "
    "have also noted your question for the advisor. Please answer the question below to "
    "continue."
)


def advice_cost_answered(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The advice's cost asked in a business owner's dialogue: told it is free."""
    if state.flow != BUSINESS.key or not in_dialogue(state):
        return False
    if state.screen == ScreenId.QUESTION.of(NEEDS.key):
        # "Kosten?" there is "Costs and training pay", its button's words.
        return False
    screen_id, _ = split_screen(state.screen)
    if screen_id not in (ScreenId.QUESTION, ScreenId.CONSENT, ScreenId.SUMMARY):
        return False
    if not asks_the_advice_cost(text, state.lang or "de"):
        return False
    asks_words = screen_id is ScreenId.QUESTION and isinstance(current_question(state), FreeText)
    typed.keep_for_advisor(text, ctx, result, COST_FREE_TYPING if asks_words else COST_FREE)
    return True
