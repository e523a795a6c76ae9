"""An earlier answer corrected at a later question, before the summary: the stored answer
changes and the person is told so; the question at hand is asked again."""

from __future__ import annotations

import pytest

from bot.dialogue.correcting_words import correction_left_out
from bot.dialogue.earlier_corrected import OFFICE_NOW_RESPONSIBLE
from bot.dialogue.keys import BACK_LABEL, YOUNG_LABEL
from bot.dialogue.postal import OFFICE_RESPONSIBLE
from bot.dialogue.summary_change import CHANGED_ANSWER
from bot.i18n import NATIVE_NAMES, translator
from tests.dialogue_driver import Driver, start_label
from tests.test_business_typing import business_at_meeting, business_on_the_summary


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "sorry, die Nummer ist falsch: 0341 7654321"),
        ("ar", "العربية", "عفوا، الرقم خطأ: 0341 7654321"),
        ("tr", "Türkçe", "pardon, numara yanlış: 0341 7654321"),
        ("vi", "Tiếng Việt", "xin lỗi, số điện thoại sai: 0341 7654321"),
        ("uk", "Українська", "вибачте, номер неправильний: 0341 7654321"),
        ("en", "English", "sorry, the number is wrong: 0341 7654321"),
    ],
)
def test_a_phone_number_corrected_at_the_meeting_question_is_the_new_phone(
    lang: str, button: str, typed: str
) -> None:
    # The words were kept as a message, and the old number (0341 1234567) was sent.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers["phone"] == "+493417654321"
    # Told of the change (with the words kept, in the same thanks).
    changed = translator(lang).gettext("Thank you, we have changed your phone number.")
    assert changed.rstrip(".") in d.text
    assert d.state.screen == "q:meeting"


def test_a_mobile_number_corrected_asks_whatsapp_and_then_the_meeting_again() -> None:
    d = business_at_meeting()
    d.type("sorry, die Nummer ist falsch: 0176 12345678")
    assert d.state.answers["phone"] == "+4917612345678"
    assert d.state.screen == "q:whatsapp"
    d.press("Nein")
    assert d.state.screen == "q:meeting"


def business_at_experience(lang: str, button: str) -> Driver:
    """A business owner in ``lang``'s chat at the experience question (04315 given)."""
    d = Driver(lang)
    d.press(button)
    d.press("🏢")
    d.type("Döner Palast")
    d.press(d.labels()[0])  # a cook
    d.type("04315")
    assert d.state.screen == "q:experience"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "nein, doch 04317"),
        ("ar", "العربية", "لا، 04317"),
        ("tr", "Türkçe", "hayır, 04317"),
        ("vi", "Tiếng Việt", "nhầm, 04317"),
        ("uk", "Українська", "ні, 04317"),
        ("en", "English", "no, actually 04317"),
        # Everyday words for "sorry", "I mean", "I mistyped" and "no".
        ("de", "Deutsch", "nee, 04317"),
        ("de", "Deutsch", "vertippt, 04317"),
        ("tr", "Türkçe", "affedersiniz, 04317"),
        ("tr", "Türkçe", "kusura bakmayın, 04317"),
        ("tr", "Türkçe", "yok, 04317"),
        ("uk", "Українська", "перепрошую, 04317"),
        ("uk", "Українська", "вибач, точніше 04317"),
        ("ar", "العربية", "سوري، 04317"),
        ("ar", "العربية", "عذرا، قصدي 04317"),
        ("ar", "العربية", "آسفة، 04317"),
        ("vi", "Tiếng Việt", "ko, 04317"),
        # "Typo", "oops": kept as a message before, 04315 sent.
        ("de", "Deutsch", "Tippfehler, PLZ ist 04317"),
        ("en", "English", "oops, 04317"),
    ],
)
def test_a_postal_code_corrected_at_the_experience_question_is_the_new_code(
    lang: str, button: str, typed: str
) -> None:
    # The words were kept as a message, and 04315 stayed the postal code.
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.answers["plz"] == "04317"
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0]
    assert changed in d.text and "04317" in d.text
    assert d.state.screen == "q:experience"


