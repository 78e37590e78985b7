"""CPU seconds a piece of work takes, for the tests that compare how work grows with its input
(n against 10n in one run, never a wall-clock limit): the least of a few runs, with the garbage
collector paused, so that a collection or a neighbour's load on the shared machine is not
counted as the work's own cost (a single run of 12 ms once measured 30 times its tenth)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def cpu_seconds(work: Callable[..., Any], *args: Any, repeats: int = 3) -> tuple[float, Any]:
    """The least CPU time of ``repeats`` calls ``work(*args)``, and what the last call gave."""
    least, given = float("inf"), None
    for _ in range(repeats):
        collecting = gc.isenabled()
        gc.disable()
        try:
            start = time.process_time()
            given = work(*args)
            least = min(least, time.process_time() - start)
        finally:
            if collecting:
                gc.enable()
    return least, given
