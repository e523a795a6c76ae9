"""The dialogue engine: a pure ``step(state, event, ctx) -> Result``.

No I/O, no Telegram types, no clock: everything the engine needs comes in through
:class:`Context`, and everything it wants done (store a lead, erase, export) goes
out in the :class:`Result`, with the new state; :func:`render` turns that state
into a screen. Channels turn their updates into events and screens into
messages; the service layer persists state and stores leads.

This module routes each kind of event, and typed text by the step it is typed at, to
the modules that read it: press (a button's code), taps (a label typed), said (an answer
said in words where buttons are offered), free_text (a name, a number, an address).
"""

from __future__ import annotations

from bot.dialogue import (
    contact_complaint,
    contact_stopped,
    data_corrected,
    number_changed,
    number_removed,
    postal,
    returning,
    typed,
    whereabouts,
    wish_read,
)
from bot.dialogue.abi_word import abi_at_the_certificate
from bot.dialogue.age_among_words import age_among_words
from bot.dialogue.age_first import age_at_the_menu, age_at_the_situation, age_held
from bot.dialogue.all_named import all_needs
from bot.dialogue.answer_dropped import answer_dropped
from bot.dialogue.apprentice_wanted import apprentice_for_a_business
from bot.dialogue.apprenticeship_word import apprenticeship_at_the_menu
from bot.dialogue.before_consent import details_before_consent
from bot.dialogue.birth_year import birth_date_at_the_age, birth_year_at_the_age
from bot.dialogue.certificate_at_age import certificate_at_the_age, school_year_at_the_age
from bot.dialogue.certificate_at_trade import certificate_at_the_trade
from bot.dialogue.certificate_which import (
    abitur_or_from_abroad,
    ask_which_certificate,
    certificate_among_words,
)
from bot.dialogue.clock_time import tap_by_clock
from bot.dialogue.code_alone import same_code_on_the_summary
from bot.dialogue.code_asked import filler_at_the_code
from bot.dialogue.code_first import code_before_its_question, sector_at_the_code
from bot.dialogue.company_size import company_with_staff, staff_on_the_summary
from bot.dialogue.company_words import company_asked_again, company_on_the_summary
from bot.dialogue.cost_asked import advice_cost_answered
from bot.dialogue.duration_asked import duration_answered
from bot.dialogue.earlier_corrected import (
    age_beside_the_name,
    code_retold,
    earlier_answer_changed,
    reopened_ticks,
)
from bot.dialogue.edit_asked import edit_asked
from bot.dialogue.either_way import any_way
from bot.dialogue.email_wished import email_on_the_summary
from bot.dialogue.free_text import (
    answer_free_text,
    corrects_a_detail,
    email_for_a_phone,
    filler,
    name_asked_again,
    name_needed,
    name_with_phone,
    number_again,
    skips,
    without_turkish_i,
)
from bot.dialogue.funding_words import funding_asked
from bot.dialogue.german_at_trade import german_at_the_trade
from bot.dialogue.language_asked import language_changed, language_named
from bot.dialogue.late_answer import late_answer
from bot.dialogue.level_course import between_two_levels, either_of_two_levels, level_in_a_course
from bot.dialogue.level_words import good_level, good_level_on_the_summary
from bot.dialogue.master_words import (
    master_said,
    no_trainer_said,
    trained_said,
    trainer_on_the_summary,
)
from bot.dialogue.meeting_words import (
    in_person_on_the_summary,
    meeting_in_words,
    whatsapp_call_at_its_question,
)
from bot.dialogue.moves import advance, back, go, home, in_dialogue
from bot.dialogue.name_alone import name_alone_on_the_summary
from bot.dialogue.name_digits import digit_in_name
from bot.dialogue.need_unsure import need_not_known
from bot.dialogue.no_german import no_german_said
from bot.dialogue.not_understood import NOT_SURE, question_not_understood
from bot.dialogue.owner_asks import finding_an_apprentice, relative_at_mine
from bot.dialogue.owner_words import kind_beside_a_wish, owner_at_the_menu, place_at_the_menu
from bot.dialogue.pages import codes_of
from bot.dialogue.phone_words import (
    chat_on_the_summary,
    phone_declined,
    whatsapp_without_a_number,
)
from bot.dialogue.press import SKIP, press, tap
from bot.dialogue.privacy_asked import privacy_answered
from bot.dialogue.questions import contact_question, current_question, fits
from bot.dialogue.role_words import role_by_wish
from bot.dialogue.said import QUESTION_MARK, saxony_named, tap_dont_know, tap_yes_or_no
from bot.dialogue.said_business import (
    ask_which,
    ask_which_holds,
    sector_from_trade,
    tap_by_year,
    tap_several_named,
)
from bot.dialogue.said_young import (
    age_on_the_summary,
    choice_left,
    for_myself,
    for_myself_at_the_menu,
    held_wish_answers,
    parents_words_at_the_situation,
    tap_by_age,
    tap_by_child_named,
    tap_by_level,
    tap_certificate_said,
    wish_answers_situation,
)
from bot.dialogue.school_left import school_left
from bot.dialogue.screens import render
from bot.dialogue.state import (
    Command,
    Context,
    Event,
    Location,
    Press,
    Result,
    SharedContact,
    Start,
    State,
    Text,
)
from bot.dialogue.street_words import (
    company_in_town,
    company_with_address,
    street_with_the_code,
)
from bot.dialogue.summary_change import answer_changed, change_asked_about
from bot.dialogue.talk_language import talk_language_on_the_summary
from bot.dialogue.taps import (
    TYPED_COMMANDS,
    names_an_option,
    tap_by_label,
    tap_by_words,
    typed_answer,
)
from bot.dialogue.texts import MEDIA_DURING_REQUEST, NO_REQUEST_MEDIA, WELCOME
from bot.dialogue.ticked_swap import option_added, option_swapped, trade_restated
from bot.dialogue.time_bound import limit_with_the_way, time_limit
from bot.dialogue.time_first import time_before_its_question
from bot.dialogue.town_corrected import town_corrected_on_the_summary
from bot.dialogue.trade_alone import trade_alone, trade_alone_held, trade_in_a_wish
from bot.dialogue.trade_changed import other_trade_on_the_summary, trade_on_the_summary
from bot.dialogue.trade_doubt import trade_in_doubt
from bot.dialogue.trade_dropped import trade_dropped
from bot.dialogue.trade_first import trade_at_the_menu, trade_held
from bot.dialogue.trade_named import situation_with_its_trade, trade_named, trade_named_held
from bot.dialogue.trade_not_dual import no_dual_trade
from bot.dialogue.trade_pair import first_of_two_trades
from bot.dialogue.trade_slip import offer_trade
from bot.dialogue.trade_vague import vague_trade
from bot.dialogue.trade_wish import (
    childs_trade_held,
    parent_says_a_trade,
    parents_trade_at_the_situation,
    trade_of_a_bare_wish,
    trade_wish,
    trade_wish_held,
    trade_wished_at_the_situation,
)
from bot.dialogue.two_meanings import ask_which_meant
from bot.dialogue.typed_words import (
    after_yes_or_no,
    beside_thanks,
    greets,
    is_filler,
    mentions_dont_know,
    one_step,
    phrase,
    says_dont_know,
    says_looks_fine,
    says_no,
    says_send,
    says_yes,
    without_politeness,
    written_in,
)
from bot.dialogue.unread_words import keep_unread
from bot.dialogue.way_slip import way_with_a_slip
from bot.dialogue.way_unknown import trade_with_the_way_unknown
from bot.dialogue.weekend import weekend_at_the_time
from bot.dialogue.whatsapp_wished import whatsapp_call_on_the_summary
from bot.dialogue.work_area import trade_of_a_work_area
from bot.flows.ask import ASK
from bot.flows.contact import NAME, WHATSAPP
from bot.flows.model import NO_POSTAL_CODE, POSTAL_KEY, Buttons, FreeText, PostalCode
from bot.flows.navigation import (
    MEDIA_LATER,
    RETYPED,
    Code,
    ScreenId,
    find_question,
    flow_named,
    split_screen,
)
from bot.i18n import N_, negotiate
from bot.validation import carries_detail, clean_text

