"""Information pages: short, correct texts taken from shared/domain.md.

Each topic is a list of paragraphs (one translatable message each) so translators
get short units. Pages with figures or contacts are built by the engine.
"""

from dataclasses import dataclass
from datetime import date

from bot.i18n import N_


@dataclass(frozen=True)
class Topic:
    """One information page."""

    code: str
    title: str
    paragraphs: tuple[str, ...]


DUAL = Topic(
    code="dual",
    title=N_("What is dual vocational training?"),
    paragraphs=(
        N_(
            "In dual vocational training (duale Ausbildung) you learn a profession in two "
            "places: in a company and at the vocational school (Berufsschule)."
        ),
        N_(
            "You work and learn in the company most of the week. On 1–2 days a week, "
            "or in blocks, you go to the vocational school."
        ),
        N_(
            "Training usually takes 2 to 3.5 years and often starts on 1 August or "
            "1 September. The company pays you training pay (Ausbildungsvergütung) every month."
        ),
        N_(
            "At the end you take the final exam before the competent body (zuständige "
            "Stelle), for most trades the IHK or the HWK, and receive a recognised "
            "qualification."
        ),
        N_(
            "Nursing (Pflegefachfrau / Pflegefachmann) ends in a state exam. Medical "
            "assistants take their exam at the Ärztekammer."
        ),
    ),
)

COMPANY_STEPS = Topic(
    code="steps",
    title=N_("How does a business become a training company (Ausbildungsbetrieb)?"),
    paragraphs=(
        N_(
            "1. Talk to the training advisor of your chamber: the IHK (Industrie- und "
            "Handelskammer) for trade, industry and services, the HWK (Handwerkskammer) "
            "for the skilled trades (Handwerk). If a business trains for the first time, "
            "the chamber checks whether it is suitable, usually with a visit."
        ),
        N_(
            "2. Suitable workplace: your business must be able to teach what the training "
            "regulation (Ausbildungsordnung) requires. Missing parts can be taught in a "
            "partner company (Verbundausbildung)."
        ),
        N_(
            "The chamber decides how many apprentices your business may train, depending "
            "on its number of skilled staff."
        ),
        N_(
            "3. Suitable trainer: a person with a matching qualification and work "
            "experience who has passed the trainer exam (AEVO). This does not have to be "
            "the owner. In crafts, the master exam (Meisterprüfung) includes this part."
        ),
        N_(
            "4. The AEVO exam has a written part (about 3 hours) and a practical part "
            "(at most 30 minutes). There are no formal requirements to take it."
        ),
        N_("5. Find an apprentice, perhaps first through an EQ internship."),
        N_(
            "6. Sign a written training contract. The probation period is 1 to 4 months. "
            "The business registers the contract with the chamber without delay."
        ),
        N_(
            "For apprentices under 18, a parent or legal guardian must also sign the "
            "contract, and a medical examination is needed before training starts."
        ),
        N_(
            "7. Register the apprentice at the vocational school (Berufsschule) and give "
            "them time off for the classes."
        ),
    ),
)

SUPPORT = Topic(
    code="support",
    title=N_("Support during training"),
    paragraphs=(
        N_(
            "AsA flex (Assistierte Ausbildung flexibel) from the Federal Employment Agency "
            "(Bundesagentur für Arbeit): help before and during an apprenticeship for "
            "young people who need it, and for their training companies."
        ),
        N_(
            "EQ (Einstiegsqualifizierung): a paid internship of 4 to 12 months that "
            "prepares for an apprenticeship. The employer can get a subsidy. Up to 6 "
            "months can count towards the apprenticeship. There is no age limit."
        ),
        N_(
            "BAB (Berufsausbildungsbeihilfe): a monthly allowance for apprentices who "
            "cannot live with their parents. It depends on income and does not have to "
            "be paid back."
        ),
        N_(
            "Career guidance (Berufsberatung) from the employment agency is free and open "
            "to people of any age. Youth employment agencies (Jugendberufsagenturen) help "
            "people under 25."
        ),
        N_(
            "Saxony supports training in a partner company (Verbundausbildung) through "
            "the SAB. Amounts and conditions change, so please ask your advisor."
        ),
    ),
)

