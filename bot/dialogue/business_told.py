"""A sentence about the business typed at "What is the name of your business?" ("we
opened last month", "wir haben letzten Monat eröffnet", "geçen ay açtık", "we are still
quite new"): no name. Stored as the name before ("Business name: we opened last
month"); now kept for the advisor and the name asked again. Pure: words in, yes or no out."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import loose, phrase

#: As phrase() writes them, written with their accents (loose() takes them off as
#: phrase() does). Opening or founding said with a verb no name holds, and a first person
#: starting a sentence with a verb ("we are new here", "ich führe …"); not "wir sind" nor
#: "we are" before an article, which introduce a name ("Wir sind die Kaya Döner GmbH").
_TOLD = re.compile(
    loose(
        "|".join(
            (
                # When it opened: "wir haben letzten Monat eröffnet", "seit 2019 geöffnet".
                r"(?:^| )(?:eröffnet|gegründet|aufgemacht|eröffneten|gründeten|machten auf)$",
                r"^(?:seit|vor|letzten|letztes|letzte|im|erst|schon) .*(?:geöffnet|offen)$",
                r"^(?:wir|ich) (?:führen|führe|betreiben|betreibe|verkaufen|verkaufe|machen"
                r"|mache|arbeiten|arbeite) ",
                # "wir sind neu in Leipzig", "ich bin noch ganz neu hier": no name follows.
                r"^(?:wir sind|ich bin) (?:noch |ganz |erst |relativ |sehr )*neu(?: |$)",
                # "we opened last month", "opened in 2024", "I run it with my brother".
                r"(?:^| )(?:opened|founded|started|established) (?:in|last|this|a|an|about"
                r"|only|just|recently|around|two|three|\d+)(?: |$)",
                r"^(?:we|i) (?:opened|founded|started|run|sell|make|work|re|m|ve|have been)(?: |$)",
                r"^(?:we|i) (?:are|am|were|was) (?:new|just|still|open|located|based|since"
                r"|only)(?: |$)",
                # "geçen ay açtık", "2020de kurduk", "iki yıl önce açıldı": a verb, past.
                r"(?:^| )(?:açtık|açtım|açıldı|açıldık|kurduk|kurdum|kuruldu|başladık|başladım)$",
                # "Leipzig'de yeniyiz", "burada yeniyim": new here.
                r"(?:^| )(?:yeniyiz|yeniyim)$",
            )
        )
    )
)


def tells_about_the_business(text: str) -> bool:
    """Whether ``text``, typed for the business's name, is a sentence about the business
    (when it opened, what it is) rather than its name."""
    return _TOLD.search(phrase(text)) is not None
