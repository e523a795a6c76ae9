"""A button's label typed instead of tapped ("Koch", "Skip", "suche ausbildung"): the
tap it stands for, and the words beside it for the advisor."""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from bot.dialogue import typed
from bot.dialogue.asked_to_meet import MARKS as REQUEST_MARKS
from bot.dialogue.asked_to_meet import as_stated, asks_for_it
from bot.dialogue.clock_time import tap_by_clock
from bot.dialogue.free_text import filler
from bot.dialogue.home_words import not_at_the_business
from bot.dialogue.keys import BACK_LABEL
from bot.dialogue.listed_words import listed_words
from bot.dialogue.moves import in_dialogue
from bot.dialogue.pages import codes_of
from bot.dialogue.parent_words import found_at, parent_said
from bot.dialogue.press import UNKNOWN_CODE, press, tap
from bot.dialogue.questions import answer_typed, current_question
from bot.dialogue.ruled_out import beside_the_ruled_out
from bot.dialogue.screens import keyboard
from bot.dialogue.split_verb import joined
from bot.dialogue.state import Context, Result, State
from bot.dialogue.street_pattern import without_streets
from bot.dialogue.time_words import says_more_than_the_time_of_day
from bot.dialogue.typed_words import (
    WANTING,
    label_named,
    loose,
    names_two,
    phrase,
    without_politeness,
    written_in,
)
from bot.flows.answers import option_label
from bot.flows.ask import ASK
from bot.flows.contact import MEETING, TIME
from bot.flows.model import Buttons, Choice, MultiChoice, Option
from bot.flows.navigation import Code, ScreenId, split_screen
from bot.flows.young import CHILD, IN_TRAINING, SITUATION
from bot.i18n import Translator, translator
from bot.negation import says_not
from bot.places import STATE_NAMES
from bot.validation import clean_text

#: A command's or a navigation button's word typed where a tap was expected, as phrase()
#: writes it: the command it names ("menü": /menu, which asks before leaving a dialogue).
TYPED_COMMANDS = {
    phrase(said): command
    for command, words in (
        (
            "menu",
            (
                *("menü", "menu", "menue", "меню", "القائمة", "abbrechen", "stop", "cancel"),
                *("iptal", "vazgeç", "hủy", "dừng", "скасувати", "стоп", "إلغاء", "الغاء"),
            ),
        ),
        ("help", ("hilfe", "help", "yardım", "trợ giúp", "допомога", "مساعدة")),
        (
            "language",
            (
                *("sprache", "sprache ändern", "andere sprache", "language", "change language"),
                *("dil", "dil değiştir", "ngôn ngữ", "đổi ngôn ngữ", "мова", "змінити мову"),
                *("اللغة", "تغيير اللغة"),
            ),
        ),
    )
    for said in words
}

#: "Go back" said with a verb or as "the question before", whole, as phrase() writes it:
#: the Back button's tap ("geri dön" was a message for the advisor, the question stayed).
_GO_BACK = frozenset(
    phrase(said)
    for said in (
        *("zurück gehen", "zurückgehen", "geh zurück", "gehe zurück", "eins zurück"),
        *("einen schritt zurück", "vorherige frage", "go back", "one step back"),
        *("previous question", "geri dön", "geri git", "geriye dön", "geri gidelim"),
        *("geri gel", "önceki soru", "bir önceki soru", "повернутися", "повернутись"),
        *("повернутися назад", "повернутись назад", "повернися", "крок назад"),
        *("попереднє питання", "вернуться", "вернуться назад", "quay lại đi", "trở lại"),
        *("quay về", "lùi lại", "câu trước", "quay lại câu trước", "ارجع", "ارجع للخلف"),
        *("رجوع للخلف", "الرجوع", "العودة", "رجعني", "ارجعني", "السؤال السابق"),
        # "One question back", "to the question before" (a note before).
        *("eine frage zurück", "zur vorherigen frage", "zurück zur vorherigen frage"),
        *("back to the previous question", "to the previous question", "the question before"),
        *("önceki soruya dön", "bir önceki soruya dön", "önceki soruya geri dön"),
    )
)


