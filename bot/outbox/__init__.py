"""The outbox: delivering what the bot owes advisors and people, and every Bot API call."""
