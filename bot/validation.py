"""Checks and normalization of what people type."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from rapidfuzz.distance import OSA

MAX_NAME = 100
#: The largest id a table holds: its ids are 32-bit integers on PostgreSQL.
MAX_ID = 2**31 - 1
#: The longest e-mail address the standards allow.
MAX_EMAIL = 254

_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
#: The zero-width joiner and non-joiner join what stands on both sides of them: an emoji
#: sequence ("💇\u200d♀️", "👩\u200d🍳"), Persian and Arabic letters. They are kept there
#: ("💇‍♀️" was stored as "💇♀️", two symbols); alone or at a word's edge they show nothing.
_JOINERS = frozenset("\u200c\u200d")
_LOOSE_JOINERS = re.compile(r"(?<!\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\S)")


def clean_text(text: str) -> str:
    """Drop control and invisible characters and squeeze whitespace."""
    text = _INVISIBLE.sub("", text)
    text = "".join(
        ch if ch in _JOINERS or unicodedata.category(ch)[0] != "C" else " " for ch in text
    )
    return " ".join(_LOOSE_JOINERS.sub("", text).split())


def clean_message(text: str) -> str:
    """A relayed message: like :func:`clean_text`, but its line breaks and spacing are kept."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n"))
    kept = "".join(
        ch if ch in "\n\t" or ch in _JOINERS or unicodedata.category(ch)[0] != "C" else ""
        for ch in text
    )
    kept = _LOOSE_JOINERS.sub("", kept)
    return "\n".join(line.rstrip() for line in kept.strip().split("\n"))


#: Digits other keyboards type, written 0-9: Arabic-Indic, Persian, and full-width ("１",
#: from a Chinese or Japanese keyboard).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)


def record_id(text: str) -> int | None:
    """The id ``text`` gives in digits (of a lead, a message), or None: also for a number
    past every id, to be answered as an unknown id. PostgreSQL refused such a number with
    an error (an error page, a command left unanswered), and "²" is a digit int() refuses.
    """
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
        return None
    number = int(text)
    return number if number <= MAX_ID else None


#: A lead's number as advisors write it: "12", "#12", "# 12", "Nr. 12", "Nr.12", and as the
#: inbox's heading shows it, copied from there ("Anfrage #12"), a comma after it maybe.
_LEAD_NUMBER = re.compile(r"(?:anfrage\s*)?(?:#|nr\.?|nummer)?\s*(\d+)\s*[,.;:]?", re.IGNORECASE)


def written_lead_number(text: str) -> str | None:
    """The digits of a lead's number as written ("# 12", "Nr. 12"), or None (see
    :func:`record_id` for the number they give). Arabic-Indic, Persian and full-width
    digits are written 0-9 ("/lead ١", "/lead １" were a request "not in this group");
    other digits stay as typed, to be no id."""
    written = _LEAD_NUMBER.fullmatch(text.strip())
    return western_digits(written[1]) if written is not None else None


#: How the bot's own messages in an advisor chat name a request ("Anfrage #12").
_NAMED_LEAD = re.compile(r"Anfrage #(\d+)")


def lead_named(text: str | None) -> int | None:
    """The one request a message of the bot's names ("📞 Neue Telefonnummer … Anfrage
    #12"), or None: none, or several."""
    named = set(_NAMED_LEAD.findall(text or ""))
    return record_id(named.pop()) if len(named) == 1 else None


def after_id(text: str) -> int:
    """The id of an "after this one" mark (?after=, Last-Event-ID), 0 for none; MAX_ID
    for a number past every id: there is nothing after it, as after any unknown one."""
    if not (text.isascii() and text.isdigit()):
        return 0
    found = record_id(text)
    return MAX_ID if found is None else found


def parse_name(text: str) -> str | None:
    """A name: two to MAX_NAME characters with at least one letter, and no contact detail
    (a phone number, however incomplete, or an e-mail address typed with it: "Ayşe 0176
    123" was stored as the name, and the advisor's card showed a number nobody could call)."""
    if not 2 <= len(text) <= MAX_NAME or not any(c.isalpha() for c in text):
        return None
    return None if carries_detail(text) else text


#: Five digits or more (spaces, dashes and slashes between them allowed): a phone number or
#: a postal code. An "@" between two words: an e-mail address.
_DETAIL = re.compile(r"\d(?:[\s\-/]*\d){4,}|\S@\S+\.\S")


def western_digits(text: str) -> str:
    """``text`` with Arabic-Indic, Persian and full-width digits written 0-9 ("١٤" and
    "１４" as "14")."""
    return text.translate(_DIGITS)


def carries_detail(text: str) -> bool:
    """Whether ``text`` holds a contact detail or a postal code ("0151 2345678")."""
    return bool(_DETAIL.search(text.translate(_DIGITS)))


def parse_latin_name(text: str) -> str | None:
    """A name in Latin letters only (accents allowed: "Şükrü", "Nguyễn"), as in a passport."""
    return None if in_another_script(text) else parse_name(text)


#: One number of one or two digits, alone: an age ("17", "Ich bin 17", "١٧ سنة"); not a
#: German level ("A2", "B1", in Cyrillic letters too), read as the age 2 ("Under 16").
_AGE = re.compile(r"(?<!\d)(?<![ABCabcАВСавс])\d{1,2}(?!\d)")


