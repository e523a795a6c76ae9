"""A question not understood ("ich verstehe die Frage nicht", "soruyu anlamadım", "ما
فهمت السؤال"): where buttons answer it, the person told to choose what fits best or to
write their question; where words answer it, its plainest words ("Please write the name
of your business."); and the question put again. Before, the words were kept as a
message for the advisor, and the person was left with the question they did not
understand. Pure: state, text and context in, the result changed."""

from __future__ import annotations

from bot.dialogue.moves import in_dialogue
from bot.dialogue.questions import current_question
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.model import Buttons, FreeText
from bot.flows.navigation import ScreenId, split_screen
from bot.i18n import N_

#: Told for "I don't know" typed outside a dialogue ("idk", "bilmiyorum", "не знаю"), and
#: for a question not understood where buttons answer it; the question follows it again.
NOT_SURE = N_(
    "No problem. Please choose below what fits you best, or write your question in your own words."
)

#: "I don't understand (the question)" in the bot's languages (and Russian), whole, as
#: phrase() writes it.
_NOT_UNDERSTOOD = frozenset(
    phrase(said)
    for said in (
        *("ich verstehe die frage nicht", "ich verstehe nicht", "verstehe ich nicht"),
        *("versteh ich nicht", "ich verstehe das nicht", "was meinen sie", "was heißt das"),
        *("wie meinen sie das", "frage nicht verstanden", "i don't understand", "i dont get it"),
        *("i don't understand the question", "i dont understand", "what do you mean"),
        *("i don't get it", "anlamadım", "soruyu anlamadım", "anlamıyorum", "ne demek"),
        *("ne demek istiyorsunuz", "не розумію", "я не розумію", "я не розумію питання"),
        *("не зрозумів", "не зрозуміла", "не понимаю", "я не понимаю", "không hiểu"),
        *("tôi không hiểu", "em không hiểu", "không hiểu câu hỏi", "tôi không hiểu câu hỏi"),
        *("em không hiểu câu hỏi", "ما فهمت", "ما فهمت السؤال", "مش فاهم", "مو فاهم"),
        *("لم أفهم", "لم افهم", "لم أفهم السؤال", "لم افهم السؤال", "ما فهمت شو يعني"),
    )
)


def question_not_understood(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "I don't understand the question" at a question of a lead dialogue: the person told
    how to go on, the question put again (not kept as a message)."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION or not in_dialogue(state):
        return False
    question = current_question(state)
    if not isinstance(question, Buttons | FreeText):
        return False
    if isinstance(question, FreeText) and question.takes_questions:
        return False  # "What is it about?": the words may be the person's question
    if without_politeness(phrase(text)) not in _NOT_UNDERSTOOD:
        return False
    # Where words answer (a name), "choose below" would not fit: the question in its
    # plainest words ("Please write the name of your business."), not stored as the name.
    result.notify(question.error if isinstance(question, FreeText) else NOT_SURE)
    return True
