"""The postal code step, lenient: a code in a sentence, a lost leading zero, a town, a location.

Pure: what a person gave (read by bot.dialogue.whereabouts) becomes a
:class:`~bot.routing.PostalCheck` and moves the dialogue on (office found, border town to
confirm, outside Saxony), or asks once more; and the step's pages.
"""

from __future__ import annotations

import re

from babel import Locale

from bot.dialogue import typed
from bot.dialogue.code_alone import CODE_ALREADY_STORED, is_a_code_alone
from bot.dialogue.code_corrected import code_meant
from bot.dialogue.correcting_words import correction_left_out
from bot.dialogue.keys import NAV, OTHER_PLZ_LABEL, Key, Keys
from bot.dialogue.moves import advance, edit, go
from bot.dialogue.state import Context, Result, State
from bot.dialogue.texts import place_name
from bot.dialogue.typed_words import loose, phrase, without_politeness
from bot.dialogue.whereabouts import (
    bigger_saxon_towns_alike,
    city_in_script,
    district_typed,
    far_from_saxony,
    gives_postal_code,
    is_a_town,
    names_a_saxon_town,
    places_among_words,
    slipped_town_beside,
    town_beside,
    town_of_district,
    towns_sounding_like,
    with_code,
    without_turkish_ending,
)
from bot.flows.ask import ASK
from bot.flows.model import NO_POSTAL_CODE, POSTAL_KEY, TOWN
from bot.flows.navigation import ADDING, Code, ScreenId
from bot.i18n import N_, Translator
from bot.places import (
    MAX_PLACES,
    NEIGHBOUR_COUNTRIES,
    SACHSEN_ANHALT,
    SAXONY,
    STATE_NAMES,
    Town,
    nearest_postal_code,
    postal_code_town,
    town_near,
    towns_called,
)
from bot.places import towns_named as _towns_named
from bot.routing import (
    OFFICE_KEYS,
    PostalCheck,
    PostalKind,
    classify_postal_code,
    confirmed_border_office,
    misread_digits,
    missing_zero,
    numbers_of_digits,
    postal_code_in,
    saxon_postal_codes,
)
from bot.town_scripts import in_arabic

#: Transient answers: the code to confirm, the places to choose from, the border town.
GUESS, PLACES, BORDER_TOWN = "plz_guess", "plz_places", "plz_town"
#: The federal state outside Saxony a code or a town is in (a code of STATE_NAMES), to name it.
LAND = "plz_land"


def answer_text(state: State, text: str, ctx: Context, result: Result) -> None:
    """A typed answer to the postal code question."""
    check = classify_postal_code(text)
    if check.kind is PostalKind.FORMAT:
        inside = postal_code_in(text)
        # "nicht 04315, sondern 04317": the code meant, not the first.
        inside = inside or code_meant(text)
        if inside is None:
            codes = _codes_among_numbers(text)
            if len(codes) > 1 and not _of_one_office(codes):
                # "Wohnort: 04109, Arbeitsort: 01067": "I could not find this place" was no
                # answer to it, nor is either code the bot's to choose.
                result.refuse(ONE_CODE)
                return
            inside = codes[0] if codes else None
        if inside is not None:
            check = classify_postal_code(inside)
            # Only a town beside the code is the code's own: "01968, ich arbeite in
            # Dresden" says where the person works, not on which side of the border 01968 is.
            town = town_beside(text, among_words=False) if check.kind is PostalKind.BORDER else None
            if (
                town is not None
                and town.state == SAXONY
                and _offer_both(state, check, town, result)
            ):
                # "01968 Dresden": Brandenburg's code beside a Saxon town, one of them a
                # slip, as "04916 Leipzig" is; it went to the Dresden office unasked.
                return
            if town is not None:
                # "01968 Senftenberg": the town named says on which side of the border
                # it is; asking "Is your town in Saxony?" asked what it had just said.
                saxon = town.state == SAXONY
                kind = PostalKind.SAXONY if saxon else PostalKind.OTHER_STATE
                office = check.office if saxon else None
                # Named as outside Saxony; in Saxony the code typed stands for itself.
                named = None if saxon else town.name
                check = PostalCheck(kind, check.postal_code, office)
                route(state, check, ctx, result, named, land=town.state)
                return
            if _both_offered(state, text, check, result):
                return
    if check.kind is not PostalKind.FORMAT:
        route(state, check, ctx, result)
        return
    guess = missing_zero(text) or misread_digits(text)
    written = with_code(text, guess) if guess is not None else None
    if written is not None and town_beside(written) is not None:
        # "1067 Leipzig": the town beside the code says more than its lost zero; read as
        # "01067 Leipzig" is (the guess went to Dresden once confirmed, Leipzig dropped).
        answer_text(state, written, ctx, result)
        return
    if guess is not None:
        guessed = classify_postal_code(guess)
        if guessed.kind is PostalKind.BORDER:
            # One question, not two: the border question names the code with its zero and
            # offers another code ("Do you mean 01945?" and "Is Ruhland in Saxony?" at once).
            route(state, guessed, ctx, result)
            state.answers[GUESS] = guess
            return
        state.answers[GUESS] = guess
        go(state, ScreenId.PLZ_GUESS)
        return
    if any(ch.isalpha() for ch in text):
        _answer_town(state, text, ctx, result)
        return
    result.refuse(N_("A postal code has five digits, for example 04109."))


