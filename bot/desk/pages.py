"""The inbox's pages: the lead list, a lead, its actions, replies, notes, export.

Thin: each handler reads the request, calls the shared advisor actions
(bot.advisor.work, through :class:`bot.desk.accounts.InboxAccess`) or a query, and
renders a German template (bot/web/templates/inbox/). Every view of a lead and
every export is audited by those actions; another office's lead answers 404.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.advisor import (
    claims,
    erasure,
    erasure_warning,
    export,
    handover,
    phone_set,
    replies,
    reports,
    view,
    wording,
    work,
)
from bot.conversation import log as conversation_log
from bot.conversation.content import marker, written_tag
from bot.desk import listing
from bot.desk.accounts import Advisor, InboxAccess
from bot.desk.auth import ADVISOR, SESSION_ID, csrf_of, now, searched_term, services_of
from bot.desk.drafts import Drafts
from bot.desk.once import OnceForms
from bot.desk.players import PLAYERS, url_of
from bot.desk.searches import SEARCHES
from bot.validation import after_id, clean_message, record_id
from bot.web.pages import render
from db.models import AuditEvent, ConversationMessage, Lead
from db.vocabulary import CLOSED_STATUSES, AuditAction, MessageDirection, MessageKind

REPLY_RESULTS = {
    "queued": "Die Nachricht ist unterwegs zur Person.",
    **replies.GONE,
    "unreachable": (
        "Nicht gesendet: Die Person ist über den Bot nicht erreichbar (sie hat den Bot "
        "gestoppt, ihr Web-Chat ist beendet, oder sie hat keinen Chat mit dem Bot). Ihr Text "
        "steht unten noch im Feld."
    ),
    "empty": "Bitte schreiben Sie zuerst eine Nachricht.",
    "note": "Die Notiz ist gespeichert.",
    # Said with the tag as typed (unsure_note below).
    "unsure_note": "Nicht gesendet.",
    # Said with the count (too_long below).
    "too_long": "Nicht gesendet.",
}

#: The most a reply may hold, counted as Telegram counts (UTF-16 code units, as the
#: browser's maxlength does too): an emoji is two. Python's count let a text through
#: that the field had refused, and cut it without a word.
REPLY_LIMIT = 3500

#: The field of the answer to the question about an unsure note tag, and its values.
MEANT, MEANT_NOTE, MEANT_PERSON = "gemeint", "notiz", "person"


def too_long(count: int) -> str:
    """A reply over REPLY_LIMIT: not sent (no longer cut), its words kept in the field."""
    return (
        f"Nicht gesendet: Die Nachricht ist {_thousands(count)} Zeichen lang, höchstens "
        f"{_thousands(REPLY_LIMIT)} gehen (so zählt Telegram: ein Emoji zählt meist als zwei "
        "Zeichen). Bitte kürzen oder in zwei Nachrichten senden. Ihr Text steht unten noch "
        "im Feld."
    )


def _thousands(number: int) -> str:
    """3.500, as a German reads it."""
    return f"{number:,}".replace(",", ".")


def unsure_note(tag: str) -> str:
    """A reply headed by what may be a mistyped note tag ("#nozit"): held back and asked
    about, since the team's words must never reach the person by a typo (the notice's
    buttons answer it)."""
    return (
        f"Nicht gesendet: Ist „{tag}“ als interne Notiz gemeint? Bitte hier wählen, wie der "
        "Text gemeint ist. Ihr Text steht unten noch im Feld."
    )


#: "//" or "#notiz" typed in the reply box: a note, as in the group, not sent.
NOTE_FROM_REPLY = (
    "Mit „//“, „#notiz“ oder „Notiz:“ am Anfang ist das eine interne Notiz: gespeichert, "
    "nicht an die Person gesendet."
)


def inbox_page(
    request: web.Request, template: str, context: dict[str, Any], status: int = 200
) -> web.Response:
    """A German inbox page with what every one of them shows (who, the logout form)."""
    advisor = request[ADVISOR]
    values = {"advisor": advisor, "csrf": csrf_of(request), "offices": _office_names(request)}
    return render(request, template, "de", {**values, **context}, status=status)


#: The inbox's unsent replies, waiting for the lead page the browser is sent to.
DRAFTS = web.AppKey("drafts", Drafts)
#: The reply and note forms taken (bot.desk.once): a double click writes once.
ONCE = web.AppKey("once", OnceForms)


def _office_names(request: web.Request) -> dict[str, str]:
    return {key: office.city for key, office in services_of(request).offices.items()}


def not_found(request: web.Request) -> web.Response:
    """The same answer for a lead that does not exist and one of another office."""
    return inbox_page(request, "inbox/notfound.html", {}, status=404)


async def _gone(request: web.Request, lead_id: int, typed: str = "") -> web.Response:
    """A lead the advisor may not see: where it went, if her office handed it over (a page
    left open, a reply sent just after a colleague handed it on, with its words to copy);
    else the answer for a lead that does not exist."""
    services = services_of(request)
    async with services.sessionmaker() as session:
        lead = await session.get(Lead, lead_id)
        access = InboxAccess(request[ADVISOR])
        went = await work.moved_away(session, access, lead) if lead is not None else None
    if went is None:
        return not_found(request)
    city = _office_names(request).get(went, went)
    context = {"number": lead_id, "city": city, "typed": typed.strip()}
    return inbox_page(request, "inbox/moved.html", context, status=404)


def _lead_id(request: web.Request) -> int:
    lead_id = record_id(request.match_info["lead_id"])
    if lead_id is None:
        raise web.HTTPNotFound()
    return lead_id


# -- the list --------------------------------------------------------------------------


async def leads(request: web.Request) -> web.Response:
    """GET /inbox/leads: open first, oldest first, filtered, one page (?rows=1: the rows only)."""
    if "q" in request.query:
        # An address from before 2026-12-05 with the name in it (a bookmark): the search
        # is kept as a posted one is, and the browser shown an address without the name.
        asked = listing.Filters.from_query(request.query)
        raise web.HTTPSeeOther(_list_url(request, asked, request.query["q"], asked.page))
    services = services_of(request)
    advisor = request[ADVISOR]
    filters, lost = _searched(request, listing.Filters.from_query(request.query))
    rows_only = request.query.get("rows") == "1"
    if lost and rows_only:
        # The open list's live update after a restart: it says "bitte neu laden" (inbox.js)
        # rather than showing every lead under a search field that still names one.
        raise web.HTTPGone()
    tz = services.advisors.timezone
    found = await listing.page(services.sessionmaker, advisor, filters, tz)
    newest = await listing.newest_id(services.sessionmaker)
    context = {
        "filters": filters,
        "search_lost": lost,
        "page": found,
        "newest": newest,
        "now": now(request),
        "tz": tz,
        "names": {
            "status": wording.STATUS_NAMES,
            "flow": wording.FLOW_NAMES,
            "channel": wording.CHANNEL_NAMES,
        },
        "languages": {code: wording.language_name(code) for code in listing.LANGUAGES},
        "age": wording.age,
        "when": wording.when,
        "language_name": wording.language_name,
    }
    context["handed_over"] = _handed_over(request) or await _searched_away(request, filters, found)
    template = "inbox/table.html" if rows_only else "inbox/leads.html"
    return inbox_page(request, template, context)


async def search(request: web.Request) -> web.StreamResponse:
    """POST /inbox/leads: the list's form (filters and search), answered with the list's
    address, which holds the search's token, not the name (Post/Redirect/Get)."""
    form = await request.post()
    values = {key: value for key, value in form.items() if isinstance(value, str)}
    raise web.HTTPSeeOther(
        _list_url(request, listing.Filters.from_query(values), values.get("q", ""))
    )


