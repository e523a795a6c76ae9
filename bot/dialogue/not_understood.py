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
from bot.flows.model import Buttons, FreeText, PostalCode
from bot.flows.navigation import ScreenId, split_screen
from bot.i18n import N_

#: Told for "I don't know" typed outside a dialogue ("idk", "bilmiyorum", "не знаю"), and
#: for a question not understood where buttons answer it; the question follows it again.
NOT_SURE = N_(
    "No problem. Please choose below what fits you best, or write your question in your own words."
)

#: Told for a postal code question not understood ("anlamadım", "не розумію", "ما
#: فهمت", "was ist PLZ?"): what a postal code is, and the other ways on; the question
#: follows it again. "I could not find this place" before: the words read as a town's.
POSTAL_CODE_EXPLAINED = N_(
    "No problem. The postal code (Postleitzahl, PLZ) is the five-digit number before the "
    "name of the town in an address, for example 04109 Leipzig. You can also write the "
    "name of your town, or tap the button below if you don't know the postal code."
)

#: "What is a postal code?" in the bot's languages, whole, as phrase() writes it: asked
#: only where the postal code is.
_WHAT_IS_A_POSTAL_CODE = frozenset(
    phrase(said)
    for said in (
        *("was ist plz", "was ist eine plz", "was ist die plz", "was ist postleitzahl"),
        *("was ist eine postleitzahl", "was ist das", "what is plz", "what is a plz"),
        *("what is a postal code", "what is postal code", "what is that", "plz nedir"),
        *("posta kodu nedir", "o ne", "bu ne", "що таке plz", "що таке індекс"),
        *("що таке поштовий індекс", "що це", "mã bưu chính là gì", "plz là gì", "là gì"),
        *("ما هو الرمز البريدي", "شو يعني plz", "ما هو plz", "شو يعني", "ما معنى plz"),
    )
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
        # "What?" alone, as a teenager types it back at a question ("was?", "ne?", "شو؟"):
        # at "Which trade?" it was stored as the trade wished, "was".
        *("was", "hä", "häh", "wie bitte", "wie", "was denn", "was meinst du", "what", "huh"),
        *("sorry what", "pardon", "ne", "ne yani", "ne demek yani", "nasıl yani", "شو"),
        *("ايش", "إيش", "شنو", "ماذا", "يعني شو", "shu", "sho", "eh", "що", "шо", "га"),
        *("що саме", "gì", "cái gì", "hả", "là sao"),
    )
)


def question_not_understood(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "I don't understand the question" at a question of a lead dialogue: the person told
    how to go on, the question put again (not kept as a message)."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION or not in_dialogue(state):
        return False
    question = current_question(state)
    said = without_politeness(phrase(text))
    if isinstance(question, PostalCode):
        # "plz" is also "please", which without_politeness() drops: "was ist plz" whole.
        asked = {said, phrase(text)} & _WHAT_IS_A_POSTAL_CODE
        if said not in _NOT_UNDERSTOOD and not asked:
            return False
        result.notify(POSTAL_CODE_EXPLAINED)
        return True
    if not isinstance(question, Buttons | FreeText):
        return False
    if isinstance(question, FreeText) and question.takes_questions:
        return False  # "What is it about?": the words may be the person's question
    if said not in _NOT_UNDERSTOOD:
        return False
    # Where words answer (a name), "choose below" would not fit: the question in its
    # plainest words ("Please write the name of your business."), not stored as the name.
    result.notify(question.error if isinstance(question, FreeText) else NOT_SURE)
    return True
