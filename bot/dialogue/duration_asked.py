"""How long it takes, asked during a dialogue ("wie lange dauert das?", "how long does it
take?", "ne kadar sürer?", "скільки це триває?", "mất bao lâu?", "كم يستغرق ذلك؟"):
answered at once with the lengths the domain facts state, the apprenticeship's (2 to 3.5
years) and, in a business owner's dialogue, the trainer exam's (AEVO: about 3 hours
written, at most 30 minutes practical), and kept for the advisor too. Before, only "the
advisor will answer it personally" was said. A length no fact states (a course's, the
final exam's, until the advisor calls; "it" asked on the summary) stays the advisor's.
Pure: state, text and context in, the person told."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.moves import in_dialogue
from bot.dialogue.questions import current_question
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.ask import ASK
from bot.flows.business import BUSINESS
from bot.flows.model import FreeText
from bot.flows.navigation import ScreenId, split_screen
from bot.i18n import N_

#: The apprenticeship's length (domain facts: "Training lasts 2-3.5 years").
TRAINING_LENGTH = N_("An apprenticeship (Ausbildung) usually takes 2 to 3.5 years.")
#: The trainer exam's (domain facts: "written part (about 3 hours) and practical part (at
#: most 30 minutes)").
AEVO_LENGTH = N_(
    "The trainer exam (AEVO) has a written part (about 3 hours) and a practical part (at "
    "most 30 minutes)."
)
#: Told after them where buttons answer the step (a question, the summary) ...
NOTED_TOO = N_(
    "We have also noted your question for the advisor. Please tap one of the buttons "
    "below to continue."
)
#: ... and where the step asks for words (the business's name, a name).
NOTED_TOO_TYPING = N_(
    "We have also noted your question for the advisor. Please answer the question below "
    "to continue."
)

#: "How long" in the bot's languages, as phrase() writes it.
_HOW_LONG = tuple(
    phrase(said)
    for said in (
        *("wie lange", "wie lang", "wie viel zeit", "wieviel zeit", "wie viele jahre"),
        *("how long", "how many years", "how much time"),
        *("ne kadar sürer", "ne kadar sürüyor", "ne kadar süre", "ne kadar zaman", "kaç yıl"),
        *("kaç sene", "süresi ne kadar", "süresi nedir"),
        *("скільки триває", "скільки це триває", "як довго", "скільки часу", "скільки років"),
        *("bao lâu", "mấy năm", "bao nhiêu năm"),
        *("كم يستغرق", "كم تستغرق", "كم مدة", "كم المدة", "ما مدة", "ما هي مدة", "قديش بياخد"),
        *("قديش مدة", "كم سنة"),
    )
)

#: Words that name nothing beside "how long" ("das", "it", "bu", "це", "nó", "ذلك"), and
#: the verbs of taking time, as phrase() writes them.
_NAMING_NOTHING = frozenset(
    phrase(word)
    for word in (
        *("das", "es", "dauert", "denn", "ungefähr", "etwa", "hallo", "bitte", "so", "ist"),
        *("it", "this", "that", "does", "do", "take", "takes", "is", "will", "roughly"),
        *("about", "hi", "please", "bu", "o", "bunun", "sürer", "sürüyor", "peki"),
        *("це", "воно", "триває", "займає", "а"),
        *("nó", "cái", "này", "thì", "mất", "ạ", "vậy", "thường"),
        *("ذلك", "هذا", "يستغرق", "تستغرق", "بياخد", "هاد", "هذه"),
    )
)
#: Words that name the apprenticeship ...
_TRAINING = frozenset(
    phrase(word)
    for word in (
        *("ausbildung", "die", "lehre", "apprenticeship", "the", "an", "training"),
        *("çıraklık", "eğitim", "eğitimi", "meslek", "çıraklığı", "навчання", "профнавчання"),
        *("học", "nghề", "đào", "tạo", "việc", "التدريب", "تدريب", "المهني", "مهني"),
    )
)
#: ... and the trainer exam.
_AEVO = frozenset(
    phrase(word)
    for word in (
        *("aevo", "ausbildereignung", "ausbildereignungsprüfung", "ausbilderschein", "die"),
        *("prüfung", "the", "trainer", "exam", "sınavı", "sınav", "іспит", "kỳ", "thi"),
        *("امتحان",),
    )
)
_AEVO_NAMED = frozenset(
    phrase(word)
    for word in ("aevo", "ausbildereignung", "ausbildereignungsprüfung", "ausbilderschein")
)


#: Both lengths, told where "it" is asked in a business owner's dialogue.
_BOTH = (TRAINING_LENGTH, AEVO_LENGTH)


def duration_answered(state: State, text: str, ctx: Context, result: Result) -> bool:
    """How long it takes, asked in a dialogue: the lengths the facts state, and the
    question kept for the advisor."""
    if not in_dialogue(state) or state.flow == ASK.key:
        return False
    screen_id, _ = split_screen(state.screen)
    if screen_id not in (ScreenId.QUESTION, ScreenId.CONSENT, ScreenId.SUMMARY):
        return False
    facts = _facts_asked(text, business=state.flow == BUSINESS.key)
    if not facts or (facts == _BOTH and screen_id is not ScreenId.QUESTION):
        # "Wie lange dauert das?" on the summary asks, as often as not, how long until the
        # advisor calls; at the consent, how long the data are kept: the advisor's.
        return False
    for fact in facts:
        result.notify(fact)
    asks_words = screen_id is ScreenId.QUESTION and isinstance(current_question(state), FreeText)
    typed.keep_for_advisor(text, ctx, result, NOTED_TOO_TYPING if asks_words else NOTED_TOO)
    return True


def _facts_asked(text: str, business: bool) -> tuple[str, ...]:
    """The lengths ``text`` asks, of those the facts state: the apprenticeship's when it is
    named, the trainer exam's when it is named in a business owner's dialogue, both when
    "it" is asked ("wie lange dauert das?"); none when it asks anything else."""
    said = phrase(text)
    found = next((each for each in _HOW_LONG if f" {each} " in f" {said} "), None)
    if found is None:
        return ()
    rest = f" {said} ".replace(f" {found} ", " ", 1).split()
    words = [word for word in rest if word not in _NAMING_NOTHING]
    if not words:
        return _BOTH if business else (TRAINING_LENGTH,)
    if all(word in _TRAINING for word in words):
        return (TRAINING_LENGTH,)
    if business and any(w in _AEVO_NAMED for w in words) and all(w in _AEVO for w in words):
        return (AEVO_LENGTH,)
    return ()
