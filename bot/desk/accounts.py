"""Advisor accounts of the web inbox: creation, password check, second factor, lockout.

Passwords are hashed with argon2id (argon2-cffi); the optional second factor is
TOTP (pyotp). A login that fails says nothing about why: an unknown name, a wrong
password, a wrong code and a locked account read the same, and an unknown name
costs a hash check like a known one, so neither the answer nor its time tells
which names exist.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache

import pyotp
import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import named
from bot.advisor.work import Actor
from bot.desk import departure
from db.models import AdvisorAccount, AdvisorSession, AuditEvent, Lead
from db.vocabulary import AuditAction

log = logging.getLogger(__name__)

Sessions = async_sessionmaker[AsyncSession]

#: Wrong passwords (or codes) in a row that lock an account, and for how long.
LOCK_AFTER = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 12
ISSUER = "KAUSA Posteingang"

_HASHER = PasswordHasher()


@cache
def dummy_hash() -> str:
    """A hash checked when the login is unknown, so that answer takes as long as a wrong
    password. Made once per process, when the inbox is set up (bot.desk.web), not at import:
    a hash costs about half a second of CPU, which every ``python -m bot`` command paid."""
    return _HASHER.hash("not a password of anyone")


class AccountError(Exception):
    """A command-line request that cannot be done; the message says why."""


@dataclass(frozen=True)
class Advisor:
    """A logged-in advisor as the inbox sees them."""

    id: int
    login: str
    name: str
    office: str
    admin: bool
    telegram_id: int | None

    @classmethod
    def of(cls, account: AdvisorAccount) -> Advisor:
        return cls(
            account.id,
            account.login,
            account.name,
            account.office,
            account.admin,
            account.telegram_id,
        )

    @property
    def offices(self) -> tuple[str, ...] | None:
        """The offices whose leads this advisor sees; None for an admin (all)."""
        return None if self.admin else (self.office,)

    def may_see(self, office: str | None) -> bool:
        """May this advisor open a lead of ``office``?"""
        return self.admin or office == self.office

    @property
    def actor(self) -> Actor:
        """The advisor as the shared actions record them; the Telegram id links both places."""
        first = named.to_person(self.name, self.login)
        actor_id = self.telegram_id if self.telegram_id is not None else -self.id
        return Actor(actor_id, self.name, first)


#: What the inbox says about a lead the advisor may not see: the same as for none at all.
NOT_FOUND = "Anfrage nicht gefunden."


@dataclass(frozen=True)
class InboxAccess:
    """The web inbox's rule for the shared actions: own office, an admin every office."""

    advisor: Advisor
    #: Another office's lead answers 404, and the attempt is audited.
    audits_refusal: bool = True

    def serves(self, office: str | None) -> bool:
        """Whether the advisor may see leads of ``office``."""
        return self.advisor.may_see(office)

    def refusal(self, lead: Lead | None, actor: Actor) -> str | None:
        """NOT_FOUND unless the lead is of the advisor's office (or they are an admin)."""
        if lead is None or not self.advisor.may_see(lead.office):
            return NOT_FOUND
        return None


class Refusal(StrEnum):
    """Why a login did not open a session (the page shows one text for all but SETUP)."""

    FAILED = "failed"
    #: The password was right, but the office requires a second factor the account lacks.
    TOTP_SETUP = "totp_setup"


@dataclass(frozen=True)
class Login:
    """The result of a login attempt: the advisor, or why not."""

    advisor: Advisor | None = None
    refusal: Refusal | None = None


#: The password hash of a disabled account: none. It cannot log in, and ``enable`` sets a
#: new password; a hash kept for a departed advisor was a secret kept for nothing.
NO_PASSWORD = ""


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``; refuses passwords shorter than MIN_PASSWORD."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")
    return _HASHER.hash(password)


