"""The building blocks dialogues are declared with.

Every text here is a gettext message id (marked with ``N_``); the engine translates
it when it renders a screen. Option codes are short ASCII and never change once
leads carry them: they are what is stored and what the advisor side translates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from bot.validation import in_another_script, may_be_mobile

#: Training usually starts on 1 August or 1 September (domain.md). From this month on the
#: year's start has passed, and the first start a business can plan for is next year's.
NEXT_YEARS_START_FROM_MONTH = 10


def first_start_year(today: date) -> int:
    """The year of the first training start still ahead on ``today`` (Saxony's date)."""
    return today.year + (1 if today.month >= NEXT_YEARS_START_FROM_MONTH else 0)


#: The key of every flow's postal code question, which decides the office.
POSTAL_KEY = "plz"
#: Its answer when the person chose an office without knowing the postal code.
NO_POSTAL_CODE = "none"
#: Kept with the lead when a town was named instead: the code stored is the one nearest to
#: the town's centre, which the person never gave.
TOWN = "town"

# -- when a question or an option applies: declared as data, so the tap count can walk it --


@dataclass(frozen=True)
class AnswerIn:
    """Holds when every answer to ``key`` (one code or a list) is in ``codes``; ``negate`` flips."""

    key: str
    codes: frozenset[str]
    negate: bool = False

    def holds(self, flow: str | None, answers: Mapping[str, Any]) -> bool:
        """Whether the condition is true for these answers."""
        value = answers.get(self.key)
        chosen = value if isinstance(value, list) else [value]
        inside = bool(chosen) and all(code in self.codes for code in chosen)
        return inside != self.negate


@dataclass(frozen=True)
class NotLatin:
    """Holds when the typed answer to ``key`` has a letter outside the Latin script."""

    key: str

    def holds(self, flow: str | None, answers: Mapping[str, Any]) -> bool:
        """Whether the answer is written (partly) in another script."""
        value = answers.get(self.key)
        return isinstance(value, str) and in_another_script(value)


@dataclass(frozen=True)
class ForBusiness:
    """Holds in the business dialogue, and for a callback request made for a business."""

    key: str = "role"

    def holds(self, flow: str | None, answers: Mapping[str, Any]) -> bool:
        """Whether the person speaks for a business."""
        return flow == "business" or answers.get(self.key) == "business"


@dataclass(frozen=True)
class MobileNumber:
    """Holds when the answer to ``key`` is a phone number that may be a mobile one, and
    while it is unanswered (so "question 3 of 11" counts the question that may come)."""

    key: str

    def holds(self, flow: str | None, answers: Mapping[str, Any]) -> bool:
        """Whether a typed number may be a mobile (not a landline, not a button's code)."""
        value = answers.get(self.key)
        if value is None:
            return True
        return isinstance(value, str) and value.startswith("+") and may_be_mobile(value)


@dataclass(frozen=True)
class AnyAnswerIn:
    """Holds when any of ``conditions`` holds; ``negate`` flips: an apprentice asking for
    themselves or a parent whose child is one."""

    conditions: tuple[AnswerIn, ...]
    negate: bool = False

    def holds(self, flow: str | None, answers: Mapping[str, Any]) -> bool:
        """Whether one of the conditions is true for these answers."""
        return any(c.holds(flow, answers) for c in self.conditions) != self.negate


Condition = AnswerIn | AnyAnswerIn | NotLatin | ForBusiness | MobileNumber


def applies(item: Any, flow: str | None, answers: Mapping[str, Any]) -> bool:
    """Whether a question or option without a condition, or with a true one, applies."""
    when: Condition | None = getattr(item, "when", None)
    return when is None or when.holds(flow, answers)


@dataclass(frozen=True)
class Option:
    """One button answer: a stable code and its label."""

    code: str
    label: str
    #: A time range (start hour, end hour) shown after the label in the language's format.
    hours: tuple[int, int] | None = None
    #: Shown only while this holds (e.g. "at my business" for businesses).
    when: Condition | None = None
    #: Years after the first start still ahead (:func:`first_start_year`): the button
    #: shows that year and the answer stored is that year, read from the clock.
    year: int | None = None
    #: Under a MultiChoice, an answer that goes with no other ("I don't know yet"): one tap.
    alone: bool = False
    #: The official German term (an Ausbildungsberuf): shown as it is in German (to advisors
    #: too), and after the translated ``label`` in brackets in the other languages.
    official: str | None = None
    #: The ages (from, to) this option stands for: a typed age ("17", "١٧ سنة") taps it.
    ages: tuple[int, int] | None = None
    #: Other words for it, comma-separated, a message id each language translates: typed
    #: alone, they tap it ("für meinen Sohn" for "Asking for my child").
    said: str | None = None


def stored_answer(option: Option, today: date) -> str:
    """The answer a tap on ``option`` stores: its code, or for a year option the year it
    shows on ``today`` (Saxony's date), so that the answer stays true next year."""
    return option.code if option.year is None else str(first_start_year(today) + option.year)


@dataclass(frozen=True)
class Buttons:
    """What a question answered with buttons declares: its options and their layout.

    ``other`` names the option that asks for free text next, with ``other_prompt``.
    With ``typed``, text typed on the question itself is the ``other`` answer and the
    ``other`` button is not shown (one step less). ``when`` asks the question only while
    it holds; ``ask=False`` leaves it out of the dialogue and offers it on the summary.
    """

    key: str
    prompt: str
    label: str
    options: tuple[Option, ...]
    other: str | None = None
    other_prompt: str | None = None
    columns: int = 1
    typed: bool = False
    when: Condition | None = None
    ask: bool = True
    #: Other wordings of the prompt, each used while its condition holds (the first that
    #: does): a parent is asked which trade their child wants, not which they want.
    variants: tuple[tuple[Condition, str], ...] = ()
    #: Other labels, the same way: a parent's answer is the child's ("Child's age"), which
    #: the summary and the advisor's card must say.
    label_variants: tuple[tuple[Condition, str], ...] = ()

    def prompt_for(self, flow: str | None, answers: Mapping[str, Any]) -> str:
        """The prompt as these answers ask it."""
        for condition, prompt in self.variants:
            if condition.holds(flow, answers):
                return prompt
        return self.prompt

    def shown_options(self, flow: str | None, answers: Mapping[str, Any]) -> tuple[Option, ...]:
        """The options offered as buttons for these answers."""
        return tuple(
            o
            for o in self.options
            if applies(o, flow, answers) and not (self.typed and o.code == self.other)
        )


@dataclass(frozen=True)
class Choice(Buttons):
    """A question answered with exactly one button.

    ``other`` names the option that asks for free text next; ``notices`` maps an
    option code to a message shown once after it is chosen.
    """

    notices: dict[str, str] = field(default_factory=dict)
    #: Options that make the dialogue's answers about someone else ("Asking for my child"),
    #: and the keys of those answers: an answer changed from one side to the other (on the
    #: summary, or after Back) asks them again, since they were given about another person.
    for_another: frozenset[str] = frozenset()
    about_whom: tuple[str, ...] = ()

    def changes_whom(self, before: object, after: str) -> bool:
        """Whether answering ``after`` where ``before`` was given changes whom the
        ``about_whom`` answers are about."""
        if not self.about_whom or not isinstance(before, str) or before == after:
            return False
        return (before in self.for_another) != (after in self.for_another)


@dataclass(frozen=True)
class MultiChoice(Buttons):
    """A question where several buttons may be ticked, confirmed with "Done".

    With ``several`` (a button label), one tap on an option answers the question and moves
    on, as a Choice does: most people give one answer, and "Done" would cost every one of
    them a tap. The ``several`` button switches to ticking with "Done" (asked then with
    ``several_prompt``), as does coming back to the question with an answer (Back, ✏️).
    """

    #: Option code -> (information page code, button label): offered while that option is
    #: ticked, on the question and on the summary.
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)
    several: str | None = None
    several_prompt: str | None = None

    def one_tap(self, answers: Mapping[str, Any]) -> bool:
        """Whether a tap on an option answers at once: nothing ticked or asked for yet."""
        # An empty list is stored by the ``several`` button (or by unticking everything).
        return self.several is not None and self.key not in answers

    def prompt_for(self, flow: str | None, answers: Mapping[str, Any]) -> str:
        """The prompt that says how to answer: one tap, or ticks and "Done"."""
        if self.several is not None and not self.one_tap(answers) and self.several_prompt:
            return self.several_prompt
        return super().prompt_for(flow, answers)


