"""Answers a young person or a parent says in words where their dialogue offers
buttons: a wish that answers the situation, a parent's words for their child, an age
("17", "١٧"), a language level ("A2 glaube ich"), a certificate from abroad."""

from __future__ import annotations

import re

from bot.dialogue import returning, typed
from bot.dialogue.age_now import age_now
from bot.dialogue.correcting_words import not_pair
from bot.dialogue.dropped_out import looks_again
from bot.dialogue.listed_words import listed_words
from bot.dialogue.moves import edit
from bot.dialogue.pages import codes_of
from bot.dialogue.parent_words import (
    names_a_child,
    own_wish_said,
    parent_said,
    said_of_him_or_her,
    without_the_child,
)
from bot.dialogue.press import tap
from bot.dialogue.questions import current_question, question_label
from bot.dialogue.said import QUESTION_MARK, tap_keeping_words
from bot.dialogue.school_words import (
    in_a_school_year,
    names_a_school_abroad,
    school_year_finished,
)
from bot.dialogue.state import Context, Notice, Result, State
from bot.dialogue.taps import LEVEL, tap_by_label
from bot.dialogue.typed_words import (
    age_said,
    names_a_country_abroad,
    phrase,
    says_no,
    without_politeness,
)
from bot.faq.matcher import says_at_school, tells_trouble, wish
from bot.flows.answers import option_label
from bot.flows.consent import for_a_child
from bot.flows.model import Choice, Question
from bot.flows.navigation import (
    ADDING,
    CHILDS_AGE_SAID,
    Code,
    ScreenId,
    find_question,
    flow_named,
    mark_not_shown,
    split_code,
    split_screen,
)
from bot.flows.young import (
    AGE,
    CERTIFICATE,
    CHILD,
    FOR_MY_CHILD,
    FOR_MYSELF,
    FROM_ABROAD,
    IN_TRAINING,
    NO_CERTIFICATE,
    SITUATION,
    YOUNG,
)
from bot.i18n import N_, translator
from bot.negation import says_not
from bot.validation import age_in


def parent_says(
    state: State, text: str, ctx: Context, result: Result, childs_wish: bool = False
) -> bool:
    """A parent's words for their child typed outside a dialogue, asking nothing ("für
    meinen Sohn", "oğlum için", "لابني"): the young people's dialogue with "Asking for my
    child" taken, as the menu's "👪 You are a parent" promises ("I have no information
    page on this" before). Not said of a business ("Mein Sohn sucht einen Azubi").
    ``childs_wish``: ``text`` is a wish said of "he" or "she" that other words than the
    menu's wishes read (a trade to become: bot.dialogue.trade_wish)."""
    lang = state.lang or "de"
    if QUESTION_MARK.search(text):
        return False
    # "He's looking for an apprenticeship": the wish of someone else, a parent's for the
    # child (it was taken as the writer's own search).
    of_the_child = childs_wish or (said_of_him_or_her(text) and wish(text, lang) == YOUNG.key)
    if not of_the_child and (
        not parent_said(_parents_words(lang), text, lang)
        or wish(text, lang) not in (None, YOUNG.key)
    ):
        return False
    returning.begin(state, ctx, result, YOUNG.key)
    if split_screen(state.screen)[0] is ScreenId.QUESTION:
        if of_the_child:
            wish_of_the_child_answers(state, text, ctx, result)
        else:
            _parents_words_answer(state, text, ctx, result)
    typed.hold_for_the_choice(state, text, ctx, result)
    return True


def wish_of_the_child_answers(state: State, text: str, ctx: Context, result: Result) -> None:
    """ "He's looking for an apprenticeship" at the first question: "Asking for my child",
    and the child's situation the wish says; the words go to the advisor once."""
    option = next(each for each in SITUATION.options if each.code in SITUATION.for_another)
    label = option_label(option, translator(state.lang or "de"))
    if not typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        return
    tap(state, Code.OPTION.of(option.code), ctx, result)
    if tap_by_situation(state, text, ctx, result, keep=False):
        _noted_both(state, result, age_said_with_a_wish(state, text, ctx, result, child=True))


def parents_wish_at_the_situation(
    state: State, text: str, ctx: Context, result: Result, childs_wish: bool = False
) -> bool:
    """A parent's words with the child's wish typed at the first question ("Mein Sohn sucht
    eine Ausbildung", "ابني يبحث عن تدريب مهني"): "Asking for my child" and the child's
    situation, as at the menu; the child's situation was asked right under the words that
    said it. ``childs_wish``: other words than the menu's wishes say the child's wish (a
    trade to become: bot.dialogue.trade_wish)."""
    if state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return False
    lang = state.lang or "de"
    wished = wish(text, lang)
    if not parent_said(_parents_words(lang), text, lang) or wished not in (
        (None, YOUNG.key) if childs_wish else (YOUNG.key,)
    ):
        return False
    _parents_words_answer(state, text, ctx, result)
    return state.screen != ScreenId.QUESTION.of(SITUATION.key)


