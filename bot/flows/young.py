"""Dialogue for young people looking for or in an apprenticeship, and their parents."""

from bot.flows.model import POSTAL_KEY, Choice, Flow, Option, PostalCode
from bot.i18n import N_

SITUATION = Choice(
    key="situation",
    prompt=N_("What describes your situation best?"),
    label=N_("Situation"),
    options=(
        Option("looking", N_("Looking for an apprenticeship")),
        Option("in_training", N_("Apprentice and need help")),
        Option("school", N_("Still at school")),
        Option("parent", N_("Asking for my child")),
    ),
)

CERTIFICATE = Choice(
    key="certificate",
    prompt=N_("Which school-leaving certificate do you (or your child) have?"),
    label=N_("School certificate"),
    options=(
        Option("none", N_("None yet")),
        Option("haupt", N_("Hauptschulabschluss")),
        Option("real", N_("Mittlerer Abschluss")),
        Option("abitur", N_("Abitur")),
        Option("foreign", N_("A certificate from abroad")),
    ),
)

GERMAN = Choice(
    key="german",
    prompt=N_("How good is your (or your child's) German?"),
    label=N_("German level"),
    options=(
        Option("a", N_("A1–A2 (beginner)")),
        Option("b1", N_("B1")),
        Option("b2", N_("B2 or better")),
        Option("native", N_("Native speaker")),
    ),
    columns=2,
)

FIELD = Choice(
    key="field",
    prompt=N_("Which field interests you?"),
    label=N_("Field of interest"),
    options=(
        Option("crafts", N_("Skilled trades")),
        Option("tech", N_("Technology or IT")),
        Option("retail", N_("Retail or sales")),
        Option("gastro", N_("Restaurant, café or hotel")),
        Option("health", N_("Health or care")),
        Option("office", N_("Office or administration")),
        Option("logistics", N_("Logistics")),
        Option("unknown", N_("I don't know yet")),
    ),
    columns=2,
)

POSTAL_CODE = PostalCode(
    key=POSTAL_KEY,
    prompt=N_("What is your postal code (PLZ)? For example: 04109"),
    label=N_("Postal code"),
)

YOUNG = Flow(
    key="young",
    title=N_("I am looking for an apprenticeship or need help in one"),
    intro=N_(
        "Good to have you here! We will ask a few short questions. "
        "Then an advisor can help you in a personal conversation."
    ),
    questions=(SITUATION, CERTIFICATE, GERMAN, FIELD, POSTAL_CODE),
)