def age_in(text: str) -> int | None:
    """The age in ``text``, if it holds exactly one number of one or two digits."""
    numbers = _AGE.findall(text.translate(_DIGITS))
    return int(numbers[0]) if len(numbers) == 1 else None


def in_another_script(text: str) -> bool:
    """Whether ``text`` has a letter outside the Latin script (Arabic, Cyrillic ...)."""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text)


#: What people put between a name and its Latin spelling: a slash, a dash, brackets.
_SPELLINGS = re.compile(r"\s*(?:/|\||–|—|\s-\s|\(|\))\s*")


def split_spelling(text: str) -> tuple[str, str] | None:
    """ "Олена Коваленко / Olena Kovalenko": (the name, its Latin spelling), typed as one.

    None unless there are exactly two parts, one with letters of another script and one
    in Latin letters alone, each a name by :func:`parse_name`.
    """
    parts = [part for part in _SPELLINGS.split(text) if part.strip()]
    if len(parts) != 2:
        return None
    first, second = parts
    if in_another_script(second) and not in_another_script(first):
        first, second = second, first
    if not in_another_script(first) or in_another_script(second):
        return None
    if parse_name(first) is None or parse_name(second) is None:
        return None
    return first, second


#: Letters typed for a digit they look like (Latin and Cyrillic O, l, I).
_LOOKALIKES = str.maketrans("OoОоlI|", "0000111")
#: A part of a number: digits with such letters and the signs numbers are written with.
_NUMBER_PART = re.compile(r"(?=.*\d.*\d)[\dOoОоlI|+()/.\-]+")


#: A letter between two digits, that is no digit's look-alike ("12a45678").
_LETTER_BETWEEN_DIGITS = re.compile(r"\d[^\W\d_]+\d")


def _letter_in_number(text: str) -> bool:
    """Whether a word of five digits or more has a letter between its digits: a part of
    a phone number typed wrong, not a time ("17h30"), an extension or an address."""
    return any(
        sum(ch.isdigit() for ch in word) >= 5
        and "@" not in word
        and _LETTER_BETWEEN_DIGITS.search(word) is not None
        for word in text.split()
    )


def _numerals(text: str) -> str:
    """``text`` with Arabic-Indic digits as ASCII ones, and a letter typed for a digit
    inside a number read as that digit: "0176 1234 5O78" (phonenumbers dropped the letter
    and took a number one digit short, which reached someone else or no one)."""
    typed = text.translate(_DIGITS)
    return _TOKEN.sub(
        lambda m: m[0].translate(_LOOKALIKES) if _NUMBER_PART.fullmatch(m[0]) else m[0], typed
    )


def parse_phone(text: str) -> str | None:
    """A valid phone number in E.164, German numbers without +49 accepted.

    A country code typed without "+" or "00" counts as one where the number is no German
    one, and always for 49: no German number starts with it without its 0, and
    "49 176 12345678" was read as a number in Leer (+49 491 76…), which reaches no one.
    """
    typed = _numerals(text).strip()
    if _letter_in_number(typed):
        return None  # phonenumbers would drop the letter: a number a digit short
    # Words around the number are found by the matcher below: parsed whole, letters
    # are read as a keypad's ("Tel. 0341 1234567 App. 12" became +49 341 123456727712).
    words = _WORDS.search(typed) is not None
    number = None if words else _valid(typed, "DE")
    if typed[:1].isdigit() and typed[0] != "0" and not words:
        international = _valid("+" + typed, None)
        if international is not None and (number is None or typed.startswith("49")):
            number = international
    if number is None:
        number = _one_number_in(typed)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _one_number_in(text: str) -> phonenumbers.PhoneNumber | None:
    """The number in words around it ("0176 1234567 (mobil)", "Handy: 0176 …"), if there
    is exactly one: of two, which one to call is the person's to say."""
    found = _valid_in(text)
    return found[0].number if len(found) == 1 else None


def _valid_in(text: str) -> list[phonenumbers.PhoneNumberMatch]:
    """The valid numbers written in ``text``, where each stands."""
    return list(phonenumbers.PhoneNumberMatcher(text, "DE", phonenumbers.Leniency.VALID))


#: Words that say nothing beside a phone number or an e-mail address but what it is and
#: whose, in the bot's languages (casefolded): "Meine Handynummer ist …", "số điện thoại
#: của tôi là …", "E-Mail: …".
_DETAIL_WORDS = frozenset(
    {
        "tel", "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnummer",
        "nummer", "nr", "mein", "meine", "ist", "lautet", "phone", "mobile", "cell",
        "number", "my", "is", "neue", "new", "yeni", "mới", "новий", "جديد", "numara",
        "numaram", "numarası", "numaramız", "cep", "benim", "số", "điện", "thoại", "sđt",
        "sdt", "của", "tôi", "là", "телефон", "телефону", "номер", "мій", "моб",
        "мобільний", "رقم", "رقمي", "هاتف", "هاتفي", "الهاتف", "موبايل", "جوال",
        "тел", "mob", "tlf", "e", "mail", "email", "adresse", "address", "bitte", "please",
        "posta", "adresim",
        "địa", "chỉ", "пошта", "пошти", "електронна", "адреса", "بريدي", "البريد",
        "الإلكتروني", "إيميلي", "ايميلي",
    }
)  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")
#: The apps a number is given for, named before it at the end of a name ("Tiệm Nail Hoa,
#: Zalo 0176 …"): no part of the name. (Beside a number alone they tell the advisor more.)
_APPS = frozenset({"whatsapp", "zalo", "viber", "вайбер", "ватсап", "واتساب", "واتس"})


