"""The short way to an advisor: who is asking and where, then contact details."""

from dataclasses import replace

from bot.flows.model import POSTAL_KEY, AnswerIn, Choice, Flow, FreeText, Option, PostalCode
from bot.flows.young import AGE, FOR_MY_CHILD
from bot.i18n import N_
from bot.validation import MAX_SHORT_TEXT, parse_short_text

#: What a business owner or a young person types instead of tapping their button ("ich
#: habe einen Imbiss", "öğrenciyim"): "Please tap one of the buttons below" before.
AS_A_BUSINESS = N_(
    "business, company, my business, my company, I have a business, I have a company, "
    "I have a restaurant, I have a shop, owner, I am the owner, employer, boss, business "
    "owner, I am a business owner, I'm a business owner, I run a business"
)
AS_A_YOUNG_PERSON = N_(
    "young person, student, pupil, apprentice, I am a student, I am a pupil, I am an "
    "apprentice, for myself, I'm a student, I'm a pupil, I'm an apprentice"
)

ROLE = Choice(
    key="role",
    prompt=N_("Who is asking?"),
    label=N_("Asking as"),
    options=(
        Option("business", N_("A business"), said=AS_A_BUSINESS),
        Option("young", N_("A young person"), said=AS_A_YOUNG_PERSON),
        Option("parent", N_("A parent"), said=FOR_MY_CHILD),
        Option("other", N_("Someone else")),
    ),
    columns=2,
    # A young person's age is their own, a parent's their child's (YOUNG_AGE).
    for_another=frozenset({"parent"}),
    about_whom=("age",),
)

#: A young person gives their age band, as in the young people's dialogue: under 16 a
#: parent consents (bot/flows/consent.py). A parent gives their child's, for the advisor.
YOUNG_AGE = replace(AGE, when=AnswerIn(ROLE.key, frozenset({"young", "parent"})))

TOPIC = FreeText(
    key="topic",
    prompt=N_("What is it about? Please write a few words, or tap “Skip”."),
    label=N_("Topic"),
    parse=parse_short_text,
    longest=MAX_SHORT_TEXT,
    error=N_("Please write a few words, or tap “Skip”."),
    alternative=Option("skip", N_("Skip")),
    optional=True,
    takes_questions=True,
)

POSTAL_CODE = PostalCode(
    key=POSTAL_KEY,
    prompt=N_("What is your postal code (PLZ)? For example: 09111"),
    label=N_("Postal code"),
)

CALLBACK = Flow(
    key="callback",
    title=N_("Request a callback"),
    intro=N_("An advisor will call you back. We only need a few details."),
    questions=(ROLE, YOUNG_AGE, TOPIC, POSTAL_CODE),
)
