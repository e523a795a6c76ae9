"""The dialogue engine: a pure ``step(state, event, ctx) -> Result``.

No I/O, no Telegram types, no clock: everything the engine needs comes in through
:class:`Context`, and everything it wants done (store a lead, erase, export) goes
out in the :class:`Result`, with the new state; :func:`render` turns that state
into a screen. Channels turn their updates into events and screens into
messages; the service layer persists state and stores leads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.dialogue import postal, returning, typed
from bot.dialogue.moves import advance, back, edit, go, home, in_dialogue
from bot.dialogue.pages import COMMON, codes_of, page_of
from bot.dialogue.questions import (
    answer_typed,
    contact_question,
    current_question,
    fits,
)
from bot.dialogue.screens import keyboard, render
from bot.dialogue.state import (
    Command,
    Context,
    Event,
    Location,
    Notice,
    Press,
    Result,
    SharedContact,
    Start,
    State,
    Text,
)
from bot.dialogue.texts import MEDIA_DURING_REQUEST, NO_REQUEST_MEDIA, TOO_LONG, WELCOME
from bot.dialogue.typed_words import (
    after_yes_or_no,
    agrees,
    greets,
    is_filler,
    label_named,
    loose,
    mentions_dont_know,
    names_a_role,
    not_a_name,
    phrase,
    says_dont_know,
    says_more_than_a_year,
    says_no,
    says_send,
    says_yes,
    whatsapp_answer,
    without_politeness,
    written_in,
    year_in,
)
from bot.faq.matcher import privacy_wish, tells_trouble, wish
from bot.flows.answers import option_label
from bot.flows.ask import ASK
from bot.flows.consent import parent_must_agree
from bot.flows.contact import BY_EMAIL, EMAIL, NAME, PHONE, WHATSAPP
from bot.flows.model import (
    NO_POSTAL_CODE,
    POSTAL_KEY,
    Buttons,
    Choice,
    FreeText,
    MultiChoice,
    PostalCode,
    first_start_year,
)
from bot.flows.navigation import (
    ADDING,
    MEDIA_LATER,
    Code,
    ScreenId,
    find_question,
    flow_named,
    split_code,
    split_screen,
)
from bot.flows.young import CHILD, FOR_MY_CHILD, IN_TRAINING, SITUATION, YOUNG
from bot.i18n import N_, negotiate, translator
from bot.negation import NOT, negations, says_not, spelled_not, without_answer_no
from bot.validation import (
    age_in,
    carries_detail,
    clean_text,
    display_phone,
    likely_email,
    name_and_phone,
    parse_phone,
    split_spelling,
    without_name_intro,
    words_beside_email,
    words_beside_phone,
)

__all__ = ["WELCOME", "render", "step"]


def step(state: State, event: Event, ctx: Context) -> Result:
    """Apply one event to a copy of ``state``; never raises for any input."""
    tap = event.digest() if isinstance(event, Press) else None
    if tap is not None and tap == state.taken:
        # The same button on the same message again: the person tapped once more because
        # no answer came yet (a slow restart). Taken as a new step it would make the
        # screen they see stale, and each answer to that another one (issue 15).
        result = Result(state.copy(), repeat=True)
    else:
        result = _step(state, event, ctx)
        # Typed text is never a repeat: the same words twice may well be meant twice.
        result.state.taken = tap
        typed.mark_held(state, result, ctx)
        if result.state.same_content(state):
            # Nothing changed (a stale press, text where a tap is asked, a sticker ...):
            # the step's buttons stay valid. Else a second tap still on its way would make
            # the step the person sees stale in turn (a loop of "earlier message" answers).
            result.state.seq = state.seq
    # A typed question is held, not stored, for as long as the way to an advisor needs it.
    if (
        result.held_question is None
        and ctx.held_question
        and not result.drop_held
        and typed.still_held(result.state)
    ):
        result.held_question = ctx.held_question
    return result


def _step(state: State, event: Event, ctx: Context) -> Result:
    state = state.copy()
    state.seq += 1
    state.channel = ctx.channel
    result = Result(state)
    if isinstance(event, Start):
        if state.lang is None:
            state.lang = negotiate(event.language_code)
        returning.leave_or_ask(state, ctx, result, "start")
        return result
    if state.lang is None:
        state.lang = negotiate(ctx.client_language)
    if isinstance(event, Command):
        _command(state, event.name, ctx, result)
    elif isinstance(event, Press):
        _press(state, event.data, ctx, result)
    elif isinstance(event, Text):
        _text(state, event.text, ctx, result)
    elif isinstance(event, SharedContact):
        _contact(state, event, result)
    elif isinstance(event, Location):
        if _on_postal_code(state):
            postal.answer_location(state, event.latitude, event.longitude, ctx, result)
        else:
            _unsupported(state, "location", result)
    else:
        _unsupported(state, event.kind, result)
        if event.caption and in_dialogue(state) and state.flow != ASK.key:
            # "Das ist mein Zeugnis aus Syrien" under a photo: the photo is not kept yet,
            # its words go with the request, as typed words would (they were lost).
            caption = clean_text(event.caption)
            if caption:
                typed.keep_for_advisor(caption, ctx, result, typed.KEPT_CAPTION)
    return result


#: What a person may send that an advisor could use, were there a request to send it to.
_FOR_AN_ADVISOR = frozenset(
    {"voice", "audio", "photo", "document", "video", "video_note", "contact", "location"}
)


def _unsupported(state: State, kind: str, result: Result) -> None:
    """Media, a contact or a location without a request: nothing kept; how to reach an advisor."""
    if kind not in _FOR_AN_ADVISOR:
        result.notify(N_("I can only understand text messages and button taps here."))
        return
    if state.flow is not None:
        result.notify(MEDIA_DURING_REQUEST)
        state.answers[MEDIA_LATER] = "yes"  # the thanks after the request remind of it
        return
    result.notify(NO_REQUEST_MEDIA)
    home(state)  # the main menu offers the callback request and the office contacts


#: Commands that open a screen, by name.
_COMMAND_SCREENS = {
    "language": ScreenId.LANG,
    "help": ScreenId.HELP,
    "privacy": ScreenId.PRIVACY,
    "delete": ScreenId.ERASE,
}


def _command(state: State, name: str, ctx: Context, result: Result) -> None:
    if name == "menu":
        returning.leave_or_ask(state, ctx, result, "menu")
    elif name in _COMMAND_SCREENS:
        go(state, _COMMAND_SCREENS[name])
    elif name == "status":
        go(state, returning.status_screen(ctx))
    elif name == "mydata":
        result.export = True
        if state.screen in (ScreenId.DONE, ScreenId.ADDED):
            # Under the copy, "Thank you! We have received your request" again read as
            # a second request sent: the menu instead.
            home(state)
    else:
        result.notify(N_("I do not know this command. /help shows what I can do."))


def _press(state: State, data: str, ctx: Context, result: Result) -> None:
    seq_text, _, code = data.partition(":")
    # Only the buttons of the message before this step count (step already bumped seq).
    if seq_text != str(state.seq - 1) or code not in codes_of(state):
        result.notify(
            N_("This button belongs to an earlier message. Here is the current step again.")
        )
        return
    name, arg = split_code(code)
    assert name is not None  # every declared key has a named code
    handler = page_of(state).on_press.get(name) or COMMON.get(name)
    if handler is not None:
        handler(state, ctx, result, arg)


def _on_postal_code(state: State) -> bool:
    screen_id, key = split_screen(state.screen)
    return screen_id is ScreenId.QUESTION and isinstance(
        find_question(flow_named(state.flow), key), PostalCode
    )


def _text(state: State, raw: str, ctx: Context, result: Result) -> None:
    text = clean_text(raw)
    if _aside_from_a_question(state):
        # Typed under /help or /privacy in the middle of a dialogue: most often the answer
        # to the question the person stepped away from ("Skip", "04109"), which was taken
        # for a question to the information pages, or told to tap a button. Back to it;
        # a "danke" or "ok" after reading only leads back (it was taken as the answer).
        back(state)
        if greets(text) is None and not is_filler(text):
            _text(state, raw, ctx, result)
        return
    screen_id, key = split_screen(state.screen)
    if state.screen == ScreenId.SUMMARY and _corrects_a_detail(state, text, ctx, result):
        return
    if state.screen == ScreenId.SUMMARY and says_send(text) and Code.SEND in codes_of(state):
        # "gönder", "absenden": the button's word typed, as its whole label is ("Talebi
        # gönder" sent the request, "gönder" got "Please tap one of the buttons below").
        _tap(state, Code.SEND, ctx, result)
        return
    if state.screen == ScreenId.SUMMARY and says_yes(text):
        # "Ja, alles richtig" answers the summary's question in words: sent to the advisor
        # as a question before, the request still unsent.
        result.notify(TAP_SEND)
        return
    if state.screen == ScreenId.QUESTION.of(WHATSAPP.key) and _number_again(
        state, text, ctx, result
    ):
        return
    if _question_for_an_answer(state, screen_id, text):
        # Asked where a name or a trade was expected: kept, and not stored as the answer.
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_TYPING)
        return
    if screen_id is ScreenId.OTHER:
        if not _filler(text, result) and fits(text, result):
            state.answers[f"{key}_other"] = text
            advance(state, key)
        return
    if screen_id is ScreenId.QUESTION:
        question = current_question(state)
        if isinstance(question, PostalCode):
            if not _no_postal_code(state, text, ctx, result):
                postal.answer_text(state, text, ctx, result)
            return
        if isinstance(question, FreeText):
            if privacy_wish(text, state.lang or "de") == "delete":
                # "Bitte löschen Sie meine Daten" where a name was asked: /delete's question
                # (Back returns here), not the business's name.
                _command(state, "delete", ctx, result)
                return
            if says_no(text) and _SKIP in codes_of(state):
                # "Nein" to "Would you like to give us your e-mail address too?": Skip.
                _tap(state, _SKIP, ctx, result)
                return
            if _filler(text, result) or _tap_by_label(state, text, ctx, result):
                # A button's label typed ("Skip"): its tap, not an answer in those words.
                return
            if not _email_for_a_phone(state, question, text, ctx, result) and not _name_with_phone(
                state, question, text, result
            ):
                if question.key == NAME.key and _not_a_name(state, text, ctx, result):
                    return
                _answer_free_text(state, question, text, result, ctx)
            return
        if isinstance(question, Buttons) and _tap_dont_know(state, text, ctx, result):
            return
        if isinstance(question, Buttons) and _typed_answer(state, question, text, ctx, result):
            return
    if screen_id in _AFTER_POSTAL_CODE and postal.gives_postal_code(text):
        # Another code typed where the step asks about the last one (outside Saxony, the
        # border, the places of a name): the question's answer again, not a note.
        go(state, ScreenId.QUESTION.of(POSTAL_KEY))
        postal.answer_text(state, text, ctx, result)
        return
    if (
        _tap_by_label(state, text, ctx, result)
        or _tap_by_age(state, text, ctx, result)
        or _tap_by_level(state, text, ctx, result)
        or _tap_by_year(state, text, ctx, result)
        or _tap_yes_or_no(state, text, ctx, result)
        or _tap_by_situation(state, text, ctx, result)
    ):
        return
    if screen_id is ScreenId.BORDER and _saxony_named(state, text, ctx, result):
        return
    if screen_id is ScreenId.BORDER:
        # "Nein, Senftenberg", "Ja, Schwepnitz": the town after the yes or no tells.
        named = after_yes_or_no(text)
        if named is not None and (postal.is_a_town(named) or postal.sounds_like_a_town(named)):
            go(state, ScreenId.QUESTION.of(POSTAL_KEY))
            postal.answer_text(state, named, ctx, result)
            return
    if screen_id in _NAMING_A_TOWN and postal.names_a_town(text):
        # "Is your town in Saxony?" answered with its name ("Senftenberg", "Ich wohne in
        # Schwepnitz"), or a branch named under the offices ("We have a branch in Plauen"):
        # where that town is answers it ("Please tap one of the buttons" did not). Words
        # beside the name go to the advisor.
        if not postal.is_a_town(text):
            typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE)
        go(state, ScreenId.QUESTION.of(POSTAL_KEY))
        postal.answer_text(state, text, ctx, result)
        return
    said = _TYPED_COMMANDS.get(without_politeness(phrase(text)))
    if said is not None and not in_dialogue(state) and state.screen != ScreenId.LANG:
        # "Sprache ändern", "hilfe", "menü" at the main menu or on a page: what they say
        # ("I have no information page on this" before), as on a dialogue's question.
        _command(state, said, ctx, result)
        return
    # A wave or folded hands alone ("👋", "🙏") has no letters, but greets as words do.
    waved = greets(text) is not None and not in_dialogue(state) and state.screen != ScreenId.LANG
    if typed.is_question(state, text) or waved:
        said = greets(text)
        right = privacy_wish(text, state.lang or "de")
        if said == "hello" and not phrase(text) and state.screen in (ScreenId.DONE, ScreenId.ADDED):
            # A wave alone ("👋", not "Hallo") under "We have received your request" waves
            # goodbye, not hello.
            result.notify(GOODBYE)
        elif said is not None:
            # "Merhaba", "Cám ơn": greeted or thanked back, not told "no page on this".
            result.notify({"hello": HELLO, "bye": GOODBYE}.get(said, WELCOME_THANKS))
        elif says_dont_know(text):
            # "idk", "bilmiyorum" asks nothing: helped to choose, not "no page on this".
            result.notify(NOT_SURE)
        elif is_filler(text) or says_yes(text):
            # "ok", "ja", "Nein", "tamam" answer no question here: the buttons do.
            result.notify(N_("Please tap one of the buttons below."))
        elif right is not None:
            # "Bitte löschen Sie meine Daten": the command's screen (/delete asks first).
            _command(state, right, ctx, result)
        elif fits(text, result) and not _parent_says(state, text, ctx, result):
            typed.answer(state, text, ctx, result)
        return
    if not _QUESTION_MARK.search(text) and _tap_by_words(state, text, ctx, result):
        # "bin in ausbildung brauche hilfe": a label's words, however many (kept before).
        return
    if (
        in_dialogue(state)
        and state.flow != ASK.key
        and (typed.looks_like_question(text) or carries_detail(text))
    ):
        # Asked on the way, or a number given (a tap was expected; "0151 2345678" on the
        # summary, too short to read as a message): nothing typed is lost.
        typed.keep_for_advisor(text, ctx, result, typed.kept_notice(text))
        return
    if state.screen == ScreenId.LANG and not state.history:
        # Words at the greeting ("hallo", a whole wish, after /start or without it): the
        # language they are plainly written in, else the app's, is taken as chosen, and
        # the words are answered at the main menu. The greeting was shown again and the
        # words dropped, nine times in a row for one person.
        _tap(state, Code.LANGUAGE.of(written_in(text) or state.lang or "de"), ctx, result)
        if greets(text) is None:
            _text(state, text, ctx, result)
        return
    said = _TYPED_COMMANDS.get(without_politeness(phrase(text)))
    if said is not None and in_dialogue(state):
        # "menü", "hilfe", "Sprache ändern" where a tap was expected: what they say.
        _command(state, said, ctx, result)
        return
    result.notify(N_("Please tap one of the buttons below."))


#: A command's or a navigation button's word typed where a tap was expected, as phrase()
#: writes it: the command it names ("menü": /menu, which asks before leaving a dialogue).
_TYPED_COMMANDS = {
    phrase(said): command
    for command, words in (
        (
            "menu",
            (
                *("menü", "menu", "menue", "меню", "القائمة", "abbrechen", "stop", "cancel"),
                *("iptal", "vazgeç", "hủy", "dừng", "скасувати", "стоп", "إلغاء", "الغاء"),
            ),
        ),
        ("help", ("hilfe", "help", "yardım", "trợ giúp", "допомога", "مساعدة")),
        (
            "language",
            (
                *("sprache", "sprache ändern", "andere sprache", "language", "change language"),
                *("dil", "dil değiştir", "ngôn ngữ", "đổi ngôn ngữ", "мова", "змінити мову"),
                *("اللغة", "تغيير اللغة"),
            ),
        ),
    )
    for said in words
}


#: Told for a greeting or a thank-you typed where a question would find a page.
HELLO = N_("Hello! Please choose below what you are looking for, or write your question.")
WELCOME_THANKS = N_(
    "You are welcome! If you need anything else, please choose below or write your question."
)
#: Told for a goodbye typed outside a dialogue ("Tschüss", "bye", "مع السلامة").
GOODBYE = N_("Goodbye! If you need anything else, just write to us here.")
#: Told for "I don't know" typed outside a dialogue ("idk", "bilmiyorum", "не знаю").
NOT_SURE = N_(
    "No problem. Please choose below what fits you best, or write your question in your own words."
)

#: The screens of the postal code step where a town's name typed is the place meant.
_NAMING_A_TOWN = frozenset({ScreenId.BORDER, ScreenId.OUTSIDE, ScreenId.PICK_OFFICE})

#: The screens of the postal code step that follow a typed code or place.
_AFTER_POSTAL_CODE = frozenset(
    {ScreenId.PLZ_GUESS, ScreenId.PLACE, ScreenId.BORDER, ScreenId.PICK_OFFICE, ScreenId.OUTSIDE}
)


def _no_postal_code(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Weiß ich nicht", "I don't know my postal code", or the button's label typed at
    the postal code: the tap on "I don't know the postal code" (the offices to pick
    from), unless the words also name a Saxon town ("... ich wohne in Zwickau")."""
    # The words first: most answers here are a code, which answer_text classifies anyway.
    if not mentions_dont_know(text) or postal.gives_postal_code(text):
        return False
    if not says_dont_know(text) and postal.names_a_saxon_town(text):
        return False
    _tap(state, Code.ALTERNATIVE.of(NO_POSTAL_CODE), ctx, result)
    return True