def _list_url(request: web.Request, filters: listing.Filters, term: str, page: int = 1) -> str:
    """The list's address with ``filters`` and the search ``term``, kept under a token."""
    term = searched_term(term)
    searches = request.config_dict[SEARCHES]
    owner = request[ADVISOR].id
    token = searches.keep(request[SESSION_ID], term, now(request), owner) if term else ""
    return filters.address(token, page)


def _searched(request: web.Request, filters: listing.Filters) -> tuple[listing.Filters, bool]:
    """``filters`` with the search their token stands for, and whether that was lost
    (a restart, another session's token): then without a search."""
    if not filters.token:
        return filters, False
    term = request.config_dict[SEARCHES].term(request[SESSION_ID], filters.token, now(request))
    if term is None:
        return replace(filters, token=""), True
    return replace(filters, search=term), False


#: The list's query after a hand-over: the lead's number and the office it went to.
HANDED_OVER, HANDED_TO = "weitergegeben", "an"
#: In the address after a hand-over the bot could not tell the person of.
UNREACHED = "unerreicht"


async def _searched_away(
    request: web.Request, filters: listing.Filters, found: listing.Page
) -> str:
    """The number searched for of a lead this office handed over: where it is now. The
    list found "Keine Anfragen mit diesen Filtern.", as if it had never been."""
    number = listing.searched_number(filters.search) if not found.rows else None
    if number is None:
        return ""
    access = InboxAccess(request[ADVISOR])
    went = await work.went_to(services_of(request).sessionmaker, access, number)
    if went is None:
        return ""
    # Plain text, as _handed_over's: the template escapes it.
    return f"↪️ Anfrage #{number} ist jetzt beim Büro {_office_names(request).get(went, went)}."


