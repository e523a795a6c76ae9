"""Answers a business owner says in words where their dialogue offers buttons: the
opening two buttons share ("noch nicht"), a start year in words ("seneye")."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.moves import advance
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.questions import current_question
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_a_label_among_words, tap_by_label
from bot.dialogue.typed_words import (
    OR_WORDS,
    labels_holding,
    names_two,
    phrase,
    says_more_than_a_year,
    says_no,
    start_years,
)
from bot.dialogue.work_area import area_trade, split_arabic_and
from bot.flows.answers import option_label
from bot.flows.business import EXPERIENCE, SECTOR, TRADES
from bot.flows.model import Choice, MultiChoice, first_start_year
from bot.flows.navigation import (
    Code,
    ScreenId,
    split_screen,
)
from bot.i18n import N_, translator
from bot.negation import says_not

#: Told when the words typed are the opening two buttons share ("noch nicht" under "Noch
#: nicht, mit Ausbilder" and "Noch nicht, ohne Ausbilder"). ``first``, ``second``: their labels.
ASK_WHICH = N_("Which one do you mean: “{first}” or “{second}”? Please tap it below.")
#: The same when more words came after the opening ("noch nicht, aber ich habe den
#: Meister"), which go to the advisor.
ASK_WHICH_KEPT = N_(
    "Thank you, we have noted your message for the advisor. Which one do you mean: "
    "“{first}” or “{second}”? Please tap it below."
)
#: Told for a bare "no" or "never" where the training experience is asked ("nein, noch
#: nie"): it answers "trained before?", and the trainer is what the two "not yet" answers
#: (``with_trainer``, ``without``: their labels) still differ in.
TRAINER_STILL_OPEN = N_(
    "Thank you. Does someone in your business have a trainer qualification (AEVO exam or "
    "master craftsman's certificate, Meister)? If so, please tap “{with_trainer}” below; "
    "if not, “{without}”."
)
#: Told for "this year" typed once this year's start is past (domain.md: training usually
#: starts on 1 August or 1 September).
THIS_YEARS_START_PAST = N_(
    "This year's start (usually 1 August or 1 September) has passed. We have noted "
    "“{year}”, the next start, as your answer. Your message goes to the advisor with your "
    "request."
)
#: What ends the opening two labels share ("Not yet, but we have a trainer").
_OPENING_END = re.compile(r"[,،]")


def ask_which(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The opening that two offered buttons share typed, alone or before more words ("not
    yet", "henüz değil", "ще ні", "chưa", "ليس بعد"; "ja" for "Ja, wir bilden zurzeit
    aus" and "Ja, früher"): which of the two is asked, naming them, rather than "Please
    tap one of the buttons below"; nothing is guessed. More words go to the advisor."""
    labels = _labels_offered(state)
    if labels is None:
        return False
    said = phrase(text).split()
    for opening in {
        phrase(_OPENING_END.split(label)[0]) for label in labels if "," in label or "،" in label
    }:
        words = opening.split()
        sharing = [label for label in labels if phrase(_OPENING_END.split(label)[0]) == opening]
        if len(sharing) != 2:
            continue
        first, second = sharing
        if bare_no(said) and _negative(words):
            # "nein", "noch nie", "hayır hiç", "ні, ніколи": the two "not yet" answers
            # differ in what the "no" leaves open (a trainer), which is asked; "Please
            # tap" before, then "Which one do you mean" without saying why.
            if state.screen == ScreenId.QUESTION.of(EXPERIENCE.key):
                # The options stand in this order: the trainer's first.
                result.notify(TRAINER_STILL_OPEN, with_trainer=first, without=second)
            else:
                result.notify(ASK_WHICH, first=first, second=second)
            return True
        if said[: len(words)] != words:
            continue
        if _one_of_them(state, " ".join(said[len(words) :]), sharing, ctx, result):
            # "Ja, wir bilden gerade aus": the words after the "ja" name the one.
            return True
        if len(said) == len(words):
            result.notify(ASK_WHICH, first=first, second=second)
        else:
            typed.keep_for_advisor(text, ctx, result, ASK_WHICH_KEPT, first=first, second=second)
        return True
    return False