CERTIFICATES = Topic(
    code="certs",
    title=N_("School certificates from abroad and German"),
    paragraphs=(
        N_(
            "In Saxony, the Zeugnisanerkennungsstelle at the LaSuB (Landesamt für Schule "
            "und Bildung) assesses school certificates from abroad."
        ),
        N_(
            "By law you do not need a school certificate for an apprenticeship, but most "
            "companies ask for one."
        ),
        N_(
            "German: chambers and the employment agency usually recommend about level "
            "B2, but the company decides. There are job-related German courses for "
            "apprentices (BAMF)."
        ),
    ),
)

RESIDENCE = Topic(
    code="residence",
    title=N_("Questions about residence and work permits"),
    paragraphs=(
        N_(
            "We cannot give legal advice on residence or work permits. Please ask the "
            "immigration office (Ausländerbehörde) of your district or city."
        ),
        N_(
            "Free advice: the migration advice service for adults (Migrationsberatung, "
            "MBE) and the youth migration services (Jugendmigrationsdienste) for young "
            "people up to 27."
        ),
        N_("A KAUSA advisor can call you back and help you find the right place."),
    ),
)

#: Where the advice reaches: said on the About page and under the offices.
REACH = N_(
    "Our advisors also come to your business and advise online. Together we cover all of Saxony."
)

ABOUT = Topic(
    code="about",
    title=N_("About KAUSA Saxony"),
    paragraphs=(
        N_(
            "KAUSA (Koordinierungsstelle Ausbildung und Migration) helps businesses run "
            "by people with a migration background to become training companies. It "
            "also helps young people with a migration background to start and finish "
            "an apprenticeship, and it informs parents."
        ),
        N_(
            "The KAUSA-Landesstelle Sachsen is run by ARBEIT UND LEBEN Sachsen e.V. "
            "together with Bildungszentrum Lernen+Technik gGmbH Dresden. It is part of "
            "the federal JOBSTARTER programme and the Bildungsketten initiative."
        ),
        N_(
            "Our advisors work in Dresden, Chemnitz and Leipzig. The advice is free of "
            "charge for small and medium-sized businesses in Saxony."
        ),
        REACH,
    ),
)

#: Pages built by the engine from figures and configuration.
PAY = "pay"
OFFICES = "offices"

TOPICS: dict[str, Topic] = {
    t.code: t for t in (DUAL, COMPANY_STEPS, SUPPORT, CERTIFICATES, RESIDENCE, ABOUT)
}

#: The order of the information menu: (code, button label).
MENU: tuple[tuple[str, str], ...] = (
    ("dual", N_("Dual training")),
    ("steps", N_("Becoming a training company")),
    (PAY, N_("Minimum training pay")),
    ("support", N_("Support: AsA flex, EQ, BAB")),
    ("certs", N_("Certificates and German")),
    ("residence", N_("Residence questions")),
    (OFFICES, N_("Our offices")),
    ("about", N_("About KAUSA")),
)

#: Minimum training pay (§17 BBiG) in EUR per month for training years 1-4, by the
#: year training starts (shared/domain.md). Add a year once the Bundesgesetzblatt has it.
MINIMUM_PAY: dict[int, tuple[int, int, int, int]] = {
    2025: (682, 805, 921, 955),
    2026: (724, 854, 977, 1014),
}
#: The last start year with published amounts.
LAST_PAY_YEAR = max(MINIMUM_PAY)


def pay_tables(today: date) -> dict[int, tuple[int, int, int, int]]:
    """The amounts a page may show on ``today``: none once the data is out of date."""
    return dict(sorted(MINIMUM_PAY.items())) if today.year <= LAST_PAY_YEAR else {}


def first_unpublished_year(today: date) -> int | None:
    """The first start year people may ask about on ``today`` whose amounts are not in the data."""
    year = LAST_PAY_YEAR + 1
    # A start next year is what people plan for, so the gap shows from the last covered year.
    return max(year, today.year) if today.year >= LAST_PAY_YEAR else None
