"""The dialogues, declared as data."""

from bot.flows.ask import ASK
from bot.flows.business import BUSINESS
from bot.flows.callback import CALLBACK
from bot.flows.model import Flow
from bot.flows.young import YOUNG

FLOWS: dict[str, Flow] = {flow.key: flow for flow in (BUSINESS, YOUNG, CALLBACK, ASK)}

__all__ = ["FLOWS", "Flow"]
