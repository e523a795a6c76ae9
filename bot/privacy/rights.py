"""The person's data rights: a copy of everything (/mydata), erasure (/delete),
"stop contacting me" (blocking the bot) and retention (purge).

Erasure keeps an anonymous statistics row per lead (flow, office, language,
status, dates and button answers) and removes every personal value: the user
row with their Telegram id, the conversation state, and on each lead the name,
phone, e-mail, Telegram username and every free-text answer.

The copy names Telegram's fields only for a person on Telegram: a person of the web
chat gets no Telegram name, username or message ids, not even empty ones.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.advisor import asked, claims, copies
from bot.conversation import log as conversation_log
from bot.conversation.content import MEDIA_NAMES, duration_text
from bot.conversation.ltr import isolated
from bot.dialogue.state import ABANDONED_DAYS
from bot.dialogue.texts import STATUS_TEXTS, city_name
from bot.flows.answers import TOWN_LABEL, answer_text, labelled
from bot.flows.ask import ASK, QUESTION, held_label
from bot.flows.consent import BY_PARENT
from bot.flows.contact import CONTACT_QUESTIONS
from bot.flows.model import TOWN, label_of
from bot.flows.navigation import FREE_TEXT_KEYS, MEDIA_LATER, NOT_SHOWN, SENT_CONTACT, answered_by
from bot.i18n import N_, NATIVE_NAMES, RLM, Translator, local
from bot.privacy import erasure_journal, payloads
from bot.privacy.idle import idle_open_leads
from bot.validation import display_phone
from db import repository
from db.models import (
    AuditEvent,
    Conversation,
    ConversationMessage,
    Lead,
    OutboxMessage,
    RelayMessage,
    User,
)
from db.vocabulary import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    RELAY_KINDS,
    AuditAction,
    LeadStatus,
    MessageDirection,
    MessageKind,
    OutboxKind,
    OutboxStatus,
    OutboxTarget,
)

ABANDONED_AFTER = timedelta(days=ABANDONED_DAYS)

# Lead columns that identify a person; erased on request and after retention.
PERSONAL_LEAD_FIELDS = ("name", "phone", "email", "telegram_username")


def _free_text_keys(answers: dict[str, Any]) -> list[str]:
    # Typed answers may name a person or a business: the "other" texts, company, topic,
    # a question for an advisor (bot.flows.ask) ...
    return [key for key in answers if key.endswith("_other") or key in FREE_TEXT_KEYS]


async def _leads_of(session: AsyncSession, user_id: int) -> list[Lead]:
    rows = await session.execute(sa.select(Lead).where(Lead.user_id == user_id).order_by(Lead.id))
    return list(rows.scalars())


#: Why a queued relay was cancelled: its lead's personal data were erased.
ERASED = "personal data erased"


async def _relayed(session: AsyncSession, lead_id: int) -> list[dict[str, Any]]:
    """The messages passed on for one lead: their texts while stored, and their message ids."""
    outbox = await session.execute(
        sa.select(OutboxMessage)
        .where(OutboxMessage.lead_id == lead_id, OutboxMessage.kind.in_(RELAY_KINDS))
        .order_by(OutboxMessage.id)
    )
    messages: list[dict[str, Any]] = [
        {
            "direction": "to_you" if row.kind == OutboxKind.RELAY_TO_PERSON else "to_advisor",
            "text": row.payload.get("text"),
            "status": row.status,
            "created_at": row.created_at.isoformat(),
        }
        for row in outbox.scalars()
    ]
    shown = await session.execute(
        sa.select(RelayMessage).where(RelayMessage.lead_id == lead_id).order_by(RelayMessage.id)
    )
    messages += [
        {
            "telegram_chat": row.chat_id,
            "telegram_message": row.message_id,
            "created_at": row.created_at.isoformat(),
        }
        for row in shown.scalars()
    ]
    return messages


#: The channel whose fields (names, message and file ids) the copy carries.
TELEGRAM = "telegram"
_TELEGRAM_PROFILE = ("username", "first_name")
_TELEGRAM_LEAD = ("contact_via_telegram", "telegram_username")
_TELEGRAM_MESSAGE = ("telegram_file_id", "telegram_written", "telegram_delivered")


#: What the history of a request in the copy leaves out: the bot's own bookkeeping of its
#: erasure, and logins (not about a request).
_NOT_HISTORY = frozenset({AuditAction.ERASED, AuditAction.PURGED, AuditAction.ERASURE_REAPPLIED})


async def _history(session: AsyncSession, lead_id: int) -> list[dict[str, Any]]:
    """What was done with one request, and when (claimed, call attempts, handed over, read
    in the inbox, ...): the advisors' names and ids are theirs, not part of the copy."""
    rows = await session.execute(
        sa.select(AuditEvent.action, AuditEvent.detail, AuditEvent.created_at)
        .where(AuditEvent.lead_id == lead_id, AuditEvent.action.not_in(_NOT_HISTORY))
        .order_by(AuditEvent.id)
    )
    history = []
    for action, detail, created_at in rows:
        entry: dict[str, Any] = {"action": action, "at": created_at.isoformat()}
        if action == AuditAction.HANDED_OVER and detail:
            entry.update(from_office=detail.get("from"), to_office=detail.get("to"))
        history.append(entry)
    return history