def _handed_over(request: web.Request) -> str:
    """The list's notice after this advisor handed a lead over (its page is the other
    office's now); only a number and an office key travel in the address."""
    number, office = request.query.get(HANDED_OVER, ""), request.query.get(HANDED_TO, "")
    return _now_at(request, record_id(number), office)


def _now_at(request: web.Request, number: int | None, office: str) -> str:
    """ "↪️ Anfrage #12 ist jetzt beim Büro Dresden." for a lead handed over to ``office``
    (a key from the address: "" for an unknown one); whether the person was not told, as
    the group's answer says it."""
    city = _office_names(request).get(office)
    if number is None or city is None:
        return ""
    moved = f"↪️ Anfrage #{number} ist jetzt beim Büro {city}."
    if UNREACHED not in request.query:
        return moved
    return f"{moved} Die Person erreicht der Bot nicht: sie erfährt es erst vom Büro {city}."


async def export_leads(request: web.Request) -> web.Response:
    """GET /inbox/export?format=csv|xlsx&...: the list's leads with its filters, audited."""
    services = services_of(request)
    advisor = request[ADVISOR]
    fmt = request.query.get("format", "csv")
    if fmt not in export.FORMATS:
        raise web.HTTPNotFound()
    asked = listing.Filters.from_query(request.query)
    filters, lost = _searched(request, asked)
    if lost:
        # Never the whole list in place of a search's few: the list, which says so.
        raise web.HTTPSeeOther(f"/inbox/leads?{asked.query()}")
    tz = services.advisors.timezone
    content, _count = await export.export(
        services.sessionmaker,
        fmt=fmt,
        offices=advisor.offices,
        tz=tz,
        now=now(request),
        actor=advisor.actor,
        via="inbox",
        where=filters.clauses(advisor, tz),
        filters=filters.describe(),
        cities=services.advisors.cities(),
        # The list's order: open requests first (the file was sorted by date alone).
        listed=True,
    )
    # An admin's file holds every office's leads unless filtered: named "alle", not after
    # the admin's own office (a file forwarded as "the Dresden file" held all three).
    office = filters.office or (None if advisor.admin else advisor.office)
    name = export.filename(fmt, office, filters.since, now(request))
    return web.Response(
        body=content,
        content_type=export.MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


# -- one lead --------------------------------------------------------------------------


async def _render_lead(
    request: web.Request,
    lead_id: int,
    message: str = "",
    status: int = 200,
    *,
    shared: bool = False,
    noted: bool = False,
    not_sent: str = "",
    handed_to: str = "",
    erased: erasure.Erased | None = None,
    handover: tuple[str, str] = ("", ""),
    phone_typed: str = "",
) -> web.Response:
    services = services_of(request)
    advisor = request[ADVISOR]
    found = await work.read_lead(
        services.sessionmaker,
        InboxAccess(advisor),
        lead_id=lead_id,
        actor=advisor.actor,
        now=now(request),
    )
    if found is None:
        return await _gone(request, lead_id)
    lead, history, messages, undelivered = found
    tz = services.advisors.timezone
    # What became of her reply or note stands where the page jumps to after it (#hinweis,
    # beside the reply field), not above the page, out of view: said as an alert when she
    # has to act on it, else as a status.
    notice, notice_role = "", "status"
    draft = request.config_dict[DRAFTS].take(advisor.id, lead.id, now(request)) if not_sent else ""
    if not_sent == "unsure_note":
        notice, notice_role = unsure_note(written_tag(draft)), "alert"
    elif not_sent == "too_long":
        notice, notice_role = too_long(wording.utf16_len(clean_message(draft))), "alert"
    elif not_sent:
        notice, notice_role = REPLY_RESULTS[not_sent], "alert"
    elif shared and lead.claimed_by_name and not _mine(lead, advisor):
        notice = replies.colleague_has(lead.id, lead.claimed_by_name, markup=False)
        notice_role = "alert"
    elif noted:
        notice = NOTE_FROM_REPLY
    elif handed_to and lead.office == handed_to:
        notice = _now_at(request, lead.id, handed_to)
    elif erased is not None and lead.anonymized_at is not None:
        notice = erased_notice(lead.id, erased)
    # Its group was told it will be erased for lack of work, and nothing happened since.
    async with services.sessionmaker() as session:
        night = await erasure_warning.announced_night(session, lead)
    context = {
        "lead": lead,
        "message": message,
        "title": wording.FLOW_TITLES.get(lead.flow, lead.flow),
        "status": wording.STATUS_NAMES.get(lead.status, lead.status),
        "who": view.role(lead),
        "attempts": view.attempts(lead),
        "office": services.advisors.office_name(lead.office),
        "town": view.named_town(lead),
        "contact": view.Contact.of(lead),
        "answers": view.answer_pairs(lead),
        "actions": _actions(lead),
        "conversation": _conversation(request, lead, messages, tz, undelivered),
        "history": [_history(event, tz) for event in reports.shown_history(history)],
        "channel": wording.CHANNEL_NAMES.get(lead.channel, lead.channel),
        "language": wording.language_name(lead.language),
        "received": wording.when(lead.created_at, tz),
        "claimed": wording.when(lead.claimed_at, tz) if lead.claimed_at else "",
        "when": lambda moment: wording.when(moment, tz),
        "mine": _mine(lead, advisor),
        "changed_by": _changed_by(lead, history),
        "erased_on_request": claims.erased_on_request(history),
        "notice": notice,
        "notice_role": notice_role,
        "not_sent": not_sent,
        "draft": draft,
        "handover_to": _handover_to(request, lead),
        # A refused hand-over's office and reason, as chosen and typed: they were gone.
        "handover_office": handover[0],
        "handover_reason": handover[1],
        # A phone number refused as typed, to be corrected in its field.
        "phone_typed": phone_typed,
        "erasure": view.erasure_when(night) if night else "",
        # One token per form: a note and then a reply from one page are two forms.
        "once": {"reply": OnceForms.token(), "note": OnceForms.token(), "meant": OnceForms.token()},
    }
    return inbox_page(request, "inbox/lead.html", context, status=status)


def _handover_to(request: web.Request, lead: Lead) -> list[tuple[str, str]]:
    """The offices an open lead can be handed over to: (key, city)."""
    if lead.status in CLOSED_STATUSES:
        return []
    return [(key, city) for key, city in _office_names(request).items() if key != lead.office]


def _changed_by(lead: Lead, history: Sequence[AuditEvent]) -> tuple[str, str] | None:
    """Who closed the lead, or gave it back, when that was not who had it: "erledigt ·
    bearbeitet von Anna Schmidt (Sie)" hid that Clara had closed it."""
    wanted = {"done": AuditAction.DONE, "new": AuditAction.RELEASED}.get(lead.status)
    last = next((e for e in reversed(history) if e.action in work.STATUS_ACTIONS), None)
    if wanted is None or last is None or last.action != wanted or not last.actor_name:
        return None
    if lead.status == "done" and last.actor_name == lead.claimed_by_name:
        return None
    return ("geschlossen von" if lead.status == "done" else "zurückgegeben von", last.actor_name)


def _actions(lead: Lead) -> list[tuple[str, str]]:
    """(action, label) of the buttons the lead's status offers, as in the group."""
    actions = []
    for row in view.buttons(lead):
        for button in row:
            parsed = view.parse_callback(button.data)
            if parsed is not None and parsed[0] in view.STATUS_ACTIONS:
                # The group's labels start with an emoji; a browser without an emoji font
                # shows a box, so the page keeps the words.
                actions.append((parsed[0], button.label.split(" ", 1)[-1]))
    return actions


def _history(event: AuditEvent, tz: str) -> tuple[str, str, str]:
    action = wording.action_name(event.action, event.detail)
    return wording.when(event.created_at, tz), action, event.actor_name or ""


@dataclass(frozen=True)
class Message:
    """One message of the conversation as the lead page shows it."""

    id: int
    side: str  # "person", "advisor" or "note"
    who: str
    at: str
    text: str
    medium: str
    #: The inbox's address of its file and how it is shown (bot/desk/players.py), or "".
    url: str = ""
    player: str = ""
    #: For an advisor's message: whether it reached the person (see :func:`_delivery`).
    delivery: str = ""
    #: "sent", "pending" or "failed": how the page marks it.
    delivery_state: str = ""
    #: The city of the office an advisor wrote from, when it is not the lead's (a lead
    #: handed over): "" otherwise.
    office: str = ""


#: How an advisor's message stands, by the state of its outbox row.
_DELIVERY = {
    "pending": "wird zugestellt …",
    "failed": "nicht zugestellt",
    "cancelled": "nicht zugestellt",
}


def _delivery(row: ConversationMessage, undelivered: dict[int, str], tz: str) -> tuple[str, str]:
    """(words, state) saying whether an advisor's message reached the person."""
    if row.direction != MessageDirection.TO_PERSON:
        return "", ""
    return delivery(row.delivered_at, undelivered.get(row.id), tz)


def delivery(delivered_at: datetime | None, status: str | None, tz: str) -> tuple[str, str]:
    """(words, state) for an advisor's message delivered at ``delivered_at``, or carried by
    an outbox row with ``status`` (None: no row any more, an old message)."""
    if delivered_at is not None:
        return f"zugestellt {wording.when(delivered_at, tz)}", "sent"
    if status is None:
        return "", ""
    return _DELIVERY.get(status, status), "pending" if status == "pending" else "failed"


def _conversation(
    request: web.Request,
    lead: Lead,
    rows: Sequence[ConversationMessage],
    tz: str,
    undelivered: dict[int, str],
) -> list[Message]:
    """The conversation's entries as the page shows them, each advisor's with the office it
    was written from where that is not the lead's."""
    cities = _office_names(request)
    return [
        _message(row, tz, undelivered, conversation_log.other_office(row, lead.office, cities))
        for row in rows
    ]


def _message(
    row: ConversationMessage,
    tz: str,
    undelivered: dict[int, str] | None = None,
    office: str = "",
) -> Message:
    entry = conversation_log.entry(row)
    side = {
        MessageDirection.FROM_PERSON: "person",
        MessageDirection.NOTE: "note",
    }.get(MessageDirection(entry.direction), "advisor")
    who = "Person" if side == "person" else (entry.advisor_name or "Beratung")
    medium = (
        ""
        if entry.kind == MessageKind.TEXT
        else marker(entry.kind, entry.duration, entry.file_name)
    )
    url = url_of(row.lead_id, row)
    player = PLAYERS[row.kind].element if url else ""
    at = wording.when(entry.created_at, tz)
    delivery, state = _delivery(row, undelivered or {}, tz)
    return Message(
        row.id, side, who, at, entry.text or "", medium, url, player, delivery, state, office
    )


def _mine(lead: Lead, advisor: Advisor) -> bool:
    return lead.claimed_by is not None and lead.claimed_by == advisor.actor.id


async def lead_page(request: web.Request) -> web.Response:
    """GET /inbox/leads/N: answers, contact, actions, reply, notes, audit trail."""
    # After a refused reply or note: why, and (for a reply) the typed words back in the field.
    refused = request.query.get(NOT_SENT, "")
    return await _render_lead(
        request,
        _lead_id(request),
        shared=SHARED in request.query,
        noted=NOTED in request.query,
        not_sent=refused if refused in REPLY_RESULTS else "",
        handed_to=request.query.get(HANDED_TO, ""),
        erased=_erased(request.query),
    )


#: The query after a reply to a person whose request a colleague has.
SHARED = "geteilt"
#: The query after a "#notiz" written in the reply box, kept as a note.
NOTED = "notiert"
#: The query after a reply or note that was refused: why (a key of REPLY_RESULTS).
NOT_SENT = "nicht-gesendet"


async def new_messages(request: web.Request) -> web.Response:
    """GET /inbox/leads/N/messages?after=M: the conversation's entries after message M,
    for an open lead page to append (audited as a reading, so the lead counts as read)."""
    services = services_of(request)
    advisor = request[ADVISOR]
    after = request.query.get("after", "0")
    found = await work.read_lead(
        services.sessionmaker,
        InboxAccess(advisor),
        lead_id=_lead_id(request),
        actor=advisor.actor,
        now=now(request),
        after=after_id(after),
    )
    if found is None:
        return not_found(request)
    tz = services.advisors.timezone
    conversation = _conversation(request, found.lead, found.messages, tz, found.undelivered)
    context = {"conversation": conversation}
    return inbox_page(request, "inbox/talk.html", context)


@dataclass(frozen=True)
class _Form:
    """A form posted about one lead: what the shared actions need to know about it."""

    lead_id: int
    field: str
    sessionmaker: work.Sessions
    access: InboxAccess
    call: dict[str, Any]


async def _form(request: web.Request, name: str) -> _Form:
    services = services_of(request)
    advisor = request[ADVISOR]
    lead_id = _lead_id(request)
    value = str((await request.post()).get(name, ""))
    call = {"lead_id": lead_id, "actor": advisor.actor, "now": now(request)}
    return _Form(lead_id, value, services.sessionmaker, InboxAccess(advisor), call)


async def act(request: web.Request) -> web.StreamResponse:
    """POST /inbox/leads/N/act: claim, reached, not reached, done, back to the team."""
    form = await _form(request, "action")
    if form.field not in view.STATUS_ACTIONS:
        raise web.HTTPBadRequest(text="Unbekannte Aktion.")
    outcome = await work.act(
        form.sessionmaker, form.access, action=form.field, refresh_group=True, **form.call
    )
    if outcome.lead is None and not outcome.changed:
        return await _gone(request, form.lead_id)
    if not outcome.changed and not outcome.alert:
        # Done already (a double click: "Nicht erreicht", "Übernehmen" or "Zurück an Team"
        # twice): the lead page as it is, at its own address; answered at the form's, a
        # reload later counted another attempt.
        raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}")
    if not outcome.changed:
        return await _render_lead(request, form.lead_id, outcome.answer, status=409)
    services_of(request).kick_outbox()
    raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}")