def words_beside_phone(text: str) -> bool:
    """Whether ``text`` says more than its one phone number ("0176 1234567, erst ab 17 Uhr"):
    words for the advisor, which the phone answer alone would drop."""
    typed = _numerals(text)
    found = _valid_in(typed)
    if len(found) != 1:
        return False
    return _says_more(typed, found[0].start, found[0].end)


def _says_more(text: str, start: int, end: int) -> bool:
    """Whether ``text`` outside ``[start, end)`` has words beyond naming a detail, or
    saying the one before was wrong ("sorry, die Nummer ist falsch: 0176 …": the number
    changed is all there is; the advisor was handed that sentence besides)."""
    rest = unicodedata.normalize("NFC", f"{text[:start]} {text[end:]}")
    plain = _DETAIL_WORDS | _CORRECTION_WORDS
    return any(word not in plain for word in _WORDS.findall(rest.casefold()))


#: Words that only say a detail given before was wrong, beside the right one (not words
#: of a name: _without_number_words does not strip them).
_CORRECTION_WORDS = frozenset(
    {
        "sorry", "entschuldigung", "die", "der", "alte", "war", "falsch", "doch", "richtig",
        "richtige", "korrekt", "korrektur", "stimmt", "nicht", "eigentlich", "meinte",
        "wrong", "correct", "right", "actually", "the", "old", "one", "i", "meant",
        "yanlış", "yanlis", "doğru", "dogru", "doğrusu", "pardon", "özür", "dilerim", "eski",
        "помилка", "помилковий", "неправильний", "правильний", "вибачте", "старий", "ні",
        "خطأ", "غلط", "الصحيح", "آسف", "عفوا", "القديم",
        "nhầm", "đúng", "xin", "lỗi", "cũ", "không",
        # What points at the right one ("it's 0176 …", "hier die richtige:", "bu doğru",
        # "ось правильний", "đây là số đúng", "هذا هو الصحيح"; "sai": wrong). The words
        # were kept as a message beside the number changed, the German ones not.
        "it", "s", "this", "that", "here", "hier", "das", "es", "bu", "ось", "це", "sai",
        "đây", "هذا", "هو",
    }
)  # fmt: skip


def name_and_phone(
    text: str, parse: Callable[[str], str | None] | None = None
) -> tuple[str, str] | None:
    """A name with one phone number after it ("Nguyễn Thị Hương 0176 1234567"), as
    (name, E.164 number); None for anything else. ``parse`` reads the name (a person's
    by default; a business's: "Döner Palast GmbH, Tel. 0341 123456")."""
    typed = _numerals(text)
    found = _valid_in(_without_digits_of_a_word(typed))
    if len(found) != 1 or typed[found[0].end :].strip():
        return None
    return _name_before(text, found[0], parse)


def name_and_first_number(
    text: str, parse: Callable[[str], str | None] | None = None
) -> tuple[str, str] | None:
    """A name with two or more phone numbers after it ("Döner Palast, Tel. 0341 1234567
    oder Handy 0176 12345678"), as (name, the first number in E.164); None for anything
    else. ``parse`` as for :func:`name_and_phone`."""
    typed = _numerals(text)
    found = _valid_in(_without_digits_of_a_word(typed))
    return _name_before(text, found[0], parse) if len(found) > 1 else None


#: One or two digits typed at the end of a word ("Ayse2 0176 1234567"): the name's, not
#: the number's start. Read with the number, "2 0176 1234567" was no valid one, and the
#: person was told to write the name without a phone number.
_DIGITS_OF_A_WORD = re.compile(r"(?<=[^\W\d_])\d{1,2}(?!\d)")


def _without_digits_of_a_word(typed: str) -> str:
    """``typed`` with the digits ending a word blanked, each where it stands (the numbers
    found keep their places in ``typed``, the name before them its digits)."""
    return _DIGITS_OF_A_WORD.sub(lambda m: " " * len(m[0]), typed)


def _name_before(
    typed: str, number: phonenumbers.PhoneNumberMatch, parse: Callable[[str], str | None] | None
) -> tuple[str, str] | None:
    """The name typed before ``number`` (without the words for a number), and the number.
    ``typed`` as typed: _numerals keeps each character's place, and a digit of the name
    stays the one typed ("عائشة٢", not "عائشة2")."""
    name = (parse or parse_person_name)(_without_number_words(typed[: number.start]))
    if name is None:
        return None
    return name, phonenumbers.format_number(number.number, phonenumbers.PhoneNumberFormat.E164)


_TOKEN = re.compile(r"\S+")


def _without_number_words(text: str) -> str:
    """``text`` without the words for a number at its end: "Ayşe Yılmaz, meine Nummer" is
    "Ayşe Yılmaz" ("Mehmet Yilmaz meine" was stored as the name)."""
    words = _TOKEN.findall(text)
    while words and _bare(words[-1]) in _DETAIL_WORDS | _APPS | {""}:
        words.pop()
    return " ".join(words).rstrip(",;:-–—/ ،؛")


