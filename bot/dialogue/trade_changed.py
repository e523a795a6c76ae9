"""A young person's trade changed in words on the summary to one that is not suggested
("ich will doch Tischler werden", "Beruf Tischler", "Tischler statt Koch", "change my
trade to carpenter"): the trade question's new answer, as if typed there. Before, the
words were noted for the advisor and the old trade was sent (a suggested trade was
changed already, bot.dialogue.summary_change). Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import trade_alone
from bot.dialogue.correcting_words import not_pair
from bot.dialogue.given_names import given_name
from bot.dialogue.moves import edit
from bot.dialogue.press import tap
from bot.dialogue.questions import answer_typed, question_label
from bot.dialogue.ruled_out import beside_the_ruled_out, ruled_out_words
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.said_young import CHANGED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import BESIDE_A_NOT, instead_pair, without_a_leading_no
from bot.dialogue.trade_case import (
    arabic_craft,
    turkish_trade,
    ukrainian_occupation,
    ukrainian_trade,
)
from bot.dialogue.trade_doubt import NO_TRADE
from bot.dialogue.trade_guess import offer_other_trade
from bot.dialogue.trade_named import no_apprenticeship, trade_read
from bot.dialogue.typed_words import (
    greets,
    is_filler,
    phrase,
    says_looks_fine,
    says_send,
    says_yes,
)
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.contact import NAME
from bot.flows.navigation import ADDING, Code, ScreenId, asked, flow_named
from bot.flows.young import TRADE, YOUNG
from bot.i18n import translator
from bot.negation import fold, says_not

#: Words that say the trade is a new one ("ich will doch …", "jetzt lieber …", "actually",
#: "bitte"): no part of the trade, nor of the wish's pattern (bot.dialogue.trade_alone).
_NOW_RATHER = re.compile(
    r"\b(?:doch|lieber|jetzt|nun|eher|eigentlich|bitte|actually|rather|now|instead|please)\b\s*",
    re.IGNORECASE,
)
#: A trade's name typed after a word for it ("Beruf Tischler", "Beruf: Tischler", "mein
#: Wunschberuf ist Tischler", "trade carpenter", "my trade is carpenter", "meslek
#: marangoz", "професія столяр", "nghề thợ mộc", "المهنة نجار").
_TRADE_THEN = re.compile(
    r"(?:(?:mein|meine|my|моя) )?"
    r"(?:beruf|ausbildungsberuf|wunschberuf|ausbildung|job|trade|profession|occupation"
    r"|meslek|mesleğim|професія|фах|nghề|مهنة|المهنة|مهنتي)"
    r"(?: (?:ist|is|là|є))? (?P<trade>\S+(?: \S+){0,2})",
    re.IGNORECASE,
)
#: A change of the trade asked for in words ("change my trade to carpenter", "Beruf
#: ändern zu Tischler", "bitte Beruf auf Tischler ändern", "ändere den Beruf in
#: Tischler", "змініть професію на столяра", "đổi nghề sang thợ may").
_CHANGE_TO = re.compile(
    r"(?:please |bitte )?(?:change|ändere|ändern sie|änder) (?:my |the |den |meinen )?"
    r"(?:trade|job|profession|beruf|wunschberuf|ausbildungsberuf)"
    r" (?:to|into|in|zu|zum|zur|auf) (?:an? )?(?P<trade>\S+(?: \S+){0,2})(?: bitte| please)?"
    r"|(?:bitte )?(?:den |meinen )?(?:beruf|wunschberuf|ausbildungsberuf)"
    r" (?:auf|in|zu|zum|zur) (?P<de>\S+(?: \S+){0,2}) (?:ändern|änder|ändere)(?: bitte)?"
    r"|(?:змініть|змінити|поміняйте) (?:професію|фах) на (?P<uk>\S+)"
    # Vietnamese "change (the trade) to" ("đổi nghề sang thợ may", "em muốn chuyển sang
    # thợ mộc").
    r"|(?:(?:em|tôi|mình) )?(?:muốn )?(?:đổi|thay đổi|chuyển)(?: nghề)? sang"
    r" (?P<vi>thợ(?: \S+){1,3})",
    re.IGNORECASE,
)


#: A Ukrainian trade after "на" (to learn as: "на перукаря", "хочу на столяра"), in the
#: case "на" gives it: kept as a note before, the old trade sent.
_UKRAINIAN_ON = re.compile(r"(?:(?:хочу|піду|буду|краще|тепер|вже) )?на (?P<trade>\S+)", re.I)


def _ukrainian_on(state: State, plain: str, ctx: Context) -> tuple[str, str] | None:
    """The trade "на …" names ("на перукаря": the hairdresser; "на столяра": "столяр" as
    another trade), or None for words that name none ("на завтра": for tomorrow)."""
    on = _UKRAINIAN_ON.fullmatch(plain)
    if on is None:
        return None
    base = ukrainian_trade(on.group("trade"), to=True)
    if base is None:
        return None
    found = trade_read(state, base, ctx, any_words=False)
    if found is None and ukrainian_occupation(base):
        return trade_read(state, base, ctx, any_words=True)
    return found


def _plain(text: str) -> str:
    """``text`` without punctuation and extra spaces, its letters as typed."""
    return " ".join(re.sub(r"[^\w/-]+", " ", text).split())


def _read(state: State, words: str, ctx: Context) -> tuple[str, str] | None:
    """``words`` naming a trade as the trade question reads them: a suggestion, or other
    words where they have the form of an occupation or a craft ("Tischler", "carpenter",
    "marangoz", "столяра", "نجار", "thợ mộc"); None for words that name none."""
    if not words or no_apprenticeship(words):
        return None
    craft = turkish_trade(words, to=False) or ukrainian_trade(words, to=True)
    if craft and " " not in words:
        return trade_read(state, craft, ctx, any_words=True)
    sure = (
        _an_occupation(words)
        or arabic_craft(words)
        or words.lower().startswith("thợ ")
        # "столяр замість кухаря": a Ukrainian trade said alone (kept as a message before).
        or (" " not in words and ukrainian_occupation(words))
    )
    return trade_read(state, words, ctx, any_words=sure)


def _an_occupation(words: str) -> bool:
    """Whether ``words`` end as an occupation's name (bot.dialogue.trade_alone)."""
    return trade_alone._an_occupation(words)


