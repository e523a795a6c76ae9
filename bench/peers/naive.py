"""The naive peer: one transaction per step, the ORM used the obvious way.

The bot (bot/dialogue/service.py) runs the steps that arrive together in one
transaction with one statement per kind of work. This peer is what one writes
first: for each step, look the person up, insert them if new, load their
conversation, run the engine, write the state back and commit. Everything else
(handlers, inbox, rendering, Bot API calls, leads and their outbox rows) is the
bot's own, so the difference is the storage of a step alone.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from bot.dialogue import engine
from bot.dialogue.group_commit import GroupCommit
from bot.dialogue.service import Dialogue, _Done, _Step
from bot.dialogue.state import State
from bot.services import Services
from db import direct, news, repository
from db.models import Conversation, User
from db.vocabulary import InboxState


class EachAlone(GroupCommit[_Step, "_Done | None"]):
    """Stands in for the group commit: every step runs at once, in a transaction of its own."""

    def __init__(self, run_one: Any) -> None:
        super().__init__(self._unused)
        self._run_one = run_one

    async def _unused(self, steps: list[_Step]) -> list[_Done | Exception | None]:
        raise AssertionError("EachAlone never forms groups")

    async def submit(self, item: _Step) -> _Done | None:
        """Run the step now, concurrently with the others (as many as the pool allows)."""
        result: _Done | None = await self._run_one(item)
        return result

    async def wait_idle(self) -> None:
        """Nothing is queued: every caller awaits its own transaction."""


class NaiveDialogue(Dialogue):
    """:class:`Dialogue` with one ORM transaction per step instead of group commits."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._group = EachAlone(self._step_alone)

    async def _step_alone(self, pending: _Step) -> _Done | None:
        now = self._clock()
        noted: list[news.News] = []
        async with self._sessionmaker() as session, session.begin():
            if pending.update_id is not None and not await repository.claim_update(
                session, pending.update_id, now, state=InboxState.STEPPED
            ):
                return None
            user = await session.scalar(
                sa.select(User).where(
                    User.channel == pending.channel, User.external_id == pending.external_id
                )
            )
            if user is None:
                user = User(
                    channel=pending.channel,
                    external_id=pending.external_id,
                    username=pending.profile.username,
                    first_name=pending.profile.first_name,
                )
                session.add(user)
                await session.flush()
            conversation = await session.get(Conversation, user.id)
            state = State.from_dict(
                conversation.state if conversation is not None else {"lang": user.language}
            )
            ctx = self.context(pending.channel)
            result = engine.step(state, pending.event, ctx)
            done = _Done(result.state, ctx, result.notices, previous=state.screen)
            if result.erase or result.export:
                async with session.begin_nested():
                    await self._rights(session, user.id, result, done)
            if done.erased:
                return done
            if result.lead is not None or result.addition is not None:
                # The bot's own statements for a request, in this step's transaction.
                requests = direct.Direct(await session.connection())
                async with requests.savepoint():
                    await self._request(requests, user.id, pending, result, done)
                noted = requests.noted
            if conversation is None:
                session.add(Conversation(user_id=user.id, state=done.state.to_dict()))
            else:
                conversation.state = done.state.to_dict()
            if done.state.lang and done.state.lang != user.language:
                user.language = done.state.lang
        news.HUB.publish(noted)
        return done


def use_naive_dialogue(services: Services) -> None:
    """Replace the bot's dialogue service with the naive one (before build_application)."""
    old = services.dialogue
    services.dialogue = NaiveDialogue(
        old._sessionmaker,
        old._offices,
        old._privacy,
        clock=old._clock,
        mail_enabled=old._mail_enabled,
    )
