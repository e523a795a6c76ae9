"""The statements every step runs, on the driver (db.direct): one each per group.

A group of dialogue steps (bot.dialogue.service) reads its people with their states
and requests, claims its updates, counts its funnel steps and stores its states; the
inbox (bot.inbox.store) stores received updates and marks them done. Each is one
statement for the whole group, written once for SQLite and PostgreSQL (both speak
ON CONFLICT and RETURNING). On PostgreSQL, where every statement is a round trip to
the server, the claim goes with the read (:func:`claim_and_read`) and the writes go
together (:func:`save_group`), as data-modifying WITH queries; a group of plain steps
needs no transaction at all: a read (:func:`read_group`), the first contacts'
:func:`add_people`, then the claim with the writes as one statement
(:func:`claim_and_save`). A step that sends a
request adds its lead, or its answers to the open one, and the advisors' notices (the
end of this module). Paths outside a group (a person looked up, one update claimed)
keep db.repository's ORM functions. tests/test_step_statements.py and
tests/test_lead_statements.py check what these store, on both databases.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Date

from db.direct import Direct, numbered, placeholders
from db.models import Base, JSONType, Lead, OutboxMessage, UTCDateTime
from db.names import lead_name_key
from db.vocabulary import OPEN_STATUSES, InboxState, LeadStatus, OutboxStatus

#: Limits of the columns (db.models.User): longer Telegram names are cut.
USERNAME_MAX = 64
FIRST_NAME_MAX = 128

#: Values per IN list at most: far below both databases' limit on parameters.
_CHUNK = 1000

_TIME = UTCDateTime()
_JSON = JSONType
_DATE = Date()


def clip(value: str | None, limit: int) -> str | None:
    """``value`` cut to a column's ``limit``: PostgreSQL refuses longer strings, SQLite
    would keep them."""
    return value[:limit] if value is not None else None


@dataclass
class UserRow:
    """A row of ``users`` as a step needs it; what a step changes is written with its
    group (:func:`save_people`)."""

    id: int
    external_id: str
    language: str | None
    username: str | None
    first_name: str | None
    changed: bool = False

    def refresh(self, username: str | None, first_name: str | None) -> None:
        """Names change in Telegram; None means "not known now" and keeps the stored one."""
        username = clip(username, USERNAME_MAX)
        first_name = clip(first_name, FIRST_NAME_MAX)
        if username is not None and username != self.username:
            self.username, self.changed = username, True
        if first_name is not None and first_name != self.first_name:
            self.first_name, self.changed = first_name, True

    def speaks(self, language: str) -> None:
        """The person chose ``language``."""
        if language != self.language:
            self.language, self.changed = language, True


#: A person's user row and stored state (None: never stepped), by (channel, external id).
Found = dict[tuple[str, str], tuple[UserRow, dict[str, Any] | None]]

_PEOPLE_COLUMNS = "u.id, u.channel, u.external_id, u.language, u.username, u.first_name, c.state"
_PEOPLE_FROM = " FROM users u LEFT OUTER JOIN conversations c ON c.user_id = u.id WHERE "


def _people_where(people: Mapping[str, Sequence[str]], start: int) -> tuple[str, list[Any]]:
    """The condition of a people read for external ids by channel, numbered from ``start``."""
    clauses: list[str] = []
    params: list[Any] = []
    for channel, external_ids in people.items():
        first = start + len(params)
        clauses.append(
            f"(u.channel = ${first} AND u.external_id IN "
            f"({numbered(len(external_ids), start=first + 1)}))"
        )
        params += [channel, *external_ids]
    return " OR ".join(clauses), params


def _found(direct: Direct, rows: Iterable[Sequence[Any]]) -> Found:
    found: Found = {}
    for user_id, channel, external_id, language, username, first_name, state in rows:
        person = UserRow(user_id, external_id, language, username, first_name)
        found[(channel, external_id)] = (person, direct.result(_JSON, state))
    return found


async def people_with_state(
    direct: Direct,
    channel: str,
    external_ids: Sequence[str],
    profiles: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> dict[str, tuple[UserRow, dict[str, Any] | None]]:
    """The known people among ``external_ids`` with their stored states, in one query;
    ``profiles`` (external id -> username, first name) refreshes their names."""
    if not external_ids:
        return {}
    where, params = _people_where({channel: external_ids}, start=1)
    found: dict[str, tuple[UserRow, dict[str, Any] | None]] = {}
    rows = await direct.rows(f"SELECT {_PEOPLE_COLUMNS}{_PEOPLE_FROM}{where}", params)
    for (_, external_id), row in _found(direct, rows).items():
        row[0].refresh(*(profiles or {}).get(external_id, (None, None)))
        found[external_id] = row
    return found


async def add_people(
    direct: Direct,
    channel: str,
    profiles: Mapping[str, tuple[str | None, str | None]],
    now: datetime,
) -> dict[str, tuple[UserRow, dict[str, Any] | None]]:
    """Insert first contacts (external id -> username, first name) in one statement and
    return their rows by external id (no state yet); one inserted meanwhile by another
    transaction is left as it is and not returned."""
    if not profiles:
        return {}
    at = direct.bind(_TIME, now)
    params: list[Any] = []
    for external_id, (username, first_name) in profiles.items():
        params += [
            channel,
            external_id,
            clip(username, USERNAME_MAX),
            clip(first_name, FIRST_NAME_MAX),
            at,
            at,
        ]
    rows = await direct.rows(
        "INSERT INTO users (channel, external_id, username, first_name, created_at, "
        f"updated_at) VALUES {placeholders(len(profiles), 6)} "
        "ON CONFLICT (channel, external_id) DO NOTHING "
        "RETURNING id, channel, external_id, language, username, first_name, NULL",
        params,
    )
    return {external_id: row for (_, external_id), row in _found(direct, rows).items()}


async def save_people(direct: Direct, people: Iterable[UserRow], now: datetime) -> None:
    """Write the names and languages the group's steps changed, in one statement.

    ``now`` is the step's clock, which retention reads (not the wall clock)."""
    changed = [person for person in people if person.changed]
    if not changed:
        return
    at = direct.bind(_TIME, now)
    await direct.run_many(
        "UPDATE users SET language = $1, username = $2, first_name = $3, updated_at = $4 "
        "WHERE id = $5",
        [(p.language, p.username, p.first_name, at, p.id) for p in changed],
    )
    for person in changed:
        person.changed = False