async def collect(session: AsyncSession, user: User) -> dict[str, Any]:
    """Everything stored about one person, ready for JSON."""
    state = await repository.load_state(session, user.id)
    leads = await _leads_of(session, user.id)
    relayed = {lead.id: await _relayed(session, lead.id) for lead in leads}
    history = {lead.id: await _history(session, lead.id) for lead in leads}
    # Advisors' internal notes are their working notes, not messages to or from the person.
    logged = await conversation_log.messages_of(session, [lead.id for lead in leads], notes=False)
    data = {
        "profile": {
            "channel": user.channel,
            "id": user.external_id,
            "username": user.username,
            "first_name": user.first_name,
            "language": user.language,
            "stop_contact": user.blocked,
            "created_at": user.created_at.isoformat(),
        },
        "conversation": state or {},
        "leads": [
            {
                "number": lead.id,
                "flow": lead.flow,
                "created_at": lead.created_at.isoformat(),
                "status": lead.status,
                "closed_at": lead.closed_at.isoformat() if lead.closed_at else None,
                "language": lead.language,
                "office": lead.office,
                "postal_code": lead.postal_code,
                "answers": lead.answers,
                "name": lead.name,
                "phone": lead.phone,
                "phone_as_shown": display_phone(lead.phone) if lead.phone else None,
                "email": lead.email,
                "contact_via_telegram": lead.contact_via_telegram,
                "telegram_username": lead.telegram_username,
                "preferred_time": lead.preferred_time,
                "callback_language": lead.callback_language,
                "consent": {
                    "version": lead.consent_version,
                    "language": lead.consent_language,
                    "at": lead.consent_at.isoformat() if lead.consent_at else None,
                },
                "relayed_messages": relayed[lead.id],
                "history": history[lead.id],
                "conversation": [_message(row) for row in logged[lead.id]],
            }
            for lead in leads
        ],
    }
    return data if user.channel == TELEGRAM else _without_telegram(data)


def _without_telegram(data: dict[str, Any]) -> dict[str, Any]:
    """The copy of someone who never used Telegram: no Telegram fields (each would be empty)."""
    for key in _TELEGRAM_PROFILE:
        data["profile"].pop(key)
    for lead in data["leads"]:
        for key in _TELEGRAM_LEAD:
            lead.pop(key)
        # Copies shown in a Telegram chat are only ids there; texts passed on stay.
        lead["relayed_messages"] = [m for m in lead["relayed_messages"] if "direction" in m]
        for message in lead["conversation"]:
            for key in _TELEGRAM_MESSAGE:
                message.pop(key)
    return data


