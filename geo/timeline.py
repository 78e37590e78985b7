"""Events over time: counts per day or week, split by weapon category or event type (pure, numpy).

The Map page's time chart draws these counts; they come from the filter index's integer codes and
day numbers (:class:`geo.filtering.EventIndex`), with no Python step per event.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from geo.filtering import EventIndex, Filters
from geo.words import counted

GROUPS = ("weapon_category", "event_type")
WEEKLY_ABOVE_DAYS = 120  # longer spans are counted per week (Monday to Sunday)
_EPOCH = date(1970, 1, 1)
_FIRST_MONDAY = 4  # 1970-01-05, day number 4, was a Monday
NO_VALUE = "none"
_LENGTH = {"day": 1, "week": 7}


def charted(
    index: EventIndex, chosen: Filters, by: str, size: str | None = None
) -> tuple[pd.DataFrame, str]:
    """The Map page chart's :func:`counts` of the events every filter keeps, the dates included
    (it charted 2014-2025 under a 2025 filter, the analyst's events invisible slivers:
    newuser25), and what it charts in words: "3 events from 1 Jan 2025 (the sidebar's dates)".
    ``size`` is the bins as the reader chose them (``day``, ``week``), None for the span's
    (:func:`bin_size`): a weekly trend over 90 days was not to be had (newuser40)."""
    mask = index.mask(chosen)
    ends = [
        f"{label} {d.day} {d:%b %Y}"
        for label, d in (("from", chosen.since), ("to", chosen.until))
        if d
    ]
    number = counted(int(mask.sum()), "event")
    words = f"{number} {' '.join(ends)} (the sidebar's dates)" if ends else f"{number}, all dates"
    return counts(index, mask, by=by, size=size), words


def bin_size(first: date, last: date) -> str:
    """``"day"`` for spans up to :data:`WEEKLY_ABOVE_DAYS` days, else ``"week"``."""
    return "week" if (last - first).days > WEEKLY_ABOVE_DAYS else "day"


def bin_starts(days: np.ndarray, size: str) -> np.ndarray:
    """Each day number's bin: itself, or the Monday that starts its week."""
    if size == "day":
        return days
    if size == "week":
        return days - (days - _FIRST_MONDAY) % 7
    raise ValueError(f"'size' should be one of day, week, got {size!r} instead")


def counts(
    index: EventIndex, mask: np.ndarray, by: str = "weapon_category", size: str | None = None
) -> pd.DataFrame:
    """Events that ``mask`` keeps, counted per bin and group.

    Parameters
    ----------
    index : EventIndex
        The frame's filter index (day numbers and coded columns).
    mask : ndarray of bool
        Which events to count (e.g. every filter but the dates).
    by : str
        ``weapon_category`` or ``event_type``; events without a value count as ``none``.
    size : str, optional
        ``day`` or ``week``; default from the span of the counted events (:func:`bin_size`).

    Returns
    -------
    DataFrame
        ``start`` (date of the bin's first day), ``end`` (the day after its last), ``group``,
        ``count``; one row per bin and group that has events, in order of start; ``attrs["size"]`` says day or week. Events without a date are left out.
    """
    if by not in GROUPS:
        raise ValueError(f"'by' should be one of {', '.join(GROUPS)}, got {by!r} instead")
    coded = index.category if by == "weapon_category" else index.event_type
    dated = mask & (index.day > np.iinfo(np.int32).min + 1)
    days = index.day[dated].astype(np.int64)
    if not len(days):
        empty = pd.Series([], dtype=object)
        return pd.DataFrame({"start": empty, "end": empty, "group": empty, "count": []})
    if size not in (None, *_LENGTH):
        raise ValueError(f"'size' should be one of day, week, got {size!r} instead")
    if size is None:
        size = bin_size(_EPOCH + timedelta(int(days.min())), _EPOCH + timedelta(int(days.max())))
    starts = bin_starts(days, size)
    groups = coded.codes[dated].astype(np.int64)  # -1: no value
    names = np.append(np.asarray(coded.values, dtype=object), NO_VALUE)
    keys, number = np.unique(np.column_stack([starts, groups]), axis=0, return_counts=True)
    out = pd.DataFrame(
        {
            "start": [(_EPOCH + timedelta(int(d))).isoformat() for d in keys[:, 0]],
            "end": [(_EPOCH + timedelta(int(d) + _LENGTH[size])).isoformat() for d in keys[:, 0]],
            "group": names[keys[:, 1]],
            "count": number.astype(np.int64),
        }
    )
    out.attrs["size"] = size
    return out


def _moment(value: float | int | str) -> pd.Timestamp:
    """A chart's time value as a UTC moment: epoch milliseconds or an ISO date or date-time."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return pd.Timestamp(float(value), unit="ms", tz="UTC")
    if isinstance(value, str) and value:
        try:
            stamp = pd.Timestamp(value)
        except ValueError:
            stamp = None
        if stamp is not None and stamp is not pd.NaT:
            return stamp.tz_convert("UTC") if stamp.tzinfo else stamp.tz_localize("UTC")
    raise ValueError(f"a time value should be epoch milliseconds or an ISO date, got {value!r}")


def brushed_dates(values: list, size: str) -> tuple[date, date]:
    """The dates a brushed range of the time chart covers, widened to whole bins.

    Parameters
    ----------
    values : list
        The two ends of the brush as the chart gives them: epoch milliseconds (UTC) or ISO
        strings, in either order. A bin is drawn from its first day to the day after its
        last, so an end exactly on a bin's edge does not take in the bin after it.
    size : str
        The chart's bins, ``day`` or ``week``.

    Returns
    -------
    tuple of date
        ``since`` (first day of the first bin touched) and ``until`` (last day of the last).
    """
    if size not in _LENGTH:
        raise ValueError(f"'size' should be one of day, week, got {size!r} instead")
    if not isinstance(values, list | tuple) or len(values) != 2:
        raise ValueError(f"a brush should be two time values, got {values!r}")
    first, last = sorted(_moment(v) for v in values)
    if last > first and last == last.normalize():
        last -= pd.Timedelta(milliseconds=1)  # on a bin's edge: the bin before it
    days = np.array([(m.date() - _EPOCH).days for m in (first, last)], dtype=np.int64)
    start = bin_starts(days, size)
    return _EPOCH + timedelta(int(start[0])), _EPOCH + timedelta(int(start[1]) + _LENGTH[size] - 1)


# More bars than this across the chart (about 900 pixels at its widest) are each narrower than
# half a pixel: a century of weekly bars (5,200) drew a chart of empty axes, the events' bars
# unseen (attack40b). The chart's words then say so.
MOST_BARS = 2_000


def thin_bars(counts: pd.DataFrame) -> str | None:
    """Words saying that the bins of ``counts`` (:func:`counts`) are too many to see, with the
    way to see them; None when they can be seen."""
    if counts.empty:
        return None
    size = counts.attrs.get("size", "day")
    first, last = date.fromisoformat(min(counts["start"])), date.fromisoformat(max(counts["start"]))
    bars = (last - first).days // _LENGTH[size] + 1
    if bars <= MOST_BARS:
        return None
    return (
        f"The {bars:,} {size}s charted are each narrower than half a pixel, so bars may not show: "
        "narrow the dates (drag across the chart or the sidebar's date box) to see them"
    )