def _codes_among_numbers(text: str) -> list[str]:
    """Every five-digit number in ``text``, where a longer one stands beside it too (a
    phone number: "Tel 0341 1234567, 04109 Leipzig") or several are given."""
    return ["".join(found.group().split()) for found in numbers_of_digits(text, 5)]


def _of_one_office(codes: list[str]) -> bool:
    """Whether codes typed together are all in Saxony and of one office ("04109 oder
    04105"): then the first stands for them."""
    checks = [classify_postal_code(code) for code in codes]
    return all(c.kind is PostalKind.SAXONY for c in checks) and len({c.office for c in checks}) == 1


#: Told when postal codes of different places were typed together.
ONE_CODE = N_("Please write just one postal code.")


def _both_offered(state: State, text: str, check: PostalCheck, result: Result) -> bool:
    """A code and a town typed together that belong to different offices, or to Saxony
    and outside it ("01067 Leipzig": Dresden's code; "04600 Leipzig": Thüringen's): one of
    them is a slip, so both are offered (the code had been taken and the town dropped)."""
    if check.kind not in (PostalKind.SAXONY, PostalKind.OTHER_STATE, PostalKind.SACHSEN_ANHALT):
        return False
    town = town_beside(text) or slipped_town_beside(text)
    at_code = postal_code_town(check.postal_code or "")
    if town is None or at_code is None or town.name == at_code.name:
        return False
    if check.kind is PostalKind.SAXONY and far_from_saxony(town):
        # "04209 Grünau", "01067 Altstadt": a district of the code's city, named like a
        # town far away (Berlin's Grünau); no one slips from there to a Saxon code.
        return False
    named = town_check(town)
    if (named.kind is PostalKind.SAXONY) == (check.kind is PostalKind.SAXONY) and (
        named.office == check.office
    ):
        return False
    return _offer_both(state, check, town, result)


def _offer_both(state: State, check: PostalCheck, town: Town, result: Result) -> bool:
    """Tell that the code is another place's than the town typed, and offer both places;
    False (nothing done) where the code's place is not known or is that town."""
    at_code = postal_code_town(check.postal_code or "")
    if at_code is None or town.name == at_code.name:
        return False
    result.notify(CODE_ELSEWHERE, code=check.postal_code or "", town=at_code.name, named=town.name)
    state.answers[PLACES] = [f"{t.state}|{t.lat}|{t.lon}|{t.name}" for t in (at_code, town)]
    go(state, ScreenId.PLACE)
    return True


