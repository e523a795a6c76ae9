"""One of several ticked answers swapped on the summary ("Friseur statt Koch", "aşçı
yerine kuaför", "حلاق بدل طباخ", "nicht Koch, sondern Verkäufer"): the new answer in
the old one's place. Only a single-choice answer was changed so; the trades, ticked, were
kept as a message while the old trade was sent. So is one added ("Verkäufer auch", "kuaför
de", "також перукар", "AEVO auch", "noch einen Verkäufer"): ticked beside the others. Pure:
state, text and context in."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.dialogue import typed
from bot.dialogue.correcting_words import CORRECTING, not_pair
from bot.dialogue.questions import question_label
from bot.dialogue.ruled_out import beside_the_ruled_out, ruled_out_words
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import (
    CHANGED_ANSWER,
    instead_pair,
    label_words,
    without_a_leading_no,
)
from bot.dialogue.taps import tap_by_a_label_among_words, tap_by_label
from bot.dialogue.typed_words import WANTING, phrase
from bot.flows.answers import option_label
from bot.flows.model import Flow, MultiChoice
from bot.flows.navigation import ADDING, ScreenId, asked, flow_named, questions_of
from bot.i18n import translator

#: A "not" before the old answer ("nicht Koch, sondern …", "not cook but …", "không phải
#: đầu bếp mà là …"), as phrase() writes it: no part of it.
_NOT = frozenset(
    phrase(said)
    for said in ("nicht", "kein", "keinen", "not", "no", "не", "ні", "مش", "مو", "ليس", "không")
)
_NOT |= {phrase("phải")}


def option_swapped(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "A instead of B" on the summary, B one of a question's ticked answers and A
    another option of it: A in B's place, and the person told the question's new answer."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers:
        return False
    flow = flow_named(state.flow)
    pair = _swap_pair(without_a_leading_no(text))
    if flow is None or pair is None:
        return False
    old_words, new_words = pair
    for question, chosen in _ticked_questions(state, flow):
        # "Beruf Friseur statt Koch": the summary line's words are no part of either.
        labelled = label_words(state, question)
        old_said = [w for w in old_words if w not in _NOT and w not in labelled]
        old = _ticked_by(state, question, old_said, ctx)
        new = _ticked_by(state, question, [w for w in new_words if w not in labelled], ctx)
        if old is None or new is None or old not in chosen:
            continue
        # Named already beside the old one ("Verkäufer statt Koch" of both): the old goes.
        _tick(state, question, {new if code == old else code for code in chosen}, result)
        return True
    return False


#: "B not, A": the old answer ruled out first, a comma or dash after its "not" ("Koch
#: nicht, Friseur", "кухар ні, перукар").
_OLD_FIRST = re.compile(
    r"(?P<old>[^,;:]+?)\s+(?:nicht|not|ні|не)\s*[,;:–-]\s*(?P<new>[^,;:]+)", re.IGNORECASE
)


def _swap_pair(text: str) -> tuple[list[str], list[str]] | None:
    """Of "A instead of B", "not B but A", "A, not B", "not B, A" and "B not, A" the words
    of B, the old answer, and of A, the new one; None where none of them is said."""
    first = _OLD_FIRST.fullmatch(text.strip())
    if first is not None:
        # "Koch nicht, Friseur": read as "Friseur, nicht Koch" was (a note before).
        return phrase(first["old"]).split(), phrase(first["new"]).split()
    words = phrase(text).split()
    pair = instead_pair(words) or not_pair(words)
    if pair is not None:
        return pair
    # "nein, nicht Koch, Verkäufer", "no, not cook, salesperson": the part ruled out.
    beside = beside_the_ruled_out(text)
    return None if beside is None else (ruled_out_words(text), phrase(beside).split())


#: Words that add an answer to those ticked ("Verkäufer auch", "und Friseur dazu", "also
#: …", "kuaför de", "також перукар", "وكمان حلاق", "thêm thợ làm tóc"), as phrase()
#: writes them; one of the first set is needed.
_ALSO = frozenset(
    phrase(said)
    for said in (
        *("auch", "dazu", "zusätzlich", "also", "too", "plus", "de", "da", "ayrıca"),
        *("також", "теж", "ще", "كمان", "وكمان", "ايضا", "أيضا", "وأيضا", "thêm", "cũng"),
    )
)
_WITH_ALSO = frozenset(
    phrase(said) for said in ("und", "noch", "and", "ve", "і", "та", "й", "و", "và", "nữa", "cả")
)
#: The most words that name the option added (the rest would be a message).
_ADDED_WORDS = 4
#: Words of the sentence an answer is added in ("we also need a sales assistant",
#: "actually we want … too"), as phrase() writes them: not counted (a note before).
_WE_NEED = WANTING | frozenset(
    phrase(said)
    for said in ("we", "need", "a", "an", "actually", "wir", "brauchen", "biz", "lazım")
)
#: "One more" before the answer added ("noch einen Verkäufer", "one more sales
#: assistant", "another hairdresser"), as phrase() writes it; Turkish says it around the
#: answer ("bir kuaför daha"). A note before, the first trade sent alone.
_ONE_MORE = re.compile(
    r"(?:^| )(?:noch (?:ein|eine|einen)|one more|another)(?= )|^bir (?:\w+ )+daha$"
)
#: The words of "one more", no part of the answer.
_ONE_MORE_WORDS = frozenset(
    ("noch", "ein", "eine", "einen", "one", "more", "another", "bir", "daha")
)


def option_added(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An option of a question that takes several typed with "also" on the summary
    ("Verkäufer auch", "AEVO auch"): ticked beside those ticked, and the person told the
    question's new answer. One ticked already, or none named, is left to other readings."""
    one_more = _ONE_MORE.search(phrase(text)) is not None
    read = _said_on_the_summary(state, text, _ALSO | _ONE_MORE_WORDS if one_more else _ALSO)
    if read is None:
        return False
    flow, words = read
    for question, chosen in _ticked_questions(state, flow):
        skipped = _ALSO | _WITH_ALSO | _WE_NEED | label_words(state, question)
        if one_more:
            skipped |= _ONE_MORE_WORDS
        said = [word for word in words if word not in skipped]
        if len(said) > _ADDED_WORDS:
            return False
        added = _ticked_by(state, question, said, ctx, among=True)
        if added is None or added in chosen:
            continue
        # "I don't know yet" goes with no other answer.
        alone = {option.code for option in question.options if option.alone}
        _tick(state, question, {*(set(chosen) - alone), added}, result)
        return True
    return False


