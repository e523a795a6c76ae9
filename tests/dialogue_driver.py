"""Drive the pure engine the way a person would: by button labels and typed text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.engine import Command, Context, Event, Press, Privacy, Result, Screen, Start, State, Text
from bot.engine import render, step
from bot.offices import load_offices

OFFICES = load_offices(Path(__file__).resolve().parents[1] / "config" / "offices.example.toml")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


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
        self.result = step(self.state, event, self.ctx)
        self.state = self.result.state
        if self.result.lead is not None:
            self.leads.append(self.result.lead)
            self.state.lead_id = len(self.leads)
        self.screen = render(self.state, self.ctx, self.result.notices)
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


def business_until_summary(d: Driver, plz: str = "04109") -> None:
    """Walk the business-owner dialogue up to the summary."""
    d.press("English")
    d.press("For businesses")
    d.press("Gastronomy or hotel")
    d.type(plz)
    d.press("1 to 9")
    d.press("No, never")
    d.press("I don't know")
    d.press("IHK")
    d.press("Finding an apprentice")
    d.press("Done")
    d.press("Yes, I agree")
    d.type("Ayşe Yılmaz")
    d.type("0341 1234567")
    d.type("ayse@example.org")
    d.press("Morning")
    d.press("Türkçe")
