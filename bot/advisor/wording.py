"""The advisor side's German words, and how a value is written into an advisor message.

Pure: the names of flows, statuses, actions and channels, and the helpers that escape
a typed value (and keep Telegram from making links or mentions of it), write dates and
ages as German advisors do, and keep a message within Telegram's limit.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from babel import Locale

from bot.conversation.ltr import isolated
from db.vocabulary import AuditAction, LeadStatus

MAX_MESSAGE = 4096
#: A typed value longer than this is cut in advisor messages (the full text stays stored).
MAX_VALUE = 1000

#: The umlauts as written out on a keyboard without them ("uebernommen", "Buero").
_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def spelled(word: str) -> str:
    """An advisor's typed ``word`` as the command words are compared: without the signs
    around it, lower case, its umlauts written out ("Übernommen,": "uebernommen")."""
    return word.strip(",.;:!?()").casefold().translate(_WRITTEN_OUT)


#: What "/lead WORDS" looked the group's requests up by (bot.advisor.by_name): the name,
#: the phone number, or the e-mail address.
SearchedBy = Literal["name", "phone", "email"]


#: Polite words typed after a command's number ("/loeschen 1 bitte"), as spelled() writes them.
POLITE = frozenset({"bitte", "danke", "bitteschoen", "dankeschoen", "pls", "please"})


def polite(words: Sequence[str]) -> bool:
    """Whether ``words`` are only polite words ("bitte", "danke!"): nothing said by them."""
    return all(spelled(word) in POLITE for word in words)


FLOW_NAMES = {
    "business": "Betrieb",
    "young": "Junge Person",
    "callback": "Rückruf",
    "ask": "Frage",
}
#: The lead message's title: what the request is about.
FLOW_TITLES = {
    "business": "Betrieb möchte ausbilden",
    "young": "Ausbildung gesucht oder Hilfe in der Ausbildung",
    "callback": "Rückrufwunsch",
    "ask": "Frage an die Beratung",
}
STATUS_NAMES: dict[str, str] = {
    LeadStatus.NEW: "neu",
    LeadStatus.CLAIMED: "übernommen",
    LeadStatus.REACHED: "erreicht",
    LeadStatus.NOT_REACHED: "nicht erreicht",
    LeadStatus.DONE: "erledigt",
    LeadStatus.WITHDRAWN: "zurückgezogen",
    LeadStatus.EXPIRED: "abgelaufen",
}
ACTION_NAMES: dict[str, str] = {
    AuditAction.ANNOUNCED: "in der Gruppe angekündigt",
    AuditAction.CLAIMED: "übernommen",
    AuditAction.REACHED: "erreicht",
    AuditAction.NOT_REACHED: "nicht erreicht",
    AuditAction.DONE: "erledigt",
    AuditAction.RELEASED: "zurück an das Team",
    AuditAction.REOPENED: "wieder geöffnet",
    AuditAction.HANDED_OVER: "an ein anderes Büro weitergegeben",
    AuditAction.READ: "angesehen",
    AuditAction.MEDIUM: "Datei der Person geöffnet",
    AuditAction.EXPORT: "exportiert",
    AuditAction.BACKUP: "Datenbank gesichert (Kopie aller Daten)",
    AuditAction.REMINDED_UNCLAIMED: "Erinnerung: nicht übernommen",
    AuditAction.REMINDED_CLAIMED: "Erinnerung an Bearbeiter/in",
    AuditAction.RELAYED_TO_PERSON: "Nachricht an die Person",
    AuditAction.RELAYED_FROM_PERSON: "Antwort der Person",
    AuditAction.ERASED: "Daten auf Wunsch gelöscht",
    AuditAction.PURGED: "Daten nach Frist gelöscht",
    AuditAction.ERASURE_REAPPLIED: "Löschung nach Wiederherstellung einer Sicherung wiederholt",
    AuditAction.PHONE_CHANGED: "neue Telefonnummer von der Person",
    AuditAction.PHONE_SET: "Telefonnummer geändert",
    AuditAction.WARNED_IDLE: "Löschung ohne Bearbeitung angekündigt",
    AuditAction.MAILED: "per E-Mail gemeldet",
    AuditAction.DENIED: "Zugriff verweigert (anderes Büro)",
    AuditAction.LOGIN: "angemeldet",
    AuditAction.LOGIN_LOCKED: "Konto nach Fehlversuchen gesperrt",
    AuditAction.LOGOUT: "abgemeldet",
    AuditAction.ACCOUNT_ADDED: "Konto angelegt",
    AuditAction.ACCOUNT_DISABLED: "Konto deaktiviert",
    AuditAction.ACCOUNT_ENABLED: "Konto wieder aktiviert",
    AuditAction.ACCOUNT_DELETED: "Konto gelöscht",
    AuditAction.PASSWORD_RESET: "Passwort neu gesetzt",
}


def action_name(action: str, detail: dict[str, Any] | None) -> str:
    """An audit event's action as the history shows it; a hand-over names both offices
    (their keys are the cities' names in lower case, bot.routing)."""
    name = ACTION_NAMES.get(action, action)
    if action == AuditAction.HANDED_OVER and detail:
        offices = [str(detail.get(k) or "–").capitalize() for k in ("from", "to")]
        return f"{name} ({' → '.join(offices)})"
    return name


OFFICE_ORDER = ("dresden", "chemnitz", "leipzig")
#: Where a lead came in, as the advisors name it.
CHANNEL_NAMES = {"telegram": "Telegram", "web": "Website-Chat", "cli": "Terminal"}


def esc(value: Any, limit: int = MAX_VALUE) -> str:
    """A typed value, cut to ``limit`` characters and HTML-escaped."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return html.escape(text, quote=False)


# A zero-width joiner after "@", "#" and "$", after a "/" that could start a command,
# and inside "://" keeps Telegram from making a mention, hashtag, cashtag, command or
# link; a one-dot leader (․) for a dot before a letter keeps it from seeing a domain.
_ENTITY_STARTS = re.compile(r"[@#$](?=\w)|(?<![\w;/])/(?=\w)|:/(?=/)")
_DOMAIN_DOT = re.compile(r"(?<=\w)\.(?=[^\W\d_])")


def inert(value: Any, limit: int = MAX_VALUE) -> str:
    """A person's free text, escaped, in which Telegram finds no mention, command or link,
    and in which a number keeps its order among right-to-left words (bot.conversation.ltr)."""
    escaped = esc(isolated(str(value)), limit)
    text = _ENTITY_STARTS.sub(lambda match: match.group() + "\u200d", escaped)
    return _DOMAIN_DOT.sub("\u2024", text)


def when(value: datetime, tz: str) -> str:
    """A moment as German advisors write it, in the office time zone."""
    return value.astimezone(ZoneInfo(tz)).strftime("%d.%m.%Y, %H:%M")


def age(created: datetime, now: datetime) -> str:
    """How long ago, short: "45 Min.", "3 Std.", "2 Tg."."""
    delta = max(now - created, timedelta(0))
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} Min."
    if minutes < 48 * 60:
        return f"{minutes // 60} Std."
    return f"{delta.days} Tg."


@functools.lru_cache(maxsize=64)
def language_name(code: str | None) -> str:
    """A language code as its German name ("tr" -> "Türkisch")."""
    if not code:
        return "–"
    return str(Locale.parse("de").languages.get(code, code))


def utf16_len(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def fit(
    head: list[str],
    body: list[str],
    tail: list[str],
    note: str,
    *,
    limit: int = MAX_MESSAGE,
    keep_last: bool = False,
) -> str:
    """Join the parts; drop body lines until the text fits ``limit``.

    Lines are dropped from the end (or, with ``keep_last``, from the start) and
    ``note`` says so. Every line holds balanced tags, so dropping whole lines
    keeps the HTML valid.
    """

    def join(lines: list[str], cut: bool) -> str:
        shown = ([note, *lines] if keep_last else [*lines, note]) if cut else lines
        return "\n".join([*head, *shown, *tail])

    text = join(body, False)
    while utf16_len(text) > limit and body:
        body = body[1:] if keep_last else body[:-1]
        text = join(body, True)
    if utf16_len(text) > limit:
        # Only if the head alone is too long: keep its first lines (title and status).
        text = "\n".join([*head[:2], note])
    return text


def channel_name(channel: str) -> str:
    """The channel a lead came in on, in German."""
    return CHANNEL_NAMES.get(channel, channel)


#: What a message with a person's data says once /delete or retention has reached it,
#: where Telegram no longer lets the bot delete it (older than 48 hours).
ERASED = "🗑 Inhalt gelöscht (Datenschutz)"


def cities_text(cities: Sequence[str]) -> str:
    """ "Leipzig", "Leipzig und Dresden", "Leipzig, Dresden und Chemnitz"."""
    if len(cities) < 2:
        return "".join(cities)
    return f"{', '.join(cities[:-1])} und {cities[-1]}"
