"""A call on WhatsApp wished on the summary ("lieber WhatsApp Anruf", "whatsapp call
pls", "whatsapp arama olsun"): the yes to WhatsApp where it was asked for the number, and
"By phone", each told when it changed, the words kept for the advisor. For a landline
(WhatsApp not asked) the wish goes to the advisor, "By phone" said to stay. Before, "we
have noted 'By phone'" and the wish dropped, or a note with "please tap a button".
Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.meeting_words import whatsapp_call
from bot.dialogue.moves import edit
from bot.dialogue.pages import codes_of
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import change_answer
from bot.dialogue.typed_words import WANTING, phrase, without_politeness
from bot.flows.answers import option_label
from bot.flows.contact import MEETING, WHATSAPP
from bot.flows.model import Choice
from bot.flows.navigation import ADDING, Code, ScreenId, asked, flow_named
from bot.i18n import translator

#: Words around the wish that say no more than "rather", "yes" or "let it be" ("lieber",
#: "ja", "olsun", "nhé"), as phrase() writes them.
_AROUND_THE_WISH = WANTING | frozenset(
    phrase(word)
    for word in (
        *("lieber", "doch", "eher", "besser", "rather", "better", "prefer", "preferably"),
        *("ja", "yes", "evet", "так", "ok", "okay", "tamam", "olsun", "tercihen", "краще"),
        *("nhé", "nha", "ạ", "có", "نعم", "أفضل", "الأفضل", "يفضل"),
    )
)


def whatsapp_call_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A call on WhatsApp wished on the summary: WhatsApp's yes and "By phone" where they
    were not the answers, else the words for the advisor with "By phone" said to stay."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers:
        return False
    flow = flow_named(state.flow)
    if flow is None or MEETING.key not in state.answers or QUESTION_MARK.search(text):
        return False
    words = without_politeness(phrase(text)).split()
    if not whatsapp_call(state, " ".join(w for w in words if w not in _AROUND_THE_WISH)):
        return False
    changes: list[Choice] = []
    if asked(WHATSAPP, flow, state.answers) and state.answers.get(WHATSAPP.key) != "yes":
        changes.append(WHATSAPP)
    if state.answers.get(MEETING.key) != "phone":
        trial = state.copy()
        edit(trial, MEETING.key)
        if Code.OPTION.of("phone") not in codes_of(trial):
            # No phone call offered (e-mail instead of phone on the web): other readings.
            return False
        changes.append(MEETING)
    if not changes:
        # A landline, or both given already: the advisor reads the wish.
        phone = next(option for option in MEETING.options if option.code == "phone")
        choice = option_label(phone, translator(state.lang or "de"))
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=choice)
        return True
    for number, question in enumerate(changes, start=1):
        if state.screen != ScreenId.SUMMARY:
            break
        value = "yes" if question is WHATSAPP else "phone"
        # The words once, with the last change told.
        kept = text if number == len(changes) else None
        change_answer(state, question, value, ctx, result, kept=kept)
    return True
