"""``python -m bot advisors add | list | disable | enable | delete | reset-password``: the
inbox's accounts.

The password is read from stdin (one line), so it never shows in the process
list or the shell history; on a terminal it is asked for without echo. Every change
is written to the audit trail with the operating-system user who ran the command.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from bot.config import Settings
from bot.ops.operator import operator
from bot.routing import OFFICE_KEYS

if TYPE_CHECKING:
    # The parser is built for every command; the database layer only for this one.
    from bot.desk.accounts import Sessions
    from bot.offices import Office
    from db.models import AdvisorAccount


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the ``advisors`` command and its actions."""
    advisors = commands.add_parser("advisors", help="accounts of the advisors' web inbox")
    actions = advisors.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create an account (password from stdin)")
    add.add_argument("login")
    add.add_argument("--office", choices=OFFICE_KEYS, required=True)
    add.add_argument("--name", default="", help="the name colleagues see (default: the login)")
    add.add_argument("--admin", action="store_true", help="sees and acts on every office's leads")
    add.add_argument(
        "--telegram-id", type=int, help="the advisor's Telegram user id: links both places"
    )
    add.add_argument("--totp", action="store_true", help="set up a second factor (TOTP)")
    actions.add_parser("list", help="show every account")
    disable = actions.add_parser(
        "disable",
        help="disable an account, end its sessions and remove its password and second factor",
    )
    disable.add_argument("login")
    enable = actions.add_parser(
        "enable", help="let a disabled account log in again with a new password (from stdin)"
    )
    enable.add_argument("login")
    enable.add_argument("--totp", action="store_true", help="also set up a new second factor")
    delete = actions.add_parser(
        "delete", help="delete a disabled account for good (a departed advisor's data)"
    )
    delete.add_argument("login")
    delete.add_argument(
        "--hand-back",
        action="store_true",
        help="first give the open requests the account still holds back to their office",
    )
    reset = actions.add_parser(
        "reset-password",
        help="set a new password (from stdin), lift a lock, end sessions (a disabled account:"
        " `enable` sets it)",
    )
    reset.add_argument("login")
    reset.add_argument("--totp", action="store_true", help="also set up a new second factor")


def _password(stdin: TextIO) -> str:
    from bot.desk.accounts import AccountError

    if stdin.isatty():
        first = getpass.getpass("Passwort: ")
        if getpass.getpass("Passwort wiederholen: ") != first:
            raise AccountError("the passwords differ")
        return first
    return stdin.readline().rstrip("\r\n")


def _describe(account: AdvisorAccount, *, totp_required: bool = False) -> str:
    # An active account without the second factor its office requires cannot log in:
    # said with the command that mends it (an office set to require_totp later).
    locked_out = totp_required and not account.totp_secret and not account.disabled_at
    flags = [
        "admin" if account.admin else "",
        "totp" if account.totp_secret else "",
        (
            "no totp: the office requires one, the login is refused until "
            f"`advisors reset-password {account.login} --totp`"
            if locked_out
            else ""
        ),
        "disabled" if account.disabled_at else "",
    ]
    telegram = f"telegram={account.telegram_id}" if account.telegram_id is not None else ""
    details = " ".join(part for part in (*flags, telegram) if part)
    return f"{account.login}\t{account.office}\t{account.name}\t{details}".rstrip()


def _second_factor(account: AdvisorAccount, totp: bool) -> str:
    from bot.desk import accounts

    # Shown once: the advisor adds it to an authenticator app; it is not printed again.
    return f"\nTOTP: {accounts.provisioning_uri(account)}" if totp else ""


async def _act(
    args: argparse.Namespace, sessions: Sessions, now: datetime, offices: dict[str, Office]
) -> str:
    from bot.desk import accounts

    def required(key: str) -> bool:
        return key in offices and offices[key].require_totp

    if args.action == "list":
        rows = await accounts.listing(sessions)
        lines = [_describe(a, totp_required=required(a.office)) for a in rows]
        return "\n".join(lines) or "no accounts"
    by = operator()
    if args.action == "disable":
        from bot.desk.departure import held_when_disabled

        account = await accounts.disable(sessions, args.login, now, by=by)
        # Her open requests stay claimed by an account nobody logs in to: said.
        held = await accounts.held_by(sessions, account.login)
        still = f"; {held_when_disabled(account.login, held)}" if held else ""
        return f"disabled {account.login}{still}"
    if args.action == "delete":
        from bot.desk.departure import numbers

        deleted = await accounts.delete(sessions, args.login, now, by=by, hand_back=args.hand_back)
        handed = (
            f"; handed back to their office: {numbers(deleted.handed_back)}"
            if deleted.handed_back
            else ""
        )
        return f"deleted {deleted.login}{handed}"
    adding = args.action == "add"
    telegram_id = args.telegram_id if adding else None
    enabling = args.action == "enable"
    await accounts.check_before_password(
        sessions,
        args.login,
        new=adding,
        telegram_id=telegram_id,
        enabling=enabling,
        office=args.office if adding else "",
        totp=args.totp,
        totp_required=required,
    )
    password = _password(sys.stdin)
    if enabling:
        account = await accounts.reset_password(
            sessions, args.login, password, now=now, totp=args.totp, by=by, enabling=True
        )
        return f"enabled {account.login}{_second_factor(account, args.totp)}"
    if adding:
        account = await accounts.add(
            sessions,
            login=args.login,
            name=args.name,
            office=args.office,
            password=password,
            admin=args.admin,
            telegram_id=args.telegram_id,
            totp=args.totp,
            now=now,
            by=by,
        )
        return f"added {_describe(account)}{_second_factor(account, args.totp)}"
    account = await accounts.reset_password(
        sessions, args.login, password, totp=args.totp, now=now, by=by
    )
    return f"new password for {account.login}{_second_factor(account, args.totp)}"


def run(settings: Settings, args: argparse.Namespace, clock: Callable[[], datetime]) -> int:
    """Carry out one ``advisors`` action; 1 with a one-line error when it cannot be done."""
    from bot.desk import accounts
    from bot.offices import configured_offices
    from db.session import create_engine, create_sessionmaker

    # Which offices require a second factor (require_totp): the login checks it there.
    # Read only where a password is set, or for the list: disabling a departed advisor's
    # account must not wait for a broken offices file to be mended.
    setting = args.action in ("add", "enable", "reset-password", "list")
    offices = configured_offices(settings) if setting else {}

    async def main() -> str:
        engine = create_engine(settings.database_url)
        try:
            return await _act(args, create_sessionmaker(engine), clock(), offices)
        finally:
            await engine.dispose()

    try:
        print(asyncio.run(main()))
    except accounts.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