def test_back_from_a_question_opened_by_words_returns_to_where_one_was() -> None:
    # Back went to the question before the trades (the business's name), and on from
    # there every answer was asked again.
    for lang, typed in (
        ("de", "ich möchte den Beruf ändern"),
        ("tr", "mesleği değiştirmek istiyorum"),
        ("en", "wait, I want to change the trade"),
    ):
        d = business_at_experience(lang, NATIVE_NAMES[lang])
        back = translator(lang).gettext(BACK_LABEL)
        d.press(d.labels()[0])  # an experience
        d.type(typed)
        assert d.state.screen == "q:trades"
        screens = []
        for tap in (back, start_label(d.ctx.now, 1), back, back):
            d.press(tap)
            screens.append(d.state.screen)
        assert screens == ["q:start", "q:needs", "q:start", "q:experience"]
        assert d.state.answers["trades"] == ["koch"]


def test_a_trade_typed_where_words_opened_the_trades_replaces_the_ticked_one() -> None:
    # "Friseur" was ticked beside the cook, and both were sent.
    for lang, change, trade, kept in (
        ("de", "ich möchte den Beruf ändern", "Friseur", "Fertig"),
        ("tr", "mesleği değiştirmek istiyorum", "kuaför", "Tamam"),
        ("en", "wait, I want to change the trade", "hairdresser", "Done"),
        # No trade named: the cook stays ticked.
        ("en", "wait, I want to change the trade", "what does it cost?", "Done"),
    ):
        d = business_at_experience(lang, NATIVE_NAMES[lang])
        d.press(d.labels()[0])  # an experience
        d.type(change)
        d.type(trade)
        d.press(kept)
        ticked = ["koch"] if trade.endswith("?") else ["friseur"]
        assert d.state.answers["trades"] == ticked and d.state.screen == "q:start"
    # A second trade typed after the first is one more.
    d.type("I want to change the trade")
    d.type("hairdresser")
    d.type("sales assistant")
    d.press("Done")
    assert d.state.answers["trades"] == ["verkauf", "friseur"]
    assert "resume_retyped" not in d.state.answers


def test_a_postal_code_without_a_correcting_word_is_no_change() -> None:
    d = business_at_experience("de", "Deutsch")
    d.type("Filiale in 04317")
    assert d.state.answers["plz"] == "04315"


def test_a_bare_no_answers_the_question_at_hand() -> None:
    d = business_at_meeting()
    d.type("sorry, die Nummer ist falsch: 0176 12345678")
    assert d.state.screen == "q:whatsapp"
    d.type("nein")
    assert d.state.answers["whatsapp"] == "no" and d.state.screen == "q:meeting"


@pytest.mark.parametrize("at_summary", [False, True])
def test_a_corrected_number_is_said_changed_once_and_not_also_kept_as_a_message(
    at_summary: bool,
) -> None:
    # "Vielen Dank, wir haben Ihre Telefonnummer geändert." was followed by "Vielen Dank,
    # wir haben „+49 176 …“ als Ihre Antwort notiert. … bekommt Ihre Nachricht …": the
    # correcting words went to the advisor as a message of their own.
    d = business_at_meeting()
    if at_summary:
        d.press("Am Telefon")
        d.press(d.labels()[0])
        assert d.state.screen == "summary"
    d.type("sorry, die Nummer ist falsch: 0176 12345678")
    assert d.state.answers["phone"] == "+4917612345678"
    assert "Telefonnummer geändert" in d.text and "als Ihre Antwort notiert" not in d.text
    assert d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        # A "no" about something else, and the number of someone else: the person's own
        # number was replaced by the wife's (review, 2026-12-05).
        ("vi", "Tiếng Việt", "Tôi không nghe máy buổi sáng, số của vợ tôi là 0176 12345678"),
        ("ar", "العربية", "لا أرد صباحًا، رقم زوجتي 0176 12345678"),
        ("en", "English", "no mornings please, or my wife's number 0176 12345678"),
    ],
)
def test_a_no_about_something_else_beside_another_number_changes_nothing(
    lang: str, button: str, typed: str
) -> None:
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers["phone"] == "+493411234567"
    assert d.state.screen == "q:meeting"


def _question_line(text: str) -> str:
    """The screen's "Frage N von M" line."""
    return next(line for line in text.splitlines() if line.startswith("Frage "))