__all__ = ["WELCOME", "render", "step"]


def step(state: State, event: Event, ctx: Context) -> Result:
    """Apply one event to a copy of ``state``; never raises for any input."""
    with one_step():
        return _stepped(state, event, ctx)


def _stepped(state: State, event: Event, ctx: Context) -> Result:
    digest = event.digest() if isinstance(event, Press) else None
    if digest is not None and digest == state.taken:
        # The same button on the same message again: the person tapped once more because
        # no answer came yet (a slow restart). Taken as a new step it would make the
        # screen they see stale, and each answer to that another one (issue 15).
        result = Result(state.copy(), repeat=True)
    else:
        result = _step(state, event, ctx)
        # Typed text is never a repeat: the same words twice may well be meant twice.
        result.state.taken = digest
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
        choosing = split_screen(state.screen)[0] is ScreenId.CHOOSE
        press(state, event.data, ctx, result)
        if choosing:
            # "Add to it or new?" came between the words typed and the dialogue they began.
            held_wish_answers(state, ctx, result)
            childs_trade_held(state, ctx, result)
            trade_wish_held(state, ctx, result)
            trade_alone_held(state, ctx, result)
            age_held(state, ctx, result)
            trade_held(state, ctx, result)
            trade_named_held(state, ctx, result)
            choice_left(state, ctx, result)
    elif isinstance(event, Text):
        if not _typed_over_the_ticks(state, event.text, ctx, result):
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


