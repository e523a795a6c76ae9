"""A name alone typed on the summary ("Müller", "Yılmaz", "Коваль", "Anna Müller"): most
often the surname the person meant to give, but it may be another's (the child's, a
company's: "bei Müller"), so it is no new answer and goes to the advisor as a note; the
person is told the name given stays and shown the ✏️ that changes it. "Müller" was asked
"Do you mean the trade “Müller”?", "Yılmaz" a bare note. Pure: state, text and context in,
the person told."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.arabic_names import arabic_given_name, arabic_name
from bot.dialogue.given_names import given_name
from bot.dialogue.questions import question_label
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.contact import NAME
from bot.flows.navigation import ADDING, ScreenId
from bot.i18n import N_

#: Told when a name alone other than the one given is typed on the summary. ``words``:
#: the words typed; ``old``: the name kept; ``button``: its ✏️ label.
NAME_ALONE_NOTED = N_(
    "Thank you, we have noted “{words}” for the advisor. Your name stays {old}; if you "
    "want to change it, tap ✏️ {button} below."
)

#: Common surnames of the people the bot speaks to, as phrase() writes them (no accents):
#: German, Turkish, Ukrainian, Vietnamese, Arabic and Afghan in Latin letters. Not those
#: that are trades one trains for ("Bäcker", "Schneider", "Fischer", "Koch", "Maler"):
#: asked whether the trade is meant (bot.dialogue.trade_changed); nor everyday words
#: ("Klein", "Sommer", "Jung", "Kara": black).
_SURNAMES = frozenset(
    phrase(name)
    for name in (
        # German (the Müller the most common, by the miller's trade no one trains for now).
        *("Müller", "Mueller", "Miller", "Schmidt", "Schmitt", "Schmid", "Weber", "Meyer"),
        *("Meier", "Maier", "Mayer", "Wagner", "Becker", "Schulz", "Schulze", "Hoffmann"),
        *("Hofmann", "Schäfer", "Bauer", "Richter", "Schröder", "Neumann", "Krüger"),
        *("Hartmann", "Werner", "Schmitz", "Krause", "Lehmann", "Köhler", "Herrmann"),
        *("Huber", "Scholz", "Möller", "Schubert", "Keller", "Günther", "Berger"),
        *("Winkler", "Lorenz", "Baumann", "Franke", "Albrecht", "Böhm", "Schumacher"),
        *("Krämer", "Vogt", "Seidel", "Brandt", "Schreiber", "Dietrich", "Ziegler"),
        *("Kühn", "Pohl", "Bergmann", "Voigt", "Pfeiffer", "Schwarz"),
        # Turkish.
        *("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk"),
        *("Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Özkan"),
        *("Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş", "Karaca", "Tekin"),
        # Ukrainian (and their Latin spelling).
        *("Коваль", "Мельник", "Шевченко", "Бойко", "Ковальчук", "Коваленко", "Бондаренко"),
        *("Ткаченко", "Кравченко", "Олійник", "Шевчук", "Поліщук", "Бондар", "Ткачук"),
        *("Марченко", "Лисенко", "Руденко", "Савченко", "Петренко", "Мороз", "Литвиненко"),
        *("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"),
        *("Boiko", "Boyko", "Kovalchuk", "Koval", "Marchenko", "Petrenko", "Lysenko"),
        # Vietnamese (not "Lê", "Đỗ", "Hồ", "Đặng" without accents: "le", "do", "ho", "dang").
        *("Nguyễn", "Trần", "Phạm", "Hoàng", "Huỳnh", "Phan", "Bùi", "Ngô", "Dương"),
        # Arabic and Afghan in Latin letters.
        *("Alhassan", "Al-Hassan", "Alahmad", "Al-Ahmad", "Almohammad", "Al-Mohammad"),
        *("Khalil", "Haddad", "Mansour", "Saleh", "Khoury", "Darwish", "Hamdan", "Ahmadi"),
        *("Rahimi", "Karimi", "Hosseini", "Sultani", "Haidari", "Nazari", "Azizi", "Akbari"),
        # Arabic.
        *("الحسن", "الأحمد", "الاحمد", "المحمد", "العلي", "الخطيب", "الحلبي", "الحسين"),
    )
)
#: The most words of a name typed alone ("Anna Maria Müller").
_NAME_WORDS = 3


def names_alone(text: str) -> bool:
    """Whether ``text`` is a name and nothing more: a common surname or given name alone
    ("Müller", "Ahmad"), a given name and up to two words more ("Anna Müller"), or an
    Arabic name ("أحمد الحسن")."""
    words = text.split()
    if not words or len(words) > _NAME_WORDS:
        return False
    if len(words) == 1:
        said = words[0]
        return phrase(said) in _SURNAMES or given_name(said) or arabic_given_name(said)
    return given_name(words[0]) or arabic_name(text)


def name_alone_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A name alone, other than the one given, typed on the summary: kept for the
    advisor, and the person told the name given stays and how to change it."""
    old = state.answers.get(NAME.key)
    said = text.strip(" .,!")
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers or not isinstance(old, str):
        return False
    if not names_alone(said) or set(phrase(said).split()) <= set(phrase(old).split()):
        # Its own name again ("Schmidt" of "Anna Schmidt"): a note, as before.
        return False
    button = question_label(state, NAME.key)
    if button is None:
        return False
    typed.keep_for_advisor(text, ctx, result, NAME_ALONE_NOTED, words=said, old=old, button=button)
    return True