def test_the_whatsapp_detour_looks_and_goes_back_like_the_normal_way() -> None:
    # The meeting question came back without its "Frage 9 von 12" line, and Back from it
    # went to the phone question, past WhatsApp.
    normal = business_at_meeting()
    normal.press("Zurück")
    normal.type("0176 12345678")
    normal.press("Nein")
    assert normal.state.screen == "q:meeting"
    d = business_at_meeting()
    d.type("sorry, die Nummer ist falsch: 0176 12345678")
    assert d.state.screen == "q:whatsapp"
    d.press("Nein")
    assert d.state.screen == "q:meeting"
    assert _question_line(d.text) == _question_line(normal.text)
    d.press("Zurück")
    assert d.state.screen == "q:whatsapp"
    assert _question_line(d.text).startswith("Frage ")
    d.press("Zurück")
    assert d.state.screen == "q:phone"


def test_after_the_whatsapp_detour_a_later_question_at_hand_comes_back() -> None:
    # Corrected at the time question: WhatsApp, then the time question again, and Back
    # goes through the meeting question answered before.
    d = business_at_meeting()
    d.press("Am Telefon")
    assert d.state.screen == "q:time"
    d.type("sorry, die Nummer ist falsch: 0176 12345678")
    d.press("Nein")
    assert d.state.screen == "q:time" and _question_line(d.text).startswith("Frage ")
    d.press("Zurück")
    assert d.state.screen == "q:meeting"
    d.press("Zurück")
    assert d.state.screen == "q:whatsapp"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "sorry, doch lieber {year}"),
        ("ar", "العربية", "عفوا، الأفضل {year}"),
        ("tr", "Türkçe", "pardon, {year} olsun"),
        ("vi", "Tiếng Việt", "xin lỗi, năm {year}"),
        ("uk", "Українська", "вибачте, краще {year}"),
        ("en", "English", "sorry, rather {year}"),
    ],
)
def test_a_training_start_corrected_at_the_meeting_question_is_the_new_start(
    lang: str, button: str, typed: str
) -> None:
    # The words were kept as a message and the start stayed the year tapped before
    # ("doch lieber 2027" alone stopped the chat with an error).
    d = business_at_meeting(lang, button)
    tapped, wanted = start_label(d.ctx.now, 1), start_label(d.ctx.now, 0)
    assert d.state.answers["start"] == tapped
    d.type(typed.format(year=wanted))
    assert d.state.answers["start"] == wanted
    t = translator(lang)
    changed = t.gettext(CHANGED_ANSWER).split("{question}")[0]
    assert changed in d.text and t.gettext("Start of training") in d.text and wanted in d.text
    assert d.state.screen == "q:meeting"
    assert d.ctx.held_question is None


def test_a_start_corrected_at_the_needs_question_asks_the_needs_again() -> None:
    d = business_at_experience("de", "Deutsch")
    d.press("Noch nicht, ohne Ausbilder")
    d.press("Weiß ich noch nicht")
    assert d.state.screen == "q:needs"
    d.type(f"sorry, doch lieber {start_label(d.ctx.now, 1)}")
    assert d.state.answers["start"] == start_label(d.ctx.now, 1)
    assert d.state.screen == "q:needs" and "needs" not in d.state.answers


@pytest.mark.parametrize("typed", ["{year}", "lieber {year}", "sorry, doch lieber {year}"])
def test_a_start_year_typed_on_the_summary_is_the_new_start(typed: str) -> None:
    # "2027" or "lieber 2027" on the summary stopped the chat with an error, and "sorry,
    # doch lieber 2027" was kept as a message, the old start sent.
    d = business_at_meeting()
    d.press("Am Telefon")
    d.press(d.labels()[0])
    assert d.state.screen == "summary"
    wanted = start_label(d.ctx.now, 0)
    d.type(typed.format(year=wanted))
    assert d.state.answers["start"] == wanted and d.state.screen == "summary"
    assert f"„{wanted}“" in d.text


def test_a_start_year_no_button_offers_is_no_change() -> None:
    d = business_at_meeting()
    later = str(int(start_label(d.ctx.now, 0)) + 5)
    d.type(f"sorry, doch lieber {later}")
    assert d.state.answers["start"] == start_label(d.ctx.now, 1)


