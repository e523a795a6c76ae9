"""One way or time ruled out and another named beside it: what is left beside. The
dialogues: tests/test_business_typing.py (TIME_RULED_OUT, "not by phone, video call")."""

from __future__ import annotations

import pytest

from bot.dialogue.ruled_out import beside_the_ruled_out
from tests.test_business_typing import MORNING_RULED_OUT, business_on_the_summary


@pytest.mark.parametrize(
    ("typed", "beside"),
    [
        ("no, morning is bad, afternoon", "afternoon"),
        ("morgens geht nicht, lieber nachmittags", "nachmittags"),
        ("зранку не можу, після обіду", "після обіду"),
        # Both ruled out, or nothing named beside: no answer read.
        ("morgens schlecht, nachmittags auch", None),
        ("sabah da öğlen de olmaz", None),
        ("not in the morning", None),
        # "bán hàng" (sales) without its accents is "bận" (busy): nothing ruled out.
        ("xin lỗi, nghề là bán hàng", None),
    ],
)
def test_the_words_beside_what_is_ruled_out(typed: str, beside: str | None) -> None:
    assert beside_the_ruled_out(typed) == beside


def test_not_one_time_but_another_on_the_summary_keeps_no_words() -> None:
    # "Not A but B" says no more than the change: nothing for the advisor (as before the
    # part ruled out was read).
    d = business_on_the_summary("de", "Deutsch")
    d.type("nicht vormittags sondern abends")
    assert d.state.answers["time"] == "evening" and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "button", "typed", "time"),
    [
        *MORNING_RULED_OUT,
        ("en", "English", "no, not morning, evening", "evening"),
        ("de", "Deutsch", "nein, nicht vormittags, abends", "evening"),
        ("uk", "Українська", "ні, не зранку, ввечері", "evening"),
        ("tr", "Türkçe", "hayır, sabah olmaz, akşam", "evening"),
    ],
)
def test_the_old_time_ruled_out_beside_the_new_one_keeps_no_words(
    lang: str, button: str, typed: str, time: str
) -> None:
    # "no, not morning, evening" changed the time and was also kept as a message for the
    # advisor, who read "no, not morning, evening" beside "Best time: evening". (A time
    # other than the old one ruled out is kept: tests/test_business_typing.py.)
    d = business_on_the_summary(lang, button)
    d.type(typed)
    assert d.state.answers["time"] == time and d.ctx.held_question is None


def test_a_reason_beside_the_time_ruled_out_is_kept() -> None:
    # What the old answer is ruled out with says more than the change: for the advisor.
    d = business_on_the_summary("en", "English")
    d.type("morning is bad because of the market, evening")
    assert d.state.answers["time"] == "evening"
    assert d.ctx.held_question == "morning is bad because of the market, evening"