def _message(row: ConversationMessage) -> dict[str, Any]:
    # Everything the data inventory (docs/privacy.md) lists for a message but the advisors' ids
    # and names (theirs, as in the history) and the internal flag (notes are left out).
    return {
        "direction": "to_you" if row.direction == MessageDirection.TO_PERSON else "to_advisor",
        "kind": row.kind,
        "text": row.text,
        "file_name": row.file_name,
        "duration": row.duration,
        "origin": row.origin,
        "telegram_file_id": row.file_id,
        "telegram_written": _telegram_message(row.source_chat_id, row.source_message_id),
        "telegram_delivered": _telegram_message(row.copy_chat_id, row.copy_message_id),
        "created_at": row.created_at.isoformat(),
        "delivered_at": row.delivered_at.isoformat() if row.delivered_at else None,
    }


def _telegram_message(chat: int | None, message: int | None) -> dict[str, int] | None:
    """A Telegram message by its chat and id, where both are stored."""
    return {"chat": chat, "message": message} if chat is not None and message else None


def _conversation_lines(messages: list[dict[str, Any]], t: Translator) -> list[str]:
    """Each message as one line: its text, and what a medium was ("[photo] caption")."""
    lines = []
    for message in messages:
        parts = []
        if message["kind"] != MessageKind.TEXT:
            medium = t.gettext(MEDIA_NAMES.get(message["kind"], MEDIA_NAMES["other"]))
            if message.get("duration") is not None:
                medium += f" {duration_text(message['duration'])}"
            parts.append(f"[{medium}]")
        parts += [value for value in (message["file_name"], message["text"]) if value]
        lines.append(_message_line(" ".join(parts), message["direction"], t))
    return lines


#: Who wrote a message of the copy: the person's and the advisor's stood in one list, each
#: after a dash, and the copy did not say who had written what.
FROM_YOU = N_("From you: {text}")
FROM_ADVISOR = N_("From your advisor: {text}")


def _message_line(text: str, direction: str, t: Translator) -> str:
    """One message in the copy: "– ", who wrote it (``direction``: "to_you" from the
    advisor, "to_advisor" from the person) and its words. On a right-to-left page the
    words are a piece of their own direction (a German question's "?" stood at the Arabic
    end of its line), and the line begins at the right like the copy's others; each number
    in them keeps its order ("0151 23456789" read "23456789 0151", QA, 2026-12-04)."""
    words = t.isolate(isolated(text, in_rtl=t.rtl))
    writer = FROM_ADVISOR if direction == "to_you" else FROM_YOU
    said = t.gettext(writer).format(text=words)
    return f"{RLM}– {said}" if t.rtl else f"– {said}"


#: How "my data" names a channel that is not Telegram (a person on Telegram sees their
#: Telegram name instead).
CHANNEL_NAMES = {"web": N_("Website chat"), "cli": N_("Terminal chat")}


def _profile_lines(profile: dict[str, Any], t: Translator) -> list[str]:
    """Who the person is to us: their Telegram name, or the channel they came through."""
    _ = t.gettext
    channel = profile.get("channel", TELEGRAM)
    if channel != TELEGRAM:
        name = CHANNEL_NAMES.get(channel)
        return [_("Channel: {channel}").format(channel=_(name) if name else channel)]
    # The name and the username each once ("Ayşe ayse_y" read as one name).
    lines = []
    if profile["first_name"]:
        lines.append(_("Telegram name: {name}").format(name=t.isolate(profile["first_name"])))
    if profile["username"]:
        lines.append(_("Telegram username: {username}").format(username=f"@{profile['username']}"))
    # Stored from the first message on, as the notice says; "everything we have stored"
    # left it out (only the JSON file had it).
    if profile.get("id"):
        lines.append(_("Telegram user ID: {id}").format(id=t.isolate(str(profile["id"]))))
    return lines