def tap_by_label(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Someone typed a button's label (or another word for it) instead of tapping it: take
    it as the tap."""
    earlier = replace(state, seq=state.seq - 1)
    data = _button_typed(earlier, text, ctx.local_now.date())
    polite = without_politeness(phrase(text))
    if data is None and polite and polite != phrase(text):
        # "Zurück bitte", "geri lütfen": the label with a "please" (a message before).
        data = _button_typed(earlier, polite, ctx.local_now.date())
    if data is None and polite in _GO_BACK:
        # "geri dön", "go back": the Back button said with a verb (a message before).
        # As typed: without the label's direction mark ("\u200fرجوع").
        back = phrase(translator(state.lang or "de").gettext(BACK_LABEL))
        data = _button_typed(earlier, back, ctx.local_now.date())
    said: _Said | None = None
    if data is None:
        said = _option_said(state, text)
        if said is not None and said.denied:
            if not in_dialogue(state) or state.flow == ASK.key:
                return False
            # "ليس لابني": too short to read as a message, it was dropped in Arabic only
            # (the other languages say it in four words); kept as theirs are.
            typed.keep_for_advisor(text, ctx, result, typed.kept_notice(text))
            return True
        data = f"{state.seq - 1}:{said.code}" if said is not None else None
    in_a_sentence = split_screen(state.screen)[1] in _SAID_IN_A_SENTENCE
    if data is not None:
        press(state, data, ctx, result)
    if said is not None and said.more:
        # "ابني عمره 15": the tap, and the words beside it (an age, a wish) to the advisor.
        following = _option_said(state, text) if in_a_sentence else None
        if following is None and in_a_sentence:
            # "call me after 6 pm", "rufen Sie mich nach 18 Uhr an": the hour said with the
            # way is the time's answer too (asked next before, the hour in the note only).
            following = _hour_said(state, text, ctx)
        if following is not None and following.more and following.code:
            # "telefonisch, am besten vormittags": how, then when (the next question).
            press(state, f"{state.seq - 1}:{following.code}", ctx, result)
            both = {"first": said.label, "second": following.label}
            typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWERS, **both)
        else:
            typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=said.label)
    return data is not None


def tap_by_words(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A label typed in fewer or slightly other words where only a tap is taken ("suche
    ausbildung", "noch keine"; refused as "Please tap one of the buttons"): the one option
    whose label holds them all is the tap (typed_words.label_named). A question that takes
    typed words as its answer keeps them."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if not isinstance(question, Buttons) or question.typed:
        return False
    t = translator(state.lang or "de")
    offered = codes_of(state)
    options = [
        (Code.OPTION.of(option.code), option_label(option, t))
        for option in question.options
        if Code.OPTION.of(option.code) in offered
    ]
    index = label_named(text, [label for _, label in options])
    if index is None:
        return False
    tap(state, options[index][0], ctx, result)
    return True


def _hour_said(state: State, text: str, ctx: Context) -> _Said | None:
    """The time of day of the clock hour in ``text`` where the best time is asked (as
    bot.dialogue.clock_time reads it), as an option said among words; None without one."""
    trial = state.copy()
    if not tap_by_clock(trial, without_streets(text), ctx, Result(trial)):
        return None
    option = next((o for o in TIME.options if o.code == trial.answers.get(TIME.key)), None)
    if option is None:
        return None
    label = option_label(option, translator(state.lang or "de"))
    return _Said(Code.OPTION.of(option.code), label, more=True)


@dataclass(frozen=True)
class _Said:
    """An option named in other words: its code and label, and whether more was said."""

    code: str
    label: str
    more: bool = False
    #: A parent's words for their child said with a "not" ("nicht für meinen Sohn"): no
    #: tap, and the words go to the advisor.
    denied: bool = False


def names_an_option(state: State, text: str) -> bool:
    """Whether ``text`` is, whole, one option's own words, though put as a question ("Wie
    finde ich einen Azubi?" at "What do you need help with?"): the answer, not a question
    for the advisor."""
    said = _option_said(state, text)
    return said is not None and bool(said.code) and not said.more and not said.denied


def _option_said(state: State, text: str) -> _Said | None:
    """The question's option that ``text`` names in other words ("für meinen Sohn":
    "Asking for my child"), where the option declares them."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return None
    question = current_question(state)
    if not isinstance(question, Choice | MultiChoice):
        return None
    if question.key in _RULED_OUT_AT and (beside := beside_the_ruled_out(text)) is not None:
        # "morning is bad, afternoon": the part not ruled out answers, the words kept.
        other = _option_said(state, beside)
        return replace(other, more=True) if other is not None and other.code else None
    for_another = question.for_another if isinstance(question, Choice) else frozenset()
    t, said = translator(state.lang or "de"), phrase(text)
    plain = without_politeness(said)
    for option in question.options:
        if not option.said:
            continue
        # In German too: people in Germany type "abends" on a Turkish screen (QA,
        # 2026-12-04: "Please tap one of the buttons", and the word was not kept).
        phrases = listed_words(option.said, t.lang)
        # A parent says a little more ("oğlum için soruyorum", "питаю для сина"): their
        # words stand in a short text. (Only there: "in the morning" stands in "not in
        # the morning" too.)
        more = (
            parent_said(phrases, text, state.lang or "de") if option.code in for_another else None
        )
        # "Telefon bitte": the option's words, politely (nothing more for the advisor);
        # "ben çırağım", "у мене немає атестата": after the person's "I".
        # The child's "he" or "she" where the child's situation is asked.
        child = _without_i(plain, _HE_OR_SHE) if question.key == CHILD.key else plain
        named = said in phrases or any(
            each in phrases or _made_of(each, phrases) for each in (plain, _without_i(plain), child)
        )
        if named or more:
            code = Code.OPTION.of(option.code)
            if code not in codes_of(state):
                return None
            # "abends nach Feierabend", "sau 5 giờ chiều": the button, and the hour or
            # condition it cannot say for the advisor (dropped before; "after 6pm" kept).
            beyond = question.key == TIME.key and says_more_than_the_time_of_day(text)
            return _Said(code, option_label(option, t), not named or beyond)
        if more is False:
            return _Said("", "", denied=True)
    return _option_among_words(state, question, text)


