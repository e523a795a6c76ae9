"""/inbox/stats: leads per week, time to first contact, outcomes, the dialogue funnel.

The numbers are computed from columns without personal data (dates, office, flow,
language, channel, status, audit actions, funnel counts); the charts are SVG made
here (bot.desk.charts).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import wording
from bot.desk import charts
from bot.desk.accounts import Advisor
from bot.desk.auth import ADVISOR, now, services_of
from bot.desk.pages import inbox_page
from bot.dialogue import funnel
from bot.flows import FLOWS
from bot.flows.navigation import ScreenId, find_question, sequence, split_screen
from bot.i18n import translator
from db.models import AuditEvent, FunnelCount, Lead
from db.vocabulary import AuditAction

WEEKS = 12
#: What counts as the first contact with the person.
CONTACT_ACTIONS = ("reached", "not_reached", "relayed_to_person")
DIMENSIONS = (
    ("office", "Büro"),
    ("flow", "Art"),
    ("language", "Sprache"),
    ("channel", "Kanal"),
)


@dataclass(frozen=True)
class Report:
    """Everything the statistics page shows."""

    weeks: list[str]
    #: dimension -> value name -> count per week
    per_week: dict[str, dict[str, list[int]]]
    total: int
    contact_median_hours: float | None
    contact_p90_hours: float | None
    contacted: int
    outcomes: dict[str, int]
    #: (flow name, language name) -> step -> count
    funnel: dict[tuple[str, str], dict[str, int]]


def _week_start(moment: datetime, tz: ZoneInfo) -> date:
    day = moment.astimezone(tz).date()
    return day - timedelta(days=day.weekday())


def _name(dimension: str, value: str | None, offices: Mapping[str, str]) -> str:
    if dimension == "office":
        return offices.get(value or "", value or "–")
    if dimension == "flow":
        return wording.FLOW_NAMES.get(value or "", value or "–")
    if dimension == "language":
        return wording.language_name(value)
    return wording.CHANNEL_NAMES.get(value or "", value or "–")


def _hours(values: Sequence[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    if len(values) == 1:
        return values[0], values[0]
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    return statistics.median(values), deciles[-1]


def first_contact_hours(
    created: Mapping[int, datetime], marks: Sequence[tuple[int | None, str, datetime]]
) -> list[float]:
    """Hours from each lead's arrival at its office to the first contact after it.

    A lead handed over from another office (bot.advisor.handover) arrived at the hand-over:
    counted from its creation, the other office's days were the new office's, and a
    contact by the first office counted as the new office's."""
    arrived = dict(created)
    for lead_id, action, moment in marks:
        if lead_id in arrived and action == AuditAction.HANDED_OVER:
            arrived[lead_id] = max(arrived[lead_id], moment)
    first: dict[int, datetime] = {}
    for lead_id, action, moment in marks:
        if lead_id is None or lead_id not in arrived or action == AuditAction.HANDED_OVER:
            continue
        if moment >= arrived[lead_id] and (lead_id not in first or moment < first[lead_id]):
            first[lead_id] = moment
    return [(moment - arrived[lead_id]).total_seconds() / 3600 for lead_id, moment in first.items()]


