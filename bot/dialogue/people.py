"""The people of a group of steps (bot.dialogue.service), read with one query per kind.

Who they are with their stored states, first contacts inserted together, and the
requests of those who sent one: each one statement for the whole group, on the
driver (db.steps), inside the group's transaction, or on PostgreSQL each a statement
of its own (bot.dialogue.service, ``Dialogue._quick``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from bot.dialogue.leadless import Leadless
from bot.dialogue.state import Request, State
from db import steps
from db.direct import Direct
from db.steps import UserRow
from db.vocabulary import OPEN_STATUSES

#: (channel, external id) of a person.
Person = tuple[str, str]
#: A person's user row and stored state (None: never stepped).
Known = tuple[UserRow, dict[str, Any] | None]


async def known_users(
    direct: Direct,
    profiles: Mapping[Person, tuple[str | None, str | None]],
    now: datetime,
    leadless: Leadless,
    read: Mapping[Person, Known],
) -> dict[Person, Known]:
    """The group's people by (channel, external id); first contacts are inserted.

    ``read`` holds their rows as the group's first statement found them
    (db.steps.claim_and_read); ``profiles`` gives each person's (username, first
    name), refreshed in the row.
    """
    known: dict[Person, Known] = {}
    for channel in {channel for channel, _ in profiles}:
        names = {eid: names for (c, eid), names in profiles.items() if c == channel}
        found: dict[str, Known] = {}
        for external_id, profile in names.items():
            row = read.get((channel, external_id))
            if row is not None:
                row[0].refresh(*profile)
                found[external_id] = row
        new = {eid: profile for eid, profile in names.items() if eid not in found}
        if new:
            # First contacts of the whole group: one INSERT that returns their rows.
            found.update(await steps.add_people(direct, channel, new, now))
            # Inserted just now (or a moment ago by a concurrent step): no lead yet.
            for external_id in new:
                leadless.add((channel, external_id))
            meanwhile = [external_id for external_id in new if external_id not in found]
            if meanwhile:
                # Inserted by a concurrent step between the read and the INSERT: read it.
                found.update(await steps.people_with_state(direct, channel, meanwhile))
        known.update(((channel, external_id), row) for external_id, row in found.items())
    return known


def stored_states(
    people: Mapping[int, Person], known: Mapping[Person, Known]
) -> dict[int, tuple[UserRow, State] | Exception]:
    """Each step's user and stored state, by the step's index in the group.

    What fails here fails only its own step (the caller raises it there).
    """
    begun: dict[int, tuple[UserRow, State] | Exception] = {}
    for index, person in people.items():
        row = known.get(person)
        if row is None:
            # Inserted by known_users; only a deletion since then can take it away.
            begun[index] = LookupError("the person's user row disappeared during the step")
            continue
        user, stored = row
        try:
            state = State.from_dict(stored if stored else {"lang": user.language})
        except Exception as error:
            begun[index] = error
            continue
        begun[index] = (user, state)
    return begun


async def requests(
    direct: Direct, begun: Mapping[int, tuple[UserRow, State] | Exception]
) -> dict[int, tuple[Request, ...]]:
    """The requests of the group's people by user id, in one query; only people who
    sent one (their state says so) are asked."""
    asking = [
        entry[0].id
        for entry in begun.values()
        if not isinstance(entry, Exception) and entry[1].lead_id is not None
    ]
    rows = await steps.requests_of(direct, asking)
    return {user_id: as_requests(leads) for user_id, leads in rows.items()}


def as_requests(leads: Iterable[tuple[int, str, str | None]]) -> tuple[Request, ...]:
    """A person's leads as (id, status, office), newest first, as the engine sees them."""
    return tuple(
        Request(lead_id, status, office, status in OPEN_STATUSES)
        for lead_id, status, office in leads
    )
