"""Command line: ``python -m bot run [--webhook] | web | chat | db | i18n | backup | purge |
export | advisors``."""

from __future__ import annotations

import argparse
import asyncio
import errno
import logging
import re
import sys
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from telegram.error import InvalidToken, NetworkError

from bot.config import ConfigError, Settings, load_settings
from bot.i18n import LANGUAGES, compile_catalogs

if TYPE_CHECKING:
    from bot.services import Services
from bot.ops.logs import configure_logging
from bot.routing import OFFICE_KEYS

T = TypeVar("T")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="KAUSA first-contact bot")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the Telegram bot (long polling by default)")
    run.add_argument(
        "--webhook",
        action="store_true",
        help="receive updates by webhook (WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_LISTEN/PORT)",
    )
    commands.add_parser(
        "web", help="serve only the web chat (WEB_LISTEN/WEB_PORT), no Telegram token needed"
    )
    chat = commands.add_parser("chat", help="try the dialogues in this terminal")
    chat.add_argument("--lang", choices=LANGUAGES, help="dialogue language")
    chat.add_argument("--user", default="local", help="who you are in the database")
    db = commands.add_parser("db", help="database schema")
    db.add_argument(
        "action",
        choices=["upgrade"],
        help="upgrade: create or migrate the tables (run and web also do it at start)",
    )
    i18n = commands.add_parser("i18n", help="translation catalogs")
    i18n.add_argument(
        "action",
        choices=["compile", "check"],
        help="compile: build the .mo files from locales/*/LC_MESSAGES/messages.po; "
        "check: are all six catalogs complete and usable (missing or fuzzy texts, "
        "placeholders, button lengths)",
    )
    backup = commands.add_parser(
        "backup",
        help="copy the live SQLite database to FILE (for PostgreSQL use pg_dump)",
        description="Copy the live SQLite database to FILE, readable by its owner only; "
        "for PostgreSQL use pg_dump (docs/operations.md).",
    )
    backup.add_argument("file", help="where to write the copy (must not exist)")
    purge = commands.add_parser(
        "purge", help="remove personal data older than RETENTION_DAYS (also runs daily)"
    )
    purge.add_argument("--dry-run", action="store_true", help="only show what would be removed")
    export = commands.add_parser(
        "export", help="write leads with their answers and status history (CSV or XLSX)"
    )
    export.add_argument(
        "--since", type=_date, help="only leads received on or after this day (YYYY-MM-DD)"
    )
    export.add_argument("--office", choices=OFFICE_KEYS, help="only this office's leads")
    export.add_argument(
        "--format", choices=("csv", "xlsx"), default="csv", dest="fmt", help="csv (default) or xlsx"
    )
    export.add_argument(
        "--output", help="file to write (default: a descriptive name here; - for stdout)"
    )
    from bot.desk import cli as advisors

    advisors.add_parser(commands)
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a date like 2026-01-01") from None


def unreachable_telegram(error: NetworkError, settings: Settings) -> str:
    """One line for a Bot API that does not answer at start; never the token."""
    from urllib.parse import urlsplit

    reason = str(error)
    if settings.telegram_bot_token is not None:
        reason = reason.replace(settings.telegram_bot_token.get_secret_value(), "<token>")
    host = urlsplit(settings.telegram_base_url).netloc or settings.telegram_base_url
    return (
        f"cannot reach the Telegram Bot API at {host} ({reason}): check that this server "
        "may open HTTPS connections to it (firewall, proxy, DNS) and TELEGRAM_BASE_URL"
    )


