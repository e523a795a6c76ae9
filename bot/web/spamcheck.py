"""The spam check before a web person's first personal detail, and what it tells them.

With JavaScript the ALTCHA widget solves a proof of work (bot.web.proof); without it
the plain form carries a signed waiting token and a honeypot (bot.web.waiting). Either
is taken once; the session then counts as a person.
"""

from __future__ import annotations

from bot.flows.contact import EMAIL, NAME, PHONE
from bot.flows.navigation import ScreenId
from bot.i18n import N_, Translator
from bot.web import waiting
from bot.web.proof import ProofOfWork
from bot.web.waiting import Verdict, Waiting

#: The steps that ask for a personal detail: the spam check comes first.
PERSONAL_STEPS = frozenset(ScreenId.QUESTION.of(q.key) for q in (NAME, PHONE, EMAIL))

PROVE = N_(
    "Please wait until the check “I'm not a robot” above the text field is done, then send again."
)
#: The page without JavaScript: its spam check is a moment of waiting.
NO_SCRIPT = N_(
    "To protect this form from spam, please wait a few seconds after the page has loaded, "
    "then press “{send}”."
)
TOO_EARLY = N_(
    "That was a little too quick for our spam protection. Please wait a few seconds, "
    "then press “{send}” again."
)
SENT_BEFORE = N_(
    "This form has already been sent. Please wait a few seconds, then press “{send}” again."
)
#: The label of the text field's button, named in the texts above.
SEND = N_("Send")


class ProofNeeded(Exception):
    """A personal detail was sent before the session passed its spam check; ``text``
    says what to do."""

    def __init__(self, text: str = PROVE) -> None:
        super().__init__(text)
        self.text = text


def explain(text: str, t: Translator) -> str:
    """One of this module's texts in the person's language, naming the Send button."""
    return t.gettext(text).format(send=t.gettext(SEND))


async def check(proof: ProofOfWork, waited: Waiting, person: str, fields: dict[str, str]) -> None:
    """Take the ALTCHA solution or else the waiting token in ``fields``, or raise
    :class:`ProofNeeded` with what the person should do."""
    solution, token = fields.get("altcha"), fields.get(waiting.FIELD)
    if solution and await proof.redeem(solution, person):
        return
    if not token:
        raise ProofNeeded
    verdict = await waited.redeem(token, person, fields.get(waiting.HONEYPOT, ""))
    if verdict is Verdict.EARLY:
        raise ProofNeeded(TOO_EARLY)
    if verdict is not Verdict.TAKEN:
        raise ProofNeeded(SENT_BEFORE)