def _bare(word: str) -> str:
    return unicodedata.normalize("NFC", word).strip(",;:-/().،؛").casefold()


#: How people introduce their name, in the bot's languages: "Ich heiße …", "Мене звати …".
_NAME_INTRO = re.compile(
    # "it's Ali", "this is Ali", "hier ist Ali", "im Ali" (chat's "I'm"): before a capital
    # only ("it's a secret", "das ist privat" name no one; "Im Ji-hoon" is a name).
    r"^(?:ich hei(?:ß|ss)e|mein name ist|ich bin|my name is|my name['’]s|i am|i'm|"
    r"(?:(?-i:im)|it['’]?s|this is|here is|hier ist|das ist)(?=\s+(?-i:[A-ZÀ-ÞĞİŞА-ЯІЇЄҐ]))|"
    r"benim adım|adım|benim ismim|ismim|tôi tên là|tên tôi là|tôi là|em tên là|tên em là|"
    r"mình tên là|tên mình là|em là|mình là|tôi tên|em tên|mình tên|мене звати|мене звуть|"
    r"меня зовут|моє ім['’]я|я|(?:أنا|انا)\s+اسمي|اسمي|أنا|انا)"
    # A dash or colon after it is no part of the name ("Я — Олена Коваль").
    r"(?:\s*[—–:-]\s*|\s+)",
    re.IGNORECASE,
)
#: A greeting before the name or its introduction ("Hallo, ich heiße Ali").
_GREETING_FIRST = re.compile(
    r"^(?:hallo|hello|hi|hey|guten tag|merhaba|selam|salam|привіт|вітаю|доброго дня|"
    r"مرحبا|مرحباً|السلام عليكم|xin chào|chào)[\s,!.،:;-]+",
    re.IGNORECASE,
)


def without_name_intro(text: str) -> str:
    """``text`` without a greeting and the words that introduce a name ("Hallo, ich
    heiße", "My name is")."""
    named = _NAME_INTRO.sub("", _GREETING_FIRST.sub("", text))
    return named if named.strip(" ,.;:!-") else text  # "Hallo!" alone is a greeting


#: The start of a phone number typed after a name ("Ayşe Yılmaz 0176", "Ali +49"): three
#: digits or more after a 0 or a +. No age or year of birth starts so.
_NUMBER_BEGUN = re.compile(r"(?:\+|(?<!\d)0)\d{2,}")


def begins_a_number(text: str) -> bool:
    """Whether ``text`` holds the start of a phone number (:data:`_NUMBER_BEGUN`)."""
    return bool(_NUMBER_BEGUN.search(western_digits(text)))


def parse_person_name(text: str) -> str | None:
    """A person's name as :func:`parse_name` takes it, without the words that introduce it
    ("Ich heiße Mehmet Yilmaz": the advisor's card said so, word for word) and without
    where the person is from ("Max aus Grünau": stored as the name before). The start of
    a number beside it ("Ayşe Yılmaz 0176", sent too soon) is no name: the advisor's card
    showed it as one."""
    if begins_a_number(text):
        return None
    named = without_emoji(without_name_intro(text))
    # The full stop of the sentence goes with its start ("Ich bin Ali."); else as typed.
    return parse_name(
        without_role(
            without_age(without_origin(named.strip(" ,.;:-") or text if named != text else text))
        )
    )


#: What an emoji is made of besides its symbol: skin tones, the emoji form, joiners, keycaps.
_EMOJI_PARTS = frozenset(
    {"\ufe0f", "\ufe0e", "\u200d", "\u20e3", *map(chr, range(0x1F3FB, 0x1F400))}
)


def without_emoji(text: str) -> str:
    """``text`` without emoji and other symbols ("Ali 😊", "Олена ❤️"): they were stored in
    the name the advisor greets the person with. As typed where only symbols are left."""
    kept = "".join(ch for ch in text if ch not in _EMOJI_PARTS and unicodedata.category(ch) != "So")
    cut = " ".join(kept.split())
    return cut if cut != " ".join(text.split()) and any(c.isalpha() for c in cut) else text


#: The owner's or manager's role after the name ("Ali Yılmaz, Inhaber", "Ali Yilmaz
#: (owner)", "Олег Коваль, власник", "Nguyễn Văn An, chủ tiệm", "أحمد الخطيب، صاحب
#: المطعم"): the advisor's card read "Name: Ali Yılmaz, Inhaber" before. Words that are no
#: family name, in the bot's languages (and Russian).
_ROLE_AFTER = re.compile(
    r"(?:\s*[,،(/–—-]\s*|\s+)(?:der |die |the )?"
    r"(?:inhaber(?:in)?|geschäftsführer(?:in)?|betriebsinhaber(?:in)?|chef(?:in)? des \w+"
    r"|owner|business owner|shop owner|manager|managing director|ceo"
    r"|işletme sahibi|işyeri sahibi|dükkan sahibi|restoran sahibi|sahibi|müdür"
    r"|власник|власниця|керівник|керівниця|директор(?:ка)?|владелец|владелица"
    r"|chủ tiệm|chủ quán|chủ cửa hàng|chủ nhà hàng|chủ doanh nghiệp|chủ công ty|giám đốc"
    r"|صاحب المحل|صاحب المطعم|صاحب الصالون|صاحب الشركة|صاحب المشروع|المالك|المدير)"
    r"\)?[\s.!]*$",
    re.IGNORECASE,
)


