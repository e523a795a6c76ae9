"""E-mail wished as the way to be reached, typed on the summary ("lieber per E-Mail",
"e-posta ile", "by email please", "по імейлу", "qua email", "بالإيميل"). Before, the words
were noted for the advisor with "Please tap one of the buttons below", and nothing told
whether an e-mail would come. Where the phone question offers "E-mail instead of phone"
(the web chat), that answer is taken, as its tap; elsewhere no answer says it: the wish is
kept for the advisor and the person told just that, and asked for the address where none
was given. Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.moves import edit
from bot.dialogue.press import tap
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import CHANGED_ANSWER
from bot.dialogue.typed_words import OR_WORDS, phrase
from bot.flows.answers import option_label
from bot.flows.contact import BY_EMAIL, EMAIL, PHONE, as_asked
from bot.flows.model import FreeText
from bot.flows.navigation import ADDING, Code, ScreenId, find_question, flow_named
from bot.i18n import N_, translator
from bot.negation import says_not

#: Told where no answer says "by e-mail" and the address is known.
EMAIL_WISH_NOTED = N_(
    "Thank you, we have noted for the advisor that you would like to be contacted by "
    "e-mail. Please check your details and send your request."
)
#: Told where no answer says "by e-mail" and no address was given: its question follows.
EMAIL_WISH_ASK = N_(
    "Thank you, we have noted for the advisor that you would like to be contacted by "
    "e-mail. Please write your e-mail address below."
)

#: A word for e-mail, as phrase() writes it ("e mail", "e posta ile", "імеилу",
#: "بالايميل", "електронною поштою"); "поштовий індекс" (postal code) is none.
_MAIL = re.compile(
    r"(?:^| )(?:e ?mails?|mail(?:s|den|le|ile)?|e ?posta(?:yla|dan|ya)?|eposta\w*"
    r"|[іи]м[еє][иі]л\w*|[еє]м[еє][иі]л\w*|ел(?:ектрон\w*)? пошт(?:ою|і|у|а)"
    r"|(?:بال|ال|ب)?[اإ]?يميل|(?:بال|ال)?بريد(?: \w+)?)"
    r"(?= |$)"
)
#: Words about the address rather than the way ("E-Mail-Adresse ändern", "Mail ist
#: falsch"): its ✏️ (bot.dialogue.edit_asked), or a note.
_ADDRESS = frozenset(
    phrase(word)
    for word in (
        *("adresse", "address", "adresi", "адреса", "адресу", "địa", "chỉ", "عنوان"),
        *("ändern", "falsch", "change", "wrong", "yanlış", "değiştir", "змінити", "sai"),
    )
)
#: The most words of such a wish ("lieber per E-Mail, bitte"); more is a message.
_MOST_WORDS = 5


def wishes_email(text: str) -> bool:
    """Whether ``text`` asks, in a few words, to be reached by e-mail (no address in it,
    no question, no "not")."""
    if "@" in text or "?" in text or any(c.isdigit() for c in text):
        return False
    said = phrase(text)
    words = said.split()
    if len(words) > _MOST_WORDS or says_not(words) or set(words) & (_ADDRESS | OR_WORDS):
        # "per Mail oder Telefon": either way, for the advisor.
        return False
    return _MAIL.search(said) is not None


def email_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """E-mail wished on the summary: "E-mail instead of phone" taken where the phone
    question offers it, else the wish kept for the advisor (and the address asked)."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers or not wishes_email(text):
        return False
    flow = flow_named(state.flow)
    if find_question(flow, PHONE.key) is None:
        return False
    phone = as_asked(PHONE, ctx.channel, state.answers)
    offered = isinstance(phone, FreeText) and phone.alternative == BY_EMAIL
    if offered and state.answers.get(PHONE.key) != BY_EMAIL.code:
        # The web chat: the tap on ✏️ Phone, then on "E-mail instead of phone", told.
        t = translator(state.lang or "de")
        answer = option_label(BY_EMAIL, t)
        result.notify(CHANGED_ANSWER, question=t.gettext(PHONE.label), answer=answer)
        edit(state, PHONE.key)
        tap(state, Code.ALTERNATIVE.of(BY_EMAIL.code), ctx, result)
        return True
    if state.answers.get(EMAIL.key) or find_question(flow, EMAIL.key) is None:
        typed.keep_for_advisor(text, ctx, result, EMAIL_WISH_NOTED)
        return True
    if typed.keep_for_advisor(text, ctx, result, EMAIL_WISH_ASK):
        edit(state, EMAIL.key)
    return True
