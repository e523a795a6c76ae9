"""The page a plain form's step showed waits for its redirect once, and not for long."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.dialogue.service import Reply
from bot.dialogue.state import Screen
from bot.web.left_behind import KEPT_FOR as GIVEN_BACK_FOR
from bot.web.left_behind import GivenBack
from bot.web.shown import FRESH, UNSENT, Shown, StepPages


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def shown(text: str) -> Shown:
    return Shown(Reply(Screen(text), "en", before=(f"before {text}",)))


def test_the_redirected_page_takes_the_last_step_once() -> None:
    pages = StepPages(Clock())
    pages.keep("a", shown("first"))
    pages.keep("a", shown("second"))
    pages.keep("b", shown("other"))
    taken = pages.take("a")
    assert taken is not None and taken.reply.before == ("before second",)
    assert pages.take("a") is None  # a reload: the screen as it is now
    assert pages.take("nobody") is None


def test_a_step_not_followed_at_once_is_history() -> None:
    clock = Clock()
    pages = StepPages(clock)
    pages.keep("a", shown("first"))
    pages.keep("b", shown("second"))
    clock.now += FRESH
    assert pages.take("a") is not None
    clock.now += timedelta(seconds=1)
    assert pages.take("b") is None


def test_only_the_newest_steps_are_kept() -> None:
    pages = StepPages(Clock(), kept=2)
    for person in ("a", "b", "c"):
        pages.keep(person, shown(person))
    assert pages.take("a") is None
    assert pages.take("b") is not None and pages.take("c") is not None


def test_words_not_taken_wait_in_the_field_of_their_screen() -> None:
    clock = Clock()
    pages = StepPages(clock)
    refused = Shown(Reply(Screen("What is your name?"), "en", step="q:name"), "Ayşe")
    pages.keep("a", refused)
    assert pages.take("a") == refused
    # Loaded again (a reload): the words are back in the field of the same screen only.
    clock.now += timedelta(minutes=5)
    assert pages.unsent("a", "q:name") == "Ayşe"
    assert pages.unsent("a", "q:phone") == ""
    assert pages.unsent("b", "q:name") == ""
    clock.now += UNSENT
    assert pages.unsent("a", "q:name") == ""
    # A later step (here one that took them) forgets them.
    clock.now -= UNSENT
    pages.keep("a", shown("next"))
    assert pages.unsent("a", "q:name") == ""


def test_words_not_taken_are_kept_whole_within_a_bound_of_characters() -> None:
    # A text far too long comes back whole; the memory they take, over everyone, is bounded.
    clock = Clock()
    pages = StepPages(clock, kept_chars=30_000)
    screen = Reply(Screen("How can we help?"), "en", step="menu")
    for person in ("a", "b", "c"):
        pages.keep(person, Shown(screen, person * 10_000))
    assert pages.unsent("a", "menu") == ""  # the oldest forgotten first
    assert pages.unsent("c", "menu") == "c" * 10_000
    assert pages.take("c") == Shown(screen, "c" * 10_000)
    pages.keep("d", Shown(screen, "d" * 10_000))
    assert pages.unsent("c", "menu") == "c" * 10_000


def test_words_not_taken_and_pages_not_followed_leave_memory_once_they_are_history() -> None:
    # Read as a data protection officer reads it: a name typed too quickly and refused was
    # held (for a reload within 30 minutes) until 10,000 newer steps pushed it out, on a
    # quiet site until a restart.
    clock = Clock()
    pages = StepPages(clock)
    pages.keep("a", Shown(Reply(Screen("What is your name?"), "en", step="name"), "Ayşe Yılmaz"))
    pages.keep("b", shown("summary with a phone number"))
    clock.now += FRESH + timedelta(seconds=1)
    pages.keep("c", shown("other"))
    assert "a" in pages and "b" not in pages
    clock.now += UNSENT
    pages.keep("c", shown("other"))
    assert "a" not in pages and "c" in pages


def test_words_given_back_in_a_tab_left_behind_are_forgotten_after_a_while() -> None:
    # A hash of words typed in a tab left behind (a name, say) stayed in memory until
    # 10,000 newer ones pushed it out, on a quiet site until a restart.
    clock = Clock()
    given = GivenBack(clock)
    given.keep("a", "Ayşe Yılmaz", "trade")
    assert given.times("a", "Ayşe Yılmaz", "trade") == 1
    clock.now += GIVEN_BACK_FOR + timedelta(seconds=1)
    given.keep("b", "Bäckerei", "name")
    assert "a" not in given and "b" in given
    assert given.times("a", "Ayşe Yılmaz", "trade") == 0
