"""A person in the web chat, over HTTP: reads the page, presses buttons by label, types."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import altcha
from aiohttp import web
from aiohttp.test_utils import TestClient

WebClient = TestClient[web.Request, web.Application]


class WebPerson:
    """One browser: its cookie jar is the client's, its language its Accept-Language."""

    def __init__(self, client: WebClient, lang: str = "en") -> None:
        self.client = client
        self.headers = {"Accept-Language": lang}
        self.csrf = ""
        self.screen: dict[str, Any] = {}

    @property
    def origin(self) -> str:
        return str(self.client.make_url("/")).rstrip("/")

    async def open(self, query: str = "") -> str:
        """Load /chat (``query``: e.g. ``?lang=ar``, as the widget opens it): remember the
        form token, return the page."""
        response = await self.client.get("/chat" + query, headers=self.headers)
        assert response.status == 200, response.status
        page = await response.text()
        found = re.search(r'<meta name="csrf-token" content="([^"]+)"', page)
        assert found is not None
        self.csrf = found[1]
        self.screen = await self.look()
        return page

    async def look(self) -> dict[str, Any]:
        """The current screen as JSON, without a step."""
        response = await self.client.get("/chat/api/screen", headers=self.headers)
        assert response.status == 200
        screen: dict[str, Any] = await response.json()
        return screen

    async def post(self, fields: dict[str, str], **headers: str) -> tuple[int, dict[str, Any]]:
        """One JSON step as the page's script sends it; returns status and body."""
        response = await self.client.post(
            "/chat/api/step",
            json=fields,
            headers={
                **self.headers,
                "Origin": self.origin,
                "Accept": "application/json",
                "X-CSRF-Token": self.csrf,
                **headers,
            },
        )
        if response.content_type != "application/json":
            return response.status, {"error": await response.text()}
        return response.status, await response.json()

    async def solve(self) -> str:
        """Solve the session's ALTCHA challenge as the widget would (in Python here)."""
        response = await self.client.get("/chat/altcha", headers=self.headers)
        assert response.status == 200
        challenge = altcha.Challenge.from_dict(await response.json())
        solution = altcha.solve_challenge(challenge)
        assert solution is not None
        return str(altcha.Payload(challenge=challenge, solution=solution).to_base64())

    async def step(self, fields: dict[str, str]) -> dict[str, Any]:
        if self.screen.get("proof") and "text" in fields:
            fields = {**fields, "altcha": await self.solve()}
        status, body = await self.post(fields)
        assert status == 200, body
        self.screen = body
        # After /delete the chat goes on under a new session, with its own form token.
        self.csrf = body.get("csrf", self.csrf)
        return body

    def button(self, label: str) -> str:
        """The data of the current screen's button whose label contains ``label``."""
        for row in self.screen["buttons"]:
            for button in row:
                if label in button["label"]:
                    return str(button["data"])
        labels = [b["label"] for row in self.screen["buttons"] for b in row]
        raise AssertionError(f"no button {label!r} among {labels}")

    async def press(self, label: str) -> dict[str, Any]:
        return await self.step({"press": self.button(label)})

    async def type(self, text: str) -> dict[str, Any]:
        return await self.step({"text": text})


async def to_the_name_question(person: WebPerson) -> None:
    """Open the chat and walk a business's callback request up to its first personal
    question (the name)."""
    await person.open()
    for label in ("English", "Request a callback", "A business", "Skip"):
        await person.press(label)
    await person.type("04109")
    await person.press("Yes, I agree")


async def at_the_summary(client: WebClient) -> WebPerson:
    """A person (JSON steps, spam check solved) at the summary of a callback request."""
    person = WebPerson(client)
    await to_the_name_question(person)
    await person.type("Ayşe Yılmaz")
    await person.type("0341 1234567")
    for label in ("By phone", "Any time"):
        await person.press(label)
    return person


def page_text(page: str) -> str:
    """The visible text of a page, roughly: tags dropped, entities decoded. An isolate
    around a number ("<bdi dir="ltr">0341 123</bdi>"), and the piece that keeps brackets
    on its line ("<span class="nowrap">(…)</span>"), are part of their sentence."""
    inline = re.sub(r"</?(?:bdi|span)\b[^>]*>", "", page)
    return unescape(re.sub(r"<[^>]+>", " ", inline))
