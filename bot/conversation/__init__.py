"""The conversation between a person and the advisors of their lead.

content.py is pure (what a message is, how it reads in the advisors' transcript,
when a person is in the middle of a question); log.py stores the conversation
log and queues each message for the outbox, which delivers it
(bot/outbox/plans.py); topics.py keeps a lead's forum topic in the advisor chat.
"""