def _typed_over_the_ticks(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An answer typed at a question of several answers that words opened ("ich möchte
    den Beruf ändern", then "Friseur"): read as though nothing were ticked, it replaces
    the ticks (it was ticked beside the old trade, and both were sent). Words that tick
    nothing are read as usual, the ticks kept."""
    key = reopened_ticks(state)
    if key is None:
        return False
    trial = state.copy()
    trial.answers[key] = []
    _text(trial, text, ctx, Result(trial))
    if not trial.answers.get(key):
        return False
    state.answers[key] = []
    state.answers[RETYPED] = True
    _text(state, text, ctx, result)
    return True


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
    if language_changed(state, text):
        # "auf Deutsch bitte": the step again in German (stored as the trade wanted before).
        return
    named = language_named(text) if state.screen == ScreenId.LANG else None
    if named is not None:
        # "arabic", "عربي" typed under "Please choose your language": that language, as
        # its button. At the greeting they were answered at the menu as a question ("I
        # have no information page on this topic"), on the language menu told to tap.
        tap(state, Code.LANGUAGE.of(named), ctx, result)
        return
    if change_asked_about(state, text, ctx, result):
        # "was ist mit Video statt Telefon", "how about video instead?": the change asked
        # for, where the question was kept and the phone call sent.
        return
    if advice_cost_answered(state, text, ctx, result):
        # "kostet das was?": the advice is free (only "answered personally" before).
        return
    if duration_answered(state, text, ctx, result):
        # "wie lange dauert das?": the lengths the facts state (the same before).
        return
    if privacy_answered(state, text, ctx, result):
        # "was macht ihr mit meinen daten?" at the consent: its notice answers it.
        return
    if state.screen == ScreenId.SUMMARY and typed.asks_what(text):
        # "görüntülü arama nedir", "was ist AEVO" without its question mark: a question
        # for the advisor, answered personally. It changed the way to meet to a video
        # call, or was noted as words with no answer promised.
        typed.keep_for_advisor(text, ctx, result, typed.KEPT)
        return
    if state.screen == ScreenId.SUMMARY and corrects_a_detail(state, text, ctx, result):
        return
    if number_changed.on_the_summary(state, text, result):
        # "Meine Nummer hat sich geändert": kept as a note before, the old number sent.
        return
    if number_removed.on_the_summary(state, text, result):
        # "Löschen Sie meine Nummer": kept as a note before, the number sent all the same.
        return
    if data_corrected.on_the_summary(state, text, result):
        # "I want to correct my data": noted for the advisor before, who had nothing to do.
        return
    if chat_on_the_summary(state, text, ctx, result):
        # "kein Telefon, lieber hier schreiben": a note before, the number sent.
        return
    if age_on_the_summary(state, text, ctx, result):
        return
    if same_code_on_the_summary(state, text, result):
        # "04315", the code given: "we have noted your message" before, sent as a question.
        return
    code_before, office_before = state.answers.get(POSTAL_KEY), state.office
    if (
        postal.code_on_the_summary(state, text, ctx, result)
        or town_corrected_on_the_summary(state, text, ctx, result)
        # "wir sind in Chemnitz" (a note before; then "Do you mean Chemnitz?").
        or postal.town_on_the_summary(state, text, ctx, result)
    ):
        # "die PLZ ist 04317": told the code changed ("the Leipzig office is responsible
        # for you" alone, before); "nicht Leipzig sondern Chemnitz" (a note before).
        code_retold(state, code_before, office_before, result)
        return
    if name_alone_on_the_summary(state, text, ctx, result):
        # "Müller", "Yılmaz" alone: a note, with the ✏️ that changes the name ("Müller" was
        # asked "Do you mean the trade “Müller”?").
        return
    if postal.move_on_the_summary(state, text, ctx, result):
        # "Wir sind umgezogen": where to asked (a note before, the old code sent).
        return
    # The count first: "wir sind 12", "нас 12" changed the best time to noon.
    if (
        staff_on_the_summary(state, text, result)
        # "Friseur statt Koch": one of the ticked trades for another (kept as a message).
        or option_swapped(state, text, ctx, result)
        # "Verkäufer auch", "AEVO auch": one more ticked (kept as a message before).
        or option_added(state, text, ctx, result)
        # "Beruf: Friseur" where one trade is ticked: the new trade (a message before).
        or trade_restated(state, text, ctx, result)
        # "wir haben schon einen Ausbilder" after "no trainer yet" (a note before).
        or trainer_on_the_summary(state, text, ctx, result)
        # "lieber WhatsApp Anruf": WhatsApp's yes ("we have noted 'By phone'" before, the
        # wish dropped).
        or whatsapp_call_on_the_summary(state, text, ctx, result)
        # "bitte nicht vormittags", "sabah olmaz", "not by phone" alone: which instead (a
        # note before, or "sabah" read as the answer, the morning or the phone sent).
        or answer_dropped(state, text, ctx, result)
        or answer_changed(state, text, ctx, result)
        # "mein Deutsch ist gut", "my German is ok": B1 or B2, B1 or A1–A2 asked at the
        # German question (a note before, the old level sent).
        or good_level_on_the_summary(state, text, ctx, result)
        # "ich will doch Tischler werden", "Beruf Tischler": a trade not suggested (noted
        # for the advisor before, the old trade sent).
        or trade_on_the_summary(state, text, ctx, result)
        # "Tischler" alone: "Do you mean the trade “Tischler”?" (a note before).
        or other_trade_on_the_summary(state, text, ctx)
        # "Name ändern", "edit my age": the ✏️ (noted for the advisor before); after a
        # new answer named ("ich möchte Telefon" is the way to meet).
        or edit_asked(state, text, ctx, result)
        # "doch nicht Koch", "aşçı değil": which trade instead (a note before, the cook sent).
        or trade_dropped(state, text, ctx, result)
    ):
        return
    if talk_language_on_the_summary(state, text, ctx, result):
        # "lieber auf Türkisch", "بالعربي": the preferred language (a note before).
        return
    if email_on_the_summary(state, text, ctx, result):
        # "lieber per E-Mail", "e-posta ile": "E-mail instead of phone" where offered,
        # else the wish for the advisor, said so (a note with "Please tap" before).
        return
    if in_person_on_the_summary(state, text, ctx, result):
        # "lieber persönlich": office or business asked, where no answer was read
        # in the words (a note before, "By phone" sent).
        return
    if company_on_the_summary(state, text, ctx, result):
        # "Der Betrieb heißt Döner Palace": kept as a note before, the old name sent.
        return
    if earlier_answer_changed(state, text, ctx, result):
        # "sorry, die Nummer ist falsch: 0176 …" at a later question: kept as a message
        # before, the old answer stored.
        return
    if late_answer(state, text, ctx, result, _text):
        # "yes we have one apprentice right now" once the start is asked: "right now"
        # was the start, as soon as possible.
        return
    if state.screen == ScreenId.SUMMARY and says_send(text) and Code.SEND in codes_of(state):
        # "gönder", "absenden": the button's word typed, as its whole label is ("Talebi
        # gönder" sent the request, "gönder" got "Please tap one of the buttons below").
        tap(state, Code.SEND, ctx, result)
        return
    if state.screen == ScreenId.SUMMARY and (says_yes(text) or says_looks_fine(text)):
        # "Ja, alles richtig", "looks good" answer the summary's question in words: sent
        # to the advisor as a question before, the request still unsent.
        result.notify(TAP_SEND)
        return
    if (
        state.screen == ScreenId.SUMMARY
        and Code.SEND in codes_of(state)
        and (greets(text) == "thanks" or _fine_with_thanks(text))
    ):
        # "danke", "teşekkürler", "شكرا", "all good, thanks": thanked back, and told the
        # request is not sent yet ("Please tap one of the buttons below" before, while "ok"
        # got the hint; "all good, thanks", "tamam sağol" were a note for the advisor).
        result.notify(WELCOME_TAP_SEND)
        return
    if state.screen == ScreenId.QUESTION.of(WHATSAPP.key) and number_again(
        state, text, ctx, result
    ):
        return
    if question_not_understood(state, text, ctx, result):
        # "ich verstehe die Frage nicht": kept as a message before, the person left alone.
        return
    if _question_for_an_answer(state, screen_id, text):
        # Asked where a name or a trade was expected: kept, and not stored as the answer.
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_TYPING)
        return
    if code_before_its_question(state, text, ctx, result):
        # "01099" where the sector is asked: the postal code's answer, kept.
        return
    if screen_id is ScreenId.OTHER:
        if not filler(text, result) and fits(text, result):
            state.answers[f"{key}_other"] = text
            advance(state, key)
        return
    if screen_id is ScreenId.QUESTION:
        question = current_question(state)
        if isinstance(question, PostalCode):
            if sector_at_the_code(state, text, ctx, result):
                # "Gastronomie" where the sector was not asked ("I could not find this place").
                return
            if not _no_postal_code(state, text, ctx, result) and not filler_at_the_code(
                text, result
            ):
                postal.answer_text(state, text, ctx, result)
                # "Eisenbahnstraße 12, 04315 Leipzig": the street kept, not lost.
                street_with_the_code(state, text, ctx, result)
            return
        if isinstance(question, FreeText):
            if wish_read.wish(text, state.lang or "de", ctx.wish_read) == "delete":
                # "Bitte löschen Sie meine Daten" where a name was asked: /delete's question
                # (Back returns here), not the business's name.
                _command(state, "delete", ctx, result)
                return
            if (says_no(text) or skips(text)) and SKIP in codes_of(state):
                # "Nein" to "Would you like to give us your e-mail address too?", "nichts",
                # "weiter", "geç" to "What is it about?": Skip.
                tap(state, SKIP, ctx, result)
                return
            if question.key == NAME.key and name_needed(state, text, ctx, result):
                # "nein", "lieber nicht": why the name is asked ("in a few words" before).
                return
            if filler(text, result) or tap_by_label(state, text, ctx, result):
                # A button's label typed ("Skip"): its tap, not an answer in those words.
                return
            if (
                phone_declined(state, text, ctx, result)
                or whatsapp_without_a_number(state, text, ctx, result)
                # Before company_asked_again: "wir haben 8 Mitarbeiter" gives the count.
                or company_with_staff(state, text, ctx, result)
                # "Restaurant Istanbul, Eisenbahnstraße 5, 04315 Leipzig": the name.
                or company_with_address(state, text, ctx, result)
                # "Friseursalon Ayşe in Chemnitz": the name, the town for the advisor.
                or company_in_town(state, text, ctx, result)
                or company_asked_again(state, text, ctx, result)
            ):
                return
            if not email_for_a_phone(state, question, text, ctx, result) and not name_with_phone(
                state, question, text, ctx, result
            ):
                if question.key == NAME.key and name_asked_again(state, text, ctx, result):
                    return
                if question.key == NAME.key:
                    text = without_turkish_i(text, state.lang or "de")
                if digit_in_name(state, question, text, result):
                    # "Ayse2": asked whether the 2 belongs to the name (stored before).
                    return
                answer_free_text(state, question, text, result, ctx)
                if question.key == NAME.key and NAME.key in state.answers:
                    # "Ahmad, 17" after "18 to 24": the 17 was dropped silently.
                    age_beside_the_name(state, text, ctx, result)
            return
        if german_at_the_trade(state, text, ctx, result):
            # "Ich spreche Deutsch" at the trade question was stored as the trade wanted;
            # before "I don't know": "Almanca bilmiyorum" is no trade left open.
            return
        if no_german_said(state, text, ctx, result):
            # "almanca bilmiyorum" ("I don't know German") was "I don't know": a beginner.
            return
        if trade_with_the_way_unknown(state, text, ctx, result):
            # "Ich will Koch werden, aber ich weiß nicht wie": the cook, the words for the
            # advisor ("I don't know yet" was taken; the way is what is not known).
            return
        if isinstance(question, Buttons) and tap_dont_know(state, text, ctx, result):
            return
        if all_needs(state, text, ctx, result) or any_way(state, text, ctx, result):
            # "alle", "hepsi", "egal": taken for the words of "Something else" (or of
            # another trade) below.
            return
        if need_not_known(state, text, ctx, result):
            # "weiß nicht" where the help needed is asked was stored as the need.
            return
        if funding_asked(state, text, ctx, result):
            # "finanzielle Unterstützung" was "Support during training".
            return
        if tap_several_named(state, text, ctx, result):
            return
        # "em muốn làm đầu bếp": read as "đầu bếp" alone (kept as a message before, which
        # said nothing more than the trade).
        text = trade_of_a_bare_wish(state, text, ctx) or text
        if certificate_at_the_trade(state, text, ctx, result):
            # "Realschule" at the trade question was stored as another trade.
            return
        if trade_of_a_work_area(state, text, ctx, result):
            # "Küche", "satış": the cook, the sales assistant (another trade before).
            return
        if first_of_two_trades(state, text, ctx, result):
            # "Friseur oder Koch": the first, the words for the advisor (stored whole as
            # another trade before).
            return
        if trade_in_a_wish(state, text, ctx, result):
            # "بدي اشتغل نجار": "نجار" the other trade, not the whole wish.
            return
        if trade_in_doubt(state, text, ctx, result):
            # "Mechatroniker vielleicht": the trade, the doubt for the advisor ("vielleicht"
            # was stored as part of the trade's name).
            return
        if vague_trade(state, text, ctx, result):
            # "was mit Autos": "I don't know yet", the words for the advisor (stored word
            # for word as the trade wished before).
            return
        if no_dual_trade(state, text, ctx, result):
            # "Polizist": "I don't know yet", the words for the advisor (stored as the
            # trade wished before, though the menu leaves the police to the advisor).
            return
        if offer_trade(state, text, ctx):
            # "Kosch", "Friseuer": "Meinen Sie Koch/Köchin?" (another trade, and the
            # sector asked, before).
            return
        if isinstance(question, Buttons) and typed_answer(state, question, text, ctx, result):
            sector_from_trade(state, ctx, result)
            return
    if screen_id in _AFTER_POSTAL_CODE and whereabouts.gives_postal_code(text):
        # Another code typed where the step asks about the last one (outside Saxony, the
        # border, the places of a name): the question's answer again, not a note.
        go(state, ScreenId.QUESTION.of(POSTAL_KEY))
        postal.answer_text(state, text, ctx, result)
        return
    if (
        # "geboren am 12.3.2009": its age ("Please tap", or the day read as the age).
        birth_date_at_the_age(state, text, ctx, result)
        # "born in 06", "Jahrgang 2008": before the age alone ("06" was "Under 16").
        or birth_year_at_the_age(state, text, ctx, result)
        # "ich mache B1 kurs": the level below the course's (B1 was taken), before the
        # level alone.
        or level_in_a_course(state, text, ctx, result)
        # "A2, mache gerade B1", "A2/B1": the lower level (a note before).
        or between_two_levels(state, text, ctx, result)
        # "A2 oder B1": which of the two asked (a note before).
        or either_of_two_levels(state, text, ctx, result)
        # Before the age alone: "17 Jahre, Realschule" lost the certificate.
        or certificate_at_the_age(state, text, ctx, result)
        # "ich bin 17 und in der 10. Klasse": the age and no certificate yet.
        or school_year_at_the_age(state, text, ctx, result)
        # "Meine Tochter ist 15": the parent's and the child's age (the age was asked again,
        # or "kızım 15 yaşında" taken as the writer's own age).
        or parents_words_at_the_situation(state, text, ctx, result)
        # "мені 17 років" before the age is asked: noted for it, as at the menu.
        or age_at_the_situation(state, text, ctx, result)
        # "17 Jahre, Realschule in Syrien": the age, the rest kept (it was lost).
        or age_among_words(state, text, ctx, result)
        # "Mein Sohn sucht eine Ausbildung": the child's situation too (asked again); "Mein
        # Sohn will Koch werden": and the trade.
        or parents_trade_at_the_situation(state, text, ctx, result)
        # Turkish "abi" ("big brother") was taken for the Abitur: asked whether it is meant.
        or abi_at_the_certificate(state, text, ctx, result)
        # Before the labels: "Oberschulabschluss" was read as "Realschulabschluss".
        or ask_which_meant(state, text, ctx, result)
        or tap_by_label(state, text, ctx, result)
        or tap_by_age(state, text, ctx, result)
        or tap_by_level(state, text, ctx, result)
        or good_level(state, text, ctx, result)
        or any_way(state, text, ctx, result)
        or meeting_in_words(state, text, ctx, result)
        # "telefonish", "im restorant": the button (a note before, "Please tap").
        or way_with_a_slip(state, text, ctx, result)
        or ask_which_certificate(state, text, ctx, result)
        or master_said(state, text, ctx, result)
        or no_trainer_said(state, text, ctx, result)
        # "yes we have one apprentice right now": "Which one do you mean" before.
        or trained_said(state, text, ctx, result)
        or tap_by_year(state, text, ctx, result)
        # "am Wochenende": told the days we call on, rather than only "noted".
        or weekend_at_the_time(state, text, ctx, result)
        # "Rufen Sie mich nicht vor 10 Uhr an": "By phone" (a note before, the way asked again).
        or limit_with_the_way(state, text, ctx, result)
        # Before the clock: "nicht vor 10" is no hour to call at.
        or time_limit(state, text, ctx, result)
        or tap_by_clock(state, text, ctx, result)
        or time_before_its_question(state, text, ctx, result)
        # "whatsapp call pls": the yes and "By phone" (a note before, WhatsApp asked again).
        or whatsapp_call_at_its_question(state, text, ctx, result)
        or tap_yes_or_no(state, text, ctx, result)
        or tap_by_child_named(state, text, ctx, result)
        # "hab die Schule abgebrochen", "okulu bıraktım": which of none, grade 9 or abroad
        # fits, asked kindly (a note and "Please tap" before); before a school or country
        # abroad: "liseyi yarıda bıraktım" was taken for a certificate from abroad.
        or school_left(state, text, ctx, result)
        # "12. Klasse fertig": the Abitur or a certificate from abroad (a note before).
        or abitur_or_from_abroad(state, text, ctx, result)
        or tap_certificate_said(state, text, ctx, result)
        or certificate_among_words(state, text, ctx, result)
        or situation_with_its_trade(state, text, ctx, result)
        or for_myself(state, text, ctx, result)
        or role_by_wish(state, text, ctx, result)
        # "Ich möchte Koch werden" after the menu's button: as at the menu.
        or trade_wished_at_the_situation(state, text, ctx, result)
    ):
        return
    if screen_id is ScreenId.BORDER and saxony_named(state, text, ctx, result):
        return
    if screen_id is ScreenId.BORDER:
        # "Nein, Senftenberg", "Ja, Schwepnitz": the town after the yes or no tells.
        named = after_yes_or_no(text)
        if named is not None and (
            whereabouts.is_a_town(named) or whereabouts.sounds_like_a_town(named)
        ):
            go(state, ScreenId.QUESTION.of(POSTAL_KEY))
            postal.answer_text(state, named, ctx, result)
            return
    if screen_id in _NAMING_A_TOWN and whereabouts.names_a_town(text):
        # "Is your town in Saxony?" answered with its name ("Senftenberg", "Ich wohne in
        # Schwepnitz"), or a branch named under the offices ("We have a branch in Plauen"):
        # where that town is answers it ("Please tap one of the buttons" did not). Words
        # beside the name go to the advisor.
        if not whereabouts.is_a_town(text):
            typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE)
        go(state, ScreenId.QUESTION.of(POSTAL_KEY))
        postal.answer_text(state, text, ctx, result)
        return
    said = TYPED_COMMANDS.get(without_politeness(phrase(text)))
    if said is not None and not in_dialogue(state) and state.screen != ScreenId.LANG:
        # "Sprache ändern", "hilfe", "menü" at the main menu or on a page: what they say
        # ("I have no information page on this" before), as on a dialogue's question.
        _command(state, said, ctx, result)
        return
    # A wave or folded hands alone ("👋", "🙏") has no letters, but greets as words do.
    waved = greets(text) is not None and not in_dialogue(state) and state.screen != ScreenId.LANG
    if typed.is_question(state, text) or waved:
        said = greets(text)
        right = wish_read.wish(text, state.lang or "de", ctx.wish_read)
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
        elif number_removed.without_a_dialogue(state, text, result):
            # "Löschen Sie meine Telefonnummer" found the offices page by its words.
            pass
        elif number_changed.without_a_dialogue(state, text, result):
            # "My phone number changed" found the offices page by its words.
            pass
        elif contact_stopped.without_a_dialogue(state, text, result):
            # "Stop contacting me" found the offices page by its words.
            pass
        elif contact_complaint.without_a_dialogue(state, text, result):
            # "Warum wollen Sie mich nicht mehr kontaktieren?": for an advisor, not the
            # offices page ("why don't you call me anymore?" began a callback request).
            pass
        elif data_corrected.without_a_dialogue(state, text, result):
            # "I want to correct my data": "no page on this"; told how, the words kept.
            pass
        elif (
            fits(text, result)
            and not relative_at_mine(state, text, result)
            and not finding_an_apprentice(state, text, ctx, result)
            and not parent_says_a_trade(state, text, ctx, result)
            and not for_myself_at_the_menu(state, text, ctx, result)
            and not owner_at_the_menu(state, text, ctx, result)
            and not apprentice_for_a_business(state, text, ctx, result)
            and not trade_wish(state, text, ctx, result)
            and not age_at_the_menu(state, text, ctx, result)
            and not trade_alone(state, text, ctx, result)
            and not trade_at_the_menu(state, text, ctx, result)
            # "Ausbildung", "học nghề" alone: the young people's dialogue ("no page").
            and not apprenticeship_at_the_menu(state, text, ctx, result)
            and not place_at_the_menu(state, text, ctx, result)
        ):
            typed.answer(state, text, ctx, result)
            kind_beside_a_wish(state, text, result)
            wish_answers_situation(state, text, ctx, result)
            trade_named(state, text, ctx, result)
        return
    if not QUESTION_MARK.search(text) and tap_by_words(state, text, ctx, result):
        # "bin in ausbildung brauche hilfe": a label's words, however many (kept before).
        return
    if ask_which(state, text, ctx, result) or ask_which_holds(state, text, ctx, result):
        # "noch nicht" where two buttons begin so: which of them (after the words that
        # name one: "not yet, no trainer").
        return
    if details_before_consent(state, text, ctx, result):
        # "Ahmad Karimi", "0176 1234567" before the consent: not held (it was, as a
        # message for the advisor, and the name asked after consent anyway).
        return
    if (
        in_dialogue(state)
        and state.flow != ASK.key
        and (typed.looks_like_question(text) or carries_detail(text))
        # "Hallo?", "merhaba?": a greeting asks the advisor nothing.
        and greets(text) is None
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
        tap(state, Code.LANGUAGE.of(written_in(text) or state.lang or "de"), ctx, result)
        if greets(text) is None:
            _text(state, text, ctx, result)
        return
    said = TYPED_COMMANDS.get(without_politeness(phrase(text)))
    if said is not None and in_dialogue(state):
        # "menü", "hilfe", "Sprache ändern" where a tap was expected: what they say.
        _command(state, said, ctx, result)
        return
    if keep_unread(state, text, ctx, result):
        # "wochenende", "arbeitslos", "Zeugnis": no answer, but not lost either.
        return
    if in_dialogue(state) and says_dont_know(text):
        # "weiß nicht" where no button says it (the certificate): helped to choose, not
        # only told to tap.
        result.notify(NOT_SURE)
        return
    result.notify(N_("Please tap one of the buttons below."))


#: Told for a greeting or a thank-you typed where a question would find a page.
HELLO = N_("Hello! Please choose below what you are looking for, or write your question.")
WELCOME_THANKS = N_(
    "You are welcome! If you need anything else, please choose below or write your question."
)
#: Told for a goodbye typed outside a dialogue ("Tschüss", "bye", "مع السلامة").
GOODBYE = N_("Goodbye! If you need anything else, just write to us here.")

#: The screens of the postal code step where a town's name typed is the place meant.
_NAMING_A_TOWN = frozenset(
    {ScreenId.BORDER, ScreenId.OUTSIDE, ScreenId.PICK_OFFICE, ScreenId.PLACE, ScreenId.PLZ_GUESS}
)

#: The screens of the postal code step that follow a typed code or place.
_AFTER_POSTAL_CODE = frozenset(
    {ScreenId.PLZ_GUESS, ScreenId.PLACE, ScreenId.BORDER, ScreenId.PICK_OFFICE, ScreenId.OUTSIDE}
)


def _no_postal_code(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Weiß ich nicht", "I don't know my postal code", or the button's label typed at
    the postal code: the tap on "I don't know the postal code" (the offices to pick
    from), unless the words also name a Saxon town ("... ich wohne in Zwickau")."""
    # The words first: most answers here are a code, which answer_text classifies anyway.
    said = says_dont_know(text) or mentions_dont_know(text)
    if not said or whereabouts.gives_postal_code(text):
        return False
    if not says_dont_know(text) and whereabouts.names_a_saxon_town(text):
        return False
    tap(state, Code.ALTERNATIVE.of(NO_POSTAL_CODE), ctx, result)
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
    # "was ist ein Ausbildungsberuf" without its "?" was stored as another trade.
    if not in_dialogue(state) or state.flow == ASK.key:
        return False
    question = current_question(state) if screen_id is ScreenId.QUESTION else None
    if isinstance(question, FreeText) and typed.asks_how_much(text):
        # "wie viel verdient ein Azubi im ersten Jahr": stored as the business's name.
        return not question.takes_questions
    if not typed.asks_what(text):
        return False
    if screen_id is ScreenId.OTHER:
        return True
    if screen_id is not ScreenId.QUESTION:
        return False
    if isinstance(question, FreeText):
        return not question.takes_questions
    # "Wie finde ich einen Azubi?" where the needs are asked: that need's own words.
    return isinstance(question, Buttons) and question.typed and not names_an_option(state, text)


def _fine_with_thanks(text: str) -> bool:
    """Whether ``text`` thanks and says beside it only that all is fine ("all good,
    thanks", "tamam sağol"; not "nein danke")."""
    rest = beside_thanks(text)
    return rest is not None and (says_yes(rest) or says_looks_fine(rest))


#: Told when the summary is confirmed in words instead of with its button.
TAP_SEND = N_("To send your request, please tap “Send request” below.")
#: Told for a thank-you typed on the summary, before the request is sent.
WELCOME_TAP_SEND = N_(
    "You are welcome! Your request is not sent yet: please tap “Send request” below."
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
    answer_free_text(state, question, phone if phone.startswith("+") else f"+{phone}", result)
