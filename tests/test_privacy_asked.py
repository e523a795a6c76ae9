"""What is done with one's data, asked at the consent (bot.dialogue.privacy_asked)."""

from __future__ import annotations

import pytest

from bot.dialogue.duration_asked import NOTED_TOO
from bot.dialogue.privacy_asked import NOTICE_ANSWERS
from bot.i18n import NATIVE_NAMES, translator
from tests.test_business_typing import business_at_consent


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "was macht ihr mit meinen daten?"),
        ("de", "was macht ihr mit meinen daten"),
        ("en", "what do you do with my data?"),
        ("tr", "verilerimle ne yapıyorsunuz?"),
        ("uk", "що ви робите з моїми даними?"),
        ("vi", "các bạn làm gì với dữ liệu của tôi?"),
        ("ar", "ماذا تفعلون ببياناتي؟"),
        # A yes before it is no consent: the question is answered, the consent asked again.
        ("de", "Ja klar, was passiert mit meinen Daten?"),
        # One's number or details named, not "data": "the advisor will answer it
        # personally", though the notice answers it.
        ("de", "Ja, aber wer kann meine Telefonnummer sehen?"),
        ("de", "ok, und meine Angaben bleiben bei Ihnen?"),
        ("en", "ok, who gets my details?"),
        ("en", "yes but what do you do with my number"),
        ("tr", "evet, numaramı kim görecek?"),
        ("tr", "tamam ama bilgilerim kimle paylaşılıyor"),
        ("uk", "так, а хто побачить мій номер?"),
        ("vi", "được, ai xem số điện thoại của tôi?"),
        ("vi", "ok, thông tin của tôi có an toàn không?"),
        ("vi", "có, nhưng thông tin của em có bị chia sẻ không"),
        ("vi", "số điện thoại của em ai xem được?"),
        ("ar", "تمام، مين بيشوف رقمي؟"),
    ],
)
def test_a_question_about_ones_data_at_the_consent_points_to_its_notice(
    lang: str, typed: str
) -> None:
    # Only "the advisor will answer it personally", though the notice on that very screen
    # answers it.
    d = business_at_consent(lang, NATIVE_NAMES[lang])
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "consent"
    assert t.gettext(NOTICE_ANSWERS) in d.text and t.gettext(NOTED_TOO) in d.text
    assert d.ctx.held_question == typed


def test_other_words_at_the_consent_are_read_as_before() -> None:
    d = business_at_consent("de", "Deutsch")
    d.type("ja")
    assert d.state.screen != "consent"
