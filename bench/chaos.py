"""The chaos run: 50 people walk to a lead while ``python -m bot run`` is SIGKILLed.

``python -m bench.chaos [--db sqlite|postgres] [--postgres-url URL] [--kills N] [--down S]``

Each simulated person talks to the fake Bot API (testkit) as a person would: they act on
the newest message the bot sent them and, when nothing comes back for a while, tap the
same thing again. Meanwhile the real bot process is killed with SIGKILL at random
moments (at least ``--kills`` times) and started again, after ``--down`` seconds (a
slow restart: people tap again meanwhile, since nothing answers). Expected, and printed:
leads = people who pressed Send, confirmations = leads, nobody stuck, no duplicate
outbox rows. Too slow for the test suite (about a minute per database); the PostgreSQL
database is wiped, so its name must contain "test" or "bench".
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import signal
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from db.migrate import upgrade
from db.models import Lead, OutboxMessage
from db.session import create_engine, normalize_url
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from testkit.schema import reset_public_schema
from tests.advisor_desk import LEIPZIG_GROUP, offices_toml
from tests.live_bot import BotProcess, RecordingFake

PEOPLE = 50
CONFIRMATION = re.compile(r"Your request number is (\d+)")
#: Seconds a person waits for an answer before tapping again.
PATIENCE = 8.0


@dataclass
class Person:
    user_id: int
    pressed_send: bool = False
    retaps: int = 0
    done: bool = False
    actions: int = 0
    #: Screens the walker had no answer for (the last line of each).
    unknown: set[str] = field(default_factory=set)


@dataclass
class Run:
    people: list[Person] = field(default_factory=list)
    kills: int = 0
    restarts_s: list[float] = field(default_factory=list)


_LETTERS = str.maketrans("0123456789", "abcdefghij")


def next_action(message: SentMessage, person: Person) -> tuple[str, str] | None:
    """What this person does on the bot's newest message: ("press", label) or ("type", text)."""
    labels = [b.text for row in message.buttons for b in row]
    text = message.plain_text

    def has(label: str) -> bool:  # buttons carry an emoji before their label
        return any(label in shown for shown in labels)

    if has("Send"):
        return ("press", "Send")
    if "postal code (PLZ)" in text:
        return ("type", "04109")
    if "What is your name?" in text:
        # One name per person (two leads of one name are one person's twice); a name has no
        # digits, so the id is written in letters.
        return ("type", "Person " + str(person.user_id).translate(_LETTERS))
    if has("Contact me here in Telegram"):
        return ("type", "0341 1234567")
    if "WhatsApp" in text and has("No"):
        return ("press", "No")
    for label in (
        "Skip",
        "By phone",
        "Any time",
        "Yes, I agree",
        "A business",
        "Request a callback",
    ):
        if has(label):
            return ("press", label)
    if has("English"):
        return ("press", "English")
    if labels:
        # A question this walker does not know: counted, so a new question in the dialogue
        # shows as such instead of as people who never reach "Send". (A message without
        # buttons is a note before the next screen.)
        person.unknown.add(text.splitlines()[-1][:80] if text else "")
    return None


def confirmed(fake: FakeBotAPI, user_id: int) -> bool:
    return any(CONFIRMATION.search(m.text) for m in fake.sent(user_id))


async def walk(fake: FakeBotAPI, person: Person, stop: asyncio.Event) -> None:
    uid = person.user_id
    await asyncio.sleep(random.uniform(0, 8))  # people arrive over a few seconds
    fake.user_message(uid, "/start", language_code="en")
    last: tuple[str, str, int | None] = ("type", "/start", None)
    seen = 0
    while not stop.is_set():
        deadline = time.monotonic() + PATIENCE
        while len(fake.sent(uid)) <= seen and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        if confirmed(fake, uid):
            person.done = True
            return
        messages = fake.sent(uid)
        if len(messages) <= seen:
            # Nothing came back: the person taps the same thing again.
            person.retaps += 1
            _do(fake, uid, last)
            continue
        seen = len(messages)
        await asyncio.sleep(random.uniform(0.3, 1.5))  # reading, thinking
        newest = fake.sent(uid)[-1]
        action = next_action(newest, person)
        if action is None:
            continue
        kind, value = action
        last = (kind, value, newest.message_id)
        if value == "Send":
            person.pressed_send = True
        person.actions += 1
        _do(fake, uid, last)


def _do(fake: FakeBotAPI, uid: int, action: tuple[str, str, int | None]) -> None:
    kind, value, message_id = action
    if kind == "type":
        fake.user_message(uid, value, language_code="en")
        return
    message = next(m for m in reversed(fake.sent(uid)) if m.message_id == message_id)
    button = message.button(value)
    fake.user_press(uid, button.callback_data or "", message_id=message_id)


async def fresh(kind: str, postgres_url: str, workdir: Path) -> str:
    if kind == "sqlite":
        url = f"sqlite+aiosqlite:///{workdir / 'chaos.db'}"
    else:
        url = postgres_url
        name = normalize_url(url).database or ""
        if "test" not in name and "bench" not in name:
            raise SystemExit(f"refusing to wipe {name!r}: its name has no 'test' or 'bench'")
        await reset_public_schema(url)
    await upgrade(url)
    return url


