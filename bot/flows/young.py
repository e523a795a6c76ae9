"""Dialogue for young people looking for or in an apprenticeship, and their parents."""

from bot.flows import trades
from bot.flows.consent import UNDER_16
from bot.flows.model import POSTAL_KEY, AnswerIn, AnyAnswerIn, Choice, Flow, Option, PostalCode
from bot.i18n import N_

#: The situation of an apprentice who needs help: asked about the problem, not a trade.
IN_TRAINING = "in_training"
#: The school certificate from another country.
FROM_ABROAD = "foreign"
#: The certificate question's "None yet" (a pupil's answer too).
NO_CERTIFICATE = "none"

#: What a parent types instead of tapping "Asking for my child" (or "A parent").
FOR_MY_CHILD = N_(
    "for my child, for my son, for my daughter, my child, my son, my daughter, I am the "
    "parent, I am a parent, I'm a parent, I'm the parent, I am the mother, I am the father, "
    "I am asking for my child, I am asking for my son, I am asking for my daughter, I'm "
    "asking for my child, I'm asking for my son, I'm asking for my daughter, asking for my "
    "child, asking for my son, asking for my daughter, I am the guardian, I'm the guardian, "
    "I am his guardian, I am her guardian, I'm his guardian, I'm her guardian, legal guardian, "
    "my kid, for my kid, asking for my kid, I'm asking for my kid"
)

#: What a young person types at "What describes your situation best?" to say the questions
#: are about themselves: it names none of their three answers, which are asked for by name.
FOR_MYSELF = N_(
    "for myself, for me, myself, it is for me, it's for me, I am asking for myself, I'm "
    "asking for myself, for me personally"
)

SITUATION = Choice(
    key="situation",
    prompt=N_("What describes your situation best?"),
    label=N_("Situation"),
    options=(
        Option("looking", N_("Looking for an apprenticeship")),
        # With the words people type for it ("ich bin Azubi", "çırağım"): they were
        # "Please tap one of the buttons below".
        Option(
            IN_TRAINING,
            N_("Apprentice and need help"),
            said=N_("I am an apprentice, I'm an apprentice, I am doing an apprenticeship"),
        ),
        # With the words people type for it ("okula gidiyorum", "ما زلت طالب"): they were
        # "Please tap one of the buttons below".
        Option(
            "school",
            N_("Still at school"),
            said=N_(
                "I go to school, I am a pupil, I'm still in school, I am still at school, "
                "I'm still at school, I'm a pupil"
            ),
        ),
        Option("parent", N_("Asking for my child"), said=FOR_MY_CHILD),
    ),
    for_another=frozenset({"parent"}),
    about_whom=("child", "age", "trade", "problem", "certificate", "german"),
)

#: Who the questions are about: a parent asks for their child, anyone else for themselves.
#: A young person's callback request ("role") asks the age as the young person's own.
_PARENT = AnswerIn(SITUATION.key, frozenset({"parent"}))
#: A parent, in this dialogue or in a callback request (bot/flows/callback.py).
_FOR_A_CHILD = (_PARENT, AnswerIn("role", frozenset({"parent"})))

#: A parent says where the child stands, so that the advisor knows it and the child in an
#: apprenticeship is asked about the problem, not about the trade they want.
CHILD = Choice(
    key="child",
    prompt=N_("What describes your child's situation best?"),
    label=N_("Child's situation"),
    options=(
        # With the words a parent types for it ("çıraklık arıyor", "шукає навчання",
        # "ابنتي تريد تدريب مهني"): the young person's own wishes ("Ausbildung arıyorum")
        # did not say it of a child, and "Please tap one of the buttons below" was told.
        Option(
            "looking",
            N_("Seeks an apprenticeship"),
            said=N_(
                "is looking for an apprenticeship, looks for an apprenticeship, wants to do an "
                "apprenticeship, wants an apprenticeship, wants to learn a trade, is looking "
                "for a training place"
            ),
        ),
        # With the words a parent types for it ("mein Sohn macht eine Ausbildung", "oğlum
        # çırak"), as the young person's own "ich bin Azubi" is taken: they were a message
        # noted, or "Please tap one of the buttons below".
        Option(
            IN_TRAINING,
            N_("Is an apprentice, needs help"),
            said=N_(
                "is an apprentice, is doing an apprenticeship, does an apprenticeship, is in "
                "an apprenticeship, is in training"
            ),
        ),
        Option(
            "school",
            N_("Is still at school"),
            said=N_(
                "goes to school, is a pupil, is still at school, still at school, is at school"
            ),
        ),
    ),
    when=_PARENT,
)

