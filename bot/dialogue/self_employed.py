"""Working for oneself said at "What is the name of your business?" ("ich bin
selbstständig", "Freiberufler", "I'm a freelancer", "serbest çalışıyorum", "Я фрілансер,
ІТ", "tôi làm tự do", "أنا فريلانسر"): the form of the business, no name. Stored as the
name before ("Business name: ich bin selbstständig"). The words are kept for the advisor
and the name asked again: the business's, or the owner's own where it has no other.
Pure: words in, yes or no out."""

from __future__ import annotations

from bot.dialogue.typed_words import phrase, without_politeness
from bot.i18n import N_

#: Told when working for oneself was said instead of the name.
SELF_EMPLOYED_NOTED = N_(
    "Thank you, we have noted for the advisor that you work for yourself. Please write "
    "the name of your business, or your own name if it has no other."
)

#: Working for oneself in the bot's languages (and Russian), as phrase() writes it.
_SELF_EMPLOYED = frozenset(
    without_politeness(phrase(said))
    for said in (
        *("selbstständig", "selbständig", "ich bin selbstständig", "ich bin selbständig"),
        *("ich arbeite selbstständig", "freiberufler", "freiberuflerin", "ich bin freiberufler"),
        *("ich bin freiberuflerin", "einzelunternehmen", "einzelunternehmer"),
        *("ich bin einzelunternehmer", "ich bin einzelunternehmerin", "ich bin freelancer"),
        *("solo selbstständig", "kleingewerbe", "ich habe ein kleingewerbe"),
        *("self employed", "i am self employed", "im self employed", "freelancer"),
        *("i am a freelancer", "im a freelancer", "i work freelance", "freelance"),
        *("sole trader", "i am a sole trader", "im a sole trader", "sole proprietor"),
        *("serbest çalışıyorum", "serbest meslek", "şahıs şirketi", "şahıs şirketim var"),
        *("kendi işimi yapıyorum", "freelance çalışıyorum", "serbest çalışan"),
        *("я фрілансер", "фрілансер", "я фрілансерка", "фрілансерка", "я фоп", "фоп"),
        *("я самозайнятий", "самозайнятий", "я самозайнята", "я працюю на себе"),
        *("я фрилансер", "фрилансер", "я ип"),
        *("tôi làm tự do", "làm tự do", "tôi tự kinh doanh", "tự kinh doanh"),
        *("tôi là freelancer", "em làm tự do", "mình làm tự do"),
        *("أنا فريلانسر", "انا فريلانسر", "فريلانسر", "عمل حر", "أعمل عمل حر", "مستقل"),
        *("أنا مستقل", "انا مستقل", "أعمل لحسابي الخاص", "اشتغل لحسابي"),
    )
)
#: The most words after a phrase of two or more ("Я фрілансер, ІТ": the field beside it).
_BESIDE = 3


def says_self_employed(text: str) -> bool:
    """Whether ``text`` says the person works for themselves instead of naming the
    business: a phrase alone, or one of two or more words and a few words after it."""
    words = without_politeness(phrase(text)).split()
    if " ".join(words) in _SELF_EMPLOYED:
        return True
    return any(
        " ".join(words[:size]) in _SELF_EMPLOYED and len(words) - size <= _BESIDE
        for size in range(2, len(words))
    )
