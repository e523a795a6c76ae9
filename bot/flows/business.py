"""Dialogue for business owners who want to train apprentices."""

from bot.flows import info, trades
from bot.flows.model import (
    POSTAL_KEY,
    AnswerIn,
    Choice,
    Flow,
    FreeText,
    MultiChoice,
    Option,
    PostalCode,
)
from bot.i18n import N_
from bot.validation import MAX_NAME, parse_company

COMPANY = FreeText(
    key="company",
    prompt=N_("What is the name of your business?"),
    label=N_("Business name"),
    parse=parse_company,
    longest=MAX_NAME,
    error=N_("Please write the name of your business."),
)

TRADES = MultiChoice(
    key="trades",
    # Most small businesses train in one trade: a tap on it answers (one tap, not two).
    prompt=N_(
        "In which trade (Ausbildungsberuf) would you like to train? Tap it, or write it "
        "in your own words. For several trades, tap “More than one trade”."
    ),
    several=N_("More than one trade"),
    several_prompt=N_(
        "In which trades (Ausbildungsberufe) would you like to train? Choose one or more, "
        "then tap “Done”. Or write the trades in your own words."
    ),
    label=N_("Trades"),
    options=trades.OPTIONS,
    other=trades.OTHER,
    other_prompt=N_("Please write the trades in a few words."),
    # One a row: a trade's name in the person's language and in German is long.
    columns=1,
    typed=True,
)

SECTOR = Choice(
    key="sector",
    prompt=N_("Which sector is your business in? If none fits, please write it."),
    label=N_("Sector"),
    options=(
        # With the words owners type for their business ("مطعم", "магазин", "market"):
        # stored as "Other sector" in those words before, the labels' words being others.
        Option(
            "gastro",
            N_("Restaurant, café or hotel"),
            said=N_(
                "restaurant, café, cafe, hotel, snack bar, kebab shop, pizzeria, catering, "
                "gastronomy, hospitality"
            ),
        ),
        Option(
            "construction",
            N_("Construction or skilled trades"),
            said=N_("construction, building, construction company, renovation, skilled trade"),
        ),
        Option(
            "retail",
            N_("Retail"),
            said=N_("shop, store, supermarket, grocery store, kiosk, market, retail shop"),
        ),
        Option(
            "repair",
            N_("Repair or automotive"),
            said=N_("repair, repair shop, car repair, garage, workshop, car workshop"),
        ),
        Option(
            "services",
            N_("Travel agency or services"),
            said=N_("travel agency, travel, services, service, cleaning, cleaning company"),
        ),
        # Other words typed for it ("tiệm nail": many Vietnamese businesses are nail salons).
        Option(
            "beauty",
            N_("Hair, beauty or cosmetics"),
            said=N_("nail salon, nails, beauty salon, cosmetics studio, hair salon, barber shop"),
        ),
        Option("other", N_("Other sector")),
    ),
    other="other",
    other_prompt=N_("Please write your sector in a few words."),
    typed=True,
    # A suggested trade tells the sector; it is asked for a typed trade or "don't know yet".
    when=AnswerIn(TRADES.key, frozenset({trades.OTHER, trades.UNKNOWN})),
)

POSTAL_CODE = PostalCode(
    key=POSTAL_KEY,
    prompt=N_("What is the postal code (PLZ) of your business? For example: 01067"),
    label=N_("Postal code"),
)

EXPERIENCE = Choice(
    key="experience",
    prompt=N_(
        "Has your business trained apprentices before? Does someone have a trainer "
        "qualification (AEVO exam or master craftsman's certificate, Meister)?"
    ),
    label=N_("Training experience"),
    # Other words typed for an answer, whole ("wir haben gerade einen Azubi", "لا، ما عندنا
    # مدرب": "Please tap one of the buttons" before). Only what answers both questions: a
    # bare "no" or "never" leaves the trainer open, and is asked again.
    options=(
        Option(
            "now",
            N_("Yes, we train right now"),
            said=N_(
                "we train right now, we train now, yes we train now, yes right now, yes "
                "currently, currently, right now, at the moment, we have an apprentice, we "
                "have apprentices, we have an apprentice now, yes we have 2 apprentices now, "
                "we have 2 apprentices, we have two apprentices, yes we have apprentices now, "
                "we do right now, we do now, we do currently, we already have an apprentice, "
                "we already have one apprentice, we already have apprentices, we already "
                "have one"
            ),
        ),
        Option(
            "before",
            N_("Yes, in the past"),
            said=N_(
                "in the past, yes in the past, yes before, years ago, yes years ago, we "
                "trained before, we used to train, we used to have apprentices, previously, "
                "we had one before, we had an apprentice before, we had apprentices before, "
                "we did before, we did in the past, we did years ago, last year, until last "
                "year, a few years ago"
            ),
        ),
        Option(
            "trainer",
            N_("Not yet, but we have a trainer"),
            said=N_(
                "not yet but we have a trainer, no but we have a trainer, never but we have a "
                "trainer, no but I have the AEVO, not yet but I have the AEVO, no but I am a "
                "master craftsman, no but I have the Meister, never but I have the Meister"
            ),
        ),
        Option(
            "none",
            N_("Not yet, and no trainer yet"),
            said=N_(
                "no trainer, no trainer yet, we have no trainer, no and no trainer, not yet "
                "and no trainer, never and no trainer, never trained no trainer, we have "
                "never trained no trainer, we have never trained and have no trainer, nobody "
                "has the AEVO, no one has the AEVO, nobody has a trainer qualification, "
                "nobody has AEVO, no one has AEVO"
            ),
        ),
        Option("unknown", N_("I don't know")),
    ),
)