def _old_named(state: State, words: list[str], ctx: Context) -> bool:
    """Whether ``words`` name the trade on the summary ("… statt Koch")."""
    said = " ".join(words)
    if not said:
        return False
    current = state.answers.get(TRADE.key)
    if current == trades.OTHER:
        other = str(state.answers.get(f"{TRADE.key}_other", ""))
        return phrase(other) == phrase(said)
    found = trade_read(_without_trade(state), said, ctx, any_words=False)
    return found is not None and found[0] == current


def _without_trade(state: State) -> State:
    """A copy of ``state`` without its trade: words are read as the trade question first
    reads them (with the trade answered, "Tischler" was read as the "Koch" kept)."""
    trial = state.copy()
    trial.answers.pop(TRADE.key, None)
    trial.answers.pop(f"{TRADE.key}_other", None)
    return trial


def _trade_typed(state: State, text: str, ctx: Context) -> tuple[str, str] | None:
    """The trade ``text`` changes the summary's to (code, shown), or None."""
    plain = _plain(text)
    original, state = state, _without_trade(state)
    # "lieber Tischler statt Koch": "rather" is no part of the trade (nor of a wish).
    plain = _NOW_RATHER.sub("", plain).strip()
    wished = trade_alone._trade_alone(state, plain, ctx) or _ukrainian_on(state, plain, ctx)
    if wished is not None:
        return wished
    changed = _CHANGE_TO.fullmatch(plain)
    if changed is not None:
        said = next(filter(None, changed.group("trade", "de", "uk", "vi")))
        return _read(state, said, ctx)
    # "Tischler, nicht Koch", "نجار مش طباخ": the old trade after the "not"; "doch nicht
    # Koch, lieber Tischler": the old trade ruled out, the new beside it.
    pair = instead_pair(plain.split()) or not_pair(plain.split()) or _ruled_out_pair(text)
    if pair is not None:
        old, new = pair
        if not _old_named(original, [w for w in old if phrase(w) not in _NOT], ctx):
            return None
        plain = " ".join(new)
        # "ich will Tischler werden, nicht Koch": the wish beside the cook ruled out.
        wished = trade_alone._trade_alone(state, plain, ctx)
        if wished is not None:
            return wished
    named = _TRADE_THEN.fullmatch(plain)
    if named is not None:
        return _read(state, named.group("trade"), ctx)
    return _read(state, plain, ctx) if pair is not None and len(plain.split()) <= 3 else None