#: Told when a postal code and the town typed beside it are in different places.
CODE_ELSEWHERE = N_("Postal code {code} is in the area of {town}, not in {named}.")


def answer_location(state: State, lat: float, lon: float, ctx: Context, result: Result) -> None:
    """A shared Telegram location: the postal code whose centre is nearest."""
    code = nearest_postal_code(lat, lon)
    result.notify(N_("Your location is in the area of postal code {code}."), code=code)
    route(state, classify_postal_code(code), ctx, result)


def route(
    state: State,
    check: PostalCheck,
    ctx: Context,
    result: Result,
    town: str | None = None,
    *,
    land: str | None = None,
) -> None:
    """Move on from a classified postal code: office, border question, or outside Saxony
    (in ``land``, the state of the town named, else the code's where the table says)."""
    # Refused codes are given back to correct a digit ("04009" for 04109).
    if check.kind is PostalKind.FORMAT:
        result.refuse(N_("A postal code has five digits, for example 04109."))
        return
    if check.kind is PostalKind.UNKNOWN:
        result.refuse(N_("I could not find this postal code. Please check it."))
        return
    for key in (GUESS, PLACES, BORDER_TOWN, TOWN, LAND, "region"):
        state.answers.pop(key, None)
    state.answers[POSTAL_KEY] = check.postal_code
    if town:
        state.answers[TOWN] = town
    if check.kind is PostalKind.SAXONY:
        _office_found(state, check.office or "", ctx, result)
    elif check.kind is PostalKind.BORDER:
        named = town or town_near(check.postal_code or "")
        if named:
            state.answers[BORDER_TOWN] = named
        go(state, ScreenId.BORDER)
    else:
        state.answers["region"] = "st" if check.kind is PostalKind.SACHSEN_ANHALT else "other"
        _name_the_state(state, land or check.state)
        state.office = None
        go(state, ScreenId.OUTSIDE)


def _name_the_state(state: State, land: str | None) -> None:
    """Keep the state outside Saxony to name it: a person from Altenburg is told Thüringen."""
    if land in NEIGHBOUR_COUNTRIES or (land in STATE_NAMES and land != SAXONY):
        state.answers[LAND] = land
    else:
        state.answers.pop(LAND, None)


#: Told when a postal code names the office responsible.
OFFICE_RESPONSIBLE = N_("Thank you. The KAUSA office in {city} is responsible for you.")


def _office_found(state: State, office_key: str, ctx: Context, result: Result) -> None:
    state.office = office_key
    office = ctx.offices.get(office_key)
    result.notify(OFFICE_RESPONSIBLE, city=office.city if office else "")
    advance(state, POSTAL_KEY)


