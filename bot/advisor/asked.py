"""The bot's questions about held messages still open in each lead's topic. Pure, no I/O.

In a forum one writes in the topic rather than replying, so an advisor answers the
question with a bare "ja" typed there; and whatever is typed in a lead's topic goes to
the person. While a question is open in a topic, such a bare answer is taken for the
question's (bot.handlers.conversation), and only then.

Kept in memory, as the question itself is (bot.advisor.held): after a restart a bare
"ja" in the topic goes to the person again, as it did before this existed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

#: A topic: the group's chat id and the topic's thread id.
Topic = tuple[int, int]


@dataclass
class OpenQuestions:
    """Per topic, the open questions (their message ids) and the held message each is
    about; the topics asked in least recently are forgotten first."""

    max_topics: int = 10_000
    _open: OrderedDict[Topic, dict[int, int]] = field(default_factory=OrderedDict)

    def asked(self, topic: Topic, question_id: int, held_id: int) -> None:
        """The bot asked ``question_id`` in ``topic`` about the held message ``held_id``."""
        questions = self._open.pop(topic, {})
        questions[question_id] = held_id
        self._open[topic] = questions
        while len(self._open) > self.max_topics:
            self._open.popitem(last=False)

    def is_open(self, topic: Topic) -> bool:
        """Whether a question waits for its answer in ``topic``."""
        return bool(self._open.get(topic))

    def settled(self, topic: Topic, question_id: int) -> None:
        """The question was answered, or can no longer be (the held message is gone)."""
        self._forget(topic, lambda question, _held: question == question_id)

    def sent_otherwise(self, topic: Topic, held_id: int) -> None:
        """The held message went by another way (its edit passed it on): its questions
        are answered."""
        self._forget(topic, lambda _question, held: held == held_id)

    def _forget(self, topic: Topic, gone: Callable[[int, int], bool]) -> None:
        questions = self._open.get(topic, {})
        for question, held in list(questions.items()):
            if gone(question, held):
                del questions[question]
        if not questions:
            self._open.pop(topic, None)