#: The questions whose answer people say in a sentence ("Kommen Sie gern in mein
#: Restaurant, Eisenbahnstraße 12", "telefonisch, am besten vormittags"): an option's words
#: among others answer them.
#: So are where a young person or their child stands ("я на профнавчанні, є проблема",
#: "أنا متدرب وعندي مشكلة", "çırağım, yardım lazım": noted, and the question asked again):
#: in training or at school only, as a wish and a parent's words have readings of their
#: own (bot.dialogue.said_young), which tell a child's age from the person's wish.
_SAID_IN_A_SENTENCE = frozenset({MEETING.key, TIME.key, SITUATION.key, CHILD.key})
#: The questions where one option is ruled out beside the one wanted ("morgens geht
#: nicht, lieber nachmittags"); a child's or one's situation has denials of its own.
_RULED_OUT_AT = frozenset({MEETING.key, TIME.key})
_ONLY_AMONG = {key: frozenset({IN_TRAINING, "school"}) for key in (SITUATION.key, CHILD.key)}
#: The most words such a sentence has; a longer text is a message that may name an option
#: in passing.
_SENTENCE_WORDS = 15
#: A one-word phrase among other words needs this many letters: a short one ("Büro", "sáng",
#: "عندي": "I have") means other things in a sentence.
_LONG_WORD = 5
#: The same for a trade's Arabic word, which writes no short vowels ("حلاق": barber, "نادل":
#: waiter).
_LONG_ARABIC_WORD = 4
_ARABIC = re.compile("[\u0600-\u06ff]")
#: Options' phrases that say the answer only alone: among other words they say something
#: else ("у мене питання": I have a question; "bei mir ist das so").
_ONLY_ALONE = frozenset(
    phrase(said)
    for said in (
        *("bei mir", "у мене", "в мене", "عندي"),
        # A school year or school alone is where one is ("10. Klasse"); in a sentence it is
        # often where one was ("Ich habe die 10. Klasse abgeschlossen", "Gymnasium
        # abgebrochen"), and "Still at school" was taken.
        *(f"{year}. Klasse" for year in range(8, 13)),
        *("Klasse 9", "Klasse 10", "Gymnasium"),
        *(f"{year}. sınıf" for year in range(8, 13)),
        # "Come by" alone asks the advisor to visit; in a sentence it is often the
        # person's own visit ("Kann ich vorbeikommen?", "can I come by").
        *("vorbeikommen", "vorbei kommen", "vorbeischauen", "vorbei schauen", "come by"),
        *("drop by", "stop by", "come over", "gelin", "gelebilirsiniz", "приїжджайте"),
        *("приїдьте", "прийдіть", "ghé qua", "ghé chơi", "تعالوا", "تعال", "تفضلوا", "مروا"),
    )
)
#: Greetings that name a time of day ("Guten Morgen", "صباح الخير"): no time wished.
_GREETINGS_OF_THE_DAY = tuple(
    phrase(said)
    for said in (
        *("guten morgen", "guten abend", "good morning", "good afternoon", "good evening"),
        *("günaydın", "iyi akşamlar", "chào buổi sáng", "chào buổi chiều", "chào buổi tối"),
        *("доброго ранку", "добрий ранок", "добрий вечір", "доброго вечора", "доброе утро"),
        *("добрый вечер", "صباح الخير", "مساء الخير", "صباح النور", "مساء النور"),
    )
)


