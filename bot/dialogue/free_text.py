"""Typed answers to the questions that take words: a name, a phone number, an e-mail
address; a detail corrected on the summary; a local mobile number given its country code."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.correcting_words import correcting, correction_left_out
from bot.dialogue.either_way import says_any_way
from bot.dialogue.moves import advance, edit, go, in_dialogue
from bot.dialogue.name_digits import digit_in_name
from bot.dialogue.old_name import name_after_the_old
from bot.dialogue.state import Context, Result, State
from bot.dialogue.texts import TOO_LONG
from bot.dialogue.typed_words import (
    greets,
    is_filler,
    names_a_role,
    not_a_name,
    phrase,
    says_dont_know,
    says_no,
    without_politeness,
)
from bot.dialogue.whereabouts import names_an_office_city
from bot.flows.ask import ASK
from bot.flows.business import COMPANY
from bot.flows.contact import BY_EMAIL, EMAIL, NAME, PHONE, WHATSAPP
from bot.flows.model import FreeText
from bot.flows.navigation import ADDING, ScreenId, find_question, flow_named
from bot.i18n import N_, translator
from bot.negation import fold, says_not
from bot.validation import (
    display_phone,
    first_of_two_numbers,
    foreign_mobile,
    likely_email,
    name_and_first_number,
    name_and_phone,
    parse_phone,
    split_spelling,
    without_age,
    without_name_intro,
    without_role,
    words_beside_email,
    words_beside_phone,
)


def filler(text: str, result: Result) -> bool:
    """ "ja", "ok", "evet" typed where a name, a trade or a problem is asked: asked again,
    not stored as the answer ("Yardım konusu: evet" on the advisor's card)."""
    if not is_filler(text):
        return False
    result.notify(IN_A_FEW_WORDS)
    return True


#: Told for a yes, no or ok typed where words were asked for.
IN_A_FEW_WORDS = N_("Please answer the question below in a few words.")
#: Told where "I don't know" or "it doesn't matter" is typed for the name: the dialogue
#: has no "Skip" there, as the advisor needs a name to get back to the person.
NAME_NEEDED = N_(
    "We need your name so that the advisor can get back to you. Please write your name "
    "(at least two letters)."
)
#: Told when a place is typed where the name is asked. ``place``: the words typed.
PLACE_FOR_A_NAME = N_("“{place}” is a place. Please write your name here.")


def email_for_a_phone(
    state: State, question: FreeText, text: str, ctx: Context, result: Result
) -> bool:
    """An e-mail address typed where the web asks for a phone number and offers
    "E-mail instead of phone": that button, and the address as the answer after it; words
    beside it go to the advisor, as at the e-mail question."""
    if question.key != PHONE.key or question.alternative != BY_EMAIL:
        return False
    address = EMAIL.parse(text)
    if address is None:
        return False
    if words_beside_email(text) and not typed.keep_for_advisor(
        text, ctx, result, typed.KEPT_WITH_ANSWER, choice=address
    ):
        return True  # too long beside what is held: asked again under that notice
    state.answers[PHONE.key] = BY_EMAIL.code
    state.answers[EMAIL.key] = address
    advance(state, EMAIL.key)
    return True


#: Told when a local mobile number of the chat language's country got its country code.
COUNTRY_CODE_ADDED = N_(
    "We have noted your number with its country code: {phone}. If it is a German number, "
    "please type it again with +49."
)

#: Told when two phone numbers were typed at the phone question: the first is the one
#: stored, both go to the advisor. ``phone``: the first, written the international way.
TWO_NUMBERS_KEPT = N_(
    "Thank you. We have noted {phone} as the number to call you on. Your message with "
    "both numbers goes to the advisor with your request."
)

#: Told when a phone number typed with the name answered the phone question too.
PHONE_WITH_NAME = N_("Thank you. We have also noted your phone number: {phone}")
#: Told when a phone number typed with the business's name answered the phone question,
#: which comes only after the consent: the person is not surprised when it is not asked.
PHONE_WITH_COMPANY = N_(
    "Thank you. We have noted your phone number {phone} too, so we will not ask for it "
    "again. You can change it before you send your request."
)

#: The questions asking a name that people type with a phone number, and what they are told.
_NAMED_WITH_A_PHONE = {NAME.key: PHONE_WITH_NAME, COMPANY.key: PHONE_WITH_COMPANY}


def name_with_phone(
    state: State, question: FreeText, text: str, ctx: Context, result: Result
) -> bool:
    """A name typed with a phone number after it ("Nguyễn Thị Hương 0176 1234567",
    "Döner Palast GmbH, Tel. 0341 123456"): the name the answer, the number the phone
    question's, which is not asked again (moves.advance). Taken as the name whole, the
    number had to be typed a second time, and the advisor's card showed it as the name."""
    told = _NAMED_WITH_A_PHONE.get(question.key)
    if told is None:
        return False
    both = name_and_phone(_local_mobile(text, state.lang or "de"), question.parse)
    if both is None:
        return _name_with_numbers(state, question, text, ctx, result)
    if digit_in_name(state, question, both[0], result):
        # "Ayse2 +49 176 …", "Ayse2 0912 345 678": the 2 asked about first, all the words
        # given back (the number from abroad is asked about after it).
        return True
    if _from_abroad(text, state.lang or "de"):
        # A number that may be from abroad is asked about at the phone question.
        if question.key == NAME.key:
            return _name_before_a_number_from_abroad(state, question, both[0], text, ctx, result)
        return question.key == COMPANY.key and _company_without_number(
            state, question, both[0], text, ctx, result
        )
    name, phone = both
    # Before the name's step on: an edit from the summary then asks what the number opens
    # (WhatsApp for a mobile).
    _new_number(state, phone)
    state.answers[PHONE.key] = phone
    result.notify(told, phone=display_phone(phone))
    answer_free_text(state, question, name, result)
    return True


def _name_with_numbers(
    state: State, question: FreeText, text: str, ctx: Context, result: Result
) -> bool:
    """A name typed with two phone numbers ("Döner Palast, Tel. 0341 … oder Handy 0176 …"):
    the name the answer, the first number the phone question's, and all the words for the
    advisor. The name was stored whole, or refused and both numbers dropped."""
    both = name_and_first_number(text, question.parse)
    if both is None:
        return False
    name, phone = both
    if digit_in_name(state, question, name, result):
        # "Ayse2 0176 … oder 0341 …": the 2 asked about first, as with one number.
        return True
    if not typed.keep_for_advisor(text, ctx, result, TWO_NUMBERS_KEPT, phone=display_phone(phone)):
        return True
    _new_number(state, phone)
    state.answers[PHONE.key] = phone
    answer_free_text(state, question, name, result)
    return True


def _company_without_number(
    state: State, question: FreeText, name: str, text: str, ctx: Context, result: Result
) -> bool:
    """The business's name typed with a local number that may be from abroad ("Tiệm Nail
    Hoa, Zalo 0912 345 678"): the name is the answer, the words go to the advisor as
    written, and the phone question (after the consent) asks the number with its country
    code. The name was stored whole, number and "Zalo" on the advisor's card."""
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=name):
        answer_free_text(state, question, name, result)
    return True


