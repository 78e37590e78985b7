"""The speed pair's passes begin with the collector's counts at nothing: a full collection due
from the work before a pass is made before its clock starts, not inside it."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import speed_pair  # noqa: E402


def test_a_pass_begins_with_nothing_pending():
    kept = [[i] for i in range(50_000)]  # young objects a collection would have to look at
    speed_pair.collected()
    young, middle, old = gc.get_count()
    assert middle == 0 and old == 0
    assert young < 50  # (the few the call itself makes)
    assert len(kept) == 50_000