def _people_update(
    direct: Direct, changed: Sequence[UserRow], now: datetime, start: int
) -> tuple[str, list[Any]]:
    """:func:`save_people` as one UPDATE from a VALUES list (PostgreSQL: typed casts)."""
    params: list[Any] = [direct.bind(_TIME, now)]
    rows = []
    for person in changed:
        n = start + len(params)
        rows.append(f"(${n}::integer, ${n + 1}::text, ${n + 2}::text, ${n + 3}::text)")
        params += [person.id, person.language, person.username, person.first_name]
    sql = (
        "UPDATE users SET language = v.language, username = v.username, "
        f"first_name = v.first_name, updated_at = ${start} FROM (VALUES {', '.join(rows)}) "
        "AS v (id, language, username, first_name) WHERE users.id = v.id"
    )
    return sql, params


def _states_upsert(
    direct: Direct, states: Sequence[tuple[int, dict[str, Any]]], now: datetime, start: int
) -> tuple[str, list[Any]]:
    at = direct.bind(_TIME, now)
    params: list[Any] = []
    for user_id, state in states:
        params += [user_id, direct.bind(_JSON, state), at]
    sql = (
        f"INSERT INTO conversations (user_id, state, updated_at) VALUES "
        f"{placeholders(len(states), 3, start=start)} ON CONFLICT (user_id) DO UPDATE SET "
        "state = excluded.state, updated_at = excluded.updated_at"
    )
    return sql, params


async def save_states(
    direct: Direct, states: Sequence[tuple[int, dict[str, Any]]], now: datetime
) -> None:
    """Insert or replace the conversation states of many people: (user id, state)."""
    if states:
        await direct.run(*_states_upsert(direct, states, now, start=1))


#: A funnel count: (day, flow, language, step, how many reached it).
FunnelTotal = tuple[date, str, str, str, int]