def _option_among_words(state: State, question: Choice | MultiChoice, text: str) -> _Said | None:
    """The one option of a question answered in a sentence whose words stand among other
    words ("Kommen Sie gern in mein Restaurant, Eisenbahnstraße 12": "At my business"),
    with ``more`` set: the words go to the advisor. None where it is unclear: no option's
    words, two options', a "not", or a question."""
    said = f" {phrase(text)} "
    for greeting in _GREETINGS_OF_THE_DAY:
        said = said.replace(f" {greeting} ", " ")
    # "rufen Sie mich nach 18 Uhr an": the split verb joined.
    words = joined(said.split())
    # "Can you come to my shop?" asks for an answer ("At my business"), not about it.
    request = question.key == MEETING.key and asks_for_it(words)
    if request:
        words = as_stated(words)
    if (
        question.key not in _SAID_IN_A_SENTENCE
        or (typed.asks_on_the_way(text) and not request)
        or not 1 < len(words) <= _SENTENCE_WORDS
        or says_not(words)
    ):
        return None
    t, offered = translator(state.lang or "de"), codes_of(state)
    among = _ONLY_AMONG.get(question.key)
    named = {
        option.code: (option, said_words)
        for option in question.options
        if Code.OPTION.of(option.code) in offered and (among is None or option.code in among)
        for listed in _among(option, t)
        if found_at(said_words := listed.split(), words) is not None
    }
    if question.key == MEETING.key and not_at_the_business(words):
        # "Schicken Sie mir Infos zu mir nach Hause": "zu mir" is no visit at the business.
        named.pop("business", None)
    if len(named) > 1:
        # "Am liebsten telefonisch, ich bin viel im Betrieb": the way preferred decides.
        named = _preferred(question, named, words, t)
    if len(named) != 1:
        return None
    option, said_words = next(iter(named.values()))
    at = found_at(said_words, words)
    assert at is not None  # found above
    if names_two(text) and not _after_a_preference(words, at):
        # One option's words and "or" another's not known ("هاتف أو فيديو" took the video
        # call); said as the one preferred ("الأفضل بالهاتف، أو فيديو") it is the answer.
        return None
    asking = _QUESTION_WORDS - REQUEST_MARKS if request else _QUESTION_WORDS
    if set(words[:at] + words[at + len(said_words) :]) & asking:
        # Asked without a question mark ("telefon numaranız ne", "where is your office
        # in dresden"): a question for the advisor, not the answer.
        return None
    return _Said(Code.OPTION.of(option.code), option_label(option, t), more=True)


