"""Command line: ``python -m bot run | chat | db upgrade | i18n ...``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.config import ConfigError, Settings, load_settings
from bot.i18n import LANGUAGES, compile_catalogs
from bot.logs import configure_logging


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="KAUSA first-contact bot")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the Telegram bot (long polling)")
    chat = commands.add_parser("chat", help="try the dialogues in this terminal")
    chat.add_argument("--lang", choices=LANGUAGES, help="dialogue language")
    chat.add_argument("--user", default="local", help="who you are in the database")
    db = commands.add_parser("db", help="database schema")
    db.add_argument("action", choices=["upgrade"])
    i18n = commands.add_parser("i18n", help="translation catalogs")
    i18n.add_argument("action", choices=["compile", "check"])
    return parser


def _migrate(settings: Settings) -> None:
    from db.migrate import upgrade_sync

    upgrade_sync(settings.database_url)


def _run(settings: Settings) -> int:
    from bot.app import build_application

    settings.token()  # fail fast with a one-line error before touching anything
    _migrate(settings)
    compile_catalogs()
    application = build_application(settings)
    application.run_polling(allowed_updates=None, drop_pending_updates=False)
    return 0


async def _chat(settings: Settings, user: str, lang: str | None) -> None:
    from bot.app import open_runtime
    from bot.cli_chat import chat

    runtime = open_runtime(settings)
    try:
        await chat(runtime.dialogue, user=user, lang=lang)
    finally:
        await runtime.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        if args.command == "run":
            configure_logging(settings.log_level)
            return _run(settings)
        if args.command == "chat":
            configure_logging(logging.WARNING)
            _migrate(settings)
            compile_catalogs()
            asyncio.run(_chat(settings, args.user, args.lang))
            return 0
        if args.command == "db":
            _migrate(settings)
            print("database is up to date")
            return 0
        if args.command == "i18n":
            if args.action == "compile":
                for path in compile_catalogs():
                    print(f"compiled {path}")
                return 0
            from bot.i18n_check import main as check

            return check()
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