async def save_group(
    direct: Direct,
    totals: Sequence[FunnelTotal],
    people: Iterable[UserRow],
    states: Sequence[tuple[int, dict[str, Any]]],
    now: datetime,
) -> None:
    """A group's writes: its funnel counts (:func:`count_funnel`), the names and languages
    its steps changed (:func:`save_people`) and its states (:func:`save_states`).

    PostgreSQL takes them as one statement (the first two as data-modifying WITH
    queries, each on its own table), so the group's transaction makes one round trip
    for them instead of up to three (bench/README.md, round 16). SQLite has no
    data-modifying WITH queries; its statements cost no round trip anyway.
    """
    changed = [person for person in people if person.changed]
    if not direct.merges:
        await count_funnel(direct, totals)
        await save_people(direct, changed, now)
        await save_states(direct, states, now)
        return
    sqls, params = _merged(
        [
            (totals, lambda start: _funnel_upsert(direct, totals, start)),
            (changed, lambda start: _people_update(direct, changed, now, start)),
            (states, lambda start: _states_upsert(direct, states, now, start)),
        ]
    )
    if sqls:
        await direct.run(_with(sqls), params)
    for person in changed:
        person.changed = False


#: A part of a merged statement: the rows it writes, and its SQL and parameters with
#: its placeholders numbered from the given start.
_Part = tuple[Sequence[Any], Callable[[int], tuple[str, list[Any]]]]


def _merged(parts: Sequence[_Part]) -> tuple[list[str], list[Any]]:
    """The SQL of the parts that have rows, numbered one after the other, and all their
    parameters."""
    sqls: list[str] = []
    params: list[Any] = []
    for rows, build in parts:
        if rows:
            sql, more = build(len(params) + 1)
            sqls.append(sql)
            params += more
    return sqls, params


def _with(sqls: Sequence[str], final: str | None = None, first: str = "w0") -> str:
    """One statement of ``sqls``: each a data-modifying WITH query (named ``first``, then
    w1, w2 ...) before ``final``, or, without it, before the last of them."""
    if final is None:
        *sqls, final = sqls
    names = [first if n == 0 else f"w{n}" for n in range(len(sqls))]
    with_ = ", ".join(f"{name} AS ({sql})" for name, sql in zip(names, sqls, strict=True))
    return f"WITH {with_} {final}" if sqls else final


#: A step's new state in :func:`claim_and_save`: (user id, state, the update it answers).
ClaimedState = tuple[int, dict[str, Any], int | None]


def _claimed_states_upsert(
    direct: Direct, states: Sequence[ClaimedState], now: datetime, start: int, claim: bool
) -> tuple[str, list[Any]]:
    """The states whose update the statement's ``claimed`` query claimed (or that answer
    no update): the others were stepped elsewhere meanwhile and are not written."""
    params: list[Any] = [direct.bind(_TIME, now)]
    rows = []
    for user_id, state, update_id in states:
        n = start + len(params)
        rows.append(f"(${n}::integer, ${n + 1}::jsonb, ${n + 2}::bigint)")
        params += [user_id, direct.bind(_JSON, state), update_id]
    where = (
        " WHERE v.update_id IS NULL OR v.update_id IN (SELECT update_id FROM claimed)"
        if claim
        else ""
    )
    sql = (
        f"INSERT INTO conversations (user_id, state, updated_at) SELECT v.user_id, v.state, "
        f"${start} FROM (VALUES {', '.join(rows)}) AS v (user_id, state, update_id){where} "
        "ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, "
        "updated_at = excluded.updated_at"
    )
    return sql, params


async def read_group(
    direct: Direct, update_ids: Sequence[int], people: Mapping[str, Sequence[str]]
) -> tuple[set[int], Found]:
    """PostgreSQL, outside a transaction: which of ``update_ids`` were claimed already,
    and the stored rows of ``people`` (external ids by channel), in one statement.

    The first half of a group in two round trips (bot.dialogue.service); the second is
    :func:`claim_and_save`. Nothing is claimed here, so nothing is left half done.
    """
    where, params = _people_where(people, start=1)
    sql = f"SELECT {_PEOPLE_COLUMNS}, NULL::bigint{_PEOPLE_FROM}{where}"
    if update_ids:
        first = len(params) + 1
        sql += (
            " UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, update_id "
            f"FROM inbound_updates WHERE update_id IN ({numbered(len(update_ids), start=first)}) "
            f"AND state <> '{InboxState.RECEIVED}'"
        )
        params += list(update_ids)
    rows = await direct.rows(sql, params)
    taken = {row[7] for row in rows if row[7] is not None}
    return taken, _found(direct, (row[:7] for row in rows if row[7] is None))


