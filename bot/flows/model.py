"""The building blocks dialogues are declared with.

Every text here is a gettext message id (marked with ``N_``); the engine translates
it when it renders a screen. Option codes are short ASCII and never change once
leads carry them: they are what is stored and what the advisor side translates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

#: The key of every flow's postal code question, which decides the office.
POSTAL_KEY = "plz"


@dataclass(frozen=True)
class Option:
    """One button answer: a stable code and its label."""

    code: str
    label: str
    #: A time range (start hour, end hour) shown after the label in the language's format.
    hours: tuple[int, int] | None = None


@dataclass(frozen=True)
class Buttons:
    """What a question answered with buttons declares: its options and their layout.

    ``other`` names the option that asks for free text next, with ``other_prompt``.
    """

    key: str
    prompt: str
    label: str
    options: tuple[Option, ...]
    other: str | None = None
    other_prompt: str | None = None
    columns: int = 1


@dataclass(frozen=True)
class Choice(Buttons):
    """A question answered with exactly one button.

    ``other`` names the option that asks for free text next; ``notices`` maps an
    option code to a message shown once after it is chosen.
    """

    notices: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MultiChoice(Buttons):
    """A question where several buttons may be ticked, confirmed with "Done"."""

    #: Option code -> (information page code, button label): offered while that option is ticked.
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class PostalCode:
    """A German postal code that decides the responsible office."""

    key: str
    prompt: str
    label: str


@dataclass(frozen=True)
class FreeText:
    """A typed answer: ``parse`` returns the value to store, or None to show ``error``.

    ``alternative`` is an extra button (code, label) that answers the step without
    typing, e.g. "contact me here in Telegram" or "skip". An ``optional`` question
    may stay unanswered when a lead is sent. ``display`` shows a stored value.
    """

    key: str
    prompt: str
    label: str
    parse: Callable[[str], str | None]
    error: str
    alternative: Option | None = None
    optional: bool = False
    display: Callable[[str], str] | None = None
    #: A shared contact's phone number answers it (Telegram's "share my phone number").
    accepts_contact: bool = False


Question = Choice | MultiChoice | PostalCode | FreeText


@dataclass(frozen=True)
class Flow:
    """A dialogue that ends in a lead: its own questions, then the shared contact part."""

    key: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    #: Consent before the flow's own questions: they hold what the person typed.
    consent_first: bool = False

    def question(self, key: str) -> Question | None:
        """The question with this key, if the flow has it."""
        for question in self.questions:
            if question.key == key:
                return question
        return None
