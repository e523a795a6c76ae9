"""What of an outbox row's payload outlives the erasure of its lead's personal data.

A payload names advisors (who took the request, who wrote to the person, who handed it
over) and carries the bot's notices about the lead, the erasure warning mentioning its
advisor; after /delete or the retention purge they stayed for good, beside the lead's
number. The ids and offices beside them are no one's data, and some are still read (the
inbox's "nicht zugestellt" reads a message id; a hand-over's card needs its chat).
"""

from __future__ import annotations

from typing import Any

#: The keys an erased lead's rows keep: ids, offices, numbers and flags. A kept list, not
#: a removed one: a key added later is dropped until it is known to name no one.
KEPT = frozenset(
    {
        "message",
        "edit_of",
        "chat",
        "topic",
        "office",
        "from",
        "to",
        "hours",
        "topic_open",
        "crossed",
    }
)


def impersonal(payload: dict[str, Any] | None) -> dict[str, Any]:
    """``payload`` without the names and words it carried."""
    return {key: value for key, value in (payload or {}).items() if key in KEPT}