def _one_of_them(state: State, words: str, labels: list[str], ctx: Context, result: Result) -> bool:
    """The tap of the option of ``labels`` that ``words`` name on their own, as the
    question reads them (on a trial state first); False where they name none of them."""
    question = current_question(state)
    if not words or not isinstance(question, Choice):
        return False
    trial = state.copy()
    trial.answers.pop(question.key, None)
    if not tap_by_label(trial, words, ctx, Result(trial)):
        return False
    t = translator(state.lang or "de")
    named = trial.answers.get(question.key)
    if not any(o.code == named and option_label(o, t) in labels for o in question.options):
        return False
    return tap_by_label(state, words, ctx, result)


def _labels_offered(state: State) -> list[str] | None:
    """The labels of the options offered where a Choice is asked, or None elsewhere."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return None
    question = current_question(state)
    if not isinstance(question, Choice):
        return None
    t, offered = translator(state.lang or "de"), codes_of(state)
    return [
        option_label(option, t)
        for option in question.options
        if Code.OPTION.of(option.code) in offered
    ]


def ask_which_holds(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Words that two offered buttons hold, and no other ("атестат" for "Іноземний атестат"
    and "Атестат для вступу до вишу"): which of the two is asked, naming them, rather than
    "Please tap one of the buttons below"; nothing is guessed."""
    labels = _labels_offered(state)
    question = current_question(state) if labels is not None else None
    if labels is None or not isinstance(question, Choice) or question.typed:
        # A question that takes typed words keeps them as its answer.
        return False
    found = labels_holding(text, labels)
    if len(found) != 2 or says_not(phrase(text).split()):
        return False
    result.notify(ASK_WHICH, first=labels[found[0]], second=labels[found[1]])
    return True


#: The words of a bare "no" or "never", as phrase() writes them ("nein, noch nie", "no,
#: never", "hayır hiç", "ні, ніколи", "chưa bao giờ", "لا أبدا"; "nein, bisher nicht",
#: "nein, noch keine", "hayır, daha değil").
_NO_OR_NEVER = frozenset(
    phrase(word)
    for word in (
        *("nein", "nee", "nö", "nie", "niemals", "no", "never", "not", "nope"),
        *("nicht", "keine", "keinen"),
        *("hayır", "hiç", "yok", "değil", "ні", "ніколи", "не", "нет"),
        *("никогда", "không", "chưa", "ko", "لا", "أبدا", "ابدا", "ليس"),
    )
)
#: Words that say "yet", "so far", "ever" beside a "no" ("noch nie", "bis jetzt nicht",
#: "поки ні", "chưa bao giờ", "لا لسا"), as phrase() writes them; alone they say no "no":
#: "jetzt" (now) alone was asked which of the two "not yet" answers was meant.
_WITH_NO = frozenset(
    phrase(word)
    for word in (
        *("noch", "yet", "bisher", "daha", "henüz", "ще", "bao", "giờ", "بعد"),
        *("bis", "jetzt", "поки", "từng", "لسا", "لسه"),
        # The question's own verb ("noch nie ausgebildet", "hiç yetiştirmedik", "never
        # trained", "ніколи не навчали", "ما دربنا أبدا"): "Please tap" before.
        *("ausgebildet", "trained", "yetiştirmedik", "навчали", "đào", "tạo", "دربنا"),
        *("درّبنا", "ما"),
        # "We have" after the "no" ("chưa có", "لا ما عندنا"): nothing had yet.
        *("có", "عندنا", "عنا"),
        # "Before" beside the "never" ("hayır daha önce hiç", "no, never before", "ні,
        # раніше ніколи", "لا، أبدا من قبل"): a note, and the question asked again, before.
        *("önce", "früher", "before", "раніше", "trước", "đây", "قبل", "من"),
    )
)


def bare_no(said: list[str]) -> bool:
    """Whether the words ``said`` are a bare "no" or "never" and nothing more: a word of
    _NO_OR_NEVER, and beside it only such words or those of _WITH_NO."""
    return any(word in _NO_OR_NEVER for word in said) and all(
        word in _NO_OR_NEVER or word in _WITH_NO for word in said
    )


def _negative(opening: list[str]) -> bool:
    """Whether a labels' shared opening says "not yet" ("Noch nicht", "Ще ні", "Chưa")."""
    return says_not(opening) or any(says_no(word) for word in opening)


