"""Dialogue for business owners who want to train apprentices."""

from bot.flows import info
from bot.flows.model import POSTAL_KEY, Choice, Flow, MultiChoice, Option, PostalCode
from bot.i18n import N_

SECTOR = Choice(
    key="sector",
    prompt=N_("Which sector is your business in?"),
    label=N_("Sector"),
    options=(
        Option("gastro", N_("Restaurant, café or hotel")),
        Option("construction", N_("Construction or skilled trades")),
        Option("retail", N_("Retail")),
        Option("repair", N_("Repair or automotive")),
        Option("services", N_("Travel agency or services")),
        Option("other", N_("Other sector")),
    ),
    other="other",
    other_prompt=N_("Please write your sector in a few words."),
)

POSTAL_CODE = PostalCode(
    key=POSTAL_KEY,
    prompt=N_("What is the postal code (PLZ) of your business? For example: 01067"),
    label=N_("Postal code"),
)

EMPLOYEES = Choice(
    key="employees",
    prompt=N_("How many people work in your business?"),
    label=N_("Employees"),
    options=(
        Option("1-9", N_("1 to 9")),
        Option("10-49", N_("10 to 49")),
        Option("50-249", N_("50 to 249")),
        Option("250+", N_("250 or more")),
    ),
    notices={
        "250+": N_(
            "Please note: KAUSA advice is meant for small and medium-sized businesses. "
            "You can still leave a request, and we will tell you who can help."
        ),
    },
    columns=2,
)

TRAINED_BEFORE = Choice(
    key="trained",
    prompt=N_("Has your business trained apprentices before?"),
    label=N_("Trained apprentices before"),
    options=(
        Option("never", N_("No, never")),
        Option("before", N_("Yes, in the past")),
        Option("now", N_("Yes, right now")),
    ),
)

TRAINER = Choice(
    key="trainer",
    prompt=N_(
        "Does anyone in your business have a trainer qualification "
        "(AEVO exam or master craftsman's certificate, Meister)?"
    ),
    label=N_("Trainer qualification"),
    options=(
        Option("yes", N_("Yes")),
        Option("no", N_("No")),
        Option("unknown", N_("I don't know")),
    ),
    columns=3,
)

CHAMBER = Choice(
    key="chamber",
    prompt=N_(
        "Which chamber is your business a member of? IHK is the Chamber of Industry and "
        "Commerce, HWK the Chamber of Skilled Crafts."
    ),
    label=N_("Chamber"),
    options=(
        Option("ihk", N_("IHK")),
        Option("hwk", N_("HWK")),
        Option("unknown", N_("I don't know")),
    ),
    columns=3,
)

#: The need that brings the minimum training pay page into the dialogue.
COSTS = "costs"

NEEDS = MultiChoice(
    key="needs",
    prompt=N_("What do you need help with? You can choose several. Then tap “Done”."),
    label=N_("Help needed with"),
    options=(
        Option("steps", N_("Requirements and steps")),
        Option("find", N_("Finding an apprentice")),
        Option("aevo", N_("AEVO trainer exam")),
        Option("support", N_("Support during training")),
        Option(COSTS, N_("Costs and training pay")),
        Option("other", N_("Something else")),
    ),
    other="other",
    other_prompt=N_("Please describe briefly what you need."),
    # An owner asking about costs can read the pay page and come back with Back.
    pages={COSTS: (info.PAY, N_("Minimum training pay"))},
)

BUSINESS = Flow(
    key="business",
    title=N_("I run a business and want to train apprentices"),
    intro=N_(
        "Great! We will ask you a few short questions about your business. "
        "It takes about two minutes."
    ),
    questions=(SECTOR, POSTAL_CODE, EMPLOYEES, TRAINED_BEFORE, TRAINER, CHAMBER, NEEDS),
)