#: The same role before the name, as a signature or a sign says it ("Inhaber Ali Yılmaz",
#: "Chef: Minh Nguyen", "власник Олег", "chủ tiệm Nguyễn Văn An", "المالك أحمد"): stored
#: as "Name: Inhaber Ali Yılmaz" before. "Chef" too, the German boss (no family name).
_ROLE_BEFORE = re.compile(
    r"^(?:der |die |the )?"
    r"(?:(?:betriebs)?inhaber(?:in)?|geschäftsführer(?:in)?|chef(?:in)?"
    r"|owner|business owner|shop owner|manager|managing director|ceo"
    r"|işletme sahibi|işyeri sahibi|dükkan sahibi|restoran sahibi|müdür|patron"
    r"|власник|власниця|керівник|керівниця|директор(?:ка)?|владелец|владелица"
    r"|chủ tiệm|chủ quán|chủ cửa hàng|chủ nhà hàng|chủ doanh nghiệp|chủ công ty|giám đốc"
    r"|صاحب المحل|صاحب المطعم|صاحب الصالون|صاحب الشركة|صاحب المشروع|المالك|المدير)"
    r"(?:\s*[:,،–—-]\s*|\s+)",
    re.IGNORECASE,
)


def without_role(text: str) -> str:
    """``text`` without the owner's role typed before or after the name, when a name is
    left."""
    found = _ROLE_BEFORE.match(text.strip())
    if found is not None and any(c.isalpha() for c in text.strip()[found.end() :]):
        text = text.strip()[found.end() :]
    found = _ROLE_AFTER.search(text)
    if found is None or not any(c.isalpha() for c in text[: found.start()]):
        return text
    return text[: found.start()].strip(" ,.;:-،")


#: Where a person is from, after the name: "aus", "from", Ukrainian "з", "із", "зі",
#: Arabic "من", Vietnamese "ở" and what follows ("Max aus Grünau", "Олена з Києва",
#: "ماكس من غروناو", "Hương ở Leipzig"). Not "von" (part of German names) nor Vietnamese
#: "từ" (a family name).
_ORIGIN_AFTER = re.compile(r"[\s,]+(?:aus|from|з|із|зі|من|ở)\s+\S.*$", re.IGNORECASE)
#: The same in Turkish, a place with the ending "from" ("Grünau'dan Max", "Max,
#: Leipzig'ten").
_ORIGIN_TURKISH = re.compile(r"(?:^|[\s,]+)\S+['’](?:dan|den|tan|ten)(?=[\s,.]|$)[\s,]*")


#: An age after the name ("Ali 17", "Олена, 16 років", "Nguyễn An 17 tuổi", "علي ١٧ سنة"):
#: stored as the name "Ali 17" before; the age has its own question. An age of someone
#: who writes (10 to 99), not a digit that may mark one of several ("Ayşe 2").
#: Said with "my age", "I am" before it too ("محمد، عمري 17", "Олена, мені 17", "Ahmad,
#: ich bin 19"): "Name: محمد، عمري" on the advisor's card before.
_AGE_AFTER = re.compile(
    r"[\s,،]+(?:(?:و?عمري|мені|ich bin|bin|i am|i['’]m|im|alter|age|yaşım|yasim)\s+)?"
    r"[1-9]\d\s*(?:jahre?|j\.?|years?(?: old)?|y\.?o\.?|yaş(?:ında|ındayım)?"
    r"|років|роки|рік|tuổi|سنة|سنوات|عام(?:ا|ًا)?)?[\s.!]*$",
    re.IGNORECASE,
)


#: A year of birth after the name, as young people sign in chats ("Ali 2008", "Ali,
#: Jahrgang 2008", "Emre 2008 doğumlu", "Олена, 2009 р.н."): stored as the name "Ali 2008"
#: before; the age has its own question.
_BIRTH_YEAR_AFTER = re.compile(
    r"[\s,،]+(?:(?:jg\.?|jahrgang|geb\.?|geboren|born|b\.|d\.|مواليد)\s*)?"
    r"(?P<year>(?:19|20)\d{2})"
    r"(?:\s*(?:geboren|geb\.?|born|doğumlu(?:yum)?|dogumlu(?:yum)?|р\.\s*н\.?|року народження))?"
    r"[\s.!]*$",
    re.IGNORECASE,
)


def without_age(text: str) -> str:
    """``text`` without an age or a year of birth typed after the name, when a name is
    left."""
    digits = western_digits(text)
    found = _AGE_AFTER.search(digits) or _BIRTH_YEAR_AFTER.search(digits)
    if found is None or not any(c.isalpha() for c in text[: found.start()]):
        return text
    return text[: found.start()].strip(" ,.;:-")


def birth_year_after_name(text: str) -> int | None:
    """The year of birth typed after the name (:func:`without_age` cuts it), or None."""
    found = _BIRTH_YEAR_AFTER.search(western_digits(text))
    if found is None or not any(c.isalpha() for c in text[: found.start()]):
        return None
    return int(found.group("year"))