@dataclass(frozen=True)
class PostalCode:
    """A German postal code that decides the responsible office."""

    key: str
    prompt: str
    label: str
    when: Condition | None = None
    ask: bool = True


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
    #: A more fitting error than ``error`` for some refused texts (a digit missing).
    explain: Callable[[str], str | None] | None = None
    optional: bool = False
    display: Callable[[str], str] | None = None
    #: A shared contact's phone number answers it (Telegram's "share my phone number").
    accepts_contact: bool = False
    #: What the answer is, as a web form's text field is told (its ``autocomplete``
    #: token: "name", "tel", "email"): a phone shows its number pad, a browser may fill in
    #: what the person saved.
    field: str | None = None
    when: Condition | None = None
    ask: bool = True
    #: Asked in the dialogue all the same while this holds (``ask=False`` or not).
    ask_when: Condition | None = None
    #: The key a second spelling typed with the answer goes to ("Олена / Olena"), if any.
    spelling: str | None = None
    #: A question typed here is the answer (a topic, a question for the advisor); on
    #: other steps a typed question is kept for the advisor (bot.dialogue.typed).
    takes_questions: bool = False
    #: The most characters ``parse`` takes: a longer answer is told so, not ``error``.
    longest: int | None = None


Question = Choice | MultiChoice | PostalCode | FreeText


