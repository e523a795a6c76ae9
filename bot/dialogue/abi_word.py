"""Turkish "abi" alone at the certificate question: German teenagers' "Abi" is the Abitur,
but in Turkish "abi" is "big brother", and how a friend or an older man is spoken to
("abi ya"). On a Turkish screen it was stored as the Abitur; now the person is asked
kindly whether the Abitur is meant, and shown its button. ("Abitur", "Abiturum var" stay
the Abitur; "Abi" in German too.) Pure: state, text and context in, the person told."""

from __future__ import annotations

from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.answers import option_label
from bot.flows.navigation import ScreenId
from bot.flows.young import CERTIFICATE
from bot.i18n import N_, translator

#: Asked when "abi" alone is typed in Turkish at the certificate question. ``button``: the
#: Abitur's label.
ABI_MEANT = N_(
    "Do you mean the Abitur? Then please tap “{button}” below; otherwise, tap the "
    "certificate you have."
)

#: "Abi" and the words said with it that say nothing more ("abi ya", "abi valla"), as
#: phrase() writes them.
_ABI = frozenset(phrase(word) for word in ("abi", "abiii", "ya", "yaa", "valla", "ama"))


def abi_at_the_certificate(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Turkish "abi" alone at the certificate question: the Abitur's button named, asked
    whether it is meant; nothing stored."""
    if state.lang != "tr" or state.screen != ScreenId.QUESTION.of(CERTIFICATE.key):
        return False
    words = without_politeness(phrase(text)).split()
    if "abi" not in words or not set(words) <= _ABI:
        return False
    t = translator(state.lang)
    abitur = next(each for each in CERTIFICATE.options if each.code == "abitur")
    result.notify(ABI_MEANT, button=option_label(abitur, t))
    return True
