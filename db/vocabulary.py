"""The words stored in the database, named once: lead statuses, outbox kinds, audit actions.

Each enum is a ``StrEnum`` whose values are exactly the strings already stored,
so a member compares equal to the stored text and no migration is needed. A
typo in a member name fails at import or under mypy, where a typo in a string
literal would fail silently at run time.
"""

from __future__ import annotations

from enum import StrEnum


class LeadStatus(StrEnum):
    """Where a lead stands in the advisors' work."""

    NEW = "new"
    CLAIMED = "claimed"
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    DONE = "done"
    WITHDRAWN = "withdrawn"
    #: Left without work for RETENTION_DAYS and erased (bot.privacy.idle): no one can act
    #: on it any more, so it is no longer open, and neither done nor withdrawn.
    EXPIRED = "expired"


#: Someone still has to act: the person is waiting for KAUSA.
OPEN_STATUSES: tuple[LeadStatus, ...] = (
    LeadStatus.NEW,
    LeadStatus.CLAIMED,
    LeadStatus.REACHED,
    LeadStatus.NOT_REACHED,
)
#: Finished: retention runs from the moment a lead entered one of these.
CLOSED_STATUSES: tuple[LeadStatus, ...] = (
    LeadStatus.DONE,
    LeadStatus.WITHDRAWN,
    LeadStatus.EXPIRED,
)
#: Open and taken by an advisor.
WORKING_STATUSES: tuple[LeadStatus, ...] = tuple(s for s in OPEN_STATUSES if s != LeadStatus.NEW)


class OutboxKind(StrEnum):
    """What an outbox row delivers."""

    LEAD_NEW = "lead_new"
    LEAD_WITHDRAWN = "lead_withdrawn"
    LEAD_REFRESH = "lead_refresh"
    LEAD_REMINDER = "lead_reminder"
    CLAIM_REMINDER = "claim_reminder"
    GROUP_NOTICE = "group_notice"
    RELAY_TO_GROUP = "relay_to_group"
    PERSON_CLAIMED = "person_claimed"
    RELAY_TO_PERSON = "relay_to_person"
    #: A logged message of the person (any kind), copied to the lead's advisor chat or topic.
    MESSAGE_TO_ADVISORS = "message_to_advisors"
    #: A logged advisor message (text, photo, document ...), copied to the person.
    MESSAGE_TO_PERSON = "message_to_person"
    #: "You have a new message from KAUSA" by e-mail to a web person: never the message itself.
    PERSON_MAIL_NOTICE = "person_mail_notice"
    #: /delete or retention: remove every copy of the lead's data from the advisor chats.
    GROUP_ERASE = "group_erase"
    #: A lead handed over to another office: its card in the old office's chat says so
    #: (and loses the person's data and the buttons); the payload names chat and message.
    LEAD_HANDED_OVER = "lead_handed_over"
    #: "Your request is now with the office in ...", to the person.
    PERSON_HANDED_OVER = "person_handed_over"


#: Kinds that write into the person's chat; the rest go to the advisor group (or e-mail).
PERSON_KINDS: tuple[OutboxKind, ...] = (
    OutboxKind.PERSON_CLAIMED,
    OutboxKind.PERSON_HANDED_OVER,
    OutboxKind.RELAY_TO_PERSON,
    OutboxKind.MESSAGE_TO_PERSON,
)
#: Messages passed between an advisor and the person, remembered for replies.
RELAY_KINDS: tuple[OutboxKind, ...] = (OutboxKind.RELAY_TO_PERSON, OutboxKind.RELAY_TO_GROUP)


class OutboxTarget(StrEnum):
    """Where an outbox row goes."""

    TELEGRAM = "telegram"
    EMAIL = "email"
    #: A person in the web chat (bot/outbox/web.py).
    WEB = "web"


class OutboxStatus(StrEnum):
    """How far an outbox row got."""

    PENDING = "pending"
    SENT = "sent"
    CANCELLED = "cancelled"
    FAILED = "failed"


