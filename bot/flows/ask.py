"""A typed question for an advisor: consent first, then the question and the contact part.

Reached from the answer to a typed question ("Ask an advisor"), never from the menu.
The question the person typed is held by the service until they consent, and only
then written into the answers (the question step is skipped); after a restart in
between it is asked for again.
"""

from bot.flows.callback import POSTAL_CODE
from bot.flows.model import Flow, FreeText
from bot.i18n import N_

#: Longest question kept, as for other typed answers (bot.dialogue.state.MAX_TEXT).
MAX_QUESTION = 1000


def parse_question(text: str) -> str | None:
    """The question as typed, when it has a few letters and is not too long."""
    return text if 2 <= len(text) <= MAX_QUESTION else None


#: What was typed on the way for the advisor, held for a request of another flow: on the
#: summary and in the person's copy of their data. Not "Question": often a message
#: ("better after school, after 3 pm").
HELD_LABEL = N_("Your message for the advisor")
#: The same over several messages, listed one a line under it.
HELD_LABEL_SEVERAL = N_("Your messages for the advisor")


def held_label(held: str) -> str:
    """The label of what was typed on the way for the advisor: one message, or several
    (kept one a line)."""
    return HELD_LABEL_SEVERAL if "\n" in held.strip() else HELD_LABEL


QUESTION = FreeText(
    key="question",
    prompt=N_("What would you like to ask the advisor?"),
    label=N_("Question"),
    parse=parse_question,
    error=N_("Please write your question in a few words (at most 1000 characters)."),
    takes_questions=True,
)

ASK = Flow(
    key="ask",
    title=N_("Ask an advisor"),
    intro=N_("An advisor will answer your question personally. We only need a few details."),
    questions=(QUESTION, POSTAL_CODE),
    consent_first=True,
)