START = Choice(
    key="start",
    prompt=N_("When should the training start?"),
    label=N_("Start of training"),
    options=(
        # Shown as the years themselves ("2027"): "this year" reads wrong once the
        # year's start has passed (bot.flows.model.first_start_year).
        Option("y0", "", year=0),
        Option("y1", "", year=1),
        Option("unknown", N_("I don't know yet")),
    ),
)

#: The need that brings the minimum training pay page into the dialogue.
COSTS = "costs"

NEEDS = MultiChoice(
    key="needs",
    # One tap for the one need most owners name; several stay possible.
    prompt=N_(
        "What do you need help with? Tap one answer, or write it in your own words. "
        "For help with several things, tap “Several things”."
    ),
    several=N_("Several things"),
    several_prompt=N_(
        "What do you need help with? Choose one or more, then tap “Done”. "
        "Or write it in your own words."
    ),
    label=N_("Help needed with"),
    options=(
        # "Şartlar", "умови", "what do I need": stored as "something else" before. And the
        # paperwork of becoming a training company ("Papierkram", "Bürokratie", "evrak
        # işleri"); not funding ("Förderung"): no option names it, it stays the owner's words.
        Option(
            "steps",
            N_("Requirements and steps"),
            said=N_(
                "requirements, conditions, steps, what do I need, what is needed, paperwork, "
                "the paperwork, bureaucracy, help with the paperwork, help with bureaucracy"
            ),
        ),
        # Other words typed for it ("wie finde ich einen Azubi", "знайти учня", "Hilfe bei
        # der Suche", "help finding someone"): stored as "something else" in those words
        # before.
        Option(
            "find",
            N_("Finding an apprentice"),
            said=N_(
                "find an apprentice, looking for an apprentice, we are looking for an "
                "apprentice, how do I find an apprentice, apprentice wanted, we need an "
                "apprentice, help finding someone, help finding an apprentice, help with "
                "the search, help with finding someone, help with finding an apprentice, "
                "finding someone, find someone"
            ),
        ),
        # "AEVO machen", "the AEVO exam", "Ausbilderschein": "Something else" before.
        Option(
            "aevo",
            N_("AEVO trainer exam"),
            said=N_(
                "AEVO, the AEVO, AEVO exam, the AEVO exam, do the AEVO, take the AEVO exam, "
                "trainer certificate, trainer qualification, the trainer exam"
            ),
        ),
        Option(
            "support",
            N_("Support during training"),
            said=N_(
                "support, support during training, help during training, help during the "
                "apprenticeship"
            ),
        ),
        Option(
            COSTS,
            N_("Costs and training pay"),
            said=N_(
                "costs, the costs, training pay, apprentice pay, wages, how much does it "
                "cost, what does an apprentice cost, how much do I have to pay"
            ),
        ),
        Option("other", N_("Something else")),
    ),
    other="other",
    other_prompt=N_("Please describe briefly what you need."),
    # An owner asking about costs can read the pay page (here while ticking several, and
    # on the summary) and come back with Back.
    pages={COSTS: (info.PAY, N_("Minimum training pay"))},
    typed=True,
)

# -- asked by earlier versions; older leads still carry their answers ---------------

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
)

BUSINESS = Flow(
    key="business",
    title=N_("I run a business and want to train apprentices"),
    intro=N_(
        "Great! We will ask you a few short questions about your business. "
        "It takes about two minutes."
    ),
    questions=(COMPANY, TRADES, SECTOR, POSTAL_CODE, EXPERIENCE, START, NEEDS),
    # The trade names the chamber; the size and the merged experience are asked on the call.
    retired=(EMPLOYEES, TRAINED_BEFORE, TRAINER, CHAMBER),
    # The count typed with the name (bot.dialogue.company_size) is read with it.
    beside=((COMPANY.key, EMPLOYEES.key),),
)