def _answer_town(state: State, text: str, ctx: Context, result: Result) -> None:
    # "Leipzig'deyim": the town's name as if typed alone (offered, not taken, before).
    text = city_in_script(without_turkish_ending(text))
    district = district_typed(text)
    if district is not None:
        # "Grünau": Leipzig's district, which the towns list knows as Berlin's only.
        # Written in Cyrillic or Arabic ("Грюнау", "غروناو"), the towns that sound alike.
        elsewhere = towns_called(text) or towns_sounding_like(text)
        if elsewhere:
            _offer(state, [district, *elsewhere])
        else:
            _take_town(state, district, ctx, result)
        return
    named = _towns_named(text)
    # By its name, or its name with its region ("Reichenbach/Vogtl." for Reichenbach/Vogtland).
    exact = [t for t in named if t in towns_called(text)]
    if len(exact) == 1:
        # One town of exactly that name ("Freiberg", not "Freiberg am Neckar"): no list.
        # A name's beginning alone is offered, not taken: a first name typed here by
        # mistake ("Max", "Anna") went to Maxen's or Annaberg-Buchholz's office unasked.
        slipped = bigger_saxon_towns_alike(exact[0], text)
        if slipped:
            # "Kemnitz", Chemnitz as it sounds, is a village by Greifswald too: the
            # Saxon town first, the far one beside it, rather than the far one unasked.
            _offer(state, [*slipped, exact[0]])
            return
        _take_town(state, exact[0], ctx, result)
        return
    town = town_of_district(text)
    if town is not None:
        _take_town(state, town, ctx, result)
        return
    # "Цвікау", "زفيكاو": the town list knows German names; other scripts are matched by
    # how they sound, one word (or a hyphenated name) at a time.
    sounding = [] if len(text.split()) > 1 else towns_sounding_like(text)
    if len(sounding) == 1 and sounding[0].state == SAXONY and not in_arabic(text):
        _take_town(state, sounding[0], ctx, result)  # Cyrillic keeps the vowels: one is it
        return
    # "Ich wohne in Zwickau", "في دريسدن": a Saxon town named among other words; then a
    # typing slip ("Leipzich"). Offered, never taken: a word may be a town's name by chance.
    towns = named or sounding or places_among_words(text)
    if towns:
        _offer(state, towns)
    elif state.flow != ASK.key and typed.asks_on_the_way(text):
        # "Was kostet ein Azubi?" names no place: a question, kept as on every other step.
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_TYPING)
    else:
        if state.flow != ASK.key and typed.looks_like_question(text):
            # "Ich habe schon einen Betrieb gefunden" names no place: a message for the
            # advisor (it was dropped), and the question still wants its answer.
            typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE_TYPING)
        result.notify(NOT_FOUND)


#: Told when typed words name no place (and are no postal code).
NOT_FOUND = N_(
    "I could not find this place. Please write the postal code, "
    "or tap “I don't know the postal code”."
)


def _offer(state: State, towns: list[Town]) -> None:
    """Ask which of these places is meant."""
    state.answers[PLACES] = [f"{t.state}|{t.lat}|{t.lon}|{t.name}" for t in towns[:MAX_PLACES]]
    go(state, ScreenId.PLACE)


def _take_town(state: State, town: Town, ctx: Context, result: Result) -> None:
    route(state, town_check(town), ctx, result, town=town.name, land=town.state)


def town_check(town: Town) -> PostalCheck:
    """Where a town chosen by its name belongs: its state as the towns list says, with the
    postal code nearest to its centre on that side of the border."""
    code = nearest_postal_code(town.lat, town.lon)
    check = classify_postal_code(code)
    if town.state == SAXONY and check.kind is PostalKind.BORDER:
        # The data set knows the town is in Saxony: nothing left to confirm.
        return PostalCheck(PostalKind.SAXONY, code, confirmed_border_office(code))
    if town.state == SAXONY and check.kind is not PostalKind.SAXONY:
        # Löbnitz (Nordsachsen, 04509) is nearer to the centre of 06774 in Sachsen-Anhalt.
        return classify_postal_code(nearest_postal_code(town.lat, town.lon, saxon_postal_codes()))
    if town.state in NEIGHBOUR_COUNTRIES:
        # Abroad: no German postal code is the person's ("Zgorzelec" is not Görlitz's).
        return PostalCheck(PostalKind.OTHER_STATE, NO_POSTAL_CODE)
    if town.state != SAXONY and check.kind in (PostalKind.SAXONY, PostalKind.BORDER):
        kind = PostalKind.SACHSEN_ANHALT if town.state == SACHSEN_ANHALT else PostalKind.OTHER_STATE
        return PostalCheck(kind, code)
    return check


# -- the pages of the step ------------------------------------------------------


def guess_text(state: State, ctx: Context, t: Translator) -> str:
    """ "Do you mean 04109?" """
    code = str(state.answers.get(GUESS, ""))
    return t.gettext(N_("Do you mean {code}?")).format(code=t.isolate(code))


def confirm_guess(state: State, ctx: Context, result: Result, arg: str) -> None:
    """Yes: the code with its leading zero."""
    code = state.answers.pop(GUESS, None)
    if not isinstance(code, str):
        go(state, ScreenId.QUESTION.of(POSTAL_KEY))
        return
    route(state, classify_postal_code(code), ctx, result)