async def claim_and_save(
    direct: Direct,
    update_ids: Sequence[int],
    now: datetime,
    *,
    state: str,
    reply_after: Mapping[int, int],
    chats: Mapping[int, int],
    totals: Sequence[FunnelTotal],
    people: Iterable[UserRow],
    states: Sequence[ClaimedState],
) -> set[int]:
    """PostgreSQL: a group's claim (:func:`claim_updates`) and its writes
    (:func:`save_group`) as one statement, atomic without BEGIN and COMMIT; returns the
    update ids claimed now.

    A state is written only if its update was claimed by this statement: one claimed
    meanwhile (only a second process stepping the same update could) keeps what that
    step stored. The funnel counts and names are the group's and are written whole.
    """
    changed = [person for person in people if person.changed]
    claim = bool(update_ids)
    sqls, params = _merged(
        [
            (
                update_ids,
                lambda start: _claim(direct, update_ids, now, state, reply_after, chats, start),
            ),
            (totals, lambda start: _funnel_upsert(direct, totals, start)),
            (changed, lambda start: _people_update(direct, changed, now, start)),
            (states, lambda start: _claimed_states_upsert(direct, states, now, start, claim)),
        ]
    )
    claimed: set[int] = set()
    if claim:
        rows = await direct.rows(_with(sqls, "SELECT update_id FROM claimed", "claimed"), params)
        claimed = {row[0] for row in rows}
    elif sqls:
        await direct.run(_with(sqls), params)
    for person in changed:
        person.changed = False
    return claimed


async def requests_of(
    direct: Direct, user_ids: Sequence[int], *, limit: int = 10
) -> dict[int, list[tuple[int, str, str | None]]]:
    """The newest leads of each person as (id, status, office), newest first."""
    found: dict[int, list[tuple[int, str, str | None]]] = {uid: [] for uid in user_ids}
    if not user_ids:
        return found
    rows = await direct.rows(
        "SELECT user_id, id, status, office FROM leads "
        f"WHERE user_id IN ({numbered(len(user_ids))}) ORDER BY user_id, id DESC",
        list(user_ids),
    )
    for user_id, lead_id, status, office in rows:
        leads = found.get(user_id)
        if leads is not None and len(leads) < limit:
            leads.append((lead_id, status, office))
    return found


def _funnel_upsert(
    direct: Direct, totals: Sequence[FunnelTotal], start: int
) -> tuple[str, list[Any]]:
    params: list[Any] = []
    for day, flow, language, step, count in totals:
        params += [direct.bind(_DATE, day), flow, language, step, count]
    sql = (
        "INSERT INTO funnel_counts (day, flow, language, step, count) VALUES "
        f"{placeholders(len(totals), 5, start=start)} ON CONFLICT (day, flow, language, step) "
        "DO UPDATE SET count = funnel_counts.count + excluded.count"
    )
    return sql, params


async def count_funnel(direct: Direct, totals: Sequence[FunnelTotal]) -> None:
    """Add (day, flow, language, step, count) rows to the funnel counts, in this order.

    An upsert: two groups at once on the same key would otherwise fail one of them."""
    if totals:
        await direct.run(*_funnel_upsert(direct, totals, start=1))


async def claim_updates(
    direct: Direct,
    update_ids: Sequence[int],
    now: datetime,
    *,
    state: str,
    reply_after: Mapping[int, int] | None = None,
    chats: Mapping[int, int] | None = None,
) -> set[int]:
    """Claim inbox rows still waiting, or record ids that never passed the inbox (the
    terminal, tests) or are not stored there yet (bot.inbox.feed: a person's webhook
    update is stepped before it is stored); returns the ids claimed now. A row claimed before is
    left alone. ``chats`` (Telegram): where each update's reply goes, kept for a row the
    claim creates, so a reply owed after a crash can be sent (bot.inbox.feed.recover)."""
    if not update_ids:
        return set()
    rows = await direct.rows(*_claim(direct, update_ids, now, state, reply_after, chats))
    return {row[0] for row in rows}