def _aside_from_a_question(state: State) -> bool:
    """On /help's or /privacy's page, stepped to from a dialogue's question."""
    return (
        state.screen in (ScreenId.HELP, ScreenId.PRIVACY)
        and state.flow is not None
        and bool(state.history)
        and split_screen(state.history[-1])[0] is ScreenId.QUESTION
    )


def _question_for_an_answer(state: State, screen_id: ScreenId | None, text: str) -> bool:
    """A question typed on a step that takes a typed answer (a "something else" in own
    words, a name, a trade written out), in a lead dialogue."""
    if not in_dialogue(state) or state.flow == ASK.key or not typed.asks_on_the_way(text):
        return False
    if screen_id is ScreenId.OTHER:
        return True
    if screen_id is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if isinstance(question, FreeText):
        return not question.takes_questions
    return isinstance(question, Buttons) and question.typed


def _tap_by_label(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Someone typed a button's label (or another word for it) instead of tapping it: take
    it as the tap."""
    data = _button_typed(replace(state, seq=state.seq - 1), text, ctx.local_now.date())
    said: _Said | None = None
    if data is None:
        said = _option_said(state, text)
        if said is not None and said.denied:
            if not in_dialogue(state) or state.flow == ASK.key:
                return False
            # "ليس لابني": too short to read as a message, it was dropped in Arabic only
            # (the other languages say it in four words); kept as theirs are.
            typed.keep_for_advisor(text, ctx, result, typed.kept_notice(text))
            return True
        data = f"{state.seq - 1}:{said.code}" if said is not None else None
    if data is not None:
        _press(state, data, ctx, result)
    if said is not None and said.more:
        # "ابني عمره 15": the tap, and the words beside it (an age, a wish) to the advisor.
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=said.label)
    return data is not None


def _tap_by_words(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A label typed in fewer or slightly other words where only a tap is taken ("suche
    ausbildung", "noch keine"; refused as "Please tap one of the buttons"): the one option
    whose label holds them all is the tap (typed_words.label_named). A question that takes
    typed words as its answer keeps them."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if not isinstance(question, Buttons) or question.typed:
        return False
    t = translator(state.lang or "de")
    offered = codes_of(state)
    options = [
        (Code.OPTION.of(option.code), option_label(option, t))
        for option in question.options
        if Code.OPTION.of(option.code) in offered
    ]
    index = label_named(text, [label for _, label in options])
    if index is None:
        return False
    _tap(state, options[index][0], ctx, result)
    return True


@dataclass(frozen=True)
class _Said:
    """An option named in other words: its code and label, and whether more was said."""

    code: str
    label: str
    more: bool = False
    #: A parent's words for their child said with a "not" ("nicht für meinen Sohn"): no
    #: tap, and the words go to the advisor.
    denied: bool = False


def _option_said(state: State, text: str) -> _Said | None:
    """The question's option that ``text`` names in other words ("für meinen Sohn":
    "Asking for my child"), where the option declares them."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return None
    question = current_question(state)
    if not isinstance(question, Choice | MultiChoice):
        return None
    for_another = question.for_another if isinstance(question, Choice) else frozenset()
    t, said = translator(state.lang or "de"), phrase(text)
    words, plain = said.split(), without_politeness(said)
    for option in question.options:
        if not option.said:
            continue
        # In German too: people in Germany type "abends" on a Turkish screen (QA,
        # 2026-12-04: "Please tap one of the buttons", and the word was not kept).
        listed = f"{t.gettext(option.said)},{translator('de').gettext(option.said)}"
        phrases = {phrase(w) for w in listed.split(",")}
        # A parent says a little more ("oğlum için soruyorum", "питаю для сина"): their
        # words stand in a short text. (Only there: "in the morning" stands in "not in
        # the morning" too.)
        more = (
            _for_another_said(phrases, text)
            if option.code in for_another and len(words) <= _PARENT_TEXT_WORDS
            else None
        )
        # "Telefon bitte": the option's words, politely (nothing more for the advisor).
        named = said in phrases or plain in phrases or _made_of(plain, phrases)
        if named or more:
            code = Code.OPTION.of(option.code)
            if code not in codes_of(state):
                return None
            return _Said(code, option_label(option, t), not named)
        if more is False:
            return _Said("", "", denied=True)
    return None


