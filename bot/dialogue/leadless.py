"""People known to have no request at all: their messages cannot be for an advisor.

Every message a person types outside a button first asks the conversation log
whether it belongs to their advisor (bot/conversation/log.py), a transaction of
its own before the dialogue's step. For someone who never sent a request the
answer is always "no", and that is most messages: this set remembers those people
so the question costs no transaction (bench/README.md, round 6).

It is exact, not a guess, because only this process creates leads: the dialogue's
send step (bot/dialogue/service.py) is the one writer of ``leads`` and a running bot
holds the instance lock (bot/ops/instance.py). A person enters the set when the
database shows they have no user row or when their first contact is inserted, and
leaves it in the transaction that stores their first lead, before it commits. A
restart starts empty: people not in the set are asked the database as before.
"""

from __future__ import annotations

#: People remembered at most; beyond it the set starts again (they are asked once more).
LIMIT = 100_000


class Leadless:
    """(channel, external id) of people who have no lead stored."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._people: set[tuple[str, str]] = set()

    def __contains__(self, person: tuple[str, str]) -> bool:
        return person in self._people

    def add(self, person: tuple[str, str]) -> None:
        """``person`` has no lead (the database said so, or they were just inserted)."""
        if len(self._people) >= self._limit:
            self._people.clear()
        self._people.add(person)

    def discard(self, person: tuple[str, str]) -> None:
        """``person`` may have a lead from now on."""
        self._people.discard(person)
