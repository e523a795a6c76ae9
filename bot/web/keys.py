"""The web's signing key when WEB_SECRET is not set: made once, kept in the database.

Without it every start signed with a new random key, and every web chat session (and
advisor's inbox login) ended at a restart. Frameworks keep a generated secret beside
their data for the same reason; the database is the bot's one place for lasting state
(SQLite or PostgreSQL alike, backed up with it).
"""

from __future__ import annotations

import secrets

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import repository

#: The stored key's name (server_keys.name).
WEB_KEY = "web"


async def stored_key(sessionmaker: async_sessionmaker[AsyncSession]) -> str:
    """The web's key from the database, made and stored at the first call."""
    async with sessionmaker() as session, session.begin():
        return await repository.server_key(session, WEB_KEY, secrets.token_hex(32))
