"""One of several ticked answers swapped on the summary ("Friseur statt Koch", "aşçı
yerine kuaför", "حلاق بدل طباخ", "nicht Koch, sondern Verkäufer"): the new answer in
the old one's place. Only a single-choice answer was changed so; the trades, ticked, were
kept as a message while the old trade was sent. Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import CHANGED_ANSWER, instead_pair
from bot.dialogue.taps import tap_by_label
from bot.dialogue.typed_words import phrase
from bot.flows.answers import option_label
from bot.flows.model import MultiChoice, label_of
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
    pair = instead_pair(phrase(text).split())
    if flow is None or pair is None:
        return False
    old_words, new_words = pair
    for question in questions_of(flow):
        chosen = state.answers.get(question.key)
        if not isinstance(question, MultiChoice) or not isinstance(chosen, list):
            continue
        if not asked(question, flow, state.answers):
            continue
        old = _ticked_by(state, question, [w for w in old_words if w not in _NOT], ctx)
        new = _ticked_by(state, question, new_words, ctx)
        if old is None or new is None or old not in chosen:
            continue
        # Named already beside the old one ("Verkäufer statt Koch" of both): the old goes.
        order = [option.code for option in question.options]
        swapped = {new if code == old else code for code in chosen}
        state.answers[question.key] = sorted(swapped, key=order.index)
        t = translator(state.lang or "de")
        labels = ", ".join(
            option_label(option, t)
            for code in state.answers[question.key]
            for option in question.options
            if option.code == code
        )
        label = t.gettext(label_of(question, state.answers, state.flow))
        result.notify(CHANGED_ANSWER, question=label, answer=labels)
        return True
    return False


def _ticked_by(state: State, question: MultiChoice, words: list[str], ctx: Context) -> str | None:
    """The one option of ``question`` that ``words`` name, as the question reads them
    when first asked (on a trial state); None for none, "something else" or an "alone"."""
    if not words:
        return None
    trial = state.copy()
    trial.answers.pop(question.key, None)
    trial.screen = ScreenId.QUESTION.of(question.key)
    if not tap_by_label(trial, " ".join(words), ctx, Result(trial)):
        return None
    named = trial.answers.get(question.key)
    alone = {o.code for o in question.options if o.alone}
    if not isinstance(named, list) or len(named) != 1 or named[0] in {question.other, *alone}:
        return None
    return str(named[0])
