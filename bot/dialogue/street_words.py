"""A street address typed with the business name or the postal code ("Restaurant
Istanbul, Eisenbahnstraße 5, 04315 Leipzig"; "Eisenbahnstraße 12, 04315 Leipzig"): the
name or the code is the answer, and the address goes to the advisor, never into the
name. Before, the whole text was stored as the business name (and the postal code asked
again), or the street was lost. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re

from bot import places
from bot.dialogue import postal, typed, whereabouts
from bot.dialogue.business_kinds import names_the_kind
from bot.dialogue.business_told import tells_about_the_business
from bot.dialogue.company_words import says_the_kind
from bot.dialogue.free_text import answer_free_text
from bot.dialogue.moves import go
from bot.dialogue.state import Context, Result, State
from bot.dialogue.street_pattern import STREET_WORD as _STREET_WORD
from bot.flows.business import COMPANY
from bot.flows.model import POSTAL_KEY
from bot.flows.navigation import NOT_SHOWN, ScreenId, split_screen

#: A street and house number ("Eisenbahnstraße 5", "Karl-Liebknecht-Str. 12a", "Am Markt
#: 3"), at the start of a part of the text set off by a comma (the Arabic one too). Written
#: as the owner's language writes a street, too: the street's word after its name (Turkish
#: "Atatürk Cad. 5", "Gül Sokak 3") or before it (Ukrainian "вул. Гагаріна 5", Arabic
#: "شارع الجامعة 5", Vietnamese "đường Lê Lợi 20", "số 20 đường Lê Lợi"); stored whole as
#: the business name before.
_STREET = re.compile(
    r"(?:^|[,،]\s*)(?P<address>(?:[^,،]*?(?:straße|strasse|str\.|weg|platz|allee|gasse|ring"
    r"|damm|ufer|markt|chaussee|gärten|hof|\bcad\.|\bcadde(?:si)?|\bsok\.|\bsokak|\bsokağı"
    r"|\bsk\.|\bbulvarı)\s*\d{1,4}\s*[a-z]?(?![\w])"
    r"|(?:(?:вул|ул|просп|пров)\.?|вулиця|улица|проспект|провулок|شارع|đường|phố)\s+[^,،\d\n]+?"
    r"\d{1,4}\s*[a-zа-я]?(?![\w])"
    r"|số\s+\d{1,4}\s*[a-z]?\s+(?:đường|phố)\s)[^\n]*)$",
    re.IGNORECASE,
)


def address_in(text: str) -> str | None:
    """The street address that ends ``text`` from its street on, if any."""
    found = _STREET.search(text.strip())
    return found.group("address").strip() if found else None


#: A postal code after the house number.
_CODE_AFTER = re.compile(r"\s+\d{5}(?!\w)")
#: The most words of a town's name after the street ("Hohenstein-Ernstthal", "Bad Düben").
_TOWN_WORDS = 2
#: Words a name does not end with before the street ("Grill am Ring 5": "am" is the street's).
_BEFORE_A_STREET = frozenset({"am", "an", "an der", "in der", "im", "auf der", "auf dem"})


def _address_between(text: str) -> tuple[str, str] | None:
    """The business name and an address typed beside it without a comma, before or after
    it ("Hauptstraße 5 Leipzig Döner Palast"): the street and number, a postal code and a
    town's name after them; None without such a street, or without a name beside it."""
    text = text.strip()
    found = _STREET_WORD.search(text)
    if found is None:
        return None
    end = found.end()
    code = _CODE_AFTER.match(text, end)
    end = code.end() if code else end
    after = text[end:].split()
    for count in range(min(_TOWN_WORDS, len(after)), 0, -1):
        town = " ".join(after[:count])
        if places.towns_called(town.strip(",.")):
            end = text.index(town, end) + len(town)
            break
    start = found.start()
    before, rest = text[:start].strip(" ,;-–"), text[end:].strip(" ,;-–")
    if before.casefold() in _BEFORE_A_STREET:
        # "Am Markt 3 Bäckerei Schulz": the street's own first word.
        start, before = 0, ""
    if before and rest:
        return None  # a name on both sides: which is the name is not clear
    name = before or rest
    for words in sorted(_BEFORE_A_STREET, key=len, reverse=True):
        if name.casefold().endswith(f" {words}"):
            name = name[: -len(words)].strip()
    return (name, text[start:end].strip(" ,;")) if name else None


