"""Leads with their answers and status history as CSV or XLSX (German headers).

Used by ``python -m bot export`` and by ``/export`` in an advisor group. Cells
that a spreadsheet would run as a formula are neutralised: people typed them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import reports, view, wording
from bot.advisor.work import Actor, export_audit
from bot.conversation import log as conversation_log
from bot.conversation.content import transcript_line
from bot.desk.listing import OPEN_FIRST
from bot.flows import FLOWS
from bot.flows.answers import answer_text
from bot.flows.contact import TIME
from bot.flows.model import PostalCode
from bot.flows.navigation import lead_questions
from bot.i18n import translator
from bot.validation import dialled_from_germany
from db.models import AuditEvent, ConversationMessage, Lead

FORMATS = ("csv", "xlsx")
MEDIA_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

BASE_COLUMNS = (
    ("number", "Nr."),
    ("created", "Eingang"),
    ("office", "Büro"),
    ("flow", "Art"),
    ("role", "Anliegen"),
    ("status", "Status"),
    ("claimed_by", "Übernommen von"),
    ("attempts", "Versuche"),
    ("closed", "Abgeschlossen"),
    ("name", "Name"),
    ("phone", "Telefon"),
    ("email", "E-Mail"),
    ("telegram", "Telegram"),
    ("via_bot", "Antwort über den Bot"),
    ("time", "Erreichbar"),
    ("call_language", "Gesprächssprache"),
    ("language", "Sprache im Bot"),
    ("postal_code", "PLZ"),
)


def answer_columns() -> list[tuple[str, str]]:
    """One column per question of any flow, headed by its German label."""
    de = translator("de")
    columns: list[tuple[str, str]] = []
    seen: set[str] = set()
    for flow in FLOWS.values():
        for question in lead_questions(flow):
            if isinstance(question, PostalCode) or question.key in seen:
                continue
            seen.add(question.key)
            columns.append((question.key, de.gettext(question.label)))
    return columns


@dataclass(frozen=True)
class Table:
    """Header and rows, ready to write."""

    header: list[str]
    rows: list[list[str | int]]


async def collect(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    since: date | None = None,
    offices: Sequence[str] | None = None,
    tz: str = "Europe/Berlin",
    where: Sequence[sa.ColumnElement[bool]] = (),
    cities: Mapping[str, str] | None = None,
    listed: bool = False,
) -> Table:
    """The leads created on or after ``since`` (office-local date) of ``offices``, oldest
    first (``listed``: the open ones first, as the inbox lists them).

    ``where`` narrows them further (the web inbox's list filters); ``cities`` names each
    office by its city, as the inbox does ("Leipzig", not the key "leipzig").
    """
    order = (OPEN_FIRST,) if listed else ()
    query = sa.select(Lead).where(*where).order_by(*order, Lead.created_at, Lead.id)
    if since is not None:
        query = query.where(Lead.created_at >= datetime.combine(since, time(), ZoneInfo(tz)))
    if offices is not None:
        query = query.where(Lead.office.in_(offices))
    async with sessionmaker() as session:
        leads = list((await session.execute(query)).scalars())
        history: dict[int, list[AuditEvent]] = {}
        if leads:
            events = await session.execute(
                sa.select(AuditEvent)
                .where(AuditEvent.lead_id.in_([lead.id for lead in leads]))
                .order_by(AuditEvent.created_at, AuditEvent.id)
            )
            for event in events.scalars():
                if event.lead_id is not None:
                    history.setdefault(event.lead_id, []).append(event)
        logged = await conversation_log.messages_of(session, [lead.id for lead in leads])
    answers = answer_columns()
    header = [title for _, title in BASE_COLUMNS] + [title for _, title in answers]
    # "Nachrichten", not "Gespräch": the answer "Gespräch" (how to meet) has a column too.
    header += ["Verlauf", "Nachrichten"]
    rows = [
        [
            *_row(lead, answers, history.get(lead.id, []), tz, cities or {}),
            _transcript(lead, logged.get(lead.id, []), tz, cities or {}),
        ]
        for lead in leads
    ]
    return Table(header, rows)


def _row(
    lead: Lead,
    answers: list[tuple[str, str]],
    history: list[AuditEvent],
    tz: str,
    cities: Mapping[str, str],
) -> list[str | int]:
    de = translator("de")
    values: dict[str, str | int] = {
        "number": lead.id,
        "created": wording.when(lead.created_at, tz),
        "office": cities.get(lead.office or "", lead.office or ""),
        "flow": wording.FLOW_NAMES.get(lead.flow, lead.flow),
        "role": view.role(lead),
        "status": wording.STATUS_NAMES.get(lead.status, lead.status),
        "claimed_by": lead.claimed_by_name or "",
        "attempts": lead.attempts,
        "closed": wording.when(lead.closed_at, tz) if lead.closed_at else "",
        "name": lead.name or "",
        # Validated values, written so that they need no formula guard: a leading
        # apostrophe shows in Excel and breaks copying and dialling ("'+49 …", "'@name").
        "phone": dialled_from_germany(lead.phone) if lead.phone else "",
        "email": lead.email or "",
        "telegram": f"t.me/{lead.telegram_username}" if lead.telegram_username else "",
        "via_bot": "ja" if lead.contact_via_telegram else "nein",
        "time": answer_text(TIME, {"time": lead.preferred_time}, de) if lead.preferred_time else "",
        "call_language": wording.language_name(lead.callback_language)
        if lead.callback_language
        else "",
        "language": wording.language_name(lead.language),
        "postal_code": lead.postal_code or "",
    }
    row: list[str | int] = [values[key] for key, _ in BASE_COLUMNS]
    flow = FLOWS.get(lead.flow)
    known = {q.key: q for q in lead_questions(flow)} if flow is not None else {}
    for key, _ in answers:
        question = known.get(key)
        shown = ""
        if question is not None and key in lead.answers:
            shown = answer_text(question, lead.answers, de)
        row.append(shown)
    row.append("; ".join(_history_entry(event, tz) for event in reports.shown_history(history)))
    return row


def _transcript(
    lead: Lead, messages: list[ConversationMessage], tz: str, cities: Mapping[str, str]
) -> str:
    """The conversation, one message per line: who (with the office it was written from,
    on a lead handed over since), when, text and media markers."""
    person = lead.name or "Person"
    return "\n".join(
        transcript_line(
            conversation_log.entry(row, conversation_log.other_office(row, lead.office, cities)),
            tz,
            person,
        )
        for row in messages
    )


def _history_entry(event: AuditEvent, tz: str) -> str:
    action = wording.action_name(event.action, event.detail)
    who = f" ({event.actor_name})" if event.actor_name else ""
    return f"{wording.when(event.created_at, tz)} {action}{who}"


def _safe(value: str | int) -> str | int:
    """Keep a spreadsheet from running typed text as a formula (CSV has no cell types)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(table: Table) -> bytes:
    """CSV with a BOM and semicolons, which German Excel opens correctly."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.header)
    for row in table.rows:
        writer.writerow([_safe(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(table: Table) -> bytes:
    """An Excel workbook with one sheet "Anfragen"."""
    # Imported here: openpyxl adds about 0.1 s to every start and is needed only here.
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Anfragen"
    sheet.append(table.header)
    for number, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # openpyxl would store it as a formula
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def render(table: Table, fmt: str) -> bytes:
    """The table in ``fmt`` ("csv" or "xlsx")."""
    if fmt == "xlsx":
        return to_xlsx(table)
    if fmt == "csv":
        return to_csv(table)
    raise ValueError(f"unknown export format {fmt!r}")


#: The words that name the kind of file after "/export" ("/export Excel", "/export 12 csv").
_FORMAT_WORDS = {"csv": "csv", "xlsx": "xlsx", "xls": "xlsx", "excel": "xlsx"}


def format_named(words: Sequence[str]) -> tuple[str, list[str]]:
    """The kind of file "/export"'s ``words`` ask for (CSV when none) and the other words:
    "/export Excel" and "/export csv" were words /export did not know."""
    kinds = [_FORMAT_WORDS.get(word.strip(",.;:!?").casefold()) for word in words]
    rest = [word for word, kind in zip(words, kinds, strict=True) if kind is None]
    named = [kind for kind in kinds if kind is not None]
    return (named[-1] if named else "csv"), rest


#: Words asking for what /export sends anyway, every request ("/export alle"): they were
#: no words of /export's.
_EVERY = frozenset({"alle", "alles", "komplett", "gesamt", "saemtliche", "sämtliche"})


def every_dropped(words: Sequence[str]) -> list[str]:
    """``words`` without those asking for every request ("/export alle Excel")."""
    return [word for word in words if word.strip(",.;:!?").casefold() not in _EVERY]


def filename(fmt: str, office: str | None, since: date | None, now: datetime) -> str:
    """A descriptive file name, e.g. ``kausa-leads-leipzig-ab-2026-01-01.csv``."""
    parts = ["kausa-leads", office or "alle"]
    parts.append(f"ab-{since.isoformat()}" if since else f"stand-{now.date().isoformat()}")
    return "-".join(parts) + f".{fmt}"


async def export(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    fmt: str,
    since: date | None = None,
    offices: Sequence[str] | None = None,
    tz: str = "Europe/Berlin",
    now: datetime,
    actor: Actor | None = None,
    by: str | None = None,
    via: str = "cli",
    where: Sequence[sa.ColumnElement[bool]] = (),
    filters: dict[str, str] | None = None,
    shown: list[int] | None = None,
    cities: Mapping[str, str] | None = None,
    listed: bool = False,
    file: Path | None = None,
) -> tuple[bytes, int]:
    """Collect, render and audit one export; returns the file content and the lead count.

    ``by`` is the server's user running the command line export (no ``actor`` there).
    ``where`` narrows the leads, ``filters`` says how, for the audit trail; ``shown``
    receives the exported leads' numbers (a file posted in a group is a copy of them);
    ``listed``: in the inbox list's order (open ones first); ``file``: where the command
    line writes it (audited: the nightly purge looks there for what a killed export left).
    """
    table = await collect(
        sessionmaker, since=since, offices=offices, tz=tz, where=where, cities=cities, listed=listed
    )
    if shown is not None:
        shown.extend(int(row[0]) for row in table.rows)
    content = render(table, fmt)
    detail: dict[str, Any] = {
        "via": via,
        "format": fmt,
        "offices": list(offices) if offices is not None else "all",
        "since": since.isoformat() if since else None,
        "count": len(table.rows),
    }
    if filters:
        detail["filters"] = filters
    if file is not None:
        detail["file"] = str(file)
    await export_audit(sessionmaker, actor=actor, now=now, detail=detail, by=by)
    return content, len(table.rows)
