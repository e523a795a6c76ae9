"""Which press a webhook's response answers (bot.inbox.replies): only one whose request
still waits; any other is answered by a request of the bot's own."""

from __future__ import annotations

from bot.inbox.replies import WebhookReplies

ANSWER = {"method": "answerCallbackQuery", "callback_query_id": "cq7"}


def test_a_press_whose_request_waits_is_answered_by_its_response() -> None:
    replies = WebhookReplies()
    replies.open(7)
    assert replies.answer_press(7, "cq7") is True
    assert replies.close(7) == ANSWER
    assert replies.close(7) is None  # one response, one answer


def test_a_request_without_a_press_gets_a_plain_response() -> None:
    replies = WebhookReplies()
    replies.open(8)
    assert replies.close(8) is None


def test_a_press_handled_after_its_response_left_is_answered_by_the_bot() -> None:
    replies = WebhookReplies()
    replies.open(7)
    assert replies.close(7) is None  # stored first, queued, and Telegram answered
    assert replies.answer_press(7, "cq7") is False
    assert replies.answer_press(9, "cq9") is False  # a polled press: no request waits


def test_a_redelivery_while_the_first_waits_keeps_the_answer() -> None:
    replies = WebhookReplies()
    replies.open(7)
    assert replies.answer_press(7, "cq7") is True
    replies.open(7)  # Telegram posted the same update again
    assert replies.close(7) == ANSWER