def reject_guess(state: State, ctx: Context, result: Result, arg: str) -> None:
    """No: ask for the code once more."""
    state.answers.pop(GUESS, None)
    result.notify(N_("A postal code has five digits, for example 04109."))
    go(state, ScreenId.QUESTION.of(POSTAL_KEY))


def _places(state: State) -> list[Town]:
    towns = []
    for entry in state.answers.get(PLACES, []):
        parts = entry.split("|", 3) if isinstance(entry, str) else []
        if len(parts) == 4:
            towns.append(Town(parts[3], parts[0], float(parts[1]), float(parts[2]), 0))
    return towns


def _state_name(town: Town) -> str:
    # In German, as the states are named: what people read on signs ("Zgorzelec (Polen)").
    return STATE_NAMES.get(town.state) or _GERMAN.territories.get(town.state, town.state)


_GERMAN = Locale("de")


def _place_details(towns: list[Town]) -> list[str]:
    """What each place's name is told with, in brackets: its federal state; places of one
    name in one state (three Ebersbachs in Saxony, two of them Dresden's, one Chemnitz's)
    with the postal code of their centre too, or their buttons read alike."""
    named = [(town.name, _state_name(town)) for town in towns]
    return [
        f"{state}, {nearest_postal_code(town.lat, town.lon)}"
        if named.count((town.name, state)) > 1
        else state
        for town, (_, state) in zip(towns, named, strict=True)
    ]


def offers_one_place(state: State) -> bool:
    """Whether the places step offers one place only: a yes or a no answers it."""
    return len(_places(state)) == 1


def place_text(state: State, ctx: Context, t: Translator) -> str:
    """ "Which place do you mean?", or for one place "Do you mean Leipzig (Sachsen)?": a
    choice asked of one button read as if the bot had not understood the place."""
    towns = _places(state)
    if len(towns) == 1:
        place = place_name(towns[0].name, _place_details(towns)[0], t)
        return t.gettext(N_("Do you mean {place}?")).format(place=t.isolate(place))
    return t.gettext(N_("Which place do you mean?"))


def place_keys(state: State) -> Keys:
    """One button per place of that name, and another postal code."""
    towns = _places(state)
    rows = [
        (Key(town.name, Code.OPTION.of(str(i)), "📍 ", translate=False, place_detail=detail),)
        for i, (town, detail) in enumerate(zip(towns, _place_details(towns), strict=True))
    ]
    return (*rows, (Key(OTHER_PLZ_LABEL, Code.NEW_POSTAL_CODE),), NAV)


def choose_place(state: State, ctx: Context, result: Result, arg: str) -> None:
    """A place from the list."""
    towns = _places(state)
    if arg.isdigit() and int(arg) < len(towns):
        _take_town(state, towns[int(arg)], ctx, result)
    else:
        go(state, ScreenId.QUESTION.of(POSTAL_KEY))


def border_text(state: State, ctx: Context, t: Translator) -> str:
    """ "Postal code 01968 is in Brandenburg (around Senftenberg). Is your town in Saxony
    all the same?", or the general question when the code's state is not known.

    The town is named beside its state, not asked about: "Is Senftenberg in Saxony?" was a
    question the bot knew the answer to, while a place near the border may still be in
    Saxony. After a code typed without its leading zero, the code is named first: the one
    answer confirms both.
    """
    code = state.answers.get(POSTAL_KEY)
    check = classify_postal_code(code) if isinstance(code, str) else None
    land = STATE_NAMES.get(check.state or "") if check is not None else None
    town = state.answers.get(BORDER_TOWN)
    if isinstance(code, str) and land and isinstance(town, str) and town:
        where = t.gettext(N_("Postal code {code} is in {state} (around {town}).")).format(
            code=t.isolate(code), state=t.isolate(land), town=t.isolate(town)
        )
    elif isinstance(code, str) and land:
        where = t.gettext(N_("Postal code {code} is in {state}.")).format(
            code=t.isolate(code), state=t.isolate(land)
        )
    else:
        where = None
    if where is not None:
        question = " ".join([where, t.gettext(N_("Is your town in Saxony all the same?"))])
    else:
        question = t.gettext(
            N_("This postal code is near the border of Saxony. Is your town in Saxony?")
        )
    guess = state.answers.get(GUESS)
    if not isinstance(guess, str):
        return question
    named = t.gettext(N_("With its leading zero, your postal code is {code}.")).format(
        code=t.isolate(guess)
    )
    return f"{named}\n{question}"


