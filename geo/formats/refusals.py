"""The rows an import refused, each with its reason, kept compactly: a row number and the index
of its reason in machine arrays, each reason once. A list of (row, reason) pairs cost about 170
bytes a row (a tuple, an int and a slot), so a 90 MB file of 10 million rows of empty cells
held some 2 GB to print 20 lines and a count; this holds 12 bytes a row."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class Refusals(Sequence[tuple[int, str]]):
    """(row number, reason) pairs, read as a list of them is (index, slice, ``len``, iterate,
    compare with a list), added to by :meth:`append`, put in row order by :meth:`sort`."""

    __slots__ = ("_rows", "_kinds", "_reasons", "_index")

    def __init__(self, pairs: Iterable[tuple[int, str]] = ()) -> None:
        self._rows = array("q")
        self._kinds = array("q")
        self._reasons: list[str] = []
        self._index: dict[str, int] = {}
        for pair in pairs:
            self.append(pair)

    def append(self, pair: tuple[int, str]) -> None:
        row, reason = pair
        kind = self._index.get(reason)
        if kind is None:
            kind = self._index[reason] = len(self._reasons)
            self._reasons.append(reason)
        self._rows.append(row)
        self._kinds.append(kind)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> tuple[int, str]: ...

    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, str]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, str] | list[tuple[int, str]]:
        if isinstance(i, slice):
            return list(zip(self._rows[i], (self._reasons[k] for k in self._kinds[i]), strict=True))
        return self._rows[i], self._reasons[self._kinds[i]]

    def __iter__(self) -> Iterator[tuple[int, str]]:
        reasons = self._reasons
        for row, kind in zip(self._rows, self._kinds, strict=True):
            yield row, reasons[kind]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Refusals | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (mutable, as a list)

    def __repr__(self) -> str:
        return f"Refusals({self[:5]!r}{' ...' if len(self) > 5 else ''}, {len(self)} rows)"

    def sort(self) -> None:
        """In row order, whichever check refused them (stable: one row's reasons as they came)."""
        import numpy as np

        rows = np.frombuffer(self._rows, dtype=np.int64) if self._rows else np.zeros(0, np.int64)
        if (rows[1:] >= rows[:-1]).all():
            return
        order = np.argsort(rows, kind="stable")
        kinds = np.frombuffer(self._kinds, dtype=np.int64)
        self._rows = array("q", rows[order].tobytes())
        self._kinds = array("q", kinds[order].tobytes())

    def reasons(self) -> Sequence[str]:
        """Each distinct reason once, in the order first given."""
        return tuple(self._reasons)

    def counts(self) -> dict[str, int]:
        """How many rows each distinct reason refused."""
        tally = [0] * len(self._reasons)
        for kind in self._kinds:
            tally[kind] += 1
        return dict(zip(self._reasons, tally, strict=True))


def compact(refused: Iterable[tuple[int, str]]) -> Refusals:
    """``refused`` as :class:`Refusals` (itself when it is one)."""
    return refused if isinstance(refused, Refusals) else Refusals(refused)