async def report(
    sessionmaker: async_sessionmaker[AsyncSession],
    advisor: Advisor,
    now: datetime,
    tz: str,
    offices: Mapping[str, str],
) -> Report:
    """The last WEEKS weeks of the advisor's offices (all for an admin)."""
    zone = ZoneInfo(tz)
    first_week = _week_start(now, zone) - timedelta(weeks=WEEKS - 1)
    since = datetime.combine(first_week, datetime.min.time(), zone)
    ours: list[sa.ColumnElement[bool]] = [Lead.created_at >= since]
    if advisor.offices is not None:
        ours.append(Lead.office.in_(advisor.offices))
    async with sessionmaker() as session:
        leads = (
            await session.execute(
                sa.select(
                    Lead.id,
                    Lead.created_at,
                    Lead.office,
                    Lead.flow,
                    Lead.language,
                    Lead.channel,
                    Lead.status,
                ).where(*ours)
            )
        ).all()
        marks = (
            await session.execute(
                sa.select(AuditEvent.lead_id, AuditEvent.action, AuditEvent.created_at)
                .join(Lead, Lead.id == AuditEvent.lead_id)
                .where(AuditEvent.action.in_((*CONTACT_ACTIONS, AuditAction.HANDED_OVER)), *ours)
            )
        ).all()
        funnel_rows = (
            await session.execute(
                sa.select(
                    FunnelCount.flow,
                    FunnelCount.language,
                    FunnelCount.step,
                    sa.func.sum(FunnelCount.count),
                )
                .where(FunnelCount.day >= first_week)
                .group_by(FunnelCount.flow, FunnelCount.language, FunnelCount.step)
            )
        ).all()
    weeks = [first_week + timedelta(weeks=n) for n in range(WEEKS)]
    index = {week: n for n, week in enumerate(weeks)}
    per_week: dict[str, dict[str, list[int]]] = {}
    for dimension, _title in DIMENSIONS:
        table: dict[str, list[int]] = defaultdict(lambda: [0] * WEEKS)
        for lead in leads:
            week = index.get(_week_start(lead.created_at, zone))
            if week is not None:
                table[_name(dimension, getattr(lead, dimension), offices)][week] += 1
        per_week[dimension] = dict(sorted(table.items()))
    waits = sorted(first_contact_hours({lead.id: lead.created_at for lead in leads}, marks))
    median, p90 = _hours(waits)
    outcomes = Counter(wording.STATUS_NAMES.get(lead.status, lead.status) for lead in leads)
    counted: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for flow, language, step, count in funnel_rows:
        counted[(flow, language)][step] = int(count or 0)
    funnel = {
        (wording.FLOW_NAMES.get(flow, flow), wording.language_name(language)): funnel_steps(
            flow, steps
        )
        for (flow, language), steps in counted.items()
    }
    return Report(
        weeks=[f"{week:%d.%m.}" for week in weeks],
        per_week=per_week,
        total=len(leads),
        contact_median_hours=median,
        contact_p90_hours=p90,
        contacted=len(waits),
        outcomes=dict(outcomes.most_common()),
        funnel=dict(sorted(funnel.items())),
    )


#: The funnel's own steps in German (bot.dialogue.funnel); a question is named by its label.
_FUNNEL_NAMES = {
    funnel.START: "Dialog begonnen",
    funnel.CONSENT: "Einwilligung gefragt",
    funnel.CONSENTED: "eingewilligt",
    funnel.SENT: "Anfrage gesendet",
}


def funnel_steps(flow_key: str, counts: Mapping[str, int]) -> dict[str, int]:
    """A flow's funnel counts in the dialogue's order, each step named in German, so the
    chart shows where people stop (steps of questions no longer asked come last)."""
    flow = FLOWS.get(flow_key)
    order = [funnel.START]
    for screen in sequence(flow) if flow is not None else ():
        screen_id, key = split_screen(screen)
        if screen_id is ScreenId.QUESTION:
            order.append(f"q:{key}")
        elif screen_id is ScreenId.CONSENT:
            order += [funnel.CONSENT, funnel.CONSENTED]
    order.append(funnel.SENT)
    ranked = sorted(counts, key=lambda step: order.index(step) if step in order else len(order))
    de = translator("de")
    named: dict[str, int] = {}
    for step in ranked:
        question = find_question(flow, step[2:]) if step.startswith("q:") else None
        name = f"Frage: {de.gettext(question.label)}" if question else _FUNNEL_NAMES.get(step, step)
        named[name] = named.get(name, 0) + counts[step]
    return named


async def page(request: web.Request) -> web.Response:
    """GET /inbox/stats."""
    services = services_of(request)
    advisor = request[ADVISOR]
    offices = {key: office.city for key, office in services.offices.items()}
    found = await report(
        services.sessionmaker, advisor, now(request), services.advisors.timezone, offices
    )
    week_charts = {
        dimension: charts.both(
            partial(
                charts.stacked_bars,
                f"Anfragen pro Woche nach {title}",
                found.weeks,
                found.per_week[dimension],
            )
        )
        for dimension, title in DIMENSIONS
    }
    funnel_charts = {
        key: charts.both(partial(charts.horizontal_bars, f"Verlauf {key[0]}, {key[1]}", steps))
        for key, steps in found.funnel.items()
    }
    outcome_chart = charts.both(partial(charts.horizontal_bars, "Ergebnisse", found.outcomes))
    context = {
        "report": found,
        "dimensions": DIMENSIONS,
        "week_charts": week_charts,
        "funnel_charts": funnel_charts,
        "outcome_chart": outcome_chart,
    }
    return inbox_page(request, "inbox/stats.html", context)
