"""A postal code typed where the sector is asked ("01099", "04315 Leipzig"): the owner
went on to the next question they expected, the sector being asked only after a trade
in own words. The code is taken as the postal code question's answer and not asked again
(bot.dialogue.moves.advance passes it); the sector is asked on. Before, "Please write a
few words": the code was lost, and the next words typed (the training experience) were
stored as the sector. So at the young person's German level question, the last before
the code ("Please tap one of the buttons below", and the code typed again).

And the other way round: the sector or the kind of business typed at the postal code
question ("Gastronomie", "Restaurant", where a suggested trade tapped left the sector
unasked) is kept for the advisor and the code asked again. "I could not find this place"
was told before, as if the words were a town's name. Pure: state, text and context in,
the state changed."""

from __future__ import annotations

from bot.dialogue import postal, typed
from bot.dialogue.business_kinds import names_the_kind
from bot.dialogue.moves import go
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.dialogue.whereabouts import gives_postal_code, names_a_town
from bot.flows.business import SECTOR
from bot.flows.model import POSTAL_KEY
from bot.flows.navigation import NOT_SHOWN, ScreenId, find_question, flow_named, split_screen
from bot.flows.young import GERMAN

#: The questions asked just before the postal code: the business's sector, and the young
#: person's German level ("09117" there was "Please tap one of the buttons below", and the
#: code had to be typed again at its own question).
_JUST_BEFORE_THE_CODE = frozenset(ScreenId.QUESTION.of(each.key) for each in (SECTOR, GERMAN))


def code_before_its_question(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A Saxon postal code at the sector or the German level question: kept with its
    office, as the postal code question would keep it; anything that needs a question of
    its own (a border, a guess, outside Saxony) is left to that question."""
    if (
        state.screen not in _JUST_BEFORE_THE_CODE
        or POSTAL_KEY in state.answers
        or NOT_SHOWN in state.answers
        or not gives_postal_code(text)
    ):
        return False
    trial = state.copy()
    go(trial, ScreenId.QUESTION.of(POSTAL_KEY))
    read = Result(trial)
    postal.answer_text(trial, text, ctx, read)
    # An office found, and on to the next question (the young person's: the consent): no
    # border, guess or other state.
    on = split_screen(trial.screen)[0] is ScreenId.QUESTION or trial.screen == ScreenId.CONSENT
    if POSTAL_KEY not in trial.answers or trial.office is None or not on:
        return False
    state.answers[POSTAL_KEY] = trial.answers[POSTAL_KEY]
    state.answers[NOT_SHOWN] = POSTAL_KEY
    state.office = trial.office
    result.notices.extend(read.notices)
    return True


def sector_at_the_code(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The sector or the kind of business typed at the business's postal code question
    ("Gastronomie", "Restaurant"), where it is no town's name: kept for the advisor, and
    the postal code asked again."""
    if state.screen != ScreenId.QUESTION.of(POSTAL_KEY):
        return False
    if find_question(flow_named(state.flow), SECTOR.key) is None:
        return False  # a young person's or a parent's postal code
    if any(c.isdigit() for c in text) or names_a_town(text):
        return False
    if not names_the_kind(text) and not _names_a_sector(state, text, ctx):
        return False
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_FOR_ADVISOR)
    return True


def _names_a_sector(state: State, text: str, ctx: Context) -> bool:
    """Whether the sector question, asked of ``text``, reads one of its own sectors."""
    trial = state.copy()
    trial.screen = ScreenId.QUESTION.of(SECTOR.key)
    if not tap_by_label(trial, text, ctx, Result(trial)):
        return False
    return trial.answers.get(SECTOR.key) not in (None, SECTOR.other)
