"""What advisors see, in German: the lead message, its buttons, reminders and relayed answers.

Pure: data in, text out. Every value a person typed is HTML-escaped (the
messages use parse_mode HTML) and cut to a sane length, and no message grows
beyond Telegram's 4096 characters. The person's Telegram id never appears.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.advisor.wording import (
    CHANNEL_NAMES,
    FLOW_NAMES,
    FLOW_TITLES,
    MAX_MESSAGE,
    STATUS_NAMES,
    channel_name,
    cities_text,
    esc,
    fit,
    inert,
    language_name,
    utf16_len,
    when,
)
from bot.dialogue.state import Button, Screen
from bot.flows import FLOWS
from bot.flows.answers import answer_text, labelled
from bot.flows.consent import BY_PARENT, parent_must_agree
from bot.flows.contact import MEETING, TIME
from bot.flows.model import PostalCode, Question, label_of
from bot.flows.navigation import answered_by
from bot.i18n import translator
from bot.validation import display_phone, record_id
from db.models import Lead
from db.vocabulary import WORKING_STATUSES, LeadStatus

PREFIX = "adv"

CLAIM, REACHED, NOT_REACHED, DONE, RELEASE = "claim", "reached", "unreached", "done", "release"
REOPEN = "reopen"
#: "Weitergeben" offers the other offices ("to-<office key>"); "back" shows the card's
#: own buttons again (bot.advisor.handover).
HANDOVER, BACK, TO = "handover", "back", "to-"

#: The buttons that change a lead's status (bot.advisor.work.act); the inbox offers these.
STATUS_ACTIONS = frozenset({CLAIM, REACHED, NOT_REACHED, DONE, RELEASE, REOPEN})

BUTTON_LABELS = {
    CLAIM: "🙋 Übernehmen",
    REACHED: "✅ Erreicht",
    NOT_REACHED: "📵 Nicht erreicht",
    DONE: "✔️ Erledigt",
    RELEASE: "↩️ Zurück an Team",
    REOPEN: "🔓 Wieder öffnen",
    HANDOVER: "↪️ Weitergeben",
    BACK: "✖️ Abbrechen",
}


def callback_data(action: str, lead_id: int) -> str:
    """Short button data: ``adv:<action>:<lead>`` (well under Telegram's 64 bytes)."""
    return f"{PREFIX}:{action}:{lead_id}"


def parse_callback(data: str) -> tuple[str, int] | None:
    """The (action, lead id) of advisor button data, or None if it is not ours."""
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    if parts[1] not in BUTTON_LABELS and not parts[1].startswith(TO):
        return None
    # A number past every lead's is none (the database refused it, as /lead's).
    lead_id = record_id(parts[2])
    return None if lead_id is None else (parts[1], lead_id)


def role(lead: Lead) -> str:
    """Who is asking, as the advisor reads it."""
    de = translator("de")
    if lead.answers.get("consent_by") == BY_PARENT:
        # The parent agreed for a person under 16 and went on in the chat: the name and
        # contact details that follow are the parent's ("Junge Person" beside them had
        # the advisor call a parent as the 15-year-old).
        return "Elternteil"
    if lead.flow == "callback" and lead.answers.get("role"):
        question = FLOWS["callback"].question("role")
        if question is not None:
            return answer_text(question, lead.answers, de)
    if lead.flow == "young" and lead.answers.get("situation") == "parent":
        return "Elternteil"
    return FLOW_NAMES.get(lead.flow, lead.flow)


def _questions(lead: Lead) -> list[Question]:
    # The postal code is the card's own line (with the town and the office).
    return [q for q in answered_by(lead.flow, lead.answers) if not isinstance(q, PostalCode)]


def addition_notice(lead_id: int, flow: str) -> str:
    """Told to the group when the person adds answers to their open request."""
    return (
        f"➕ Anfrage #{lead_id}: Die Person hat ihre Anfrage ergänzt "
        f"({esc(FLOW_NAMES.get(flow, flow))}). Die Karte zeigt die neuen Angaben."
    )


def answer_pairs(lead: Lead) -> list[tuple[str, str]]:
    """The person's answers in German as (label, value), unescaped (the web inbox escapes)."""
    de = translator("de")
    pairs = [
        (de.gettext(label_of(question, lead.answers, lead.flow)), _answer(question, lead))
        for question in _questions(lead)
        # A callback's role is already the card's "who is asking".
        if not (lead.flow == "callback" and question.key == "role")
    ]
    if lead.answers.get("consent_by") == BY_PARENT:
        # "(Person unter 16)" only while it is so: the age or who is asking may have
        # changed on the summary after the parent agreed.
        under_16 = " (Person unter 16)" if parent_must_agree(lead.answers) else ""
        pairs.append(("Einwilligung", f"durch einen Elternteil{under_16}"))
    return pairs


#: After "Gespräch: Am Telefon" when the person gave no number ("write to me here").
NO_NUMBER = "keine Nummer angegeben: bitte über den Bot danach fragen"


def _answer(question: Question, lead: Lead) -> str:
    value = answer_text(question, lead.answers, translator("de"))
    wished = lead.answers.get(MEETING.key) == "phone" and lead.contact_via_telegram
    # Not once the person's data are gone (withdrawn, or past retention): no one to ask.
    if question.key == MEETING.key and wished and lead.name is not None:
        # "Write to me here" at the phone question, then "by phone": the card said "Am
        # Telefon" with no number to call.
        return f"{value} ({NO_NUMBER})"
    return value


def answer_lines(lead: Lead) -> list[str]:
    """The person's answers in German, one "Label: value" line each, escaped."""
    return [labelled(esc(label, 100), inert(value)) for label, value in answer_pairs(lead)]


def attempts(lead: Lead) -> str:
    """The failed calls so far, as the card and the inbox say them ("" for none)."""
    if not lead.attempts:
        return ""
    if lead.status in (LeadStatus.NEW, LeadStatus.CLAIMED):
        # Given back to the team after failed calls: whoever takes it next knows, also
        # once taken. ("Erfolglos": a later "Erreicht" is no longer shown, but these stay
        # true.)
        if lead.attempts == 1:
            return "bisher 1 erfolgloser Kontaktversuch"
        return f"bisher {lead.attempts} erfolglose Kontaktversuche"
    return "1 Versuch" if lead.attempts == 1 else f"{lead.attempts} Versuche"


def status_line(lead: Lead, tz: str) -> str:
    """The lead's status with who is working on it."""
    who = inert(lead.claimed_by_name or "?", 128)
    since = f" ({when(lead.claimed_at, tz)})" if lead.claimed_at else ""
    tries = attempts(lead)
    if lead.status == LeadStatus.NEW:
        before = f" ({tries})" if tries else ""
        return f"🆕 <b>Status:</b> neu – noch nicht übernommen{before}"
    if lead.status == LeadStatus.CLAIMED:
        before = f" – {tries}" if tries else ""
        return f"🙋 <b>Status:</b> übernommen von {who}{since}{before}"
    if lead.status == LeadStatus.REACHED:
        return f"✅ <b>Status:</b> erreicht – übernommen von {who}{since}"
    if lead.status == LeadStatus.NOT_REACHED:
        return f"📵 <b>Status:</b> nicht erreicht ({tries}) – übernommen von {who}{since}"
    if lead.status == LeadStatus.DONE:
        closed = f" am {when(lead.closed_at, tz)}" if lead.closed_at else ""
        by = f" – übernommen von {who}" if lead.claimed_by_name else ""
        return f"✔️ <b>Status:</b> erledigt{closed}{by}"
    return f"<b>Status:</b> {esc(STATUS_NAMES.get(lead.status, lead.status))}"


@dataclass(frozen=True)
class Contact:
    """How to reach the person, decided once for the group message and the e-mail."""

    phone: str | None
    shown_phone: str | None
    telegram: str | None
    via_bot: bool
    email: str | None
    call_language: str
    bot_language: str
    best_time: str | None

    @classmethod
    def of(cls, lead: Lead) -> Contact:
        """The contact facts of ``lead``, in German."""
        best = None
        if lead.preferred_time:
            best = answer_text(TIME, {"time": lead.preferred_time}, translator("de"))
        return cls(
            phone=lead.phone,
            shown_phone=display_phone(lead.phone) if lead.phone else None,
            telegram=lead.telegram_username,
            via_bot=lead.contact_via_telegram,
            email=lead.email,
            call_language=language_name(lead.callback_language or lead.language),
            bot_language=language_name(lead.language),
            best_time=best,
        )


def contact_lines(lead: Lead, *, phone_links: bool = True) -> list[str]:
    """How to reach the person, as HTML: phone link, Telegram, e-mail, language, time."""
    contact = Contact.of(lead)
    lines = []
    if contact.phone and contact.shown_phone:
        shown = esc(contact.shown_phone, 40)
        if phone_links:
            target = html.escape(contact.phone, quote=True)
            lines.append(f'📞 <a href="tel:{target}">{shown}</a>')
        else:
            lines.append(f"📞 {shown}")
    if contact.telegram:
        lines.append(f"💬 Telegram: @{esc(contact.telegram, 64)}")
    if contact.via_bot:
        lines.append("💬 Antwort über den Bot möglich: auf diese Nachricht antworten")
    if contact.email:
        lines.append(f"✉️ {esc(contact.email, 254)}")
    lines.append(
        f"🗣 Gesprächssprache: {esc(contact.call_language)}"
        f" · Sprache im Bot: {esc(contact.bot_language)}"
    )
    if contact.best_time:
        lines.append(f"🕐 Erreichbar: {esc(contact.best_time)}")
    return lines


def _contact_plain(lead: Lead) -> list[str]:
    """How to reach the person, as plain text for e-mail."""
    contact = Contact.of(lead)
    lines = []
    if contact.shown_phone:
        lines.append(f"Telefon: {contact.shown_phone}")
    if contact.telegram:
        lines.append(f"Telegram: @{contact.telegram}")
    if contact.via_bot:
        lines.append("Kontakt: Antwort über den Bot möglich (in der Telegram-Gruppe antworten)")
    if contact.email:
        lines.append(f"E-Mail: {contact.email}")
    lines.append(f"Gesprächssprache: {contact.call_language}")
    lines.append(f"Sprache im Bot: {contact.bot_language}")
    if contact.best_time:
        lines.append(f"Erreichbar: {contact.best_time}")
    return lines


def named_town(lead: Lead) -> str | None:
    """The town the person named instead of a postal code: the lead's code is then the
    one nearest to the town's centre, not one the person gave."""
    town = lead.answers.get("town")
    return town if isinstance(town, str) and town else None


def _office_line(lead: Lead, office_name: str, tz: str) -> list[str]:
    town = named_town(lead)
    if town is not None:
        centre = f"; PLZ der Ortsmitte {esc(lead.postal_code, 5)}" if lead.postal_code else ""
        place = f" · Ort: {inert(town, 100)} (statt einer PLZ genannt{centre})"
    else:
        place = f" · PLZ {esc(lead.postal_code, 5)}" if lead.postal_code else ""
    lines = [f"🏢 Büro {esc(office_name, 100)}{place}"]
    if lead.answers.get("region"):
        lines.append("📍 PLZ außerhalb Sachsens – arbeitet oder lernt laut Angabe in Sachsen")
    channel = esc(channel_name(lead.channel), 40)
    return [*lines, f"📥 Eingang: {when(lead.created_at, tz)} · über {channel}"]


def buttons(lead: Lead) -> tuple[tuple[Button, ...], ...]:
    """The actions that make sense in the lead's status."""

    def button(action: str) -> Button:
        return Button(BUTTON_LABELS[action], callback_data(action, lead.id))

    if lead.status == LeadStatus.NEW:
        return ((button(CLAIM),), (button(HANDOVER),))
    if lead.status in WORKING_STATUSES:
        return (
            (button(REACHED), button(NOT_REACHED)),
            (button(DONE),),
            (button(RELEASE), button(HANDOVER)),
        )
    if reopenable(lead):
        # "Erledigt" pressed too early, or the person writes again: it can be taken up again.
        return ((button(REOPEN),),)
    return ()


def handover_buttons(lead: Lead, offices: Mapping[str, str]) -> Screen:
    """The choice "Weitergeben" offers on a card: the other offices (key: city), back, and
    the card's own actions. Without them, an advisor who walked away from the choice left
    the group a card nobody could take until someone tapped "Abbrechen"."""
    rows = [
        (Button(f"↪️ an {city}", callback_data(TO + key, lead.id)),) for key, city in offices.items()
    ]
    back = (Button(BUTTON_LABELS[BACK], callback_data(BACK, lead.id)),)
    again = callback_data(HANDOVER, lead.id)
    own = [tuple(b for b in row if b.data != again) for row in buttons(lead)]
    return Screen("", (*rows, back, *(row for row in own if row)))


def reopenable(lead: Lead) -> bool:
    """Whether a closed lead may be opened again: done, and its personal data still there."""
    return lead.status == LeadStatus.DONE and lead.anonymized_at is None


#: Above a new-lead card sent again after a crash (bot.outbox.lease).
RESENT = (
    "🔁 <i>Erneut gesendet: Der Bot wurde beim Zustellen neu gestartet, diese Anfrage "
    "steht vielleicht schon weiter oben.</i>\n\n"
)


def handed_over_card(lead_id: int, city: str, by: str) -> Screen:
    """What is left of a lead's card in the chat of the office that handed it over: where
    it went and who gave it (no data of the person, no buttons)."""
    who = f" (von {inert(by, 128)})" if by else ""
    return Screen(f"↪️ <b>Anfrage #{lead_id}</b> ist an das Büro {esc(city)} weitergegeben{who}.")


def handed_over_from(city: str, reason: str = "", earlier: Sequence[str] = ()) -> str:
    """Above the card of a lead another office handed over, with the reason it gave and
    the offices it was with before that one (``earlier``, their cities, first first)."""
    why = f": {inert(reason, 300)}" if reason else ""
    before = ""
    if len(earlier) == 1:
        before = f" (zuvor beim Büro {esc(earlier[0])})"
    elif earlier:
        before = f" (zuvor bei den Büros {esc(cities_text(earlier))})"
    return f"↪️ <i>Weitergegeben vom Büro {esc(city)}{why}{before}</i>\n\n"


def lead_message(
    lead: Lead,
    office_name: str,
    tz: str = "Europe/Berlin",
    *,
    phone_links: bool = True,
    limit: int = MAX_MESSAGE,
    texts: Sequence[str] = (),
    top: str = "",
    erased_on_request: bool = False,
) -> Screen:
    """The message in the advisor group for one lead, with its buttons.

    ``texts``: the person's latest messages (bot/conversation), shown under the answers;
    ``top``: the line above the card of a lead handed over (handed_over_from);
    ``erased_on_request``: an advisor erased the person's data at their request
    (bot.advisor.claims.erased_on_request).
    """
    closed = _erased_message(lead, erased_on_request)
    if closed is not None:
        return closed
    head = [
        *_title(lead, tz),
        f"👤 <b>{inert(lead.name or '–', 200)}</b> – {esc(role(lead))}",
        *contact_lines(lead, phone_links=phone_links),
    ]
    answers = answer_lines(lead)
    body = ["", "<b>Angaben</b>", *answers] if answers else []
    if texts:
        body += ["", "<b>Nachrichten der Person</b>", *(f"💬 {inert(text, 300)}" for text in texts)]
    tail = ["", *_office_line(lead, office_name, tz)]
    note = f"… gekürzt, vollständig mit /lead {lead.id}"
    card = fit(head, body, tail, note, limit=limit - utf16_len(top))
    return Screen(top + card, buttons(lead))


def _title(lead: Lead, tz: str) -> list[str]:
    """The first lines of every lead card: number, what it is about, status."""
    return [
        f"📨 <b>Anfrage #{lead.id}</b> – {esc(FLOW_TITLES.get(lead.flow, lead.flow))}",
        status_line(lead, tz),
        "",
    ]


def _erased_message(lead: Lead, on_request: bool = False) -> Screen | None:
    """The card of a lead whose personal data are gone (withdrawn or purged), else None;
    ``on_request``: an advisor erased them at the person's request."""
    if on_request and lead.anonymized_at is not None:
        return _erased_on_request(lead)
    if lead.anonymized_at is not None and lead.status == LeadStatus.EXPIRED:
        # Retention of a request nobody worked on (bot.privacy.idle): the person did not
        # withdraw it, and the card must not say so.
        return Screen(
            f"⌛ <b>Anfrage #{lead.id}</b> – lange ohne Bearbeitung\n"
            "Die Aufbewahrungsfrist ist abgelaufen; die persönlichen Daten wurden gelöscht."
        )
    if lead.status == LeadStatus.WITHDRAWN or (
        lead.anonymized_at is not None and lead.status != LeadStatus.DONE
    ):
        text = (
            f"↩️ <b>Anfrage #{lead.id}</b> – zurückgezogen\n"
            "Die Person hat ihre Anfrage zurückgezogen; ihre persönlichen Daten wurden gelöscht. "
            "Bitte nicht mehr kontaktieren."
        )
        return Screen(text)
    if lead.anonymized_at is not None:
        return Screen(f"✔️ <b>Anfrage #{lead.id}</b> – erledigt; persönliche Daten gelöscht.")
    return None


def _erased_on_request(lead: Lead) -> Screen:
    """The card once an advisor erased the person's data at their request: the person
    asked the office to delete them, and withdrew nothing themselves (said as the inbox
    says it, bot/web/templates/inbox/lead.html)."""
    if lead.status == LeadStatus.DONE:
        return Screen(
            f"✔️ <b>Anfrage #{lead.id}</b> – erledigt; persönliche Daten auf Wunsch der Person "
            "gelöscht."
        )
    return Screen(
        f"🗑 <b>Anfrage #{lead.id}</b> – Daten auf Wunsch gelöscht\n"
        "Die personenbezogenen Daten der Person sind auf ihren Wunsch gelöscht; die offene "
        "Anfrage ist damit zurückgezogen. Bitte nicht mehr kontaktieren."
    )


def _inbox_line(lead_id: int, link: str | None) -> str:
    if link is None:
        return f"🔒 Name, Kontakt und Angaben: im Web-Posteingang, Anfrage #{lead_id}"
    target = html.escape(link, quote=True)
    return f'🔒 Name, Kontakt und Angaben: <a href="{target}">im Web-Posteingang öffnen</a>'


def minimal_lead_message(
    lead: Lead,
    office_name: str,
    tz: str,
    link: str | None,
    *,
    top: str = "",
    erased_on_request: bool = False,
) -> Screen:
    """The group card without personal data (NOTIFY_PERSONAL_DATA=minimal).

    Only what the bot chose itself: number, topic, flow, language, channel, office, time.
    No name, phone, e-mail, username, postal code or typed text.
    """
    closed = _erased_message(lead, erased_on_request)
    if closed is not None:
        return closed
    lines = [
        *_title(lead, tz),
        f"📋 Anliegen: {esc(role(lead))} · Art: {esc(FLOW_NAMES.get(lead.flow, lead.flow))}",
        f"🗣 Sprache: {esc(language_name(lead.language))}"
        f" · Kanal: {esc(CHANNEL_NAMES.get(lead.channel, lead.channel))}",
        f"🏢 Büro {esc(office_name, 100)}",
        f"📥 Eingang: {when(lead.created_at, tz)}",
        "",
        _inbox_line(lead.id, link),
    ]
    return Screen(top + "\n".join(lines), buttons(lead))


def person_answer_notice(lead: Lead, link: str | None) -> str:
    """A person wrote back, said without their text (NOTIFY_PERSONAL_DATA=minimal)."""
    head = f"💬 <b>Neue Antwort der Person</b> (Anfrage #{lead.id}){_closed_hint(lead)}"
    return f"{head}\n{_inbox_line(lead.id, link)}"


def lead_plain_text(lead: Lead, office_name: str, tz: str = "Europe/Berlin") -> str:
    """The lead as German plain text, for e-mail."""
    lines = [
        f"Neue Anfrage #{lead.id}: {FLOW_TITLES.get(lead.flow, lead.flow)}",
        "",
        f"Name: {lead.name or '–'}",
        f"Anliegen: {role(lead)}",
    ]
    lines += _contact_plain(lead)
    # As the inbox shows them (a parent's consent included).
    pairs = answer_pairs(lead)
    if pairs:
        lines += ["", "Angaben:"]
        lines += [labelled(label, value) for label, value in pairs]
    lines += [
        "",
        f"Büro: {office_name}" + (f", PLZ {lead.postal_code}" if lead.postal_code else ""),
        f"Eingang: {when(lead.created_at, tz)} über {channel_name(lead.channel)}",
        "",
        "Bitte übernehmen Sie die Anfrage in der Telegram-Gruppe des Büros.",
    ]
    return "\n".join(lines)


def minimal_plain_text(lead: Lead, office_name: str, tz: str, link: str | None) -> str:
    """The lead by e-mail for an office with minimal notifications: what its card says,
    and no personal data (a mailbox is out of reach of /delete and the retention)."""
    where = f": {link}" if link else f", Anfrage #{lead.id}"
    return "\n".join(
        [
            f"Neue Anfrage #{lead.id}: {FLOW_TITLES.get(lead.flow, lead.flow)}",
            "",
            f"Anliegen: {role(lead)} · Art: {FLOW_NAMES.get(lead.flow, lead.flow)}",
            f"Sprache: {language_name(lead.language)} · Kanal: {channel_name(lead.channel)}",
            f"Büro: {office_name}",
            f"Eingang: {when(lead.created_at, tz)}",
            "",
            f"Name, Kontakt und Angaben: im Web-Posteingang{where}",
            "",
            "Bitte übernehmen Sie die Anfrage in der Telegram-Gruppe des Büros.",
        ]
    )


def unclaimed_reminder(lead: Lead, hours: float, hours_per_day: int) -> Screen:
    """A new message in the group: this lead is still waiting, for ``hours`` working hours
    (each reminder said the first reminder's "4", days later too)."""
    days = int(hours // hours_per_day)
    if days:
        shown = _working_days(days)
    else:
        whole = max(1, int(hours))
        # After "seit über" the dative: "einer Arbeitsstunde", not "1 Arbeitsstunde".
        shown = "einer Arbeitsstunde" if whole == 1 else f"{whole} Arbeitsstunden"
    text = (
        f"⏰ <b>Erinnerung:</b> Anfrage #{lead.id} ist seit über {shown} "
        f"nicht übernommen. Wer kann sie übernehmen?"
    )
    return Screen(text, ((Button(BUTTON_LABELS[CLAIM], callback_data(CLAIM, lead.id)),),))


def claimed_reminder(lead: Lead, days: int) -> str:
    """A reminder to the advisor working on a lead, mentioning them so that Telegram
    notifies them (a group's message alone is easily missed among many); an advisor who
    works in the web inbox only (a negative id) is named."""
    return (
        f"⏰ <b>Erinnerung an {_mention(lead)}:</b> Anfrage #{lead.id} ist seit über "
        f"{_working_days(days)} in Bearbeitung "
        f"({esc(STATUS_NAMES.get(lead.status, lead.status))}) und noch nicht erledigt."
    )


def _mention(lead: Lead) -> str:
    """The advisor working on ``lead``, as a mention on Telegram (a negative id is an
    advisor of the web inbox only, who is named)."""
    who = esc(lead.claimed_by_name or "?", 128)
    if lead.claimed_by is not None and lead.claimed_by > 0:
        who = f'<a href="tg://user?id={lead.claimed_by}">{who}</a>'
    return who


def erasure_warning(lead: Lead, night: date, retention_days: int) -> str:
    """The group is told that ``lead`` will be erased in the ``night`` before that day
    for lack of work (bot.advisor.erasure_warning); the advisor who has it is mentioned."""
    to = f" an {_mention(lead)}" if lead.status in WORKING_STATUSES else ""
    return (
        f"⏳ <b>Hinweis{to}:</b> Bei Anfrage #{lead.id} ist lange nichts geschehen. "
        f"Nach {retention_days} Tagen ohne Nachricht mit der Person und ohne neuen Status "
        "werden die persönlichen Daten einer Anfrage gelöscht (die Statistik ohne sie "
        "bleibt), so sagen es die Datenschutzhinweise. "
        f"{erasure_when(night)}\n"
        "Wenn Sie noch daran arbeiten: Status setzen oder der Person schreiben."
    )


def erasure_warning_mail(
    lead: Lead, night: date, retention_days: int, link: str | None
) -> tuple[str, str]:
    """The subject and plain text of :func:`erasure_warning` for an office's mailbox: no
    personal data (a mailbox keeps what it gets), the inbox's link to act on the lead."""
    where = f"im Web-Posteingang: {link}" if link else "im Web-Posteingang"
    body = (
        f"Bei Anfrage #{lead.id} ist lange nichts geschehen. Nach {retention_days} Tagen ohne "
        "Nachricht mit der Person und ohne neuen Status werden die persönlichen Daten einer "
        "Anfrage gelöscht (die Statistik ohne sie bleibt), so sagen es die "
        f"Datenschutzhinweise. {erasure_when(night)}\n\n"
        f"Wenn Sie noch daran arbeiten: Status setzen oder der Person schreiben, {where}\n"
    )
    return f"KAUSA-Anfrage #{lead.id}: lange ohne Bearbeitung", body


def erasure_when(night: date) -> str:
    """The sentence that says until when to act and in which night the data go."""
    eve = night - timedelta(days=1)
    return (
        f"Geschieht bis zum {eve:%d.%m.%Y} nichts, werden die persönlichen Daten in der "
        f"Nacht zum {night:%d.%m.%Y} gelöscht."
    )


def _working_days(days: int) -> str:
    """``days`` working days after "seit über": "einem Arbeitstag", "3 Arbeitstagen"."""
    return "einem Arbeitstag" if days == 1 else f"{days} Arbeitstagen"


def person_answer(
    lead: Lead, text: str, fallback_name: str | None, *, correction: bool = False
) -> str:
    """The person's reply, shown in the group as a reply to the lead message; a
    ``correction`` (a message the person edited) as a reply to the message it corrects."""
    name = inert(lead.name or fallback_name or "der Person", 200)
    said = f"✏️ <b>Korrektur von {name}</b>" if correction else f"💬 <b>Antwort von {name}</b>"
    # The colon introduces the message; a done lead's hint comes after it.
    head = f"{said} (Anfrage #{lead.id}):"
    said_and_text = f"{head}\n\n{inert(text, 3500)}" if text else head
    hint = _closed_hint(lead)
    return f"{said_and_text}\n{hint}" if hint else said_and_text


def person_answer_more(lead_id: int, text: str) -> str:
    """More of a person's message than fits in one (a long text, a long caption), in the
    messages after it."""
    return f"💬 <i>Fortsetzung (Anfrage #{lead_id}):</i>\n\n{inert(text, 4000)}"


def _closed_hint(lead: Lead) -> str:
    """Under a message of a person whose lead is done: nobody works on it any more."""
    if not reopenable(lead):
        return ""
    return (
        "\n<i>Die Anfrage ist als erledigt markiert. Wer sich darum kümmert, tippt an der "
        f"Anfrage auf „{BUTTON_LABELS[REOPEN]}“.</i>"
    )
