"""The advisors' German reports: /leads, /lead with its history, /stats.

Pure: data in, HTML text out, cut to fit Telegram's 4096 characters.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from bot.advisor.wording import (
    FLOW_NAMES,
    OFFICE_ORDER,
    STATUS_NAMES,
    SearchedBy,
    action_name,
    age,
    cities_text,
    esc,
    fit,
    inert,
    language_name,
    spelled,
    when,
)
from db.models import AuditEvent, Lead
from db.vocabulary import AuditAction, LeadStatus


@dataclass(frozen=True)
class LeadRow:
    """One line of /leads."""

    id: int
    status: str
    office: str | None
    flow: str
    name: str | None
    created_at: datetime
    claimed_by_name: str | None

    @classmethod
    def of(cls, lead: Lead) -> LeadRow:
        """The line of ``lead`` (each field is the lead's column of its name)."""
        return cls(**{field.name: getattr(lead, field.name) for field in fields(cls)})


def leads_list(
    rows: Sequence[LeadRow],
    offices: Mapping[str, str],
    now: datetime,
    heading: str = "Offene Anfragen",
    none: str = "Keine offenen Anfragen. 🎉",
) -> str:
    """The open leads of a group (or those /leads was asked for: ``heading``, and ``none``
    when there are none), oldest first."""
    if not rows:
        return esc(none)
    head = [f"<b>{esc(heading)} ({len(rows)})</b>, älteste zuerst:", ""]
    body = [_line(row, offices, now) for row in rows]
    tail = ["", "Details: /lead NUMMER"]
    return fit(head, body, tail, "… weitere nicht angezeigt")


def named_list(
    rows: Sequence[LeadRow],
    offices: Mapping[str, str],
    now: datetime,
    name: str,
    *,
    more: bool,
    by: SearchedBy = "name",
    to_copy: str = "Details: /lead NUMMER",
) -> str:
    """The requests "/lead Mehmet" found by the person's ``name`` (``by``: "/lead 0341
    123456" by their phone number, "/lead ayse@gmx.de" by their e-mail address; ``more``:
    there are more than these), the open ones first; ``to_copy`` ends it ("/loeschen
    Omar": the commands with their numbers)."""
    count = f"die ersten {len(rows)}" if more else str(len(rows))
    what = {
        "phone": f"der Telefonnummer „{esc(name, 40)}“",
        "email": f"der E-Mail-Adresse „{inert(name, 60)}“",
    }.get(by, f"„{inert(name, 60)}“ im Namen")
    head = [f"<b>Anfragen mit {what} ({count})</b>, offene zuerst:", ""]
    body = [_line(row, offices, now) for row in rows]
    tail = ["", to_copy]
    if more:
        tail += ["Weitere: bitte den Namen genauer schreiben (Vor- und Nachname)."]
    return fit(head, body, tail, "… weitere nicht angezeigt")


def _line(row: LeadRow, offices: Mapping[str, str], now: datetime) -> str:
    """One request in a list: number, status, office, flow, name and age."""
    status = esc(STATUS_NAMES.get(row.status, row.status))
    if row.claimed_by_name and row.status != LeadStatus.NEW:
        status += f" ({inert(row.claimed_by_name, 60)})"
    office = esc(offices.get(row.office or "", row.office or "–"), 40)
    name = inert(row.name or "–", 60)
    return (
        f"#{row.id} · {status} · {office} · {esc(FLOW_NAMES.get(row.flow, row.flow))}"
        f" · {name} · seit {age(row.created_at, now)}"
    )


def lead_detail(
    card: str,
    history: Sequence[AuditEvent],
    tz: str = "Europe/Berlin",
    messages: int = 0,
    *,
    came_from_groups: Sequence[str] = (),
) -> str:
    """One lead's group card with its history (the newest entries when long) and the
    number of messages in its conversation (read in the topic or the web inbox); for a
    lead handed over from other offices' groups, ``came_from_groups`` names their cities:
    its conversation until then stayed there."""
    head = [card, "", "<b>Verlauf</b>"]
    body = [history_line(event, tz) for event in shown_history(history)] or ["–"]
    if messages and came_from_groups:
        cities = [esc(city, 40) for city in came_from_groups]
        where = (
            f"in der Gruppe des Büros {cities[0]}"
            if len(cities) == 1
            else f"in den Gruppen der Büros {cities_text(cities)}"
        )
        body += [
            "",
            f"💬 Gespräch: {messages} Nachricht(en), bis zur Weitergabe {where}, seitdem in "
            "dieser Gruppe; alle im Web-Posteingang",
        ]
    elif messages:
        body += [
            "",
            f"💬 Gespräch: {messages} Nachricht(en), "
            "nachzulesen in der Gruppe oder im Web-Posteingang",
        ]
    return fit(head, body, [], "… ältere Einträge nicht angezeigt", keep_last=True)


def shown_history(history: Sequence[AuditEvent]) -> list[AuditEvent]:
    """The history as advisors read it: between two other entries, each advisor's reading
    is shown once, and not at all right after their own entry (the page reloaded by their
    own button, opened again). Every tap and every live update of an open page added
    "angesehen"; with two advisors' pages open, 12 of 17 lines said so. The audit keeps
    every reading."""
    shown: list[AuditEvent] = []
    readers: set[int | None] = set()
    for event in history:
        if event.action != AuditAction.READ:
            readers = {event.actor_id}
        elif event.actor_id in readers:
            continue
        else:
            readers.add(event.actor_id)
        shown.append(event)
    return shown


def history_line(event: AuditEvent, tz: str) -> str:
    """One audit event as a line of history."""
    action = action_name(event.action, event.detail)
    who = f" – {inert(event.actor_name, 128)}" if event.actor_name else ""
    return f"{when(event.created_at, tz)}: {esc(action)}{who}"


@dataclass(frozen=True)
class Stats:
    """Lead counts for one period."""

    days: int
    total: int
    by_status: Mapping[str, int]
    by_office: Mapping[str, int]
    by_language: Mapping[str, int]
    by_flow: Mapping[str, int]


#: Words of a period after /stats ("/stats Woche", "/stats 30", "/stats heute", "/stats
#: letzte 7 Tage"), as spelled() writes them: /stats shows the last 7 and 30 days whatever
#: the period asked ("kennt /stats nicht" came with those figures anyway).
_STATS_PERIODS = frozenset(
    {
        *("heute", "gestern", "woche", "wochen", "monat", "monate", "monats", "tag", "tage"),
        *("tagen", "jahr", "7", "30", "7-tage", "30-tage", "7tage", "30tage", "letzte"),
        *("letzten", "letzter", "diese", "dieser", "diesen", "dieses", "aktuell", "jetzt"),
        *("woechentlich", "monatlich", "der", "die", "den", "seit", "fuer", "gesamt", "alle"),
    }
)


def stats_words(words: Sequence[str]) -> list[str]:
    """The words after /stats that are no period ("/stats Chemnitz diese Woche":
    "Chemnitz"): what names the offices, or what /stats does not know."""
    return [word for word in words if spelled(word) not in _STATS_PERIODS]


def stats_text(
    periods: Sequence[Stats],
    offices: Mapping[str, str],
    *,
    failed: Sequence[tuple[int, str, int | None]],
    pending: int,
    unreachable: Sequence[str] = (),
) -> str:
    """Counts per status, office, language and flow; then delivery problems.

    ``unreachable``: offices whose advisor group refuses the bot (bot.outbox.groups).
    """

    def keys(attr: str, order: Sequence[str] = ()) -> list[str]:
        seen = {key for p in periods for key in getattr(p, attr)}
        return [k for k in order if k in seen] + sorted(seen - set(order))

    columns = "".join(f"{f'{p.days} Tage':>9}" for p in periods)
    rows = [f"{'':<18}{columns}", f"{'Anfragen gesamt':<18}" + _cells(periods, None, "")]
    sections: tuple[tuple[str, str, list[str], Mapping[str, str]], ...] = (
        ("Status", "by_status", list(STATUS_NAMES), STATUS_NAMES),
        ("Büro", "by_office", list(OFFICE_ORDER), offices),
        ("Sprache", "by_language", [], {}),
        ("Art", "by_flow", list(FLOW_NAMES), FLOW_NAMES),
    )
    # No request in any period: the headings stood with nothing under them (QA: /stats of
    # an office whose only lead had been handed over).
    if not any(period.total for period in periods):
        rows.append("Noch keine Anfragen in diesen Zeiträumen.")
        sections = ()
    for title, attr, order, names in sections:
        rows.append(title)
        for key in keys(attr, order):
            label = names.get(key) or (language_name(key) if attr == "by_language" else key)
            rows.append(f"  {label[:16]:<16}" + _cells(periods, attr, key))
    lines = ["<b>Statistik</b>", f"<pre>{html.escape(chr(10).join(rows))}</pre>"]
    if failed:
        lines.append(f"⚠️ <b>{len(failed)} Benachrichtigung(en) nicht zustellbar</b> (aufbewahrt):")
        for outbox_id, kind, lead_id in failed[:20]:
            about = f", Anfrage #{lead_id}" if lead_id else ""
            lines.append(f"  • Nr. {outbox_id}: {esc(kind, 32)}{about}")
    else:
        lines.append("✅ Keine fehlgeschlagenen Benachrichtigungen.")
    if pending:
        lines.append(f"⏳ {pending} Benachrichtigung(en) warten auf Zustellung.")
    for office in unreachable:
        lines.append(
            f"🚫 <b>Beratergruppe {esc(office, 64)} nicht erreichbar</b>: ihre Nachrichten "
            "warten und gehen raus, sobald der Bot wieder in der Gruppe ist."
        )
    return "\n".join(lines)


def _cells(periods: Sequence[Stats], attr: str | None, key: str) -> str:
    values = [p.total if attr is None else getattr(p, attr).get(key, 0) for p in periods]
    return "".join(f"{v:>9}" for v in values)
