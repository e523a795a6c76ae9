"""Outbox delivery over HTTP: order, retries with backoff, restarts, failures, e-mail."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.advisor.roster import Advisors
from bot.config import Settings
from bot.outbox import botapi, mail, worker
from db import repository
from db.models import utcnow
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    ANNA,
    DRESDEN_GROUP,
    LEIPZIG_GROUP,
    Desk,
    add_lead,
    desk_settings,
    offices_toml,
    running_desk,
    submit_callback_lead,
)


async def test_leads_are_announced_oldest_first(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            ids = [
                await add_lead(desk.services.sessionmaker, timedelta(minutes=m), name=f"N{m}")
                for m in (30, 20, 10)
            ]
            report = await desk.deliver()
            again = await desk.deliver()
    assert report.sent == [1, 2, 3] and again.sent == []
    assert [m.text.split("\n")[0] for m in fake.sent(LEIPZIG_GROUP)] == [
        f"📨 <b>Anfrage #{i}</b> – Betrieb möchte ausbilden" for i in ids
    ]


async def test_a_new_leads_card_goes_out_before_a_backlog_of_group_notices(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessionmaker = desk.services.sessionmaker
            earlier = await add_lead(sessionmaker, timedelta(minutes=30), name="Erste")
            await desk.deliver()
            async with sessionmaker() as session, session.begin():
                for n in range(12):
                    await repository.enqueue(
                        session,
                        kind="group_notice",
                        target="telegram",
                        payload={"text": f"Hinweis {n}"},
                        lead_id=earlier,
                    )
            real = await add_lead(sessionmaker, timedelta(minutes=1), name="Neue")
            await desk.deliver()
    texts = [m.text for m in fake.sent(LEIPZIG_GROUP)][1:]
    assert texts[0].startswith(f"📨 <b>Anfrage #{real}</b>")
    # The notices still go out, in their own order, after the card.
    assert texts[1:] == [f"Hinweis {n}" for n in range(12)]


async def test_a_single_429_is_absorbed_by_the_rate_limiter(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            fake.fail_next("sendMessage", 429, retry_after=1)
            report = await desk.deliver()
            [row] = await desk.outbox_rows()
    assert report.sent == [1] and (row.status, row.attempts) == ("sent", 0)
    assert len([c for c in fake.failed_calls if c.status == 429]) == 1
    assert len(fake.sent(LEIPZIG_GROUP)) == 1


async def test_429_waits_as_long_as_telegram_asks(database_url: str, tmp_path: Path) -> None:
    # Without the rate limiter's own retries, so the 429 reaches the outbox at once.
    limiter = botapi.rate_limiter(25, max_retries=0)
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake, rate_limiter=limiter) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            fake.fail_next("sendMessage", 429, retry_after=30)
            now = utcnow()
            first = await desk.deliver(now)
            [row] = await desk.outbox_rows()
            early = await desk.deliver(now + timedelta(seconds=29))
            late = await desk.deliver(now + timedelta(seconds=31))
            [sent] = await desk.outbox_rows()

    assert first.retried == [1] and early.sent == [] and late.sent == [1]
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.next_attempt_at == now + timedelta(seconds=30)
    assert row.last_error is not None and row.last_error.startswith("RetryAfter")
    assert len([c for c in fake.failed_calls if c.status == 429]) == 1
    assert len(fake.sent(LEIPZIG_GROUP)) == 1
    assert (sent.status, sent.attempts, sent.last_error) == ("sent", 1, None)


async def test_5xx_backs_off_and_delivery_resumes_after_a_restart(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            now = utcnow()
            fake.fail_next("sendMessage", 500, times=2)
            first = await desk.deliver(now)
            too_early = await desk.deliver(now + timedelta(seconds=1))
            second = await desk.deliver(now + timedelta(seconds=2))
            [row] = await desk.outbox_rows()
        assert first.retried == [1] and too_early.retried == [] and second.retried == [1]
        assert (row.status, row.attempts) == ("pending", 2)
        assert row.next_attempt_at == now + timedelta(seconds=2 + 4)  # 2 s, then 4 s
        assert row.last_error is not None and "Internal Server Error" in row.last_error

        # A new process on the same database picks the row up; a sent row is never resent.
        async with running_desk(settings, fake) as desk:
            resumed = await desk.deliver(now + timedelta(seconds=7))
            after = await desk.deliver(now + timedelta(hours=1))
            [row] = await desk.outbox_rows()
    assert resumed.sent == [1] and after.sent == []
    assert (row.status, row.attempts) == ("sent", 2)
    assert len(fake.sent(LEIPZIG_GROUP)) == 1
    assert len([c for c in fake.failed_calls if c.status == 500]) == 2


async def test_a_message_that_keeps_failing_is_kept_and_reported(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            desk.outbox.max_attempts = 3
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5), name="Geheim Name")
            fake.fail_next("sendMessage", 502, times=3)
            now = utcnow()
            for minutes in (0, 1, 2, 3):
                await desk.deliver(now + timedelta(minutes=minutes))
            [row] = await desk.outbox_rows()
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/stats")
            stats = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]

    assert (row.status, row.attempts) == ("failed", 3)
    assert "1 Benachrichtigung(en) nicht zustellbar" in stats.plain_text
    assert "Nr. 1: lead_new, Anfrage #1" in stats.plain_text
    failures = [
        r for r in caplog.records if r.levelno == logging.ERROR and r.name == "bot.outbox.worker"
    ]
    assert len(failures) == 1 and "failed after 3 attempts" in failures[0].getMessage()
    assert "Geheim" not in caplog.text


async def test_a_refused_message_fails_at_once_without_personal_data(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5), name="Ayşe")
            # (A group that refuses the bot, "chat not found", waits: test_group_unreachable.)
            fake.fail_next("sendMessage", 400, description="Bad Request: message is too long")
            report = await desk.deliver()
            [row] = await desk.outbox_rows()
    assert report.failed == [1]
    assert (row.status, row.last_error) == ("failed", "BadRequest: Message is too long")


async def test_a_refusal_that_quotes_what_was_sent_is_stored_and_logged_without_it(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Telegram's refusal can quote the text it was sent (a tag, a name): the outbox's
    error column and its log line kept it; they keep what an operator needs."""
    caplog.set_level(logging.ERROR, logger="bot.outbox.worker")
    refusal = 'Bad Request: can\'t parse entities: unsupported start tag "ayşe" at byte offset 3'
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5), name="Ayşe")
            fake.fail_next("sendMessage", 400, description=refusal)
            await desk.deliver()
            [row] = await desk.outbox_rows()
    assert row.status == "failed"
    assert row.last_error == (
        'BadRequest: Can\'t parse entities: unsupported start tag "…" at byte offset 3'
    )
    assert "outbox 1 (lead_new) failed: BadRequest: Can't parse entities" in caplog.text
    assert "ayşe" not in caplog.text.lower()