def _claim(
    direct: Direct,
    update_ids: Sequence[int],
    now: datetime,
    state: str,
    reply_after: Mapping[int, int] | None,
    chats: Mapping[int, int] | None,
    start: int = 1,
) -> tuple[str, list[Any]]:
    """:func:`claim_updates`' statement (``RETURNING update_id``) and its parameters,
    numbered from ``start``."""
    at = direct.bind(_TIME, now)
    after = reply_after or {}
    chat_of = chats or {}
    params: list[Any] = []
    for update_id in update_ids:
        params += [update_id, chat_of.get(update_id), str(state), at, at, after.get(update_id)]
    sql = (
        "INSERT INTO inbound_updates (update_id, chat_id, state, received_at, processed_at, "
        f"reply_after) VALUES {placeholders(len(update_ids), 6, start=start)} "
        "ON CONFLICT (update_id) DO UPDATE SET state = excluded.state, "
        "processed_at = excluded.processed_at, reply_after = excluded.reply_after, "
        "chat_id = COALESCE(inbound_updates.chat_id, excluded.chat_id) "
        f"WHERE inbound_updates.state = '{InboxState.RECEIVED}' RETURNING update_id"
    )
    return sql, params


async def claim_and_read(
    direct: Direct,
    update_ids: Sequence[int],
    now: datetime,
    people: Mapping[str, Sequence[str]],
    *,
    state: str,
    reply_after: Mapping[int, int] | None = None,
    chats: Mapping[int, int] | None = None,
) -> tuple[set[int], Found]:
    """:func:`claim_updates`, and the stored rows of ``people`` (external ids by
    channel) as :func:`people_with_state` reads them, without their names refreshed.

    PostgreSQL takes both as one statement (the claim as a data-modifying WITH query;
    the read sees the rows as they were before it, and the claim writes no person's
    row), so a group's transaction begins with one round trip instead of two.
    """
    if not direct.merges or not update_ids:
        claimed = await claim_updates(
            direct, update_ids, now, state=state, reply_after=reply_after, chats=chats
        )
        where, params = _people_where(people, start=1)
        rows = await direct.rows(f"SELECT {_PEOPLE_COLUMNS}{_PEOPLE_FROM}{where}", params)
        return claimed, _found(direct, rows)
    claim, params = _claim(direct, update_ids, now, state, reply_after, chats)
    where, more = _people_where(people, start=len(params) + 1)
    rows = await direct.rows(
        f"WITH claimed AS ({claim}) "
        f"SELECT {_PEOPLE_COLUMNS}, NULL::bigint{_PEOPLE_FROM}{where} UNION ALL "
        "SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, update_id FROM claimed",
        [*params, *more],
    )
    claimed = {row[7] for row in rows if row[7] is not None}
    return claimed, _found(direct, (row[:7] for row in rows if row[7] is None))


async def receive_updates(
    direct: Direct, updates: Sequence[tuple[int, int | None, str]], now: datetime
) -> set[int]:
    """Store (update id, chat id, raw JSON) in the inbox; returns the ids new to it."""
    if not updates:
        return set()
    at = direct.bind(_TIME, now)
    params: list[Any] = []
    for update_id, chat_id, raw in updates:
        params += [update_id, chat_id, raw, str(InboxState.RECEIVED), at]
    rows = await direct.rows(
        "INSERT INTO inbound_updates (update_id, chat_id, payload, state, received_at) "
        f"VALUES {placeholders(len(updates), 5)} "
        "ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
        params,
    )
    return {row[0] for row in rows}


async def finish_updates(direct: Direct, update_ids: Sequence[int]) -> None:
    """Mark inbox rows done (their reply, if any, was sent) and forget their raw JSON and
    chat; processed_at stays as the step set it (NULL: no step was committed for it).

    A done row only keeps an update from being handled twice, by its id: its chat (a
    person's Telegram id) stayed for the 7 days of the dedup, also after /delete had
    told the person that all their data were deleted.
    """
    for start in range(0, len(update_ids), _CHUNK):
        chunk = list(update_ids[start : start + _CHUNK])
        await direct.run(
            f"UPDATE inbound_updates SET state = '{InboxState.DONE}', payload = NULL, "
            "chat_id = NULL "
            f"WHERE update_id IN ({numbered(len(chunk))}) AND (state <> '{InboxState.DONE}' "
            # Claimed as done in its own step (a message passed on to the advisors): its
            # raw JSON, the person's words, stayed for the 7 days of the dedup.
            "OR payload IS NOT NULL OR chat_id IS NOT NULL)",
            chunk,
        )


# -- a step's lead: the send step stores it in the group's transaction ----------------


_LEADS = Base.metadata.tables[Lead.__tablename__]
_OUTBOX = Base.metadata.tables[OutboxMessage.__tablename__]


