"""Peers of the bot on the same harness (bench/README.md, "Peers").

Each peer runs the same dialogue engine, renders the same screens and makes the
same Bot API calls as the bot; only where a step's state is kept differs, so the
comparison shows what the bot's storage design costs or saves:

* :mod:`bench.peers.naive`: the bot with its group commit replaced by one ORM
  transaction per step, written the obvious way;
* :mod:`bench.peers.pickled`: python-telegram-bot's idiom, a ConversationHandler
  with the state in ``context.user_data`` and a PicklePersistence, flushed on its
  default 60 s timer (not durable) or after every update (durable).
"""
