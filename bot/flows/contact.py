"""The contact part that every lead dialogue ends with, after consent.

On the web there is no chat an advisor could write in later: the phone question offers
e-mail instead, and whoever takes it must give an e-mail address (:func:`as_asked`).
"""

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from bot.flows.model import (
    AnswerIn,
    Choice,
    ForBusiness,
    FreeText,
    MobileNumber,
    NotLatin,
    Option,
    Question,
)
from bot.i18n import LANGUAGES, N_, NATIVE_NAMES
from bot.validation import (
    INCOMPLETE,
    MAX_NAME,
    TOO_MANY_DIGITS,
    TWO_NUMBERS,
    begins_a_number,
    carries_detail,
    display_phone,
    parse_email,
    parse_latin_name,
    parse_person_name,
    parse_phone,
    phone_fault,
)

#: The phone question's button: the advisor writes in Telegram instead of calling.
TELEGRAM = Option("tg", N_("Contact me here in Telegram"))
#: The web's phone question's button: no phone, an e-mail address instead.
BY_EMAIL = Option("mail", N_("E-mail instead of phone"))

#: Told when a name is typed with digits or an e-mail address ("Ayşe 0176 123").
NAME_ONLY = N_("Please write only your name here, without a phone number or e-mail address.")

NAME = FreeText(
    key="name",
    prompt=N_("What is your name?"),
    label=N_("Name"),
    parse=parse_person_name,
    longest=MAX_NAME,
    error=N_("Please write your name (at least two letters)."),
    explain=lambda text: NAME_ONLY if carries_detail(text) or begins_a_number(text) else None,
    # "Олена Коваленко / Olena Kovalenko" typed at once fills the Latin spelling too.
    spelling="name_latin",
    field="name",
)

NAME_LATIN = FreeText(
    key="name_latin",
    prompt=N_("Please also write your name in Latin letters, as in your passport. Or tap “Skip”."),
    label=N_("Name in Latin letters"),
    # The same script again ("أحمد" for "أحمد") tells the advisor nothing new.
    parse=parse_latin_name,
    longest=MAX_NAME,
    error=N_("Please write your name in Latin letters (A–Z), as in your passport. Or tap “Skip”."),
    alternative=Option("skip", N_("Skip")),
    optional=True,
    # A name too: typed in the web chat's box for one's own words, a laptop underlined
    # "Olena Kovalenko" red, and a phone's autocorrect could change it.
    field="name",
    # Offered on the summary, with a line asking for it, when the name is written in another
    # script (Arabic, Cyrillic ...): one step less on the way to a lead (issue 14, at most
    # 16 taps), and the advisor still learns the passport spelling whenever it is given.
    when=NotLatin(NAME.key),
    ask=False,
)

#: What is wrong with digits typed as a phone number (bot.validation.phone_fault).
_PHONE_FAULTS = {
    INCOMPLETE: N_(
        "This phone number seems to be incomplete, or a digit is wrong. Please check it."
    ),
    TOO_MANY_DIGITS: N_("This phone number has too many digits. Please check it."),
    TWO_NUMBERS: N_("Please write only one phone number: the one we should call."),
}

PHONE = FreeText(
    key="phone",
    prompt=N_(
        "What phone number can we call you on? Or tap the button, and we will write to you here."
    ),
    label=N_("Phone"),
    parse=parse_phone,
    error=N_(
        "This does not look like a phone number. Please write it with the area code, "
        "or with +49 or another country code."
    ),
    explain=lambda text: _PHONE_FAULTS.get(phone_fault(text) or ""),
    alternative=TELEGRAM,
    display=display_phone,
    accepts_contact=True,
    field="tel",
)

WHATSAPP = Choice(
    key="whatsapp",
    prompt=N_("May we also write to you on WhatsApp at this number?"),
    label=N_("WhatsApp"),
    options=(Option("yes", N_("Yes")), Option("no", N_("No"))),
    columns=2,
    # Only for a typed number that may be a mobile: not for a landline, nor for "contact
    # me here in Telegram" or "by e-mail".
    when=MobileNumber(PHONE.key),
)

EMAIL = FreeText(
    key="email",
    prompt=N_("Would you like to give us your e-mail address too? This is optional."),
    label=N_("E-mail"),
    parse=parse_email,
    error=N_("This e-mail address does not look right. Please check it, or tap “Skip”."),
    alternative=Option("skip", N_("Skip")),
    optional=True,
    # Offered on the summary: an advisor reaches people by phone or Telegram ...
    ask=False,
    # ... but asked right after the web's "E-mail instead of phone": the only way back.
    ask_when=AnswerIn(PHONE.key, frozenset({BY_EMAIL.code})),
    field="email",
)