def port_in_use(error: OSError, settings: Settings) -> str:
    """One line for a port another program holds, naming the setting that chose it."""
    ports = {
        "WEB_PORT": settings.web_port,
        "WEBHOOK_PORT": settings.webhook_port,
        "HEALTH_PORT": settings.health_port,
    }
    # The servers' message names the address: "... on address ('127.0.0.1', 8080): ...".
    address = re.search(r"address \('([^']*)', (\d+)\)", str(error))
    if address is None:
        return (
            f"cannot listen ({error.strerror or error}): stop the program that holds the "
            f"port, or choose another {' or '.join(ports)}"
        )
    host, port = address.group(1), int(address.group(2))
    which = " or ".join(name for name, each in ports.items() if each == port) or "port"
    return (
        f"cannot listen on {host}:{port} ({which}): another program holds that port; "
        f"stop it, or choose another {which}"
    )


def shared_port(settings: Settings, *, webhook: bool) -> str | None:
    """One line when two of the servers `run` starts are given the same port, else None.

    Each took it in turn and the second failed with "another program holds that port",
    which sent the operator looking for a program that was the bot itself."""
    ports = {
        "WEB_PORT": settings.web_port if settings.web_enabled else None,
        "WEBHOOK_PORT": settings.webhook_port if webhook else None,
        "HEALTH_PORT": settings.health_port,
    }
    given = [(name, port) for name, port in ports.items() if port]
    for at, (first, port) in enumerate(given):
        for second, other in given[at + 1 :]:
            if port == other:
                return (
                    f"{first} and {second} are both {port}: the bot serves each on a port of "
                    f"its own; choose another {second}"
                )
    return None


def _compile() -> list[Path]:
    """The catalogs compiled where a .po is newer, or a ConfigError saying how to fix it."""
    try:
        return compile_catalogs()
    except OSError as exc:
        # The unit file keeps the checkout read-only: after an update whose catalogs were
        # not compiled by hand, the start failed with a traceback from inside Babel.
        where = exc.filename or "locales/"
        raise ConfigError(
            f"cannot write the compiled translations ({where}: {exc.strerror or exc}): "
            "after every update of the code run `.venv/bin/python -m bot i18n compile` "
            "as the owner of the checkout (docs/operations.md, 'Install')"
        ) from None


def _warn_unready(services: Services) -> None:
    """Log what the configuration still lacks for going live (bot.ops.readiness)."""
    from bot.ops.readiness import missing_for_live

    settings = services.settings
    smtp = settings.smtp_host is not None
    reachable = bool(settings.privacy_contact.strip() or settings.privacy_policy_url.strip())
    unnamed = (
        settings.database_url.startswith("postgresql")
        and "backup_days" not in settings.model_fields_set
        and not settings.privacy_policy_url
    )
    lines = missing_for_live(
        services.offices, smtp=smtp, privacy_reachable=reachable, backups_unnamed=unnamed
    )
    for line in lines:
        logging.getLogger("bot").warning("%s", line)


def _migrate(settings: Settings) -> None:
    from bot.ops.database_open import opening
    from db.migrate import upgrade_sync

    # Every command that touches the database migrates first: its errors are the
    # operator's first sight of a mistyped DATABASE_URL.
    with opening(settings.database_url):
        upgrade_sync(settings.database_url)


def _run(settings: Settings, *, webhook: bool = False) -> int:
    from bot.app import build_application, build_services
    from bot.ops.database_open import opening
    from bot.ops.errors import guard_token
    from bot.ops.outage import wait_for_database
    from bot.ops.runner import run, start_polling
    from bot.ops.webhook import run_webhook, webhook_options

    guard_token(settings.token())  # fails fast with a one-line error before touching anything
    options = webhook_options(settings) if webhook else None
    shared = shared_port(settings, webhook=webhook)
    if shared is not None:
        raise ConfigError(shared)
    # PostgreSQL may still be starting (a reboot): wait for it rather than exit.
    health = (settings.health_listen, settings.health_port) if settings.health_port else None
    with opening(settings.database_url):
        asyncio.run(wait_for_database(settings.database_url, health=health))
    _migrate(settings)
    _compile()
    services = build_services(settings)
    _warn_unready(services)
    application = build_application(services)
    # Both run_* stop on SIGTERM/SIGINT: no new updates are taken, the ones in progress
    # finish (Application.stop waits for them), then post_shutdown closes the database.
    if options is not None:
        run_webhook(application, options)
    else:
        if settings.webhook_url:
            logging.getLogger("bot").warning(
                "WEBHOOK_URL is set but ignored: long polling removes the webhook "
                "(use `run --webhook`)"
            )
        run(application, start_polling)
    # Not 0 when the bot stopped itself (bot.ops.instance: another process polls).
    return services.exit_code