#: A question mark in the scripts of the bot's languages (Latin, Arabic, full width).
_QUESTION_MARK = re.compile("[?\u061f\uff1f]")


def _parent_says(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A parent's words for their child typed outside a dialogue, asking nothing ("für
    meinen Sohn", "oğlum için", "لابني"): the young people's dialogue with "Asking for my
    child" taken, as the menu's "👪 You are a parent" promises ("I have no information
    page on this" before). Not said of a business ("Mein Sohn sucht einen Azubi")."""
    lang = state.lang or "de"
    if _QUESTION_MARK.search(text) or len(phrase(text).split()) > _PARENT_TEXT_WORDS:
        return False
    listed = f"{translator(lang).gettext(FOR_MY_CHILD)},{translator('de').gettext(FOR_MY_CHILD)}"
    phrases = {phrase(each) for each in listed.split(",")}
    if not _for_another_said(phrases, text) or wish(text, lang) not in (None, YOUNG.key):
        return False
    returning.begin(state, ctx, result, YOUNG.key)
    if split_screen(state.screen)[0] is ScreenId.QUESTION:
        # The first question asks who is asking: the parent's words are its answer; the
        # next the child's situation, which a wish says too ("Mein Sohn sucht eine
        # Ausbildung": asked again). The words go to the advisor once.
        if _tap_by_label(state, text, ctx, result) and _tap_by_situation(
            state, text, ctx, result, keep=False
        ):
            _noted_both(state, result)
    return True


def _noted_both(state: State, result: Result) -> None:
    """The receipt of the parent's words names the child's situation they answered too:
    "Asking for my child" alone stood above "Question 3 of 12", as if one was missed."""
    child = next((o for o in CHILD.options if o.code == state.answers.get(CHILD.key)), None)
    if child is None:
        return
    second = option_label(child, translator(state.lang or "de"))
    for index, notice in enumerate(result.notices):
        if notice.message == typed.KEPT_WITH_ANSWER:
            first = dict(notice.params)["choice"]
            both = (("first", first), ("second", second))
            result.notices[index] = Notice(typed.KEPT_WITH_ANSWERS, both)


def _made_of(plain: str, phrases: set[str]) -> bool:
    """Whether ``plain`` is one option's phrases and nothing else, several of them
    ("abends nach 17 uhr": "abends" and "nach 17 uhr"; "akşam işten sonra")."""
    rest = f" {plain} "
    for listed in sorted(filter(None, phrases), key=len, reverse=True):
        while f" {listed} " in rest:
            rest = rest.replace(f" {listed} ", " ")
    return bool(plain) and not rest.strip()


#: The most words in the clause in which a parent's "for my son" is looked for ("ابني
#: عمره 15 سنة"), and in the whole text ("Không phải cho tôi, cho con tôi"). Where the
#: child's words open the clause (past one word: "Also mein Sohn", "Dạ con tôi") it is
#: about the child however long, up to the whole text's limit: "Мій син не може знайти
#: навчання", "Con trai tôi không tìm được chỗ học nghề" were refused.
_PARENT_WORDS = 5
_PARENT_TEXT_WORDS = 12
_PARENT_OPENS = 1
#: What ends a clause: a "not" in another one denies something else ("Nicht für mich,
#: für meinen Sohn", "ليس لي، لابني").
_CLAUSE_END = re.compile(r"[,;.!?:،؛؟]+")
#: How many words before a parent's words a "not" denies them ("don't ask for my son":
#: "don", "t", "ask").
_NOT_BEFORE = 3
#: How many words after them ("oğlum için değil", "oğlum için istemiyorum").
_NOT_AFTER = 2
#: A "no" that starts the text and stands right before the parent's words answers what
#: came before, with or without a comma: "No for my son", "Không cho con tôi", "لا لابني".
_ANSWER_NO = frozenset(("no", "khong", "لا"))


def _for_another_said(phrases: set[str], text: str) -> bool | None:
    """Whether a parent's words (``phrases``) stand in a short clause of ``text``: True,
    False when a "not" stands with them (just before, in or just after them: "nicht für
    meinen Sohn", "oğlum için değil"), None when they stand in none. A "not" elsewhere
    denies something else: "Not for me, for my son" is a parent's (it was refused)."""
    if _for_self_said(text):
        return None
    for clause in _CLAUSE_END.split(without_answer_no(spelled_not(text))):
        words = phrase(clause).split()
        # The longest first: "cho con tôi" stands right after the "no" of "Không cho con
        # tôi", its "con tôi" one word further.
        for listed in sorted(phrases, key=len, reverse=True):
            size = len(listed.split())
            at = _found_at(listed.split(), words)
            if at is None or (len(words) > _PARENT_WORDS and at > _PARENT_OPENS):
                continue
            nots = {
                where
                for where in negations(words)
                if not (where == 0 and at == 1 and words[0] in _ANSWER_NO)
            }
            return not any(_denies(words, where, at, size) for where in nots)
    return None


def _denies(words: list[str], where: int, at: int, size: int) -> bool:
    """Whether the "not" at ``where`` in ``words`` denies the words at ``at`` (``size``
    words): in them or up to _NOT_BEFORE words before them; after them only a Turkish one
    ("oğlum için değil", "oğlum için istemiyorum"). "Mein Sohn will nicht", "Мій син не
    може знайти навчання", "ابني لم يجد تدريب" say something of the child."""
    if at - _NOT_BEFORE <= where < at + size:
        return True
    # A Turkish verb after "for my son" is the parent's ("oğlum için istemiyorum"), after
    # "my son" alone the child's: "Oğlum Ausbildung bulamıyor" (he finds none) was refused.
    return at + size <= where < at + size + _NOT_AFTER and (
        words[where] == _DEGIL or (not {words[where]} & NOT and words[at + size - 1] in _FOR)
    )


_DEGIL = phrase("değil")
#: Turkish "for", "on behalf of" ("oğlum için", "oğlum adına"), as phrase() folds them.
_FOR = frozenset(phrase(word) for word in ("için", "adına"))
#: "For me", "for myself", folded as phrase() folds: said without a "not" before it (or
#: Turkish "değil" after it), the person asks for themselves, whatever child they name
#: beside it ("Für mich selbst, mein Sohn ist schon fertig", "Для себе. Мій син вже
#: працює", "Für meinen Sohn? Nein, für mich."). "Cho tôi hỏi" is "may I ask".
_FOR_SELF = tuple(
    phrase(said).split()
    for said in (
        *("für mich", "fuer mich", "for me", "for myself", "myself", "для себе", "для мене"),
        *("kendim için", "benim için", "kendim icin", "benim icin", "cho tôi", "cho mình"),
        *("لي", "لنفسي"),
    )
)
_MAY_I_ASK = phrase("hỏi")


def _for_self_said(text: str) -> bool:
    """Whether ``text`` says "for me" (_FOR_SELF) without a "not" that denies it."""
    for clause in _CLAUSE_END.split(without_answer_no(spelled_not(text))):
        words = phrase(clause).split()
        for listed in _FOR_SELF:
            size = len(listed)
            at = _found_at(listed, words)
            if at is None or words[at + size : at + size + 1] == [_MAY_I_ASK]:
                continue
            if not any(_denies(words, where, at, size) for where in negations(words)):
                return True
    return False


def _found_at(phrase_words: list[str], words: list[str]) -> int | None:
    """Where ``phrase_words`` start in ``words`` (one after another, each whole), or None."""
    size = len(phrase_words)
    return next(
        (at for at in range(len(words) - size + 1) if words[at : at + size] == phrase_words),
        None,
    )


def _button_typed(state: State, text: str, today: date) -> str | None:
    """The callback data of the state's button whose label ``text`` is, if any."""
    folded = loose(text)
    # "Koch?", "B1.": the label with a sentence's end typed after it.
    typed = {folded, folded.rstrip(_SENTENCE_END)} - {""}
    if typed:
        for row in keyboard(state, translator(state.lang or "de"), today):
            for button in row:
                if typed & _typed_forms(button.label):
                    return button.data
    return None


#: What may end a label typed as a sentence: stripped from the typed text and from the
#: label ("Something else…" typed without its dots) before they are compared.
_SENTENCE_END = " ?!.…؟"


def _tap(state: State, code: str, ctx: Context, result: Result) -> None:
    """A tap on the current screen's button ``code``, for text that stands for it."""
    _press(state, f"{state.seq - 1}:{code}", ctx, result)


#: The code of an optional question's "Skip".
_SKIP = Code.ALTERNATIVE.of("skip")

#: The code of every question's "I don't know (yet)" option.
_UNKNOWN_CODE = "unknown"
_UNKNOWN = Code.OPTION.of(_UNKNOWN_CODE)


def _tap_dont_know(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Bilmiyorum", "chua biet" typed where "I don't know (yet)" is a button: its tap,
    not a trade or a problem by that name. Said among other words ("Ich weiß nicht,
    vielleicht Koch"), the tap too, and the whole sentence goes to the advisor."""
    if _UNKNOWN not in codes_of(state):
        return False
    if says_dont_know(text):
        _tap(state, _UNKNOWN, ctx, result)
        return True
    if not mentions_dont_know(text):
        return False
    question = current_question(state)
    assert isinstance(question, Buttons)  # the caller's check; the code is one of its options
    label = next(o.label for o in question.options if Code.OPTION.of(o.code) == _UNKNOWN)
    # Not kept (too long beside what is held): asked again under that notice, so that
    # nothing the person wrote is dropped unseen.
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        _tap(state, _UNKNOWN, ctx, result)
    return True


def _tap_by_age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An age typed where ages are asked ("17"): the tap on the option it falls in."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    age = age_in(text)
    if age is None or not isinstance(question, Choice):
        return False
    for option in question.options:
        if option.ages is not None and option.ages[0] <= age <= option.ages[1]:
            _tap(state, Code.OPTION.of(option.code), ctx, result)
            return True
    return False


#: A language level typed in a few words ("A2 glaube ich", "ich hab B1", "B 1"), with
#: the Cyrillic А, В, С a Ukrainian keyboard types for A, B, C ("В1").
_TYPED_LEVEL = re.compile(r"(?<!\w)([ABCАВС]) ?([12])(?!\w)", re.IGNORECASE)
_CYRILLIC_LEVEL = str.maketrans("АВС", "ABC")
#: The levels in order: "C1" is answered by the highest label not above it ("B2 or better").
_CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
#: The most words a level is typed in; a longer text is a message (kept for the advisor).
_LEVEL_WORDS = 5


def _tap_by_level(state: State, text: str, ctx: Context, result: Result) -> bool:
    """One language level typed among a few words where levels are asked ("A2 glaube
    ich", "C1", "В1"): the tap on the option whose label names the highest level not above
    it. Two levels ("A2 oder B1") or a "not" ("nicht mal A1") are no tap."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION or len(text.split()) > _LEVEL_WORDS:
        return False
    question = current_question(state)
    levels = {
        (letter + digit).upper().translate(_CYRILLIC_LEVEL)
        for letter, digit in _TYPED_LEVEL.findall(text)
    }
    if not isinstance(question, Choice) or len(levels) != 1 or says_not(phrase(text).split()):
        return False
    level = _CEFR.index(levels.pop())
    t, offered = translator(state.lang or "de"), codes_of(state)
    lowest = {
        option.code: min(_CEFR.index(named) for named in named_levels)
        for option in question.options
        if Code.OPTION.of(option.code) in offered
        and (named_levels := _LEVEL.findall(option_label(option, t)))
    }
    fitting = [code for code, at in lowest.items() if at <= level]
    if not fitting:
        return False
    _tap(state, Code.OPTION.of(max(fitting, key=lowest.__getitem__)), ctx, result)
    return True


def _tap_yes_or_no(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A yes or a no in a few words ("evet olur", "ja gerne", "не треба") where yes or no is
    asked (WhatsApp, the border town, a code's leading zero): that tap. ("Please tap one of
    the buttons below" took only a bare "evet".) On the consent, "I agree" in words too
    ("نعم موافق"), but not where a parent must agree: the button says who agrees. Not on
    deletion: there only the button, or its label, counts."""
    screen_id = split_screen(state.screen)[0]
    consent = screen_id is ScreenId.CONSENT and not parent_must_agree(state.answers)
    agreed = agrees(text) if consent else says_yes(text)
    answer = "yes" if agreed else "no" if says_no(text) else None
    if answer is None and state.screen == ScreenId.QUESTION.of(WHATSAPP.key):
        answer = whatsapp_answer(text)  # "evet, yazabilirsiniz", "kein WhatsApp"
    if answer is None:
        return False
    if screen_id in (ScreenId.BORDER, ScreenId.PLZ_GUESS) or consent:
        code = str(Code.YES if answer == "yes" else Code.NO)
    elif screen_id is ScreenId.QUESTION and isinstance(current_question(state), Choice):
        code = Code.OPTION.of(answer)
    else:
        return False
    if code not in codes_of(state):
        return False
    _tap(state, code, ctx, result)
    return True


#: Saxony as people name it in the bot's languages, as phrase() writes it ("Saksonya'da").
_SAXONY = frozenset(
    phrase(name)
    for name in (
        *("sachsen", "saxony", "saksonya", "saksonyada", "saksonyadayız", "saksonyadayim"),
        *("ساكسونيا", "سكسونيا", "بساكسونيا", "саксонія", "саксонії", "саксонии"),
    )
)
#: The most words an answer naming Saxony has; a longer one is a message.
_SAXONY_WORDS = 6


def _saxony_named(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Saxony named under "Is your town in Saxony all the same?" ("Ja, liegt in Sachsen",
    "evet Saksonya'da", "نعم في ساكسونيا"; "nicht in Sachsen"): its yes, or with a "not"
    its no (kept as a message, the question asked again). A yes with a "not" or a no
    without one says both; "Sachsen-Anhalt" is another state."""
    words = phrase(text).split()
    if not set(words) & _SAXONY or len(words) > _SAXONY_WORDS or phrase("anhalt") in words:
        return False
    denied = says_not(words)
    if denied and not says_yes(words[0]):
        code = Code.NO
    elif not denied and not says_no(words[0]):
        code = Code.YES
    else:
        return False
    _tap(state, str(code), ctx, result)
    return True


def _tap_by_year(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A start typed in words where years are asked ("nächstes Jahr im September",
    "seneye", "ab 1.9.2027"): the tap on that year's button; words that say more (the
    month) go to the advisor with it."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if not isinstance(question, Choice):
        return False
    today = ctx.local_now.date()
    year = year_in(text, today)
    offered = codes_of(state)
    for option in question.options:
        if (
            option.year is None
            or year != first_start_year(today) + option.year
            or Code.OPTION.of(option.code) not in offered
        ):
            continue
        _tap(state, Code.OPTION.of(option.code), ctx, result)
        if says_more_than_a_year(text):
            typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=str(year))
        return True
    if year is not None and any(option.year is not None for option in question.options):
        # A year no button offers ("dieses Jahr noch" once this year's start is past,
        # "2030"): for the advisor, and the buttons asked for ("Please tap one of the
        # buttons below" dropped the words).
        typed.keep_for_advisor(text, ctx, result, typed.kept_notice(text))
        return True
    return False


def _tap_by_situation(
    state: State, text: str, ctx: Context, result: Result, keep: bool = True
) -> bool:
    """A young person's or their child's situation said as the menu's wishes are ("sucht
    einen Ausbildungsplatz", "ausbildung arıyor"; "sein Chef zahlt nicht", an apprentice's
    trouble): the tap on "looking" or "in training" ("Please tap one of the buttons
    below" before); more words, and trouble however short, go to the advisor."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    if question is None or question.key not in (SITUATION.key, CHILD.key):
        return False
    assert isinstance(question, Choice)
    lang = state.lang or "de"
    trouble = tells_trouble(text, lang)
    code = IN_TRAINING if trouble else "looking" if wish(text, lang) == YOUNG.key else None
    option = next((each for each in question.options if each.code == code), None)
    if option is None or Code.OPTION.of(option.code) not in codes_of(state):
        return False
    _tap(state, Code.OPTION.of(option.code), ctx, result)
    if keep and (trouble or len(text.split()) > typed.WISH_WORDS):
        label = option_label(option, translator(lang))
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label)
    return True


_BIDI_MARKS = re.compile("[\u200e\u200f\u2066-\u2069]")
#: Arabic vowel marks, shadda and tatweel.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_BRACKETED = re.compile(r"(.+?) \((.+)\)")


#: "Koch/Köchin", "Friseur/in", "Кухар/кухарка": two forms of one word.
_PAIRED = re.compile(r"(\w[\w-]*)/(\w+)")


def taps_a_button(stored: Mapping[str, Any] | None, text: str, today: date) -> bool:
    """Whether ``text`` typed by someone in the stored state ``stored`` is one of its
    buttons' labels, which the step takes as that tap ("Так, видалити все" typed under
    /delete): the dialogue's, not a message for the advisor."""
    return _button_typed(State.from_dict(stored), clean_text(text), today) is not None


def _typed_forms(label: str) -> set[str]:
    """How someone may type a label: whole, either part of "name (German name)", and
    either form of "Koch/Köchin" or "Friseur/in"; a hyphen may be typed as a space."""
    # Arabic marks are left out as people type ("طبّاخ" is typed "طباخ"): kept, they cut
    # the label's words in two for the patterns below.
    whole = _ARABIC_MARKS.sub("", _BIDI_MARKS.sub("", _strip_marks(label))).strip()
    forms = {whole}
    # "Aşçı (Koch/Köchin)": "Aşçı" or "Koch/Köchin" typed is that trade, not a new one.
    parts = _BRACKETED.fullmatch(whole)
    if parts:
        forms |= {parts[1], parts[2]}
    # Arabic "X/ة", the masculine and the feminine: "مصفف/ة شعر" is "مصفف شعر", "مصففة شعر".
    forms |= {each.replace("/ة", end) for each in forms if "/ة" in each for end in ("", "ة")}
    for form in list(forms):
        paired = _PAIRED.fullmatch(form)
        if paired:
            first, second = paired[1], paired[2]
            # "in" completes the word (Friseurin); a whole word is the other form (Köchin).
            forms |= {first, first + second if len(second) <= 2 else second}
    # A language level is typed alone: "a2" for "A1–A2 (beginner)", "b2" for "B2 or better".
    forms |= set(_LEVEL.findall(whole))
    folded = {loose(form) for form in forms}
    return folded | {form.rstrip(_SENTENCE_END) for form in folded}


#: A language level of the Common European Framework, as a label names it.
_LEVEL = re.compile(r"\b[ABC][12]\b")


def _typed_answer(state: State, question: Buttons, text: str, ctx: Context, result: Result) -> bool:
    """A typed answer on a ``typed`` question; a button's label typed out is still a tap."""
    if not question.typed or _tap_by_label(state, text, ctx, result):
        return question.typed
    return (
        _filler(text, result)
        or _tap_by_a_label_among_words(state, question, text, ctx, result)
        or answer_typed(state, question, text, result)
    )


#: The most words in which one option's label is looked for ("aşçı olmak istiyorum").
_LABEL_AMONG_WORDS = 6


def _tap_by_a_label_among_words(
    state: State, question: Buttons, text: str, ctx: Context, result: Result
) -> bool:
    """One option's label (a form of it: "Koch", "Friseurin", "طباخ") said among a few
    words ("einen Koch", "aşçı olmak istiyorum", "نريد طباخ"): its tap, the words to the
    advisor. Stored as "something else" in those words before, and a business was asked
    its sector on top, which the trade tells. Two labels or a "not": the words as typed."""
    words = phrase(text).split()
    if len(words) > _LABEL_AMONG_WORDS or says_not(words) or state.answers.get(question.key):
        return False
    t, offered = translator(state.lang or "de"), codes_of(state)
    options = [
        option
        for option in question.options
        if option.code not in (question.other, _UNKNOWN_CODE)
        and Code.OPTION.of(option.code) in offered
    ]
    named = [
        option
        for option in options
        if any(
            _found_at(form.split(), words) is not None
            for form in {phrase(each) for each in _typed_forms(option_label(option, t))} - {""}
        )
    ]
    trades = any(option.official for option in options)
    if not named and not trades and _TYPED_COMMANDS.get(without_politeness(phrase(text))) is None:
        # A word of one label ("Kosten" for "Kosten und Vergütung"), as where only taps
        # are taken (label_named); not a command's word ("Hilfe"), nor a part of a trade's
        # name ("Mechatroniker" is a trade of its own beside "Kfz-Mechatroniker/in").
        index = label_named(text, [option_label(option, t) for option in options])
        named = [options[index]] if index is not None else []
    if len(named) != 1:
        return False
    label = option_label(named[0], t)
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        _tap(state, Code.OPTION.of(named[0].code), ctx, result)
    return True


def _filler(text: str, result: Result) -> bool:
    """ "ja", "ok", "evet" typed where a name, a trade or a problem is asked: asked again,
    not stored as the answer ("Yardım konusu: evet" on the advisor's card)."""
    if not is_filler(text):
        return False
    result.notify(IN_A_FEW_WORDS)
    return True


#: Told for a yes, no or ok typed where words were asked for.
IN_A_FEW_WORDS = N_("Please answer the question below in a few words.")


_LEADING_MARKS = re.compile(r"^\W+")


def _strip_marks(label: str) -> str:
    """A button label without its leading emoji, as someone would type it."""
    return _LEADING_MARKS.sub("", label)


def _email_for_a_phone(
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

#: Told when a phone number typed with the name answered the phone question too.
PHONE_WITH_NAME = N_("Thank you. We have also noted your phone number: {phone}")


def _name_with_phone(state: State, question: FreeText, text: str, result: Result) -> bool:
    """A name typed with a phone number after it ("Nguyễn Thị Hương 0176 1234567"): the
    name the answer, the number the phone question's, which is not asked again. (Taken as
    the name whole, the number had to be typed a second time.)"""
    if question.key != NAME.key:
        return False
    both = name_and_phone(_local_mobile(text, state.lang or "de"))
    if both is None:
        return False
    name, phone = both
    # Before the name's step on: an edit from the summary then asks what the number opens
    # (WhatsApp for a mobile).
    _new_number(state, phone)
    state.answers[PHONE.key] = phone
    result.notify(PHONE_WITH_NAME, phone=display_phone(phone))
    _answer_free_text(state, question, name, result)
    if state.screen == ScreenId.QUESTION.of(PHONE.key):
        advance(state, PHONE.key)
    return True


def _not_a_name(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A greeting or a sentence typed where the name is asked ("merhaba", "telefonum yok",
    "mein chef zahlt mir kein geld"): the name is asked again, and a sentence goes to the
    advisor. (Taken as the name, the advisor's card said "mein chef zahlt mir kein geld".)"""
    named = without_name_intro(text)  # "Ich heiße Ali": the name is what follows
    lang = state.lang or "de"
    # "Ich bin Mutter", "Tôi là phụ huynh": after the introduction, who the person is.
    role = names_a_role(named, lang, introduced=named != text)
    if greets(named) is None and not not_a_name(named, lang) and not role:
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


def _number_again(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A phone number alone typed at the WhatsApp question ("+49 5321 234567" after "We
    have noted your number with its country code"): the phone question's new answer (kept
    as a message before, the number first given still stored)."""
    if (
        not _BARE_NUMBER.fullmatch(text)
        or PHONE.parse(_local_mobile(text, state.lang or "de")) is None
    ):
        return False
    go(state, ScreenId.QUESTION.of(PHONE.key))
    _answer_free_text(state, PHONE, text, result, ctx)
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


def _answer_free_text(
    state: State, question: FreeText, text: str, result: Result, ctx: Context | None = None
) -> None:
    """``text`` as the answer to ``question``, or the reason it is none; with ``ctx``
    (typed, not shared) the words beside a phone number or e-mail address are kept for the
    advisor."""
    both = split_spelling(text) if question.spelling is not None else None
    typed_text = text
    if question.key == PHONE.key:
        text = _local_mobile(text, state.lang or "de")
    value = question.parse(both[0] if both else text)
    if value is None and question.longest is not None and len(text) > question.longest:
        if ctx is not None and _a_message(state, text):
            # A message pasted where a name was asked: for the advisor, not refused whole.
            notice = typed.KEPT_TYPING if typed.asks_on_the_way(text) else typed.KEPT_MESSAGE_TYPING
            typed.keep_for_advisor(text, ctx, result, notice)
            return
        result.notify(TOO_LONG, max=str(question.longest))
        return
    if value is None:
        explained = question.explain(text) if question.explain is not None else None
        result.notify(explained or question.error)
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

#: Told when the summary is confirmed in words instead of with its button.
TAP_SEND = N_("To send your request, please tap “Send request” below.")

#: Told when a contact detail typed on the summary replaced the one given.
_CHANGED = {
    EMAIL.key: N_("Thank you, we have changed your e-mail address."),
    PHONE.key: N_("Thank you, we have changed your phone number."),
}


def _corrects_a_detail(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An e-mail address or a phone number typed on the summary (alone, or with words
    that then go to the advisor): the new answer to its question, as if its ✏️ had been
    tapped. The e-mail check (``CHECK_EMAIL``) asks for just this, and such a text used to
    be kept as a note while the old detail was sent. Digits that are no number: why not."""
    if ADDING in state.answers or typed.asks_on_the_way(text):
        # Answers added to an open request carry no contact details: kept as a note. So
        # is a question with a number or address in it ("Kann ich info@… schreiben?").
        return False
    flow = flow_named(state.flow)
    text = text.rstrip(".,;!")  # "anna@gmail.com." at the end of a sentence
    for question in (EMAIL, PHONE):
        typed_number = _local_mobile(text, state.lang or "de") if question is PHONE else text
        value = question.parse(typed_number)
        if value is None or find_question(flow, question.key) is None:
            continue
        if state.answers.get(question.key) != value:
            result.notify(_CHANGED[question.key])
        # A question that the new answer opens (WhatsApp for a mobile number) comes next,
        # then the summary again.
        edit(state, question.key)
        _answer_free_text(state, question, text, result, ctx)
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


def _contact(state: State, contact: SharedContact, result: Result) -> None:
    """A shared contact answers the phone question, if it is the person's own number."""
    question = contact_question(state)
    if question is None:
        # Outside the phone step a contact is like any medium: not kept, a way to an advisor.
        _unsupported(state, "contact", result)
        return
    if not contact.own:
        result.notify(
            N_(
                "This is someone else's contact. Please share your own phone number, or type "
                "the number we should call."
            )
        )
        return
    # Telegram sends the number in international form, sometimes without its "+".
    phone = contact.phone.strip()
    _answer_free_text(state, question, phone if phone.startswith("+") else f"+{phone}", result)