def age_after_name(text: str) -> int | None:
    """The age typed after the name (:func:`without_age` cuts it), or None."""
    digits = western_digits(text)
    found = _AGE_AFTER.search(digits)
    if found is None or not any(c.isalpha() for c in text[: found.start()]):
        return None
    return int(re.findall(r"\d+", found.group())[0])


def without_origin(text: str) -> str:
    """``text`` without where the person says they are from, when a name is left."""
    cut = _ORIGIN_TURKISH.sub(" ", _ORIGIN_AFTER.sub("", text))
    if cut == text:
        return text  # nothing cut: as typed (a name's own marks stay)
    return cut.strip(" ,.;:-") or text


#: Why digits typed as a phone number are not one (:func:`phone_fault`).
TOO_MANY_DIGITS = "too many digits"
INCOMPLETE = "incomplete"
TWO_NUMBERS = "two numbers"
#: Fewer digits than this are no attempt at a number ("null eins sieben", "ja").
_SOME_DIGITS = 5


def phone_fault(text: str) -> str | None:
    """Why ``text``, which :func:`parse_phone` refused, is no phone number: two numbers,
    too many digits, or (with fewer or a wrong one) incomplete; None where it is no attempt at a
    number at all (words, a few digits), for which the general hint is right."""
    typed = _numerals(text)
    if sum(ch.isdigit() for ch in typed) < _SOME_DIGITS:
        return None
    if _letter_in_number(typed):
        return INCOMPLETE  # "or a digit is wrong"
    if len(_valid_in(typed)) > 1 or _numbers_side_by_side(typed):
        return TWO_NUMBERS
    try:
        number = phonenumbers.parse(typed, "DE")
    except phonenumbers.NumberParseException:
        return INCOMPLETE
    reason = phonenumbers.is_possible_number_with_reason(number)
    return TOO_MANY_DIGITS if reason == phonenumbers.ValidationResult.TOO_LONG else INCOMPLETE


def first_of_two_numbers(text: str) -> str | None:
    """The first valid number (E.164) where ``text`` holds two or more ("Festnetz 0341
    1234567 oder Handy 0176 12345678", "0176 1234567 0176 7654321"); else None."""
    typed = _numerals(text)
    if phone_fault(text) != TWO_NUMBERS:
        return None
    found = _valid_in(typed)
    if len(found) > 1:
        number: phonenumbers.PhoneNumber | None = found[0].number
    else:
        parts = (part.strip() for part in _NUMBER_STARTS.split(typed) if part.strip())
        number = next((n for part in parts if (n := _valid(part, "DE")) is not None), None)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


#: Where a number starts among others: "0…" or "+…" after a space.
_NUMBER_STARTS = re.compile(r"(?:^|(?<=\s))(?=[+0]\d)")


def _numbers_side_by_side(text: str) -> bool:
    """Two valid numbers with only a space between them ("0176 1234567 0176 7654321"),
    which the matcher reads as one number that is none."""
    parts = [part for part in _NUMBER_STARTS.split(text) if part.strip()]
    return sum(_valid(part.strip(), "DE") is not None for part in parts) > 1


def _valid(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


#: Number types that may be a mobile phone (and so have WhatsApp). Some countries' plans
#: do not tell mobile from fixed line; an unknown type may be mobile too.
_MAYBE_MOBILE = frozenset(
    {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
        phonenumbers.PhoneNumberType.UNKNOWN,
    }
)


# Asked for every question count and summary of a person with a stored number, and a
# parse costs about 20 µs (bench/README.md, round 25): a number's kind never changes.
@lru_cache(maxsize=4096)
def may_be_mobile(e164: str) -> bool:
    """Whether a number stored by :func:`parse_phone` may be a mobile phone; False for a
    landline (a German 0341 ... number), a service number, or what is no number at all."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _MAYBE_MOBILE


#: A number written in its local form: a trunk 0 (not the 00 of a country code), no "+".
_LOCAL_NUMBER = re.compile(r"(?<![\d+])0(?!0)\d[\d\s()/.-]*\d")
#: The fewest digits of a mobile number written so (Lebanon's 03 123 456).
_LOCAL_MOBILE_DIGITS = 8


def foreign_mobile(text: str, regions: Sequence[str]) -> tuple[str, str] | None:
    """The one number in ``text`` written in its local form (0…) that is no German mobile
    but a mobile number of one of ``regions`` (the first that fits): that region and the
    number there in E.164. "0912 345 678" is a mobile in Vietnam and a landline near
    Passau; "0933 123 456" one in Syria and near Schweinfurt: only the person knows."""
    found = [
        digits
        for match in _LOCAL_NUMBER.findall(_numerals(text))
        if len(digits := re.sub(r"\D", "", match)) >= _LOCAL_MOBILE_DIGITS
    ]
    if len(found) != 1:
        return None
    german = parse_phone(found[0])
    if german is not None and may_be_mobile(german):
        return None
    for region in regions:
        number = _valid(found[0], region)
        if number is not None and phonenumbers.number_type(number) in _FOREIGN_MOBILE:
            return region, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


#: The number types of a mobile phone abroad (some countries' plans do not tell it apart).
_FOREIGN_MOBILE = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


def parse_email(text: str) -> str | None:
    """A syntactically valid e-mail address, normalized; no DNS lookup. Typed among words
    ("E-Mail: anna@gmail.com", "anna@web.de bitte"), the one address there is."""
    whole = _email(text)
    if whole is not None:
        return whole
    found = _ADDRESSES.findall(text)
    return _email(found[0].strip(_AROUND)) if len(found) == 1 else None


#: Something with an "@" in it: an e-mail address, perhaps, among words.
_ADDRESSES = re.compile(r"\S+@\S+")
#: What sticks to an address written in a sentence: "(anna@web.de)", "anna@web.de.".
_AROUND = ".,;:!?()<>\"'«»„“”"


def email_searched(text: str) -> list[str]:
    """The e-mail addresses, or their parts with the "@" ("ayse@"), a search holds, lower
    case and without what sticks to them when copied ("<ayse@gmx.de>",
    "mailto:ayse@gmx.de", "E-Mail: ayse@gmx.de"): to be found in the stored ones."""
    found = (word.strip(_AROUND).lower() for word in text.split() if "@" in word)
    parts = (part.removeprefix("mailto:") for part in found)
    return [part for part in parts if part.strip("@")]


def words_beside_email(text: str) -> bool:
    """Whether ``text`` says more than its one e-mail address ("anna@web.de, bitte nur
    abends"): words for the advisor."""
    found = list(_ADDRESSES.finditer(text))
    if len(found) != 1 or _email(text) is not None:
        return False
    return _says_more(text, found[0].start(), found[0].end())


def _email(text: str) -> str | None:
    if len(text) > MAX_EMAIL:
        return None
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


#: The mail providers most people here use: a domain one typo away from one of them is
#: most likely meant to be it ("gmial.com", "gmail.con"), and the advisor's mail bounces.
COMMON_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de",
        "t-online.de", "freenet.de", "posteo.de", "mail.de", "arcor.de", "icloud.com",
        "me.com", "yahoo.com", "yahoo.de", "yahoo.fr", "hotmail.com", "hotmail.de",
        "outlook.com", "outlook.de", "live.com", "live.de", "aol.com", "mail.ru",
        "yandex.ru", "ukr.net", "i.ua", "meta.ua",
    }
)  # fmt: skip