_APPRENTICE = (
    AnswerIn(SITUATION.key, frozenset({IN_TRAINING})),
    AnswerIn(CHILD.key, frozenset({IN_TRAINING})),
)
_NOT_IN_TRAINING = AnyAnswerIn(_APPRENTICE, negate=True)
_OWN = (
    AnswerIn(SITUATION.key, frozenset({"looking", IN_TRAINING, "school"})),
    AnswerIn("role", frozenset({"young"})),
)

AGE = Choice(
    key="age",
    prompt=N_("How old are you (or your child)?"),
    label=N_("Age"),
    options=(
        Option(UNDER_16, N_("Under 16"), ages=(0, 15)),
        Option("16-17", N_("16 or 17"), ages=(16, 17)),
        Option("18-24", N_("18 to 24"), ages=(18, 24)),
        Option("25+", N_("25 or older"), ages=(25, 120)),
    ),
    columns=2,
    variants=(
        *((parent, N_("How old is your child?")) for parent in _FOR_A_CHILD),
        *((own, N_("How old are you?")) for own in _OWN),
    ),
    label_variants=tuple((parent, N_("Child's age")) for parent in _FOR_A_CHILD),
)

TRADE = Choice(
    key="trade",
    prompt=N_(
        "Which trade (Ausbildungsberuf) would you like to learn? "
        "Tap a suggestion or write it in your own words."
    ),
    label=N_("Trade wanted"),
    options=trades.OPTIONS,
    other=trades.OTHER,
    other_prompt=N_("Please write the trade in a few words."),
    # One a row: a trade's name in the person's language and in German is long.
    columns=1,
    typed=True,
    when=_NOT_IN_TRAINING,
    variants=(
        (
            _PARENT,
            N_(
                "Which trade (Ausbildungsberuf) would your child like to learn? "
                "Tap a suggestion or write it in your own words."
            ),
        ),
    ),
    label_variants=((_PARENT, N_("Child's trade wanted")),),
)

PROBLEM = Choice(
    key="problem",
    prompt=N_(
        "What is the problem in your apprenticeship? If it is something else, "
        "please write it in a few words."
    ),
    label=N_("Problem in the apprenticeship"),
    options=(
        Option("school", N_("Vocational school or exam")),
        Option("employer", N_("Employer or contract")),
        # With the words an apprentice types for it ("ustam maaş vermiyor", "шеф не
        # платить", "BAB" alone): stored as "Something else" in those words before.
        Option(
            "money",
            N_("Money or BAB"),
            said=N_(
                "BAB, money, salary, wage, wages, pay, my pay, no money, no salary, no pay, "
                "not paid, does not pay, doesn't pay, does not pay me, doesn't pay me, is "
                "not paying, isn't paying, did not pay, didn't pay, I get no money"
            ),
        ),
        # "Deutsch", "Almanca", "мова" alone: stored as "Something else" before.
        Option(
            "german",
            N_("German language"),
            said=N_("German, German language, language, my German, German course, language course"),
        ),
        Option("residence", N_("Residence permit")),
        Option("other", N_("Something else")),
    ),
    other="other",
    other_prompt=N_("Please describe briefly what you need."),
    typed=True,
    when=AnyAnswerIn(_APPRENTICE),
    variants=(
        (
            _PARENT,
            N_(
                "What is the problem in your child's apprenticeship? If it is something "
                "else, please write it in a few words."
            ),
        ),
    ),
    label_variants=((_PARENT, N_("Child's apprenticeship problem")),),
)

