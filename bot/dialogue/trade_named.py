"""The trade named with a wish at the main menu ("Ich suche eine Ausbildung als
Mechatroniker", "looking for an apprenticeship as a cook", "навчання на кухаря"): the
trade question's answer, as it reads those words (a suggestion, or the words as another
trade). "Which trade?" was asked after the words that named it. Pure: state, text and
context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue import whereabouts
from bot.dialogue.moves import advance
from bot.dialogue.said_young import (
    KEPT_WITH_FOUR_ANSWERS,
    KEPT_WITH_THREE_ANSWERS,
    NOTED_ANSWER,
    NOTED_ANSWERS,
    tap_by_situation,
)
from bot.dialogue.state import Context, Notice, Result, State
from bot.dialogue.taps import tap_by_a_label_among_words, tap_by_label
from bot.dialogue.trade_case import arabic_craft, turkish_trade, ukrainian_trade
from bot.dialogue.trade_slip import offer_named_trade
from bot.dialogue.typed import KEPT_WITH_ANSWER, KEPT_WITH_ANSWERS
from bot.dialogue.typed_words import phrase
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.navigation import NOT_SHOWN, ScreenId, split_screen
from bot.flows.young import CHILD, SITUATION, TRADE, YOUNG
from bot.i18n import translator

#: The words after an apprenticeship's "as" ("Ausbildung als Mechatroniker", "Lehre als
#: Koch", "apprenticeship as a chef", "навчання на кухаря", "học nghề đầu bếp") up to the
#: clause's end: the trade.
_AS_A_TRADE = re.compile(
    # "Ausbildung zum Koch", "zur Friseurin": as German says it most; a verb or two
    # between before "als" ("Ausbildung machen als Koch", Turkish "Ausbildung istiyorum
    # als Koch"), which left the trade to "Which trade?".
    r"(?:ausbildung(?:splatz|sstelle)?|lehre|lehrstelle) (?:(?:[^\W\d_]+ ){0,2}?als|zum|zur)"
    r" (?P<de>[^,.;!?\n]{3,40})"
    # English too, words between ("an apprenticeship in Leipzig as a chef"); not "as soon
    # as possible", which was stored as the trade looked for.
    r"|(?:apprenticeship|training place|ausbildung) (?:[^\W\d_]+ ){0,2}?as"
    r" (?!(?:soon|early|quickly|fast|well|long|possible)\b)(?:an? )?(?P<en>[^,.;!?\n]{3,40})"
    r"|(?:навчання|профнавчання|ausbildung|навчатися|вчитися|учитися) на (?P<uk>[^,.;!?\n]{3,40})"
    # Vietnamese with its accents or without ("hoc nghe dau bep", as many phones type it).
    r"|(?:học nghề|hoc nghe) (?:làm |lam )?(?P<vi>[^,.;!?\n]{3,40})"
    # Arabic: the apprenticeship as said or spelt from German, then the trade, "in the
    # field of" or the article before it ("اوسبيلدونغ حلاق", "تدريب مهني في مجال الطبخ").
    # "تدريب" alone too, as Levantine says it ("بدور على تدريب نجار").
    # German's word too ("Ausbildung طباخ"), and "as" joined to a craft's form
    # ("Ausbildung كطباخ"; "كهربائي" is the electrician, no "as" in it).
    r"|(?:(?:ausbildung|اوسبيلدونغ|أوسبيلدونغ|اوسبيلدونج|تدريب مهني|تدريب)"
    r" (?:كـ|ك(?=[^\Wا]{2}ا[^\Wا][ةه]?(?![^\W\d_])))"
    r"|(?:اوسبيلدونغ|أوسبيلدونغ|اوسبيلدونج|تدريب مهني|تدريب)(?: في مجال| بمجال| في)? (?:ال)?"
    r"|ausbildung (?=[\u0600-\u06ff]))(?P<ar>[^,.;!?\n،؟]{3,40})"
    # Turkish puts the trade first: "for" or "as" it, then the apprenticeship
    # ("marangozluk için çıraklık arıyorum", "aşçı olarak ausbildung arıyorum").
    r"|(?<!\S)(?P<tr>\S+) (?:için|olarak) (?:çıraklık|çıraklığı|ausbildung|meslek eğitimi|eğitim)",
    re.IGNORECASE,
)
#: Words that end the trade's name in a sentence ("als Koch in Leipzig", "as a cook and"),
#: and the verbs said after it ("Ausbildung als Koch machen", Turkish "... Koch arıyorum",
#: "istiyorum"), which were taken for part of another trade's name.
_AFTER_THE_TRADE = re.compile(
    r"\s+(?:in|im|bei|ab|und|oder|aber|and|or|but|from|at|в|у|і|та|з|ở|tại|và|từ|في|أو|او)\s.*$"
    r"|\s+(?:machen|anfangen|beginnen|suchen|bitte|please|arıyorum|ariyorum|istiyorum"
    r"|yapmak|yapıyorum|yapiyorum|arıyor|ariyor|istiyor|шукаю|хочу"
    # When ("as a chef as soon as possible", "als Koch so schnell wie möglich").
    r"|as soon as|asap|so schnell|so bald|möglichst)(?:\s.*)?$",
    re.IGNORECASE,
)


#: Words that end as occupations do but name no dual apprenticeship: a role ("Ich möchte
#: Partner werden"), an occupation learnt at a university ("Ich will Lehrer werden"), or a
#: dream without a training regulation ("Youtuber"). Taken as the trade "Partner" or
#: "Lehrer", they began the young people's dialogue; the advisor reads them instead.
_NO_APPRENTICESHIP = frozenset(
    {"partner", "partnerin", "lehrer", "lehrerin", "teacher", "arzt", "ärztin", "doctor"}
    | {"zahnarzt", "zahnärztin", "tierarzt", "tierärztin", "anwalt", "anwältin", "lawyer"}
    | {"rechtsanwalt", "rechtsanwältin", "ingenieur", "ingenieurin", "engineer", "pilot"}
    | {"pilotin", "professor", "professorin", "psychologe", "psychologin", "richter"}
    | {"richterin", "apotheker", "apothekerin", "pharmacist", "architekt", "architektin"}
    | {"architect", "youtuber", "influencer", "fußballspieler", "footballer", "manager"}
    | {"managerin", "besitzer", "besitzerin", "owner", "millionär", "millionaire"}
)
_NO_APPRENTICESHIP = _NO_APPRENTICESHIP | {phrase(word) for word in _NO_APPRENTICESHIP}
#: The police trains its officers itself, in no dual apprenticeship: "Polizist" was noted
#: as the trade looked for. In the chat's other languages too ("polis olmak istiyorum",
#: "شرطي", "стати поліцейським"), which with a town found the offices page.
_POLICE = frozenset(
    {"polizist", "polizistin", "polizeibeamter", "polizeibeamtin", "polizei", "police"}
    | {"bundespolizist", "bundespolizistin"}
    | {"policeman", "policewoman"}
    | {"polis", "polise", "polisi", "polislik", "شرطي", "شرطية", "شرطة", "الشرطة", "بوليس"}
    | {"поліцейський", "поліцейським", "поліцейською", "поліцейська", "поліція", "поліції"}
)
_POLICE = _POLICE | {phrase(word) for word in _POLICE}
#: Police in several words ("cảnh sát", "công an"), as they are typed with tones or none.
_POLICE_WORDS = ("cảnh sát", "canh sat", "công an", "cong an")
#: The languages whose "as" names a trade whatever its words ("Ausbildung als
#: Mechatroniker"); elsewhere only a suggested trade is taken.
_ANY_WORDS = frozenset({"de", "en"})


def trade_named(
    state: State,
    text: str,
    ctx: Context,
    result: Result,
    at_the_menu: bool = True,
    beside: str | None = None,
) -> None:
    """After a wish at the main menu began the young people's dialogue: the trade said
    with it taken for the trade question, which is not asked (Back asks it), and the
    receipt names it. ``at_the_menu`` False: the words were typed at the situation
    question (Back from "Meinen Sie …?" leads along the path); ``beside``: the answer the
    same words gave, named with the trade where no receipt names it yet."""
    # A young person looking for an apprenticeship or at school, or a parent asking for
    # such a child ("con trai tôi muốn học nghề đầu bếp").
    seeking = {state.answers.get(SITUATION.key), state.answers.get(CHILD.key)}
    if state.flow != YOUNG.key or not seeking & {"looking", "school"}:
        return
    if TRADE.key in state.answers:
        return
    found = trade_said(state, text, ctx) or _trade_among_words(state, text, ctx)
    if (
        found is not None
        and found[0] == trades.OTHER
        and offer_named_trade(state, found[1], at_the_menu)
    ):
        # "als elektiker": "Meinen Sie Elektroniker/in?" (stored as another trade before).
        return
    if found is not None:
        take_trade(state, *found, result, beside)


def situation_with_its_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A situation said in words (bot.dialogue.said_young.tap_by_situation), with the
    trade named in them taken too ("ich suche eine Ausbildung als Koch", "... als
    Tischler", "marangozluk için çıraklık arıyorum": "Which trade?" was asked after the
    words that named it), as at the main menu; one receipt names both."""
    asked = split_screen(state.screen)[1]
    if not tap_by_situation(state, text, ctx, result):
        return False
    # The situation or the child's, as asked before the tap moved on.
    question = CHILD if asked == CHILD.key else SITUATION
    code = state.answers.get(question.key)
    option = next((each for each in question.options if each.code == code), None)
    said = None if option is None else option_label(option, translator(state.lang or "de"))
    trade_named(state, text, ctx, result, at_the_menu=False, beside=said)
    return True