def _backup(settings: Settings, file: str, clock: Callable[[], datetime]) -> int:
    from bot.ops import backup_trail
    from bot.ops.backup import backup_sqlite
    from bot.ops.database_open import opening, require_existing
    from bot.ops.operator import operator
    from db.session import create_engine, create_sessionmaker

    require_existing(settings.database_url)

    async def in_the_trail(write: Callable[[backup_trail.Sessions], Awaitable[T]]) -> T:
        engine = create_engine(settings.database_url)
        try:
            return await write(create_sessionmaker(engine))
        finally:
            await engine.dispose()

    # A copy of every person's data, like an export: the trail says who took it and where
    # it went, from before the copy begins (bot.ops.backup_trail). A refused backup copied
    # nothing and is not recorded.
    recorded: list[int] = []

    def started(target: Path) -> None:
        by = operator()
        row = in_the_trail(
            lambda sessions: backup_trail.begun(sessions, target, now=clock(), by=by)
        )
        recorded.append(asyncio.run(row))

    with opening(settings.database_url):  # a file that is no SQLite database: one line
        backup = backup_sqlite(settings.database_url, Path(file), now=clock(), started=started)
    asyncio.run(
        in_the_trail(lambda sessions: backup_trail.finished(sessions, recorded[0], backup.leads))
    )
    print(f"backup written to {backup.path} ({backup.size} bytes, {backup.leads} leads)")
    return 0


def _purge(settings: Settings, dry_run: bool, clock: Callable[[], datetime]) -> int:
    from bot.ops.database_open import require_existing
    from bot.privacy.retention import run
    from db.session import create_engine, create_sessionmaker

    require_existing(settings.database_url)
    _migrate(settings)

    async def purge() -> str:
        engine = create_engine(settings.database_url)
        try:
            result = await run(
                create_sessionmaker(engine),
                settings.retention_days,
                now=clock(),
                dry_run=dry_run,
                audit_days=settings.audit_days,
                backup_days=settings.backup_days,
            )
        finally:
            await engine.dispose()
        return result.describe(dry_run=dry_run)

    print(
        f"retention: {settings.retention_days} days after a request is closed, "
        "or after the last activity on an open one"
    )
    print(asyncio.run(purge()))
    return 0


def _export(
    settings: Settings,
    since: date | None,
    office: str | None,
    fmt: str,
    output: str | None,
    clock: Callable[[], datetime],
) -> int:
    from bot.advisor import export
    from bot.offices import configured_offices
    from bot.ops.database_open import require_existing
    from bot.ops.operator import operator
    from bot.ops.private_file import followed, open_private
    from db.session import create_engine, create_sessionmaker

    if output == "-" and fmt == "xlsx" and sys.stdout.isatty():
        # Said before the export is read and audited: the file would be binary noise.
        raise ConfigError(
            "an XLSX file cannot be shown on a terminal: write it to a file with "
            "--output leads.xlsx, or send it into one (--output - > leads.xlsx)"
        )
    require_existing(settings.database_url)
    _migrate(settings)
    now = clock()

    async def collect(file: Path | None = None) -> tuple[bytes, int]:
        engine = create_engine(settings.database_url)
        try:
            return await export.export(
                create_sessionmaker(engine),
                fmt=fmt,
                since=since,
                offices=[office] if office else None,
                tz=settings.timezone,
                now=now,
                cities={key: o.city for key, o in configured_offices(settings).items()},
                by=operator(),
                file=file,
            )
        finally:
            await engine.dispose()

    if output == "-":
        from bot.ops.redirected import output_file

        # Sent into a file (`> leads.xlsx`), it is one on the server: audited by its name.
        content, _count = asyncio.run(collect(output_file(sys.stdout)))
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return 0
    path = Path(output or export.filename(fmt, office, since, now))
    # Opened first: a wrong --output is told before the export is read and audited.
    with open_private(path, now=now) as target:
        # Where it is written (a link's file), audited: the purge sweeps that directory.
        content, count = asyncio.run(collect(followed(path).absolute()))
        target.write(content)
    print(f"wrote {count} lead(s) to {path}")
    return 0