#: Words that state a preference, as phrase() writes them: before one of several options
#: named ("lieber per Telefon, bin im Laden"), they choose it.
_PREFERENCE = tuple(
    phrase(said).split()
    for said in (
        *("am liebsten", "lieber", "bevorzugt", "vorzugsweise", "am besten", "preferably"),
        *("i prefer", "i would prefer", "i'd prefer", "ideally", "tercihen", "tercihim"),
        *("öncelikle", "daha çok", "краще", "бажано", "переважно", "найкраще", "tốt nhất"),
        *("tốt hơn", "ưu tiên", "الأفضل", "أفضل", "يفضل", "أفضّل", "من الأفضل"),
    )
)
#: Words that may stand between a preference and the option's words ("tốt nhất là gọi
#: điện", "preferably by video"). One only: "tercihen telefonla, genelde dükkanda" puts
#: the preference before the phone alone.
_PREFERENCE_GAP = 1


def _preferred(
    question: Choice | MultiChoice,
    named: dict[str, tuple[Option, list[str]]],
    words: list[str],
    t: Translator,
) -> dict[str, tuple[Option, list[str]]]:
    """Of several options named, the one whose words follow a stated preference, with
    those words; all of them where that is not one. Of two right after it ("lieber
    vormittags, nachmittags geht auch"), the first: the one the preference is said of."""
    chosen: dict[str, tuple[int, Option, list[str]]] = {}
    for code, (option, _) in named.items():
        for listed in _among(option, t):
            said_words = listed.split()
            at = found_at(said_words, words)
            if at is not None and _after_a_preference(words, at):
                chosen[code] = (at, option, said_words)
                break
    if not chosen:
        return named
    first = min(at for at, _, _ in chosen.values())
    firsts = {code: (o, said) for code, (at, o, said) in chosen.items() if at == first}
    return firsts if len(firsts) == 1 else named


def _after_a_preference(words: list[str], at: int) -> bool:
    """Whether a preference ends at most :data:`_PREFERENCE_GAP` words before ``at``."""
    for marker in _PREFERENCE:
        for gap in range(_PREFERENCE_GAP + 1):
            start = at - gap - len(marker)
            if start >= 0 and words[start : start + len(marker)] == marker:
                return True
    return False


#: Words that ask, as phrase() folds them: a sentence with one beside an option's words
#: asks about it ("where is your office in dresden"), however it ends.
_QUESTION_WORDS = frozenset(
    phrase(word)
    for word in (
        *("wo", "was", "wie", "wann", "warum", "welche", "welcher", "welches", "where"),
        *("what", "how", "when", "why", "which", "ne", "nerede", "nasıl", "neden", "hangi"),
        *("gì", "sao", "đâu", "nào", "không", "ماذا", "كيف", "أين"),
        *("وين", "متى", "لماذا", "هل", "شو", "ليش", "що", "як", "де", "коли", "чому", "чи"),
        *("який", "яка", "яке", "что", "где", "когда", "как"),
    )
)


def _among(option: Option, t: Translator, arabic_short: bool = False) -> set[str]:
    """The phrases of ``option`` (in the person's language and in German) that answer
    among other words: not a short word alone (with ``arabic_short``, an Arabic word of
    :data:`_LONG_ARABIC_WORD` letters is none), nor one that says the answer only alone."""
    if option.said is None:
        return set()
    phrases = listed_words(option.said, t.lang) - _ONLY_ALONE
    return {
        each
        for each in phrases
        if " " in each
        or len(each) >= _LONG_WORD
        or (arabic_short and len(each) >= _LONG_ARABIC_WORD and _ARABIC.search(each))
    }


#: The person's "I" (and Ukrainian "I have") before an option's words, as phrase() writes
#: them: "ben çırağım", "у мене немає атестата", "انا ما عندي شهادة" ("Please tap one of the
#: buttons below" before, though "çırağım" alone was taken). German and English say a verb
#: after it ("ich bin Azubi"), which the options' words hold.
_I = tuple(
    phrase(said) + " "
    for said in ("ich", "i", "ben", "я", "у мене", "в мене", "انا", "em", "tôi", "mình")
)