def describe(data: dict[str, Any], t: Translator, cities: Mapping[str, str]) -> str:
    """The collected data as readable text in the person's language (``cities``: each
    office's city by its key, to name the office that has a request)."""
    _ = t.gettext
    profile = data["profile"]
    lines = [_("This is everything we have stored about you:"), ""]
    lines += _profile_lines(profile, t)
    # A name, not a code: "uk" would read as the United Kingdom.
    language = NATIVE_NAMES.get(profile["language"] or "", profile["language"] or "–")
    lines.append(_("Language: {language}").format(language=language))
    answers = data["conversation"].get("answers") or {}
    # After a request only how the advisor gets in touch is kept: in the request's lines.
    answers = {
        key: value
        for key, value in answers.items()
        if key not in (SENT_CONTACT, MEDIA_LATER, NOT_SHOWN)
    }
    if answers:
        lines.append(_("Answers in the current dialogue: {count}").format(count=len(answers)))
    if not data["leads"]:
        lines += ["", _("You have not sent us a request.")]
    for lead in data["leads"]:
        created = datetime.fromisoformat(lead["created_at"])
        lines += [
            "",
            # Not "Request 1 of 5 Dec 2026" (German "vom" word for word): read as one of five.
            _("Request {number}, sent on {date}: {status}").format(
                number=t.isolate(str(lead["number"])),
                date=t.date(local(created).date()),
                status=_(STATUS_TEXTS.get(lead["status"], lead["status"])),
            ),
        ]
        # Who has it (GDPR Art. 15(1)(c)): the copy listed every answer and not the office
        # they went to.
        city = cities.get(lead.get("office") or "")
        if city:
            lines.append(_("KAUSA office {city}").format(city=city_name(city, t)))
        merged = dict(lead["answers"])
        merged.update(
            name=lead["name"],
            phone=lead["phone"] or ("tg" if lead.get("contact_via_telegram") else None),
            email=lead["email"] or "skip",
            time=lead["preferred_time"],
            callback_lang=lead["callback_language"],
            plz=lead["postal_code"],
        )
        # Answers added from another flow too: the copy shows all that is stored.
        topic = [q for q in answered_by(lead["flow"], merged) if q not in CONTACT_QUESTIONS]
        known = (*topic, *CONTACT_QUESTIONS)
        # A question typed on the way goes with any request, asked by its flow or not.
        questions = (*known, *((QUESTION,) if QUESTION not in known else ()))
        for question in questions:
            if merged.get(question.key) is not None:
                # Typed on the way in another flow: as the summary called it (the copy
                # said "Question:" where the summary had said "Your message ...").
                held = question is QUESTION and lead["flow"] != ASK.key
                label = (
                    held_label(str(merged[question.key]))
                    if held
                    else label_of(question, merged, lead["flow"])
                )
                lines.append(labelled(_(label), answer_text(question, merged, t)))
        if isinstance(merged.get(TOWN), str):
            # Named instead of a postal code: the code above is its centre's, which the
            # person never gave, and the copy says so (QA: "a code I never typed").
            town = t.isolate(merged[TOWN])
            lines.append(f"{_(TOWN_LABEL)}: {town} ({_(CENTRE_CODE)})")
        consented = (lead.get("consent") or {}).get("at")
        if consented:
            # The proof of consent is kept, and the file had it; the copy did not say it.
            when = t.date(local(datetime.fromisoformat(consented)).date())
            # Under 16 a parent agreed: "Your consent" told the teenager it was theirs.
            given = PARENTS_CONSENT if merged.get("consent_by") == BY_PARENT else OWN_CONSENT
            lines.append(_(given).format(date=when))
        if lead.get("telegram_username") and lead["telegram_username"] != profile.get("username"):
            username = f"@{lead['telegram_username']}"
            lines.append(_("Telegram username: {username}").format(username=username))
        relayed = [m for m in lead["relayed_messages"] if "direction" in m]
        conversation = lead.get("conversation", [])
        if relayed or conversation:
            lines.append(
                _("Messages passed on between you and your advisor: {count}").format(
                    count=len(relayed) + len(conversation)
                )
            )
            lines += [_message_line(m["text"], m["direction"], t) for m in relayed if m["text"]]
            lines += _conversation_lines(conversation, t)
    lines += ["", _("You can delete all of this with /delete.")]
    return "\n".join(lines)


def as_json(data: dict[str, Any]) -> bytes:
    """The collected data as a JSON file."""
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


#: The consent kept as proof, in the copy: the person's own, or (under 16) a parent's.
OWN_CONSENT = N_("Your consent to storing your details: {date}")
PARENTS_CONSENT = N_("Consent of a parent or guardian to storing the details: {date}")