def tap_by_year(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A start typed in words where years are asked ("nächstes Jahr im September",
    "seneye", "ab 1.9.2027", "August", "ab sofort"): the tap on that year's button (a
    month's the earliest year it is still ahead, typed_words.start_years); words that say
    more (the month, the hurry) go to the advisor with it."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if not isinstance(question, Choice) or all(option.year is None for option in question.options):
        return False
    today = ctx.local_now.date()
    first = first_start_year(today)
    years = start_years(text, today, first)
    # Two years ("nächstes Jahr oder übernächstes") answer no one button: it took the first.
    # So did one year and "or" another read as none ("gelecek yıl veya sonraki").
    year = next(iter(years)) if len(years) == 1 and not names_two(text) else None
    offered = codes_of(state)
    for option in question.options:
        if (
            option.year is None
            or year != first + option.year
            or Code.OPTION.of(option.code) not in offered
        ):
            continue
        tap(state, Code.OPTION.of(option.code), ctx, result)
        if says_more_than_a_year(text):
            typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=str(year))
        return True
    if years == {today.year} and first > today.year and not _or_said(text):
        # "bu yıl", "dieses Jahr" once this year's start is past: the next start, the
        # first button, and why (the buttons were asked for, the person left unsure).
        option = next(each for each in question.options if each.year == 0)
        if Code.OPTION.of(option.code) in offered:
            told = THIS_YEARS_START_PAST
            if typed.keep_for_advisor(text, ctx, result, told, year=str(first)):
                tap(state, Code.OPTION.of(option.code), ctx, result)
            return True
    if years:
        # A year no button offers ("2030"), or two: for the advisor, and the buttons
        # asked for ("Please tap one of the buttons below" dropped the words).
        typed.keep_for_advisor(text, ctx, result, typed.kept_notice(text))
        return True
    return False


def _or_said(text: str) -> bool:
    """Whether ``text`` names another choice beside the year it says ("dieses Jahr oder
    nächstes": "nächstes" is no year of its own)."""
    return bool(set(phrase(text).split()) & OR_WORDS)


#: What joins the trades named in one answer ("Koch und Verkäufer", "cook and hairdresser",
#: "aşçı ve kuaför", "кухар і продавець", "đầu bếp và thợ làm tóc", "طباخ و حلاق").
_JOINED = re.compile(
    r"\s*[,;+&]\s*|\s+(?:und|sowie|and|ve|ile|і|й|та|и|và|với|و)\s+", re.IGNORECASE
)
#: "Or" between trades ("Koch oder Verkäufer", "aşçı ya da kuaför", "طباخ أو حلاق"): an
#: owner who would train in either; both ticked, the "or" for the advisor.
_OR = re.compile(r"\s+(?:oder|or|veya|ya da|yada|або|чи|или|hoặc|hay|أو|او)\s+", re.IGNORECASE)


def parts_named(text: str) -> list[str]:
    """``text`` split where "and", "or" or a comma joins one named thing to the next
    ("Koch oder Verkäufer": "Koch", "Verkäufer")."""
    return [part for each in _OR.split(text.strip()) for part in _JOINED.split(each) if part]


