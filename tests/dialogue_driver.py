"""Drive the pure engine the way a person would: by button labels and typed text."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialogue.engine import render, step
from bot.dialogue.service import Dialogue, Profile
from bot.dialogue.state import (
    Command,
    Context,
    Event,
    Press,
    Privacy,
    Result,
    Screen,
    Start,
    State,
    Text,
)
from bot.flows.model import first_start_year
from bot.i18n import local
from bot.offices import load_offices

OFFICES = load_offices(Path(__file__).resolve().parents[1] / "config" / "offices.example.toml")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def start_label(now: datetime, later: int = 0) -> str:
    """The training start question's button ``later`` years after the first start still
    ahead at ``now`` (bot.flows.model.first_start_year): what a person with that clock taps."""
    return str(first_start_year(local(now).date()) + later)


def context(channel: str = "telegram") -> Context:
    """A context with the example offices and a fixed clock."""
    return Context(
        offices=OFFICES,
        privacy=Privacy("ARBEIT UND LEBEN Sachsen e.V.", "https://example.org/privacy", 180),
        now=NOW,
        channel=channel,
    )


class Driver:
    """One person talking to the engine; keeps what they last saw."""

    def __init__(self, language_code: str | None = "en") -> None:
        self.ctx = context()
        self.state = State()
        self.screen: Screen = render(self.state, self.ctx)
        self.result: Result | None = None
        self.leads: list = []
        self.send(Start(language_code))

    def send(self, event: Event) -> Screen:
        """Apply an event and render like the service does."""
        shown = self.state.screen
        self.result = step(self.state, event, self.ctx)
        self.state = self.result.state
        # What the service holds in memory between steps: a typed question before consent.
        self.ctx = replace(self.ctx, held_question=self.result.held_question)
        if self.result.lead is not None:
            self.leads.append(self.result.lead)
            self.state.lead_id = len(self.leads)
        self.screen = render(self.state, self.ctx, self.result.notices, shown=shown)
        return self.screen

    def labels(self) -> list[str]:
        """The button labels of the current screen."""
        return [b.label for row in self.screen.keyboard for b in row]

    def press(self, label: str) -> Screen:
        """Tap the button whose label contains ``label``."""
        for row in self.screen.keyboard:
            for button in row:
                if label in button.label:
                    return self.send(Press(button.data))
        raise AssertionError(f"no button {label!r} in {self.labels()}")

    def type(self, text: str) -> Screen:
        """Type a message."""
        return self.send(Text(text))

    def command(self, name: str) -> Screen:
        """Send a slash command."""
        return self.send(Command(name))

    @property
    def text(self) -> str:
        """The text of the current screen."""
        return self.screen.text


def callback_until_name(d: Driver) -> Driver:
    """Walk the callback request up to the name question (consent given)."""
    d.press("English")
    d.press("Request a callback")
    d.press("A business")
    d.press("Skip")
    d.type("04109")
    d.press("Yes, I agree")
    assert d.state.screen == "q:name"
    return d


def business_questions(d: Driver, plz: str = "04109") -> None:
    """Answer the business-owner dialogue's own questions, from its first one."""
    d.type("Yılmaz Döner")
    d.press("Koch/Köchin")  # one tap answers
    d.type(plz)
    d.press("Not yet, and no trainer yet")
    d.press(start_label(d.ctx.now, 1))
    d.press("Finding an apprentice")


def business_until_summary(d: Driver, plz: str = "04109") -> None:
    """Walk the business-owner dialogue up to the summary."""
    d.press("English")
    d.press("For businesses")
    business_questions(d, plz)
    d.press("Yes, I agree")
    d.type("Ayşe Yılmaz")
    d.type("0341 1234567")  # a landline: no WhatsApp question
    d.press("At my business")
    d.press("Morning")
    # E-mail and the conversation language are offered on the summary.
    d.press("E-mail")
    d.type("ayse@example.org")
    d.press("Preferred language")
    d.press("Türkçe")


# Telegram's update ids are global and unrelated to user ids.
_UPDATE_IDS = itertools.count(1)


#: The dialogues :func:`make_dialogue` made, closed after the test by the ``db_engine``
#: fixture (tests/conftest.py): on PostgreSQL each keeps a pooled connection (db.direct.Held).
MADE: list[Dialogue] = []


def make_dialogue(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Callable[[], datetime] = lambda: NOW
) -> Dialogue:
    """The dialogue service on the example offices, reading the time from ``clock``."""
    dialogue = Dialogue(
        sessionmaker, OFFICES, Privacy("ARBEIT UND LEBEN Sachsen e.V."), clock=clock
    )
    MADE.append(dialogue)
    return dialogue


async def close_made() -> None:
    """Close the dialogues made for the test that ends."""
    while MADE:
        await MADE.pop().close()


class Person:
    """One person talking to a Dialogue service (over Telegram unless ``channel`` says)."""

    def __init__(
        self, dialogue: Dialogue, user_id: str = "1001", channel: str = "telegram"
    ) -> None:
        self.dialogue = dialogue
        self.user_id = user_id
        self.channel = channel
        self.screen: Screen | None = None
        self.update_id = 0

    async def send(self, event: Event) -> Screen:
        self.update_id += 1
        reply = await self.dialogue.handle(
            self.channel,
            self.user_id,
            event,
            Profile("en", "ayse_y", "Ayşe"),
            update_id=next(_UPDATE_IDS),
        )
        assert reply is not None
        self.screen = reply.screen
        return reply.screen

    async def press(self, label: str) -> Screen:
        assert self.screen is not None
        for row in self.screen.keyboard:
            for button in row:
                if label in button.label:
                    return await self.send(Press(button.data))
        raise AssertionError(f"no button {label!r}")

    async def type(self, text: str) -> Screen:
        return await self.send(Text(text))


async def walk_to_summary(person: Person) -> None:
    await person.send(Start("en"))
    await person.press("English")
    await person.press("Request a callback")
    await callback_answers(person)


async def callback_answers(person: Person, plz: str = "04109") -> None:
    """The callback request's answers, from "A business" up to its summary."""
    await person.press("A business")
    await person.press("Skip")
    await person.type(plz)
    await person.press("Yes, I agree")
    await person.type("Ayşe Yılmaz")
    await person.type("0341 1234567")  # a landline: no WhatsApp question
    await person.press("By phone")
    await person.press("Any time")
    await person.press("Preferred language")
    await person.press("Deutsch")


async def send_another_request(person: Person, plz: str = "04109") -> Screen:
    """A client that answers "New request" whenever it is asked, then sends the request."""
    await person.send(Start("en"))
    await person.press("New request")
    await person.press("Request a callback")
    await callback_answers(person, plz)
    return await person.press("Send")