def young_at_the_certificate(lang: str) -> Driver:
    """A young person in ``lang``'s chat at the certificate question, the trade typed as a
    cook ("Koch/Köchin") before."""
    t = translator(lang)
    d = Driver(lang)
    d.press(NATIVE_NAMES[lang])
    d.press(t.gettext(YOUNG_LABEL))
    d.press(t.gettext("Looking for an apprenticeship"))
    d.press(t.gettext("16 or 17"))
    d.type(
        {"de": "Koch", "ar": "طباخ", "tr": "aşçı", "vi": "đầu bếp", "uk": "кухар"}.get(lang, "cook")
    )
    assert d.state.screen == "q:certificate" and d.state.answers["trade"] == "koch"
    return d


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "sorry, doch lieber Friseur"),
        ("de", "sorry, Friseur"),
        ("ar", "عفوا، حلاق"),
        ("tr", "pardon, kuaför olsun"),
        ("tr", "yanlış, kuaför"),
        ("vi", "xin lỗi, thợ làm tóc"),
        ("uk", "вибачте, перукар"),
        ("en", "sorry, hairdresser"),
    ],
)
def test_a_trade_corrected_with_an_apology_at_a_later_question_is_the_new_trade(
    lang: str, typed: str
) -> None:
    # "doch lieber Friseur" changed the trade, but with "sorry" before it the words were
    # kept as a message and the cook was sent.
    d = young_at_the_certificate(lang)
    d.type(typed)
    assert d.state.answers["trade"] == "friseur"
    assert d.state.screen == "q:certificate"
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0]
    assert changed in d.text and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "sorry ich bin doch 18"),
        ("de", "Entschuldigung, ich bin 18 Jahre alt"),
        ("ar", "عفوا، عمري 18"),
        ("tr", "pardon, 18 yaşındayım"),
        ("vi", "xin lỗi, em 18 tuổi"),
        ("uk", "вибачте, мені 18"),
        ("en", "sorry, I'm 18"),
    ],
)
def test_an_age_corrected_at_a_later_question_is_the_new_age(lang: str, typed: str) -> None:
    # The words were kept as a message, and "16 or 17" was sent.
    d = young_at_the_certificate(lang)
    d.type(typed)
    assert d.state.answers["age"] == "18-24"
    assert d.state.screen == "q:certificate"
    t = translator(lang)
    changed = t.gettext(CHANGED_ANSWER).split("{question}")[0]
    assert changed in d.text and d.ctx.held_question is None
    marks = dict.fromkeys(map(ord, "\u2068\u2069\u200f"))  # Arabic's isolates and marks
    assert t.gettext("18 to 24").translate(marks) in d.text.translate(marks)


def test_an_age_without_a_correcting_word_at_a_later_question_is_no_change() -> None:
    d = young_at_the_certificate("de")
    d.type("mein Bruder ist 12")
    assert d.state.answers["age"] == "16-17"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "sorry, doch {year}"),
        ("ar", "العربية", "عفوا، {year}"),
        ("tr", "Türkçe", "pardon, {year}"),
        ("vi", "Tiếng Việt", "xin lỗi, {year}"),
        ("uk", "Українська", "вибачте, {year}"),
        ("en", "English", "sorry, actually {year}"),
    ],
)
def test_a_start_year_corrected_at_the_needs_question_is_the_new_start(
    lang: str, button: str, typed: str
) -> None:
    # Stored as the need "Something else: sorry, doch 2027", the start left as it was.
    from tests.test_business_typing import business_at_needs

    d = business_at_needs(lang, button)
    year = start_label(d.ctx.now)
    d.type(typed.format(year=year))
    assert d.state.answers["start"] == year and "needs" not in d.state.answers
    assert d.state.screen == "q:needs"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("vi", "Tiếng Việt", "Xin cảm ơn, số của vợ tôi là 0176 12345678"),
        ("vi", "Tiếng Việt", "xin chào, 0176 12345678"),
        ("de", "Deutsch", "Ja, stimmt, meine Frau ist unter 0176 12345678 erreichbar"),
        ("de", "Deutsch", "Rufen Sie doch morgen an, 0176 12345678"),
    ],
)
def test_a_greeting_thanks_or_agreeing_with_a_number_does_not_replace_the_phone(
    lang: str, button: str, typed: str
) -> None:
    # "xin" (as in "xin chào", "xin cảm ơn"), "stimmt" (agreeing) and the particle "doch"
    # were read as correcting words: "Thank you, we have changed your phone number."
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers["phone"] == "+493411234567"
    assert translator(lang).gettext("Thank you, we have changed your phone number.") not in d.text


