"""Training occupations (Ausbildungsberufe) offered as suggestions.

Each shows in the person's language with its official German name in brackets, e.g. tr
"Aşçı (Koch/Köchin)": people meet the German term at the chamber, in job offers and on the
training contract. German shows the official name alone; the lead stores the code, and
advisors read the official name.
"""

from bot.flows.model import Option
from bot.i18n import N_

#: The option for "I don't know yet"; the typed trade is stored as ``other``.
UNKNOWN = "unknown"
OTHER = "other"

SUGGESTED: tuple[Option, ...] = (
    # Other words typed for a trade ("electrician", "Elektriker", Russian "повар" in the
    # Ukrainian chat): "another trade" in those words before, and the sector asked on top.
    # Translations list the forms a sentence gives the word (Ukrainian "хочу бути
    # кухарем"), and a short word with the verb before it (Levantine "صير حلاق"): a short
    # word alone is looked for only as the whole answer.
    Option("koch", N_("Cook"), official="Koch/Köchin", said=N_("cook, chef, cooking")),
    # "Kellner", "garson", "نادل", "Einzelhandelskaufmann": "Another trade" before, and the
    # sector asked on top.
    Option(
        "gastro",
        N_("Hospitality specialist"),
        official="Fachkraft für Gastronomie",
        said=N_("waiter, waitress, service staff, restaurant specialist, hospitality"),
    ),
    Option(
        "einzelhandel",
        N_("Retail management assistant"),
        official="Kaufmann/-frau im Einzelhandel",
        said=N_("retail, retail clerk, retail salesperson, retail management"),
    ),
    Option(
        "verkauf",
        N_("Sales assistant"),
        official="Verkäufer/in",
        said=N_("salesperson, saleswoman, salesman, shop assistant, seller"),
    ),
    Option(
        "kfz",
        N_("Car mechatronics technician"),
        official="Kfz-Mechatroniker/in",
        said=N_("car mechanic, mechanic, auto mechanic, car repair"),
    ),
    Option(
        "elektro",
        N_("Electronics technician"),
        official="Elektroniker/in",
        said=N_("electrician, electronics technician, electronics"),
    ),
    Option(
        "friseur",
        N_("Hairdresser"),
        official="Friseur/in",
        # Other words typed for it ("حلاق", "berber"): the Arabic label says "hair stylist".
        said=N_("hairdresser, barber, hair stylist, hair salon"),
    ),
    # With the words people type for it ("турагент", "Tourismus", "turizm", "سياحة", "du
    # lịch"): stored as another trade in those words before, and on the summary only a
    # note for the advisor while the old trade was sent.
    Option(
        "tourismus",
        N_("Travel agent"),
        official="Tourismuskaufmann/-frau",
        said=N_("travel agent, tourism, tourism management, travel consultant"),
    ),
)

OPTIONS: tuple[Option, ...] = (
    *SUGGESTED,
    Option(UNKNOWN, N_("I don't know yet"), alone=True),
    Option(OTHER, N_("Another trade")),
)