CERTIFICATE = Choice(
    key="certificate",
    prompt=N_("Which school-leaving certificate do you (or your child) have?"),
    label=N_("School certificate"),
    options=(
        # Each with the words people type for it ("Abi", "yok", "من الخارج"): they were
        # "Please tap one of the buttons below", the words dropped.
        # "ich habe kein abschluss", "I don't have one", "chưa có bằng": as a young person
        # with a little German, or in their own language, types it (they were asked to tap).
        Option(
            NO_CERTIFICATE,
            N_("None yet"),
            said=N_(
                "no certificate, none, not yet, I have none, I don't have one, I do not have "
                "one, no certificate yet, none yet, no school certificate, without a certificate"
            ),
        ),
        # Described in the person's language, the German term in brackets (domain.md):
        # a certificate from abroad is compared with these by what it stands for.
        Option(
            "haupt",
            N_("Certificate after grade 9"),
            official="Hauptschulabschluss",
            said=N_("lower secondary school, grade 9"),
        ),
        # Saxony's Oberschule names it so (elsewhere also "Mittlerer Schulabschluss").
        Option(
            "real",
            N_("Certificate after grade 10"),
            official="Realschulabschluss",
            said=N_("intermediate school, grade 10"),
        ),
        Option(
            "abitur",
            N_("Certificate for university"),
            official="Abitur",
            said=N_("Abitur, A levels"),
        ),
        Option(
            FROM_ABROAD,
            N_("A certificate from abroad"),
            said=N_("from abroad, from my country, foreign certificate"),
        ),
    ),
    when=_NOT_IN_TRAINING,
    variants=(
        (_PARENT, N_("Which school-leaving certificate does your child have?")),
        *((own, N_("Which school-leaving certificate do you have?")) for own in _OWN),
    ),
    label_variants=((_PARENT, N_("Child's school certificate")),),
)

GERMAN = Choice(
    key="german",
    prompt=N_("How good is your (or your child's) German?"),
    label=N_("German level"),
    options=(
        # With the words people type for a level ("ein bisschen", "biraz", "بطلاقة"):
        # they were "Please tap one of the buttons below".
        Option(
            "a",
            N_("A1–A2 (beginner)"),
            said=N_(
                "a little, only a little, beginner, a bit, a little German, not good, not "
                "very good, bad, poor, I am still learning"
            ),
        ),
        # "Mittel", "orta", "середній": the middle of the scale, as B1 is. ("Gut" alone
        # may be B1 or B2: bot.dialogue.level_words asks which.)
        Option(
            "b1",
            N_("B1"),
            said=N_("intermediate, medium, so-so, fairly good, quite good, pretty good"),
        ),
        Option(
            "b2", N_("B2 or better"), said=N_("fluent, fluently, very good, very well, excellent")
        ),
        # "ana dilim", "рідна мова", "لغتي الأم": they were "Please tap one of the buttons".
        Option(
            "native",
            N_("Native speaker"),
            said=N_(
                "mother tongue, my mother tongue, native language, my native language, first "
                "language, my first language, it is my mother tongue, it's my first language, "
                "German is my mother tongue"
            ),
        ),
        # Few young people know their level by its letters; the advisor finds out.
        Option("unknown", N_("I don't know")),
    ),
    columns=2,
    variants=(
        (_PARENT, N_("How good is your child's German?")),
        *((own, N_("How good is your German?")) for own in _OWN),
    ),
    label_variants=((_PARENT, N_("Child's German level")),),
)

POSTAL_CODE = PostalCode(
    key=POSTAL_KEY,
    prompt=N_("What is your postal code (PLZ)? For example: 04109"),
    label=N_("Postal code"),
)

# -- asked by earlier versions; older leads still carry the answer -------------------

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
)

YOUNG = Flow(
    key="young",
    title=N_("I am looking for an apprenticeship or need help in one"),
    intro=N_(
        "Good to have you here! We will ask a few short questions. "
        "Then an advisor can help you in a personal conversation."
    ),
    questions=(SITUATION, CHILD, AGE, TRADE, PROBLEM, CERTIFICATE, GERMAN, POSTAL_CODE),
    # The trade wanted (with suggestions) replaced the field of interest.
    retired=(FIELD,),
)
