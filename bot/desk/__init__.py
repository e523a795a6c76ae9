"""The advisors' web inbox at /inbox: accounts, sessions, pages over the shared advisor actions.

Not to be confused with :mod:`bot.inbox`, the durable inbox of Telegram updates.
"""
