"""Migration 0018 on existing data: the bot's open questions about held messages get the
column for whom they are asked of (none for those stored before: anyone's); questions no
one can answer any more, stored before they were settled with their lead, go."""

from __future__ import annotations

from tests.migrated import migrated

LEIPZIG, DRESDEN = -1001000000003, -1001000000001

#: Three leads as revision 0017 stored them: #1 in its topic 10 of Leipzig's chat, #2
#: erased (its topic deleted), #3 handed over to Dresden (its card there, no topic yet).
ROWS = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, name_key, "
    "status, advisor_message_chat_id, advisor_message_id, topic_id, anonymized_at) VALUES "
    f"(1, 'business', '{{}}', 'leipzig', 'de', 'telegram', 'Ayşe', 'ayse', 'new', "
    f"{LEIPZIG}, 11, 10, NULL), "
    "(2, 'business', '{}', 'leipzig', 'de', 'telegram', NULL, NULL, 'closed', "
    "NULL, NULL, NULL, '2026-12-01 12:00:00.000000'), "
    f"(3, 'business', '{{}}', 'dresden', 'de', 'telegram', 'Omar', 'omar', 'new', "
    f"{DRESDEN}, 31, NULL, NULL)",
    # Lead #1's question in its topic, and one in a topic it had before (deleted by hand);
    # #2's and #3's in their old Leipzig topics.
    "INSERT INTO held_questions (id, lead_id, chat_id, thread_id, question_id, held_id) "
    f"VALUES (1, 1, {LEIPZIG}, 10, 101, 100), (2, 1, {LEIPZIG}, 9, 91, 90), "
    f"(3, 2, {LEIPZIG}, 20, 201, 200), (4, 3, {LEIPZIG}, 30, 301, 300)",
)
QUESTIONS = "SELECT id, asked_of FROM held_questions ORDER BY id"


async def test_questions_no_one_can_answer_go_and_the_rest_are_anyones(
    database_url: str,
) -> None:
    upgraded, columns = await migrated(database_url, "0017", ROWS, QUESTIONS, "held_questions")

    assert upgraded == [(1, None)]
    assert "asked_of" not in columns