def _password_matches(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _code_matches(secret: str | None, code: str, now: datetime) -> bool:
    if secret is None:
        return True
    # One step either side: phones whose clocks are half a minute off still work.
    return pyotp.TOTP(secret).verify(code.strip().replace(" ", ""), for_time=now, valid_window=1)


def provisioning_uri(account: AdvisorAccount) -> str:
    """The otpauth:// URI an authenticator app reads (shown once on the command line)."""
    if account.totp_secret is None:
        raise AccountError("the account has no second factor")
    return pyotp.TOTP(account.totp_secret).provisioning_uri(name=account.login, issuer_name=ISSUER)


def _audit(session: AsyncSession, action: AuditAction, login: str, now: datetime) -> None:
    # Only the login name, no lead: these rows say who tried to get in, and when.
    session.add(AuditEvent(action=action, actor_name=login[:128], created_at=now))


def _administered(
    session: AsyncSession,
    action: AuditAction,
    by: str | None,
    now: datetime,
    **detail: object,
) -> None:
    # Who changed which account, and how: an account that opens every office's leads
    # (or a departed advisor's that works again) must be traceable to whoever did it.
    session.add(
        AuditEvent(
            action=action,
            actor_name=by[:128] if by else None,
            detail=detail,
            created_at=now,
        )
    )


def _folded(login: str) -> str:
    """A login name as compared when typed in another case (or stored decomposed)."""
    return unicodedata.normalize("NFC", login).casefold()


async def _account_named(session: AsyncSession, typed: str) -> AdvisorAccount | None:
    """The account of the login name as typed, locked for the attempt: the name itself, or
    else the one account whose name differs from it in case alone. A phone writes "Anna"
    for "anna": it was refused as a wrong password, and five tries locked the account."""
    name = unicodedata.normalize("NFC", typed.strip())
    logins = [name]
    exact = await session.scalar(sa.select(AdvisorAccount.id).where(AdvisorAccount.login == name))
    if exact is None:
        every = await session.scalars(sa.select(AdvisorAccount.login))
        logins = [known for known in every if _folded(known) == _folded(name)]
        if len(logins) != 1:
            return None
    query = sa.select(AdvisorAccount).where(AdvisorAccount.login == logins[0]).with_for_update()
    return (await session.execute(query)).scalar_one_or_none()


async def authenticate(
    sessionmaker: Sessions,
    *,
    login: str,
    password: str,
    code: str,
    now: datetime,
    totp_required: Callable[[str], bool],
) -> Login:
    """Check a login; count failures and lock the account after LOCK_AFTER of them."""
    async with sessionmaker() as session, session.begin():
        account = await _account_named(session, login)
        if account is None:
            _password_matches(dummy_hash(), password)
            return Login(refusal=Refusal.FAILED)
        locked = account.locked_until is not None and account.locked_until > now
        # A disabled account has no hash (:data:`NO_PASSWORD`): the unknown name's is
        # checked, so that the answer takes as long as for any other account.
        right = _password_matches(account.password_hash or dummy_hash(), password)
        if account.disabled_at is not None or locked:
            return Login(refusal=Refusal.FAILED)
        if right and account.totp_secret is None and totp_required(account.office):
            return Login(refusal=Refusal.TOTP_SETUP)
        if not (right and _code_matches(account.totp_secret, code, now)):
            account.failed_logins += 1
            if account.failed_logins >= LOCK_AFTER:
                account.failed_logins = 0
                account.locked_until = now + LOCK_FOR
                log.warning(
                    "advisor account %s locked after %s failed logins", account.id, LOCK_AFTER
                )
                _audit(session, AuditAction.LOGIN_LOCKED, account.login, now)
            return Login(refusal=Refusal.FAILED)
        account.failed_logins = 0
        account.locked_until = None
        account.last_login_at = now
        _audit(session, AuditAction.LOGIN, account.login, now)
        return Login(Advisor.of(account))


# -- the command line: python -m bot advisors ... ------------------------------------


async def add(
    sessionmaker: Sessions,
    *,
    login: str,
    name: str,
    office: str,
    password: str,
    admin: bool,
    telegram_id: int | None,
    totp: bool,
    now: datetime,
    by: str | None = None,
) -> AdvisorAccount:
    """Create an account; with ``totp`` it gets a second factor. ``by``: who ran the command."""
    # "jürgen" pasted with a combining umlaut (NFD) was stored so, and the name typed on a
    # phone (NFC) never found it: the login was refused as a wrong password.
    login = unicodedata.normalize("NFC", login)
    _refuse_login(login)
    password_hash = hash_password(password)
    async with sessionmaker() as session, session.begin():
        await _refuse_taken(session, login, telegram_id)
        account = AdvisorAccount(
            login=login,
            name=(name or login)[:128],
            office=office,
            admin=admin,
            telegram_id=telegram_id,
            password_hash=password_hash,
            totp_secret=pyotp.random_base32() if totp else None,
            created_at=now,
        )
        session.add(account)
        _administered(
            session,
            AuditAction.ACCOUNT_ADDED,
            by,
            now,
            login=login,
            office=office,
            admin=admin,
            totp=totp,
            telegram_id=telegram_id,
        )
    return account


def _refuse_login(login: str) -> None:
    """AccountError for a login nobody could type into the login form as one word."""
    if not login.strip() or len(login) > 64 or any(c.isspace() for c in login):
        raise AccountError("the login must be 1-64 characters without spaces")


async def _refuse_taken(session: AsyncSession, login: str, telegram_id: int | None) -> None:
    taken = await session.scalar(
        sa.select(sa.func.count())
        .select_from(AdvisorAccount)
        .where(
            sa.or_(
                AdvisorAccount.login == unicodedata.normalize("NFC", login),
                sa.and_(
                    sa.literal(telegram_id is not None),
                    AdvisorAccount.telegram_id == telegram_id,
                ),
            )
        )
    )
    if taken:
        raise AccountError("an account with this login or Telegram id exists already")


async def check_before_password(
    sessionmaker: Sessions,
    login: str,
    *,
    new: bool,
    telegram_id: int | None = None,
    enabling: bool = False,
    office: str = "",
    totp: bool = False,
    totp_required: Callable[[str], bool] = lambda _office: False,
) -> None:
    """AccountError when the command cannot be done whatever the password: a ``new``
    account's login or Telegram id is taken, there is no account ``login`` to change, or it
    is not disabled (``enabling``) or disabled (a new password otherwise: ``enable`` sets
    it), or it would be left without the second factor its office requires (``office``:
    a new account's). Asked first, so that a mistyped login is not told after the
    password was typed twice."""
    async with sessionmaker() as session:
        if new:
            _refuse_login(unicodedata.normalize("NFC", login))
            await _refuse_taken(session, login, telegram_id)
            _refuse_without_totp(office, totp, totp_required)
            return
        account = await _account_named(session, login)
        if account is None:
            raise AccountError(f"no account {login!r}")
        _refuse_state(account, enabling=enabling)
        # Disabling removed the second factor: an enabled account has one only with --totp.
        if enabling or account.totp_secret is None:
            _refuse_without_totp(account.office, totp, totp_required)


def _refuse_without_totp(office: str, totp: bool, totp_required: Callable[[str], bool]) -> None:
    """AccountError when an account of ``office`` would have no second factor though the
    office requires one: the login would be refused ("ask the administration") until
    someone ran ``reset-password --totp``."""
    if not totp and totp_required(office):
        raise AccountError(
            f"the office {office!r} requires a second factor (require_totp in the offices "
            "file): add --totp, or the inbox refuses the login"
        )


def _refuse_state(account: AdvisorAccount, *, enabling: bool) -> None:
    """AccountError unless ``account`` is disabled (``enabling``) or active (a new password)."""
    if enabling and account.disabled_at is None:
        # Nothing to do: ending the advisor's sessions for it would log them out.
        raise AccountError(f"the account {account.login!r} is not disabled")
    if not enabling and account.disabled_at is not None:
        # A disabled account keeps no password: a new one would be a secret kept for
        # nobody, and the account must not come back as a side effect of a reset.
        raise AccountError(
            f"the account {account.login!r} is disabled: `advisors enable {account.login}` "
            "sets a new password and lets it log in again"
        )


async def listing(sessionmaker: Sessions) -> Sequence[AdvisorAccount]:
    """Every account, by login."""
    async with sessionmaker() as session:
        rows = await session.execute(sa.select(AdvisorAccount).order_by(AdvisorAccount.login))
        return list(rows.scalars())


async def _change(
    sessionmaker: Sessions,
    login: str,
    change: Callable[[AdvisorAccount], dict[str, object]],
    action: AuditAction,
    by: str | None,
    now: datetime,
) -> AdvisorAccount:
    async with sessionmaker() as session, session.begin():
        # Found as the login form finds it: "ju\u0308rgen" pasted decomposed into the
        # command (some terminals do) answered "no account" for the stored "jürgen".
        account = await _account_named(session, login)
        if account is None:
            raise AccountError(f"no account {login!r}")
        detail = change(account)
        _administered(session, action, by, now, login=account.login, **detail)
        # Whatever changed, the browsers logged in so far must log in again.
        await session.execute(
            sa.delete(AdvisorSession).where(AdvisorSession.account_id == account.id)
        )
    return account


async def disable(
    sessionmaker: Sessions, login: str, now: datetime, *, by: str | None = None
) -> AdvisorAccount:
    """Disable an account and end its sessions. Its secrets go (the password hash and the
    second factor: nobody logs in with them any more, ``enable`` sets new ones); the login,
    name, office and Telegram id stay until ``delete``: the audit trail and the requests
    the advisor worked on name them, and open requests the account still holds are found
    by its Telegram id."""

    def change(account: AdvisorAccount) -> dict[str, object]:
        if account.disabled_at is not None:
            # Once more would overwrite the day the advisor left, and audit it twice.
            raise AccountError(f"the account {account.login!r} is disabled already")
        account.disabled_at = now
        account.password_hash = NO_PASSWORD
        account.totp_secret = None
        account.failed_logins = 0
        account.locked_until = None
        return {}

    return await _change(sessionmaker, login, change, AuditAction.ACCOUNT_DISABLED, by, now)


async def held_by(sessionmaker: Sessions, login: str) -> list[int]:
    """The open requests the account ``login`` holds, by number (none: no such account),
    to name when it is disabled: nobody acts for it any more."""
    async with sessionmaker() as session, session.begin():
        account = await _account_named(session, login)
        if account is None:
            return []
        held = await departure.held_open(session, Advisor.of(account).actor.id)
        return [lead.id for lead in held]


@dataclass(frozen=True)
class Deleted:
    """An account deleted, and the open requests it held, handed back to their office."""

    login: str
    handed_back: tuple[int, ...] = ()


async def delete(
    sessionmaker: Sessions,
    login: str,
    now: datetime,
    *,
    by: str | None = None,
    hand_back: bool = False,
) -> Deleted:
    """Delete a disabled account and its sessions for good (a departed advisor's name,
    Telegram id and hashes); the audit trail keeps that it happened and who did it, and
    what the advisor did keeps the name it was done under.

    An account still holding open requests is not deleted (they would stay claimed by an
    id nobody can act for), unless ``hand_back`` gives them back to their office first."""
    async with sessionmaker() as session, session.begin():
        account = await _account_named(session, login)
        if account is None:
            raise AccountError(f"no account {login!r}")
        if account.disabled_at is None:
            # Deleting is for good: an advisor still at work is disabled first, on purpose.
            raise AccountError(
                f"the account {account.login!r} is still active: "
                f"`advisors disable {account.login}` first"
            )
        held = await departure.held_open(session, Advisor.of(account).actor.id)
        if held and not hand_back:
            raise AccountError(departure.still_held(account.login, [lead.id for lead in held]))
        await departure.hand_back(session, held, now, login=account.login, by=by)
        _administered(session, AuditAction.ACCOUNT_DELETED, by, now, login=account.login)
        await session.execute(
            sa.delete(AdvisorSession).where(AdvisorSession.account_id == account.id)
        )
        await session.delete(account)
        return Deleted(account.login, tuple(lead.id for lead in held))


async def reset_password(
    sessionmaker: Sessions,
    login: str,
    password: str,
    *,
    now: datetime,
    totp: bool = False,
    by: str | None = None,
    enabling: bool = False,
) -> AdvisorAccount:
    """Set a new password (and with ``totp`` a new second factor); lifts a lock.

    Refused for a disabled account: it keeps no password, and it must not come back as a
    side effect of a password reset. ``enabling`` (``advisors enable``) is the way back, on
    purpose: it lets a disabled account log in again with the new password (and a second
    factor only with ``totp``: disabling removed the old one)."""
    password_hash = hash_password(password)

    def change(account: AdvisorAccount) -> dict[str, object]:
        _refuse_state(account, enabling=enabling)
        account.password_hash = password_hash
        account.failed_logins = 0
        account.locked_until = None
        account.disabled_at = None
        if totp:
            account.totp_secret = pyotp.random_base32()
        return {"totp": totp}

    action = AuditAction.ACCOUNT_ENABLED if enabling else AuditAction.PASSWORD_RESET
    return await _change(sessionmaker, login, change, action, by, now)
