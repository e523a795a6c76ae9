"""The contact part that every lead dialogue ends with, after consent."""

from bot.flows.model import Choice, FreeText, Option
from bot.i18n import LANGUAGES, N_, NATIVE_NAMES

NAME = FreeText(
    key="name",
    prompt=N_("What is your name?"),
    label=N_("Name"),
    validator="name",
)

PHONE = FreeText(
    key="phone",
    prompt=N_(
        "What phone number can we call you on? Or tap the button, and we will write to you here."
    ),
    label=N_("Phone"),
    validator="phone",
    alternative=Option("tg", N_("Contact me here in Telegram")),
)

EMAIL = FreeText(
    key="email",
    prompt=N_("Would you like to give us your e-mail address too? This is optional."),
    label=N_("E-mail"),
    validator="email",
    alternative=Option("skip", N_("Skip")),
)

TIME = Choice(
    key="time",
    prompt=N_("When is a good time to reach you (Monday to Friday)?"),
    label=N_("Best time"),
    options=(
        Option("morning", N_("Morning"), hours=(8, 12)),
        Option("afternoon", N_("Afternoon"), hours=(12, 17)),
        Option("any", N_("Any time")),
    ),
)

CALLBACK_LANGUAGE = Choice(
    key="callback_lang",
    prompt=N_("Which language do you prefer for the conversation with the advisor?"),
    label=N_("Language for the call"),
    # Native names are not translated: people look for their own language's name.
    options=tuple(Option(lang, NATIVE_NAMES[lang]) for lang in LANGUAGES),
    columns=2,
)

CONTACT_QUESTIONS = (NAME, PHONE, EMAIL, TIME, CALLBACK_LANGUAGE)