def _trade_among_words(state: State, text: str, ctx: Context) -> tuple[str, str] | None:
    """A suggested trade named among the few words of a wish, no "as" before it ("suche
    ausbildung koch", "بدي اعمل اوسبيلدونغ حلاق", "шукаю навчання кухар"), as the trade
    question reads it there: its code and label. "Which trade?" was asked after them."""
    trial = state.copy()
    trial.screen = ScreenId.QUESTION.of(TRADE.key)
    if not tap_by_a_label_among_words(trial, TRADE, text, ctx, Result(trial)):
        return None
    code = trial.answers.get(TRADE.key)
    option = next((each for each in TRADE.options if each.code == code), None)
    if option is None or code in (trades.OTHER, trades.UNKNOWN):
        return None
    return option.code, option_label(option, translator(state.lang or "de"))


def trade_named_held(state: State, ctx: Context, result: Result) -> None:
    """The young people's dialogue begun from "add to it or new?" after words that named
    the trade ("Ich suche eine Ausbildung als Koch", with a request open): the trade
    taken as without an open request ("Which trade?" was asked again)."""
    if ctx.held_question:
        trade_named(state, ctx.held_question, ctx, result)


def trade_said(state: State, text: str, ctx: Context) -> tuple[str, str] | None:
    """The trade question's answer the words after an apprenticeship's "as" give (its
    code, and the words or label shown for it), or None."""
    found = _AS_A_TRADE.search(text)
    if found is None:
        return None
    said = next((name, group) for name, group in found.groupdict().items() if group)
    words = _without_a_joined_town(_AFTER_THE_TRADE.sub("", said[1]).strip())
    if no_apprenticeship(words):
        # "Ich suche eine Ausbildung als Polizist": no trade to take ("Polizist" was
        # stored as the trade looked for); the words go to the advisor with the wish.
        return None
    read, sure = _craft_read(said[0], words)
    return trade_read(state, read, ctx, sure)