@pytest.mark.parametrize(
    "typed", ["das stimmt nicht, 0176 12345678", "doch 0176 12345678", "nein, doch 0176 12345678"]
)
def test_stimmt_nicht_and_doch_before_the_number_still_correct_it(typed: str) -> None:
    d = business_at_meeting()
    d.type(typed)
    assert d.state.answers["phone"] == "+4917612345678"


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("Sorry, der Betrieb heißt eigentlich Döner Palace", "der Betrieb heißt Döner Palace"),
        ("Moment, nein: Name des Betriebs: Sai Gon", "Name des Betriebs: Sai Gon"),
        ("özür dilerim, dükkanın adı aslında Berber Ali", "dükkanın adı Berber Ali"),
        ("عفوا، اسم المحل مطعم الشام", "اسم المحل مطعم الشام"),
        ("xin lỗi, tên tiệm thực ra là Nail Hoa", "tên tiệm là Nail Hoa"),
        ("Перепрошую, фірма насправді називається СТО Олега", "фірма називається СТО Олега"),
        ("Ja, richtig", "Ja, richtig"),
        # "Actually" at the end: "Name: Ali Demir actually" on the summary.
        ("my name is Ali Demir actually", "my name is Ali Demir"),
        ("der Betrieb heißt Döner Palace, eigentlich.", "der Betrieb heißt Döner Palace"),
    ],
)
def test_the_words_that_say_a_correction_are_left_out_of_it(typed: str, left: str) -> None:
    # One list (bot.dialogue.correcting_words) for what opens a correction: the business
    # name's on the summary had its own beside it.
    assert correction_left_out(typed) == left


def test_actually_after_a_name_given_anew_on_the_summary_is_no_part_of_it() -> None:
    # "Name: Ali Demir actually" was sent.
    d = business_on_the_summary("en", "English")
    assert "Name: Ali Demir\n" in d.type("my name is Ali Demir actually").text
    assert d.state.answers["name"] == "Ali Demir"


#: A postal code corrected in a sentence ("die PLZ ist eigentlich …"): kept as a message
#: before, on the summary and at the name question, and the old code and office sent.
CODE_CORRECTED = (
    ("de", "Deutsch", "Sorry, die PLZ ist eigentlich 09126"),
    ("en", "English", "sorry, the postal code is actually 09126"),
    ("tr", "Türkçe", "pardon, posta kodu aslında 09126"),
)


@pytest.mark.parametrize(("lang", "button", "typed"), CODE_CORRECTED)
def test_a_postal_code_corrected_in_a_sentence_on_the_summary_is_the_new_code(
    lang: str, button: str, typed: str
) -> None:
    d = business_at_meeting(lang, button)
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # the first time of day
    assert d.state.screen == "summary"
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers["plz"] == "09126"
    assert d.state.office == "chemnitz"
    # The new office after the change, without a second "Thank you" in a row.
    t = translator(lang)
    assert t.gettext(OFFICE_NOW_RESPONSIBLE).format(city="Chemnitz") in d.text
    assert t.gettext(OFFICE_RESPONSIBLE).split("{city}")[0] not in d.text


@pytest.mark.parametrize(("lang", "button", "typed"), CODE_CORRECTED)
def test_a_postal_code_corrected_at_the_name_question_is_the_new_code(
    lang: str, button: str, typed: str
) -> None:
    d = business_at_experience(lang, button)
    d.press(d.labels()[3])  # not yet, and no trainer yet
    d.press(start_label(d.ctx.now, 1))
    d.press(d.labels()[1])  # finding an apprentice
    d.press(d.labels()[0])  # I agree
    assert d.state.screen == "q:name"
    d.type(typed)
    assert d.state.answers["plz"] == "09126" and d.state.office == "chemnitz"
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0]
    assert changed in d.text