def confirm_border(state: State, ctx: Context, result: Result, arg: str) -> None:
    """Yes: the border town is in Saxony; its office is responsible."""
    state.answers.pop(GUESS, None)
    code = state.answers.get(POSTAL_KEY)
    office = confirmed_border_office(code) if isinstance(code, str) else None
    if office is None:
        # No border code to confirm (an old or damaged state): ask for it again.
        go(state, ScreenId.QUESTION.of(POSTAL_KEY))
        return
    _office_found(state, office, ctx, result)


def reject_border(state: State, ctx: Context, result: Result, arg: str) -> None:
    """No: outside Saxony, where a request can still be left with an office."""
    state.answers.pop(GUESS, None)
    state.answers["region"] = "other"
    code = state.answers.get(POSTAL_KEY)
    _name_the_state(state, classify_postal_code(code).state if isinstance(code, str) else None)
    state.office = None
    go(state, ScreenId.OUTSIDE)


def office_text(state: State, ctx: Context, t: Translator) -> str:
    """The choice of an office when the postal code is unknown or outside Saxony."""
    return t.gettext(
        N_(
            "Which KAUSA office is nearest to you? Together, the offices in Dresden, "
            "Chemnitz and Leipzig cover all of Saxony."
        )
    )


def office_keys(state: State) -> Keys:
    """One button per office, by its city (in Arabic and Ukrainian with its own name too)."""
    return (
        *((Key(key.capitalize(), Code.OPTION.of(key), "🏢 ", city=True),) for key in OFFICE_KEYS),
        NAV,
    )


def choose_office(state: State, ctx: Context, result: Result, arg: str) -> None:
    """An office chosen by hand: the lead carries no postal code unless one was given."""
    if arg not in OFFICE_KEYS:
        return
    state.answers.setdefault(POSTAL_KEY, NO_POSTAL_CODE)
    _office_found(state, arg, ctx, result)


def no_postal_code(state: State, ctx: Context, result: Result) -> None:
    """ "I don't know the postal code": choose the office."""
    go(state, ScreenId.PICK_OFFICE)


#: Words that say a number is the postal code ("PLZ", "Postleitzahl", "postal code", "zip",
#: "posta kodu", "індекс", "mã bưu chính", "الرمز البريدي").
_CODE_NAMED = re.compile(
    r"\b(?:plz|postleitzahl|postal|postcode|zip|posta|індекс|индекс|bưu|البريدي)",
    re.IGNORECASE,
)
#: The most words a postal code is typed in on the summary ("meine PLZ ist 09111"); a
#: longer text is a message (kept for the advisor).
_CODE_WORDS = 5


def names_the_code(text: str) -> bool:
    """Whether ``text`` names the postal code ("PLZ", "postal code", "posta kodu")."""
    return _CODE_NAMED.search(text) is not None


