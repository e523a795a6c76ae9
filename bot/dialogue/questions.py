"""The page every question shares: its text, its buttons, and what a press answers."""

from __future__ import annotations

from typing import overload

from bot.dialogue.keys import DONE_LABEL, NAV, NO_POSTAL_CODE_LABEL, Key, Keys, columns
from bot.dialogue.moves import advance, go
from bot.dialogue.state import MAX_TEXT, Context, Result, State
from bot.dialogue.texts import TOO_LONG, city_name
from bot.flows.contact import TIME, as_asked
from bot.flows.model import (
    NO_POSTAL_CODE,
    Buttons,
    Choice,
    FreeText,
    MultiChoice,
    PostalCode,
    Question,
    label_of,
    stored_answer,
)
from bot.flows.navigation import (
    Code,
    ScreenId,
    find_question,
    flow_named,
    question_count,
    split_screen,
)
from bot.i18n import N_, Translator, translator


def current_question(state: State) -> Question:
    """The question of a ``q:`` or ``o:`` screen (its existence is checked on load)."""
    question = find_question(flow_named(state.flow), split_screen(state.screen)[1])
    assert question is not None  # screen_exists guarantees it
    return as_asked(question, state.channel, state.answers)


@overload
def question_label(state: State, asked: Question) -> str: ...
@overload
def question_label(state: State, asked: str) -> str | None: ...
def question_label(state: State, asked: str | Question) -> str | None:
    """The label of the question ``asked`` (or of the question with that key) of the
    state's dialogue (its summary line, its ✏️ button) in the person's language, as the
    person's answers word it; None where the dialogue has no question of that key."""
    question = find_question(flow_named(state.flow), asked) if isinstance(asked, str) else asked
    if question is None:
        return None
    return translator(state.lang or "de").gettext(label_of(question, state.answers, state.flow))


def asks_for_text(state: State) -> bool:
    """Whether the answer to the state's screen is typed: a free text, a postal code, the
    words after "other". (A channel with a text field puts the cursor there.)"""
    screen_id, _ = split_screen(state.screen)
    if screen_id is ScreenId.OTHER:
        return True
    if screen_id is not ScreenId.QUESTION:
        return False
    return isinstance(current_question(state), FreeText | PostalCode)