def _name_before_a_number_from_abroad(
    state: State, question: FreeText, name: str, text: str, ctx: Context, result: Result
) -> bool:
    """A person's name typed with a local number that may be from abroad ("Nguyễn Văn An
    0912 345 678"): the name is the answer, and the phone question that follows asks the
    number with its country code. The name was refused ("without a phone number") and the
    number dropped. Where the phone question does not follow (an edit, a number given
    before), the words go to the advisor."""
    answer_free_text(state, question, name, result)
    if state.screen == ScreenId.QUESTION.of(PHONE.key):
        country_unclear(state, text, result)
    elif state.answers.get(question.key) == name:
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=name)
    return True


#: Turkish "I (am)" before a name ("Ben Mehmet", "ben Ayşe Kaya"): stored with the name.
#: In the Turkish chat only: elsewhere "Ben" is a given name ("Ben Schmidt").
_TURKISH_I = re.compile(r"^\s*ben\s+(?=\S)", re.IGNORECASE)


def without_turkish_i(text: str, lang: str) -> str:
    """A name typed in the Turkish chat without the "ben" (I am) before it."""
    return _TURKISH_I.sub("", text) if lang == "tr" else text


#: "I" alone, by language, as phrase() writes it: no name ("ben" and "em" are names in
#: other chats: "Ben Schmidt", "Em").
_I_ALONE = {
    "de": frozenset({"ich"}),
    "en": frozenset({"i", "me"}),
    "tr": frozenset({"ben"}),
    "uk": frozenset({"я"}),
    "ar": frozenset({"انا", "أنا"}),
    "vi": frozenset({"em", "toi", "minh"}),
}


def _only_i(text: str, lang: str) -> bool:
    """Whether ``text`` is the person's "I" alone, in the chat's language."""
    return phrase(text) in {phrase(word) for word in _I_ALONE.get(lang, frozenset())}


