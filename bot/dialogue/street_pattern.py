"""The pattern of a street and house number written in a sentence ("Hauptstraße 5",
"Am Markt 3", "вул. Гагаріна 5"), apart from bot.dialogue.street_words (which reads an
address at the business name and postal code) so that the readers of clock hours can leave
a house number aside without importing the dialogue's answers. Pure."""

from __future__ import annotations

import re

#: A street and house number typed without a comma around it ("Hauptstraße 5 Leipzig
#: Döner Palast", "Döner Palast Karl-Liebknecht-Str. 20a", "Am Markt 3 Bäckerei Schulz").
#: Only the endings no business name has before a number: "Catering 24", "Getränkemarkt
#: 1", "Pizza Ring 5" are names ("Ring", "Markt" only after "Am", "An der"). As the
#: owner's language writes a street, too ("Kaya Market Atatürk Cad. 5", "СТО Олега вул.
#: Гагаріна 5", "مطعم الشام شارع الجامعة 5", "Tiệm Nail Hoa đường Lê Lợi 20"): stored
#: whole as the name before. A Turkish street's name is taken as the one word before its
#: street word, which is how most are called ("Gül Sokak", "Atatürk Caddesi").
STREET_WORD = re.compile(
    r"(?<!\S)(?:(?:am|an\s+der|an\s+dem)\s+[^\s,]+|[^\s,]*(?:straße|strasse|str\.?|weg"
    r"|platz|allee|gasse|damm|ufer|chaussee)"
    r"|[^\s,]+\s+(?:cad\.|caddesi|cadde|sok\.|sokak|sokağı|sk\.|bulvarı)"
    r"|(?:(?:вул|ул|просп|пров)\.?|вулиця|улица|проспект|провулок|شارع|đường|phố)\s+[^,\d\n]+?)"
    r"\s*\d{1,4}\s*[a-z]?(?![\w/])",
    re.IGNORECASE,
)


#: A clock's word after a number: "am besten 18 Uhr" is an hour, not a street "Am …".
_CLOCK_AFTER = re.compile(r"\s*(?:uhr|h|[ap]\.?m\b|o'?clock|giờ|год)(?!\w)", re.IGNORECASE)


def without_streets(text: str) -> str:
    """``text`` without the street addresses in it ("Kommen Sie in mein Restaurant,
    Eisenbahnstraße 12": the house number is no hour); a number with a clock's word
    after it stays."""
    kept, at = [], 0
    for found in STREET_WORD.finditer(text):
        if not _CLOCK_AFTER.match(text, found.end()):
            kept.append(text[at : found.start()])
            at = found.end()
    return " ".join([*kept, text[at:]])
