"""A webhook's response that carries a press's answer, which Telegram then makes for us.

Telegram lets the HTTP response to a webhook request name one Bot API method, which it
performs itself ("Making requests when getting updates" in the Bot API documentation);
its outcome is never reported back. ``answerCallbackQuery`` without a text only stops
the spinner on a pressed button and its outcome is never used, so a press that arrives
by webhook is answered that way instead of by a request of its own: one HTTPS request
to Telegram fewer per press, and the answer still leaves when the step is stored, since
that is when the webhook answers (bot.inbox.feed). A press that arrives by polling, or
after its webhook request was answered (an update stored before it is handled), is
answered by a request as before.
"""

from __future__ import annotations

from typing import Any


class WebhookReplies:
    """The webhook requests still waiting for their response, and the answer each carries."""

    def __init__(self) -> None:
        # update id -> the callback query id its response answers (None: nothing yet).
        self._waiting: dict[int, str | None] = {}

    def open(self, update_id: int) -> None:
        """The webhook's request with ``update_id`` waits for its response."""
        # A redelivery while the first delivery waits must not drop an answer left to it.
        self._waiting.setdefault(update_id, None)

    def answer_press(self, update_id: int, callback_query_id: str) -> bool:
        """Leave the answer to a press to its webhook response; False if there is none
        still waiting (polled, or answered already): then the caller answers it."""
        if update_id not in self._waiting:
            return False
        self._waiting[update_id] = callback_query_id
        return True

    def close(self, update_id: int) -> dict[str, Any] | None:
        """The response's body for ``update_id``: a Bot API method, or None for a plain 200."""
        query_id = self._waiting.pop(update_id, None)
        if query_id is None:
            return None
        return {"method": "answerCallbackQuery", "callback_query_id": query_id}