def _without_i(plain: str, subjects: tuple[str, ...] = _I) -> str:
    """``plain`` without the person's "I" (or another of ``subjects``) before it, or as
    it is."""
    for said in subjects:
        if plain.startswith(said):
            return plain[len(said) :]
    return plain


#: The child's "he" or "she" before the words of the child's situation, as phrase() writes
#: them ("er geht noch zur Schule", "he is still at school", "він ще в школі", "cháu còn
#: đi học"): taken, but sent to the advisor as a message that said no more.
_HE_OR_SHE = tuple(
    phrase(said) + " "
    for said in ("er", "sie", "he", "she", "o", "він", "вона", "هو", "هي", "cháu", "con", "nó")
)


def _made_of(plain: str, phrases: AbstractSet[str]) -> bool:
    """Whether ``plain`` is one option's phrases and nothing else, several of them
    ("abends nach 17 uhr": "abends" and "nach 17 uhr"; "akşam işten sonra")."""
    rest = f" {plain} "
    for listed in sorted(filter(None, phrases), key=len, reverse=True):
        while f" {listed} " in rest:
            rest = rest.replace(f" {listed} ", " ")
    return bool(plain) and not rest.strip()


def _button_typed(state: State, text: str, today: date) -> str | None:
    """The callback data of the state's button whose label ``text`` is, if any."""
    folded = loose(text)
    # "Koch?", "B1.": the label with a sentence's end typed after it.
    typed = {folded, folded.rstrip(_SENTENCE_END)} - {""}
    if typed:
        for row in keyboard(state, translator(state.lang or "de"), today):
            for button in row:
                if typed & _typed_forms(button.label):
                    return button.data
    return None


#: What may end a label typed as a sentence: stripped from the typed text and from the
#: label ("Something else…" typed without its dots) before they are compared.
_SENTENCE_END = " ?!.…؟"


_BIDI_MARKS = re.compile("[\u200e\u200f\u2066-\u2069]")
#: Arabic vowel marks, shadda and tatweel.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_BRACKETED = re.compile(r"(.+?) \((.+)\)")
_LATIN = re.compile("[A-Za-z]")
#: The federal states, as a place's button names them in brackets.
_STATES = frozenset(STATE_NAMES.values())


#: "Koch/Köchin", "Friseur/in", "Кухар/кухарка": two forms of one word.
_PAIRED = re.compile(r"(\w[\w-]*)/(\w+)")


def taps_a_button(stored: Mapping[str, Any] | None, text: str, today: date) -> bool:
    """Whether ``text`` typed by someone in the stored state ``stored`` is one of its
    buttons' labels, which the step takes as that tap ("Так, видалити все" typed under
    /delete): the dialogue's, not a message for the advisor."""
    return _button_typed(State.from_dict(stored), clean_text(text), today) is not None


@lru_cache(maxsize=2048)  # as the labels themselves (bot.dialogue.keys): read per step
def _typed_forms(label: str) -> frozenset[str]:
    """How someone may type a label: whole, either part of "name (German name)", and
    either form of "Koch/Köchin" or "Friseur/in"; a hyphen may be typed as a space."""
    # Arabic marks are left out as people type ("طبّاخ" is typed "طباخ"): kept, they cut
    # the label's words in two for the patterns below.
    whole = _ARABIC_MARKS.sub("", _BIDI_MARKS.sub("", _strip_marks(label))).strip()
    forms = {whole}
    # "Aşçı (Koch/Köchin)": "Aşçı" or "Koch/Köchin" typed is that trade, not a new one.
    parts = _BRACKETED.fullmatch(whole)
    if parts:
        forms |= {parts[1], parts[2]}
        if not _LATIN.search(parts[1]):
            # "Лейпциг (Leipzig, Sachsen)", a place's button: its German name typed is it.
            forms.add(parts[2].split(",")[0])
        if "-" in parts[1] and parts[2].split(",")[0] in _STATES:
            # "Leipzig-Grünau (Sachsen)", a city's district: "Grünau" typed is it too.
            forms.add(parts[1].rsplit("-", 1)[1])
    # Arabic "X/ة", the masculine and the feminine: "مصفف/ة شعر" is "مصفف شعر", "مصففة شعر".
    forms |= {each.replace("/ة", end) for each in forms if "/ة" in each for end in ("", "ة")}
    for form in list(forms):
        paired = _PAIRED.fullmatch(form)
        if paired:
            first, second = paired[1], paired[2]
            # "in" completes the word (Friseurin); a whole word is the other form (Köchin).
            forms |= {first, first + second if len(second) <= 2 else second}
    # A language level is typed alone: "a2" for "A1–A2 (beginner)", "b2" for "B2 or better".
    forms |= set(LEVEL.findall(whole))
    folded = {loose(form) for form in forms}
    # "ім'я" typed for the label "Ім’я": keyboards write the apostrophe in three ways.
    folded |= {form.translate(_ONE_APOSTROPHE) for form in folded}
    return frozenset(folded | {form.rstrip(_SENTENCE_END) for form in folded})