def tap_several_named(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Two or more options of a question that takes several named in one answer ("Koch und
    Verkäufer"), each as it is read alone: all ticked, and on ("Another trade" in those
    words before, and the sector asked on top, which the trades tell)."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if not isinstance(question, MultiChoice):
        return False
    parts = [
        piece
        for part in parts_named(text)
        for area in split_arabic_and(part)
        for piece in _split_joined_and(state, question, area, ctx)
    ]
    if len(parts) < 2:
        return False
    codes: list[str] = []
    areas = False
    for part in parts:
        area = area_trade(part) if question.key == TRADES.key else None
        if area is not None and Code.OPTION.of(area) in codes_of(state):
            # "Küche und Service": the trades the work areas name.
            codes.append(area)
            areas = True
            continue
        named = _one_named(state, question, part, ctx)
        if named is None:
            return False
        codes.append(named)
    if len(set(codes)) < 2:
        return False
    order = [o.code for o in question.options]
    if _OR.search(text) and not _or_kept(state, question, codes, text, ctx, result):
        return True
    ticked = state.answers.get(question.key)
    if isinstance(ticked, list) and ticked:
        # Ticking (changed from the summary, or several chosen): the ones named ticked
        # beside the others (a tap would untick one ticked), and "Done" still to tap.
        alone = {o.code for o in question.options if o.alone}
        state.answers[question.key] = sorted(set(ticked) - alone | set(codes), key=order.index)
        _named_noted(state, question, codes, result)
        return True
    state.answers[question.key] = sorted(set(codes), key=order.index)
    state.answers.pop(f"{question.key}_other", None)
    if areas:
        # The trades were not named: the person is told which were noted.
        _named_noted(state, question, codes, result)
    advance(state, question.key)
    return True


def _one_named(state: State, question: MultiChoice, part: str, ctx: Context) -> str | None:
    """The one option ``part`` names as it is read alone, or None (none, several, "Another
    trade" or an option that stands alone)."""
    trial = state.copy()
    # Read as if nothing were ticked: a tap on one ticked unticks it.
    trial.answers.pop(question.key, None)
    if not (
        tap_by_label(trial, part, ctx, Result(trial))
        or tap_by_a_label_among_words(trial, question, part, ctx, Result(trial))
    ):
        return None
    named = trial.answers.get(question.key)
    alone = {o.code for o in question.options if o.alone}
    if not isinstance(named, list) or len(named) != 1 or named[0] in {question.other, *alone}:
        return None
    return named[0]


#: The Arabic "and", written joined to the word after it ("نادل وطباخ").
_ARABIC_AND = "و"


def _split_joined_and(state: State, question: MultiChoice, part: str, ctx: Context) -> list[str]:
    """``part`` split before each word that carries the Arabic "and" joined to an option's
    name ("بدنا نادل وطباخ": "بدنا نادل", "طباخ"; only the waiter was ticked); words that
    merely begin with its letter ("وكيل") stay as they are."""
    words = part.split()
    pieces: list[list[str]] = [[]]
    for at, word in enumerate(words):
        bare = word[len(_ARABIC_AND) :]
        if (
            at > 0
            and word.startswith(_ARABIC_AND)
            and len(bare) > 2
            and _one_named(state, question, bare, ctx) is not None
        ):
            pieces.append([bare])
        else:
            pieces[-1].append(word)
    return [" ".join(piece) for piece in pieces]


def _named_noted(state: State, question: MultiChoice, codes: list[str], result: Result) -> None:
    """The person told which of ``question``'s options were noted, in its order."""
    t = translator(state.lang or "de")
    labels = (option_label(o, t) for o in question.options if o.code in codes)
    result.notify(NOTED_ANSWER, choice=", ".join(labels))


def _or_kept(
    state: State, question: MultiChoice, codes: list[str], text: str, ctx: Context, result: Result
) -> bool:
    """Options joined by "or" ("Koch oder Verkäufer"): the words kept for the advisor, who
    asks which, and the person told which were noted (taken as "Another trade" in those
    words before, or as the first alone). False when the words no longer fit."""
    t = translator(state.lang or "de")
    labels = [
        option_label(option, t)
        for code in dict.fromkeys(codes)
        for option in question.options
        if option.code == code
    ]
    if len(labels) == 2:
        first, second = labels
        return typed.keep_for_advisor(
            text, ctx, result, typed.KEPT_WITH_ANSWERS, first=first, second=second
        )
    return typed.keep_for_advisor(
        text, ctx, result, typed.KEPT_WITH_ANSWER, choice=", ".join(labels)
    )


def sector_from_trade(state: State, ctx: Context, result: Result) -> None:
    """The sector asked after a trade typed in own words that names it ("làm móng", "tiệm
    nail", "Nagelstudio": "Hair, beauty or cosmetics"): taken from those words, as the
    sector question reads them, and named ("Which sector?" asked what had just been said)."""
    if state.screen != ScreenId.QUESTION.of(SECTOR.key):
        return
    words = state.answers.get(f"{TRADES.key}_other")
    if not isinstance(words, str):
        return
    trial = state.copy()
    if not tap_by_label(trial, words, ctx, Result(trial)):
        return
    code = trial.answers.get(SECTOR.key)
    option = next((o for o in SECTOR.options if o.code == code and code != SECTOR.other), None)
    if option is None:
        return
    tap(state, Code.OPTION.of(option.code), ctx, result)
    label = option_label(option, translator(state.lang or "de"))
    result.notify(NOTED_ANSWER, choice=label)