#: The words for a trade, which name the question restated ("Beruf: Friseur", "change
#: trade to …", "meslek … olsun", "đổi nghề thành …"), as phrase() writes them.
_TRADE = frozenset(
    phrase(said)
    for said in (
        *("beruf", "ausbildungsberuf", "ausbildungsberufe", "trade", "trades", "profession"),
        *("meslek", "meslekler", "професія", "професії", "nghề", "مهنة", "المهنة"),
    )
)
#: Words around the trade restated that say only "change it to" ("ändern auf", "change
#: … to", "olsun", "đổi … thành"), as phrase() writes them.
_RESTATING = frozenset(
    phrase(said)
    for said in (
        *("ändern", "auf", "zu", "ist", "soll", "sein", "bitte", "change", "to", "is"),
        *("should", "be", "please", "olsun", "değiştir", "lütfen", "змінити", "на", "це"),
        *("đổi", "thành", "là", "غير", "غيّر", "بدل", "هي", "ل"),
    )
)


def trade_restated(state: State, text: str, ctx: Context, result: Result) -> bool:
    """One trade ticked, and another named with a word for the trade on the summary
    ("Beruf: Friseur", "change trade to hairdresser", "meslek kuaför olsun"): the new
    trade in its place, as its ✏️ would. Beside several ticked, which it replaces only
    the person knows: left to the other readings (a note for the advisor)."""
    # "nein, doch Friseur", "no, hairdresser", "pardon, kuaför": a correction's words
    # say the trade is given anew as a word for the trade does (a note before).
    unsaid = without_a_leading_no(text)
    needed = _TRADE | CORRECTING | (frozenset(phrase(unsaid).split()) if unsaid != text else set())
    read = _said_on_the_summary(state, unsaid, needed)
    if read is None:
        return False
    flow, words = read
    for question, chosen in _ticked_questions(state, flow):
        if not any(option.official for option in question.options) or len(chosen) != 1:
            continue
        skipped = _TRADE | _RESTATING | CORRECTING | label_words(state, question)
        said = [word for word in words if word not in skipped]
        # Without the trade's word, the trade alone ("pardon, dükkanın adı aslında Berber
        # Ali" corrects the name, not the trade to a barber).
        new = _ticked_by(state, question, said, ctx, among=bool(_TRADE & set(words)))
        if new is None or len(said) > _ADDED_WORDS or new in chosen:
            return False
        _tick(state, question, {new}, result)
        return True
    return False


def _said_on_the_summary(
    state: State, text: str, needed: frozenset[str]
) -> tuple[Flow, list[str]] | None:
    """The flow and the words of ``text`` typed on the summary (nothing added to an open
    request yet) where one of them is ``needed`` and no question is asked; else None."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers:
        return None
    words = phrase(text).split()
    flow = flow_named(state.flow)
    if flow is None or not set(words) & needed or typed.asks_on_the_way(text):
        return None
    return flow, words


def _ticked_questions(state: State, flow: Flow) -> Iterator[tuple[MultiChoice, list[str]]]:
    """The questions of ``flow`` that take several answers, asked, with those ticked."""
    for question in questions_of(flow):
        chosen = state.answers.get(question.key)
        if isinstance(question, MultiChoice) and isinstance(chosen, list):
            if asked(question, flow, state.answers):
                yield question, chosen


def _tick(state: State, question: MultiChoice, codes: set[str], result: Result) -> None:
    """``codes`` as ``question``'s answer, in its options' order, and the person told."""
    order = [option.code for option in question.options]
    state.answers[question.key] = sorted(codes, key=order.index)
    if question.other not in codes:
        # "Another trade" replaced: its words go with it.
        state.answers.pop(f"{question.key}_other", None)
    t = translator(state.lang or "de")
    labels = ", ".join(
        option_label(option, t)
        for code in state.answers[question.key]
        for option in question.options
        if option.code == code
    )
    label = question_label(state, question)
    result.notify(CHANGED_ANSWER, question=label, answer=labels)


def _ticked_by(
    state: State, question: MultiChoice, words: list[str], ctx: Context, among: bool = False
) -> str | None:
    """The one option of ``question`` that ``words`` name, as the question reads them
    when first asked (on a trial state); None for none, "something else" or an "alone".
    ``among``: a label among the words counts too ("AEVO" of "AEVO-Prüfung")."""
    if not words:
        return None
    trial = state.copy()
    trial.answers.pop(question.key, None)
    trial.screen = ScreenId.QUESTION.of(question.key)
    said = " ".join(words)
    if not (
        tap_by_label(trial, said, ctx, Result(trial))
        or (among and tap_by_a_label_among_words(trial, question, said, ctx, Result(trial)))
    ):
        return None
    named = trial.answers.get(question.key)
    alone = {o.code for o in question.options if o.alone}
    if not isinstance(named, list) or len(named) != 1 or named[0] in {question.other, *alone}:
        return None
    return str(named[0])