async def _web(settings: Settings) -> None:
    """Serve the web side until SIGINT or SIGTERM, delivering the outbox's web and e-mail
    rows; Telegram's wait for `run`.

    Like `run`, it waits while another bot process serves the same database.
    """
    import signal

    from bot import town_scripts
    from bot.app import build_services, reapply_erasures, start_web, stop_web
    from bot.ops import heap
    from bot.ops.instance import InstanceLock

    services = build_services(settings)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, stopped.set)
    try:
        # One bot process per database, whichever command runs it: the web chat's memory
        # of its sessions (bot.web.known) and of people without a lead rely on it.
        services.instance_lock = InstanceLock(services.engine)
        await services.instance_lock.acquire()
        await reapply_erasures(services)
        await start_web(services)
        # As `run` does after its start-up (bot.app's post_init): the town indexes built
        # before the first town is written, then no long collector pauses.
        await asyncio.to_thread(town_scripts.build_indexes)
        heap.settle_after_startup()
        _warn_unready(services)  # as `run` does: the web chat shows the same notice and offices
        print(
            f"web chat on http://{settings.web_listen}:{settings.web_port}/chat (Ctrl-C ends it)",
            flush=True,
        )
        await _deliver_to_the_web(services, stopped)
    finally:
        await stop_web(services)
        await services.close()


async def _deliver_to_the_web(services: Services, stopped: asyncio.Event) -> None:
    """`web`'s outbox, until ``stopped``: advisors' answers from the inbox reach the web
    chat, and e-mail notices go out, every few seconds and at once after an advisor's
    action. Telegram's rows (leads for the groups) wait for `run`, which has the token.
    The nightly retention runs here too, as in `run`."""
    from telegram import Bot

    from bot.advisor import erasure_warning
    from bot.outbox import worker
    from bot.privacy import retention
    from db.vocabulary import OutboxTarget

    services.outbox.targets = frozenset({OutboxTarget.WEB, OutboxTarget.EMAIL})
    kicked = asyncio.Event()
    services.kick_outbox = kicked.set
    # `run` schedules the retention in its JobQueue; without it a web chat served alone
    # kept personal data past RETENTION_DAYS.
    night = retention.Nightly(services.settings.timezone, services.clock())
    settings = services.settings
    # `run`'s reminder job warns two weeks before an idle request is erased; without it
    # the web inbox never showed the notice. Looked for once a minute, as there.
    warned_at: datetime | None = None
    while not stopped.is_set():
        kicked.clear()
        if night.due(services.clock()):
            try:
                await retention.nightly(services)
            except Exception:
                logging.getLogger(__name__).exception("the nightly retention run failed")
        now = services.clock()
        if warned_at is None or now - warned_at >= timedelta(seconds=WEB_WARNING_SECONDS):
            warned_at = now
            try:
                await erasure_warning.warn_before_erasure(
                    services.sessionmaker,
                    now,
                    retention_days=settings.retention_days,
                    tz=settings.timezone,
                    telegram=False,
                    # An office's mailbox (it gets every new request) hears of it too.
                    advisors=services.advisors,
                    smtp=bool(settings.smtp_host),
                )
            except Exception:
                logging.getLogger(__name__).exception("the erasure notice run failed")
        try:
            # No Bot API here (no token): the web's and the mail's planners use none.
            no_bot = cast("Bot", None)
            await worker.deliver_due(
                services.sessionmaker, no_bot, services.clock(), services.outbox
            )
        except Exception:
            logging.getLogger(__name__).exception("the web outbox run failed")
        waits = [asyncio.ensure_future(e.wait()) for e in (stopped, kicked)]
        await asyncio.wait(waits, timeout=WEB_OUTBOX_SECONDS, return_when=asyncio.FIRST_COMPLETED)
        for waiting in waits:
            waiting.cancel()