def company_with_address(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The business name before an address (or, without a comma, after it): the name, the
    address kept for the advisor, and a Saxon postal code in it the postal code's answer
    (not asked again)."""
    if state.screen != ScreenId.QUESTION.of(COMPANY.key):
        return False
    address = address_in(text)
    name = text.strip()[: text.strip().rindex(address)].strip(" ,،;-–") if address else ""
    if address is None or not name:
        # "Hauptstraße 5 Leipzig Döner Palast": stored whole as the name before.
        beside = _address_between(text)
        if beside is None:
            return False
        name, address = beside
    answer_free_text(state, COMPANY, name, result, ctx)
    if state.answers.get(COMPANY.key) is None:
        return True  # the name refused: asked again with its reason
    _postal_code_ahead(state, address, ctx)
    typed.keep_for_advisor(address, ctx, result, typed.KEPT_WITH_ANSWER, choice=name)
    return True


#: The business name, then the town it is in after "in", "from" (German, English,
#: Vietnamese "ở", "tại", Ukrainian "в", "у", "з", Arabic "في", "من"), a comma or a dash
#: ("Friseursalon Ayşe in Chemnitz", "Kuaför Ayşe, Chemnitz"), or with a Turkish case's
#: apostrophe ("Berber Ali Leipzig'de"), or Arabic "in" joined to the town ("مطعم الشام
#: بلايبزيغ", stored whole as the name before). A town without them may be the name's own
#: ("Autohaus Chemnitz", "Café Dresden").
_IN_A_TOWN = re.compile(
    r"^(?P<name>.+)(?P<town>(?:\s*[,–-]\s*|\s+(?:in|im|aus|from|at|ở|tại|в|у|з|із|في|من)\s+)"
    r"(?P<place>[^,\d]+?)|\s+(?P<cased>[^\s,\d]+)['’](?:[dt][ae]n?|[dt][ae]yiz)"
    r"|\s+بـ?(?P<joined>[^\s,\d]{3,}))\W*$",
    re.IGNORECASE,
)


#: "We are" before the kind of business ("Wir sind ein Friseursalon"), as typed.
_WE_ARE = re.compile(r"^(?:wir sind|we are|we're|ich bin|i am|i'm)\s+", re.IGNORECASE)


def company_in_town(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The business name with the Saxon town it is in: the name, the town kept for the
    advisor (stored as part of the name before, "Friseursalon Ayşe in Chemnitz")."""
    if state.screen != ScreenId.QUESTION.of(COMPANY.key):
        return False
    found = _IN_A_TOWN.match(text.strip())
    # "we are new in Leipzig" tells about the business: no name before the town.
    if found is None or tells_about_the_business(text):
        return False
    joined = found.group("joined")
    town = found.group("place") or found.group("cased") or joined
    # Joined to "in", a town is read as strictly as one typed alone: "مطعم بيروت" (Beirut)
    # read loosely is "in Rötha".
    if not whereabouts.saxon_towns_called(town.strip(), after_place_word=joined is None):
        return False
    name = found.group("name").strip(" ,;-–")
    if says_the_kind(name) or names_the_kind(_WE_ARE.sub("", name)):
        # "Ich habe einen Dönerladen in Dresden", "Wir sind ein Friseursalon in Chemnitz":
        # the kind of business, no name (stored as the name "Ich habe einen Dönerladen").
        return False
    answer_free_text(state, COMPANY, name, result, ctx)
    if state.answers.get(COMPANY.key) is None:
        return True  # the name refused: asked again with its reason
    said = text.strip()[found.start("town") :].strip(" ,;-–")
    typed.keep_for_advisor(said, ctx, result, typed.KEPT_WITH_ANSWER, choice=name)
    return True


def _postal_code_ahead(state: State, address: str, ctx: Context) -> None:
    """A postal code in the address as its question would keep it, with its office, where
    nothing else needs asking (a border, a guess); the question then not shown."""
    if POSTAL_KEY in state.answers or NOT_SHOWN in state.answers:
        return
    trial = state.copy()
    go(trial, ScreenId.QUESTION.of(POSTAL_KEY))
    postal.answer_text(trial, address, ctx, Result(trial))
    on = split_screen(trial.screen)[0] is ScreenId.QUESTION
    if POSTAL_KEY in trial.answers and trial.office is not None and on:
        state.answers[POSTAL_KEY] = trial.answers[POSTAL_KEY]
        state.answers[NOT_SHOWN] = POSTAL_KEY
        state.office = trial.office


def street_with_the_code(state: State, text: str, ctx: Context, result: Result) -> None:
    """A street typed with the postal code that was taken: kept for the advisor, who may
    visit the business there."""
    code = state.answers.get(POSTAL_KEY)
    if isinstance(code, str) and code in text and address_in(text) is not None:
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=code)
