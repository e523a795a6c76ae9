"""The office an advisor's message was written from, on the message: a message written
before the lead was handed over to another office, and delivered (or read again in the
web chat) after, was signed with the new office's name.

Messages of leads handed over are given the office they were written from by the
hand-over audit events: the first office a later hand-over took the lead from. The rest
keep none, which reads as the lead's office, where they were written.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 19:30:00

"""

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _written_from(moves: list[tuple[datetime, str]], written: datetime) -> str | None:
    """The office a message written at ``written`` came from: the one the first later
    hand-over took the lead from (None: after the last one, the lead's own)."""
    return next((office for moved, office in moves if written < moved), None)


def _fill() -> None:
    audit = sa.table(
        "audit_events",
        sa.column("lead_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("detail", sa.Text),
        sa.column("created_at", sa.DateTime),
    )
    messages = sa.table(
        "messages",
        sa.column("id", sa.Integer),
        sa.column("lead_id", sa.Integer),
        sa.column("advisor_name", sa.String),
        sa.column("advisor_office", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    bind = op.get_bind()
    events = bind.execute(
        sa.select(audit.c.lead_id, audit.c.detail, audit.c.created_at)
        .where(audit.c.action == "handed_over", audit.c.lead_id.is_not(None))
        .order_by(audit.c.created_at)
    )
    moves: dict[int, list[tuple[datetime, str]]] = {}
    for lead_id, detail, moved in events.all():
        # Read as text on both databases (PostgreSQL's json comes back as a string here).
        found: Any = json.loads(detail) if isinstance(detail, str) else detail
        if isinstance(found, dict) and found.get("from"):
            moves.setdefault(lead_id, []).append((moved, str(found["from"])))
    if not moves:
        return
    rows = bind.execute(
        sa.select(messages.c.id, messages.c.lead_id, messages.c.created_at).where(
            messages.c.lead_id.in_(list(moves)), messages.c.advisor_name.is_not(None)
        )
    )
    offices = [
        {"message": message_id, "office": office}
        for message_id, lead_id, written in rows.all()
        if (office := _written_from(moves[lead_id], written)) is not None
    ]
    if offices:
        bind.execute(
            sa.update(messages)
            .where(messages.c.id == sa.bindparam("message"))
            .values(advisor_office=sa.bindparam("office")),
            offices,
        )


def upgrade() -> None:
    """Upgrade schema, and give the messages of handed-over leads their office."""
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("advisor_office", sa.String(length=16), nullable=True))
    _fill()


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("advisor_office")
