"""A trade wished alone at the main menu, as a young person with a little German types it
("Ausbildung als Koch", "Lehre als Maurer", "Ich will Mechatroniker werden", "I want to
be a mechatronics technician"): the young people's dialogue, "Looking for an
apprenticeship" and the trade taken. Only words that say nothing else: an offer ("Wir
bieten Ausbildung als Koch an") or a question ("Was verdient man in der Ausbildung als
Koch?") stays what it was. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue import returning, typed, whereabouts
from bot.dialogue.moves import go
from bot.dialogue.press import tap
from bot.dialogue.questions import answer_typed, current_question
from bot.dialogue.said import QUESTION_MARK, tap_keeping_words
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_case import arabic_craft, turkish_trade, ukrainian_trade
from bot.dialogue.trade_named import no_apprenticeship, take_trade, trade_read, trade_said
from bot.dialogue.trade_slip import offer_named_trade
from bot.dialogue.typed_words import greets
from bot.faq.matcher import match, wish
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.model import Buttons
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import SITUATION, TRADE, YOUNG
from bot.i18n import translator

#: An apprenticeship and its trade, nothing before them but an article ("Ausbildung als
#: Koch", "eine Lehre als Maurer", "apprenticeship as a chef", "навчання на кухаря",
#: "học nghề đầu bếp"); bot.dialogue.trade_named reads the trade.
_APPRENTICESHIP_AS = re.compile(
    r"(?:(?:eine?|die|meine?|an?) )?"
    r"(?:(?:ausbildung(?:splatz|sstelle)?|lehre|lehrstelle) (?:als|zum|zur)"
    r"|(?:apprenticeship|training place|ausbildung) as"
    r"|(?:навчання|профнавчання|ausbildung|навчатися|вчитися|учитися) на"
    r"|học nghề|hoc nghe) \S+(?: \S+){0,3}"
    # Arabic "as" joined to the trade ("Ausbildung كطباخ", "تدريب مهني كطباخ").
    r"|(?:ausbildung|اوسبيلدونغ|أوسبيلدونغ|اوسبيلدونج|تدريب مهني|تدريب) ك\S+",
    re.IGNORECASE,
)
#: An apprenticeship with a trade's name right after it, no "as" between, as a young
#: person with a little German types it ("Ausbildung Friseur", "Lehrstelle Koch",
#: "apprenticeship hairdresser"): only a suggested trade is read there, as other words
#: after it may say anything ("Ausbildung Infos").
_APPRENTICESHIP_THEN = re.compile(
    r"(?:(?:eine?|die|meine?|an?) )?"
    r"(?:ausbildung(?:splatz|sstelle)?|lehre|lehrstelle|apprenticeship)"
    r" (?P<trade>\S+(?: \S+){0,2})",
    re.IGNORECASE,
)
#: A trade's training or learning wished in Turkish or Arabic ("aşçılık eğitimi arıyorum",
#: "aşçılık ausbildung", "kuaförlük yapmak istiyorum", "بدي اتعلم طبخ"): only a suggested
#: trade is read there, as other words may name a course ("dil eğitimi": language).
_TRADE_TO_LEARN = re.compile(
    r"(?P<tr>\S+) (?:eğitimi|egitimi|ausbildung|ausbildungu|çıraklığı|çıraklık)"
    r"(?: (?:arıyorum|ariyorum|istiyorum|almak istiyorum|yapmak istiyorum))?"
    r"|(?P<tr_verb>\S+) (?:yapmak|okumak|öğrenmek|ogrenmek) istiyorum"
    r"|(?:بدي|أريد|اريد|ابغى)(?: أن| ان)? (?:اتعلم|أتعلم) (?P<ar>\S+)"
    # German "learn" a trade, as teenagers say it ("will Friseurin lernen", "Koch lernen":
    # "I have no information page on this").
    r"|(?:ich )?(?:(?:will|möchte|mochte|moechte|würde) )?(?:gerne? |gern )?(?P<de>\S+) lernen",
    re.IGNORECASE,
)
#: A trade to become, in German or English as a young person types it ("Ich will
#: Mechatroniker werden", "möchte gern Pflegefachfrau werden", "I want to be a plumber").
_TO_BECOME = re.compile(
    r"(?:ich )?(?:will|möchte|mochte|moechte|würde|wurde|würd) (?:ich )?(?:gerne? |gern )?"
    r"(?:(?:ein|eine) )?(?P<de>\S+(?: \S+)?) werden"
    # A change to a trade ("ich will zu Tischler wechseln", "möchte zum Bäcker wechseln").
    r"|(?:ich )?(?:will|möchte|mochte|moechte|würde|wurde|würd) (?:gerne? |gern )?"
    r"(?:zu|zum|zur) (?P<de_to>\S+(?: \S+)?) wechseln"
    r"|i (?:want to|wanna|would like to|d like to|will) (?:be|become) an? (?P<en>\S+(?: \S+){0,2})"
    # Arabic "I want to become / work as" ("بدي صير نجار", "أريد أن أصبح نجار").
    r"|(?:بدي|أريد|اريد|ابغى|أبغى|حابب|حابة)(?: أن| ان)?"
    r" (?:صير|أصير|اصير|أصبح|اصبح|أكون|اكون|اشتغل|أشتغل) (?P<ar>\S+)"
    # Vietnamese "to work as / become / change to a craftsman (thợ) of ..." ("em muốn
    # làm thợ mộc": "thợ" names a trade whatever follows).
    # Typed without its tones too ("em muon lam canh sat o Leipzig": the offices page).
    r"|(?:(?:em|tôi|toi|mình|minh|con) )?(?:muốn|muon)"
    r" (?:làm|lam|trở thành|tro thanh|chuyển sang|học nghề|hoc nghe|học làm|hoc lam)"
    r" (?P<vi>thợ(?: \S+){1,3}|cảnh sát|canh sat|công an|cong an)"
    # Arabic "I want to change to" ("بدي انتقل للنجارة"), "to" joined to the trade.
    r"|(?:بدي|أريد|اريد|ابغى|أبغى|حابب|حابة)(?: أن| ان)? (?:انتقل|أنتقل)"
    r" (?:(?:إلى|الى) )?(?:لل|ل)?(?P<ar_to>\S+)"
    # Turkish "become", "change to" ("marangoz olmak istiyorum", "marangozluğa geçmek
    # istiyorum"), and Ukrainian ("хочу стати столяром", "хочу перейти на столяра"):
    # bot.dialogue.trade_case reads the trade's case.
    r"|(?:ben )?(?P<tr>\S+) olmak (?:istiyorum|isterim)"
    r"|(?:ben )?(?P<tr_to>\S+) geçmek (?:istiyorum|isterim)"
    r"|(?:я )?(?:хочу|хотів би|хотіла б|хотіла би) (?:стати|бути) (?P<uk>\S+)"
    r"|(?:я )?(?:хочу|хотів би|хотіла б|хотіла би) (?:перейти|змінити професію) на (?P<uk_to>\S+)",
    re.IGNORECASE,
)
#: A trade a son or a daughter wants to become, as a parent types it ("er will Tischler
#: werden", "Mein Sohn will Tischler werden", "my daughter wants to be a plumber"), the
#: child's age said first too ("Mein Sohn ist 16 und will Tischler werden", "oğlum 16
#: yaşında ve marangoz olmak istiyor", "моєму сину 16 і він хоче стати столяром", "ابني
#: عمره 16 وبدو يصير نجار", "con trai tôi 16 tuổi muốn làm thợ mộc": "Asking for my
#: child" alone was taken).
_CHILD_TO_BECOME = re.compile(
    r"(?:er|sie|(?:mein|unser) sohn|(?:meine|unsere) tochter)"
    r"(?: ist \d{1,2}(?: jahre)?(?: alt)?(?: und)?)?(?: er| sie)?"
    r" (?:will|möchte|mochte|moechte|würde|wurde) (?:gerne? |gern )?"
    r"(?:(?:ein|eine) )?(?P<de>\S+(?: \S+)?) werden"
    r"|(?:he|she|(?:my|our) (?:son|daughter))(?: is \d{1,2}(?: years old)?(?: and)?)?"
    r"(?: he| she)? (?:wants to|would like to|wanna) (?:be|become) an? (?P<en>\S+(?: \S+){0,2})"
    r"|(?:oğlum|kızım)(?: \d{1,2} yaşında)?(?: ve)? (?P<tr>\S+) olmak istiyor"
    # A trade to learn or do ("kızım kuaförlük okumak istiyor", "oğlum 16 yaşında araba
    # tamiri öğrenmek istiyor"): "Asking for my child" alone was taken.
    r"|(?:oğlum|kızım)(?: \d{1,2} yaşında)?(?: ve)? (?P<tr_learn>\S+(?: \S+)?)"
    r" (?:yapmak|okumak|öğrenmek|ogrenmek) istiyor"
    r"|(?:(?:мій )?син|(?:моя )?(?:донька|дочка))(?: має \d{1,2} (?:років|роки))?(?: і| та)?"
    r"(?: він| вона)? хоче (?:стати|бути) (?P<uk>\S+)"
    r"|(?:(?:моєму )?сину|(?:моїй )?(?:доньці|дочці)) \d{1,2}(?: років| роки)?(?: і| та)?"
    r"(?: він| вона)? хоче (?:стати|бути) (?P<uk_after_age>\S+)"
    r"|(?:ابني|بنتي|ابنتي)(?: (?:عمره|عمرها) \d{1,2}(?: سنة)?)? ?و?"
    r"(?:بدو|بدها|يريد|تريد)(?: أن| ان)? (?:يصير|تصير|يصبح|تصبح|يشتغل|تشتغل) (?P<ar>\S+)"
    r"|con (?:trai|gái)(?: tôi| em| mình)?(?: \d{1,2} tuổi)?(?: và)?(?: nó| cháu)?"
    r" muốn (?:làm|trở thành|học nghề|học làm) (?P<vi>thợ(?: \S+){1,3})",
    re.IGNORECASE,
)
#: How the names of occupations end ("Mechatroniker", "Pflegefachfrau", "Florist",
#: "Augenoptikerin", "plumber", "technician"): "Ich will reich werden" names none.
_OCCUPATION_ENDS = (
    *("er", "erin", "eur", "eurin", "ist", "istin", "mann", "frau", "kraft", "ant", "antin"),
    *("ent", "entin", "or", "ör", "wirt", "wirtin", "ologe", "ologin", "ian", "ic", "smith"),
)
#: German comparatives, which end as occupations do ("Ich will besser werden").
_COMPARATIVES = frozenset(
    {"besser", "größer", "stärker", "schneller", "älter", "reicher", "klüger", "schlauer"}
    | {"lieber", "mehr", "weiter", "gesünder", "schöner", "sicherer", "lauter", "leiser"}
)


#: A town after the wish ("Ausbildung als Koch in Leipzig", "apprenticeship as a chef in
#: Dresden", "навчання на кухаря в Лейпцигу", "học nghề đầu bếp ở Leipzig"), or near it
#: ("in der Nähe von Leipzig", "bei Leipzig", "біля Лейпцига", "gần Leipzig"): the town's
#: name took the words to the offices page, and the wish was lost. The longest words first.
_IN_A_TOWN = re.compile(
    r"[\s,]+(?:in der nähe von|in der umgebung von|in der nähe|im raum|rund um|nähe|nahe|raum"
    r"|bei|um|in|im|near|around|close to|в|у|біля|поблизу|під|ở|gần|tại|في|ب"
    # Vietnamese typed without its tones ("em muon lam canh sat o Leipzig").
    r"|o|gan|tai)"
    r"\s+(?P<town>\S+(?: \S+)?)$",
    re.IGNORECASE,
)
#: A Saxon town's name alone after the wish, as a young person types it ("Ausbildung als
#: Koch Leipzig"): only a Saxon town, as everyday words name towns elsewhere ("Lehre").
_TOWN_LAST = re.compile(r"[\s,]+(?P<town>\S+)$")
#: "And the area around" after the town ("in Leipzig und Umgebung", "or nearby").
_AND_AROUND = re.compile(
    r"\s+(?:(?:und|oder|u\.|o\.) umgebung|(?:and|or) (?:the )?(?:area|surroundings|nearby))$",
    re.IGNORECASE,
)


#: A town named between the apprenticeship and its "as" ("Ausbildung in Leipzig als Koch",
#: "apprenticeship in Dresden as a chef"), which found the offices page.
_TOWN_BEFORE_AS = re.compile(
    r"\s+(?:in|im|bei|near)\s+(?P<town>\S+)(?=\s+(?:als|zum|zur|as)\s)", re.IGNORECASE
)


#: A town named with its "in" before the wish ("In Leipzig will ich Polizist werden", "in
#: Leipzig Ausbildung als Koch"): the town's name took the words to the offices page.
_TOWN_FIRST = re.compile(
    r"^\s*(?:in|im|bei|near|around|в|у|ở|o|tại|tai|في)\s+(?P<town>\S+)[\s,]+", re.IGNORECASE
)
#: A town before the wish in its Turkish case ("Leipzig'de polis olmak istiyorum"): the
#: town's name took the words to the offices page, and the wish was lost.
_TURKISH_TOWN_FIRST = re.compile(r"^\s*(?P<town>\S+)[\s,]+")


def _without_town(text: str) -> tuple[str, bool]:
    """``text`` without a town named after it (or before its "as", or first in its Turkish
    case), and whether one was."""
    between = _TOWN_BEFORE_AS.search(text)
    if between is not None and whereabouts.names_a_town(between.group("town")):
        return text[: between.start()] + text[between.end() :], True
    said = _AND_AROUND.sub("", text.rstrip(" .!"))
    found = _IN_A_TOWN.search(said)
    if found is not None and whereabouts.names_a_town(found.group("town")):
        return said[: found.start()], True
    last = _TOWN_LAST.search(said)
    if last is not None:
        town = last.group("town")
        # Arabic "in" joined to the town ("بلايبزيغ"), Turkish's case after it ("Leipzig'de").
        bare = town[1:] if town.startswith("ب") else whereabouts.without_turkish_ending(town)
        if whereabouts.is_a_town(bare) and whereabouts.names_a_saxon_town(bare):
            return said[: last.start()], True
    first = _TOWN_FIRST.match(said)
    if first is not None and whereabouts.names_a_town(first.group("town")):
        return said[first.end() :], True
    first = _TURKISH_TOWN_FIRST.match(said)
    if first is not None:
        town = first.group("town")
        bare = whereabouts.without_turkish_ending(town)
        if bare != town and whereabouts.names_a_saxon_town(bare):
            return said[first.end() :], True
    return text, False


#: A second trade joined to the first ("Koch oder Friseur", "a cook or hairdresser"): the
#: first is taken, and the words go to the advisor (the second reached no one before).
#: Vietnamese names a trade in several words ("thợ hàn"): all after "hoặc" (or) goes.
_OR_ANOTHER = re.compile(
    r"\s+(?:oder|or|und|and|veya|або|чи|أو)\s+(?:an?\s+)?\S+|\s+hoặc\s.*$", re.I
)


def one_trade(text: str) -> tuple[str, bool]:
    """``text`` without a second trade joined to the first, and whether one was."""
    one = _OR_ANOTHER.sub("", text, count=1)
    return one, one != text


def _plain(text: str) -> str:
    """``text`` without punctuation and extra spaces, its letters as typed."""
    return " ".join(re.sub(r"[^\w/-]+", " ", text).split())


def _trade_alone(
    state: State, text: str, ctx: Context, any_suggested: bool = False
) -> tuple[str, str] | None:
    """The trade question's answer ``text`` gives and nothing else (code and what is
    shown for it), or None; ``any_suggested``: a suggested trade to become whatever its
    name's ending ("Koch"; at the main menu, where bot.dialogue.trade_wish reads it, only
    the first of two trades named)."""
    if QUESTION_MARK.search(text):
        return None
    plain = _plain(text)
    if _APPRENTICESHIP_AS.fullmatch(plain):
        return trade_said(state, plain, ctx)
    bare = _APPRENTICESHIP_THEN.fullmatch(plain)
    if bare is not None:
        return trade_read(state, bare.group("trade"), ctx, any_words=False)
    learning = _TRADE_TO_LEARN.fullmatch(plain)
    if learning is not None:
        said = (
            learning.group("tr")
            or learning.group("tr_verb")
            or learning.group("ar")
            or learning.group("de")
        )
        # "ich will Tischler lernen": an occupation's name, as for "Tischler werden".
        named = learning.group("de") is not None and _an_occupation(said)
        return trade_read(state, said, ctx, any_words=named)
    becoming = _TO_BECOME.fullmatch(plain)
    if becoming is None:
        return None
    if becoming.group("vi"):
        # "em muốn làm cảnh sát": the police, no trade (the advisor answers).
        vi = becoming.group("vi")
        return None if no_apprenticeship(vi) else trade_read(state, vi, ctx, any_words=True)
    case_read = _read_in_its_case(becoming)
    if case_read is not None:
        # "marangoz", "столяр": another trade; a suggested one as its button ("aşçılık").
        return trade_read(state, case_read, ctx, any_words=True) if case_read else None
    craft = becoming.group("ar") or becoming.group("ar_to")
    if craft:
        return trade_read(state, craft, ctx, any_words=arabic_craft(craft))
    trade = becoming.group("de") or becoming.group("de_to") or becoming.group("en")
    if _an_occupation(trade):
        return trade_read(state, trade, ctx, any_words=True)
    if trade.split()[-1].lower() in _COMPARATIVES or no_apprenticeship(trade):
        return None
    # "Ich will Koch oder Friseur werden", "I want to be a chef" (at "Which trade?", where
    # the whole sentence was stored as another trade): a suggested trade whatever its
    # ending; other words never ("Ich will reich werden" names none).
    return trade_read(state, trade, ctx, any_words=False) if any_suggested else None


def _read_in_its_case(becoming: re.Match[str]) -> str | None:
    """The Turkish or Ukrainian trade of a wish, in its base form ("marangozluğa":
    "marangozluk", "столяром": "столяр"); "" where the words name none ("zengin olmak",
    "стати багатим"); None where the wish is in another language."""
    for group, read in (("tr", turkish_trade), ("uk", ukrainian_trade)):
        for to in (False, True):
            said = becoming.group(f"{group}_to" if to else group)
            if said:
                return read(said, to) or ""
    return None


def _changes_trade(text: str) -> bool:
    """Whether ``text`` wishes a change to a trade ("بدي انتقل للنجارة", "ich will zu
    Tischler wechseln")."""
    becoming = _TO_BECOME.fullmatch(_plain(text))
    changed = becoming and any(
        becoming.group(each) for each in ("ar_to", "de_to", "tr_to", "uk_to")
    )
    return bool(changed or (becoming and "chuyển sang" in _plain(text).lower()))


def _an_occupation(words: str) -> bool:
    """Whether ``words`` end as the name of an occupation that an apprenticeship leads to
    ("Mechatroniker", "plumber"; not "reich", "besser", "Polizist")."""
    last = words.split()[-1].lower()
    return (
        last not in _COMPARATIVES
        and not no_apprenticeship(words)
        and last.endswith(_OCCUPATION_ENDS)
    )


def childs_trade(state: State, text: str, ctx: Context) -> tuple[str, str] | None:
    """The trade a son or a daughter wants to become, said by a parent ("er will Tischler
    werden", "my son wants to be a plumber"): its code and what is shown for it, or None
    where the words name no occupation."""
    if QUESTION_MARK.search(text):
        return None
    becoming = _CHILD_TO_BECOME.fullmatch(_plain(text))
    if becoming is None:
        return None
    if becoming.group("tr_learn"):
        # Only a suggested trade, as for one's own ("meslek öğrenmek": a trade, not which).
        return trade_read(state, becoming.group("tr_learn"), ctx, any_words=False)
    trade = becoming.group("de") or becoming.group("en")
    said = {
        "tr": turkish_trade(becoming.group("tr") or "", to=False),
        "uk": ukrainian_trade(becoming.group("uk") or becoming.group("uk_after_age") or "", False),
        "ar": becoming.group("ar") if arabic_craft(becoming.group("ar") or "") else None,
        "vi": becoming.group("vi"),
        "de": trade if trade and _an_occupation(trade) else None,
    }
    found = next((each for each in said.values() if each), None)
    return trade_read(state, found, ctx, any_words=True) if found else None


def _no_apprenticeship_wished(text: str) -> bool:
    """Whether ``text`` wishes alone what no dual apprenticeship leads to ("Ausbildung als
    Polizist", "Ich will Polizist werden"), which the advisor answers."""
    plain = _plain(text)
    becoming = _TO_BECOME.fullmatch(plain)
    if becoming is not None:
        # Any language's words as typed ("polis olmak istiyorum": "polis" is no trade's
        # case, which _read_in_its_case reads), or as their case reads them.
        said = [each for each in becoming.groupdict().values() if each]
        return any(no_apprenticeship(each) for each in said) or no_apprenticeship(
            _read_in_its_case(becoming) or ""
        )
    # "Ausbildung bei der Polizei", "Ausbildung Polizei" (with a town, the offices page).
    bare = _APPRENTICESHIP_THEN.fullmatch(plain)
    if bare is not None and no_apprenticeship(bare.group("trade")):
        return True
    return _APPRENTICESHIP_AS.fullmatch(plain) is not None and no_apprenticeship(plain)


def trade_alone(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A trade wished alone at the main menu: the young people's dialogue, "Looking for
    an apprenticeship" and the trade noted ("I have no information page on this"
    before). With a request open, held over "add to it or new?"."""
    if state.screen != ScreenId.MENU:
        return False
    lang = state.lang or "de"
    wished, town = _without_town(text)
    if town and _no_apprenticeship_wished(wished):
        # "Ausbildung als Polizist in Leipzig": the town found the offices page, the wish
        # lost. As without the town: no page, and the words go to the advisor.
        return _for_the_advisor(state, text, result)
    read = _wished_alone(state, wished, ctx, lang)
    more = read is None
    if more:
        # "Ausbildung als Koch in Leipzig, ist das in einem Jahr möglich?": the rest of
        # the words go to the advisor (the town found the offices page, the wish lost).
        read = _wished_first(state, text, ctx, lang)
    if read is None:
        return _no_apprenticeship_first(state, text, result)
    wished, two, found = read
    returning.begin(state, ctx, result, YOUNG.key)
    if state.screen == ScreenId.QUESTION.of(SITUATION.key):
        # A change of trade ("بدي انتقل للنجارة") tells the advisor more than the trade.
        changing = _changes_trade(wished)
        _take(state, found, ctx, result, text if more or town or two or changing else None)
    else:
        typed.hold_for_the_choice(state, text, ctx, result)
    return True


def _wished_alone(
    state: State, wished: str, ctx: Context, lang: str
) -> tuple[str, bool, tuple[str, str]] | None:
    """The trade ``wished`` alone names (its words without a second trade, whether one
    was, and the trade read), or None; None too for a wish of its own ("Wir suchen einen
    Azubi als Koch") or words a page answers: theirs."""
    if wish(wished, lang) is not None or match(wished, lang).pages:
        return None
    wished, two = one_trade(wished)
    found = _trade_alone(state, wished, ctx, any_suggested=two)
    return None if found is None else (wished, two, found)


#: Where the first clause ends ("Ausbildung als Koch in Leipzig, ist das möglich?",
#: Arabic "،"); a full stop only before a space ("u. Umgebung" is no end).
_FIRST_CLAUSE_END = re.compile(r"[,;!?،؛؟]|\.(?=\s)")


def _wished_first(
    state: State, text: str, ctx: Context, lang: str
) -> tuple[str, bool, tuple[str, str]] | None:
    """The trade wished alone in the first clause of ``text`` (after a greeting), a town
    after it allowed ("Ausbildung كطباخ في لايبزيغ، هل هذا ممكن لي بعد سنة من الآن؟"), as
    _wished_alone reads it; None where the rest is a wish of its own or what a page
    answers ("…, was verdient man da?"), or nothing ("Ausbildung als Koch?" asks)."""
    past = _past_a_greeting(text)
    if past is not None:
        # "Hallo 👋 Ausbildung als Koch in Leipzig": a greeting with no comma after it.
        return _read_alone(state, past, ctx, lang) or _wished_first(state, past, ctx, lang)
    end = _FIRST_CLAUSE_END.search(text)
    if end is None:
        return None
    first, rest = text[: end.start()], text[end.end() :]
    if greets(first) == "hello":
        # A greeting before it says nothing of the wish ("مرحبا، Ausbildung كطباخ في لايبزيغ").
        return _read_alone(state, rest, ctx, lang) or _wished_first(state, rest, ctx, lang)
    if not _plain(rest) or wish(rest, lang) is not None or match(rest, lang).pages:
        return None
    return _read_alone(state, first, ctx, lang)


#: The most words a greeting before a wish is typed in ("Guten Tag 👋").
_GREETING_WORDS = 3


def _past_a_greeting(text: str) -> str | None:
    """The words of ``text`` after a greeting at its start with no punctuation after it
    ("Hallo 👋 Ausbildung als Koch in Leipzig", "Merhaba Ausbildung als Koch"), or None
    where it starts with none (or with one a comma ends, which _wished_first reads)."""
    words = text.split()
    for count in range(min(_GREETING_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:count])
        if not _FIRST_CLAUSE_END.search(head) and greets(head) == "hello":
            return " ".join(words[count:])
    return None


def _no_apprenticeship_first(state: State, text: str, result: Result) -> bool:
    """What no dual apprenticeship leads to wished in the first clause of ``text``, more
    said after it or a greeting before it ("Ausbildung als Polizist in Leipzig, geht
    das?", "Hallo, in Leipzig will ich Polizist werden"; the town found the offices page):
    answered as the wish alone is, no page and the words for the advisor. (The young
    people's dialogue began for them, with no trade, while the same wish without the
    greeting was told an advisor answers.)"""
    if not _no_apprenticeship_in_the_first_clause(text, state.lang or "de"):
        return False
    return _for_the_advisor(state, text, result)


def _for_the_advisor(state: State, text: str, result: Result) -> bool:
    """No information page, and ``text`` for the advisor, who answers it (the police
    trains in no dual apprenticeship, and domain.md says nothing on it)."""
    result.held_question = text
    go(state, ScreenId.ANSWER.of(""))
    return True


def _no_apprenticeship_in_the_first_clause(text: str, lang: str) -> bool:
    """Whether the first clause of ``text`` (after a greeting) wishes what no dual
    apprenticeship leads to, a town after it allowed, as _wished_first reads a trade."""
    past = _past_a_greeting(text)
    if past is not None:
        return _no_apprenticeship_wished(
            _without_town(past)[0]
        ) or _no_apprenticeship_in_the_first_clause(past, lang)
    end = _FIRST_CLAUSE_END.search(text)
    if end is None:
        return False
    first, rest = text[: end.start()], text[end.end() :]
    if greets(first) == "hello":
        return _no_apprenticeship_wished(
            _without_town(rest)[0]
        ) or _no_apprenticeship_in_the_first_clause(rest, lang)
    if not _plain(rest) or wish(rest, lang) is not None or match(rest, lang).pages:
        return False
    return _no_apprenticeship_wished(_without_town(first)[0])


def _read_alone(
    state: State, text: str, ctx: Context, lang: str
) -> tuple[str, bool, tuple[str, str]] | None:
    """``text`` read as _wished_alone reads it, a town after it allowed; None for what no
    dual apprenticeship leads to ("Ausbildung als Polizist in Leipzig")."""
    wished, _town = _without_town(text)
    if _no_apprenticeship_wished(wished):
        return None
    return _wished_alone(state, wished, ctx, lang)


def trade_alone_held(state: State, ctx: Context, result: Result) -> None:
    """After "add to it or new?": a trade wished alone and held over it answers the young
    people's dialogue chosen, and goes to no advisor; the choice left, it is dropped."""
    text = ctx.held_question
    wished, kept = _without_town(text) if text else ("", False)
    found = None if not text else _trade_alone(state, wished, ctx)
    if found is None and text:
        # "Ausbildung als Koch in Leipzig, ist das möglich?": the rest for the advisor.
        read = _wished_first(state, text, ctx, state.lang or "de")
        found, kept = (None, False) if read is None else (read[2], True)
    asked = state.flow == YOUNG.key and state.screen == ScreenId.QUESTION.of(SITUATION.key)
    if found is None:
        return
    if kept:
        # The town (or more) goes to the advisor with the request, as the words held say it.
        if asked:
            _take(state, found, ctx, result, text)
        return
    result.drop_held = True
    result.held_question = None
    if asked:
        _take(state, found, ctx, result)


def trade_alone_at_the_situation(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A trade wished alone under "What describes your situation best?" ("Ich will
    Tischler werden", the menu's button tapped first): "Looking for an apprenticeship" and
    the trade, as at the menu ("Please tap one of the buttons below" before)."""
    if state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return False
    wished, town = _without_town(text)
    wished, two = one_trade(wished)
    found = _trade_alone(state, wished, ctx, any_suggested=two)
    if found is None:
        return False
    kept = text if town or two or _changes_trade(wished) else None
    _take(state, found, ctx, result, kept, at_the_menu=False)
    return True


def _take(
    state: State,
    found: tuple[str, str],
    ctx: Context,
    result: Result,
    kept: str | None = None,
    at_the_menu: bool = True,
) -> None:
    """At the situation question: "Looking for an apprenticeship" and the trade
    ``found``, noted; ``kept``: the words for the advisor (a town named with the wish)."""
    option = next(each for each in SITUATION.options if each.code == "looking")
    label = option_label(option, translator(state.lang or "de"))
    tap(state, Code.OPTION.of(option.code), ctx, result)
    if kept is None or not typed.keep_for_advisor(
        kept, ctx, result, typed.KEPT_WITH_ANSWER, choice=label
    ):
        result.notify(NOTED_ANSWER, choice=label)
    if found[0] == trades.OTHER and offer_named_trade(state, found[1], at_the_menu):
        # "Ich möchte Elektiker werden": "Meinen Sie Elektroniker/in?" (stored as
        # another trade before, as "Ausbildung als elektiker" was).
        return
    take_trade(state, *found, result)


def trade_in_a_wish(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Another trade wished in words at "Which trade?" ("بدي اشتغل نجار", "ich will
    Tischler werden", "Ausbildung als Tischler"): the trade alone as its typed answer, as
    if "نجار" had been typed (the whole wish was stored as the other trade). A suggested
    trade is tapped, the words kept as for its label among words ("I want to be a chef")."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key):
        return False
    question = current_question(state)
    wished, town = _without_town(text)
    found = _trade_alone(state, wished, ctx, any_suggested=True)
    if found is None or not isinstance(question, Buttons):
        return False
    if found[0] != trades.OTHER:
        # "I want to be a chef": the suggestion the wish names ("chef": the cook), the
        # words for the advisor as for a label among words (the whole sentence was
        # stored as another trade).
        option = next(each for each in TRADE.options if each.code == found[0])
        return tap_keeping_words(state, option, text, ctx, result)
    # "بدي اشتغل نجار بلايبزيغ": the town goes to the advisor with the words.
    if town and not typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE):
        return False
    return answer_typed(state, question, found[1], result)
