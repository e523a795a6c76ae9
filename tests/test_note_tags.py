"""How an advisor's message is told apart from an internal note (pure, no I/O)."""

from __future__ import annotations

import pytest

from bot.conversation.content import NoteTag, note_body, note_tag


@pytest.mark.parametrize(
    "text",
    [
        "// ruft Montag zurück",
        "#notiz ruft Montag zurück",
        "#Notiz ruft Montag zurück",
        "Notiz: Person klang gestresst",
        # QA: each of these typos sent the team's words to the person.
        "#notitz ruft Montag zurück",
        "#notiz: ruft Montag zurück",
        "# notiz ruft Montag zurück",
        "#Note ruft Montag zurück",
        "#notz ruft Montag zurück",
        "#nitiz ruft Montag zurück",
        "#Notizen: zwei Anrufe",
        "Notitz: ruft Montag zurück",
        "Notiz : ruft Montag zurück",
        "#intern Rückruf über Dolmetscher",
        # QA, 2026-12-04: an emoji before the tag, or the tag in Ukrainian, sent the
        # team's words to the person.
        "📝 Notiz: ruft Montag zurück",
        "📝 #notiz ruft Montag zurück",
        "🔒 Interne Notiz: ruft Montag zurück",
        "📝// ruft Montag zurück",
        "#нотатка ruft Montag zurück",
        "#Нотатка: ruft Montag zurück",
        "#нотатки ruft Montag zurück",
        "#примітка ruft Montag zurück",
        "📝 #нотатка ruft Montag zurück",
    ],
)
def test_a_note_tag_and_its_close_variants_make_a_note(text: str) -> None:
    assert note_tag(text) is NoteTag.NOTE
    assert note_body(text).startswith(("ruft", "Person", "zwei", "Rückruf"))


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, hier KAUSA.",
        "Notizen habe ich keine, bis Montag.",
        "Note that the office is closed on Friday.",
        "#12 ist Ihre Anfragenummer.",
        "Nächste Woche passt es.",
        "#Ausbildung ist unser Thema.",
        "📝 Bitte bringen Sie Ihr Zeugnis mit.",
        "👋 Привіт! Нотатки до розмови надішлю пізніше.",
    ],
)
def test_a_message_for_the_person_stays_one(text: str) -> None:
    assert note_tag(text) is NoteTag.NONE


@pytest.mark.parametrize(
    "text",
    [
        # English "Note:" may well head a message to the person, or be the team's note.
        "Note: the office is closed on Friday.",
        "#nort ruft Montag zurück",
        "#nozit ruft Montag zurück",
        "Notiz ruft Montag zurück",
    ],
)
def test_a_tag_that_may_be_either_is_asked_about(text: str) -> None:
    assert note_tag(text) is NoteTag.UNSURE


def test_a_bare_tag_is_a_note_of_nothing() -> None:
    assert note_tag("  #notitz  ") is NoteTag.NOTE and note_body("  #notitz  ") == ""


@pytest.mark.parametrize(
    "text",
    [
        # QA, 2026-12-04: these reached the person, the team's words with them.
        "Interne Notiz: ruft Montag zurück",
        "Interne Notiz ruft Montag zurück",
        "#interne Notiz ruft Montag zurück",
        "#interne ruft Montag zurück",
        "#internal ruft Montag zurück",
        "Internal note: ruft Montag zurück",
        "#Internal note ruft Montag zurück",
    ],
)
def test_internal_said_outright_makes_a_note(text: str) -> None:
    assert note_tag(text) is NoteTag.NOTE
    assert note_body(text) == "ruft Montag zurück"


@pytest.mark.parametrize(
    "text", ["Intern ist das kein Problem.", "Interne Praktika gibt es auch.", "Internal rules."]
)
def test_internal_as_a_word_of_a_message_stays_one(text: str) -> None:
    assert note_tag(text) is NoteTag.NONE