def parents_words_at_the_situation(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A parent's few words with the child's age and no wish typed at the first question
    ("Meine Tochter ist 15", "kızım 15 yaşında"): "Asking for my child" and the age, as at
    the menu.
    "Asking for my child" alone was taken and the age asked again, or the age alone and
    the situation asked as if it were the writer's own."""
    if state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return False
    lang = state.lang or "de"
    if QUESTION_MARK.search(text) or wish(text, lang) is not None or _childs_age(text) is None:
        return False
    if not parent_said(_parents_words(lang), text, lang):
        return False
    _parents_words_answer(state, text, ctx, result)
    return state.screen != ScreenId.QUESTION.of(SITUATION.key)


def _parents_words_answer(state: State, text: str, ctx: Context, result: Result) -> None:
    """The first question asks who is asking: the parent's words are its answer; the next
    the child's situation, which a wish says too ("Mein Sohn sucht eine Ausbildung": asked
    again). The words go to the advisor once."""
    if not tap_by_label(state, text, ctx, result):
        return
    if tap_by_situation(state, text, ctx, result, keep=False):
        # "kızım 15 yaşında meslek öğrenmek istiyor": the child's age, asked next, too.
        _noted_both(state, result, age_said_with_a_wish(state, text, ctx, result, child=True))
    else:
        # "Meine Tochter ist 15": the child's age, asked after the child's situation.
        _childs_age_noted(state, text, result)


def _childs_age(text: str) -> str | None:
    """The age option's code of the child's age said in a few words of a parent's ("Meine
    Tochter ist 15"), or None."""
    said = phrase(text)
    ahead_last = _AGE_AHEAD_LAST.search(said) is not None
    if len(said.split()) > _CHILDS_AGE_WORDS or (
        len(said.split()) > AGE_WORDS and not (_AGE_LAST.search(said) or ahead_last)
    ):
        # Past a few words only an age said last, and the only number: "... er ist 17 und
        # meine Tochter ist 15" is two children's, "Mein Sohn ist 16 und will Koch werden"
        # says more (a trade_wish).
        return None
    if (
        not (_AGE_NAMED.search(said) or _AGE_AFTER_IS.search(said) or _AGE_OF_HIM.search(said))
        and not ahead_last
    ):
        return None
    code = age_option(AGE, text)
    return None if code is None else split_code(code)[1]


def _childs_age_noted(state: State, text: str, result: Result) -> None:
    """The child's age said with the parent's words and no wish ("Meine Tochter ist 15",
    "my daughter is 15", "kızım 15 yaşında"): noted for its question, which is not asked
    (it was, right after the words that said it), and the receipt names it beside "Asking
    for my child". Only a number said to be an age ("2 Jahre in Deutschland" is none), in a
    few words: a longer message says more (a wish, a trade), which its own readings answer
    with the age."""
    value = _childs_age(text)
    if value is None:
        return
    state.answers[AGE.key] = value
    state.answers[CHILDS_AGE_SAID] = "yes"
    mark_not_shown(state.answers, AGE.key)
    option = next(each for each in AGE.options if each.code == value)
    age = option_label(option, translator(state.lang or "de"))
    for index, notice in enumerate(result.notices):
        params = dict(notice.params)
        if notice.message == typed.KEPT_WITH_ANSWER:
            both = (("first", params["choice"]), ("second", age))
            result.notices[index] = Notice(typed.KEPT_WITH_ANSWERS, both)
        elif notice.message == NOTED_ANSWER:
            both = (("first", params["choice"]), ("second", age))
            result.notices[index] = Notice(NOTED_ANSWERS, both)


def child_wish_noted(state: State, text: str, ctx: Context, result: Result) -> None:
    """The child's situation taken from other words of the parent's (a trade the child
    wants to become: bot.dialogue.trade_wish): the child's age said with them too, and the
    receipt naming both, as for a wish in words."""
    _noted_both(state, result, age_said_with_a_wish(state, text, ctx, result, child=True))


def held_wish_answers(state: State, ctx: Context, result: Result) -> None:
    """The young people's dialogue begun from "add to it or new?" after words typed with a
    request open ("Ich suche Ausbildung als Mechatroniker, können Sie mich anrufen?",
    "Mein Sohn sucht eine Ausbildung"): the held words answer its first question, as they
    do without an open request ("What describes your situation best?" asked what the
    person had just written)."""
    text = ctx.held_question
    if not text or state.flow != YOUNG.key:
        return
    if state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return
    lang = state.lang or "de"
    bare = typed.says_only_a_wish(text, lang)
    # "Er sucht eine Ausbildung als Koch" was taken as the writer's own search after the
    # choice, a parent's for the child without it (parent_says).
    if said_of_him_or_her(text) and wish(text, lang) == YOUNG.key:
        wish_of_the_child_answers(state, text, ctx, result)
    elif parent_said(_parents_words(lang), text, lang):
        _parents_words_answer(state, text, ctx, result)
    else:
        wish_answers_situation(state, text, ctx, result, held=not bare)
    answered = state.screen != ScreenId.QUESTION.of(SITUATION.key)
    if bare and answered and result.held_question is None:
        # Held only over the choice ("Ich suche einen Ausbildungsplatz", "für meinen
        # Sohn"): answered, it goes to no advisor, as without an open request.
        result.drop_held = True


def choice_left(state: State, ctx: Context, result: Result) -> None:
    """ "Add to it or new?" left by Back or the main menu, after a bare wish or a
    parent's few words ("Ich suche einen Ausbildungsplatz", "für meinen Sohn") held only to
    answer the dialogue's first question: they are dropped, as that dialogue was not
    chosen (held, they went to the advisor with a later, other request). Words that say
    more stay held for the advisor, as on the menu."""
    text = ctx.held_question
    if not text or state.flow is not None or state.screen not in (ScreenId.MENU, ScreenId.INFO):
        return
    lang = state.lang or "de"
    said = wish(text, lang) is not None or parent_said(_parents_words(lang), text, lang)
    if said and typed.says_only_a_wish(text, lang):
        result.drop_held = True
        result.held_question = None


def wish_answers_situation(
    state: State, text: str, ctx: Context, result: Result, held: bool = False
) -> None:
    """A young person's wish typed at the menu ("Ich suche einen Ausbildungsplatz",
    "Ausbildung arıyorum", "Bin in Ausbildung, mein Chef zahlt nicht") that began their
    dialogue answers its first question, as a parent's wish answers the child's situation:
    "What describes your situation best?" asked what they had just written. The receipt
    names the answer taken, so that "Question 2" does not read as one skipped."""
    lang = state.lang or "de"
    named = names_a_child(_parents_words(lang), text)
    if state.flow != YOUNG.key or (named and not own_wish_said(_parents_words(lang), text, lang)):
        # A child named anywhere ("Chào anh chị, con trai tôi 16 tuổi ... muốn tìm chỗ học
        # nghề"): who is looking is asked, not taken to be the person typing; unless
        # the person says the wish of themselves ("Mein Sohn ist 2, ich suche selbst ...").
        return
    if not tap_by_situation(state, text, ctx, result, keep=False):
        return
    taken = state.answers.get(SITUATION.key)
    option = next(each for each in SITUATION.options if each.code == taken)
    label = option_label(option, translator(state.lang or "de"))
    # typed.answer holds a wish that says more, or trouble, for the advisor; ``held``: the
    # words were held at an earlier step.
    held = held or bool(result.held_question)
    # A child's age beside the person's own wish is not theirs ("Con trai tôi 2 tuổi, tôi
    # đang tìm chỗ học nghề" took "Under 16").
    own = without_the_child(_parents_words(lang), text) if named else text
    age = age_said_with_a_wish(state, own, ctx, result)
    if age is not None:
        both = {"first": label, "second": age}
        result.notify(typed.KEPT_WITH_ANSWERS if held else NOTED_ANSWERS, **both)
        return
    result.notify(typed.KEPT_WITH_ANSWER if held else NOTED_ANSWER, choice=label)


def age_said_with_a_wish(
    state: State, text: str, ctx: Context, result: Result, child: bool = False
) -> str | None:
    """An age said in the words of a wish that began the dialogue ("ben 16 yaşındayım
    ausbildung arıyorum", "мені 16, шукаю навчання", "Ich bin 16 und suche ..."), where
    the age is the question now: its tap, and the label of the option taken. ("How old
    are you?" was asked right under the words that said it.) Only a number said to be an
    age: "2 Jahre in Deutschland", "für 2027" are none. A ``child``'s age is said after
    "is" too ("Mein Sohn ist 17 und ...")."""
    if state.screen != ScreenId.QUESTION.of(AGE.key):
        return None
    said = phrase(text)
    after_is = _AGE_AFTER_IS if child else _AGE_AFTER_I
    # A child's age said of "him" or "her" too ("... навчатися на кухаря, йому 16").
    of_him = child and _AGE_OF_HIM.search(said) is not None
    if not (_AGE_NAMED.search(said) or after_is.search(said) or of_him):
        return None
    question = current_question(state)
    code = age_option(question, text)
    if code is None or code not in codes_of(state):
        return None
    assert isinstance(question, Choice)  # age_option answers a Choice only
    option = next(each for each in question.options if Code.OPTION.of(each.code) == code)
    tap(state, code, ctx, result)
    return option_label(option, translator(state.lang or "de"))


#: Told when a parent's words answered three questions ("kızım 15 yaşında meslek öğrenmek
#: istiyor": who asks, the child's situation and age). ``first`` ... ``third``: their labels.
KEPT_WITH_THREE_ANSWERS = N_(
    "Thank you. We have noted “{first}”, “{second}” and “{third}” as your answers. Your "
    "message goes to the advisor with your request."
)
#: The same with four answers (a parent's words: "Mein Sohn ist 16 und will Koch werden"
#: answer who asks, the child's situation, age and trade; the trade had a second receipt).
KEPT_WITH_FOUR_ANSWERS = N_(
    "Thank you. We have noted “{first}”, “{second}”, “{third}” and “{fourth}” as your "
    "answers. Your message goes to the advisor with your request."
)


#: Told when typed words answered a question and nothing of them goes to the advisor (a
#: bare wish: "Ich suche einen Ausbildungsplatz"). ``choice``: the answer's label.
NOTED_ANSWER = N_("Thank you. We have noted “{choice}” as your answer.")
#: Told when typed words changed an answer of the summary. ``question``: its label on the
#: summary; ``answer``: the new answer's label.
CHANGED_ANSWER = N_("Thank you, we have changed “{question}” to “{answer}”.")
#: The same when the words answered two questions ("Ich bin 16 und suche eine Ausbildung":
#: the situation and the age). ``first``, ``second``: their labels.
NOTED_ANSWERS = N_("Thank you. We have noted “{first}” and “{second}” as your answers.")


def _parents_words(lang: str) -> set[str]:
    """A parent's words for their child (FOR_MY_CHILD) in ``lang`` and in German, as
    phrase() writes them."""
    return set(listed_words(FOR_MY_CHILD, lang))


def _noted_both(state: State, result: Result, age: str | None = None) -> None:
    """The receipt of the parent's words names the child's situation they answered too:
    "Asking for my child" alone stood above "Question 3 of 12", as if one was missed; and
    the child's ``age`` (its option's label) where they said it."""
    child = next((o for o in CHILD.options if o.code == state.answers.get(CHILD.key)), None)
    if child is None:
        return
    second = option_label(child, translator(state.lang or "de"))
    for index, notice in enumerate(result.notices):
        if notice.message == typed.KEPT_WITH_ANSWER:
            first = dict(notice.params)["choice"]
            both = (("first", first), ("second", second))
            if age is None:
                result.notices[index] = Notice(typed.KEPT_WITH_ANSWERS, both)
            else:
                result.notices[index] = Notice(KEPT_WITH_THREE_ANSWERS, (*both, ("third", age)))


#: A school year's word, as phrase() writes it ("10. Klasse", "10. sınıftayım", "у 10
#: класі", "lớp 10", "الصف 10"): its number is no age.
_SCHOOL_YEAR_WORDS = frozenset(phrase(word) for word in ("kl", "lớp", "صف", "الصف", "بالصف"))
_SCHOOL_YEAR_STEMS = tuple(phrase(stem) for stem in ("klass", "sınıf", "клас", "grade", "class"))
#: Words that say an age is still ahead ("fast 16", "ich werde 16", "16 olacağım", "майже
#: 16", "sắp 16 tuổi", "سأبلغ 16"): the person is a year younger now.
_NOT_YET_THAT_AGE = frozenset(
    phrase(word)
    for word in (
        *("fast", "beinahe", "bald", "werde", "werd", "almost", "nearly", "soon", "turning"),
        "turn",
        *("neredeyse", "yakında", "olacağım", "olacak", "gireceğim", "giriyorum"),
        *("майже", "скоро", "незабаром", "буде", "виповниться", "sắp", "gần"),
        # Levantine "will" ("بشهر 3 رح صير 16": in March I turn 16).
        *("سأبلغ", "سابلغ", "قريبا", "رح"),
        # Said of a child, as a parent says it ("she turns 16", "he'll be 16", "16 yaşına
        # girecek", "їй виповнюється 16", "ستبلغ 16"): "16 or 17" was taken, and a
        # 15-year-old agreed without a parent.
        *("turns", "she'll", "he'll", "girecek", "виповнюється", "سيبلغ", "ستبلغ"),
        *("سيصبح", "ستصبح", "سيصير", "ستصير"),
    )
)
#: "Will" right before the age ("sie wird 16", "du wirst 16", "he will be 16", "con sẽ 16
#: tuổi"), as phrase() writes it: elsewhere the word says other things ("ich will",
#: "mein Deutsch wird besser").
_WILL_BE = re.compile(r"(?:^| )(?:wird|wirst|will be|se) (?:\S+ )?\d{1,2}(?: |$)")


#: Next month, as phrase() writes it ("18 nächsten Monat", "gelecek ay 18", "tháng sau
#: 16 tuổi", "الشهر الجاي 18"): the age named is still ahead (it was taken as the age now).
_NEXT_MONTH = re.compile(
    r"(?<!\w)(?:(?:nachsten|nachste|next) (?:monat|woche|month|week)|gelecek (?:ay|hafta)"
    rf"|наступного (?:місяця|тижня)|thang sau|tuan sau|{phrase('الشهر الجاي')}"
    rf"|{phrase('الشهر القادم')})(?!\w)"
)


def age_ahead(text: str) -> bool:
    """Whether ``text`` says the age it names is still ahead ("fast 16", "sie wird 16")."""
    said = phrase(text)
    return bool(
        set(said.split()) & _NOT_YET_THAT_AGE or _WILL_BE.search(said) or _NEXT_MONTH.search(said)
    )


#: A month named by its number, as Vietnamese and Arabic speakers name months ("tháng 3",
#: "بشهر 3"): when an age is reached, for the advisor, and no age itself.
_MONTH_NUMBER = re.compile(
    r"(?<!\w)(?:tháng|thang|شهر|بشهر|الشهر|month)\s*[0-9٠-٩]{1,2}(?!\w)", re.IGNORECASE
)


def tap_by_age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An age typed where ages are asked ("17"): the tap on the option it falls in."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    code = age_option(question, text)
    if code is None:
        return False
    ahead = age_ahead(text) or _MONTH_NUMBER.search(text)
    if ahead and isinstance(question, Choice):
        # "ich werde 16 im März": when the age is reached decides a parent's consent, so
        # the words go to the advisor (the month was lost).
        option = next(each for each in question.options if Code.OPTION.of(each.code) == code)
        return tap_keeping_words(state, option, text, ctx, result)
    tap(state, code, ctx, result)
    return True


#: "My age" in Arabic typed in Latin letters ("3mri 15", "w 3omri 17"): its "3" (the
#: letter ع) was a second number, and no age was read (a note, the age asked again).
_ARABIZI_AGE = re.compile(r"(?<!\w)(?:w ?)?(?:3mri|3omri|3umri|3emri|omri)(?!\w)", re.IGNORECASE)


def age_option(question: Question | None, text: str) -> str | None:
    """The code of ``question``'s option the age typed falls in. A school year ("10.
    Klasse") is none; an age still ahead ("fast 16") is the year below, as the consent of
    a parent depends on it. An age with its half or the next ("15 1/2", "16 bald 17") is
    the age now."""
    text = _ARABIZI_AGE.sub("عمري", age_now(text) or text)
    words = phrase(text).split()
    if set(words) & _SCHOOL_YEAR_WORDS or any(w.startswith(_SCHOOL_YEAR_STEMS) for w in words):
        return None
    if in_a_school_year(text):
        # "bin in der 10", "year 10": a school year, its word left out ("Under 16" taken).
        return None
    # "tháng 3 em sắp 16 tuổi": the month's number is no age (two numbers were none).
    without_month = _MONTH_NUMBER.sub(" ", text)
    age = age_in(without_month)
    if age is None:
        # "sechzehn", "on altı", "mười sáu": in words ("Please tap one of the buttons").
        age = age_said(without_month)
    if age is None or not isinstance(question, Choice):
        return None
    if age_ahead(text):
        age -= 1
    for option in question.options:
        if option.ages is not None and option.ages[0] <= age <= option.ages[1]:
            return Code.OPTION.of(option.code)
    return None


#: A number said to be an age, as phrase() writes it ("18 years old", "18 Jahre alt",
#: "Alter 18", "yaşım 18", "18 yaşındayım", "мені 18", "عمري 18", "em 18 tuổi"); not a
#: number of years beside other words ("2 Jahre in Syrien gearbeitet").
#: A word between the "I am" and the age ("ich bin doch 18", "I'm already 18", "мені вже
#: 18", "عمري صار 18"), as phrase() writes it: without it the number on the summary was
#: read as the hour 18, and the best time changed.
#: Two of them too, as teenagers type it ("bin doch erst 16", "мені ж тільки 17").
_AGE_PARTICLE = (
    r"(?:(?:doch|schon|jetzt|bereits|erst|eigentlich|already|now|actually|only|just"
    r"|вже|уже|тепер|лише|тільки|ж|же|صار|هلق|الان) ){0,2}"
)
_AGE_NAMED = re.compile(
    r"(?<!\w)(?:\d{1,2} (?:(?:jahre|years?) )?(?:alt|old)"
    # Arabic "and" joined to "my age" ("بدي صير حلاق وعمري 17").
    rf"|(?:alter|age|yasim|вік|мені|و?عمري|و?عمر) (?:ist |is |є )?{_AGE_PARTICLE}\d{{1,2}}"
    r"|\d{1,2} (?:yasindayim|yasinda|yasindayiz|tuoi))(?!\w)"
)


#: A number right after the person's "I am", as phrase() writes it ("ich bin 16 und ...",
#: "I'm 19"); not one of years, months, a class or a year of training ("ich bin 2 Jahre
#: in Deutschland", "ich bin im 2. Lehrjahr": German "im" read as "I'm 2", "Under 16").
_NO_AGE_AFTER = (
    r"(?!\w)(?! (?:jahre|jahren|monate|monaten|wochen|tage|tagen|years?|months?|weeks?|days?"
    r"|klasse|jahr|lehrjahr|ausbildungsjahr|semester|uhr)\b)"
)
#: German "bin" without its "ich", as chats write it ("bin 17").
_AGE_AFTER_I = re.compile(
    rf"(?<!\w)(?:ich bin|bin|i am|im) {_AGE_PARTICLE}\d{{1,2}}" + _NO_AGE_AFTER
)
#: An age still ahead said of a child ("sie wird bald 16", "she is almost 16", "my son
#: will be 16 soon", "he turns 16", "їй скоро 16", "йому буде 16"): "Asking for my
#: child" was taken and the age asked again; age_option takes the year below. As
#: phrase() writes it.
_SOON = (
    r"(?:(?:wird|will be|turns|will turn|is turning|буде) )?(?:(?:"
    + "|".join(phrase(w) for w in ("bald", "fast", "beinahe", "almost", "nearly", "soon"))
    + "|"
    + "|".join(phrase(w) for w in ("скоро", "майже", "незабаром"))
    + r") )?"
)


#: The same after "is", said of a child ("mein sohn ist 17", "my son is 17"), or after
#: the child named.
#: Ukrainian says it to the child ("моєму сину 15 років") or that the child has it ("син
#: має 16 років"), Arabic with "his, her age" ("ابني عمره 16"): "How old is your
#: child?" was asked under the words that said it.
_AGE_AFTER_IS = re.compile(
    r"(?<!\w)(?:ist|is|wird|will be|сину|синові|доньці|дочці|дитині|має|و?عمره|و?عمرها"
    # Or right after the child ("für meine Tochter 16", "мій син 16 років", "my son 17",
    # "oğlum 16", "ابني 16 سنة": "How old is your child?" was asked under them).
    r"|sohn|tochter|kind|son|daughter|kid|child|син|донька|дочка|доня|oglum|kizim"
    # A word between ("my son is actually 15", "mein Sohn ist doch erst 15"; the old age
    # was sent, the words a note).
    r"|ابني|بنتي|ابنتي) " + _AGE_PARTICLE + _SOON + r"\d{1,2}" + _NO_AGE_AFTER
)


def names_own_age(text: str) -> bool:
    """Whether ``text`` says a number is the person's age ("ich bin 17", "I'm 19",
    "yaşım 18", "мені 16", "عمري 16", "em 16 tuổi")."""
    said = phrase(text)
    return bool(_AGE_NAMED.search(said) or _AGE_AFTER_I.search(said))


#: The most words an age is corrected in on the summary ("sorry, I'm 18 years old").
AGE_WORDS = 6
#: The most words a parent says the child's age in, the child named and then "he" or
#: "she" ("ich frage für meinen Sohn, er ist 17", "I'm asking for my son, he is 17"):
#: over AGE_WORDS the age was left unstored and asked again.
_CHILDS_AGE_WORDS = 10
#: The only number of the words and said last, with "years old" or without (Vietnamese
#: "tuổi": "tôi hỏi giúp con trai tôi, nó 17 tuổi" had its age asked again).
_AGE_LAST = re.compile(r"^\D*\d{1,2}(?: (?:jahre|years?|років|роки|рік|tuoi))?(?: (?:alt|old))?$")
#: The child's age still ahead said last, its "soon" before or after and no "he" or "she"
#: ("oğlum için soruyorum, yakında 16 olacak", "أسأل عن ابني، قريبا 16", "for my son, he
#: will be 16 soon"): the age was left unstored and asked again. As phrase() writes it.
_AGE_AHEAD_LAST = re.compile(
    r"(?<!\w)(?:(?:"
    + "|".join(
        phrase(w)
        for w in (
            *("bald", "fast", "beinahe", "almost", "nearly", "soon", "yakında", "neredeyse"),
            *("скоро", "майже", "незабаром", "قريبا", "sắp"),
        )
    )
    + r") \d{1,2}(?: (?:olacak|olacaktir|tuoi|років|роки))?|\d{1,2} (?:soon|bald))$"
)
#: The child's age said of "he" or "she", as phrase() writes it ("er ist 17", "he's 17";
#: Ukrainian "to him", "to her": "йому 17", "їй 16").
_AGE_OF_HIM = re.compile(
    r"(?<!\w)(?:er|sie|he|she|hes|shes|иому|іи) (?:ist |is )?"
    + _AGE_PARTICLE
    + _SOON
    + r"\d{1,2}"
    + _NO_AGE_AFTER
)
#: The old age after a "not" ("nicht 20", "а не 20 років", "مش 19"), as phrase() writes it.
_OLD_AGE = re.compile(r"\d{1,2}(?: \w+)?")


def age_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An age typed on the summary ("I'm 18 years old", "yaşım 18", "عمري 18"): the age
    question's new answer, as if its ✏️ had been tapped; under 16 a parent's consent is
    asked next, as there. ("Please tap one of the buttons below" before, the words
    dropped and the old age sent.)"""
    if state.screen != ScreenId.SUMMARY or AGE.key not in state.answers:
        return False
    if ADDING in state.answers:
        # Added to an open request (its answers are sent already): a note, as other
        # details typed there are (free_text.corrects_a_detail).
        return False
    said = phrase(text)
    pair = not_pair(said.split())
    if pair is not None and _OLD_AGE.fullmatch(" ".join(pair[0])):
        # "عمري 17 مش 19", "мені 17, а не 20": the age before the "not" (a message
        # before, the old age sent).
        text = said = " ".join(pair[1])
    # "ich bin 17" too; a parent's "er ist 17", "my son is 17" (read as 17 o'clock before).
    named = names_own_age(text) or (
        # "he's just 15": its "he's" (the hour 15 was taken for the best time).
        for_a_child(state.answers)
        and (_AGE_AFTER_IS.search(said) or _AGE_OF_HIM.search(said)) is not None
    )
    if len(said.split()) > AGE_WORDS or not named or typed.asks_on_the_way(text):
        # A longer text is a message, which may name another's age ("mein Bruder ist 12").
        return False
    question = find_question(flow_named(state.flow), AGE.key)
    code = age_option(question, text)
    if code is None or not isinstance(question, Choice):
        return False
    t = translator(state.lang or "de")
    option = next(each for each in question.options if Code.OPTION.of(each.code) == code)
    answer = option_label(option, t)
    if state.answers.get(AGE.key) == option.code:
        # The age the summary shows: noted, nothing to change.
        result.notify(NOTED_ANSWER, choice=answer)
        return True
    label = question_label(state, question)
    edit(state, AGE.key)
    tap(state, code, ctx, result)
    if state.screen == ScreenId.SUMMARY:
        # Said, as a change in other words is (the summary came again without a word);
        # under 16 the parent's consent comes next and says why.
        result.notify(CHANGED_ANSWER, question=label, answer=answer)
    return True


#: A language level typed in a few words ("A2 glaube ich", "ich hab B1", "B 1"), with
#: the Cyrillic А, В, С a Ukrainian keyboard types for A, B, C ("В1").
_TYPED_LEVEL = re.compile(r"(?<!\w)([ABCАВС]) ?([12])(?!\w)", re.IGNORECASE)
_CYRILLIC_LEVEL = str.maketrans("АВС", "ABC")
#: The levels in order: "C1" is answered by the highest label not above it ("B2 or better").
_CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
#: The most words a level is typed in; a longer text is a message (kept for the advisor).
_LEVEL_WORDS = 5


def tap_by_level(state: State, text: str, ctx: Context, result: Result) -> bool:
    """One language level typed among a few words where levels are asked ("A2 glaube
    ich", "C1", "В1"): the tap on the option whose label names the highest level not above
    it. Two levels ("A2 oder B1") or a "not" ("nicht mal A1") are no tap."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION or len(text.split()) > _LEVEL_WORDS:
        return False
    levels = levels_typed(text)
    if len(levels) != 1 or says_not(phrase(text).split()):
        return False
    return tap_level(state, levels.pop(), ctx, result)


def levels_typed(text: str) -> set[int]:
    """The language levels ``text`` names ("A2", "В1"), as their places in _CEFR."""
    return {
        _CEFR.index((letter + digit).upper().translate(_CYRILLIC_LEVEL))
        for letter, digit in _TYPED_LEVEL.findall(text)
    }


def tap_level(state: State, level: int, ctx: Context, result: Result) -> bool:
    """The tap on the option whose label names the highest level not above ``level`` (a
    place in _CEFR); False where the question offers none."""
    code = level_option(state, level)
    if code is None:
        return False
    tap(state, Code.OPTION.of(code), ctx, result)
    return True


def level_option(state: State, level: int) -> str | None:
    """The code of the offered option whose label names the highest level not above
    ``level`` (a place in _CEFR); None where the question offers none."""
    question = current_question(state)
    if not isinstance(question, Choice):
        return None
    t, offered = translator(state.lang or "de"), codes_of(state)
    lowest = {
        option.code: min(_CEFR.index(named) for named in named_levels)
        for option in question.options
        if Code.OPTION.of(option.code) in offered
        and (named_levels := LEVEL.findall(option_label(option, t)))
    }
    fitting = [code for code, at in lowest.items() if at <= level]
    return max(fitting, key=lowest.__getitem__) if fitting else None


#: "He", "she" in the bot's languages, as phrase() writes them: the child said so ("she
#: is still at school"). Vietnamese names a child "con", "cháu" or "nó"; Ukrainian a son
#: or daughter without "my" ("син ще в школі"), and "he has" as "у нього".
_HE_OR_SHE = frozenset(
    phrase(word)
    for word in (
        *("er", "sie", "he", "she", "o", "він", "вона", "هو", "هي", "con", "cháu", "nó"),
        *("син", "донька", "дочка", "дитина", "у нього", "у неї", "в нього", "в неї"),
    )
)
#: "Has", "is" after the child's words ("er hat noch keinen", "she has none yet"): the
#: words a young person says of themselves follow.
_HAS_OR_IS = frozenset(phrase(word) for word in ("hat", "ist", "has", "is", "має", "є"))
#: The questions about the child, past where the child stands, that a parent answers
#: with the child's words first ("er hat noch keinen" at the certificate).
_ABOUT_THE_CHILD = frozenset(SITUATION.about_whom) - {CHILD.key}


def tap_by_child_named(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Where the child stands, said after the child's words ("meine Tochter geht noch zur
    Schule", "kızım hâlâ okulda", "ابنتي ما زالت في المدرسة") under "What describes your
    child's situation best?": the option the rest names ("Please tap one of the buttons
    below" before; the rest alone was taken). So too a parent's answer about the child at
    the questions after it ("er hat noch keinen", "she has none yet", "cháu chưa có bằng"
    at the certificate; noted as a message before)."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    key = current_question(state).key
    if key != CHILD.key and not (key in _ABOUT_THE_CHILD and for_a_child(state.answers)):
        return False
    words = phrase(text).split()
    named = {*_parents_words(state.lang or "de"), *_HE_OR_SHE}
    for listed in sorted(named, key=len, reverse=True):
        child = listed.split()
        if child and words[: len(child)] == child and len(words) > len(child):
            rest = words[len(child) :]
            if len(rest) > 1 and rest[0] in _HAS_OR_IS and key != CHILD.key:
                # "hat noch keinen": the words after the verb are the young person's own.
                rest = rest[1:]
            return tap_by_label(state, " ".join(rest), ctx, result)
    return False


#: The certificate option after a school year finished, by the year's number.
_CERTIFICATE_AFTER = {9: "haupt", 10: "real"}


def tap_certificate_said(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A school certificate said in words at the certificate question: named by the
    country it is from ("Abschluss aus Syrien", "from Syria", "атестат з України", "شهادة
    سورية") or as its schools name it ("lise", "bằng THCS", "lớp 12", "البكالوريا"): "A
    certificate from abroad"; still at school ("ich gehe noch zur Schule", "em đang học
    lớp 12"): "None yet", as a pupil has none. The words go to the advisor (the class,
    the country); "Please tap one of the buttons below" before."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if question.key != CERTIFICATE.key:
        return False
    lang = state.lang or "de"
    assert isinstance(question, Choice)
    if says_no(text):
        # "nein", "لا", "ні" to "Which school-leaving certificate do you have?": none yet
        # ("Please tap one of the buttons below" before); nothing more for the advisor.
        none = next(each for each in question.options if each.code == NO_CERTIFICATE)
        tap(state, Code.OPTION.of(none.code), ctx, result)
        result.notify(NOTED_ANSWER, choice=option_label(none, translator(lang)))
        return True
    # At school first: "em đang học lớp 12" is in grade 12, not through it.
    # "я в 9 класі", "bin in der 10": a school year, its number amid the words (it was
    # "Please tap one of the buttons below").
    finished = school_year_finished(text)
    if says_at_school(text, lang) or in_a_school_year(text):
        code = NO_CERTIFICATE
    elif finished in _CERTIFICATE_AFTER and not names_a_country_abroad(text):
        # "sie hat die 10. Klasse fertig", "she finished 10th grade", "10. sınıfı bitirdi":
        # the certificate after that grade (a note before, and "Please tap").
        code = _CERTIFICATE_AFTER[finished]
    elif names_a_country_abroad(text) or names_a_school_abroad(text):
        code = FROM_ABROAD
    else:
        return False
    option = next(each for each in question.options if each.code == code)
    return tap_keeping_words(state, option, text, ctx, result)


def tap_by_situation(
    state: State, text: str, ctx: Context, result: Result, keep: bool = True
) -> bool:
    """A young person's or their child's situation said as the menu's wishes are ("sucht
    einen Ausbildungsplatz", "ausbildung arıyor"; "sein Chef zahlt nicht", an apprentice's
    trouble): the tap on "looking" or "in training" ("Please tap one of the buttons
    below" before); more words, and trouble however short, go to the advisor."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if question is None or question.key not in (SITUATION.key, CHILD.key):
        return False
    assert isinstance(question, Choice)
    lang = state.lang or "de"
    if question.key == SITUATION.key and said_of_him_or_her(text) and wish(text, lang) == YOUNG.key:
        # "Er sucht eine Ausbildung", "nó đang tìm chỗ học nghề" under "What describes your
        # situation best?": the child's wish, as at the menu (parent_says); it was taken as
        # the writer's own search.
        wish_of_the_child_answers(state, text, ctx, result)
        return state.answers.get(SITUATION.key) is not None
    again = looks_again(text)
    # "bỏ học nghề rồi, giờ muốn tìm chỗ mới": left, and looking (not an apprentice's
    # trouble, as the words of leaving alone are); the words go to the advisor.
    trouble = tells_trouble(text, lang) and not again
    looking = again or wish(text, lang) == YOUNG.key
    # "Ich gehe noch zur Schule", "я ще в школі": at school, not yet looking (it was
    # "Looking for an apprenticeship").
    school = looking and not again and says_at_school(text, lang)
    code = IN_TRAINING if trouble else "school" if school else "looking" if looking else None
    option = next((each for each in question.options if each.code == code), None)
    if option is None or Code.OPTION.of(option.code) not in codes_of(state):
        return False
    tap(state, Code.OPTION.of(option.code), ctx, result)
    if keep and (trouble or again or typed.says_more_than_a_wish(text, lang)):
        label = option_label(option, translator(lang))
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label)
    return True


#: Told when "for myself" is typed where the first question asks who it is for and where
#: they stand ("für mich", "kendim için"). ``first`` ... ``third``: the person's own answers.
FOR_MYSELF_WHICH = N_(
    "Good, then the questions are about you. Which fits you best: “{first}”, “{second}” "
    "or “{third}”? Please tap it below."
)


def for_myself_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Für mich", "for myself" typed at the main menu: the young people's dialogue (the
    menu's "for young people and parents" asked for themselves, as "für meinen Sohn" is
    the parent's), its first question naming the person's own answers ("I have no
    information page on this" before, as if a question had been asked)."""
    if state.screen != ScreenId.MENU or not _says_for_myself(state, text):
        return False
    returning.begin(state, ctx, result, YOUNG.key)
    for_myself(state, text, ctx, result)
    return True


def _says_for_myself(state: State, text: str) -> bool:
    """Whether ``text`` is "for myself" alone (FOR_MYSELF, in the person's language or in
    German), politely or not."""
    lang = state.lang or "de"
    said = without_politeness(phrase(text))
    # "ben kendim için", "ich für mich", "em cho bản thân": the "I" before it says no more.
    first, _, rest = said.partition(" ")
    own = {said, rest if first in _I_BEFORE and rest else said}
    return bool(own & listed_words(FOR_MYSELF, lang))


#: The person's "I" typed before "for myself", as phrase() writes it.
_I_BEFORE = frozenset(phrase(word) for word in ("ich", "i", "ben", "я", "tôi", "em", "أنا", "انا"))


def for_myself(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Für mich", "for myself", "kendim için", "для себе", "لنفسي", "cho bản thân" typed
    under "What describes your situation best?": who it is for, not yet where they stand,
    so the answers for themselves are named ("Please tap one of the buttons below" before,
    as if nothing had been understood)."""
    if state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return False
    if not _says_for_myself(state, text):
        return False
    t, offered = translator(state.lang or "de"), codes_of(state)
    own = [
        option_label(option, t)
        for option in SITUATION.options
        if option.code not in SITUATION.for_another and Code.OPTION.of(option.code) in offered
    ]
    if len(own) != 3:
        return False
    first, second, third = own
    result.notify(FOR_MYSELF_WHICH, first=first, second=second, third=third)
    return True
