"""Filtering events, vectorised: a frame's columns as codes, day numbers and coordinates, so that a
filter is a few numpy comparisons whatever the number of events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import claimants, region_menu, weapons
from geo.geocode.distance import distances_km


@dataclass(frozen=True, slots=True)
class Filters:
    """What a user asked to see. Empty tuples and None mean "no restriction"."""

    weapons: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    verification: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    bounds: tuple[float, float, float, float] | None = None  # west, south, east, north
    sides: tuple[str, ...] = ()  # side_of_line values (geo.sides.SIDES)
    # first-level regions, in any spelling of each (geo.region_menu)
    regions: tuple[str, ...] = ()
    # who claims it: claimants, or words of their names, any case (geo.claimants)
    claimants: tuple[str, ...] = ()
    # the reference report's events (the sample every store starts with) included or not
    sample: bool = True
    # lat, lon, km: only events whose point lies within km of that point (great circle), a
    # region-wide event never (its point is anywhere in the region): what hit near an office
    # (newuser39: no filter, link or command could say "within 25 km of Kharkiv")
    near: tuple[float, float, float] | None = None


def text_codes(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """A text column as one integer code per row (-1 for empty) into its distinct values, without
    a Python step per row (10^5 distinct sentences convert at once)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    return np.asarray(codes), pd.Index(uniques).astype(str).tolist()


class _Coded:
    """A text column as integer codes into its distinct values (-1 for empty)."""

    __slots__ = ("codes", "values")

    def __init__(self, column: pd.Series, fold: bool = False) -> None:
        self.codes, values = text_codes(column)
        self.values = np.array([v.casefold() for v in values] if fold else values, dtype=object)

    def isin(self, wanted: set[str]) -> np.ndarray:
        hit = np.append(np.isin(self.values, list(wanted)), False)  # code -1 reads the last
        return hit[self.codes]


def weapon_keys(wanted: Sequence[str]) -> tuple[set[str], set[str]]:
    """What a weapon filter matches, case-folded: weapon names (aliases made canonical) and
    categories, each with its kinds ("drone" takes in "naval drone"). An event passes when its
    weapon is among the first or its category the second."""
    names = {(weapons.canonical(w) or w).casefold() for w in wanted}
    return names, {k for w in wanted for k in weapons.kinds(w)}


class EventIndex:
    """A frame's columns prepared once for filtering: integer codes, day numbers, coordinates.

    Building it walks each column once (about 0.1 s for 100,000 events); after that every
    :meth:`mask` is a few numpy comparisons, whatever the size. Keep one per loaded frame.
    """

    def __init__(self, frame: gpd.GeoDataFrame, sample_ids: frozenset[str] = frozenset()) -> None:
        self.size = len(frame)
        # the sample's events (``sample_ids``: the reference report's), and whether there are
        # others: the user's own
        self.sample = (
            frame["event_id"].isin(sample_ids).to_numpy(dtype=bool)
            if sample_ids
            else np.zeros(self.size, dtype=bool)
        )
        self.has_own = bool((~self.sample).any())
        self.weapon = _Coded(frame["weapon"], fold=True)
        self.category = _Coded(frame["weapon_category"], fold=True)
        self.event_type = _Coded(frame["event_type"])
        self.verification = _Coded(frame["verification"])
        no_side = pd.Series(None, index=frame.index, dtype=object)
        self.side = _Coded(frame.get("side_of_line", no_side))
        self.region = _Coded(frame.get("admin1", no_side))
        self.claimant = _Coded(frame.get("claimed_by", no_side))
        dates = _Coded(frame["event_date"])
        day_of = pd.to_datetime(pd.Series(dates.values, dtype=object), errors="coerce")
        days = (day_of - pd.Timestamp("1970-01-01")).dt.days.fillna(-(2**31) + 1).to_numpy()
        self.day = np.append(days.astype(np.int32), np.int32(-(2**31) + 1))[dates.codes]
        # a region-wide event's point is its region's, anywhere in it: never "near" a place
        precision = pd.to_numeric(frame.get("geo_precision", no_side), errors="coerce")
        self.region_wide = precision.eq(3).to_numpy(dtype=bool)
        self.x = frame.geometry.x.to_numpy() if self.size else np.empty(0)
        self.y = frame.geometry.y.to_numpy() if self.size else np.empty(0)

    def newest(self, mask: np.ndarray, count: int) -> np.ndarray:
        """Positions of the ``count`` most recent events among those ``mask`` keeps, newest
        first (by the day numbers already held; nothing is converted or sorted in full)."""
        kept = np.flatnonzero(mask)
        if len(kept) > count:
            kept = kept[np.argpartition(-self.day[kept], count - 1)[:count]]
        return kept[np.argsort(-self.day[kept], kind="stable")]

    def mask(self, f: Filters) -> np.ndarray:
        """Boolean mask of the events that pass ``f``."""
        mask = np.ones(self.size, dtype=bool) if f.sample else ~self.sample
        if f.weapons:
            names, categories = weapon_keys(f.weapons)
            mask &= self.weapon.isin(names) | self.category.isin(categories)
        if f.types:
            mask &= self.event_type.isin(set(f.types))
        if f.verification:
            mask &= self.verification.isin(set(f.verification))
        if f.sides:
            mask &= self.side.isin(set(f.sides))
        if f.regions:
            mask &= self._in_regions(f.regions)
        if f.claimants:
            hit = claimants.holds(list(self.claimant.values), f.claimants)
            mask &= np.append(np.array(hit, dtype=bool), False)[self.claimant.codes]
        if f.since:
            mask &= self.day >= (f.since - date(1970, 1, 1)).days
        if f.until:
            mask &= self.day <= (f.until - date(1970, 1, 1)).days
        if f.bounds:
            west, south, east, north = f.bounds
            mask &= (self.x >= west) & (self.x <= east) & (self.y >= south) & (self.y <= north)
        if f.near:
            mask &= within_km(self.y, self.x, *f.near) & ~self.region_wide
        return mask

    def _in_regions(self, regions: Sequence[str]) -> np.ndarray:
        """Which events lie in one of ``regions``, whatever the spelling of their admin1."""
        keys = region_menu.wanted_keys(regions)
        hit = [region_menu.region_key(v) in keys for v in self.region.values]
        return np.append(np.array(hit, dtype=bool), False)[self.region.codes]


def within_km(lat: np.ndarray, lon: np.ndarray, lat0: float, lon0: float, km: float) -> np.ndarray:
    """Which points (``lat``, ``lon`` in degrees) lie within ``km`` of (``lat0``, ``lon0``), by
    the geocoder's great-circle distance (numpy, one pass whatever the number of points)."""
    return np.asarray(distances_km(lat0, lon0, lat, lon) <= km)


def filter_mask(frame: gpd.GeoDataFrame, f: Filters) -> np.ndarray:
    """Boolean mask of the events that pass ``f`` (builds an :class:`EventIndex`; keep one
    instead when filtering the same frame again and again)."""
    return EventIndex(frame).mask(f)


def apply_filters(frame: gpd.GeoDataFrame, f: Filters) -> gpd.GeoDataFrame:
    """The events that pass ``f``."""
    return frame[filter_mask(frame, f)]
