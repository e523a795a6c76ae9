"""``python -m bench.faq``: how well typed questions find their information page.

Per language over bench/faq_questions.py: precision (of the questions the bot answered
with pages, the share whose right page was among them) and recall (of the questions a
page answers, the share that got it). A question without a page that is shown one
counts against precision. Quality, not speed: no timing here.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass

from bench.faq_questions import QUESTIONS
from bot.faq.matcher import match


@dataclass(frozen=True)
class Quality:
    """One language's figures over its question set."""

    lang: str
    questions: int
    answerable: int
    answered: int
    right: int

    @property
    def precision(self) -> float:
        """Right answers among the questions shown a page."""
        return self.right / self.answered if self.answered else 1.0

    @property
    def recall(self) -> float:
        """Right answers among the questions a page answers."""
        return self.right / self.answerable if self.answerable else 1.0


def evaluate(lang: str) -> Quality:
    """Match every question of ``lang`` and count the outcomes."""
    questions = QUESTIONS[lang]
    answered = right = 0
    for text, page in questions:
        shown = match(text, lang).pages
        if shown:
            answered += 1
            right += page is not None and page in shown
    answerable = sum(page is not None for _, page in questions)
    return Quality(lang, len(questions), answerable, answered, right)


def table(results: list[Quality]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| language | questions | with a page | answered | right | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {q.lang} | {q.questions} | {q.answerable} | {q.answered} | {q.right} "
        f"| {q.precision:.2f} | {q.recall:.2f} |"
        for q in results
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table (or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(prog="python -m bench.faq", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    results = [evaluate(lang) for lang in QUESTIONS]
    if args.json:
        rows = [{**asdict(q), "precision": q.precision, "recall": q.recall} for q in results]
        print(json.dumps(rows))
    else:
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
