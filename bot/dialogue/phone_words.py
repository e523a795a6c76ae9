"""Words typed at the phone question that choose its other way ("telegramdan yazın",
"напишіть у телеграм", "ich habe kein Handy", "ما عندي رقم"): its button's tap (in
Telegram "Contact me here in Telegram", on the web "E-mail instead of phone"). Before,
"This does not look like a phone number" was told. Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.moves import edit
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.questions import current_question
from bot.dialogue.said_young import CHANGED_ANSWER, NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import CHANGED_ANSWER_KEPT
from bot.dialogue.typed_words import WHATSAPP_NAMED, phrase
from bot.flows.contact import MEETING, PHONE, TELEGRAM, as_asked
from bot.flows.model import FreeText
from bot.flows.navigation import ADDING, Code, ScreenId, find_question, flow_named
from bot.i18n import translator

#: Telegram named, as phrase() writes it ("Telegram'dan", "у телеграмі", "تلغرام").
_TELEGRAM = re.compile(r"(?<!\w)(?:telegram\w*|телеграм\w*|тг|تلغرام|تليجرام|تلجرام|تليغرام)(?!\w)")
#: Having no phone or number, as phrase() writes it, in the bot's languages.
_NO_PHONE = tuple(
    phrase(said)
    for said in (
        *("kein telefon", "kein handy", "keine nummer", "keine handynummer", "no phone"),
        *("don't have a phone", "do not have a phone", "no number", "no phone number"),
        *("telefonum yok", "numaram yok", "telefon yok", "cep telefonum yok"),
        *("немає телефону", "нема телефону", "немає номера", "нема номера"),
        *("ما عندي رقم", "ما عندي تلفون", "ما عندي هاتف", "ليس لدي هاتف", "ليس لدي رقم"),
        *("không có số", "không có điện thoại", "không có sđt"),
    )
)


#: "Write to me here" without Telegram's name, as phrase() writes it ("schreib mir hier",
#: "buradan yazın", "напишіть тут", "ابعتولي هون", "nhắn tin ở đây"): this chat is
#: Telegram's, so its button. (On the web no chat stays open to be written in later.)
_HERE = tuple(
    phrase(said)
    for said in (
        *("schreib mir hier", "schreiben sie mir hier", "hier schreiben", "hier im chat"),
        *("schreibt mir hier", "per chat", "write me here", "write to me here", "text me here"),
        *("write here", "writing here", "chat here"),
        *("message me here", "here in the chat", "in this chat", "buradan yazın"),
        *("buradan yaz", "buradan yazabilirsiniz", "buraya yazın", "buradan mesaj"),
        *("напишіть тут", "пишіть тут", "напишіть мені тут", "тут у чаті", "в цьому чаті"),
        *("اكتبوا لي هنا", "اكتب لي هنا", "راسلوني هنا", "ابعتولي هون", "ابعتلي هون"),
        *("اكتبولي هون", "اكتبلي هون", "nhắn ở đây", "nhắn tin ở đây", "nhắn cho em ở đây"),
        "nhắn cho tôi ở đây",
        *("пишіть сюди", "напишіть сюди", "напишіть мені сюди", "buradan yazışalım"),
        *("nhắn qua đây", "nhắn vào đây", "راسلوني هون", "هون بالشات"),
        *("schreiben sie mir lieber hier", "schreib mir lieber hier"),
    )
)


#: The meeting question's "By phone".
BY_PHONE = "phone"


def phone_declined(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Telegram named, or no phone said, without a digit at the phone question: the
    question's other button, and the person told which answer was noted."""
    if state.screen != ScreenId.QUESTION.of(PHONE.key) or any(c.isdigit() for c in text):
        return False
    said = f" {phrase(text)} "
    telegram = bool(_TELEGRAM.search(said)) or any(f" {each} " in said for each in _HERE)
    if not (telegram or any(f" {each} " in said for each in _NO_PHONE)):
        return False
    question = current_question(state)
    if not isinstance(question, FreeText) or question.alternative is None:
        return False
    if telegram and question.alternative.code != TELEGRAM.code:
        # On the web the other button is "E-mail instead of phone": not what was named.
        return False
    code = Code.ALTERNATIVE.of(question.alternative.code)
    if code not in codes_of(state):
        return False
    tap(state, code, ctx, result)
    t = translator(state.lang or "de")
    result.notify(NOTED_ANSWER, choice=t.gettext(question.alternative.label))
    return True


def chat_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Write to me here", Telegram named, on the summary ("kein Telefon, lieber hier
    schreiben", "telefon yok, buradan yazın"): the phone question's "Contact me here in
    Telegram", told as a change. Before, a note while the number was sent to be called
    ("telefon yok" even took "By phone"). Words saying no phone go to the advisor too,
    whose way to meet may have been "By phone"."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers:
        return False
    if any(c.isdigit() for c in text) or state.answers.get(PHONE.key) == TELEGRAM.code:
        return False
    said = f" {phrase(text)} "
    if not (_TELEGRAM.search(said) or any(f" {each} " in said for each in _HERE)):
        return False
    if find_question(flow_named(state.flow), PHONE.key) is None:
        return False
    asked = as_asked(PHONE, ctx.channel, state.answers)
    if not isinstance(asked, FreeText) or asked.alternative != TELEGRAM:
        return False  # the web: no chat stays open to be written in later
    t = translator(state.lang or "de")
    label = t.gettext(TELEGRAM.label)
    edit(state, PHONE.key)
    tap(state, Code.ALTERNATIVE.of(TELEGRAM.code), ctx, result)
    # A talk by phone was chosen: "Gespräch: Am Telefon" under "lieber hier schreiben"
    # had the advisor call. The way to talk is asked again, the words kept for the advisor.
    by_phone = state.answers.get(MEETING.key) == BY_PHONE
    no_phone = any(f" {each} " in said for each in _NO_PHONE)
    if not (no_phone or by_phone) or not typed.keep_for_advisor(
        text, ctx, result, CHANGED_ANSWER_KEPT, question=t.gettext(PHONE.label), answer=label
    ):
        result.notify(CHANGED_ANSWER, question=t.gettext(PHONE.label), answer=label)
    if by_phone and state.screen == ScreenId.SUMMARY:
        edit(state, MEETING.key)
    return True


def whatsapp_without_a_number(state: State, text: str, ctx: Context, result: Result) -> bool:
    """WhatsApp named without a digit at the phone question ("nur whatsapp"): WhatsApp
    needs the number too, so the wish goes to the advisor and the number is asked again
    ("This does not look like a phone number" before, the words dropped)."""
    if state.screen != ScreenId.QUESTION.of(PHONE.key) or any(c.isdigit() for c in text):
        return False
    if not WHATSAPP_NAMED.search(phrase(text)):
        return False
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE_TYPING)
    return True