#: "I don't want to (say it)", "rather not" where the name is asked, as phrase() writes
#: them: "söylemek istemiyorum", "ما بدي" were stored as the name.
_NOT_WANTED = frozenset(
    phrase(said)
    for said in (
        *("lieber nicht", "möchte ich nicht", "möchte ich nicht sagen", "will ich nicht"),
        *("rather not", "i'd rather not", "i don't want to", "no thanks"),
        *("istemiyorum", "söylemek istemiyorum", "vermek istemiyorum", "söylemem"),
        *("adımı vermek istemiyorum", "adımı söylemek istemiyorum"),
        *("не хочу", "не скажу", "не хочу казати", "не хочу говорити"),
        *("không muốn", "em không muốn", "tôi không muốn", "không muốn nói"),
        *("ما بدي", "ما بدي قول", "مش حابب", "لا أريد", "لا اريد", "ما بدي احكي"),
        # "privat", "Das ist Privat" were stored as the name "Privat" (no one's name).
        *("privat", "das ist privat", "ist privat", "geheim", "das ist geheim"),
        *("private", "it's private", "that's private", "secret", "it's a secret"),
        *("gizli", "bu gizli", "özel bilgi", "kişisel bilgi"),
        *("приватно", "це приватне", "це приватна інформація", "секрет", "це секрет"),
        *("bí mật", "riêng tư", "đó là bí mật"),
        *("خصوصي", "هذا خصوصي", "سر", "هذا سر"),
    )
)
#: A Telegram or Instagram user name ("@ali_2008") where the name is asked: stored as the
#: name before, which tells the advisor nothing to greet the person with.
_HANDLE = re.compile(r"@\w{3,}")
#: Told for a user name typed where the name is asked. ``handle``: the words typed.
HANDLE_FOR_A_NAME = N_("“{handle}” is a username. Please write your name here.")


def _no_name_wanted(text: str) -> bool:
    """Whether ``text`` says no, or that the person does not want to give the name."""
    return says_no(text) or phrase(text) in _NOT_WANTED


