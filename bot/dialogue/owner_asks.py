"""What an owner asks at the main menu about training in their own business.

A relative training there ("Kann mein Sohn bei mir eine Ausbildung machen?", "Kann mein
Neffe bei mir lernen?", "Oğlum yanımda çıraklık yapabilir mi?"): the page on how a
business becomes a training company, whose steps apply to a relative as to anyone. The
first began the young people's questions as a parent, the second got no page.

How to find an apprentice ("Wie finde ich einen Azubi?", "how do I find an apprentice"):
the business dialogue, its need "Finding an apprentice" taken (finding one is a step of
becoming a training company, which KAUSA accompanies; an advisor answers it). It got "I
have no information page on this". Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue import returning
from bot.dialogue.listed_words import listed_words
from bot.dialogue.moves import go
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows import info
from bot.flows.answers import option_label
from bot.flows.business import BUSINESS, NEEDS
from bot.flows.navigation import NOT_SHOWN, ScreenId
from bot.i18n import translator

#: A relative, in the bot's languages, as phrase() writes words.
_RELATIVES = tuple(
    phrase(said)
    for said in (
        *("sohn", "tochter", "neffe", "neffen", "nichte", "enkel", "enkelin", "cousin"),
        *("cousine", "bruder", "schwester", "kind", "son", "daughter", "nephew", "niece"),
        *("grandson", "granddaughter", "brother", "sister", "child", "oğlum", "kızım"),
        *("yeğenim", "kardeşim", "torunum", "син", "сина", "донька", "доньку", "дочка"),
        *("дочку", "племінник", "племінника", "племінниця", "племінницю", "онук", "онука"),
        *("брат", "брата", "сестра", "сестру", "ابني", "لابني", "وابني", "ابنتي", "لابنتي"),
        *("بنتي", "أخي", "لأخي", "أختي", "لأختي", "ابن أخي", "ابن أختي", "con trai"),
        *("con gái", "cháu", "em trai", "em gái"),
    )
)
#: "With me", "in my business", in the bot's languages, as phrase() writes them.
_AT_MINE = tuple(
    phrase(said)
    for said in (
        *("bei mir", "bei uns", "in meinem betrieb", "in meinem laden", "in meinem geschäft"),
        *("in meinem restaurant", "in meinem salon", "in meiner firma", "in meiner werkstatt"),
        *("with me", "in my business", "in my company", "in my shop", "in my restaurant"),
        *("at my business", "at my company", "at my shop", "in my salon", "at my salon"),
        *("yanımda", "işletmemde", "dükkanımda", "işyerimde", "iş yerimde", "şirketimde"),
        *("restoranımda", "у мене на підприємстві", "у мене в фірмі", "у мене в магазині"),
        *("у моїй фірмі", "у моєму бізнесі", "на моєму підприємстві", "у моєму магазині"),
        *("у моєму ресторані", "навчатися у мене", "вчитися у мене", "у мене навчатися"),
        *("في محلي", "في مطعمي", "في شركتي", "في ورشتي", "يتدرب عندي", "يتعلم عندي"),
        *("تتدرب عندي", "تتعلم عندي", "عندي في المحل", "عندي في الشركة", "عندي في المطعم"),
        *("ở tiệm tôi", "tại tiệm tôi", "ở công ty tôi", "ở quán tôi", "ở tiệm của tôi"),
        *("ở chỗ tôi", "với tôi"),
    )
)


#: Words that ask whether something may be done ("kann", "darf", "can", "yapabilir",
#: "чи", "هل", "có thể"), as phrase() writes them: "Mein Sohn wohnt bei mir und sucht
#: eine Ausbildung" asks nothing of the owner's business, a parent's words.
_MAY = tuple(
    phrase(said)
    for said in (
        *("kann", "darf", "können", "dürfen", "geht das", "möglich", "can", "could", "may"),
        *("possible", "allowed", "bilir", "mi", "mı", "mu", "mü", "olur mu", "чи", "може"),
        *("можна", "هل", "يمكن", "ممكن", "يستطيع", "có thể", "được không", "được ko"),
    )
)


#: Living together, as phrase() writes it: "Mein Sohn wohnt bei mir, kann er eine
#: Ausbildung machen?" is a parent's question (it opened the training-company page).
_LIVES = tuple(
    phrase(said)
    for said in (
        *("wohnt", "wohnen", "lebt", "leben", "lives", "live", "living", "stays", "staying"),
        *("yaşıyor", "kalıyor", "oturuyor", "живе", "проживає", "мешкає", "يعيش", "تعيش"),
        *("ساكن", "ساكنة", "عايش", "عايشة", "sống", "ở cùng"),
    )
)


def _holds(said: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of ``phrases`` stands in ``said`` as whole words."""
    return any(f" {each} " in f" {said} " for each in phrases)


def relative_at_mine(state: State, text: str, result: Result) -> bool:
    """A relative's training in the owner's own business asked about at the main menu:
    the page on becoming a training company, with "Ask an advisor" under it."""
    if state.screen != ScreenId.MENU or state.flow is not None:
        return False
    said = phrase(text)
    asks = "?" in text or "؟" in text or _holds(said, _MAY)
    if not (asks and _holds(said, _RELATIVES) and _holds(said, _AT_MINE)):
        return False
    if _holds(said, _LIVES):
        return False
    result.held_question = text
    go(state, ScreenId.ANSWER.of(info.COMPANY_STEPS.code))
    return True


def finding_an_apprentice(state: State, text: str, ctx: Context, result: Result) -> bool:
    """How to find an apprentice, asked at the main menu in the words of the need
    "Finding an apprentice": the business dialogue, that need taken (not asked; Back
    asks it)."""
    if state.screen != ScreenId.MENU or state.flow is not None:
        return False
    option = next(each for each in NEEDS.options if each.code == "find")
    assert option.said is not None
    t = translator(state.lang or "de")
    if phrase(text) not in listed_words(option.said, t.lang):
        return False
    returning.begin(state, ctx, result, BUSINESS.key)
    if state.flow == BUSINESS.key and NEEDS.key not in state.answers:
        state.answers[NEEDS.key] = [option.code]
        state.answers[NOT_SHOWN] = NEEDS.key
        result.notify(NOTED_ANSWER, choice=option_label(option, t))
    return True