def _without_a_joined_town(words: str) -> str:
    """``words`` without a town after them with Arabic "in" joined to it ("Koch بلايبزيغ",
    "طباخ بلايبزيغ"), which was taken for part of the trade's name."""
    *before, last = words.split() or [""]
    if before and last.startswith("ب") and whereabouts.is_a_town(last[1:]):
        return " ".join(before)
    return words


def _craft_read(lang: str, words: str) -> tuple[str, bool]:
    """The words of a trade as the trade question reads them, and whether they are sure
    to name one whatever they say: in German and English always; in Turkish, Ukrainian,
    Arabic and Vietnamese where they have a craft's form ("marangozluk", "на столяра",
    "نجار", "thợ mộc"), which was left to "Which trade?" though the words had named it."""
    if lang in _ANY_WORDS:
        return words, True
    craft = {
        "tr": turkish_trade(words, to=False),
        "uk": ukrainian_trade(words, to=True) if " " not in words else None,
        "ar": words if arabic_craft(words) else None,
        "vi": words if words.lower().startswith("thợ ") else None,
    }.get(lang)
    return (craft, True) if craft else (words, False)


def no_apprenticeship(trade: str) -> bool:
    """Whether the words of a trade wished name what no dual apprenticeship leads to
    ("Lehrer", "police officer")."""
    return names_the_police(trade) or bool(_words_of(trade) & _NO_APPRENTICESHIP)


