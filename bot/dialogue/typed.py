"""A question typed outside a question step: the pages that answer it, and "Ask an advisor".

The matching is bot.faq.matcher's; this module turns its result into a screen and,
when the person asks for an advisor, into the ``ask`` flow. The typed text is never
part of the stored state before consent: the engine hands it out in
``Result.held_question`` and gets it back in ``Context.held_question``.
"""

from __future__ import annotations

import re

from bot.dialogue import returning
from bot.dialogue.keys import ASK_LABEL, INFO_KEY, NAV, Key, Keys
from bot.dialogue.moves import go, in_dialogue
from bot.dialogue.state import Context, Result, State
from bot.dialogue.texts import info_page_text
from bot.faq.matcher import match
from bot.flows import info as info_pages
from bot.flows.ask import ASK, QUESTION
from bot.flows.navigation import Code, ScreenId, answer_pages, split_screen
from bot.i18n import Translator

ASK_KEY = Key(ASK_LABEL, Code.ASK, "💬 ")
_MENU_LABELS = dict(info_pages.MENU)


_LETTERS = re.compile(r"[^\W\d_]")


def is_question(state: State, text: str) -> bool:
    """Whether typed text is taken as a question: words, outside a dialogue's step.

    Not on the language choice: the language a question is matched in comes first.
    """
    if in_dialogue(state) or state.screen == ScreenId.LANG:
        return False
    return len(_LETTERS.findall(text)) >= 2


def answer(state: State, text: str, result: Result) -> None:
    """Show the pages that fit ``text`` (or none), and hold the text for an advisor."""
    found = match(text, state.lang or "de")
    result.held_question = text
    go(state, ScreenId.ANSWER.of(",".join(found.pages)))


def answer_text(state: State, ctx: Context, t: Translator) -> str:
    """One page with an offer of an advisor, the two pages to choose from, or no page."""
    _ = t.gettext
    pages = _pages(state)
    if len(pages) == 1:
        return "\n\n".join(
            [
                info_page_text(pages[0], t, ctx),
                _("Not the answer you need? An advisor can answer your question personally."),
            ]
        )
    if pages:
        return _("These pages may answer your question. Or ask an advisor personally.")
    return _("I have no information page on this. An advisor can answer your question personally.")


def answer_keys(state: State) -> Keys:
    """The two pages as buttons when there are two; always "Ask an advisor"."""
    pages = _pages(state)
    if len(pages) == 2:
        return (
            *((Key(_MENU_LABELS[code], Code.FIT.of(code)),) for code in pages),
            (ASK_KEY,),
            NAV,
        )
    return ((ASK_KEY,), (INFO_KEY,), NAV)


def _pages(state: State) -> tuple[str, ...]:
    return answer_pages(split_screen(state.screen)[1]) or ()


def show_page(state: State, ctx: Context, result: Result, code: str) -> None:
    """One of the two offered pages, still with "Ask an advisor" under it."""
    go(state, ScreenId.ANSWER.of(code))


def ask_advisor(state: State, ctx: Context, result: Result, arg: str) -> None:
    """The typed question becomes a request: consent first, then the short contact path."""
    returning.begin(state, ctx, result, ASK.key)


def take_question(state: State, ctx: Context) -> None:
    """On consent: the held question becomes the answer to the flow's question step."""
    if state.flow == ASK.key and ctx.held_question and QUESTION.key not in state.answers:
        parsed = QUESTION.parse(ctx.held_question)
        if parsed is not None:
            state.answers[QUESTION.key] = parsed


def still_held(state: State) -> bool:
    """Whether the typed question is still needed: on its answer, or on the consent after it.

    Anywhere else (refused, menu, another flow) the person went another way: it is dropped.
    """
    if state.screen.startswith(ScreenId.ANSWER) or state.screen == ScreenId.CHOOSE.of(ASK.key):
        return True
    return state.flow == ASK.key and state.screen == ScreenId.CONSENT
