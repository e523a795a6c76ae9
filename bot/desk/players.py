"""How the lead page shows a person's media: an image, a player, or a download link.

Pure: which kinds have a player, the type each is served as, and the inbox's own
address of a message's file (bot/desk/media.py serves it).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.models import ConversationMessage
from db.vocabulary import MessageKind


@dataclass(frozen=True)
class Player:
    """How the lead page shows a kind of medium, and the type it is served as."""

    element: str  # "image", "audio", "video" or "download"
    content_type: str


PLAYERS: dict[str, Player] = {
    MessageKind.PHOTO: Player("image", "image/jpeg"),
    MessageKind.VOICE: Player("audio", "audio/ogg"),
    MessageKind.AUDIO: Player("audio", "audio/mpeg"),
    MessageKind.VIDEO: Player("video", "video/mp4"),
    MessageKind.VIDEO_NOTE: Player("video", "video/mp4"),
    # Never shown inline: a document could be HTML or a PDF with scripts.
    MessageKind.DOCUMENT: Player("download", "application/octet-stream"),
}


def url_of(lead_id: int, message: ConversationMessage) -> str:
    """The inbox's own address of a message's medium ("" when it has none to show)."""
    if not message.file_id or message.kind not in PLAYERS:
        return ""
    return f"/inbox/leads/{lead_id}/media/{message.id}"
