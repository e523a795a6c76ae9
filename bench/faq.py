"""``python -m bench.faq``: how well typed questions find their information page.

Per language over bench/faq_questions.py, its main set (the keyword lists were tuned on
it) and its two unseen sets (never used for tuning): precision (of the questions the bot answered
with pages, the share whose right page was among them) and recall (of the questions a
page answers, the share that got it). A question without a page that is shown one
counts against precision. Quality, not speed: no timing here.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass

from bench.faq_questions import QUESTIONS, UNSEEN, UNSEEN_2
from bot.faq.matcher import match

Questions = tuple[tuple[str, str | None], ...]


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


def evaluate(lang: str, questions_by_lang: dict[str, Questions] = QUESTIONS) -> Quality:
    """Match every question of ``lang`` (in the main set, or an unseen one) and count."""
    questions = questions_by_lang[lang]
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
    sets = {"tuned": QUESTIONS, "unseen": UNSEEN, "unseen-2": UNSEEN_2}
    results = {name: [evaluate(lang, qs) for lang in qs] for name, qs in sets.items()}
    if args.json:
        rows = {
            name: [{**asdict(q), "precision": q.precision, "recall": q.recall} for q in found]
            for name, found in results.items()
        }
        print(json.dumps(rows))
    else:
        for name, found in results.items():
            print(f"{name}:\n{table(found)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
