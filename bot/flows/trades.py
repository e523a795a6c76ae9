"""Training occupations (Ausbildungsberufe) offered as suggestions, by their official names.

The labels are the official German terms, not translated: people meet them at the
chamber, in job offers and on the training contract, and shared/domain.md gives no
rendering of them in the bot's other languages.
"""

from bot.flows.model import Option
from bot.i18n import N_

#: The option for "I don't know yet"; the typed trade is stored as ``other``.
UNKNOWN = "unknown"
OTHER = "other"

SUGGESTED: tuple[Option, ...] = (
    Option("koch", "Koch/Köchin"),
    Option("gastro", "Fachkraft für Gastronomie"),
    Option("einzelhandel", "Kaufmann/-frau im Einzelhandel"),
    Option("verkauf", "Verkäufer/in"),
    Option("kfz", "Kfz-Mechatroniker/in"),
    Option("elektro", "Elektroniker/in"),
    Option("friseur", "Friseur/in"),
    Option("tourismus", "Tourismuskaufmann/-frau"),
)

OPTIONS: tuple[Option, ...] = (
    *SUGGESTED,
    Option(UNKNOWN, N_("I don't know yet"), alone=True),
    Option(OTHER, N_("Another trade")),
)