async def recent_leads(
    direct: Direct, user_id: int, since: datetime, columns: Sequence[str] = ()
) -> list[tuple[int, datetime, str, tuple[Any, ...]]]:
    """A person's leads created since ``since`` as (id, created_at, status, the values
    of ``columns``)."""
    extra = "".join(f", {_LEADS.c[name].name}" for name in columns)
    rows = await direct.rows(
        f"SELECT id, created_at, status{extra} FROM leads WHERE user_id = $1 AND created_at >= $2",
        [user_id, direct.bind(_TIME, since)],
    )
    types = [_LEADS.c[name].type for name in columns]
    return [
        (
            row[0],
            direct.result(_TIME, row[1]),
            row[2],
            tuple(direct.result(t, v) for t, v in zip(types, row[3:], strict=True)),
        )
        for row in rows
    ]


def _insert(direct: Direct, table: sa.Table, values: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """``INSERT ... RETURNING id`` of one row, each value bound as its column's type."""
    names = list(values)
    params = [direct.bind(table.c[name].type, values[name]) for name in names]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(names)}) "
        f"VALUES ({numbered(len(names))}) RETURNING id"
    )
    return sql, params


async def insert_lead(direct: Direct, fields: Mapping[str, Any], now: datetime) -> int:
    """Insert a lead from ``fields`` (Lead column names, as db.repository.create_lead
    takes them) with what the ORM would add: the name's search key, the status, no
    attempts, ``updated_at``; returns its id. ``created_at`` is among the fields."""
    values = {
        **fields,
        "name_key": lead_name_key(fields.get("name"), fields.get("answers")),
        "status": str(LeadStatus.NEW),
        "attempts": 0,
        "updated_at": now,
    }
    sql, params = _insert(direct, _LEADS, values)
    rows = await direct.rows(sql, params)
    return int(rows[0][0])


#: An answer left out ("Skip" on a topic): added to a request, it keeps the earlier one.
SKIPPED = "skip"


def merged_answers(
    earlier: Mapping[str, Any], added: Mapping[str, Any], joined: Collection[str] = ("question",)
) -> dict[str, Any]:
    """A request's answers with ``added`` ones (a later dialogue's) taking their place,
    except that a text typed for a key of ``joined`` (a question, a topic, words for
    "other") joins the earlier one, and an added "skip" keeps the earlier answer: "Add to
    my request" had replaced a parent's topic with "Also about BAB", then with nothing."""
    merged = dict(earlier)
    for key, value in added.items():
        before = merged.get(key)
        if value == SKIPPED and before is not None:
            continue
        joins = key in joined and isinstance(value, str) and before != SKIPPED
        if joins and isinstance(before, str):
            value = before if value in before.split("\n") else f"{before}\n{value}"
        merged[key] = value
    return merged


async def add_to_lead(
    direct: Direct,
    user_id: int,
    lead_id: int,
    answers: Mapping[str, Any],
    now: datetime,
    joined: Collection[str] = ("question",),
) -> bool:
    """Merge ``answers`` into the person's open lead; False if it is not theirs or not open.

    The row is locked until the commit (PostgreSQL; SQLite's writer holds the database),
    so an advisor closing it meanwhile waits, and a closed lead is never added to."""
    statuses = [str(status) for status in OPEN_STATUSES]
    rows = await direct.rows(
        f"SELECT answers FROM leads WHERE id = $1 AND user_id = $2 "
        f"AND status IN ({numbered(len(statuses), start=3)}){direct.for_update}",
        [lead_id, user_id, *statuses],
    )
    if not rows:
        return False
    merged = merged_answers(direct.result(_JSON, rows[0][0]) or {}, answers, joined)
    await direct.run(
        "UPDATE leads SET answers = $1, updated_at = $2 WHERE id = $3",
        [direct.bind(_JSON, merged), direct.bind(_TIME, now), lead_id],
    )
    return True


async def enqueue(
    direct: Direct,
    *,
    kind: str,
    target: str,
    lead_id: int,
    now: datetime,
    payload: Mapping[str, Any] | None = None,
) -> int:
    """Queue a notification about a lead (db.repository.enqueue, on the driver); its id.
    Delivered once the transaction has committed (bot/outbox)."""
    values = {
        "lead_id": lead_id,
        "kind": str(kind),
        "target": str(target),
        "payload": dict(payload or {}),
        "status": str(OutboxStatus.PENDING),
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }
    sql, params = _insert(direct, _OUTBOX, values)
    rows = await direct.rows(sql, params)
    return int(rows[0][0])
