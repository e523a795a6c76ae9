"""The erasure journal: every erasure at a person's wish (/delete, the web chat's, an
advisor's /loeschen or the inbox's), kept outside the database, so that a backup restored
in place does not bring the erased people back (bot.privacy.restored re-applies them at
start).

A line holds internal ids only (the users row, the leads, the channel) and the time: no
name, number, Telegram or web id of the person. An advisor's erasure at the person's
request adds the id the audit trail names that advisor by and where it was made (never a
name), so that its re-application still says who asked for it; a line without them is a
person's own erasure, or one written before they were kept. It lives beside the SQLite
file (``kausa.db.erasures``) or where ``ERASURE_JOURNAL`` says, readable by its owner only,
and is not in a backup.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.config import ConfigError
from bot.ops.private_file import PRIVATE
from db.session import normalize_url, sqlite_file_path

log = logging.getLogger(__name__)

#: Each engine's journal (set once by bot.app): an erasure's session finds it through its
#: bind, whether the sessionmaker made it or a step's own transaction (db.direct).
_JOURNALS: WeakKeyDictionary[Engine, Path] = WeakKeyDictionary()


@dataclass(frozen=True)
class Entry:
    """One erasure: when, the users row (None: a lead stored without its person), its
    channel, the leads it reached, and for an advisor's at the person's request the
    advisor's audit id (``by``) and where (``via``: "inbox", "telegram")."""

    at: datetime
    user: int | None
    channel: str | None
    leads: tuple[int, ...]
    by: int | None = None
    via: str | None = None

    def line(self) -> str:
        data = {"at": self.at.isoformat(), "user": self.user, "channel": self.channel}
        # Only where there is an advisor: a person's own line stays as it always was.
        advisor = {"by": self.by, "via": self.via} if self.by is not None else {}
        return json.dumps({**data, "leads": list(self.leads), **advisor}) + "\n"


def path_for(database_url: str, setting: Path | None) -> Path | None:
    """The journal's file: ``setting``, else beside a SQLite file; None (no journal) for
    PostgreSQL without the setting, and for an in-memory database."""
    if setting is not None:
        return setting
    database = sqlite_file_path(normalize_url(database_url))
    return database.with_name(database.name + ".erasures") if database else None


def keep(engine: AsyncEngine, path: Path | None) -> None:
    """Journal every erasure made on ``engine`` in ``path`` (None: none)."""
    if path is not None:
        _JOURNALS[engine.sync_engine] = path


def _journal_of(session: AsyncSession) -> Path | None:
    bind = session.sync_session.get_bind()
    return _JOURNALS.get(bind.engine if isinstance(bind, Connection) else bind)


def note(session: AsyncSession, entry: Entry) -> None:
    """Append ``entry`` to the session's journal, if it has one.

    Written before the erasure commits: a line for an erasure that then failed names
    someone who asked to be erased, and the next start completes what they asked."""
    path = _journal_of(session)
    if path is not None:
        append(path, entry)


def prepare(path: Path) -> None:
    """The journal made ready at start, the owner's only: a file the bot cannot write is
    said then, naming the setting, not at a person's /delete (which it would fail)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE)
        try:
            os.fchmod(descriptor, PRIVATE)
        finally:
            os.close(descriptor)
    except OSError as exc:
        raise ConfigError(
            f"cannot write the erasure journal {path}: {exc.strerror or exc}; set "
            "ERASURE_JOURNAL to a file the bot may write (docs/operations.md, 'Restore')"
        ) from None


def append(path: Path, entry: Entry) -> None:
    """One line added to the journal, on disk before the erasure is told done."""
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE)
    try:
        os.write(descriptor, entry.line().encode())
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def parse(lines: Iterable[str]) -> list[Entry]:
    """The journal's entries; a line cut short (a crash while it was written) is skipped."""
    entries = []
    for line in lines:
        try:
            data = json.loads(line)
            entries.append(
                Entry(
                    at=datetime.fromisoformat(data["at"]),
                    user=data["user"],
                    channel=data["channel"],
                    leads=tuple(int(lead) for lead in data["leads"]),
                    # Absent from a person's own erasure and from lines written before.
                    by=int(data["by"]) if data.get("by") is not None else None,
                    via=str(data["via"]) if data.get("via") is not None else None,
                )
            )
        except (ValueError, KeyError, TypeError):
            log.warning("erasure journal: an unreadable line skipped")
    return entries


def read(path: Path) -> list[Entry]:
    """The entries of the journal at ``path`` (none while there is no file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return parse(line for line in text.splitlines() if line.strip())


def current(entries: Sequence[Entry], now: datetime, backup_days: int) -> list[Entry]:
    """The entries a backup may still undo: no backup is older than ``backup_days``."""
    return [entry for entry in entries if entry.at >= now - timedelta(days=backup_days)]


def drop_outdated(path: Path, now: datetime, backup_days: int) -> int:
    """Drop the lines of the journal at ``path`` that no kept backup can undo any more;
    how many. Synchronous on purpose: run in the bot's event loop, no erasure's
    :func:`append` can come between the reading and the renaming and be lost."""
    entries = read(path)
    kept = current(entries, now, backup_days)
    if len(kept) < len(entries):
        rewrite(path, kept)
    return len(entries) - len(kept)


def rewrite(path: Path, entries: Sequence[Entry]) -> None:
    """The journal replaced by ``entries`` (written aside, then renamed into place)."""
    aside = path.with_name(path.name + ".new")
    descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    try:
        os.fchmod(descriptor, PRIVATE)  # one a killed rewrite left keeps no other mode
        os.write(descriptor, "".join(entry.line() for entry in entries).encode())
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(aside, path)
