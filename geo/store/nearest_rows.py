"""The rows a store's deleted events take back, one each, the nearest first (:mod:`geo.store.
redeleted`): for each deleted record in turn, of the rows still free the one with its sentence
if any has it, else any, whose span starts closest to the record's; of equal ones the first row.
Found by bisection in the rows' starts, where every record compared with every free row (10,000
deletes of one report's place, day and type read again under new ids: 10^8 comparisons)."""

from __future__ import annotations

import math
from bisect import bisect_left

_INF = math.inf


def _start(value: object) -> float:
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _INF
    return out if math.isfinite(out) else _INF


class _Free:
    """Free rows of a group as sorted ``(start, index)`` pairs (rows with no start after every
    other); a taken row is skipped by pointers to the next free pair on each side, so that
    taking one moves no list (popping from a list of 20,000 rows was quadratic again)."""

    def __init__(self, pairs: list[tuple[float, int]]) -> None:
        self.at = sorted(pairs)
        self.free = len(self.at)
        n = len(self.at)
        self.right = list(range(n + 1))  # the next free pair at or after k (n: none)
        self.left = list(range(-1, n))  # left[k + 1]: the last free pair at or before k (-1)
        self.place = {index: k for k, (_, index) in enumerate(self.at)}

    def _next(self, k: int) -> int:
        root = k
        while self.right[root] != root:
            root = self.right[root]
        while self.right[k] != root:
            self.right[k], k = root, self.right[k]
        return root

    def _last(self, k: int) -> int:
        root = k + 1
        while self.left[root] != root - 1:
            root = self.left[root] + 1
        k += 1
        while self.left[k] != root - 1:
            self.left[k], k = root - 1, self.left[k] + 1
        return root - 1

    def drop(self, index: int) -> None:
        k = self.place[index]
        self.right[k], self.left[k + 1] = k + 1, k - 1
        self.free -= 1

    def __bool__(self) -> bool:
        return self.free > 0

    def nearest(self, was: float) -> int:
        """The index of the free row whose start is closest to ``was`` (the first of equals)."""
        at, n = self.at, len(self.at)
        k = self._next(bisect_left(at, (was, -1)))
        best: tuple[float, int] | None = None
        if k < n:  # the first free row of the next start at or after ``was``
            best = (at[k][0] - was if was != _INF else _INF, at[k][1])
        p = self._last(min(k, n) - 1)
        if p >= 0:  # the first free row of the last start before it
            first = self._next(bisect_left(at, (at[p][0], -1)))
            gap = was - at[first][0] if at[first][0] != _INF else _INF
            best = (gap, at[first][1]) if best is None or (gap, at[first][1]) < best else best
        if was == _INF or (best is not None and best[0] == _INF):  # every row as far: the first
            return min(i for _, i in (at[j] for j in self._free_pairs()))
        assert best is not None
        return best[1]

    def _free_pairs(self):
        k = self._next(0)
        while k < len(self.at):
            yield k
            k = self._next(k + 1)


def take_nearest(rows: list[tuple], records: list[dict], text_at: int, start_at: int) -> list[int]:
    """Indices of ``rows`` the ``records`` take in turn (see the module), at most one each."""
    starts = [_start(row[start_at]) for row in rows]
    groups: dict[object, list[tuple[float, int]]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(row[text_at], []).append((starts[i], i))
    texts = {text: _Free(pairs) for text, pairs in groups.items()}
    every = _Free([(start, i) for i, start in enumerate(starts)])
    taken = []
    for record in records:
        if not every:
            break
        text = record.get("source_text")
        own = texts.get(text) if isinstance(text, str) or text is None else None
        i = (own if own else every).nearest(_start(record.get("span_start")))
        texts[rows[i][text_at]].drop(i)
        every.drop(i)
        taken.append(i)
    return taken
