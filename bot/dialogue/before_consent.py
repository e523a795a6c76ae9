"""A name, phone number or e-mail address typed on the consent screen ("Ahmad Karimi",
"0176 1234567", "my name is Ahmad"): not kept before the person agrees. It was held as a
message for the advisor, sent with the request as its question, and the name was asked
after consent anyway. Now the person is told kindly that their consent comes first and
that the details are asked right after it; nothing typed is held. Pure: state, text and
context in, the state unchanged."""

from __future__ import annotations

import re

from bot.dialogue.arabic_names import arabic_given_name, arabic_name
from bot.dialogue.given_names import given_name
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import greets, is_filler, not_a_name, says_no, says_yes
from bot.dialogue.whereabouts import names_a_town
from bot.flows.navigation import ScreenId
from bot.i18n import N_
from bot.validation import western_digits

#: Told instead of "we have noted your message" where contact details come before consent.
CONSENT_FIRST = N_(
    "Thank you. Before we can take your name or phone number, we need your consent. "
    "Please tap one of the buttons below; if you agree, we will ask for your details "
    "right after that. We have not saved what you wrote."
)

#: A phone number (six digits and more, with spaces, dashes, slashes or a "+": a postal
#: code has five, and is asked before consent) or an e-mail address.
_CONTACT = re.compile(r"\+?\d(?:[\s\-/()]*\d){5,}|\S@\S+\.\S")
#: A name introduced at the start, in the bot's languages, perhaps after a greeting and
#: its comma ("Ich heiße …", "Hallo, my name is …", "adım …", "мене звати …", "اسمي …",
#: "tên tôi là …"); not "ich bin", "я", "أنا", which also introduce "einverstanden",
#: "згодна", "موافق"; nor "adım" inside words ("bir adım daha": one more step).
_NAME_SAID = re.compile(
    r"^(?:\S+[,!.]\s*)?"
    r"(?:ich hei(?:ß|ss)e|mein name ist|my name is|my name['’]s|benim adım|adım|ismim"
    r"|мене звати|мене звуть|меня зовут|моє ім['’]я|tôi tên là|tên tôi là|em tên là"
    r"|tên em là|mình tên là|اسمي)\s+\S",
    re.IGNORECASE,
)
#: The words of a bare name as people type it: two to four, of letters (a hyphen or an
#: apostrophe inside: "Al-Hassan", "O'Neill").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_WORDS = range(2, 5)


def _capitalised_name(said: str) -> bool:
    """Whether ``said`` is typed as a name in Latin or Cyrillic letters: two to four
    words, each with a capital first ("Ahmad Karimi", "Олена Коваль", "Nguyễn Văn Anh");
    Arabic has no capitals to tell a name from other words."""
    words = said.split()
    return (
        len(words) in _NAME_WORDS
        and all(_NAME_WORD.fullmatch(word) and word[0].isupper() for word in words)
        and not said.isupper()
    )


def gives_contact_details(text: str, lang: str) -> bool:
    """Whether ``text`` gives a phone number, an e-mail address or a name."""
    said = text.strip(" .,!")
    if _CONTACT.search(western_digits(said)) or _NAME_SAID.search(said):
        return True
    if arabic_name(said) and not not_a_name(said, "ar"):
        # "أحمد كريمي": no capitals tell it from a phrase, its given name does (it was held
        # as a question for the advisor).
        return True
    if arabic_given_name(said) or given_name(said):
        # "Олена", "أحمد" alone were held for the advisor before consent ("Олена Коваль"
        # was not).
        return True
    if not _capitalised_name(said) or not_a_name(said, lang):
        return False
    # "Vielen Dank", "Nein Danke", "Так Згодна", "Leipzig Grünau" are capitalised too.
    return not (
        greets(said) is not None
        or is_filler(said)
        or says_yes(said)
        or says_no(said)
        or names_a_town(said)
    )


def details_before_consent(state: State, text: str, ctx: Context, result: Result) -> bool:
    """On the consent screen, contact details typed: told that consent comes first, the
    consent asked again, nothing held for the advisor."""
    if state.screen != ScreenId.CONSENT or not gives_contact_details(text, state.lang or "de"):
        return False
    result.notify(CONSENT_FIRST)
    return True