async def hand_over(request: web.Request) -> web.StreamResponse:
    """POST /inbox/leads/N/handover: the lead to another office (bot.advisor.handover)."""
    form = await _form(request, "office")
    reason = str((await request.post()).get("reason", ""))[:500]
    services = services_of(request)
    outcome = await handover.hand_over(
        form.sessionmaker,
        form.access,
        services.advisors,
        office=form.field,
        mail=services.settings.smtp_host is not None,
        reason=reason,
        **form.call,
    )
    if outcome.lead is None and not outcome.changed and not outcome.alert:
        # Handed over already (a second click, a colleague's): its page says where to.
        raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}")
    if outcome.lead is None and not outcome.changed:
        return not_found(request)  # another office's: audited once, by the hand-over
    if not outcome.changed:
        typed = (form.field, reason)
        return await _render_lead(request, form.lead_id, outcome.answer, status=409, handover=typed)
    services.kick_outbox()
    told = f"&{UNREACHED}=1" if outcome.unreached else ""
    if request[ADVISOR].may_see(form.field):
        # An admin sees it still: back on its page, told where it went (the list made
        # them search for the lead to go on with it).
        raise web.HTTPSeeOther(
            f"/inbox/leads/{form.lead_id}?{HANDED_TO}={form.field}{told}#hinweis"
        )
    # Its page is the other office's now: the list says where it went.
    raise web.HTTPSeeOther(
        f"/inbox/leads?{HANDED_OVER}={form.lead_id}&{HANDED_TO}={form.field}{told}"
    )