#: After a town named instead of a postal code, in the copy of one's data.
CENTRE_CODE = N_("the postal code above is that of its centre")


def anonymize(lead: Lead, now: datetime) -> None:
    """Remove every personal value from a lead, keeping its statistics."""
    for column in PERSONAL_LEAD_FIELDS:
        setattr(lead, column, None)
    lead.answers = {k: v for k, v in lead.answers.items() if k not in _free_text_keys(lead.answers)}
    lead.user_id = None
    lead.anonymized_at = now


async def _strip_outbox(session: AsyncSession, lead_id: int) -> None:
    """Remove the words queued for passing on and the names in the lead's outbox rows.

    Relays of the old kinds (RELAY_KINDS) keep their text in the outbox until sent,
    whatever the status; a pending one would post the person's words after their erasure,
    or reach nobody, so it is cancelled. Every other row, delivered or not, keeps only its
    ids (bot.privacy.payloads): the advisors' names and the notices stayed for good."""
    of_lead = sa.and_(OutboxMessage.lead_id == lead_id, OutboxMessage.kind.in_(RELAY_KINDS))
    await session.execute(
        sa.update(OutboxMessage)
        .where(of_lead, OutboxMessage.status == OutboxStatus.PENDING)
        .values(status=OutboxStatus.CANCELLED, last_error=ERASED)
    )
    await session.execute(sa.update(OutboxMessage).where(of_lead).values(payload={}))
    rows = await session.execute(
        sa.select(OutboxMessage.id, OutboxMessage.payload).where(
            OutboxMessage.lead_id == lead_id, OutboxMessage.kind.not_in(RELAY_KINDS)
        )
    )
    for row_id, payload in rows.all():
        kept = payloads.impersonal(payload)
        if kept != payload:
            await session.execute(
                sa.update(OutboxMessage).where(OutboxMessage.id == row_id).values(payload=kept)
            )


@dataclass(frozen=True)
class OnRequest:
    """An advisor who erased a person's data at their request (a call, a letter, a parent
    of a minor): named in the audit, which says who erased and when; ``via`` is where
    ("inbox", "telegram"). Re-applied after a restore, the advisor is known by id only
    (``actor_name`` "": someone, unnamed; the erasure journal holds no name)."""

    actor_id: int
    actor_name: str
    via: str