async def chaos(
    kind: str,
    postgres_url: str,
    min_kills: int,
    seed: int,
    people: int = PEOPLE,
    down: float = 0.0,
) -> dict[str, object]:
    random.seed(seed)
    workdir = Path(tempfile.mkdtemp(prefix="kausa-chaos-"))
    url = await fresh(kind, postgres_url, workdir)
    offices = workdir / "offices.toml"
    offices.write_text(offices_toml(), encoding="utf-8")
    env = {"OFFICES_FILE": str(offices), "LOG_LEVEL": "WARNING"}
    run = Run(people=[Person(60000 + i) for i in range(people)])
    stop = asyncio.Event()
    async with RecordingFake() as fake:
        process = await BotProcess(fake, url, workdir, env=env).start()
        walkers = [asyncio.create_task(walk(fake, p, stop)) for p in run.people]
        try:
            # Kill at random moments while people are still on their way.
            while run.kills < min_kills or (
                run.kills < 3 * min_kills and not all(w.done() for w in walkers)
            ):
                await asyncio.sleep(random.uniform(0.5, 3.0))
                await process.kill()
                run.kills += 1
                started = time.monotonic()
                await asyncio.sleep(down)  # a slow restart, on purpose
                process = await BotProcess(fake, url, workdir, env=env).start()
                run.restarts_s.append(time.monotonic() - started)
            # Then let everyone finish (and the outbox empty) without kills.
            await asyncio.wait(walkers, timeout=90)
            stop.set()
            for outcome in await asyncio.gather(*walkers, return_exceptions=True):
                if isinstance(outcome, BaseException):
                    print("a simulated person failed:", repr(outcome), flush=True)
            for screen in sorted({s for p in run.people for s in p.unknown}):
                print("a screen the walker does not answer:", repr(screen), flush=True)
            for person in [p for p in run.people if not p.done][:3]:
                # Where a stuck person stands: the first line of the bot's last messages.
                last = [m.text.split("\n")[0][:50] for m in fake.sent(person.user_id)[-6:]]
                print(f"stuck {person.user_id} (retaps {person.retaps}):", last, flush=True)
            await asyncio.sleep(5)
            await process.terminate()
        finally:
            await process.close()
        return await figures(fake, url, run)


async def figures(fake: FakeBotAPI, url: str, run: Run) -> dict[str, object]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            leads = (await connection.execute(sa.select(Lead.id, Lead.name))).all()
            rows = (
                await connection.execute(
                    sa.select(OutboxMessage.lead_id, OutboxMessage.kind, OutboxMessage.status)
                )
            ).all()
    finally:
        await engine.dispose()
    per_lead_rows = Counter((lead, kind) for lead, kind, _ in rows)
    cards = [m for m in fake.sent(LEIPZIG_GROUP) if not m.edited and "Anfrage #" in m.text]
    card_leads = Counter(
        int(found.group(1)) for m in cards if (found := re.search(r"Anfrage #(\d+)", m.text))
    )
    confirmations = {
        p.user_id: sum(bool(CONFIRMATION.search(m.text)) for m in fake.sent(p.user_id))
        for p in run.people
    }
    names = Counter(name for _, name in leads)
    return {
        "people": len(run.people),
        "kills": run.kills,
        "restart_s_median": sorted(run.restarts_s)[len(run.restarts_s) // 2],
        "pressed_send": sum(p.pressed_send for p in run.people),
        "leads": len(leads),
        "people_with_two_leads": sum(1 for n in names.values() if n > 1),
        "confirmed_people": sum(1 for c in confirmations.values() if c),
        "confirmation_messages": sum(confirmations.values()),
        "stuck": sum(not p.done for p in run.people),
        "retaps": sum(p.retaps for p in run.people),
        "duplicate_outbox_rows": sum(n - 1 for n in per_lead_rows.values() if n > 1),
        "outbox_not_sent": sum(1 for _, _, status in rows if status != "sent"),
        "cards": len(cards),
        "leads_with_two_cards": sum(1 for n in card_leads.values() if n > 1),
        "cards_marked_resent": sum("Erneut gesendet" in m.text for m in cards),
        "leads_without_card": len({lead for lead, _ in leads} - set(card_leads)),
        "people_on_unknown_screens": sum(1 for p in run.people if p.unknown),
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chaos")
    parser.add_argument("--db", choices=("sqlite", "postgres"), action="append")
    parser.add_argument(
        "--postgres-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/bench_test"
    )
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument(
        "--down", type=float, default=0.0, help="seconds the bot stays down after each kill"
    )
    args = parser.parse_args()
    for kind in args.db or ["sqlite", "postgres"]:
        result = asyncio.run(
            chaos(kind, args.postgres_url, args.kills, args.seed, args.people, args.down)
        )
        print(kind, " ".join(f"{k}={v}" for k, v in result.items()), flush=True)
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    raise SystemExit(main())
