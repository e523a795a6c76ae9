"""Advisor groups that refuse the bot: retried slowly, reported, nothing lost.

When the bot is removed from an office's group, or the group's id is wrong, Telegram
answers every send there with Forbidden or "chat not found". A lead must still reach an
advisor, so the outbox does not give such rows up: the group is marked unreachable,
its rows wait (no attempt is counted), one of them tries again every
:data:`GROUP_RETRY`, the office is alerted by e-mail once (when SMTP and the office's
``notify_email`` are set), and /healthz and /stats name the office. When a send works
again, the waiting rows go out at once, oldest first (the worker takes rows by id).

The state is the process's own: after a restart the first row tries at once and, if the
group still refuses, the group is marked again (and the e-mail sent once more).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from telegram.error import BadRequest, Forbidden, TelegramError

from bot.advisor import wording
from bot.advisor.roster import Advisors
from bot.outbox import mail
from bot.outbox.courier import Courier, Unreachable

log = logging.getLogger(__name__)

#: How often a refusing group is tried again.
GROUP_RETRY = timedelta(minutes=15)


def is_refusal(exc: TelegramError) -> bool:
    """Telegram refuses the group itself (bot removed, wrong id), not this one message."""
    if isinstance(exc, Forbidden):
        return True
    return isinstance(exc, BadRequest) and "chat not found" in exc.message.lower()


def waiting_for(courier: Courier, chat: int | None, now: datetime) -> bool:
    """True while ``chat`` is unreachable and its next try is not due yet."""
    down = courier.unreachable.get(chat) if chat is not None else None
    return down is not None and now < down.retry_at


def refused(courier: Courier, chat: int, now: datetime, error: str) -> bool:
    """Mark ``chat`` unreachable until the next try; True when this starts an outage."""
    down = courier.unreachable.get(chat)
    if down is not None:
        down.retry_at = now + GROUP_RETRY
        return False
    courier.unreachable[chat] = Unreachable(now, now + GROUP_RETRY, error)
    log.error(
        "advisor group of %s refuses the bot (%s): its notifications wait and are tried "
        "again every %d min; add the bot to the group again or fix advisor_chat_id",
        ", ".join(courier.advisors.offices_of(chat)) or "ADVISOR_CHAT_ID",
        error,
        GROUP_RETRY // timedelta(minutes=1),
    )
    return True


def reached(courier: Courier, chat: int | None) -> None:
    """A send to ``chat`` worked: if it was unreachable, it is not any more."""
    if chat is not None and courier.unreachable.pop(chat, None) is not None:
        log.warning(
            "advisor group of %s reachable again; its waiting notifications go out",
            ", ".join(courier.advisors.offices_of(chat)) or "ADVISOR_CHAT_ID",
        )


def unreachable_offices(courier: Courier) -> list[str]:
    """The office keys whose advisor group refuses the bot now (for /healthz and /stats)."""
    advisors = courier.advisors
    return [key for key in advisors.offices if advisors.chat_for(key) in courier.unreachable]


async def alert_by_mail(courier: Courier, chat: int, since: datetime) -> None:
    """Tell the offices of ``chat`` by e-mail that their group refuses the bot (once)."""
    server, advisors = courier.mail, courier.advisors
    if server is None:
        return
    when = wording.when(since, advisors.timezone)
    for key in advisors.offices_of(chat):
        office = advisors.offices[key]
        if not office.notify_email:
            continue
        try:
            await mail.send(server, office.notify_email, *alert(advisors, key, when))
        except Exception as error:  # the alert is a courtesy; the rows keep waiting
            log.warning("could not send the group alert to %s (%s)", key, mail.describe(error))


def alert(advisors: Advisors, office: str, since: str) -> tuple[str, str]:
    """Subject and body of the e-mail alert (German, no personal data)."""
    city = advisors.office_name(office)
    subject = f"KAUSA-Bot: Beratergruppe Büro {city} nicht erreichbar"
    body = (
        f"Der KAUSA-Bot kann seit {since} keine Nachrichten in die Telegram-Gruppe des "
        f"Büros {city} senden (Telegram lehnt ab: Bot aus der Gruppe entfernt oder "
        "Gruppen-ID falsch).\n\n"
        "Neue Anfragen gehen nicht verloren: Sie warten im Bot und werden zugestellt, "
        "sobald die Gruppe wieder erreichbar ist, die älteste zuerst. Der Bot versucht es "
        f"alle {GROUP_RETRY // timedelta(minutes=1)} Minuten.\n\n"
        "Bitte den Bot wieder zur Gruppe hinzufügen oder advisor_chat_id in der "
        "Bürokonfiguration prüfen.\n"
    )
    return subject, body