async def _erase_lead(
    session: AsyncSession,
    lead: Lead,
    now: datetime,
    action: AuditAction,
    by: OnRequest | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Remove the lead's personal data and every copy of it: the row, the conversation
    log, the copies in the advisor chats, and what open inbox pages show."""
    anonymize(lead, now)
    await _strip_outbox(session, lead.id)
    # An advisor's open page of it must not keep showing the name and number.
    claims.changed(session, lead)
    await repository.audit(
        session,
        action=action,
        at=now,
        lead_id=lead.id,
        actor_id=by.actor_id if by else None,
        actor_name=by.actor_name if by else None,
        detail={**(detail or {}), "via": by.via} if by else detail,
    )
    await conversation_log.erase(session, [lead.id])
    await copies.enqueue_erasure(session, lead.id)
    # Its topic is deleted with the held messages: their questions go too.
    await asked.unanswerable(session, lead.id)


async def erase(
    session: AsyncSession, user: User, now: datetime, by: OnRequest | None = None
) -> list[int]:
    """Erase one person (``by``: an advisor at their request, else the person's own
    /delete); returns the numbers of their open leads, now withdrawn. The erasure goes into
    the journal outside the database (bot.privacy.erasure_journal): a backup restored
    later must not bring the person back."""
    leads = await _leads_of(session, user.id)
    entry = erasure_journal.Entry(now, user.id, user.channel, tuple(lead.id for lead in leads))
    erasure_journal.note(session, _asked_by(entry, by))
    # Erased while the person is elsewhere: their browser's cookie must start anew, after
    # a restart too (bot.web.retired); their own /delete gets a new one at once.
    retire = by is not None and user.channel == "web"
    return await _erase_person(session, user, leads, now, by, retire=retire)


def _asked_by(entry: erasure_journal.Entry, by: OnRequest | None) -> erasure_journal.Entry:
    """``entry`` with the advisor who erased at the person's request: their audit id and
    where, no name (the journal holds none), for the re-application's audit row."""
    return entry if by is None else replace(entry, by=by.actor_id, via=by.via)


async def _erase_person(
    session: AsyncSession,
    user: User,
    leads: list[Lead],
    now: datetime,
    by: OnRequest | None,
    *,
    retire: bool,
    action: AuditAction = AuditAction.ERASED,
    detail: dict[str, Any] | None = None,
) -> list[int]:
    """The user row and ``leads`` (theirs) erased; the numbers of the open ones withdrawn."""
    withdrawn = []
    for lead in leads:
        if await _withdraw_and_erase(session, lead, now, by, action, detail):
            withdrawn.append(lead.id)
    # A web person's spam-check proofs carried their session hash; only web sessions
    # have proofs, so for anyone else there is nothing to match.
    await repository.forget_proofs(session, user.external_id)
    if retire:
        await repository.retire_session(session, user.external_id, now)
    await session.delete(user)
    await session.flush()
    return withdrawn


async def _withdraw_and_erase(
    session: AsyncSession,
    lead: Lead,
    now: datetime,
    by: OnRequest | None,
    action: AuditAction = AuditAction.ERASED,
    detail: dict[str, Any] | None = None,
) -> bool:
    """One lead of a person erased at their wish; whether it was open (now withdrawn)."""
    was_open = lead.status in OPEN_STATUSES
    if was_open:
        lead.status = LeadStatus.WITHDRAWN
        lead.closed_at = now
        # The advisor message of an open lead is edited to say the person withdrew.
        await repository.enqueue(
            session,
            kind=OutboxKind.LEAD_WITHDRAWN,
            target=OutboxTarget.TELEGRAM,
            lead_id=lead.id,
        )
    await _erase_lead(session, lead, now, action, by, detail)
    return was_open


async def erase_again(session: AsyncSession, entry: erasure_journal.Entry, now: datetime) -> bool:
    """The erasure ``entry`` journals done again where its rows hold personal data once
    more (a backup from before it restored); whether anything was. A row made after the
    erasure is someone else's that got a freed id (a restore resets the counters)."""
    user = await session.get(User, entry.user) if entry.user is not None else None
    if user is not None and user.created_at > entry.at:
        user = None
    leads = [await session.get(Lead, lead_id) for lead_id in entry.leads]
    restored = [
        lead
        for lead in leads
        if lead is not None and lead.anonymized_at is None and lead.created_at <= entry.at
    ]
    detail = {"erased_at": entry.at.isoformat()}
    # Who asked for it: the advisor's id, unnamed as AUDIT_DAYS leaves a name (the journal
    # holds none), so that it still reads as an erasure on request; nobody for the
    # person's own.
    by = None if entry.by is None else OnRequest(entry.by, "", entry.via or "")
    again = AuditAction.ERASURE_REAPPLIED
    if user is not None:
        theirs = await _leads_of(session, user.id)
        restored = [lead for lead in restored if lead.user_id != user.id]
        # A web person's browser may still hold the erased session: it starts anew.
        web = user.channel == "web"
        await _erase_person(session, user, theirs, now, by, retire=web, action=again, detail=detail)
    for lead in restored:
        await _withdraw_and_erase(session, lead, now, by, again, detail)
    await session.flush()
    return user is not None or bool(restored)


async def requests_of(session: AsyncSession, lead: Lead) -> list[Lead]:
    """The requests an erasure of ``lead``'s person reaches: all of theirs that still hold
    personal data, or ``lead`` alone when it is stored without its person."""
    if lead.anonymized_at is not None:
        return []
    return await _leads_of(session, lead.user_id) if lead.user_id is not None else [lead]


class Reached(NamedTuple):
    """What an advisor's erasure erased: the requests, and the numbers of those that were
    open, now withdrawn (what the advisor is told, no more)."""

    leads: list[Lead]
    withdrawn: list[int]


async def erase_person_of(
    session: AsyncSession, lead: Lead, now: datetime, by: OnRequest
) -> Reached:
    """What the person's own /delete erases, done by an advisor at the person's request
    from one of their leads (no leads: erased already)."""
    reached = await requests_of(session, lead)
    user = await session.get(User, lead.user_id) if lead.user_id is not None else None
    if user is not None:
        return Reached(reached, await erase(session, user, now, by))
    # No person stored with it: the lead's own data are all there is.
    entry = erasure_journal.Entry(now, None, None, tuple(each.id for each in reached))
    erasure_journal.note(session, _asked_by(entry, by))
    withdrawn = [each.id for each in reached if await _withdraw_and_erase(session, each, now, by)]
    await session.flush()
    return Reached(reached, withdrawn)


async def stop_contact(session: AsyncSession, user: User, *, stop: bool = True) -> None:
    """The person blocked the bot: never write to them again unless they return."""
    user.blocked = stop
    await session.flush()


@dataclass
class PurgeReport:
    """What a retention run removed (or would remove, on a dry run)."""

    leads: list[int] = field(default_factory=list)
    #: Open leads on which nothing happened for the retention period (bot.privacy.idle).
    idle: list[int] = field(default_factory=list)
    conversations: int = 0
    users: int = 0


async def purge(
    session: AsyncSession,
    now: datetime,
    retention_days: int,
    *,
    dry_run: bool = False,
    until_next: timedelta = timedelta(0),
) -> PurgeReport:
    """Remove personal data that is no longer needed.

    ``until_next`` is the time to the next run: a lead whose retention ends before it is
    due now, since the notice promises deletion *at the latest* ``retention_days`` after
    closing (a daily run alone kept some a day longer). An open lead on which nothing
    happened for ``retention_days`` goes the same way (bot.privacy.idle): retention from
    closing alone kept a request nobody closed for ever. A conversation without a request,
    and its person, are removed the same way ``ABANDONED_DAYS`` after the last message.
    """
    report = PurgeReport()
    cutoff = now + until_next - timedelta(days=retention_days)
    due = await session.execute(
        sa.select(Lead).where(
            Lead.status.in_(CLOSED_STATUSES),
            Lead.closed_at < cutoff,
            Lead.anonymized_at.is_(None),
        )
    )
    for lead in due.scalars():
        report.leads.append(lead.id)
        if not dry_run:
            await _erase_lead(session, lead, now, AuditAction.PURGED)
    for lead in (await session.execute(idle_open_leads(cutoff))).scalars():
        report.idle.append(lead.id)
        if not dry_run:
            await _erase_lead(session, lead, now, AuditAction.PURGED)
            # Nobody can act on it now: it left every open list (/leads, the inbox, the
            # reminders, the person's "open request"), where it stayed without data.
            lead.status, lead.closed_at = LeadStatus.EXPIRED, now
    # The same for a conversation without a request: deleted "30 days after your last
    # message" at the latest, not up to a run later.
    stale_before = now + until_next - ABANDONED_AFTER
    stale = await session.execute(
        sa.select(Conversation).where(Conversation.updated_at < stale_before)
    )
    for conversation in stale.scalars():
        report.conversations += 1
        if not dry_run:
            await session.delete(conversation)
    erased = [*report.leads, *report.idle]
    # People with nothing left to follow up: no conversation, and no lead that still holds
    # personal data (open, or closed within the retention): while one does, /mydata and
    # /delete must find it through its person (QA, 2026-12-04: they answered "no request").
    idle = await session.execute(
        sa.select(User).where(
            User.updated_at < stale_before,
            ~sa.exists().where(
                Conversation.user_id == User.id,
                Conversation.updated_at >= stale_before,
            ),
            ~sa.exists().where(
                Lead.user_id == User.id,
                Lead.anonymized_at.is_(None),
                # A dry run anonymised nothing: those due count as anonymised (it said
                # fewer). A real run's are, flushed before this query.
                *((Lead.id.not_in(erased),) if dry_run and erased else ()),
            ),
        )
    )
    for user in idle.scalars():
        report.users += 1
        if not dry_run:
            await session.delete(user)
    await session.flush()
    return report
