"""Migration 0016 on existing data: the messages of a lead handed over before get the
office they were written from, by the hand-over's audit event; the way back drops it."""

from __future__ import annotations

from tests.migrated import migrated

#: A Leipzig lead handed over to Dresden at noon, as revision 0015 stored it: Anna of
#: Leipzig wrote before, Bernd of Dresden after; the person's words have no office.
ROWS = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, name_key, status) "
    "VALUES (1, 'business', '{}', 'dresden', 'de', 'web', 'Ayşe', 'ayse', 'new')",
    "INSERT INTO audit_events (id, lead_id, action, detail, created_at) VALUES "
    '(1, 1, \'handed_over\', \'{"from": "leipzig", "to": "dresden"}\', '
    "'2026-12-01 12:00:00.000000')",
    "INSERT INTO messages (id, lead_id, direction, channel, kind, text, advisor_name, "
    "origin, created_at) VALUES "
    "(1, 1, 'to_person', 'web', 'text', 'Guten Tag', 'Anna Schmidt', 'inbox', "
    "'2026-12-01 11:00:00.000000'), "
    "(2, 1, 'from_person', 'web', 'text', 'Ich wohne in Pirna', NULL, 'web', "
    "'2026-12-01 11:30:00.000000'), "
    "(3, 1, 'to_person', 'web', 'text', 'Hier Dresden', 'Bernd Weber', 'inbox', "
    "'2026-12-01 13:00:00.000000')",
)
OFFICES = "SELECT advisor_office FROM messages ORDER BY id"


async def test_messages_from_before_a_hand_over_keep_the_first_office(database_url: str) -> None:
    upgraded, columns = await migrated(database_url, "0015", ROWS, OFFICES, "messages")

    # Bernd's message and the person's keep none: read as the lead's office, Dresden.
    assert upgraded == [("leipzig",), (None,), (None,)]
    assert "advisor_office" not in columns
