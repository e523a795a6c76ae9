"""Other words for the way of the talk ("How would you like to talk with the advisor?"):
in person ("persönlich", "yüz yüze", "особисто", "trực tiếp", "شخصيًا", a visit) is the office,
or, where a business is asked and advisors also come to it, which of the two is asked;
in writing ("Telegram", "hier im Chat") no button offers, so the words go to the advisor
and a button is asked for; WhatsApp calls and writes at the phone number: "By phone", the
words kept (a call on it too: "whatsapp call pls", "WhatsApp Anruf"); a video app ("Zoom
geht", "Skype") is the video call, the app named kept for the advisor. "Please tap one of
the buttons below" dropped them. In person said on the summary asks the question again.
Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.moves import edit
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.ruled_out import beside_the_ruled_out
from bot.dialogue.said import QUESTION_MARK, tap_keeping_words
from bot.dialogue.said_business import ASK_WHICH
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import WHATSAPP_NAMED, phrase, without_politeness
from bot.flows.answers import option_label
from bot.flows.contact import MEETING, WHATSAPP
from bot.flows.navigation import ADDING, Code, ScreenId
from bot.i18n import translator
from bot.negation import says_not

#: "In person" in the bot's languages (and Russian), as phrase() writes it, whole.
_IN_PERSON = frozenset(
    phrase(said)
    for said in (
        *("persönlich", "vor ort", "persönlich treffen", "in person", "face to face"),
        *("personally", "meet in person", "yüz yüze", "bizzat", "şahsen", "yüz yüze görüşme"),
        *("yüz yüze görüşelim", "yüz yüze görüşmek", "yüz yüze görüşmek istiyorum"),
        *("особисто", "наживо", "очно", "лично", "особиста зустріч"),
        *("зустрітися особисто", "особисто зустрітися", "зустріч особисто"),
        *("trực tiếp", "gặp trực tiếp", "gặp mặt", "gặp mặt trực tiếp"),
        *("شخصيا", "شخصيًا", "وجها لوجه", "وجهًا لوجه", "حضوريا", "حضوريًا"),
        # A visit, which names no place either ("vorbeikommen" was kept, the way asked);
        # where a business is asked, its button's words read it first (the advisor asked
        # to come by: flows.contact.MEETING).
        *("vorbeikommen", "besuch", "ein besuch", "treffen", "visit", "a visit", "meet"),
        *("ziyaret", "ziyaret edin", "زيارة", "زياره", "لقاء"),
        *("візит", "зустріч", "зустрітися", "визит", "встреча", "đến gặp", "gặp"),
    )
)
#: A preference said before the way ("am besten persönlich", "краще особисто", "الأفضل
#: شخصيا"), as phrase() writes it: the way is what follows. ("Please tap one of the
#: buttons below" before, "persönlich" alone asked which place.)
_PREFERRING = sorted(
    (
        phrase(said)
        for said in (
            *("am besten", "eher", "besser", "ideally", "rather", "best", "tercihen"),
            *("daha iyi", "краще", "найкраще", "tốt nhất là", "tốt nhất", "tốt hơn là"),
            *("الأفضل", "الافضل", "أفضل", "افضل", "يفضل"),
            # A wish said before the way ("em muốn gặp trực tiếp", "ich möchte persönlich").
            *("ich möchte", "ich will", "i want", "i would like", "i'd like", "em muốn"),
            *("tôi muốn", "mình muốn", "хочу", "я хочу", "أريد", "بدي", "اريد"),
            *("i want to", "i would like to", "i'd like to", "mümkünse", "wenn möglich"),
            *("if possible", "якщо можна", "nếu được", "إذا ممكن"),
        )
    ),
    key=len,
    reverse=True,
)


#: A wish said after the way ("yüz yüze olsun": face to face, please; "persönlich wäre
#: gut", "شخصيا أفضل"), as phrase() writes it: the way is what precedes. ("yüz yüze olsun"
#: was a note for the advisor, the way not taken.)
_WISHED_AFTER = sorted(
    (
        phrase(said)
        for said in (
            *("olsun", "olsa", "olsa iyi olur", "olursa iyi olur", "isterim", "tercih ederim"),
            *("daha iyi", "wäre gut", "wäre besser", "ist besser", "wäre mir", "wäre schön"),
            *("wenn möglich", "falls möglich", "mümkünse", "eğer mümkünse", "nếu được"),
            *("nếu có thể", "إذا ممكن", "اذا ممكن", "إن أمكن", "по можливості"),
            *("would be good", "would be better", "is better", "if possible", "preferred"),
            *("буде краще", "було б краще", "краще", "якщо можна"),
            *("thì tốt hơn", "thì tốt", "là tốt nhất", "đi", "thì hay hơn"),
            *("أفضل", "افضل", "أحسن", "احسن", "يكون أفضل", "يكون احسن", "لو ممكن"),
        )
    ),
    key=len,
    reverse=True,
)


def _without_preference(said: str) -> str:
    """``said`` (as phrase() writes it) without a preference before its words, or a wish
    after them."""
    for preferring in _PREFERRING:
        if said.startswith(preferring + " "):
            said = said[len(preferring) + 1 :]
            break
    for wished in _WISHED_AFTER:
        if said.endswith(" " + wished):
            return said[: -len(wished) - 1]
    return said


#: A written way no button offers, as phrase() writes it, whole.
_IN_WRITING = frozenset(
    phrase(said)
    for said in (
        *("whatsapp", "per whatsapp", "über whatsapp", "telegram", "hier im chat", "im chat"),
        *("hier", "schreiben", "per nachricht", "nachricht", "sms", "per sms", "chat"),
        *("by whatsapp", "on whatsapp", "here in the chat", "in writing", "text me", "message"),
        *("whatsapptan", "whatsapp ile", "mesaj", "mesajla", "yazılı", "buradan yazın"),
        *("вотсап", "ватсап", "у вотсапі", "телеграм", "у телеграмі", "тут у чаті"),
        *("повідомленням", "письмово", "nhắn tin", "qua whatsapp", "qua zalo"),
        *("zalo", "viết tin nhắn", "واتساب", "واتس", "عبر الواتساب", "تلغرام", "رسالة", "كتابيا"),
        # Levantine "on WhatsApp" ("عالواتس": a note before, the buttons asked for).
        *("عالواتس", "عالواتساب", "ع الواتس", "على الواتس", "على الواتساب", "بالواتس"),
        # Viber calls and writes at the phone number as WhatsApp does.
        *("viber", "per viber", "über viber", "on viber", "by viber", "вайбер", "по вайберу"),
        *("у вайбері", "в вайбері", "viberdan", "viber ile", "qua viber", "فايبر"),
    )
)
#: Viber named, as phrase() writes it: like WhatsApp, "By phone" (not at the WhatsApp
#: question, which asks for WhatsApp itself).
_VIBER_NAMED = re.compile("|".join(phrase(name) for name in ("viber", "вайбер", "فايبر")))

#: Video call apps, as phrase() writes them, a word of the answer ("Zoom geht", "per
#: Skype", "через скайп", "سكايب"): the video call. ("Meet" alone is English "meet".)
_VIDEO_APPS = frozenset(
    phrase(app)
    for app in (
        *("zoom", "skype", "teams", "webex", "jitsi", "facetime", "зум", "скайп", "тімс"),
        *("тимс", "زووم", "زوم", "سكايب", "سكايبي", "تيمز"),
    )
)
#: The most words an app is named in as the answer ("Zoom geht auch gut"); more are a
#: message that may name one in passing.
_APP_WORDS = 5


def meeting_in_words(state: State, text: str, ctx: Context, result: Result) -> bool:
    """In person, or in writing, said where the way of the talk is asked."""
    if state.screen != ScreenId.QUESTION.of(MEETING.key):
        return False
    said = _without_preference(without_politeness(phrase(text)))
    calls_the_number = WHATSAPP_NAMED.search(said) or _VIBER_NAMED.search(said)
    if said in _IN_WRITING and calls_the_number and _by_phone(state, text, ctx, result):
        return True
    if whatsapp_call(state, said) and _by_phone(state, text, ctx, result):
        # "whatsapp call pls 📞", "whatsapp arama": "Please tap one of the buttons below".
        return True
    if said in _IN_WRITING:
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE)
        return True
    if names_a_video_app(text):
        video = next(each for each in MEETING.options if each.code == "video")
        return tap_keeping_words(state, video, text, ctx, result)
    if said not in _IN_PERSON:
        return False
    t, offered = translator(state.lang or "de"), codes_of(state)
    met = {
        option.code: option_label(option, t)
        for option in MEETING.options
        if option.code in ("office", "business") and Code.OPTION.of(option.code) in offered
    }
    if len(met) == 2:
        # Advisors also come to a business: which of the two places.
        result.notify(ASK_WHICH, first=met["office"], second=met["business"])
        return True
    if "office" not in met:
        return False
    tap(state, Code.OPTION.of("office"), ctx, result)
    return True


def in_person_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """In person said on the summary ("lieber persönlich", "nicht am Telefon, lieber
    persönlich", "yüz yüze", "شخصيا"): the way of the talk asked again as its question
    asks it (office or business), as if its ✏️ had been tapped. A note before, while "By
    phone" was sent."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers:
        return False
    if MEETING.key not in state.answers or QUESTION_MARK.search(text):
        return False
    # "nicht am Telefon, lieber persönlich": the way beside the one ruled out.
    said = beside_the_ruled_out(text) or text
    if _without_preference(without_politeness(phrase(said))) not in _IN_PERSON:
        return False
    history, editing = list(state.history), state.editing
    edit(state, MEETING.key)
    if meeting_in_words(state, said, ctx, result):
        return True
    # No place to meet in person offered: the summary stays.
    state.screen, state.history, state.editing = ScreenId.SUMMARY, history, editing
    return False


def names_a_video_app(text: str) -> bool:
    """Whether ``text`` names a video app as the way to talk ("Zoom geht", "lieber per
    Zoom"), without a "not" and not as a question ("Geht auch Zoom?")."""
    words = without_politeness(phrase(text)).split()
    return (
        not QUESTION_MARK.search(text)
        and 0 < len(words) <= _APP_WORDS
        and any(word in _VIDEO_APPS for word in words)
        and not says_not(words)
    )


#: Words that join WhatsApp to a call ("call me on WhatsApp", "дзвінок у вотсап"), as
#: phrase() writes them.
_JOINING = frozenset(
    phrase(word)
    for word in (
        *("per", "über", "via", "on", "over", "by", "with", "auf", "mit", "in", "an"),
        *("ile", "üzerinden", "у", "в", "через", "по", "qua", "bằng", "عبر", "على", "ع"),
    )
)

#: A call's words the phone's own list leaves out, as they stand beside WhatsApp (Turkish
#: "arama" alone is no phone: "görüntülü arama" is a video call).
_CALL_WORDS = frozenset(phrase(word) for word in ("arama", "sesli", "voice", "audio", "голосовий"))


def whatsapp_call(state: State, said: str) -> bool:
    """Whether ``said`` (as phrase() writes it) is a call on WhatsApp and nothing else:
    WhatsApp named beside the phone's own words only ("whatsapp call", "WhatsApp Anruf",
    "whatsapp arama", "gọi whatsapp")."""
    words = said.split()
    if not any(WHATSAPP_NAMED.search(word) for word in words):
        return False
    phone = next(option for option in MEETING.options if option.code == "phone")
    assert phone.said is not None  # declared in bot.flows.contact
    own, german = translator(state.lang or "de"), translator("de")
    listed = f"{own.gettext(phone.said)},{german.gettext(phone.said)}"
    calling = {word for each in listed.split(",") for word in phrase(each).split()} | _CALL_WORDS
    rest = [word for word in words if not WHATSAPP_NAMED.search(word) and word not in _JOINING]
    return bool(rest) and all(word in calling for word in rest)


#: A yes before the call wished where WhatsApp is asked ("yes, whatsapp call"), as
#: phrase() writes it.
_YES = frozenset(
    phrase(word)
    for word in ("ja", "yes", "evet", "так", "có", "vâng", "dạ", "نعم", "ok", "okay", "tamam")
)


def whatsapp_call_at_its_question(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A call on WhatsApp wished where WhatsApp is asked ("whatsapp call pls 📞", "ja,
    WhatsApp Anruf", "whatsapp arama"): the yes, and "By phone" where the way to talk is
    asked next, both told and the words kept. Before, a note, and WhatsApp asked again."""
    if state.screen != ScreenId.QUESTION.of(WHATSAPP.key):
        return False
    said = " ".join(word for word in without_politeness(phrase(text)).split() if word not in _YES)
    yes = Code.OPTION.of("yes")
    if not whatsapp_call(state, said) or yes not in codes_of(state):
        return False
    t = translator(state.lang or "de")
    trial = state.copy()
    tap(trial, yes, ctx, Result(trial))
    by_phone = Code.OPTION.of("phone")
    phone_next = trial.screen == ScreenId.QUESTION.of(MEETING.key) and by_phone in codes_of(trial)
    labels = {
        option.code: option_label(option, t)
        for option in (*WHATSAPP.options, *MEETING.options)
        if option.code in ("yes", "phone")
    }
    if phone_next:
        kept = typed.keep_for_advisor(
            text, ctx, result, typed.KEPT_WITH_ANSWERS, first=labels["yes"], second=labels["phone"]
        )
    else:
        kept = typed.keep_for_advisor(
            text, ctx, result, typed.KEPT_WITH_ANSWER, choice=labels["yes"]
        )
    if kept:
        tap(state, yes, ctx, result)
        if phone_next:
            tap(state, by_phone, ctx, result)
    return True


def _by_phone(state: State, text: str, ctx: Context, result: Result) -> bool:
    """WhatsApp named as the way of the talk ("per WhatsApp"): it calls and writes at the
    phone number, so "By phone" where it is offered, the words for the advisor ("Please
    tap one of the buttons below" after them before)."""
    phone = next(option for option in MEETING.options if option.code == "phone")
    return tap_keeping_words(state, phone, text, ctx, result)