def code_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A postal code typed on the summary ("09111", "PLZ 09111", "meine PLZ ist 04229"):
    the postal code question's new answer, as if its ✏️ had been tapped, and with it the
    office. (It was noted as a message while the old code, and its office, were sent.)"""
    if state.screen != ScreenId.SUMMARY or POSTAL_KEY not in state.answers:
        return False
    if ADDING in state.answers or typed.asks_on_the_way(text):
        return False
    # "wir sind jetzt in 01067 Dresden", "we moved to 01067 Dresden": the code said to be
    # where the business (or person) now is (a note before, the old code sent).
    moved = _LIVES.search(text) is not None
    # "Sorry, die PLZ ist eigentlich 09126": counted without the correcting words (a
    # note before, the old code sent).
    counted = correction_left_out(text).split()
    alone = is_a_code_alone(text)
    if len(counted) > (_TOWN_WORDS if moved else _CODE_WORDS):
        return False
    if not (alone or gives_postal_code(text)):
        return False
    if not (moved or _CODE_NAMED.search(text) or alone):
        return False
    code = state.answers[POSTAL_KEY]
    if postal_code_in(text) == code:
        # "PLZ 04315", the code given: said to be stored, as "04315" alone is ("the
        # Leipzig office is responsible for you" before, as if it had changed).
        result.notify(CODE_ALREADY_STORED, code=code)
        return True
    edit(state, POSTAL_KEY)
    answer_text(state, text, ctx, result)
    return True


#: Words that say where one lives ("ich wohne in", "I live in", "Zwickau'da oturuyorum",
#: "я живу в", "أسكن في", "em sống ở"): a town named with them on the summary is the new
#: answer to the postal code question, not a message.
_LIVES = re.compile(
    r"(?<!\w)(?:wohne|wohnen|lebe|leben|live|living|oturuyorum|yaşıyorum|живу|живемо"
    r"|أسكن|اسكن|ساكن|ساكنة|أعيش|اعيش|sống|ở"
    # A business moved ("wir sind jetzt in Dresden", "we moved to Chemnitz", "Dresden'e
    # taşındık", "ми переїхали", "انتقلنا", "đã chuyển đến"): a note before, the old
    # code and its office sent.
    r"|umgezogen|gezogen|moved|taşındık|taşındım|taşındı|переїхали|переїхав|переїхала"
    r"|انتقلنا|انتقلت|انتقل|chuyển"
    r"|(?:sind|bin|ist)\s+(?:jetzt|nun|inzwischen)\s+in|(?:are|am|is)\s+now\s+in"
    r"|(?:we|i)['’]re\s+now\s+in"
    # Where the business is, said on the summary ("wir sind in Dresden", "we're in
    # Chemnitz"): a note before, the old code and its office sent.
    r"|wir\s+sind\s+in|we\s+are\s+in|we['’]re\s+in"
    # "now" after the town ("we are in Dresden now", "we're in Chemnitz now"), and the
    # Turkish "we are in" as the town's ending ("artık Dresden'deyiz", "Chemnitz'teyiz"):
    # a note before, the old code and its office sent.
    r"|(?:are|am|is|(?:we|i)['’](?:re|m))\s+in\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+now"
    r"|(?<=['’])[dt][ea]y[iı][zm])(?!\w)",
    re.IGNORECASE,
)
#: The most words a town lived in is typed in on the summary ("Ich wohne jetzt in Bad
#: Schandau"); a longer text is a message.
_TOWN_WORDS = 6


#: Told when a move is said on the summary without where to ("Wir sind umgezogen"): the
#: postal code question, for the new place's code.
MOVED_WHERE = N_("Thank you for letting us know. Where to? Please write the new postal code.")

#: A move said without where to, whole, as phrase() writes it ("wir sind umgezogen", "we
#: have moved", "taşındık", "ми переїхали", "انتقلنا", "chúng tôi đã chuyển đi"); written
#: with its accents, loose() takes them off as phrase() does.
_MOVED_ALONE = re.compile(
    loose(
        "|".join(
            rf"^(?:{pattern})$"
            for pattern in (
                r"(?:(?:wir|ich|der betrieb|die firma|der laden|unser betrieb|unser laden"
                r"|unsere firma) )?(?:sind |bin |ist |haben |habe )?(?:jetzt |gerade "
                r"|inzwischen |kürzlich |neulich )*(?:umgezogen|weggezogen)",
                r"(?:(?:we|i|weve|ive|the business|the shop|the company|our business|our shop)"
                r" )?(?:have |has |just |recently )*moved(?: recently| away)?",
                r"(?:(?:biz|ben|dükkan|dükkanımız|işletme|işletmemiz|işyerimiz|şirket) )?"
                r"(?:yeni |geçenlerde |artık )?(?:taşındık|taşındım|taşındı)",
                r"(?:ми |я )?(?:нещодавно |вже )?(?:переїхали|переїхав|переїхала)",
                r"(?:نحن |احنا )?(?:انتقلنا|انتقلت|نقلنا المحل)",
                r"(?:chúng tôi |tôi |em |tiệm |quán )?(?:đã |mới |vừa )*"
                r"(?:chuyển đi|chuyển nhà|chuyển địa điểm|dọn đi)(?: rồi)?",
            )
        )
    )
)


def move_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A move said on the summary without where to ("Wir sind umgezogen", "taşındık"):
    the postal code question, as if its ✏️ had been tapped, the new code asked. Kept as a
    message before, the old code and its office sent."""
    if state.screen != ScreenId.SUMMARY or POSTAL_KEY not in state.answers:
        return False
    if ADDING in state.answers or typed.asks_on_the_way(text):
        return False
    if _MOVED_ALONE.search(without_politeness(phrase(text))) is None:
        return False
    edit(state, POSTAL_KEY)
    result.notify(MOVED_WHERE)
    return True