async def test_refused_phone_links_fall_back_to_plain_numbers(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            fake.fail_next("sendMessage", 400, description="Bad Request: wrong HTTP URL")
            report = await desk.deliver()
    [message] = fake.sent(LEIPZIG_GROUP)
    assert report.sent == [1]
    assert "tel:" not in message.text and "📞 +49 341 1234567" in message.text


async def test_an_office_without_advisor_chat_waits_and_is_logged_once(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    toml = offices_toml(chats={"dresden": None, "chemnitz": None, "leipzig": LEIPZIG_GROUP})
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, toml)
        async with running_desk(settings, fake) as desk:
            dresden = await add_lead(
                desk.services.sessionmaker, timedelta(hours=1), office="dresden"
            )
            leipzig = await add_lead(desk.services.sessionmaker, timedelta(minutes=1))
            desk.outbox.batch = 1  # the waiting row does not use up the batch
            first = await desk.deliver()
            second = await desk.deliver(utcnow() + timedelta(hours=1))
            rows = await desk.outbox_rows()
            # Once the office is configured (here: ADVISOR_CHAT_ID), the lead goes out.
            desk.outbox.advisors = Advisors.from_settings(
                settings.model_copy(update={"advisor_chat_id": DRESDEN_GROUP})
            )
            third = await desk.deliver()

    assert first.waiting == [dresden] and first.sent == [leipzig]
    assert second.waiting == [dresden]
    assert [(r.id, r.status, r.attempts) for r in rows] == [(1, "pending", 0), (2, "sent", 0)]
    problems = [r for r in caplog.records if "configuration problem" in r.getMessage()]
    assert len(problems) == 1 and "dresden" in problems[0].getMessage()
    assert third.sent == [dresden] and len(fake.sent(DRESDEN_GROUP)) == 1


async def test_an_edit_that_fails_now_is_finished_by_the_outbox(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.fail_next("editMessageText", 500)
            await desk.press(LEIPZIG_GROUP, ANNA, announced, "Übernehmen")

            async def refresh_queued() -> bool:
                return any(r.kind == "lead_refresh" for r in await desk.outbox_rows())

            await fake.wait_for(refresh_queued)
            report = await desk.deliver()
            [edited] = fake.sent(LEIPZIG_GROUP)[1:]
    assert len(report.sent) == 1
    assert edited.edited and "übernommen von" in edited.plain_text


async def _enqueue(desk: Desk, kind: str, lead_id: int, target: str = "telegram") -> None:
    async with desk.services.sessionmaker() as session, session.begin():
        await repository.enqueue(session, kind=kind, target=target, payload={}, lead_id=lead_id)


@pytest.mark.parametrize(("target", "kind"), [("telegram", "lead_fax"), ("sms", "lead_new")])
async def test_a_row_no_planner_knows_fails_clearly_and_blocks_nothing(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture, target: str, kind: str
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            first = await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            await _enqueue(desk, kind, first, target)
            second = await add_lead(desk.services.sessionmaker, timedelta(minutes=4))
            report = await desk.deliver()
            again = await desk.deliver()
            rows = await desk.outbox_rows()
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/stats")
            stats = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]

    assert report.sent == [1, 3] and report.failed == [2] and again.failed == []
    assert [(r.kind, r.status) for r in rows] == [
        ("lead_new", "sent"),
        (kind, "failed"),
        ("lead_new", "sent"),
    ]
    assert rows[1].last_error == f"no planner for outbox kind {target}/{kind}"
    assert [m.text.split("\n")[0] for m in fake.sent(LEIPZIG_GROUP)[:2]] == [
        f"📨 <b>Anfrage #{i}</b> – Betrieb möchte ausbilden" for i in (first, second)
    ]
    assert f"Nr. 2: {kind}, Anfrage #{first}" in stats.plain_text
    errors = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.ERROR and r.name == "bot.outbox.worker"
    ]
    assert errors == [f"outbox 2 ({kind}) failed: no planner for outbox kind {target}/{kind}"]


@pytest.mark.parametrize(
    ("refusal", "status", "error"),
    [
        # The fake, like Telegram, refuses an edit that changes nothing: already done.
        (None, "sent", None),
        ("Bad Request: message to edit not found", "cancelled", "advisor message no longer exists"),
    ],
)
async def test_a_refused_lead_refresh_is_settled_by_the_reason(
    database_url: str, tmp_path: Path, refusal: str | None, status: str, error: str | None
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead = await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            await desk.deliver()
            await _enqueue(desk, "lead_refresh", lead)
            if refusal is not None:
                fake.fail_next("editMessageText", 400, description=refusal)
            report = await desk.deliver()
            [_, refresh] = await desk.outbox_rows()
    assert [c.status for c in fake.failed_calls if c.method == "editMessageText"] == [400]
    assert report.sent + report.cancelled == [2]
    assert (refresh.status, refresh.last_error) == (status, error)
    assert len(fake.sent(LEIPZIG_GROUP)) == 1


async def test_the_scheduled_jobs_deliver_on_their_own(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake, jobs=True) as desk:
            await submit_callback_lead(fake, 5007)
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1, timeout=10)
            seen = len(fake.sent(5007))
            await desk.press(LEIPZIG_GROUP, ANNA, announced, "Übernehmen")
            # The claim kicks the outbox: the person hears of it without waiting for a run.
            told = (await fake.wait_sent(5007, seen + 1, timeout=10))[-1]
            scheduled = (
                {job.name for job in desk.app.job_queue.jobs()} if desk.app.job_queue else set()
            )
    assert "KAUSA" in told.text
    assert {"outbox", "reminders"} <= scheduled
    # Each advisor group's command menu lists the advisor commands, in German.
    scope = json.dumps([{"type": "chat", "chat_id": LEIPZIG_GROUP}, ""], sort_keys=True)
    assert [c["command"] for c in fake.commands[scope]] == [
        "leads",
        "lead",
        "stats",
        "export",
        "weitergeben",
        "loeschen",
        "nummer",
    ]


# -- e-mail ----------------------------------------------------------------------


@dataclass
class Mailbox:
    """What a local aiosmtpd server received; ``reject`` answers RCPT with that code."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    reject: str | None = None

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if self.reject:
            return self.reject
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        parsed = message_from_bytes(content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.envelopes.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return "250 Message accepted"


@pytest.fixture
async def smtp_server() -> AsyncIterator[tuple[Mailbox, int]]:
    """A real SMTP server (aiosmtpd) on a free local port, in this event loop."""
    mailbox = Mailbox()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(mailbox, hostname="kausa-sachsen.example.org"), "127.0.0.1", 0
    )
    port = server.sockets[0].getsockname()[1]
    try:
        yield mailbox, port
    finally:
        server.close()
        await server.wait_closed()


async def test_an_office_that_prefers_e_mail_gets_the_lead_by_mail(
    database_url: str, tmp_path: Path, smtp_server: tuple[Mailbox, int]
) -> None:
    mailbox, port = smtp_server
    toml = offices_toml(notify_email={"leipzig": "leipzig@kausa-sachsen.example.org"})
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake,
            database_url,
            tmp_path,
            toml,
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_from="bot@kausa-sachsen.example.org",
        )
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, 5005, name="Ayşe Yılmaz", email="ayse@example.org")
            report = await desk.deliver()
            rows = await desk.outbox_rows()
            actions = [e.action for e in await desk.audit(1)]

    assert sorted(report.sent) == [1, 2]
    assert [(r.target, r.status) for r in rows] == [("telegram", "sent"), ("email", "sent")]
    assert "mailed" in actions and "announced" in actions
    [mail] = mailbox.messages
    assert mailbox.envelopes == [
        ("bot@kausa-sachsen.example.org", ["leipzig@kausa-sachsen.example.org"])
    ]
    assert (
        mail["To"] == "leipzig@kausa-sachsen.example.org"
        and mail["From"] == "bot@kausa-sachsen.example.org"
    )
    assert mail["Subject"] == "Neue KAUSA-Anfrage #1 (Leipzig)"
    body = mail.get_content()
    assert "Neue Anfrage #1: Rückrufwunsch" in body
    assert "Name: Ayşe Yılmaz" in body and "Telefon: +49 341 1234567" in body
    assert "E-Mail: ayse@example.org" in body and "Büro: Leipzig, PLZ 04109" in body
    assert "Gesprächssprache: Türkisch" in body


async def test_an_office_with_minimal_notifications_gets_a_mail_without_personal_data(
    database_url: str, tmp_path: Path, smtp_server: tuple[Mailbox, int]
) -> None:
    # QA, 2026-12-04: the mail carried name, number and answers where the office keeps
    # them out of Telegram; a mailbox is out of reach of /delete and the retention.
    mailbox, port = smtp_server
    toml = offices_toml(notify_email={"leipzig": "leipzig@kausa-sachsen.example.org"})
    minimal = toml.replace('city = "Leipzig"', 'city = "Leipzig"\nnotify_personal_data = "minimal"')
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake,
            database_url,
            tmp_path,
            minimal,
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_from="bot@kausa-sachsen.example.org",
            web_public_url="https://kausa.example.org",
        )
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, 5005, name="Ayşe Yılmaz", email="ayse@example.org")
            await desk.deliver()

    [mail] = mailbox.messages
    body = mail.get_content()
    assert "Neue Anfrage #1: Rückrufwunsch" in body and "Büro: Leipzig" in body
    assert "im Web-Posteingang: https://kausa.example.org/inbox/leads/1" in body
    for personal in ("Ayşe", "Yılmaz", "1234567", "ayse@example.org", "04109"):
        assert personal not in body


@pytest.mark.parametrize(
    ("answer", "status"), [("550 No such user", "failed"), ("451 Try again later", "pending")]
)
async def test_mail_errors_fail_or_retry(
    database_url: str,
    tmp_path: Path,
    smtp_server: tuple[Mailbox, int],
    answer: str,
    status: str,
) -> None:
    mailbox, port = smtp_server
    mailbox.reject = answer
    toml = offices_toml(notify_email={"leipzig": "leipzig@kausa-sachsen.example.org"})
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, toml, smtp_host="127.0.0.1", smtp_port=port
        )
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, 5006)
            await desk.deliver()
            [_, mail] = await desk.outbox_rows()
    assert mail.target == "email" and mail.status == status and mail.attempts == 1
    # The error names no address (SMTP servers echo them).
    assert mail.last_error == "SMTPRecipientsRefused"
    assert mailbox.messages == []


def test_no_mail_without_smtp_host() -> None:
    assert mail.MailServer.from_settings(Settings(_env_file=None)) is None


def test_backoff_doubles_and_is_capped() -> None:
    assert [worker.backoff(n).total_seconds() for n in (1, 2, 3, 10)] == [2, 4, 8, 900]
    assert worker.backoff(50) == worker.MAX_BACKOFF