MEETING = Choice(
    key="meeting",
    prompt=N_("How would you like to talk with the advisor?"),
    label=N_("Meeting"),
    options=(
        # Not offered on the web to whoever chose "e-mail instead of phone". (In Telegram,
        # "write to me here" still lets an advisor call through Telegram.)
        Option(
            "phone",
            N_("By phone"),
            when=AnswerIn(PHONE.key, frozenset({BY_EMAIL.code}), negate=True),
            said=N_(
                "phone, by phone, telephone, call, call me, call me back, give me a call, "
                "ring me, phone me, phone call, please call, pls call"
            ),
        ),
        Option("video", N_("Video call"), said=N_("video, video call, online, zoom")),
        Option(
            "office",
            N_("At the KAUSA office"),
            said=N_("office, in the office, at the office, I come to the office"),
        ),
        # Advisors visit businesses (the mobile offer); people come to the office.
        Option(
            "business",
            N_("At my business"),
            when=ForBusiness(),
            said=N_(
                "in my business, at my restaurant, at my shop, come to me, visit me, come to "
                "my shop, come to my restaurant, come to my business, at my salon, come to my "
                "salon, at my workshop, at my garage, come to us, come to my garage, come to "
                "my workshop, visit us, at our shop, come to my place, at the shop, at the "
                "restaurant, at the business, at the salon, at the workshop, at the garage, "
                "come to the shop, come to the restaurant, come to the business, at my place, "
                "at our place, visit my restaurant, visit my shop, visit my business, visit my "
                "salon, visit my workshop, visit my garage, visit our restaurant, visit our "
                "shop, please come by, please drop by, please stop by, come by, drop by, stop "
                "by, come over, come by my shop, come by my restaurant, come by my business, "
                "come by my salon, come by my workshop, come by my garage, in my restaurant, "
                "in my shop, in my salon, in my workshop, in my garage, in our restaurant, in "
                "our shop, in our salon, in our workshop"
            ),
        ),
    ),
    columns=2,
)

TIME = Choice(
    key="time",
    prompt=N_(
        "When would you prefer us to contact you (Monday to Friday)? "
        "This is your wish; it is not our office hours."
    ),
    label=N_("Best time"),
    options=(
        # What people type instead of tapping ("abends", "egal"), in their own words.
        Option(
            "morning",
            N_("Morning"),
            hours=(8, 12),
            said=N_("morning, mornings, in the morning, before noon"),
        ),
        Option(
            "afternoon",
            N_("Afternoon"),
            hours=(12, 17),
            # "After school" too, as a young person says it ("nach der Schule", "okuldan
            # sonra": "Please tap one of the buttons below", the words dropped).
            said=N_("afternoon, afternoons, in the afternoon, after school"),
        ),
        Option(
            "evening",
            N_("Early evening"),
            hours=(17, 19),
            said=N_("evening, evenings, in the evening, after work, from 5 pm"),
        ),
        Option("any", N_("Any time"), said=N_("any, anytime, whenever, it doesn't matter")),
    ),
)

CALLBACK_LANGUAGE = Choice(
    key="callback_lang",
    prompt=N_("Which language do you prefer for the conversation with the advisor?"),
    label=N_("Preferred language"),
    # Native names are not translated: people look for their own language's name.
    options=tuple(Option(lang, NATIVE_NAMES[lang]) for lang in LANGUAGES),
    columns=2,
    # Offered on the summary; the lead takes the bot's language when it stays unanswered.
    ask=False,
)

CONTACT_QUESTIONS = (
    NAME,
    NAME_LATIN,
    PHONE,
    WHATSAPP,
    EMAIL,
    MEETING,
    TIME,
    CALLBACK_LANGUAGE,
)

#: Channels where the person has no chat with the bot to be written to later.
WITHOUT_CHAT = frozenset({"web"})
WEB_PHONE = replace(
    PHONE,
    prompt=N_("What phone number can we call you on? If you prefer e-mail, tap the button."),
    alternative=BY_EMAIL,
)
#: E-mail as the only way to reach the person: required, no "Skip" (nor in its error:
#: QA, 2026-12-04, "or tap Skip" under a question without that button).
EMAIL_ONLY = replace(
    EMAIL,
    prompt=N_("What is your e-mail address? An advisor will write to you there."),
    error=N_("This e-mail address does not look right. Please check it."),
    alternative=None,
    optional=False,
)


def as_asked(question: Question, channel: str | None, answers: Mapping[str, Any]) -> Question:
    """The contact question as this channel asks it, given the answers so far."""
    if channel not in WITHOUT_CHAT:
        return question
    if question is PHONE:
        return WEB_PHONE
    if question is EMAIL and answers.get(PHONE.key) == BY_EMAIL.code:
        return EMAIL_ONLY
    return question