_ONE_APOSTROPHE = str.maketrans(dict.fromkeys("’ʼ`", "'"))


#: A language level of the Common European Framework, as a label names it.
LEVEL = re.compile(r"\b[ABC][12]\b")


def typed_answer(state: State, question: Buttons, text: str, ctx: Context, result: Result) -> bool:
    """A typed answer on a ``typed`` question; a button's label typed out is still a tap."""
    if not question.typed or tap_by_label(state, text, ctx, result):
        return question.typed
    return (
        filler(text, result)
        or _tap_after_leading_words(state, text, ctx, result)
        or tap_by_a_label_among_words(state, question, text, ctx, result)
        or _tap_without_the_article(state, text, ctx, result)
        or answer_typed(state, question, _without_leading_words(text), result)
    )


#: Words that only lead to a choice ("dann", "ok then", "o zaman", "тоді", "خلاص", "vậy
#: thì"), as phrase() writes them: beside an option's label they tell the advisor nothing.
_LEADING_TO_A_CHOICE = frozenset(
    phrase(word)
    for word in (
        *("dann", "ok", "okay", "gut", "na", "also", "ja", "eben", "halt", "lieber", "eher"),
        *("then", "fine", "well", "so", "yes", "rather", "alright"),
        *("o", "zaman", "tamam", "peki", "evet", "halde"),
        *("тоді", "то", "ну", "добре", "гаразд", "ок", "так", "краще"),
        *("خلاص", "طيب", "تمام", "ماشي", "اذن", "إذن", "نعم", "اوكي", "أوكي"),
        *("vậy", "thì", "thế", "được", "thôi", "ừ", "vâng"),
    )
)


