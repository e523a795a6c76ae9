"""What the configuration still lacks for going live, said once at start.

A newcomer who started the bot with the example offices file got no word that leads
would reach no advisor: the first lead logged "configuration problem" and waited in the
outbox, and the offices page showed only the general contact.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.offices import Office


def missing_for_live(
    offices: Mapping[str, Office],
    *,
    smtp: bool,
    privacy_reachable: bool,
    backups_unnamed: bool = False,
) -> list[str]:
    """One line per gap, naming the office or the setting that closes it
    (``privacy_reachable``: PRIVACY_CONTACT or PRIVACY_POLICY_URL is set;
    ``backups_unnamed``: on PostgreSQL, neither BACKUP_DAYS nor PRIVACY_POLICY_URL is set)."""
    lines = []
    if backups_unnamed:
        # The notice's backup period is the shipped SQLite timer's unless BACKUP_DAYS says
        # otherwise; pg_dump files are kept as long as the operator keeps them.
        lines.append(
            "BACKUP_DAYS is not set on PostgreSQL: the privacy notice says deleted data stay "
            "in the backups up to 14 days (the shipped SQLite timer's period); set it to "
            "how long you keep your pg_dump copies, or link a PRIVACY_POLICY_URL that names it"
        )
    if not privacy_reachable:
        # The notice named the controller and no way to reach it (GDPR Art. 13(1)(a)).
        lines.append(
            "PRIVACY_CONTACT is not set (nor PRIVACY_POLICY_URL): the privacy notice names "
            "no one to ask about one's data; set it to the controller's or the data "
            "protection officer's e-mail or postal address"
        )
    for key, office in offices.items():
        if office.advisor_chat_id is None:
            lines.append(
                f"office {key} has no advisor chat: its leads wait in the outbox until "
                "advisor_chat_id is set in OFFICES_FILE (or ADVISOR_CHAT_ID for all)"
            )
        if not office.has_contacts:
            lines.append(
                f"office {key} shows no contact details (placeholder = true or none "
                "given): fill in the real ones from kausa-sachsen.de in OFFICES_FILE"
            )
        if office.notify_email and not smtp:
            lines.append(
                f"office {key} has notify_email but SMTP_HOST is not set: no lead e-mail is sent"
            )
    return lines
