"""Advisor accounts of the web inbox: the command line, passwords, TOTP, lockout, sessions."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pyotp
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.desk import accounts, sessions
from bot.desk.accounts import Refusal
from bot.web.security import SessionCookie
from db import repository
from db.models import AdvisorAccount, AdvisorSession, AuditEvent, Lead, OutboxMessage, utcnow
from tests.advisor_desk import offices_toml
from tests.command_line import run_bot

REPO = Path(__file__).resolve().parents[1]

Sessions = async_sessionmaker[AsyncSession]
PASSWORD = "korrekt Pferd Batterie"


async def make(
    sessionmaker: Sessions, login: str = "anna", office: str = "leipzig", totp: bool = False
) -> AdvisorAccount:
    return await accounts.add(
        sessionmaker,
        login=login,
        name="Anna Schmidt",
        office=office,
        password=PASSWORD,
        admin=False,
        telegram_id=None,
        totp=totp,
        now=utcnow(),
    )


async def login(
    sessionmaker: Sessions,
    password: str,
    *,
    name: str = "anna",
    code: str = "",
    minutes: float = 0,
    required: bool = False,
) -> accounts.Login:
    return await accounts.authenticate(
        sessionmaker,
        login=name,
        password=password,
        code=code,
        now=utcnow() + timedelta(minutes=minutes),
        totp_required=lambda _office: required,
    )


async def audit_actions(sessionmaker: Sessions) -> list[tuple[str, str | None]]:
    async with sessionmaker() as session:
        rows = await session.execute(sa.select(AuditEvent).order_by(AuditEvent.id))
        return [(e.action, e.actor_name) for e in rows.scalars()]


async def test_the_audit_names_who_ran_the_command_through_sudo_and_no_op_changes_refuse(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # docs/operations.md runs every command as "sudo -u kausa": LOGNAME and USER say
    # "kausa" then, SUDO_USER the administrator (QA, 2026-12-04: the audit said "kausa").
    env = {"DATABASE_URL": database_url, "LOGNAME": "kausa", "USER": "kausa"}
    added = run_bot(
        ["advisors", "add", "anna", "--office", "leipzig"],
        tmp_path,
        PASSWORD + "\n",
        SUDO_USER="mueller",
        **env,
    )
    enabled = run_bot(["advisors", "enable", "anna"], tmp_path, SUDO_USER="", **env)
    disabled = run_bot(["advisors", "disable", "anna"], tmp_path, SUDO_USER="", **env)
    twice = run_bot(["advisors", "disable", "anna"], tmp_path, SUDO_USER="", **env)
    assert added.returncode == 0, added.stderr
    # Enabling an active account logged the advisor out; disabling twice lost the date.
    assert enabled.returncode == 1 and "is not disabled" in enabled.stderr
    assert disabled.returncode == 0
    assert twice.returncode == 1 and "is disabled already" in twice.stderr
    async with sessionmaker() as session:
        rows = (await session.execute(sa.select(AuditEvent).order_by(AuditEvent.id))).scalars()
        trail = [(e.action, e.actor_name) for e in rows]
    assert trail == [("account_added", "mueller"), ("account_disabled", "kausa")]


async def test_the_command_line_manages_accounts(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # getpass.getuser() reads LOGNAME first: the operator the audit trail names.
    env = {
        "DATABASE_URL": database_url,
        "LOGNAME": "hausmeister",
        "USER": "hausmeister",
        "SUDO_USER": "",
    }
    added = run_bot(
        ["advisors", "add", "anna", "--office", "leipzig", "--telegram-id", "7001", "--totp"],
        tmp_path,
        stdin=PASSWORD + "\n",
        **env,
    )
    admin = run_bot(
        ["advisors", "add", "chef", "--office", "dresden", "--admin", "--name", "Chef Koch"],
        tmp_path,
        stdin=PASSWORD + "\n",
        **env,
    )
    again = run_bot(["advisors", "add", "anna", "--office", "leipzig"], tmp_path, PASSWORD, **env)
    short = run_bot(["advisors", "add", "bea", "--office", "leipzig"], tmp_path, "kurz\n", **env)
    disabled = run_bot(["advisors", "disable", "chef"], tmp_path, **env)
    reset = run_bot(["advisors", "reset-password", "chef"], tmp_path, "ein neues Passwort\n", **env)
    listed = run_bot(["advisors", "list"], tmp_path, **env)
    enabled = run_bot(["advisors", "enable", "chef"], tmp_path, "ein neues Passwort\n", **env)
    reset_again = run_bot(
        ["advisors", "reset-password", "chef", "--totp"], tmp_path, "noch ein Passwort\n", **env
    )
    relisted = run_bot(["advisors", "list"], tmp_path, **env)
    unknown = run_bot(["advisors", "disable", "nobody"], tmp_path, **env)

    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("added anna\tleipzig\tanna\ttotp telegram=7001")
    assert "otpauth://totp/KAUSA%20Posteingang:anna?secret=" in added.stdout
    assert PASSWORD not in added.stdout + added.stderr
    assert admin.returncode == 0 and "chef\tdresden\tChef Koch\tadmin" in admin.stdout
    assert again.returncode == 1 and "exists already" in again.stderr
    assert short.returncode == 1 and "at least 12 characters" in short.stderr
    assert disabled.returncode == 0
    # A disabled account keeps no password: a new one would bring a departed advisor's
    # account halfway back (it used to be stored, "account stays disabled"); refused.
    assert reset.returncode == 1 and reset.stderr.strip() == (
        "error: the account 'chef' is disabled: `advisors enable chef` sets a new password "
        "and lets it log in again"
    )
    assert listed.stdout.splitlines() == [
        "anna\tleipzig\tanna\ttotp telegram=7001",
        "chef\tdresden\tChef Koch\tadmin disabled",
    ]
    assert enabled.returncode == 0 and enabled.stdout.strip() == "enabled chef"
    assert reset_again.stdout.startswith("new password for chef\nTOTP: otpauth://")
    assert relisted.stdout.splitlines()[1] == "chef\tdresden\tChef Koch\tadmin totp"
    assert unknown.returncode == 1 and unknown.stderr.strip() == "error: no account 'nobody'"
    # The command line hashes at argon2-cffi's production cost (the in-process tests hash
    # at the lowest: tests/conftest.py), and a hash records the cost it was made with.
    async with sessionmaker() as session:
        stored = await session.scalar(
            sa.select(AdvisorAccount.password_hash).where(AdvisorAccount.login == "anna")
        )
    assert stored is not None and stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    # Every change, and only the changes, is in the audit trail: who ran it, on which login.
    async with sessionmaker() as session:
        rows = (await session.execute(sa.select(AuditEvent).order_by(AuditEvent.id))).scalars()
        trail = [(e.action, e.actor_name, e.lead_id, e.detail) for e in rows]
    assert trail == [
        (
            "account_added",
            "hausmeister",
            None,
            {
                "login": "anna",
                "office": "leipzig",
                "admin": False,
                "totp": True,
                "telegram_id": 7001,
            },
        ),
        (
            "account_added",
            "hausmeister",
            None,
            {
                "login": "chef",
                "office": "dresden",
                "admin": True,
                "totp": False,
                "telegram_id": None,
            },
        ),
        ("account_disabled", "hausmeister", None, {"login": "chef"}),
        ("account_enabled", "hausmeister", None, {"login": "chef", "totp": False}),
        ("password_reset", "hausmeister", None, {"login": "chef", "totp": True}),
    ]


async def test_five_wrong_passwords_lock_the_account_for_15_minutes(
    sessionmaker: Sessions, caplog: pytest.LogCaptureFixture
) -> None:
    await make(sessionmaker)
    with caplog.at_level(logging.WARNING, logger="bot.desk.accounts"):
        failures = [await login(sessionmaker, "falsch") for _ in range(5)]
    locked = await login(sessionmaker, PASSWORD, minutes=1)
    still = await login(sessionmaker, PASSWORD, minutes=14.9)
    unknown = await login(sessionmaker, PASSWORD, name="niemand")
    after = await login(sessionmaker, PASSWORD, minutes=15.1)

    assert all(f.refusal == Refusal.FAILED for f in failures)
    # Locked, unknown and wrong read the same: no one learns which logins exist.
    assert locked == still == unknown == accounts.Login(refusal=Refusal.FAILED)
    assert after.advisor is not None and after.advisor.login == "anna"
    assert "advisor account 1 locked after 5 failed logins" in caplog.text
    assert PASSWORD not in caplog.text and "falsch" not in caplog.text
    assert await audit_actions(sessionmaker) == [
        ("account_added", None),
        ("login_locked", "anna"),
        ("login", "anna"),
    ]


async def test_a_right_password_resets_the_count(sessionmaker: Sessions) -> None:
    await make(sessionmaker)
    for _ in range(4):
        await login(sessionmaker, "falsch")
    assert (await login(sessionmaker, PASSWORD)).advisor is not None
    for _ in range(4):
        await login(sessionmaker, "falsch")
    assert (await login(sessionmaker, PASSWORD)).advisor is not None


async def test_the_login_name_is_taken_in_any_case(sessionmaker: Sessions) -> None:
    """QA: a phone writes the login name with a capital ("Anna", "Jürgen"): refused as a
    wrong password, and after five tries the account was locked."""
    await make(sessionmaker)
    await make(sessionmaker, login="jürgen")
    anna = await login(sessionmaker, PASSWORD, name="Anna")
    jurgen = await login(sessionmaker, PASSWORD, name="JÜRGEN ")
    wrong = await login(sessionmaker, "falsch", name="Anna")
    assert anna.advisor is not None and anna.advisor.login == "anna"
    assert jurgen.advisor is not None and jurgen.advisor.login == "jürgen"
    assert wrong.advisor is None and wrong.refusal == Refusal.FAILED


async def test_a_login_name_with_a_combining_umlaut_is_found_as_typed(
    sessionmaker: Sessions,
) -> None:
    """QA: "jürgen" pasted into `advisors add` with a combining umlaut ("u" and "¨") was
    stored so, and "Jürgen" typed on a phone never matched it: refused as a wrong password;
    an older account stored so is found too."""
    await make(sessionmaker, login="ju\u0308rgen")
    async with sessionmaker() as session:
        session.add(
            AdvisorAccount(
                login="zo\u0308e", name="Zöe", office="leipzig", password_hash="x", admin=False
            )
        )
        await session.commit()
    typed = await login(sessionmaker, PASSWORD, name="Jürgen")
    assert typed.advisor is not None and typed.advisor.login == "jürgen"
    async with sessionmaker() as session:
        zoe = await accounts._account_named(session, "Zöe")
    assert zoe is not None


async def test_totp_when_the_account_has_it_or_the_office_requires_it(
    sessionmaker: Sessions,
) -> None:
    await make(sessionmaker)
    await make(sessionmaker, "omar", totp=True)
    async with sessionmaker() as session:
        secret = await session.scalar(
            sa.select(AdvisorAccount.totp_secret).where(AdvisorAccount.login == "omar")
        )
    assert secret is not None
    code = pyotp.TOTP(secret).at(utcnow())

    assert (await login(sessionmaker, PASSWORD, required=True)).refusal == Refusal.TOTP_SETUP
    # The wrong password never learns that the office wants a second factor.
    assert (await login(sessionmaker, "falsch", required=True)).refusal == Refusal.FAILED
    assert (await login(sessionmaker, PASSWORD, name="omar")).refusal == Refusal.FAILED
    wrong = "000000" if code != "000000" else "111111"
    assert (await login(sessionmaker, PASSWORD, name="omar", code=wrong)).advisor is None
    good = await login(sessionmaker, PASSWORD, name="omar", code=code, required=True)
    assert good.advisor is not None and good.advisor.login == "omar"


async def test_sessions_expire_after_8_hours_without_a_request(sessionmaker: Sessions) -> None:
    account = await make(sessionmaker)
    advisor = accounts.Advisor.of(account)
    start = utcnow()
    token = SessionCookie.new_id()
    await sessions.open_session(sessionmaker, advisor, token, start)

    seven = await sessions.current(sessionmaker, token, start + timedelta(hours=7))
    # Seven hours later it was used, so it lives until 7 + 8 hours.
    fourteen = await sessions.current(sessionmaker, token, start + timedelta(hours=14))
    expired = await sessions.current(sessionmaker, token, start + timedelta(hours=22, minutes=1))
    forged = await sessions.current(sessionmaker, token + "x", start)

    assert seven == fourteen == advisor
    assert expired is None and forged is None
    async with sessionmaker() as session:
        stored = list((await session.execute(sa.select(AdvisorSession))).scalars())
    assert stored == []  # the expired session is gone, and the token was never stored


async def test_logout_disable_and_new_password_end_sessions(sessionmaker: Sessions) -> None:
    advisor = accounts.Advisor.of(await make(sessionmaker))
    now = utcnow()
    first, second, third = (SessionCookie.new_id() for _ in range(3))
    for token in (first, second):
        await sessions.open_session(sessionmaker, advisor, token, now)
    await sessions.close(sessionmaker, first, advisor, now)
    assert await sessions.current(sessionmaker, first, now) is None
    assert await sessions.current(sessionmaker, second, now) is not None
    await accounts.reset_password(sessionmaker, "anna", "noch ein Passwort", now=now)
    assert await sessions.current(sessionmaker, second, now) is None
    await sessions.open_session(sessionmaker, advisor, third, now)
    await accounts.disable(sessionmaker, "anna", now)
    assert await sessions.current(sessionmaker, third, now) is None
    assert (await login(sessionmaker, "noch ein Passwort")).refusal == Refusal.FAILED


async def test_a_disabled_account_keeps_no_secrets_and_comes_back_with_a_new_password(
    sessionmaker: Sessions,
) -> None:
    """DPO: a disabled account kept its password hash and TOTP secret until deleted,
    secrets of an account nobody may log in with. Disabling now removes them; the name,
    office and Telegram id stay (the trail and the requests name them), and `enable` sets
    a new password; a reset of a disabled account is refused."""
    await make(sessionmaker, totp=True)
    async with sessionmaker() as session, session.begin():
        await session.execute(sa.update(AdvisorAccount).values(telegram_id=7001))
    now = utcnow()
    await accounts.disable(sessionmaker, "anna", now, by="hausmeister")
    async with sessionmaker() as session:
        stored = await session.scalar(sa.select(AdvisorAccount))
    assert stored is not None
    assert (stored.password_hash, stored.totp_secret) == ("", None)
    assert (stored.login, stored.name, stored.office, stored.telegram_id) == (
        "anna",
        "Anna Schmidt",
        "leipzig",
        7001,
    )
    assert (await login(sessionmaker, PASSWORD)).refusal == Refusal.FAILED
    with pytest.raises(accounts.AccountError, match="`advisors enable anna` sets a new password"):
        await accounts.reset_password(
            sessionmaker, "anna", "noch ein Passwort", now=now, by="hausmeister"
        )
    await accounts.reset_password(
        sessionmaker, "anna", "noch ein Passwort", now=now, by="hausmeister", enabling=True
    )
    old = await login(sessionmaker, PASSWORD)
    back = await login(sessionmaker, "noch ein Passwort")

    assert old.refusal == Refusal.FAILED
    assert back.advisor is not None and back.advisor.login == "anna"
    assert await audit_actions(sessionmaker) == [
        ("account_added", None),
        ("account_disabled", "hausmeister"),
        ("account_enabled", "hausmeister"),
        ("login", "anna"),
    ]


async def test_the_commands_find_a_login_typed_decomposed(sessionmaker: Sessions) -> None:
    """QA: `advisors disable ju\u0308rgen` (the umlaut typed as "u" and a combining "¨", as
    some terminals and macOS paste it) answered "no account" for the stored "jürgen"."""
    await make(sessionmaker, login="jürgen")
    now = utcnow()
    decomposed = "ju\u0308rgen"

    disabled = await accounts.disable(sessionmaker, decomposed, now, by="hausmeister")
    enabled = await accounts.reset_password(
        sessionmaker, decomposed, "ein Passwort dazu", now=now, by="hausmeister", enabling=True
    )
    reset = await accounts.reset_password(
        sessionmaker, decomposed, "noch ein Passwort", now=now, by="hausmeister"
    )

    assert disabled.login == enabled.login == reset.login == "jürgen"
    assert (await login(sessionmaker, "noch ein Passwort", name="jürgen")).advisor is not None


def test_a_command_that_needs_no_login_check_hashes_no_password(tmp_path: Path) -> None:
    # `python -m bot advisors list`, `purge` and the bot's other commands import the
    # accounts (the nightly purge deletes expired inbox sessions): a hash made at import
    # cost each of them about half a second of CPU.
    code = (
        "import argon2\n"
        "def refuse(*args, **kwargs):\n"
        "    raise SystemExit('hashed a password')\n"
        "argon2.PasswordHasher.hash = refuse\n"
        "import bot.desk.accounts, bot.privacy.retention, bot.desk.cli\n"
        "print('imported')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout.strip()) == (0, "imported"), result.stderr


def test_the_inbox_has_its_unknown_name_hash_before_the_first_login() -> None:
    from aiohttp import web

    from bot.desk import web as inbox

    accounts.dummy_hash.cache_clear()
    inbox.register(web.Application())
    assert accounts.dummy_hash.cache_info().currsize == 1


async def test_a_departed_advisors_account_can_be_deleted_once_disabled(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # The data inventory (docs/privacy.md) kept an account "until disabled/deleted by the
    # administrator", but no command deleted one: a departed advisor's name, Telegram id
    # and password hash stayed for ever, disabled.
    env = {"DATABASE_URL": database_url, "SUDO_USER": "mueller"}
    run_bot(["advisors", "add", "anna", "--office", "leipzig"], tmp_path, PASSWORD + "\n", **env)
    active = run_bot(["advisors", "delete", "anna"], tmp_path, **env)
    assert active.returncode == 1
    assert active.stderr.strip() == (
        "error: the account 'anna' is still active: `advisors disable anna` first"
    )
    run_bot(["advisors", "disable", "anna"], tmp_path, **env)
    deleted = run_bot(["advisors", "delete", "anna"], tmp_path, **env)
    unknown = run_bot(["advisors", "delete", "anna"], tmp_path, **env)
    assert deleted.returncode == 0 and deleted.stdout.strip() == "deleted anna"
    assert unknown.returncode == 1 and "no account 'anna'" in unknown.stderr
    async with sessionmaker() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(AdvisorAccount)) == 0
    trail = await audit_actions(sessionmaker)
    assert trail[-1] == ("account_deleted", "mueller")


async def test_a_command_on_a_login_that_cannot_be_is_refused_before_the_password(
    database_url: str, tmp_path: Path
) -> None:
    # A mistyped login got the password asked twice, then "no account 'anan'"; with the
    # password piped in, an empty stdin said "the password must have at least 12
    # characters" instead. The same for an account that exists already.
    env = {"DATABASE_URL": database_url, "SUDO_USER": "mueller"}
    run_bot(["advisors", "add", "anna", "--office", "leipzig"], tmp_path, PASSWORD + "\n", **env)
    mistyped = run_bot(["advisors", "reset-password", "anan"], tmp_path, "", **env)
    again = run_bot(["advisors", "add", "anna", "--office", "leipzig"], tmp_path, "", **env)
    assert (mistyped.returncode, mistyped.stderr.strip()) == (1, "error: no account 'anan'")
    assert (again.returncode, again.stderr.strip()) == (
        1,
        "error: an account with this login or Telegram id exists already",
    )


async def anna_holding_requests(sessionmaker: Sessions) -> tuple[int, dict[str, int]]:
    """Anna's account (her actor id) and requests by what they are: two open ones she
    holds ("claimed", "not_reached"), one she finished ("done"), one a colleague holds."""
    account = await make(sessionmaker)
    anna = accounts.Advisor.of(account).actor.id
    async with sessionmaker() as session, session.begin():
        leads = {}
        for key, status, claimed_by in (
            ("claimed", "claimed", anna),
            ("not_reached", "not_reached", anna),
            ("done", "done", anna),
            ("colleague", "claimed", 7002),
        ):
            lead = await repository.create_lead(
                session,
                flow="business",
                answers={},
                language="de",
                office="leipzig",
                channel="telegram",
                name="Mehmet Öztürk",
                status=status,
                claimed_by=claimed_by,
                claimed_by_name="Anna Schmidt" if claimed_by == anna else "Bernd",
            )
            leads[key] = lead.id
    return anna, leads


async def test_disabling_an_account_that_still_holds_open_requests_names_them(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # QA: "advisors disable anna" said only "disabled anna" while her open requests stayed
    # claimed by an account nobody logs in to, the people waiting for a call.
    _anna, leads = await anna_holding_requests(sessionmaker)
    env = {"DATABASE_URL": database_url, "SUDO_USER": "mueller"}

    disabled = run_bot(["advisors", "disable", "anna"], tmp_path, **env)

    assert disabled.returncode == 0, disabled.stderr
    assert disabled.stdout.strip() == (
        f"disabled anna; still holds #{leads['claimed']}, #{leads['not_reached']}: hand them "
        "back with 'Zurück an Team' on each, in the group or the inbox, or with "
        "`advisors delete anna --hand-back` (which deletes the account)"
    )
    async with sessionmaker() as session:
        account = await session.scalar(sa.select(AdvisorAccount))
    assert account is not None and account.disabled_at is not None


async def test_an_account_that_still_holds_open_requests_is_not_deleted_until_they_are_handed_back(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # QA: a departed advisor's account deleted with requests still claimed left them
    # "übernommen von Anna Schmidt" for good, claimed by an id nobody could act for, and
    # nobody was told that the people were still waiting for a call.
    anna, leads = await anna_holding_requests(sessionmaker)
    env = {"DATABASE_URL": database_url, "SUDO_USER": "mueller"}
    run_bot(["advisors", "disable", "anna"], tmp_path, **env)

    refused = run_bot(["advisors", "delete", "anna"], tmp_path, **env)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"error: the account 'anna' still holds 2 open requests (#{leads['claimed']}, "
        f"#{leads['not_reached']}): nobody could act for it once deleted. "
        "`advisors delete anna --hand-back` gives them back to their office, new for "
        "anyone to take; or a colleague taps 'Zurück an Team' on each, in the group or the "
        "inbox"
    )
    async with sessionmaker() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(AdvisorAccount)) == 1

    deleted = run_bot(["advisors", "delete", "anna", "--hand-back"], tmp_path, **env)
    assert deleted.returncode == 0, deleted.stderr
    assert deleted.stdout.strip() == (
        f"deleted anna; handed back to their office: #{leads['claimed']}, #{leads['not_reached']}"
    )
    async with sessionmaker() as session:
        stored = {
            key: await session.get(Lead, lead_id, populate_existing=True)
            for key, lead_id in leads.items()
        }
        refreshed = set(
            (
                await session.scalars(
                    sa.select(OutboxMessage.lead_id).where(OutboxMessage.kind == "lead_refresh")
                )
            ).all()
        )
        released = (
            await session.execute(
                sa.select(AuditEvent.lead_id, AuditEvent.actor_name).where(
                    AuditEvent.action == "released"
                )
            )
        ).all()
    assert {key: (lead.status, lead.claimed_by) for key, lead in stored.items() if lead} == {
        "claimed": ("new", None),
        "not_reached": ("new", None),
        "done": ("done", anna),
        "colleague": ("claimed", 7002),
    }
    # The group's cards no longer say "übernommen von Anna Schmidt".
    assert refreshed == {leads["claimed"], leads["not_reached"]}
    assert sorted(released) == sorted(
        [(leads["claimed"], "mueller"), (leads["not_reached"], "mueller")]
    )


async def test_an_office_that_requires_a_second_factor_gets_no_account_without_one(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # `enable anna` without --totp for an office with require_totp said "enabled anna",
    # and her login then said "ask the administration" until someone ran
    # `reset-password anna --totp` (DPO audit, 2026-12-06). Refused before the password.
    offices = tmp_path / "offices.toml"
    toml = offices_toml().replace('city = "Leipzig"', 'city = "Leipzig"\nrequire_totp = true')
    offices.write_text(toml, encoding="utf-8")
    env = {"DATABASE_URL": database_url, "OFFICES_FILE": str(offices), "SUDO_USER": "mueller"}
    added = run_bot(["advisors", "add", "anna", "--office", "leipzig"], tmp_path, PASSWORD, **env)
    with_totp = ["advisors", "add", "anna", "--office", "leipzig", "--totp"]
    assert run_bot(with_totp, tmp_path, PASSWORD + "\n", **env).returncode == 0
    run_bot(["advisors", "disable", "anna"], tmp_path, **env)
    enabled = run_bot(["advisors", "enable", "anna"], tmp_path, PASSWORD + "\n", **env)
    refusal = (
        "error: the office 'leipzig' requires a second factor (require_totp in the offices "
        "file): add --totp, or the inbox refuses the login"
    )
    assert (added.returncode, added.stderr.strip()) == (1, refusal)
    assert (enabled.returncode, enabled.stderr.strip()) == (1, refusal)
    async with sessionmaker() as session:
        account = await session.scalar(sa.select(AdvisorAccount))
    assert account is not None and account.disabled_at is not None
    enabled = run_bot(["advisors", "enable", "anna", "--totp"], tmp_path, PASSWORD + "\n", **env)
    assert enabled.returncode == 0 and "TOTP: otpauth://" in enabled.stdout
    # An account that has its second factor keeps it through a new password.
    reset = run_bot(["advisors", "reset-password", "anna"], tmp_path, "ein neues Passwort\n", **env)
    assert reset.returncode == 0, reset.stderr


async def test_an_account_is_disabled_even_while_the_offices_file_is_broken(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # A departed advisor's account is disabled at once, whatever else is being mended.
    await make(sessionmaker)
    broken = tmp_path / "offices.toml"
    broken.write_text("[offices.leipzig\n", encoding="utf-8")
    env = {"DATABASE_URL": database_url, "OFFICES_FILE": str(broken), "SUDO_USER": "mueller"}
    disabled = run_bot(["advisors", "disable", "anna"], tmp_path, **env)
    assert (disabled.returncode, disabled.stdout.strip()) == (0, "disabled anna")


async def test_the_list_names_accounts_locked_out_by_their_office_s_second_factor(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # An office set to require_totp after its accounts were made: their logins said "ask
    # the administration", and `advisors list` showed nothing amiss about them.
    await make(sessionmaker)
    await make(sessionmaker, login="ben", totp=True)
    offices = tmp_path / "offices.toml"
    toml = offices_toml().replace('city = "Leipzig"', 'city = "Leipzig"\nrequire_totp = true')
    offices.write_text(toml, encoding="utf-8")
    env = {"DATABASE_URL": database_url, "OFFICES_FILE": str(offices)}
    listed = run_bot(["advisors", "list"], tmp_path, **env)
    assert listed.stdout.splitlines() == [
        "anna\tleipzig\tAnna Schmidt\tno totp: the office requires one, the login is refused "
        "until `advisors reset-password anna --totp`",
        "ben\tleipzig\tAnna Schmidt\ttotp",
    ]


async def test_a_login_with_a_space_is_refused_before_the_password(sessionmaker: Sessions) -> None:
    # `advisors add "anna schmidt"` on a terminal asked for the password twice, then said
    # the login may hold no spaces.
    with pytest.raises(accounts.AccountError, match="1-64 characters without spaces"):
        await accounts.check_before_password(sessionmaker, "anna schmidt", new=True)