def names_the_police(trade: str) -> bool:
    """Whether the words of a trade wished name the police ("Polizist", "polis", "شرطي",
    "cảnh sát", "поліцейський")."""
    said = (" ".join(trade.lower().split()), phrase(trade))
    if any(words in each for words in _POLICE_WORDS for each in said):
        return True
    return bool(_words_of(trade) & _POLICE)


def _words_of(trade: str) -> set[str]:
    """The words of ``trade`` as typed (lower case) and as phrase() writes them, which
    drops accents: "поліцейський" the trade question read as "поліцеиськии", "شرطة" as
    "شرطه", and took them for another trade."""
    return {*trade.lower().split(), *phrase(trade).split()}


def trade_read(state: State, words: str, ctx: Context, any_words: bool) -> tuple[str, str] | None:
    """``words`` as the trade question reads them: a suggestion's code and label, or with
    ``any_words`` the words themselves as another trade; else None."""
    if not words:
        return None
    trial = state.copy()
    # Read at the menu too, before the dialogue began (as its trade question would).
    trial.flow = YOUNG.key
    trial.answers.setdefault(SITUATION.key, "looking")
    trial.screen = ScreenId.QUESTION.of(TRADE.key)
    tap_by_label(trial, words, ctx, Result(trial))
    code = trial.answers.get(TRADE.key)
    if not isinstance(code, str) or code not in {o.code for o in TRADE.options} - {"unknown"}:
        if not any_words:
            # "навчання на осінь", "học nghề mới": only a suggestion is sure to be a trade.
            return None
        return trades.OTHER, words
    if code == trades.OTHER:
        return code, words
    option = next(each for each in TRADE.options if each.code == code)
    return code, option_label(option, translator(state.lang or "de"))


def take_trade(
    state: State, code: str, shown: str, result: Result, beside: str | None = None
) -> None:
    """The trade read taken as the trade question's answer (asked next, or not shown),
    the receipt of the words naming it (and ``beside``, where no receipt names it yet)."""
    if code == trades.OTHER:
        state.answers[f"{TRADE.key}_other"] = shown
    state.answers[TRADE.key] = code
    if state.screen == ScreenId.QUESTION.of(TRADE.key):
        # The age said too: the trade question is next, and answered now.
        advance(state, TRADE.key)
    else:
        state.answers[NOT_SHOWN] = TRADE.key
    _name_it(result, shown, beside)


def _name_it(result: Result, trade: str, beside: str | None) -> None:
    """The receipt of the words names the trade taken too, beside up to three answers
    named already (a parent's, with the child's situation and age)."""
    named = False
    for index, notice in enumerate(result.notices):
        params = dict(notice.params)
        if notice.message == NOTED_ANSWER:
            both = (("first", params["choice"]), ("second", trade))
            result.notices[index] = Notice(NOTED_ANSWERS, both)
        elif notice.message == KEPT_WITH_ANSWER:
            both = (("first", params["choice"]), ("second", trade))
            result.notices[index] = Notice(KEPT_WITH_ANSWERS, both)
        elif notice.message == KEPT_WITH_ANSWERS:
            three = (("first", params["first"]), ("second", params["second"]), ("third", trade))
            result.notices[index] = Notice(KEPT_WITH_THREE_ANSWERS, three)
        elif notice.message == KEPT_WITH_THREE_ANSWERS:
            # A parent's child's situation and age named already: one receipt, not two.
            result.notices[index] = Notice(
                KEPT_WITH_FOUR_ANSWERS, (*notice.params, ("fourth", trade))
            )
        else:
            continue
        named = True
    if named:
        return
    if beside is not None:
        # "шукаю навчання на кухаря" at the situation: the receipt named the trade alone.
        result.notify(NOTED_ANSWERS, first=beside, second=trade)
    else:
        result.notify(NOTED_ANSWER, choice=trade)
