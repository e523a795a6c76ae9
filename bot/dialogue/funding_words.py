"""Funding asked for where a business owner is asked what they need help with
("finanzielle Unterstützung", "financial support", "maddi destek", "фінансова
підтримка", "hỗ trợ tài chính", "الدعم المالي"). No option names funding ("Förderung"
stays the owner's words, bot.flows.business): these words are "Something else" in them
too. Before, the "support" among them was taken for "Support during training", help
with the apprentice. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue.questions import answer_typed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.business import NEEDS
from bot.flows.navigation import ScreenId

#: Money said of the help ("financial", "maddi", "фінансова", "tài chính", "المالي"), as
#: phrase() writes it.
_MONEY = tuple(
    phrase(said)
    for said in (
        *("finanziell", "finanzielle", "finanziellen", "financial", "maddi", "mali"),
        *("parasal", "фінансова", "фінансову", "фінансової", "финансовая"),
        *("tài chính", "المالي", "مالي", "المالية", "مالية"),
    )
)
#: The most words funding is asked for in here; a longer text names more than that.
_MOST_WORDS = 4


def funding_asked(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Money said in a few words at the needs question: "Something else" in those words."""
    if state.screen != ScreenId.QUESTION.of(NEEDS.key):
        return False
    said = phrase(text)
    if len(said.split()) > _MOST_WORDS or not any(f" {m} " in f" {said} " for m in _MONEY):
        return False
    return answer_typed(state, NEEDS, text, result)