async def _once(
    request: web.Request, handle: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """``handle`` a reply or note form once, however often it is sent (bot.desk.once)."""
    fields = await request.post()
    token, words = str(fields.get("once", "")), str(fields.get("text", ""))
    fallback = f"/inbox/leads/{_lead_id(request)}#gespraech"
    once = request.config_dict[ONCE]
    return await once.answer(token, words, fallback, lambda: handle(request))


async def reply(request: web.Request) -> web.StreamResponse:
    """POST /inbox/leads/N/reply: a message to the person, on their channel, via the outbox."""
    return await _once(request, _reply)


async def _reply(request: web.Request) -> web.StreamResponse:
    form = await _form(request, "text")
    drafts = request.config_dict[DRAFTS]
    # Counted as it goes: a browser sends each line break as two characters (CR LF), and
    # counts it as one for the field's maxlength, as Telegram does.
    if wording.utf16_len(clean_message(form.field)) > REPLY_LIMIT:
        drafts.keep(request[ADVISOR].id, form.lead_id, form.field, now(request))
        raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}?{NOT_SENT}=too_long#hinweis")
    # The answer to "Ist „#nozit“ als interne Notiz gemeint?" (the notice's two buttons):
    # it was answered by retyping the text without the word, or not at all.
    meant = str((await request.post()).get(MEANT, ""))
    if meant == MEANT_NOTE:
        noted = await work.add_note(form.sessionmaker, form.access, text=form.field, **form.call)
        if noted.status == "not_lead":
            return await _gone(request, form.lead_id, form.field)
        if noted.status == "note":
            raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}#gespraech")
        drafts.keep(request[ADVISOR].id, form.lead_id, form.field, now(request))
        raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}?{NOT_SENT}={noted.status}#hinweis")
    result = await work.reply(
        form.sessionmaker,
        form.access,
        text=form.field,
        for_person=meant == MEANT_PERSON,
        **form.call,
    )
    if result.status == "not_lead":
        return await _gone(request, form.lead_id, form.field)
    if result.status == "queued":
        services_of(request).kick_outbox()
        # A colleague has the request: told, as in the group, so that the two agree.
        if result.colleague is not None:
            raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}?{SHARED}=1#hinweis")
        raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}#gespraech")
    if result.status == "note":
        # Redirected like a reply: a reload of the answered form saved the note twice.
        raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}?{NOTED}=1#hinweis")
    # Not sent (the person blocked the bot, their web chat ended, the request was
    # withdrawn): redirected like a sent one, with why, and the words kept for the field.
    # Answered at the form's address, a reload posted it again, and the words were lost.
    drafts.keep(request[ADVISOR].id, form.lead_id, form.field, now(request))
    raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}?{NOT_SENT}={result.status}#hinweis")


