"""What an analyst does to extracted events before saving: other places to choose, edits checked."""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping

import geopandas as gpd
import pandas as pd

from geo import events as ev
from geo import theatre
from geo.excerpt import highlighted as highlighted
from geo.gazetteer import Place
from geo.geocode import Geocoder, find_toponyms
from geo.geocode.cues import SUFFIX_REGION
from geo.geocode.distance import distance_km
from geo.geocode.town_in_region import town_in_region
from geo.geocode.typed import region_words, typed_places
from geo.precision import PRECISION_SCALES, GeoPrecision
from geo.records import EventError, validate
from geo.region_candidates import regions_first, same_name
from geo.textio import as_report
from geo.typed_points import typed_point as typed_point
from geo.typed_points import typed_text
from geo.typed_points import with_point as with_point
from geo.vocabulary import shortened
from geo.weapons import normalised

EDITABLE = (
    "event_type",
    "event_date",
    "time_precision",
    "weapon",
    "weapon_category",
    "actor",
    "geo_precision",
    "fatalities",
    "injured",
    "verification",
    "claimed_by",
    "notes",
    "launched",  # an interception's counts (newuser25: no field for them in the review)
    "destroyed",
)


PLACE_FIELDS = ("place", "country", "admin1", "lat", "lon", "geo_precision")


def with_table_edits(
    records: list[dict], edited_rows: Mapping[int, Mapping[str, object]]
) -> list[dict]:
    """The records as the review's table shows them after an analyst's edits (row number ->
    column -> value, precisions in words), for the map beside it: a value the record would not
    take (a date half typed) leaves that record as it was until it is one."""
    out = list(records)
    for key, changes in edited_rows.items():
        i = int(key) if isinstance(key, str) and key.isdigit() else key  # (JSON's keys are text)
        if not isinstance(i, int) or not 0 <= i < len(out):
            continue
        changed = dict(out[i])
        for column, value in changes.items():
            if column not in EDITABLE:
                continue
            if column in PRECISION_SCALES:
                scale = PRECISION_SCALES[column]
                value = next((int(p) for p in scale if p.words == value), None)
            changed[column] = None if value == "" else value
        changed = with_weapon_edit(out[i], changed)
        try:
            counts_agree(validate(changed))
        except EventError:
            continue
        out[i] = changed
    return out


def with_weapon_edit(original: Mapping[str, object], row: dict) -> dict:
    """``row`` (``original`` as an analyst edited it in the review's table) with its weapon named
    and categorised as imports and the hand-add form do (:func:`geo.weapons.normalised`): "KAB"
    typed in the weapon cell is a glide bomb (it stayed in no category: drawn as "Weapon: none",
    left out of the glide-bomb filter and export). A category the analyst chose in the same
    edit stands; a weapon the vocabulary does not know keeps the event's category."""
    weapon = row.get("weapon")
    if _plain(weapon) == _plain(original.get("weapon")) or not isinstance(weapon, str):
        return row
    named, category = normalised(as_report(weapon), None)
    chose = _plain(row.get("weapon_category"))  # (the table shows the category "KAB" gives)
    if chose not in (_plain(original.get("weapon_category")), _plain(category)):
        return row  # the analyst chose the category too
    return {**row, "weapon": named, "weapon_category": category or row.get("weapon_category")}


def person_edits(extracted: Iterable[dict], rows: Iterable[dict]) -> dict[str, dict[str, object]]:
    """The fields an analyst changed, by event id, each with the value it replaced: where
    ``rows`` (to be saved) differ from what the review first showed (``extracted``). The store
    lets these replace a stored correction, and logs a new event's as its first correction."""
    before = {r["event_id"]: r for r in extracted}
    out: dict[str, dict[str, object]] = {}
    for row in rows:
        old = before.get(row["event_id"])
        if old is None:
            continue
        fields = {
            k: None if _plain(old.get(k)) is None else old.get(k)
            for k in (*EDITABLE, *PLACE_FIELDS)
            if _plain(row.get(k)) != _plain(old.get(k))
        }
        if fields:
            out[row["event_id"]] = fields
    return out


