"""E-mail to offices that prefer it, sent with aiosmtplib from the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib

from bot.config import Settings


@dataclass(frozen=True)
class MailServer:
    """Where and as whom lead e-mails are sent (``SMTP_*`` settings)."""

    host: str
    port: int = 25
    sender: str = "kausa-bot@localhost"
    user: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, settings: Settings) -> MailServer | None:
        """The configured server, or None when ``SMTP_HOST`` is empty (e-mail is off)."""
        if not settings.smtp_host:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.smtp_from or settings.smtp_user or "kausa-bot@localhost",
            user=settings.smtp_user,
            password=(
                settings.smtp_password.get_secret_value() if settings.smtp_password else None
            ),
            starttls=settings.smtp_starttls,
        )


def message(server: MailServer, to: str, subject: str, body: str) -> EmailMessage:
    """A UTF-8 plain-text e-mail."""
    mail = EmailMessage()
    mail["From"] = server.sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = make_msgid(domain=server.sender.rpartition("@")[2] or None)
    mail.set_content(body)
    return mail


async def send(server: MailServer, to: str, subject: str, body: str) -> None:
    """Send one e-mail; raises aiosmtplib's errors for the outbox to classify."""
    await aiosmtplib.send(
        message(server, to, subject, body),
        hostname=server.host,
        port=server.port,
        username=server.user,
        password=server.password,
        start_tls=server.starttls,
        timeout=server.timeout,
    )


def permanent(exc: Exception) -> bool:
    """True for SMTP errors that a retry will not fix (5xx answers)."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return bool(exc.recipients) and all(r.code >= 500 for r in exc.recipients)
    return isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code >= 500


def describe(exc: Exception) -> str:
    """An error summary without addresses (SMTP servers like to echo them)."""
    code = getattr(exc, "code", None)
    return f"{type(exc).__name__}" + (f" {code}" if isinstance(code, int) else "")