@pytest.mark.parametrize(
    ("lang", "button", "town", "code", "office"),
    [
        ("de", "Deutsch", "Leipzig", "04315", "leipzig"),
        ("en", "English", "Chemnitz", "09126", "chemnitz"),
        ("de", "Deutsch", "Dresden", "01099", "dresden"),
        ("tr", "Türkçe", "Leipzig", "PLZ 04416", "leipzig"),
    ],
)
def test_the_exact_postal_code_typed_after_the_town_is_the_new_code(
    lang: str, button: str, town: str, code: str, office: str
) -> None:
    # "Leipzig" answered the postal code with the town's first code (04109); "04315"
    # typed next was kept as a message, and 04109 sent. Then "The KAUSA office in Leipzig
    # is responsible for you" was said again beside the change, as if news.
    d = Driver(lang)
    d.press(button)
    d.press("🏢")
    d.type("Döner Palast")
    d.press(d.labels()[0])  # a cook
    d.type(town)
    assert d.state.screen == "q:experience" and d.state.answers["plz"] != code[-5:]
    d.type(code)
    assert d.state.answers["plz"] == code[-5:] and d.state.office == office
    assert d.state.screen == "q:experience" and d.ctx.held_question is None
    told = translator(lang).gettext(OFFICE_RESPONSIBLE).split("{city}")[0]
    assert told not in d.text
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0]
    assert changed in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed", "done"),
    [
        ("de", "Deutsch", "ich möchte den Beruf ändern", "Fertig"),
        ("de", "Deutsch", "Moment, der Beruf ist falsch", "Fertig"),
        ("tr", "Türkçe", "mesleği değiştirmek istiyorum", "Tamam"),
        ("en", "English", "wait, I want to change the trade", "Done"),
        ("de", "Deutsch", "falscher Beruf", "Fertig"),
        ("en", "English", "oops, wrong trade", "Done"),
    ],
)
def test_an_earlier_answer_asked_to_be_changed_is_opened_and_the_question_at_hand_resumed(
    lang: str, button: str, typed: str, done: str
) -> None:
    # Kept as a message, and the cook sent: the trade could not be changed before the
    # summary.
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.screen == "q:trades" and d.ctx.held_question is None
    d.press("Koch/Köchin")  # untick the cook
    d.press("Friseur/in")
    d.press(done)
    assert d.state.answers["trades"] == ["friseur"] and d.state.screen == "q:experience"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Friseur statt Koch"),
        ("de", "Deutsch", "Beruf: Friseur"),
        ("en", "English", "the trade should be hairdresser"),
        ("tr", "Türkçe", "meslek kuaför olsun"),
        # A correction's words say it as the trade's word does.
        ("de", "Deutsch", "nein, doch Friseur"),
        ("en", "English", "no, actually hairdresser"),
        ("tr", "Türkçe", "pardon, kuaför"),
    ],
)
def test_a_trade_restated_at_a_later_question_is_the_new_trade(
    lang: str, button: str, typed: str
) -> None:
    # Kept as a message, and the cook sent (on the summary the same words changed it).
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.answers["trades"] == ["friseur"] and d.state.screen == "q:experience"
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0]
    assert changed in d.text and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "typed", "at_time"),
    [
        ("de", "ich heiße nicht Ali", False),
        ("en", "sorry my name is not Ali", False),
        ("tr", "adım Ali değil", False),
        ("uk", "мене звати не Алі", False),
        ("vi", "tên tôi không phải Ali", False),
        ("ar", "اسمي ليس علي", False),
        ("de", "sorry, ich heiße nicht Ali", True),
        ("en", "my name isn't Ali", True),
    ],
)
def test_the_name_ruled_out_at_a_later_question_asks_the_name_then_that_question(
    lang: str, typed: str, at_time: bool
) -> None:
    # A note for the advisor, the same question asked again, and "Ali Yılmaz" sent.
    d = business_at_meeting(lang, NATIVE_NAMES[lang])
    if at_time:
        d.press(d.labels()[0])  # by phone
    at = d.state.screen
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:name" and d.ctx.held_question is None
    assert t.gettext("What is your name?") in d.text
    d.type("Veli Demir")
    assert d.state.screen == at and d.state.answers["name"] == "Veli Demir"
