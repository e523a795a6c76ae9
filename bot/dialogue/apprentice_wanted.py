"""An apprentice wanted for a kind of business, typed at the main menu without a verb
("Azubi für meinen Imbiss", "apprentice for my restaurant", "учень для магазину", "cần
học việc cho tiệm", "متدرب للمطعم"), or help with training for one's own business
("Brauche Hilfe bei Ausbildung für meinen Betrieb"): the business dialogue, the words kept
for the advisor. Before, "I have no information page on this". Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue import returning, typed
from bot.dialogue.company_words import mentions_a_business
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.faq.matcher import names_own_business, tells_trouble, wish
from bot.flows.ask import MAX_QUESTION
from bot.flows.business import BUSINESS
from bot.flows.navigation import ScreenId

#: An apprentice, as phrase() writes it: stems a word holds ("Auszubildende", "учня").
_APPRENTICE = tuple(
    phrase(said)
    for said in (
        *("azubi", "auszubildend", "lehrling", "apprentice", "trainee", "çırak", "çırağ"),
        *("учн", "учен", "ученик", "متدرب"),
    )
)
#: The same in Vietnamese, whose words are written apart ("người học việc").
_APPRENTICE_WORDS = tuple(phrase(said) for said in ("học việc", "người học nghề"))
#: Training, as phrase() writes it, a whole word or words: said with one's own business
#: ("Hilfe bei Ausbildung für meinen Betrieb", "help with training for my shop", "học
#: nghề cho tiệm của tôi", "التدريب المهني لشركتي"), it is the business's (before: "I have
#: no information page on this"). Not "Ausbildungsplatz": a place is a young person's.
_TRAINING_WORDS = tuple(
    phrase(said)
    for said in (
        *("ausbildung", "ausbilden", "ausbildungen", "training", "apprenticeships"),
        *("çıraklık", "học nghề", "đào tạo", "навчання", "професійне навчання"),
        *("التدريب", "تدريب", "التدريب المهني"),
    )
)
#: "For" before the business ("für", "for", "için", "для", "cho"), as phrase() writes it;
#: Arabic writes it on the word ("للمطعم", "لمطعمي").
_FOR = frozenset(phrase(said) for said in ("für", "for", "için", "для", "cho"))
_ARABIC_FOR = ("ل",)
#: Words of someone who is the apprentice ("Ich bin Azubi im Restaurant", "ich arbeite als
#: Azubi für …", "I am an apprentice"), as phrase() writes them: no owner's.
_BEING = tuple(
    phrase(said)
    for said in (
        *("bin", "als", "i am", "i m", "im a", "im an", "as a", "as an", "olarak", "працюю"),
        *("як", "là", "أنا", "انا"),
    )
)


def apprentice_for_a_business(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An apprentice wanted for a business named ("Azubi für meinen Imbiss") at the main
    menu, no question and no wish of its own: the business dialogue, the words held."""
    if state.screen != ScreenId.MENU or state.flow is not None or typed.has_question_mark(text):
        return False
    said = phrase(text)
    words = said.split()
    if _holds(said, _BEING) or wish(text, state.lang or "de") is not None:
        # A wish ("Ich suche einen Azubi für mein Restaurant") has its own way there.
        return False
    apprentice = any(stem in word for word in words for stem in _APPRENTICE) or _holds(
        said, _APPRENTICE_WORDS
    )
    for_one = bool(set(words) & _FOR) or any(
        word.startswith(_ARABIC_FOR) and mentions_a_business(word) for word in words
    )
    lang = state.lang or "de"
    # The own business named ("для мого бізнесу", "لشركتي") is enough beside training or an
    # apprentice; not an apprentice's trouble there.
    # "For" it, as for a kind of business: "Ausbildung in meinem Betrieb" is an
    # apprentice's place of training.
    own = names_own_business(text, lang) and not tells_trouble(text, lang)
    for_own = bool(set(words) & _FOR) or any(
        word.startswith(_ARABIC_FOR) and names_own_business(word, lang) for word in words
    )
    wanted = (apprentice or _holds(said, _TRAINING_WORDS)) and own and for_own
    if len(text) > MAX_QUESTION or not (
        wanted or (apprentice and for_one and mentions_a_business(text))
    ):
        return False
    returning.begin(state, ctx, result, BUSINESS.key)
    if state.flow == BUSINESS.key:
        result.held_question = text
    else:
        typed.hold_for_the_choice(state, text, ctx, result)
    return True


def _holds(said: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of ``phrases`` stands in ``said`` as whole words."""
    return any(f" {each} " in f" {said} " for each in phrases)
