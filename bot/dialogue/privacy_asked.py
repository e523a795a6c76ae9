"""What is done with one's data, asked at the consent ("was macht ihr mit meinen daten?",
"what do you do with my data?", "verilerimle ne yapıyorsunuz?", "що ви робите з моїми
даними?", "các bạn làm gì với dữ liệu của tôi?", "ماذا تفعلون ببياناتي؟"): the privacy
notice on that very screen answers it, so the person is pointed to it kindly, with what
it says in short, and the question is kept for the advisor as before. Before, only "the
advisor will answer it personally" was said. Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.duration_asked import NOTED_TOO
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.navigation import ScreenId
from bot.i18n import N_

#: Told under the consent's notice, shown above (the question alone is shown again): what
#: it says, in its own words.
NOTICE_ANSWERS = N_(
    "The privacy notice above answers this: we store your details only so that a KAUSA "
    "advisor can contact you and advise you, and we do not pass them on to anyone else. "
    "It also says when we delete them and what your rights are."
)

#: One's data, as phrase() writes it: a word that starts so ("Daten", "verilerimle",
#: "даними", "بياناتي") ...
_DATA_STARTS = ("daten", "data", "veri", "дан", "بيانات", "ببيانات", "معلومات", "بمعلومات")
#: ... and Vietnamese's words for it, written apart.
_DATA_PHRASES = ("du lieu", "thong tin ca nhan")
#: One's own number or details named ("meine Telefonnummer", "my details", "numaram",
#: "мій номер", "số điện thoại của tôi", "رقمي"), as phrase() writes them: also the data
#: the notice is about ("the advisor will answer it personally" before).
_MINE_STARTS = ("numaram", "bilgilerim", "kisisel bilgi")
_MINE = tuple(
    phrase(said)
    for said in (
        *("meine nummer", "meine telefonnummer", "meine handynummer", "meine angaben"),
        *("meine infos", "meine kontaktdaten", "my number", "my phone number", "my details"),
        *("my info", "my information", "my personal", "my contact", "мій номер"),
        *("мою інформацію", "моя інформація", "мої контакти", "số điện thoại của tôi"),
        *("số của tôi", "thông tin của tôi", "sđt của tôi", "رقمي", "رقم تلفوني", "رقم هاتفي"),
        # A young person's or an owner's "em" and "mình" for "my" in Vietnamese.
        *("thông tin của em", "thông tin của mình", "số điện thoại của em", "số của em"),
    )
)


def asks_about_data(text: str) -> bool:
    """Whether ``text`` is a question about one's data ("was macht ihr mit meinen daten?")."""
    said = phrase(text)
    named = any(word.startswith(_DATA_STARTS + _MINE_STARTS) for word in said.split()) or any(
        f" {each} " in f" {said} " for each in _DATA_PHRASES + _MINE
    )
    return named and typed.looks_like_question(text)


def privacy_answered(state: State, text: str, ctx: Context, result: Result) -> bool:
    """At the consent, a question about one's data: pointed to the notice above, the
    question kept for the advisor, and the consent asked again below."""
    if state.screen != ScreenId.CONSENT or not asks_about_data(text):
        return False
    result.notify(NOTICE_ANSWERS)
    typed.keep_for_advisor(text, ctx, result, NOTED_TOO)
    return True
