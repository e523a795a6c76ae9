"""The durable inbox, the mirror of the outbox: no update is acknowledged before it is stored.

store.py keeps the ``inbound_updates`` rows (receive, finish, what still waits);
feed.py puts python-telegram-bot on top of them: the update queue that stores
before it queues, the application that marks an update done once handled, and
the recovery that replays waiting updates and sends owed replies at start.
polling.py parses each polled update once and stores the batch before the Updater sees it.
lean.py drops the keyboards of the bot's own messages from an update before it is parsed.
replies.py lets a webhook's response answer a press, which Telegram then does for us.
"""