def _tap_after_leading_words(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A label after words that only lead to it ("dann Koch", "ok then cook", "خلاص
    حلاق"): its tap alone. It was the tap and the words kept as a message too (the trade
    twice on the advisor's card), or the words stored whole as another trade."""
    words = phrase(text).split()
    rest = [word for word in words if word not in _LEADING_TO_A_CHOICE]
    return (
        bool(rest) and len(rest) < len(words) and tap_by_label(state, " ".join(rest), ctx, result)
    )


#: The most words left after those that lead to a choice for them to go: a longer text is
#: a sentence ("so viele Fragen …"), stored as typed.
_AFTER_LEADING_WORDS = 3


def _without_leading_words(text: str) -> str:
    """Typed words without those that only lead to them ("dann Mechatroniker": stored as
    "dann Mechatroniker" on the advisor's card), where a few words are left."""
    words = text.split()
    at = 0
    while at < len(words) and phrase(words[at]) in _LEADING_TO_A_CHOICE:
        at += 1
    rest = words[at:]
    return " ".join(rest) if 0 < at and 0 < len(rest) <= _AFTER_LEADING_WORDS else text


#: Arabic "the" joined to a word of three letters or more ("الحلاقة", "الطبخ").
_ARABIC_ARTICLE = re.compile(r"(?<!\S)ال(?=\S{3})")


def _tap_without_the_article(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An option named with the Arabic "the" ("الحلاقة": hairdressing, "الطبخ": cooking),
    which its forms are listed without: its tap (stored as "Another trade: الحلاقة" before,
    and the sector asked on top)."""
    bare = _ARABIC_ARTICLE.sub("", text)
    # The word alone: among others, the words kept for the advisor would lose the article.
    return bare != text and len(bare.split()) == 1 and tap_by_label(state, bare, ctx, result)


#: The most words in which one option's label is looked for ("aşçı olmak istiyorum").
_LABEL_AMONG_WORDS = 6
#: The same in Vietnamese, whose words are mostly two syllables, each written apart: "tìm
#: người học nghề và giấy tờ" (find an apprentice and paperwork) is seven, and was stored
#: as "Something else" while "Azubi finden und Papierkram" was "find".
_LABEL_AMONG_SYLLABLES = 2 * _LABEL_AMONG_WORDS


def tap_by_a_label_among_words(
    state: State, question: Buttons, text: str, ctx: Context, result: Result
) -> bool:
    """One option's label (a form of it: "Koch", "Friseurin", "طباخ") said among a few
    words ("einen Koch", "aşçı olmak istiyorum", "نريد طباخ"): its tap, the words to the
    advisor. Stored as "something else" in those words before, and a business was asked
    its sector on top, which the trade tells. Two labels or a "not": the words as typed."""
    words = phrase(text).split()
    # Counted without "I want (to change to)": "em muốn thay đổi sang thợ làm tóc" (eight
    # words, a Vietnamese syllable each) was stored whole as another trade.
    said = [word for word in words if word not in WANTING]
    # An answer given already is not read again; one being changed from the summary is
    # ("einen Friseur" after ✏️ was stored whole as another trade).
    most = _LABEL_AMONG_SYLLABLES if written_in(text) == "vi" else _LABEL_AMONG_WORDS
    if len(said) > most or (state.answers.get(question.key) and not state.editing):
        return False
    # A "not" turns a label round ("kein Koch"), but not the option's words that hold it
    # themselves: an apprentice's trouble is said with one ("zahlt nicht", "не платить").
    negated = says_not(words)
    t, offered = translator(state.lang or "de"), codes_of(state)
    options = [
        option
        for option in question.options
        if option.code not in (question.other, UNKNOWN_CODE)
        and Code.OPTION.of(option.code) in offered
    ]
    # A label's forms, or the option's other words for it ("einen Azubi suchen").
    named = [
        option
        for option in options
        if any(found_at(form.split(), words) is not None for form in _named_by(option, t, negated))
    ]
    trades = any(option.official for option in options)
    if (
        not named
        and not trades
        and not negated
        and TYPED_COMMANDS.get(without_politeness(phrase(text))) is None
    ):
        # A word of one label ("Kosten" for "Kosten und Vergütung"), as where only taps
        # are taken (label_named); not a command's word ("Hilfe"), nor a part of a trade's
        # name ("Mechatroniker" is a trade of its own beside "Kfz-Mechatroniker/in").
        index = label_named(text, [option_label(option, t) for option in options])
        named = [options[index]] if index is not None else []
    if len(named) != 1:
        return False
    label = option_label(named[0], t)
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        tap(state, Code.OPTION.of(named[0].code), ctx, result)
    return True


def _named_by(option: Option, t: Translator, negated: bool) -> set[str]:
    """The phrases that name ``option`` among other words: its label's forms and its other
    words; in a text with a "not", only those of its words that hold the "not"."""
    phrases = {phrase(each) for each in _typed_forms(option_label(option, t))}
    # A trade's Arabic word of four letters names it among others ("يمكن حلاق": maybe a
    # barber): Arabic writes no short vowels. Not a short Latin one: "Pastry chef" is no cook.
    phrases |= _among(option, t, arabic_short=bool(option.official))
    return {each for each in phrases if each and (not negated or says_not(each.split()))}


_LEADING_MARKS = re.compile(r"^\W+")


def _strip_marks(label: str) -> str:
    """A button label without its leading emoji, as someone would type it."""
    return _LEADING_MARKS.sub("", label)