async def note(request: web.Request) -> web.StreamResponse:
    """POST /inbox/leads/N/note: an internal note (never shown to the person)."""
    return await _once(request, _note)


async def _note(request: web.Request) -> web.StreamResponse:
    form = await _form(request, "text")
    result = await work.add_note(form.sessionmaker, form.access, text=form.field, **form.call)
    if result.status == "not_lead":
        return await _gone(request, form.lead_id, form.field)
    if result.status != "note":
        raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}?{NOT_SENT}={result.status}#hinweis")
    raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}#gespraech")


#: A phone number typed in "Telefonnummer ändern" that no phone reaches (the page escapes it).
PHONE_INVALID = (
    "Nicht geändert: „{typed}“ ist keine gültige Telefonnummer. Bitte mit Vorwahl, z. B. "
    "0176 12345678."
)


async def phone(request: web.Request) -> web.StreamResponse:
    """POST /inbox/leads/N/telefon: the person's new phone number, given in a call
    (bot.advisor.phone_set, as "/nummer N …" in the group); a note with it left the old
    one on the request."""
    form = await _form(request, "phone")
    typed = form.field.strip()[:40]
    number = phone_set.typed_number(typed)
    if number is None:
        said = PHONE_INVALID.format(typed=typed)
        return await _render_lead(request, form.lead_id, said, status=400, phone_typed=typed)
    result = await phone_set.set_phone(form.sessionmaker, form.access, number=number, **form.call)
    if result not in ("set", "same"):
        return await _gone(request, form.lead_id)
    services_of(request).kick_outbox()
    raise web.HTTPSeeOther(f"/inbox/leads/{form.lead_id}")


