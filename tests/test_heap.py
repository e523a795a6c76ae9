"""Start-up objects are frozen for the collector, start-up garbage is not kept."""

from __future__ import annotations

import subprocess
import sys

from bot.ops import heap

# In a child interpreter: freezing is for the whole process and cannot be undone
# for the objects it moved.
CHILD = """
import gc, weakref
from bot.ops import heap

class Node:
    pass

garbage = Node()
garbage.me = garbage  # a reference cycle: only the collector frees it
dead = weakref.ref(garbage)
del garbage
kept = Node()
gc.disable()  # no automatic collection may free the cycle before the call
heap.settle_after_startup()
# Frozen objects sit in the permanent generation, outside what get_objects() lists.
print(dead() is None, all(o is not kept for o in gc.get_objects()), gc.get_threshold())
"""


def test_settling_frees_startup_garbage_and_freezes_the_rest() -> None:
    finished = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=60
    )
    freed, frozen, thresholds = finished.stdout.strip().split(" ", 2)
    assert freed == "True"
    assert frozen == "True"
    assert thresholds == str(heap.THRESHOLDS)