def answer_field(state: State) -> str:
    """What the typed answer to the state's question is ("tel", "email", "name",
    "postal-code"), or "" (words of one's own)."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return ""
    question = current_question(state)
    if isinstance(question, PostalCode):
        # One short line, sent with Enter also without JavaScript (the web chat's box
        # for one's own words takes Enter for a new line there).
        return "postal-code"
    return (question.field or "") if isinstance(question, FreeText) else ""


def question_text(state: State, ctx: Context, t: Translator) -> str:
    """The flow's intro on its first question (not when asked again), the position, then
    the prompt."""
    _ = t.gettext
    flow = flow_named(state.flow)
    assert flow is not None  # screen_exists guarantees a flow for questions
    question = current_question(state)
    # Counted over the questions this person is asked; a summary-only one stands alone.
    position, total = question_count(flow, state.answers, question.key)
    lines = []
    if position == 1 and not state.editing and not ctx.again:
        lines.append(_(flow.intro))
    if not state.editing:
        # An answer changed from the summary is not a step along the way ("13 of 13").
        lines.append(_("Question {current} of {total}").format(current=position, total=total))
    prompt = (
        question.prompt_for(flow.key, state.answers)
        if isinstance(question, Buttons)
        else question.prompt
    )
    lines.append(_(prompt))
    if isinstance(question, PostalCode):
        # Only Telegram can send a location; the web chat and the terminal cannot.
        hint = (
            N_("You can also write your town, or send your location (📎 → Location).")
            if ctx.channel == "telegram"
            else N_("You can also write your town.")
        )
        lines[-1] += "\n" + _(hint)
    text = "\n\n".join([*lines[:-2], "\n".join(lines[-2:])])
    office = ctx.offices.get(state.office) if state.office else None
    if question.key == TIME.key and office is not None and office.has_contacts and office.hours:
        # The wish is asked beside the real hours, where the offices file gives them.
        hours = _("Office hours of the KAUSA office in {city}: {hours}").format(
            city=city_name(office.city, t), hours=t.isolate(office.hours)
        )
        text = "\n\n".join([text, hours])
    return text


def question_keys(state: State) -> Keys:
    """The options (ticked ones marked), "Done" or the alternative, then navigation."""
    question = current_question(state)
    rows: list[tuple[Key, ...]] = []
    if isinstance(question, Choice | MultiChoice):
        chosen = (
            set(state.answers.get(question.key, [])) if isinstance(question, MultiChoice) else set()
        )
        # Ticks once several are asked for; a tap that answers at once is no tick.
        ticks = isinstance(question, MultiChoice) and not question.one_tap(state.answers)
        rows = columns(
            [
                Key(
                    o.label,
                    Code.OPTION.of(o.code),
                    "✅ " if o.code in chosen else "",
                    option=o,
                    pressed=(o.code in chosen) if ticks else None,
                )
                for o in question.shown_options(state.flow, state.answers)
            ],
            question.columns,
        )
        if isinstance(question, MultiChoice) and question.one_tap(state.answers):
            assert question.several is not None  # one_tap() requires it
            rows.append((Key(question.several, Code.SEVERAL, "➕ "),))
        elif isinstance(question, MultiChoice):
            # "Done" right under the options, where a tick never moves it; a page that goes
            # with a ticked option comes below it.
            rows.append((Key(DONE_LABEL, Code.DONE, "✔️ "),))
            rows += [
                (Key(label, Code.TOPIC.of(page), "💶 "),)
                for code, (page, label) in question.pages.items()
                if code in chosen
            ]
    elif isinstance(question, FreeText) and question.alternative is not None:
        alternative = question.alternative
        rows = [(Key(alternative.label, Code.ALTERNATIVE.of(alternative.code)),)]
    elif isinstance(question, PostalCode):
        rows = [(Key(NO_POSTAL_CODE_LABEL, Code.ALTERNATIVE.of(NO_POSTAL_CODE), "🤷 "),)]
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
        _answer_choice(state, question, code, result, ctx)
    elif isinstance(question, MultiChoice):
        if question.one_tap(state.answers) or any(
            o.code == code and o.alone for o in question.options
        ):
            state.answers[question.key] = [code]
            state.answers.pop(f"{question.key}_other", None)
            advance(state, question.key)
        else:
            _toggle(state, question, code)


#: Told when an answer changed whom the dialogue's answers are about, which are asked again.
ABOUT_YOUR_CHILD = N_(
    "You are now asking for your child. Please answer the questions about your child again."
)
ABOUT_YOU = N_("You are now asking for yourself. Please answer the questions about you again.")


def _answer_choice(state: State, question: Choice, code: str, result: Result, ctx: Context) -> None:
    if question.changes_whom(state.answers.get(question.key), code):
        # "For my child" after "for myself": the age, certificate, German level given were
        # the person's own; kept, the summary showed them as the child's.
        dropped = [key for key in question.about_whom if state.answers.pop(key, None) is not None]
        for key in question.about_whom:
            state.answers.pop(f"{key}_other", None)
        if dropped:
            result.notify(ABOUT_YOUR_CHILD if code in question.for_another else ABOUT_YOU)
    option = next((o for o in question.options if o.code == code), None)
    # A year option stores the year itself, so the answer stays true next year.
    state.answers[question.key] = (
        code if option is None else stored_answer(option, ctx.local_now.date())
    )
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
    alone = {o.code for o in question.options if o.alone}
    chosen = [
        c for c in state.answers.get(question.key, []) if isinstance(c, str) and c not in alone
    ]
    if code in chosen:
        chosen.remove(code)
    else:
        chosen.append(code)
    order = [o.code for o in question.options]
    state.answers[question.key] = sorted(chosen, key=order.index)


def choose_several(state: State, ctx: Context, result: Result, arg: str) -> None:
    """ "More than one" under a one-tap MultiChoice: tick with "Done" from now on."""
    question = current_question(state)
    if isinstance(question, MultiChoice) and question.several is not None:
        # An empty answer marks the choice; "Done" still asks for at least one tick.
        state.answers.setdefault(question.key, [])


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
    elif isinstance(question, PostalCode):
        go(state, ScreenId.PICK_OFFICE)


def answer_typed(state: State, question: Buttons, text: str, result: Result) -> bool:
    """Text typed on a ``typed`` question: its "other" answer (ticked options are kept).

    False when the question takes no typed answer.
    """
    if not question.typed or question.other is None:
        return False
    if not fits(text, result):
        return True
    choose_other(state, question)
    state.answers[f"{question.key}_other"] = text
    advance(state, question.key)
    return True


def choose_other(state: State, question: Buttons) -> None:
    """``question``'s "other" answer stored without its words (beside the options ticked
    on a MultiChoice, but those that stand alone)."""
    assert question.other is not None
    if isinstance(question, MultiChoice):
        chosen = [c for c in state.answers.get(question.key, []) if isinstance(c, str)]
        alone = {o.code for o in question.options if o.alone}
        ticked = [c for c in chosen if c != question.other and c not in alone]
        state.answers[question.key] = [*ticked, question.other]
    else:
        state.answers[question.key] = question.other
    state.answers.pop(f"{question.key}_other", None)


def fits(text: str, result: Result, limit: int = MAX_TEXT) -> bool:
    """Whether typed free text has words and is not too long; if not, says why. A lone
    "." or "🤔" has no letter: no trade, no problem an advisor could read."""
    if not any(ch.isalpha() for ch in text):
        result.notify(N_("Please write a few words."))
        return False
    if len(text) > limit:
        result.refuse(TOO_LONG, length=str(len(text)), max=str(limit))
        return False
    return True
