"""The taps that just erased a person's data (bot.dialogue.erasures): kept only while a
repeat of them may still come."""

from __future__ import annotations

from datetime import timedelta

from bot.dialogue.erasures import WINDOW, Erasures
from bot.dialogue.state import Press
from db.models import utcnow


def test_a_person_who_deleted_their_data_leaves_memory_once_no_repeat_can_come() -> None:
    # Read as a data protection officer reads it: the Telegram user id of someone who had
    # just deleted their data stayed in memory until 1,000 later erasures pushed it out (on
    # a quiet bot until a restart), though a repeat of the tap is awaited for 10 minutes.
    erasures = Erasures()
    now = utcnow()
    erasures.note(("telegram", "1001"), Press("5:y", message_id=7), "de", now)
    later = now + WINDOW + timedelta(seconds=1)
    erasures.note(("telegram", "1002"), Press("9:y", message_id=8), "ar", later)
    assert ("telegram", "1001") not in erasures
    assert ("telegram", "1002") in erasures
    assert erasures.repeated(("telegram", "1002"), Press("9:y", message_id=8), later) == "ar"
