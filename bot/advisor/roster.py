"""Who the advisors are and where their groups are, as configured.

Each office names its advisor group and advisors in the offices file;
``ADVISOR_CHAT_ID`` and ``ADVISOR_IDS`` are the fallbacks (see
:func:`bot.offices.configured_offices`). One group may serve several offices,
e.g. when only ``ADVISOR_CHAT_ID`` is set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.config import Settings
from bot.offices import Office, configured_offices


@dataclass(frozen=True)
class Advisors:
    """The advisor side of the configuration."""

    offices: Mapping[str, Office]
    fallback_chat_id: int | None = None
    global_ids: frozenset[int] = field(default_factory=frozenset)
    timezone: str = "Europe/Berlin"
    #: WEB_PUBLIC_URL: where the web inbox is reached, for links in minimal cards.
    web_url: str | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, offices: Mapping[str, Office] | None = None
    ) -> Advisors:
        """Build from settings (reads the offices file unless ``offices`` is given)."""
        return cls(
            offices=offices if offices is not None else configured_offices(settings),
            fallback_chat_id=settings.advisor_chat_id,
            global_ids=settings.advisor_ids,
            timezone=settings.timezone,
            web_url=settings.web_public_url,
        )

    def chat_for(self, office: str | None) -> int | None:
        """The advisor group of ``office``; None when nothing is configured."""
        configured = self.offices.get(office or "")
        if configured is not None and configured.advisor_chat_id is not None:
            return configured.advisor_chat_id
        return self.fallback_chat_id

    @property
    def chats(self) -> frozenset[int]:
        """Every configured advisor group."""
        chats = {office.advisor_chat_id for office in self.offices.values()}
        chats.add(self.fallback_chat_id)
        return frozenset(chat for chat in chats if chat is not None)

    def offices_of(self, chat_id: int) -> tuple[str, ...]:
        """The office keys whose leads go to ``chat_id``, in configuration order."""
        return tuple(key for key in self.offices if self.chat_for(key) == chat_id)

    def serves(self, chat_id: int, office: str | None) -> bool:
        """True when leads of ``office`` go to the group ``chat_id``."""
        return self.chat_for(office) == chat_id

    def is_advisor(self, user_id: int, office: str | None = None) -> bool:
        """May ``user_id`` act on leads of ``office`` (any office when None)?"""
        if user_id in self.global_ids:
            return True
        if office is None:
            return any(user_id in o.advisor_ids for o in self.offices.values())
        configured = self.offices.get(office)
        return configured is not None and user_id in configured.advisor_ids

    def cities_of(self, chat_id: int) -> list[str]:
        """The cities of the offices whose leads go to ``chat_id``, for the texts that say
        whose advisors may act there."""
        return [self.office_name(key) for key in self.offices_of(chat_id)]

    def own_cities(self, user_id: int) -> list[str]:
        """The cities of the offices ``user_id`` is registered for by name (ADVISOR_IDS,
        every office's, names none)."""
        if user_id in self.global_ids:
            return []
        return [o.city for o in self.offices.values() if user_id in o.advisor_ids]

    def may_act_in(self, user_id: int, chat_id: int) -> bool:
        """May ``user_id`` use the advisor commands in the group ``chat_id``?"""
        offices = self.offices_of(chat_id)
        return user_id in self.global_ids or any(self.is_advisor(user_id, o) for o in offices)

    def office_name(self, office: str | None) -> str:
        """The office's city for advisor texts, or the raw key."""
        configured = self.offices.get(office or "")
        return configured.city if configured is not None else (office or "–")

    def cities(self) -> dict[str, str]:
        """Each office's city by its key."""
        return {key: office.city for key, office in self.offices.items()}

    def minimal(self, office: str | None) -> bool:
        """Do the group cards of ``office`` leave out personal data (NOTIFY_PERSONAL_DATA)?"""
        configured = self.offices.get(office or "")
        return configured is not None and configured.notify_personal_data == "minimal"

    def inbox_link(self, lead_id: int) -> str | None:
        """The lead's page in the web inbox, when WEB_PUBLIC_URL is set."""
        return f"{self.web_url}/inbox/leads/{lead_id}" if self.web_url else None