def label_of(question: Question, answers: Mapping[str, Any], flow: str | None = None) -> str:
    """The question's label (a message id) as these answers call it."""
    if isinstance(question, Choice):
        for condition, label in question.label_variants:
            if condition.holds(flow, answers):
                return label
    return question.label


@dataclass(frozen=True)
class Flow:
    """A dialogue that ends in a lead: its own questions, then the shared contact part."""

    key: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    #: Consent before the flow's own questions: they hold what the person typed.
    consent_first: bool = False
    #: Questions no longer asked whose answers older leads still carry (shown, exported).
    retired: tuple[Question, ...] = ()
    #: Retired questions whose answer can still come typed with a question that is asked
    #: ("Döner Palast, 5 Mitarbeiter" at the business's name): (that question's key, the
    #: retired one's key). The person and the advisor read it right after that answer.
    beside: tuple[tuple[str, str], ...] = ()

    @property
    def known(self) -> tuple[Question, ...]:
        """Every question whose answer a lead of this flow may carry, retired ones last
        (but those read beside an asked question)."""
        ordered = self.with_beside(self.questions)
        return (*ordered, *(q for q in self.retired if q not in ordered))

    def with_beside(self, questions: tuple[Question, ...]) -> tuple[Question, ...]:
        """``questions``, each followed by the retired questions read beside it."""
        retired = {q.key: q for q in self.retired}
        return tuple(
            each
            for question in questions
            for each in (
                question,
                *(retired[key] for asked, key in self.beside if asked == question.key),
            )
        )

    def question(self, key: str) -> Question | None:
        """The question with this key, if the flow has it."""
        return self._by_key.get(key)

    @cached_property
    def _by_key(self) -> dict[str, Question]:
        # Looked up several times in every step and render; a flow never changes.
        by_key: dict[str, Question] = {}
        for question in self.questions:
            by_key.setdefault(question.key, question)
        return by_key
