"""``python -m bot chat``: the same dialogues in a terminal, against the same database."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from bot.dialogue.service import Dialogue, Profile
from bot.dialogue.state import Command, Event, Press, Screen, Start, Text

CHANNEL = "cli"


def format_screen(screen: Screen) -> str:
    """The screen as text with numbered buttons."""
    lines = [screen.text, ""]
    number = 0
    for row in screen.keyboard:
        cells = []
        for button in row:
            number += 1
            cells.append(f"[{number}] {button.label}")
        lines.append("   ".join(cells))
    return "\n".join(lines)


def parse_input(line: str, screen: Screen | None, lang: str | None) -> Event:
    """A typed line as an engine event: a button number, a command or text."""
    text = line.strip()
    buttons = [b for row in screen.keyboard for b in row] if screen else []
    if text.isascii() and text.isdigit() and 1 <= int(text) <= len(buttons):
        return Press(buttons[int(text) - 1].data)
    if text.startswith("/") and len(text) > 1:
        name = text[1:].split(maxsplit=1)[0].lower()
        return Start(lang) if name == "start" else Command(name)
    return Text(text)


async def chat(
    dialogue: Dialogue,
    user: str = "local",
    lang: str | None = None,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> None:
    """Read lines until end of input; print every screen."""
    profile = Profile(language_code=lang)
    reply = await dialogue.handle(CHANNEL, user, Start(lang), profile)
    screen = reply.screen if reply else None
    choice = _language_button(screen, lang)
    if choice is not None:
        # --lang is an explicit choice: take it and go straight to the main menu. Someone
        # coming back mid-dialogue (or to an open request) is not on the language screen:
        # they go on where they were.
        reply = await dialogue.handle(CHANNEL, user, Press(choice), profile)
        screen = reply.screen if reply else screen
    while True:
        if screen is not None:
            stdout.write(format_screen(screen) + "\n> ")
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            stdout.write("\n")
            return
        if line.strip() in ("/quit", "/exit"):
            return
        reply = await dialogue.handle(CHANNEL, user, parse_input(line, screen, lang), profile)
        if reply is not None:
            for text in reply.before:
                stdout.write(text + "\n\n")
            if reply.attachment is not None:
                name, content = reply.attachment
                path = await asyncio.to_thread(_save, name, content)
                stdout.write(f"[{path}]\n\n")
            screen = reply.screen


def _save(name: str, content: bytes) -> Path:
    """A file the bot sent, saved in the working directory (the terminal has no chat)."""
    path = Path(name).resolve()
    path.write_bytes(content)
    return path


def _language_button(screen: Screen | None, lang: str | None) -> str | None:
    """The callback data of the screen's button for ``lang``, if it has one."""
    if screen is None or lang is None:
        return None
    wanted = f":l:{lang}"
    return next(
        (button.data for row in screen.keyboard for button in row if button.data.endswith(wanted)),
        None,
    )