def name_needed(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "weiß nicht", "egal", "farketmez", "مش مهم", "nein", "söylemek istemiyorum" where
    the name is asked (stored as the name, or told "at least two letters" or "in a few
    words"): the name is no optional answer, so the person is told why it is asked, and
    the words go to the advisor."""
    if not (says_dont_know(text) or says_any_way(text) or _no_name_wanted(text)):
        return False
    if in_dialogue(state) and state.flow != ASK.key:
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_FOR_ADVISOR)
    result.notify(NAME_NEEDED)
    return True


def name_asked_again(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A greeting or a sentence typed where the name is asked ("merhaba", "telefonum yok",
    "mein chef zahlt mir kein geld"): the name is asked again, and a sentence goes to the
    advisor. (Taken as the name, the advisor's card said "mein chef zahlt mir kein geld".)"""
    named = without_name_intro(text)  # "Ich heiße Ali": the name is what follows
    lang = state.lang or "de"
    if _HANDLE.fullmatch(named.strip()):
        result.notify(HANDLE_FOR_A_NAME, handle=named.strip())
        return True
    if names_an_office_city(named):
        # "Leipzig Grünau", "Грюнау": where the person lives, typed a step late or early;
        # it was the name the advisor's card showed.
        result.notify(PLACE_FOR_A_NAME, place=named.strip())
        return True
    if name_needed(state, named, ctx, result):
        return True
    if _only_i(text, lang):
        # "ben", "أنا", "em" (I) alone, the name forgotten after it.
        result.notify(NAME.error or IN_A_FEW_WORDS)
        return True
    # "Ich bin Mutter", "Tôi là phụ huynh": after the introduction, who the person is.
    # The owner's role before the name is no such answer ("ich bin Geschäftsführer Ali
    # Yılmaz": kept as a message before, and the name asked again).
    role = names_a_role(without_role(named), lang, introduced=named != text)
    # "Ali Yılmaz, işletme sahibi": the owner's role after the name is no sentence.
    # "Ahmad, ich bin 17", "Олена, мені 17": the age after the name is no sentence either
    # (its "ich bin" kept it as a message, the name asked again).
    if (
        greets(named) is None
        and not not_a_name(without_age(without_role(named)), lang)
        and not role
    ):
        return False
    if greets(named) is None and in_dialogue(state) and state.flow != ASK.key:
        notice = typed.KEPT_TYPING if typed.asks_on_the_way(text) else typed.KEPT_MESSAGE_TYPING
        typed.keep_for_advisor(text, ctx, result, notice)
    else:
        result.notify(IN_A_FEW_WORDS)
    return True


def _new_number(state: State, phone: str) -> None:
    """A yes to WhatsApp was for the number given then: another number asks it again."""
    if state.answers.get(PHONE.key) != phone:
        state.answers.pop(WHATSAPP.key, None)


#: A mobile number of the chat language's country in its local form, and its country
#: code: Ukrainian ("067 123 45 67", "0931234567": an operator's code, never the start of
#: a Saxon number, 03…, nor of a German mobile, 01…; not 039 nor 089, Magdeburg's and
#: Munich's, then seven digits) and Turkish ("0532 123 45 67": 05… is no Saxon number).
#: Found among words too ("numaram 0532 123 45 67", "(0532) 123 45 67"), never inside a
#: longer number.
_LOCAL_MOBILE = {
    "uk": (
        re.compile(r"(?<![\d+])\(?0[\s-]*((?:50|63|66|67|68|73|9[1-9])\)?(?:[\s-]*\d){7})(?!\d)"),
        "+380",
    ),
    "tr": (re.compile(r"(?<![\d+])\(?0[\s-]*(5\d\d\)?(?:[\s-]*\d){7})(?!\d)"), "+90"),
}


#: Where people who write in a language have their mobile numbers from, most likely first:
#: a local number typed in its chat that may be one of them is asked about, never read as
#: German. (Ukrainian and Turkish mobiles start where no Saxon number and no German mobile
#: does: _LOCAL_MOBILE writes their country code.)
_MOBILE_COUNTRIES = {
    "vi": ("VN",),
    "ar": ("SY", "IQ", "EG", "LB", "JO", "PS", "YE", "SD", "LY", "TN", "DZ", "MA", "SA"),
}

#: "Nothing", "next" in the bot's languages (and Russian, which many Ukrainians type), as
#: phrase() writes them: typed where an optional question offers "Skip" ("What is it
#: about?"), its tap. Stored as the answer, the advisor's card read "Topic: weiter".
_SKIPPING = frozenset(
    phrase(said)
    for said in (
        *("nichts", "nix", "weiter", "nächste", "nächste frage", "keins", "nothing", "next"),
        *("none", "nothing to add", "geç", "atla", "hiçbir şey", "hiç", "sonraki", "devam"),
        *("нічого", "далі", "наступне", "ничего", "дальше", "không có gì", "không có", "tiếp"),
        *("tiếp tục", "bỏ qua", "لا شيء", "لاشيء", "التالي", "تخطي", "تخطى", "لا يوجد"),
    )
)


def skips(text: str) -> bool:
    """Whether ``text`` only says "nothing" or "next" (_SKIPPING)."""
    return without_politeness(phrase(text)) in _SKIPPING


#: A Ukrainian mobile in its local form as Ukrainians group it, typed in a chat of another
#: language ("097 123 45 67", "(067) 123-45-67"): the operator's code apart, three digits
#: that no German area code is (of 0 and two digits there are only 030, 040, 069 and
#: 089), so a German number is not written so. Read as German, it was a landline near Bad
#: Kissingen (+49 971 234567); the Ukrainian chat writes +380 itself (_LOCAL_MOBILE).
_UKRAINIAN_GROUPED = re.compile(
    r"(?<![\d+])\(?0(50|63|66|67|68|73|9[1-9])\)?[\s-]+(\d{3})[\s-]?(\d{2})[\s-]?(\d{2})(?!\d)"
)


def _from_abroad(text: str, lang: str) -> tuple[str, str] | None:
    """The region and number in E.164 of a local mobile in ``text`` that may be from
    abroad: one of the chat language's countries (_MOBILE_COUNTRIES), else a Ukrainian one
    in its own grouping (_UKRAINIAN_GROUPED) in any chat but the Ukrainian."""
    found = foreign_mobile(text, _MOBILE_COUNTRIES.get(lang, ()))
    if found is not None or lang == "uk":
        return found
    grouped = _UKRAINIAN_GROUPED.findall(text)
    if len(grouped) != 1:
        return None
    return "UA", "+380" + "".join(grouped[0])


#: The same for a Ukrainian mobile in its own grouping, typed in another chat: the country
#: said as the language says it ("aus der Ukraine": "aus Ukraine" read wrong in German).
UKRAINIAN_UNCLEAR = N_(
    "Is this a German number or a Ukrainian one? Please write it again with the country "
    "code: {german} for Germany, or {foreign} for Ukraine."
)
UKRAINIAN_CODE_NEEDED = N_(
    "Is this a Ukrainian number? Then please write it with the country code: {foreign}."
)


#: Told when a local number may be German or a mobile from abroad.
COUNTRY_UNCLEAR = N_(
    "Is this a German number or a number from {country}? Please write it again with the "
    "country code: {german} for Germany, or {foreign} for {country}."
)
#: Told when a local number is no German one but may be a mobile from abroad.
COUNTRY_CODE_NEEDED = N_(
    "Is this a number from {country}? Then please write it with the country code: {foreign}."
)


def country_unclear(state: State, text: str, result: Result) -> bool:
    """A local number typed in a chat whose people often have a mobile from abroad, that
    is no German mobile but may be one of there ("0912 345 678" in Vietnamese): the person
    is asked to write it with its country code. Stored as +49 912 345678, it was a number
    in Bavaria the advisor dialled; area codes start with 09 and 03 in Germany too, so the
    country is not guessed."""
    lang = state.lang or "de"
    found = _from_abroad(text, lang)
    if found is None:
        return False
    region, foreign = found
    country = translator(lang).locale.territories.get(region, region)
    german = parse_phone(text)
    ukrainian = region == "UA"
    if german is None:
        needed = UKRAINIAN_CODE_NEEDED if ukrainian else COUNTRY_CODE_NEEDED
        result.refuse(needed, country=country, foreign=display_phone(foreign))
    else:
        shown = {"german": display_phone(german), "foreign": display_phone(foreign)}
        # Given back: the country code is written in front of the number typed.
        result.refuse(UKRAINIAN_UNCLEAR if ukrainian else COUNTRY_UNCLEAR, country=country, **shown)
    return True


def number_again(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A phone number alone typed at the WhatsApp question ("+49 5321 234567" after "We
    have noted your number with its country code"): the phone question's new answer (kept
    as a message before, the number first given still stored)."""
    if (
        not _BARE_NUMBER.fullmatch(text)
        or PHONE.parse(_local_mobile(text, state.lang or "de")) is None
    ):
        return False
    go(state, ScreenId.QUESTION.of(PHONE.key))
    answer_free_text(state, PHONE, text, result, ctx)
    return True


def _local_mobile(text: str, lang: str) -> str:
    """``text`` typed in the chat of ``lang``, a mobile number of its country in local form
    written with its country code ("067 123 45 67" was read as a German landline, +49 671 …,
    "0532 123 45 67" as one in Goslar), alone or among words."""
    pattern, code = _LOCAL_MOBILE.get(lang, (None, ""))
    if pattern is None:
        return text

    def country_number(found: re.Match[str]) -> str:
        # Only a number of that country's: "0521 123 45 67" is Bielefeld's (no Turkish
        # mobile starts 52), and was refused as a number with a digit wrong.
        number = code + re.sub(r"\D", "", found[1])
        return number if parse_phone(number) is not None else found[0]

    return pattern.sub(country_number, text)


def answer_free_text(
    state: State, question: FreeText, text: str, result: Result, ctx: Context | None = None
) -> None:
    """``text`` as the answer to ``question``, or the reason it is none; with ``ctx``
    (typed, not shared) the words beside a phone number or e-mail address are kept for the
    advisor."""
    both = split_spelling(text) if question.spelling is not None else None
    typed_text = text
    if question.key == PHONE.key and country_unclear(state, text, result):
        return
    if question.key == PHONE.key:
        text = _local_mobile(text, state.lang or "de")
    value = question.parse(both[0] if both else text)
    if value is None and question.longest is not None and len(text) > question.longest:
        if ctx is not None and _a_message(state, text):
            # A message pasted where a name was asked: for the advisor, not refused whole.
            notice = typed.KEPT_TYPING if typed.asks_on_the_way(text) else typed.KEPT_MESSAGE_TYPING
            typed.keep_for_advisor(text, ctx, result, notice)
            return
        result.refuse(TOO_LONG, length=str(len(text)), max=str(question.longest))
        return
    if value is None and question.key == PHONE.key and ctx is not None:
        value = first_of_two_numbers(text)
        if value is not None:
            # "Festnetz 0341 … oder Handy 0176 …": "write only one number" was told, and
            # the other number lost. The first is called; both reach the advisor.
            shown = display_phone(value)
            if not typed.keep_for_advisor(text, ctx, result, TWO_NUMBERS_KEPT, phone=shown):
                return
            _new_number(state, value)
            state.answers[question.key] = value
            advance(state, question.key)
            return
    if value is None:
        explained = question.explain(text) if question.explain is not None else None
        # Given back to correct: one comma for a dot, a digit missing.
        result.refuse(explained or question.error)
        return
    beside = _WORDS_BESIDE.get(question.key)
    if ctx is not None and beside is not None and beside(text):
        # "0176 1234567, erst ab 17 Uhr": the number answers, the words go to the advisor
        # (dropped before). Not kept (too long): asked again, nothing lost.
        shown = display_phone(value) if question.key == PHONE.key else value
        if not typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=shown):
            return
    elif text != typed_text:
        # "0532 123 45 67" stored as +90 …: the person sees the number that will be called
        # (the notice above shows it where words were kept beside it).
        result.notify(COUNTRY_CODE_ADDED, phone=display_phone(value))
    if question.key == PHONE.key:
        _new_number(state, value)
    state.answers[question.key] = value
    if both and question.spelling is not None:
        state.answers[question.spelling] = both[1]
    meant = likely_email(value) if question.key == EMAIL.key else None
    if meant is not None:
        # Kept as typed (never changed behind the person's back), but they are asked.
        result.notify(CHECK_EMAIL, address=meant)
    advance(state, question.key)


def _a_message(state: State, text: str) -> bool:
    """Whether text too long for its question reads as a message for the advisor: some
    sentences typed in a lead dialogue, not a long name."""
    return in_dialogue(state) and state.flow != ASK.key and len(text.split()) >= MESSAGE_WORDS


#: The words from which text too long for a short answer is a message (a name has fewer).
MESSAGE_WORDS = 8

#: Whether typed text says more than the contact detail it answers with, by question.
_WORDS_BESIDE = {PHONE.key: words_beside_phone, EMAIL.key: words_beside_email}


#: Told when a contact detail typed on the summary replaced the one given.
_CHANGED = {
    EMAIL.key: N_("Thank you, we have changed your e-mail address."),
    PHONE.key: N_("Thank you, we have changed your phone number."),
    NAME.key: N_("Thank you, we have changed your name."),
}

#: Told when a phone number typed on the summary with words replaced the one given, the
#: words kept. ``phone``: the new number, written the international way.
PHONE_CHANGED_KEPT = N_(
    "Thank you, we have changed your phone number to {phone}. Your message goes to the "
    "advisor with your request."
)

#: The same for an e-mail address. ``address``: the new address.
EMAIL_CHANGED_KEPT = N_(
    "Thank you, we have changed your e-mail address to {address}. Your message goes to "
    "the advisor with your request."
)

#: A name introduced on the summary, as people correct it ("Ich heiße eigentlich Anna
#: Müller", "adım Ayşe Kaya", "мене звати Олена", "اسمي أحمد", "tên tôi là Hương"): only
#: the words that say "my name is" (not "ich bin", "I am": "ich bin 17", "I am a parent"),
#: and a word for "actually" after them.
_NAME_CORRECTED = re.compile(
    r"^(?:ich hei(?:ß|ss)e|mein name ist|my name is|my name['’]s|benim adım|adım|benim ismim|"
    r"ismim|tôi tên là|tên tôi là|em tên là|tên em là|mình tên là|tên mình là|мене звати|"
    r"мене звуть|меня зовут|моє ім['’]я|(?:أنا|انا)?\s*اسمي"
    # A change of the name asked for with the new one ("Name ändern auf Olena Koval",
    # "change my name to …", "змініть ім'я на …", "đổi tên thành …", "غيروا الاسم إلى …"):
    # a note before, the old name sent.
    r"|(?:bitte\s+)?(?:den\s+|meinen\s+)?namen?\s+(?:ändern|aendern)\s+(?:auf|in|zu)"
    r"|change\s+(?:my\s+|the\s+)?name\s+to|змін(?:іть|ити)\s+ім['’]я\s+на"
    r"|(?:đổi|sửa|doi|sua)\s+t[eê]n\s+th[aà]nh|(?:غيروا|غيّروا|غير|غيّر)\s+(?:الاسم|اسمي)\s+(?:إلى|الى)"
    # Typed without the Turkish and Vietnamese letters ("adim", "ten toi la"); "tên tôi"
    # before "không phải" ("tên tôi không phải Ali mà là …": bot.dialogue.old_name).
    r"|(?:benim\s+)?adim|ten\s+(?:toi|em|minh)\s+la"
    r"|t[eê]n\s+(?:t[oô]i|em|m[iì]nh)(?=\s+(?:kh[oô]ng|ko)\s+ph[aả]i))\s+"
    # "adım/ismim yanlış" says the name is wrong (below), no name "yanlış"; so do "mein
    # Name ist falsch geschrieben", "my name is spelled wrong" (stored as "geschrieben, …").
    r"(?!yanl[ıi][şs]\b|falsch\b|wrong\b|spelled\b|misspelled\b|written\b|مكتوب)"
    r"(?:eigentlich\s+|richtig\s+|actually\s+|aslında\s+|насправді\s+|thực ra\s+)?"
    # The name said wrong, then the right one ("name falsch: Ahmad Ali", "wrong name, it's
    # Ahmad Ali", "isim yanlış: …", "ім'я неправильне: …", "الاسم غلط: …", "sai tên: …"),
    # or labelled as on the summary ("Name: Ahmad Ali"). Kept as a message before.
    r"|^(?:(?:der\s+|mein\s+|the\s+|my\s+)?name(?:\s+ist)?\s+falsch(?:\s+geschrieben)?"
    r"|falscher\s+name|(?:the\s+|my\s+)?name\s+is\s+wrong|wrong\s+name"
    r"|(?:isim|ismim|ad[ıi]m)\s+yanl[ıi][şs](?:\s+yaz[ıi]lm[ıi][şs])?"
    r"|ім['’]я\s+(?:неправильне|неправильно|не\s+те)|неправильне\s+ім['’]я"
    r"|(?:الاسم|اسمي)\s+(?:غلط|خطأ|خاطئ|مو\s+صح|مش\s+صح|غير\s+صحيح)"
    r"|sai\s+t[eê]n|t[eê]n\s+sai|name(?=\s*:)"
    # Said to be misspelled ("my name is spelled wrong", "ім'я написано неправильно",
    # "اسمي مكتوب غلط", "tên viết sai"; "Name falsch geschrieben", "adım yanlış yazılmış"
    # above).
    r"|(?:(?:the\s+|my\s+)?name\s+is\s+(?:misspelled|spelled\s+wrong(?:ly)?|written\s+wrong(?:ly)?)"
    r"|ім['’]я\s+написан[оеі]\s+(?:неправильно|з\s+помилкою)"
    r"|(?:الاسم|اسمي)\s+مكتوب\s+(?:غلط|خطأ)|t[eê]n\s+(?:vi[eế]t|b[iị])\s+sai))"
    r"[\s:,;.،-]+(?:(?:richtig\s+ist|richtig|correct\s+is|it['’]?s|it\s+is|do[ğg]rusu|правильно"
    r"|الصحيح|الصح|[đd][úu]ng\s+l[àa])[\s:,،-]+)?"
    # Not the rest of "falsch geschrieben", "yanlış yazılmış" alone: no name follows (it
    # was stored as the name).
    r"(?!(?:geschrieben|yaz[ıi]lm[ıi][şs]|written|spelled)\s*$)",
    re.IGNORECASE,
)


#: A change of the name asked for in Turkish, the new name in the middle ("ismimi Ayşe
#: Yılmaz olarak değiştirin", "adımı … olarak düzeltin", without the Turkish letters too):
#: read as "adım …" (a note before, the old name sent).
_TURKISH_NAME_CHANGE = re.compile(
    r"(?:l[üu]tfen\s+)?(?:benim\s+)?(?:ismimi|ad[ıi]m[ıi]|ismi|ad[ıi])\s+(?P<name>.+?)\s+olarak\s+"
    r"(?:de[ğg]i[şs]tir|d[üu]zelt)(?:in|iniz|ir\s+misiniz|ebilir\s+misiniz|in\s+l[üu]tfen)?",
    re.IGNORECASE,
)

#: "isn't" ("my name isn't Ali"), written out as the name's words are read.
_ISNT = re.compile(r"\s+isn['’]?t\b", re.IGNORECASE)


def _past_the_apology(text: str) -> str:
    """``text`` without the words of correction it begins with ("sorry, ich heiße …",
    "sorry my name is not Ali": a note before, the old name kept)."""
    if _NAME_CORRECTED.match(text) is not None:
        return text  # "sai tên: Ahmad Ali": the correction's word is the introduction's
    words = text.split()
    at = 0
    while at < len(words) - 1 and correcting(words[at].strip(",.!:;،")):
        at += 1
    return " ".join(words[at:]) if at else text


def rules_out_the_name(text: str) -> bool:
    """Whether ``text`` introduces a name with a "not" in it ("ich heiße nicht Ali", "sorry
    my name is not Ali", "adım Ali değil"): the name given is wrong (read as on the
    summary by :func:`corrects_a_detail`)."""
    text = _past_the_apology(_ISNT.sub(" is not", text.strip().rstrip(".!")))
    words = [fold(word) for word in re.findall(r"\w+", text)]
    return _NAME_CORRECTED.match(text) is not None and says_not(words)


def _name_corrected(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A name introduced on the summary: the name question's new answer, as if its ✏️ had
    been tapped ("Please tap one of the buttons below" before, or a note for the advisor
    while the old name was sent)."""
    # "my name isn't Ali" as "my name is not Ali" (the words that introduce a name).
    text = _past_the_apology(_ISNT.sub(" is not", text.strip().rstrip(".!")))
    turkish = _TURKISH_NAME_CHANGE.fullmatch(text)
    if turkish is not None:
        text = f"adım {turkish['name']}"
    found = _NAME_CORRECTED.match(text)
    if found is None or find_question(flow_named(state.flow), NAME.key) is None:
        return False
    # "mein Name ist nicht Ali sondern Veli Demir": the name after the old one ruled out,
    # said with or without "my name is" again (a note before, the old name sent).
    said = name_after_the_old(text[found.end() :])
    # Introduced again after it ("mein Name ist falsch, ich heiße nicht Ali", "nicht Ali,
    # mein Name ist Veli Demir"): what follows the second introduction.
    again = _NAME_CORRECTED.match(said) if said is not None else None
    if said is not None and again is not None:
        said = name_after_the_old(said[again.end() :])
    if said is None:
        # "ich heiße nicht Ali", "adım Ali değil": the name is wrong, and no new one said.
        # The name question asks for it, as its ✏️ would (a note before, the old name sent).
        edit(state, NAME.key)
        return True
    # "my name is Ali Demir actually": "actually" is no part of the name.
    name = NAME.parse(correction_left_out(said).strip(" ,.;:!-"))
    if name is None or not_a_name(name, state.lang or "de"):
        return False
    if all(correcting(word) for word in name.split()):
        # "Name: falsch" says the name is wrong, and is none.
        return False
    if state.answers.get(NAME.key) != name:
        result.notify(_CHANGED[NAME.key])
    edit(state, NAME.key)
    answer_free_text(state, NAME, name, result, ctx)
    return True


def corrects_a_detail(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An e-mail address or a phone number typed on the summary (alone, or with words
    that then go to the advisor), or a name introduced ("Mein Name ist …"): the new answer
    to its question, as if its ✏️ had been tapped. The e-mail check (``CHECK_EMAIL``) asks
    for just this, and such a text used to be kept as a note while the old detail was
    sent. Digits that are no number: why not."""
    if ADDING in state.answers or typed.asks_on_the_way(text):
        # Answers added to an open request carry no contact details: kept as a note. So
        # is a question with a number or address in it ("Kann ich info@… schreiben?").
        return False
    if _name_corrected(state, text, ctx, result):
        return True
    flow = flow_named(state.flow)
    text = text.rstrip(".,;!")  # "anna@gmail.com." at the end of a sentence
    abroad = _from_abroad(text, state.lang or "de")
    if abroad is not None and find_question(flow, PHONE.key) is not None:
        # Asked its country code at the phone question (Back returns here); not "changed",
        # nor "incomplete" where it is no German number.
        edit(state, PHONE.key)
        country_unclear(state, text, result)
        return True
    for question in (EMAIL, PHONE):
        typed_number = _local_mobile(text, state.lang or "de") if question is PHONE else text
        value = question.parse(typed_number)
        if value is None or find_question(flow, question.key) is None:
            continue
        changed = state.answers.get(question.key) != value
        if changed and _WORDS_BESIDE[question.key](typed_number):
            # One thanks for the change and the words: "changed" and "noted as your
            # answer" were told one under the other.
            told, params = (
                (PHONE_CHANGED_KEPT, {"phone": display_phone(value)})
                if question is PHONE
                else (EMAIL_CHANGED_KEPT, {"address": value})
            )
            if typed.keep_for_advisor(text, ctx, result, told, **params):
                edit(state, question.key)
                answer_free_text(state, question, text, result)  # the words kept above
            return True
        if changed:
            result.notify(_CHANGED[question.key])
        # A question that the new answer opens (WhatsApp for a mobile number) comes next,
        # then the summary again.
        edit(state, question.key)
        answer_free_text(state, question, text, result, ctx)
        return True
    if find_question(flow, PHONE.key) is not None and first_of_two_numbers(text) is not None:
        # "neue Nummer: 0341 … oder 0176 …": the first is the new number and both go to the
        # advisor, as at the phone question (the old number was sent, the words a note).
        edit(state, PHONE.key)
        answer_free_text(state, PHONE, text, result, ctx)
        return True
    if _BARE_NUMBER.fullmatch(text) and sum(c.isdigit() for c in text) > len("04109"):
        # "0176 123": meant as the new number, not a note for the advisor; what is wrong.
        # (Five digits are a postal code: a note.)
        explained = PHONE.explain(text) if PHONE.explain is not None else None
        if explained is not None and find_question(flow, PHONE.key) is not None:
            result.notify(explained)
            return True
    return False


#: Digits and what people write between them, alone: a phone number, however incomplete.
_BARE_NUMBER = re.compile(r"\+?[\d\s()/.-]+")


#: Told when an e-mail address is one typo away from a common provider's ("gmial.com").
CHECK_EMAIL = N_(
    "Please check your e-mail address: did you mean {address}? You can correct it before "
    "you send your request."
)
