"""Answers as people read them: option labels and stored answers in a language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.flows.ask import QUESTION
from bot.flows.model import (
    NO_POSTAL_CODE,
    TOWN,
    Choice,
    FreeText,
    MultiChoice,
    Option,
    PostalCode,
    Question,
    label_of,
)
from bot.i18n import N_, Translator

#: The postal code question's line on the summary when a town answered it.
TOWN_LABEL = N_("Town")


def option_label(option: Option, t: Translator) -> str:
    """An option's label in the language, with its time range or its official German name."""
    if option.official is not None:
        if t.lang == "de":
            return option.official
        # The German term in brackets: people meet it at the chamber and on the contract.
        # The brackets inside its isolate: broken over two lines of an Arabic button, the
        # two halves read "Fachkraft (" and "(für Gastronomie".
        return f"{t.gettext(option.label)} {t.isolate(f'({option.official})')}"
    label = t.gettext(option.label)
    if option.hours is None:
        return label
    return f"{label} ({t.hours(*option.hours)})"


def list_separator(t: Translator) -> str:
    """The comma between listed answers: Arabic writes "،"."""
    return "، " if t.lang == "ar" else ", "


def typed_answer(question: FreeText, answers: Mapping[str, Any]) -> str | None:
    """What the person typed for ``question``; None when unanswered or its button was used."""
    value = answers.get(question.key)
    if not isinstance(value, str):
        return None
    if question.alternative is not None and value == question.alternative.code:
        return None
    return value


#: What marks each of several messages kept for the advisor, one a line.
MESSAGE_MARK = "• "


def messages_text(value: str, t: Translator) -> str:
    """Messages typed for the advisor, as one answer: one as typed; several (kept one a
    line) each on its line after a mark, so that none reads as a line of the summary or
    the card. Each is isolated in right-to-left text: a German message's "?" went to the
    wrong end of an Arabic line."""
    lines = [line for line in value.split("\n") if line.strip()]
    if len(lines) <= 1:
        return t.isolate(value)
    return "\n".join(f"{MESSAGE_MARK}{t.isolate(line)}" for line in lines)


def labelled(label: str, text: str) -> str:
    """ "Label: answer"; an answer of several lines starts on the line under its label."""
    return f"{label}:\n{text}" if "\n" in text else f"{label}: {text}"


def summary_line(
    question: Question, answers: Mapping[str, Any], t: Translator, flow: str | None = None
) -> str:
    """An answer's line on the summary. A town named instead of a postal code is shown as
    the town: the code stored is the one nearest to its centre, which the person never gave
    (an advisor's card and the person's copy of their data show both)."""
    town = answers.get(TOWN)
    if isinstance(question, PostalCode) and isinstance(town, str):
        return f"{t.gettext(TOWN_LABEL)}: {t.isolate(town)}"
    return labelled(t.gettext(label_of(question, answers, flow)), answer_text(question, answers, t))


def answer_text(question: Question, answers: Mapping[str, Any], t: Translator) -> str:
    """One answer as the person (or, in German, an advisor) reads it."""
    _ = t.gettext
    value = answers.get(question.key)
    if isinstance(question, Choice | MultiChoice):
        labels = {o.code: o for o in question.options}
        codes = value if isinstance(value, list) else [value]
        shown = []
        for code in codes:
            if code == question.other and answers.get(f"{question.key}_other"):
                shown.append(t.isolate(str(answers[f"{question.key}_other"])))
            elif code in labels:
                shown.append(option_label(labels[code], t))
            elif isinstance(code, str) and code.isdigit():
                shown.append(code)  # a year option stores the year itself
        return list_separator(t).join(shown)
    if isinstance(question, PostalCode) and value == NO_POSTAL_CODE:
        return _("not given")
    if isinstance(question, FreeText):
        if question.key == QUESTION.key and isinstance(value, str):
            return messages_text(value, t)
        if question.alternative is not None and value == question.alternative.code:
            # Skipping an optional question is no answer; any other button is one.
            return _("not given") if question.optional else _(question.alternative.label)
        if question.display is not None and isinstance(value, str):
            return t.isolate(question.display(value))
    return t.isolate(str(value)) if value is not None else ""