def town_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A Saxon town lived in or moved to typed on the summary ("ich wohne in Zwickau", "I
    live in Zwickau", "wir sind jetzt in Dresden", "we moved to Chemnitz"): the postal code
    question answered with it, as if its ✏️ had been tapped (which asks which town is
    meant, or its code). Kept as a message before, the old code and its office sent."""
    if state.screen != ScreenId.SUMMARY or POSTAL_KEY not in state.answers:
        return False
    if ADDING in state.answers or typed.asks_on_the_way(text):
        return False
    if len(text.split()) > _TOWN_WORDS or not _LIVES.search(text):
        return False
    if gives_postal_code(text) or not names_a_saxon_town(text):
        return False
    named = _town_lived_in(text)
    code = state.answers[POSTAL_KEY]
    if named is not None and isinstance(code, str) and _town_of(code) == _town_of_name(named):
        # "wir sind in Leipzig" beside 04315: "Do you mean Leipzig?", and yes stored 04109.
        result.notify(CODE_ALREADY_STORED, code=code)
        return True
    edit(state, POSTAL_KEY)
    # "wir sind in Chemnitz": the town alone, as the question takes it ("Do you mean
    # Chemnitz (Saxony)?" was asked of the town among the words).
    answer_text(state, named or text, ctx, result)
    return True


def _town_lived_in(text: str) -> str | None:
    """The town named after the words that say where one lives ("wir sind in Chemnitz":
    "Chemnitz"), when they are a town's name and nothing more."""
    found = list(_LIVES.finditer(text))
    if not found:
        return None
    words = text[found[-1].end() :].split()
    while words and words[0].casefold() in _BEFORE_A_TOWN:
        words = words[1:]
    rest = " ".join(words).strip(" .!,")
    return rest if rest and is_a_town(rest) else None


#: Words between "we live", "we moved" and the town ("jetzt in", "now in", "to", "в", "ở"):
#: no part of it.
_BEFORE_A_TOWN = frozenset(
    {"in", "im", "nach", "to", "at", "в", "у", "ở", "tại", "đến", "في"}
    | {"jetzt", "nun", "inzwischen", "now", "тепер", "зараз", "giờ", "hiện"}
)


def _town_of(code: str) -> str | None:
    """The name of the town a postal code is of, if known."""
    town = postal_code_town(code)
    return town.name if town is not None else None


def _town_of_name(name: str) -> str | None:
    """The name of the biggest town called ``name``."""
    towns = towns_called(city_in_script(name))
    return towns[0].name if towns else None