def likely_email(address: str) -> str | None:
    """The address meant, where its domain is one typo (a letter wrong, missing, extra or
    two swapped) away from a common provider's; None where it is one, or far from all."""
    local, _, domain = address.rpartition("@")
    if not local or domain in COMMON_MAIL_DOMAINS or len(domain) < 6:
        return None
    close = [known for known in COMMON_MAIL_DOMAINS if OSA.distance(domain, known) == 1]
    return f"{local}@{close[0]}" if len(close) == 1 else None


def display_phone(e164: str) -> str:
    """An E.164 number written the international way with spaces."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def dialled_from_germany(e164: str) -> str:
    """An E.164 number as it is dialled in Germany: "0341 1234567", "00 90 532 123 45 67".

    For spreadsheets: it starts with 0, so no formula guard (an apostrophe Excel shows and
    copies) is needed, and its spaces keep Excel from reading it as a number."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    dialled = phonenumbers.format_out_of_country_calling_number(number, "DE")
    # A few short numbers come out without their 0 ("344939"), which Excel reads as a
    # number: those stay written the international way (and get the guard).
    return dialled if dialled.startswith("0") else display_phone(e164)


#: How owners introduce their business's name, in the bot's languages ("Mein Laden heißt
#: …", "dükkanın adı …", "tiệm tôi tên là …", "моя фірма називається …", "اسم المطعم …",
#: "my company is called …"): stored with the name before, the advisor's card read
#: "Business name: Mein Laden heißt Kaya Döner". A word before "heißt", "adı", "is called"
#: is needed: a name may begin with such a word ("Adı Yok Döner"). A word for the
#: business alone only before a colon, as a form is filled ("Firma: Döner Palast").
_COMPANY_INTRO = re.compile(
    r"^(?:"
    r"(?:\w+\s+){1,3}?(?:hei(?:ß|ss)t|hei(?:ß|ss)en)"
    r"|(?:[\w'’]+\s+){0,3}?name\s+(?:ist|lautet)"
    r"|(?:[\w'’]+\s+){1,3}?(?:is|are)\s+(?:called|named)|(?:[\w'’]+\s+){1,3}?['’]s\s+called"
    # "it's called", with or without its apostrophe (a phone keyboard may drop it).
    r"|it['’]?s\s+(?:called|named)"
    r"|(?:[\w'’]+\s+){0,3}?name(?:\s+is|['’]s)"
    r"|\S+\s+(?:\S+\s+)?(?:adı|ismi)"
    r"|(?:\S+\s+){0,4}?(?:có\s+)?tên(?:\s+\S+){0,2}?\s+là"
    # Without "là", after the business's word ("Tiệm của tôi tên …"); with or without
    # the accents a phone keyboard may lack ("tiem toi ten la …").
    r"|(?:ti[eệ]m|qu[aá]n|c[oô]ng\s+ty|c[uử]a\s+h[aà]ng|nh[aà]\s+h[aà]ng)(?:\s+\S+){0,2}?"
    r"\s+t[eê]n(?:\s+l[aà](?=\s))?"
    # Ukrainian leaves "it" out ("Називається «Смачно»"): no word before is needed.
    r"|(?:\S+\s+){0,3}?(?:називається|називаємося|називаємось|зветься|має назву|называется)"
    r"|(?:назва|название)(?:\s+\S+){0,2}?(?=\s*[:—–-])"
    # The business's name named as such ("Firmenname ist …", "der Betriebsname: …", "назва
    # фірми …", "назва магазину …"): a note on the summary before, the old name sent.
    r"|(?:[\w'’]+\s+){0,2}?(?:firmen|betriebs|laden|geschäfts|unternehmens)name"
    r"(?:\s+(?:ist|lautet)|\s*:)"
    r"|(?:назва|название)\s+(?:фірми|компанії|підприємства|магазину|салону|ресторану|кафе"
    r"|бізнесу|майстерні|перукарні|пекарні|СТО|фирмы|компании|магазина)(?:\s*[:—–-]|\s+це)?"
    r"|(?:\S+\s+)?(?:اسمه|اسمها|اسمو|إسمه|إسمها)|(?:اسم|إسم)\s+\S+"
    # "This is the company …", a word for the business after it ("Das ist die Firma
    # Kaya Döner", "we are the restaurant …", "Це фірма …", "đây là tiệm …"), and the
    # Turkish "this place is" ("Burası Kaya Döner"): stored whole before.
    r"|(?:das\s+ist|hier\s+ist|wir\s+sind)\s+(?:die|der|das|unsere?|mein(?:e)?)\s+"
    r"(?:firma|betrieb|laden|restaurant|imbiss|salon|bäckerei|werkstatt|geschäft)"
    r"|(?:this\s+is|we\s+are|here\s+is)\s+(?:the|our|my)\s+"
    r"(?:company|business|shop|restaurant|salon|bakery|garage|store)"
    r"|burası|(?:це|ми)\s+(?:фірма|компанія|підприємство)"
    r"|đây\s+là\s+(?:tiệm|quán|công\s+ty|cửa\s+hàng|nhà\s+hàng)"
    # "We are …" with the name ("Wir sind die Kaya Döner GmbH", "We're Kaya Döner"), not
    # a kind ("Wir sind ein Imbiss") nor "Wir sind noch in Gründung"; "our company …" in
    # Turkish ("Şirketimiz Kaya Döner"), not "… var", "… yok"; "Tiệm em là …" (my shop is).
    r"|(?:wir\s+sind|we\s+are|we['’]?re)(?:\s+(?:die|der|das|the))?"
    r"(?!\s+(?:ein|eine|einer|a|an|noch|still)\s)"
    r"|(?:şirketimiz|firmamız|işletmemiz|dükkanımız|şirketim|firmam|işletmem|dükkanım)"
    r"(?!\s+(?:var|yok)\b)"
    r"|(?:ti[eệ]m|qu[aá]n|c[uử]a\s+h[aà]ng|nh[aà]\s+h[aà]ng)\s+(?:em|tôi|toi|mình|minh"
    r"|của\s+(?:em|tôi|toi|mình|minh))\s+l[aà]"
    # "Наша фірма — …", "Unsere Firma: …": "our" and a word for the business, a dash or
    # a colon after.
    r"|(?:unsere?|mein(?:e)?|our|my|наша|моя|наш|мій)\s+(?:firma|betrieb|laden|company"
    r"|business|shop|фірма|компанія|підприємство)(?=\s*[:—–-])"
    # A form's field, a word for the business and a colon ("Firma: Döner Palast").
    r"|(?:name\s+des\s+betriebs|betriebsname|firmenname|firma|betrieb|unternehmen|name"
    r"|(?:company|business)(?:\s+name)?|şirket|işletme|dükkan|tên\s+tiệm|tên\s+công\s+ty"
    r"|tiệm|công\s+ty|фірма|підприємство|компанія|الشركة|شركة|المحل|محل)(?=\s*:)"
    r")(?:\s*[:—–-]\s*|\s+)",
    re.IGNORECASE,
)
#: Quotes around a name given after its introduction ("Mein Laden heißt „Kaya Döner“").
NAME_QUOTES = " \"'„“”«»‚‘’"