# -- erasure at the person's request ------------------------------------------------------

#: The query after an erasure: the numbers of the requests erased, dot-separated; of
#: those that were open (withdrawn); and whether copies in the advisor group go. Or:
#: nothing was left to erase (a colleague or retention came first).
ERASED, WITHDRAWN, IN_CHATS = "geloescht", "zurueckgezogen", "gruppe"
ALREADY = "bereits-geloescht"
#: The confirming form's field and its value: the second step of the erasure.
CONFIRMED, YES = "bestaetigt", "ja"


def _numbers(value: str) -> tuple[int, ...]:
    """Lead numbers from an address ("12.15"); anything else is left out."""
    numbers = (record_id(part) for part in value.split(".") if part)
    return tuple(number for number in numbers if number is not None)


def _erased(query: Mapping[str, str]) -> erasure.Erased | None:
    """What an erasure did, from the address it led to; None if none was done."""
    numbers = _numbers(query.get(ERASED, ""))
    if not numbers:
        return erasure.Erased(()) if ALREADY in query else None
    return erasure.Erased(numbers, _numbers(query.get(WITHDRAWN, "")), IN_CHATS in query)


def _erased_query(erased: erasure.Erased) -> str:
    """The address's query that says what an erasure did (read back by :func:`_erased`)."""
    if not erased.numbers:
        return ALREADY
    query = {ERASED: _joined(erased.numbers), WITHDRAWN: _joined(erased.withdrawn)}
    flags = (IN_CHATS,) if erased.in_chats else ()
    return "&".join([*(f"{key}={value}" for key, value in query.items() if value), *flags])