#: How often `web` looks for answers to deliver, besides the kick of an advisor's action.
WEB_OUTBOX_SECONDS = 3.0
#: How often `web` looks for requests to warn of before their erasure (as `run` does).
WEB_WARNING_SECONDS = 60.0


async def _chat(settings: Settings, user: str, lang: str | None) -> None:
    from bot.app import build_services
    from bot.terminal import chat

    services = build_services(settings)
    # No outbox worker runs here: `python -m bot run` delivers the leads stored in this chat.
    try:
        await chat(services.dialogue, user=user, lang=lang)
    finally:
        await services.close()


def main(argv: list[str] | None = None, *, clock: Callable[[], datetime] | None = None) -> int:
    """Entry point; returns the process exit code. ``clock`` is "now" for purge, export
    and backup."""
    args = _parser().parse_args(argv)
    if clock is None:
        # Imported here: the database layer is not needed to compile catalogs or print help.
        from db.models import utcnow

        clock = utcnow
    settings: Settings | None = None
    try:
        settings = load_settings()
        if args.command == "run":
            configure_logging(settings.log_level)
            return _run(settings, webhook=args.webhook)
        if args.command == "backup":
            return _backup(settings, args.file, clock)
        if args.command == "purge":
            configure_logging(logging.WARNING)
            return _purge(settings, args.dry_run, clock)
        if args.command == "export":
            configure_logging(logging.WARNING)
            return _export(settings, args.since, args.office, args.fmt, args.output, clock)
        if args.command == "advisors":
            from bot.desk import cli as advisors
            from bot.ops.database_open import require_existing

            configure_logging(logging.WARNING)
            # An account in a database the bot does not use is one nobody can log in with.
            require_existing(settings.database_url)
            _migrate(settings)
            return advisors.run(settings, args, clock)
        if args.command == "web":
            configure_logging(settings.log_level)
            _migrate(settings)
            _compile()
            asyncio.run(_web(settings))
            return 0
        if args.command == "chat":
            configure_logging(logging.WARNING)
            _migrate(settings)
            _compile()
            asyncio.run(_chat(settings, args.user, args.lang))
            return 0
        if args.command == "db":
            _migrate(settings)
            print("database is up to date")
            return 0
        if args.command == "i18n":
            if args.action == "compile":
                for path in _compile():
                    print(f"compiled {path}")
                return 0
            from bot.ops.i18n_check import main as check

            return check(clock().date())
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except InvalidToken:
        # The library's message and traceback hold the token: one line of our own instead.
        print(
            "error: Telegram rejected the bot token (getMe answered 401 or 404): "
            "check TELEGRAM_BOT_TOKEN and TELEGRAM_BASE_URL",
            file=sys.stderr,
        )
        return 2
    except NetworkError as exc:
        # Raised only at start (getMe, setWebhook); later the library retries by itself.
        # Exit 1, not 2: the unit file restarts the bot, the network may come back.
        assert settings is not None  # raised after the settings were read
        print(f"error: {unreachable_telegram(exc, settings)}", file=sys.stderr)
        return 1
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE or settings is None:
            raise
        print(f"error: {port_in_use(exc, settings)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