def _ruled_out_pair(text: str) -> tuple[list[str], list[str]] | None:
    """Of "doch nicht Koch, lieber Tischler" the words ruled out ("koch") and those beside
    them ("tischler"); None where ``text`` rules nothing out beside other words."""
    beside = beside_the_ruled_out(text)
    if beside is None:
        return None
    ruled_out = [word for word in ruled_out_words(text) if word not in BESIDE_A_NOT]
    old = _NOW_RATHER.sub("", " ".join(ruled_out)).split()
    # The new trade as typed ("Tischler"), not as phrase() writes it.
    said = set(beside.split()) - set(old)
    return old, [word for word in _plain(text).split() if phrase(word) in said]


#: A "not" before the old trade ("nicht Koch, sondern Tischler"), as phrase() writes it.
_NOT = frozenset(phrase(word) for word in ("nicht", "kein", "keinen", "not", "не", "mà"))


def trade_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Words on the young people's summary that change the trade wanted to another one
    (a suggested one too): the trade question's new answer, and the person told so."""
    if state.screen != ScreenId.SUMMARY or state.flow != YOUNG.key or ADDING in state.answers:
        return False
    flow = flow_named(state.flow)
    if flow is None or TRADE.key not in state.answers or not asked(TRADE, flow, state.answers):
        return False
    if QUESTION_MARK.search(text):
        return False
    # "nein, ich will Friseur werden": the trade after the "no".
    text = without_a_leading_no(text)
    found = _trade_typed(state, text, ctx)
    if found is None:
        return False
    code, shown = found
    t = translator(state.lang or "de")
    label = question_label(state, TRADE)
    edit(state, TRADE.key)
    if code == trades.OTHER:
        answer_typed(state, TRADE, shown, result)
    else:
        tap(state, Code.OPTION.of(code), ctx, result)
        option = next(each for each in TRADE.options if each.code == code)
        shown = option_label(option, t)
    result.notify(CHANGED_ANSWER, question=label, answer=shown)
    return True


#: The most words of a trade not suggested typed alone on the summary ("Tischler",
#: "thợ mộc"), asked whether it is meant.
_ALONE_WORDS = 2


def other_trade_on_the_summary(state: State, text: str, ctx: Context) -> bool:
    """A trade not suggested typed alone on the young people's summary ("Tischler",
    "столяр", "Bäcker"): asked whether that trade is meant (it was only a note for the
    advisor, the old trade sent). Not taken without asking: a surname ("Bäcker",
    "Schneider", "Fischer") looks the same."""
    if state.screen != ScreenId.SUMMARY or state.flow != YOUNG.key or ADDING in state.answers:
        return False
    flow = flow_named(state.flow)
    if flow is None or TRADE.key not in state.answers or not asked(TRADE, flow, state.answers):
        return False
    plain = _plain(text)
    if QUESTION_MARK.search(text) or not plain or len(plain.split()) > _ALONE_WORDS:
        return False
    if _a_name(state, plain) or _everyday(text) or _rules_out(plain):
        return False
    found = _read(_without_trade(state), plain, ctx)
    if found is None or found[0] != trades.OTHER or _old_named(state, plain.split(), ctx):
        return False
    offer_other_trade(state, found[1])
    return True


def _everyday(text: str) -> bool:
    """Whether ``text`` is an everyday word that ends as a trade's name does: a send, a
    yes, a thanks ("gönder", "تمام", "süper", "teşekkürler"), or "later", "whatever";
    "Do you mean the trade “gönder”?" was asked."""
    last = phrase(text).split()[-1:]
    return (
        says_send(text)
        or says_yes(text)
        or says_looks_fine(text)
        or greets(text) is not None
        or is_filler(text)
        or (bool(last) and last[0] in NO_TRADE)
    )


def _rules_out(plain: str) -> bool:
    """Whether ``plain`` says "not" ("nicht Friseur", "kuaför değil"): a trade other than
    the one given, ruled out, is no trade meant ("Do you mean the trade “nicht
    Friseur”?" was asked); the words go to the advisor."""
    return says_not([fold(word) for word in phrase(plain).split()])


def _a_name(state: State, plain: str) -> bool:
    """Whether ``plain`` is rather a name than a trade: with a given name ("Anna Müller"),
    or a word of the person's own name ("Schmidt" of "Anna Schmidt")."""
    own = set(phrase(str(state.answers.get(NAME.key, ""))).split())
    return any(given_name(word) or phrase(word) in own for word in plain.split())