class AuditAction(StrEnum):
    """What the audit trail records about a lead, a login or an inbox account (never
    personal data of a person)."""

    ANNOUNCED = "announced"
    CLAIMED = "claimed"
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    DONE = "done"
    RELEASED = "released"
    #: A lead closed as done, opened again (by the advisor who then works on it).
    REOPENED = "reopened"
    #: Given to another office (the detail names both; the lead is new there).
    HANDED_OVER = "handed_over"
    READ = "read"
    #: A person's photo, voice message, video or file opened in the web inbox.
    MEDIUM = "medium"
    EXPORT = "export"
    #: A copy of the whole database (``python -m bot backup``), under the server's user.
    BACKUP = "backup"
    REMINDED_UNCLAIMED = "reminded_unclaimed"
    REMINDED_CLAIMED = "reminded_claimed"
    RELAYED_TO_PERSON = "relayed_to_person"
    RELAYED_FROM_PERSON = "relayed_from_person"
    ERASED = "erased"
    PURGED = "purged"
    #: An erasure at the person's wish done again at start: a backup restored since had
    #: brought their data back (bot.privacy.restored; the detail says when it was first done).
    ERASURE_REAPPLIED = "erasure_reapplied"
    #: The person gave a new phone number after the request (bot.conversation.new_number).
    PHONE_CHANGED = "phone_changed"
    #: An advisor set a lead's phone number ("/nummer 12 0176 …", bot.advisor.phone_set).
    PHONE_SET = "phone_set"
    #: Advisors told that an open lead will be erased for lack of work (bot.privacy.idle).
    WARNED_IDLE = "warned_idle"
    MAILED = "mailed"
    #: An advisor asked for a lead of another office in the web inbox (answered 404).
    DENIED = "denied"
    LOGIN = "login"
    LOGIN_LOCKED = "login_locked"
    LOGOUT = "logout"
    #: Account administration on the command line (``python -m bot advisors``): the
    #: operating-system user who ran it is the actor, the account's login is in the detail.
    ACCOUNT_ADDED = "account_added"
    ACCOUNT_DISABLED = "account_disabled"
    ACCOUNT_ENABLED = "account_enabled"
    #: A disabled account deleted for good (a departed advisor's data).
    ACCOUNT_DELETED = "account_deleted"
    PASSWORD_RESET = "password_reset"


class MessageDirection(StrEnum):
    """Which way a logged conversation message went."""

    FROM_PERSON = "from_person"
    TO_PERSON = "to_person"
    #: An advisor's internal note: stays in the advisor chat, never sent.
    NOTE = "note"


class MessageOrigin(StrEnum):
    """Where a logged conversation message was written."""

    #: A Telegram message: ``source_chat_id``/``source_message_id`` say which.
    TELEGRAM = "telegram"
    #: Written in the advisors' web inbox: no Telegram message, no source ids.
    INBOX = "inbox"
    #: Typed in the web chat by the person: no Telegram message, no source ids.
    WEB = "web"
    #: A notice the bot wrote to a web person for an outbox row (a claim):
    #: ``source_message_id`` is that row's id, so it is logged once.
    NOTICE = "notice"
    #: An advisor's words from a ``relay_to_person`` row (queued by an earlier version,
    #: before the conversation log): logged once per row like a notice, but shown as the
    #: advisor's. (Such rows delivered before 2026-12-03 were logged as notices: the web
    #: chat now shows those as the bot's own words.)
    RELAY = "relay"


class MessageKind(StrEnum):
    """What a logged conversation message is (Telegram's message content types)."""

    TEXT = "text"
    VOICE = "voice"
    AUDIO = "audio"
    PHOTO = "photo"
    DOCUMENT = "document"
    VIDEO = "video"
    VIDEO_NOTE = "video_note"
    CONTACT = "contact"
    LOCATION = "location"
    STICKER = "sticker"
    OTHER = "other"
    #: A correction: the new text (or caption) of a message its writer edited in Telegram,
    #: logged after it; the message itself keeps the words that were read.
    EDIT = "edit"


class CopyKind(StrEnum):
    """What a message the bot posted in an advisor chat is, for how it is erased after
    Telegram's 48 hours (bot.outbox.erasure): a text is overwritten, a photo, video or audio
    file (media) and a document get a neutral stand-in, anything else (a voice or video
    note, a sticker) only loses its caption."""

    TEXT = "text"
    MEDIA = "media"
    DOCUMENT = "document"
    OTHER = "other"
    #: A list of leads (/leads), erased as a text; and the /export file, erased as a
    #: document. Neither is a lead's own message, even when it shows one lead only: a
    #: reply to it is passed on to no one (bot.conversation.log).
    LIST = "list"
    EXPORT = "export"


#: How the two listings are erased.
ERASED_AS: dict[str, CopyKind] = {CopyKind.LIST: CopyKind.TEXT, CopyKind.EXPORT: CopyKind.DOCUMENT}


#: The kind of an advisor-chat copy of a person's message (the medium itself, copied).
COPY_KINDS: dict[str, CopyKind] = {
    MessageKind.TEXT: CopyKind.TEXT,
    MessageKind.EDIT: CopyKind.TEXT,
    MessageKind.PHOTO: CopyKind.MEDIA,
    MessageKind.VIDEO: CopyKind.MEDIA,
    MessageKind.AUDIO: CopyKind.MEDIA,
    MessageKind.DOCUMENT: CopyKind.DOCUMENT,
}


class InboxState(StrEnum):
    """Where an inbound update is: waiting, stepped (its reply owed), or done."""

    RECEIVED = "received"
    STEPPED = "stepped"
    DONE = "done"


def person_target(channel: str) -> OutboxTarget:
    """Where messages for a person who came on ``channel`` go: their own channel."""
    return OutboxTarget.WEB if channel == "web" else OutboxTarget.TELEGRAM
