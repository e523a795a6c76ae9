"""The page every question shares: its text, its buttons, and what a press answers."""

from __future__ import annotations

from bot.dialogue.keys import DONE_LABEL, NAV, Key, Keys, columns
from bot.dialogue.moves import advance, go
from bot.dialogue.state import Context, Result, State
from bot.flows.contact import as_asked
from bot.flows.model import Choice, FreeText, MultiChoice, Question
from bot.flows.navigation import Code, ScreenId, find_question, flow_named, sequence, split_screen
from bot.i18n import N_, Translator


def current_question(state: State) -> Question:
    """The question of a ``q:`` or ``o:`` screen (its existence is checked on load)."""
    question = find_question(flow_named(state.flow), split_screen(state.screen)[1])
    assert question is not None  # screen_exists guarantees it
    return as_asked(question, state.channel, state.answers)


def question_text(state: State, ctx: Context, t: Translator) -> str:
    """The flow's intro on its first question, the position, then the prompt."""
    _ = t.gettext
    flow = flow_named(state.flow)
    assert flow is not None  # screen_exists guarantees a flow for questions
    question = current_question(state)
    questions = [s for s in sequence(flow) if s.startswith(ScreenId.QUESTION)]
    position = questions.index(ScreenId.QUESTION.of(question.key)) + 1
    lines = []
    if position == 1 and not state.editing:
        lines.append(_(flow.intro))
    lines.append(_("Question {current} of {total}").format(current=position, total=len(questions)))
    lines.append(_(question.prompt))
    return "\n\n".join([*lines[:-2], "\n".join(lines[-2:])])


def question_keys(state: State) -> Keys:
    """The options (ticked ones marked), "Done" or the alternative, then navigation."""
    question = current_question(state)
    rows: list[tuple[Key, ...]] = []
    if isinstance(question, Choice | MultiChoice):
        chosen = (
            set(state.answers.get(question.key, [])) if isinstance(question, MultiChoice) else set()
        )
        rows = columns(
            [
                Key(o.label, Code.OPTION.of(o.code), "✅ " if o.code in chosen else "", option=o)
                for o in question.options
            ],
            question.columns,
        )
        if isinstance(question, MultiChoice):
            rows += [
                (Key(label, Code.TOPIC.of(page), "💶 "),)
                for code, (page, label) in question.pages.items()
                if code in chosen
            ]
            rows.append((Key(DONE_LABEL, Code.DONE, "✔️ "),))
    elif isinstance(question, FreeText) and question.alternative is not None:
        alternative = question.alternative
        rows = [(Key(alternative.label, Code.ALTERNATIVE.of(alternative.code)),)]
    return (*rows, NAV)


def contact_question(state: State) -> FreeText | None:
    """The question on screen if a shared phone number answers it."""
    screen_id, key = split_screen(state.screen)
    if screen_id is not ScreenId.QUESTION:
        return None
    question = find_question(flow_named(state.flow), key)
    return question if isinstance(question, FreeText) and question.accepts_contact else None


def other_text(state: State, ctx: Context, t: Translator) -> str:
    """The request for free text after an "other" option."""
    prompt = getattr(current_question(state), "other_prompt", None)
    return t.gettext(prompt or N_("Please write a few words."))


def choose_option(state: State, ctx: Context, result: Result, code: str) -> None:
    """Answer a Choice, or tick and untick a MultiChoice's option."""
    question = current_question(state)
    if isinstance(question, Choice):
        _answer_choice(state, question, code, result)
    elif isinstance(question, MultiChoice):
        _toggle(state, question, code)


def _answer_choice(state: State, question: Choice, code: str, result: Result) -> None:
    state.answers[question.key] = code
    if question.other is not None and code != question.other:
        state.answers.pop(f"{question.key}_other", None)
    notice = question.notices.get(code)
    if notice:
        result.notify(notice)
    if code == question.other:
        go(state, ScreenId.OTHER.of(question.key))
    else:
        advance(state, question.key)


def _toggle(state: State, question: MultiChoice, code: str) -> None:
    chosen = [c for c in state.answers.get(question.key, []) if isinstance(c, str)]
    if code in chosen:
        chosen.remove(code)
    else:
        chosen.append(code)
    order = [o.code for o in question.options]
    state.answers[question.key] = sorted(chosen, key=order.index)


def finish_choice(state: State, ctx: Context, result: Result, arg: str) -> None:
    """ "Done" under a MultiChoice: at least one tick, then the "other" text or onwards."""
    question = current_question(state)
    if not isinstance(question, MultiChoice):
        return
    chosen = [c for c in state.answers.get(question.key, []) if isinstance(c, str)]
    if not chosen:
        result.notify(N_("Please choose at least one answer, then tap “Done”."))
    elif question.other is not None and question.other in chosen:
        go(state, ScreenId.OTHER.of(question.key))
    else:
        state.answers.pop(f"{question.key}_other", None)
        advance(state, question.key)


def choose_alternative(state: State, ctx: Context, result: Result, code: str) -> None:
    """A typed question's button: store its code as the answer."""
    question = current_question(state)
    if isinstance(question, FreeText) and question.alternative is not None:
        state.answers[question.key] = question.alternative.code
        advance(state, question.key)