def _plain(value):
    """A cell's value for comparison: blank is None, every number a float."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return None if value != value else float(value)
    return None if value is None or pd.isna(value) else value


def place_choices(
    geocoder: Geocoder, record: dict, text: str, limit: int = 8
) -> list[tuple[Place, float]]:
    """Ranked places the event's place words could mean, resolved in the report's context."""
    mention = record.get("place_mention") or record.get("place") or ""
    spans = find_toponyms(geocoder, mention)
    name = mention[spans[-1][0] : spans[-1][1]] if spans else record.get("place") or mention
    if SUFFIX_REGION.match(mention.strip()) and spans and spans[-1][1] < len(mention.rstrip()):
        name = mention[spans[-1][0] :].strip()  # "Odesa region": the region word is read too
    if not name.strip():
        return []
    countries = theatre.current().countries
    out = typed_places(geocoder, name, text, countries)
    placed = record.get("place")
    if placed and not any(same_name(record, p) for p, _ in out[:limit]):
        # the words name what locates the place, not the place ("a terminal on the Danube" at
        # Izmail): the event's own place first, not the words' first reading (a Minnesota village)
        own = [
            c
            for c in geocoder.geocode(placed, text, countries).candidates
            if distance_km(c.place.lat, c.place.lon, record["lat"], record["lon"]) < 1
        ]
        out = [(own[0].place, own[0].score)] + out if own else out
    return regions_first(out, record, geocoder.gazetteer)[:limit]


def typed_words(value: object) -> object:
    """Text an analyst typed in a review's field (claimed by, weapon, notes) as a report's text
    is read: invisible characters and NUL dropped (a NUL made every CSV and GeoPackage export of
    the store refuse, a zero-width space hid a weapon's name); what is not text is left to
    :func:`geo.records.validate`."""
    return as_report(value) if isinstance(value, str) else value


def typed_fields(row: Mapping[str, object]) -> dict[str, object]:
    """The free-text fields of a typed ``row`` (weapon, actor, claimed by, notes) as
    :func:`typed_words` reads them."""
    return {k: typed_words(row.get(k)) for k in _TYPED if k in row}


_TYPED = ("weapon", "actor", "claimed_by", "notes")


def not_found(typed: str, geocoder: Geocoder | None = None) -> str:
    """The one line saying a typed place is not in the gazetteer, what was typed quoted short
    (a pasted 100,000 letters were repeated whole); "town, region": the town is not in that
    region (its capital was offered instead)."""
    inside = (
        town_in_region(geocoder, typed_text(typed), theatre.current().countries)
        if geocoder
        else None
    )
    if inside is not None:
        town, area, _ = inside
        return (
            f"{shortened(town)} is not in the gazetteer in {area.name}"
            f"{'' if area.feature == 'country' else f' region ({area.country})'}: type lat, lon"
        )
    return f"{shortened(typed_text(typed))} is not in the gazetteer: type lat, lon"


def typed_choices(
    geocoder: Geocoder, name: str, text: str, limit: int = 8
) -> list[tuple[Place, float]]:
    """Places a typed ``name`` could be, ranked in the report's context (as :func:`place_choices`);
    a name with a region word after it ("Kharkiv region", "Sumy oblast") lists the areas of that
    name first (the city came first: typed words are read without a sentence around them)."""
    name = typed_text(name)
    if not name:
        return []
    if (inside := town_in_region(geocoder, name, theatre.current().countries)) is not None:
        return inside[2][:limit]  # "Novyi Trud, Donetsk": the town in that region, or none
    if region_words(name):  # "Zaporizhzhia Oblast", "region of Odesa": the region, read whole
        return typed_places(geocoder, name, text, theatre.current().countries)[:limit]
    out = place_choices(geocoder, {"place_mention": name}, text, max(limit, 8))
    if SUFFIX_REGION.match(name):
        out.sort(key=lambda c: c[0].feature not in _AREAS)  # stable: each kind keeps its rank
    return out[:limit]


_AREAS = ("admin1", "admin2", "region")


def with_place(record: dict, place: Place) -> dict:
    """The record moved to ``place`` (a region makes it region-level)."""
    out = dict(record)
    out.update(
        place=place.name, country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon
    )
    region = GeoPrecision.REGION
    if place.feature in ("admin1", "region") and out.get("geo_precision") != region:
        out["geo_precision"] = int(region)
    elif place.feature not in ("admin1", "region") and out.get("geo_precision") == region:
        out["geo_precision"] = int(GeoPrecision.PLACE)
    return out


def checked_frame(rows: Iterable[dict]) -> gpd.GeoDataFrame:
    """Edited rows as events; a bad value raises EventError naming the row (1-based) and field.
    Typed text is read as a report's (:func:`typed_words`)."""
    checked = []
    for n, row in enumerate(rows, 1):
        try:
            checked.append(validate({**row, **typed_fields(row)}))
        except EventError as exc:
            raise EventError(f"row {n}: {exc}") from None
    return ev.to_frame(checked)


def counts_agree(record: dict) -> dict:
    """``record``, or EventError when it has more destroyed than launched."""
    if record["launched"] is not None and (record["destroyed"] or 0) > record["launched"]:
        raise EventError(
            f"destroyed ({record['destroyed']}) should be no more than launched "
            f"({record['launched']})"
        )
    return record


def unticked(edited_rows: Mapping[object, Mapping[str, object]]) -> set[int]:
    """The rows an analyst unticked ("keep" off) among the review table's unsaved edits."""
    return {int(str(i)) for i, row in edited_rows.items() if row.get("keep") is False}
