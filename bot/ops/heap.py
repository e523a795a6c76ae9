"""Keep Python's cyclic garbage collector out of the way of a running bot."""

from __future__ import annotations

import gc

#: Collect the youngest generation after this many new container objects
#: (CPython's default is 700); the older two after 20 and 10 younger collections.
THRESHOLDS = (50_000, 20, 10)


def settle_after_startup() -> None:
    """Freeze what start-up created and collect young objects less often.

    After start-up the heap holds hundreds of thousands of objects that live as
    long as the process (python-telegram-bot, SQLAlchemy, Babel's locale data,
    the catalogs). Every full collection walked all of them: pauses of up to
    100 ms in which no update was processed. Frozen, they are never walked again;
    objects created later are collected as before. Garbage is collected first, so
    none of it is kept for good.

    With the default threshold the youngest generation was collected every 15 to
    20 steps, each time walking the updates still in progress: with 500 people
    about a seventh of the time went to collections. Dialogue objects die by
    reference counting, not by the collector, so collecting less often costs
    little memory (bench/README.md, "Round 3").
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