def _unquoted(name: str) -> str:
    """``name`` without the quotes around it ("„Kaya Döner“"); quotes inside it stay, both
    ("Манікюрний салон «Олена»" lost its closing quote and kept its opening one)."""
    name = name.strip()
    return name.strip(NAME_QUOTES) if name[:1] in NAME_QUOTES else name


def company_intro(text: str) -> str | None:
    """The words that introduce a business name in ``text`` ("Mein Laden heißt "), or
    None where nothing introduces one."""
    found = _COMPANY_INTRO.match(text)
    return None if found is None else found.group(0)


def parse_company(text: str) -> str | None:
    """A business name: two to MAX_NAME characters with a letter or a digit ("2B Bau"),
    without the words that introduce it ("Mein Laden heißt …")."""
    named = _unquoted(_COMPANY_INTRO.sub("", text, count=1))
    if named != text and len(named) >= 2:
        text = named
    return text if 2 <= len(text) <= MAX_NAME and any(c.isalnum() for c in text) else None


#: The longest short free answer (what a callback is about).
MAX_SHORT_TEXT = 1000


def parse_short_text(text: str) -> str | None:
    """A short free answer, e.g. what a callback is about: at most MAX_SHORT_TEXT characters."""
    return text if 2 <= len(text) <= MAX_SHORT_TEXT else None