def _joined(numbers: Sequence[int]) -> str:
    return ".".join(str(number) for number in numbers)


def erased_notice(lead_id: int, erased: erasure.Erased) -> str:
    """What an erasure did, said on the lead's page after it, and only what it did (its
    other requests by number: /delete erases every one of the person's)."""
    if not erased.numbers:
        # Not "sind gelöscht", as if this click had erased them.
        return (
            "Die personenbezogenen Daten der Person waren bereits gelöscht; "
            "wann und wie (auf Wunsch oder nach Frist), steht im Verlauf."
        )
    others = [f"#{number}" for number in erased.numbers if number != lead_id]
    said = [
        "✓ Die personenbezogenen Daten der Person sind gelöscht, wie mit /delete: Name, "
        "Kontaktdaten, getippte Angaben und die Nachrichten."
    ]
    if others:
        said.append(f"Ebenso bei ihren weiteren Anfragen: {', '.join(others)}.")
    if erased.withdrawn:
        withdrawn = ", ".join(f"#{number}" for number in erased.withdrawn)
        said.append(f"Zurückgezogen, weil noch offen: {withdrawn}.")
    if erased.in_chats:
        said.append("Die Nachrichten mit ihren Daten in der Telegram-Gruppe werden entfernt.")
    said.append("Eine anonyme Zeile für die Statistik bleibt.")
    return " ".join(said)


async def erase_page(request: web.Request) -> web.Response:
    """GET /inbox/leads/N/loeschen: what erasing the person's data would erase, and the
    form that confirms it (the first of two steps; nothing is changed)."""
    return await _ask_erasure(request)


async def _ask_erasure(request: web.Request) -> web.Response:
    advisor = request[ADVISOR]
    found = await erasure.reach(
        services_of(request).sessionmaker,
        InboxAccess(advisor),
        lead_id=_lead_id(request),
        actor=advisor.actor,
        now=now(request),
    )
    if found is None:
        return await _gone(request, _lead_id(request))
    cities = _office_names(request)
    context = {
        "lead": found.lead,
        "contact": view.Contact.of(found.lead),
        "requests": [(number, cities.get(office or "", "")) for number, office in found.requests],
    }
    return inbox_page(request, "inbox/erase.html", context)


async def erase(request: web.Request) -> web.StreamResponse:
    """POST /inbox/leads/N/loeschen: the person's data erased as by their /delete, once
    confirmed (without the confirmation: the question again), audited with the advisor."""
    if (await request.post()).get(CONFIRMED) != YES:
        return await _ask_erasure(request)
    advisor = request[ADVISOR]
    lead_id = _lead_id(request)
    services = services_of(request)
    erased = await erasure.erase(
        services.sessionmaker,
        services.dialogue,
        InboxAccess(advisor),
        lead_id=lead_id,
        actor=advisor.actor,
        now=now(request),
        via="inbox",
    )
    if erased is None:
        return await _gone(request, lead_id)
    # The group's copies of the person's data go now, not at the outbox's next round.
    services.kick_outbox()
    raise web.HTTPSeeOther(f"/inbox/leads/{lead_id}?{_erased_query(erased)}#hinweis")
