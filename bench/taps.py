"""Taps from the main menu to a stored lead, per flow: the longest way through the declarations.

``python -m bench.taps`` prints a table. Every input counts as one tap: a button, a typed
answer, "Done" under a multiple choice. The walk follows the flow declarations, not the
engine: a question is on the way while its ``when`` holds for the answers given so far;
the answers that a ``when`` reads are tried one by one, every other question costs the
most it can (an "other" option answered through a second text step costs two, a multiple
choice one tick and "Done", or one tap where a tap answers it). The postal code step costs
what :data:`POSTAL_STEP` says for the way it is answered. Runs on older declarations too
(all fields read with defaults).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from typing import Any

from bot.flows import FLOWS, Flow
from bot.flows.contact import CONTACT_QUESTIONS

#: The first tap (the flow's button in the main menu), consent and "Send".
FIXED = 3
#: Taps of the postal code step, by how it goes. ``border``: a border town confirmed (also
#: when the code was typed without its leading zero: one screen asks both). ``outside``: a
#: border town not in Saxony, and an office chosen on the same screen to leave a request
#: all the same (the longest way through the step).
POSTAL_STEP = {"saxony": 1, "border": 2, "outside": 3}
#: Sample typed answers: Latin script, another script (for the Latin name), a mobile
#: number as stored (for WhatsApp, asked for a number that may be a mobile).
TYPED_SAMPLES = ("Ayşe Yılmaz", "Олена Коваленко", "+4917612345678")


def _condition_keys(questions: tuple[Any, ...]) -> set[str]:
    keys: set[str] = set()
    for question in questions:
        for item in (question, *getattr(question, "options", ())):
            when = getattr(item, "when", None)
            # Either of several answers (AnyAnswerIn) or one answer (every other condition).
            for condition in getattr(when, "conditions", (when,)) if when is not None else ():
                keys.add(condition.key)
    return keys


def _holds(item: Any, flow: str, answers: Mapping[str, Any]) -> bool:
    when = getattr(item, "when", None)
    return when is None or when.holds(flow, answers)


def _ways(question: Any, flow: str, postal: str) -> Iterator[tuple[Any, int]]:
    """Each way to answer: (stored value, taps)."""
    kind = type(question).__name__
    options = [o for o in getattr(question, "options", ()) if _holds(o, flow, {})]
    other = getattr(question, "other", None)
    typed = getattr(question, "typed", False)
    if kind == "PostalCode":
        yield "04109", POSTAL_STEP[postal]
    elif kind == "FreeText":
        alternative = getattr(question, "alternative", None)
        if alternative is not None:
            yield alternative.code, 1
        for sample in TYPED_SAMPLES:
            yield sample, 1
    elif kind == "Choice":
        for option in options:
            yield option.code, 2 if option.code == other and not typed else 1
    else:  # MultiChoice: one tick and "Done"; an "alone" option or typed text answers at once
        # With ``several``, a tap answers at once too (ticking several is the person's choice).
        one_tap = getattr(question, "several", None) is not None
        for option in options:
            if option.code == other:
                yield [option.code], 1 if typed else 3
            else:
                yield [option.code], 1 if one_tap or getattr(option, "alone", False) else 2


def longest(flow: Flow, postal: str = "saxony") -> int:
    """The most taps from the main menu to a stored lead in ``flow``."""
    questions = (*flow.questions, *CONTACT_QUESTIONS)
    branching = _condition_keys(questions)

    def walk(index: int, answers: dict[str, Any]) -> int:
        if index == len(questions):
            return 0
        question = questions[index]
        if not getattr(question, "ask", True) or not _holds(question, flow.key, answers):
            return walk(index + 1, answers)
        ways = list(_ways(question, flow.key, postal))
        if question.key not in branching:
            ways = [max(ways, key=lambda way: way[1])]
        return max(taps + walk(index + 1, {**answers, question.key: v}) for v, taps in ways)

    return FIXED + walk(0, {})


def main(argv: list[str] | None = None) -> int:
    """Print the taps per flow."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.parse_args(argv)
    print(
        "| flow | longest path | with a border town confirmed "
        "| outside Saxony, a request all the same |"
    )
    print("|---|---|---|---|")
    for flow in FLOWS.values():
        taps = " | ".join(str(longest(flow, postal)) for postal in POSTAL_STEP)
        print(f"| {flow.key} | {taps} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
