"""GeoJSON FeatureCollections from Sitrep Map or other tools: property names mapped, the rest kept."""

from __future__ import annotations

import json
import math
import re

from geo import formats as f
from geo import vocabulary
from geo.formats.places import Locator, named_precision
from geo.formats.table import row_source
from geo.outline_of import UNCODED, country_at, region_at
from geo.records import PROPERTIES, EventError, given, validate

# Other tools' names for our fields.
SYNONYMS = {
    "date": "event_date",
    "datetime": "event_date",
    "type": "event_type",
    "category": "weapon_category",
    "weapon_type": "weapon",
    "weapon_system": "weapon",
    "deaths": "fatalities",
    "killed": "fatalities",
    "wounded": "injured",
    "location": "place",
    "region": "admin1",
    "name": "place",
    "description": "notes",
    "status": "verification",
    "id": "event_id",
    "claimant": "claimed_by",
}

_NUMBERS = ("fatalities", "injured", "time_precision", "geo_precision", "span_start", "span_end")


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    doc = _collection(data, name)
    mapping: dict[str, str] = {}
    records, refused = [], []
    locator = Locator(gazetteer)
    for n, feat in enumerate(doc["features"], start=1):
        try:
            records.append((n, _sourced(_record(feat, name, mapping, locator), name, n)))
        except (EventError, ValueError, TypeError) as exc:
            refused.append((n, f"feature {n}: {exc}"))
    for key in PROPERTIES:
        mapping.setdefault(key, key)
    return f.build("geojson", records, mapping, len(doc["features"]), refused)


def _json_fault(text: str, exc: json.JSONDecodeError, name: str) -> str:
    """One whole line for a JSON error: a file that stops before its JSON is complete (a download
    cut short) says where it ends; json's own words ("Unterminated string starting at") end in
    the position it leaves out, so the line and column are put after them."""
    ends = len(text.rstrip())
    last = text.rfind("\n", 0, ends) + 1
    end_line, end_column = text.count("\n", 0, ends) + 1, ends - last
    if exc.msg.startswith("Unterminated string"):
        return (
            f"{name} is not complete JSON: it ends at line {end_line}, column {end_column} "
            f"inside a string opened at line {exc.lineno}, column {exc.colno} (cut short?)"
        )
    if exc.pos >= ends:
        return (
            f"{name} is not complete JSON: it ends at line {end_line}, column {end_column} "
            "before its brackets are closed (cut short?)"
        )
    words = exc.msg.removesuffix(" starting at").removesuffix(" at")
    return f"{name} is not valid JSON at line {exc.lineno}, column {exc.colno}: {words}"


def _collection(data: bytes, name: str) -> dict:
    """The file's FeatureCollection, or one line saying why it is not one."""
    text = f.text_of(data, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise f.ImportFormatError(_json_fault(text, exc, name)) from None
    except RecursionError:
        raise f.ImportFormatError(
            f"{name} nests arrays or objects too deeply for GeoJSON: give a FeatureCollection"
        ) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise f.ImportFormatError(f"{name} is not readable JSON: {exc}".split(";")[0]) from None
    if (
        not isinstance(doc, dict)
        or doc.get("type") != "FeatureCollection"
        or not isinstance(doc.get("features"), list)
    ):
        raise f.ImportFormatError(
            f'{name} is not a GeoJSON FeatureCollection: it needs "type" and "features"'
        )
    crs = _crs_name(doc.get("crs"))
    if crs is not None and not _LONLAT.search(crs):
        raise f.ImportFormatError(
            f"{name} says its coordinates are in {crs[:80]}, not longitude and latitude: "
            "export it again as GeoJSON in WGS 84 (EPSG:4326), as RFC 7946 asks"
        )
    return doc


# The old GeoJSON "crs" member (2008 draft): a named system other than plain longitude and
# latitude means the numbers are not degrees (metres of a projection); RFC 7946 dropped it.
_LONLAT = re.compile(r"(?:^|[^\d])(?:CRS84|CRS:84|4326)$", re.I)


def _crs_name(crs) -> str | None:
    """The name a FeatureCollection's ``crs`` member gives, or None when it gives none."""
    if crs is None:
        return None
    properties = crs.get("properties") if isinstance(crs, dict) else None
    name = properties.get("name") if isinstance(properties, dict) else None
    return str(name) if isinstance(name, str) else "an unnamed or linked coordinate system"


def _point(feat) -> list:
    if not isinstance(feat, dict):
        raise EventError("not a Feature object")
    geom = feat.get("geometry") or {}
    if not isinstance(geom, dict) or geom.get("type") != "Point":
        shown = geom.get("type") if isinstance(geom, dict) else geom
        raise EventError(f"geometry should be a Point object, got {given(shown)}")
    coordinates = geom.get("coordinates")
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        got = len(coordinates) if isinstance(coordinates, list) else repr(coordinates)
        raise EventError(f"a Point needs two coordinates (longitude, latitude), got {got}")
    # A third is the altitude, which a map of the ground leaves out; a fourth (a measure, a
    # time) has no agreed meaning (RFC 7946, 3.1.1): the row is refused, not read as if the
    # numbers were ours.
    if len(coordinates) > 3:
        raise EventError(
            f"a Point has two or three coordinates (longitude, latitude, altitude), got "
            f"{len(coordinates)}: write it without the ones after the altitude"
        )
    # an altitude that is no number ("high", null, true, NaN) says the file is not what it seems:
    # refused as a longitude would be, not passed over (attack38 left it)
    if len(coordinates) == 3 and not _finite(coordinates[2]):
        raise EventError(
            f"'altitude' (the Point's third coordinate) should be a number, got "
            f"{given(coordinates[2])} instead: write it as a number or leave it out"
        )
    return coordinates


def _finite(value) -> bool:
    """Whether ``value`` is a finite JSON number (not a boolean)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _mapped(props: dict, mapping: dict[str, str]) -> tuple[dict, dict]:
    """Properties under our names (``mapping`` learns which of theirs), and the rest."""
    record, extra = {}, {}
    for key, value in props.items():
        target = key if key in PROPERTIES else SYNONYMS.get(str(key).lower())
        if target and target not in record:
            record[target] = value
            if target != key:
                mapping[target] = key
        else:
            extra[key] = value
    kept = record.pop("extra", None)
    if isinstance(kept, dict):
        extra = {**kept, **extra}
    elif kept is not None:  # ("extra": "text" or [1, 2] was dropped without a word: attack39b)
        extra = {"extra": kept, **extra}
    return record, extra


def _record(feat, name: str, mapping: dict[str, str], locator: Locator) -> dict:
    # RFC 7946's unlocated Feature ("geometry": null): put at the place it names, if it does
    unlocated = isinstance(feat, dict) and feat.get("geometry", {}) is None
    coordinates = None if unlocated else _point(feat)
    props = feat.get("properties") or {}
    if not isinstance(props, dict):
        raise EventError("'properties' should be an object")
    record, extra = _mapped(props, mapping)
    span = record.pop("source_span", None)
    if isinstance(span, list) and len(span) == 2:
        record["span_start"], record["span_end"] = span
    for key in _NUMBERS:
        if key in record:
            record[key] = f.number(record[key], key)
    if record.get("event_type") and record["event_type"] not in vocabulary.EVENT_TYPES:
        record["event_type"] = f.event_type_in(str(record["event_type"]), "other")
    record.setdefault("time_precision", 1)
    record["extra"] = json.dumps(extra, ensure_ascii=False, default=str) if extra else None
    if coordinates is None:
        return locator.record(record, None)
    # GeoJSON is longitude first
    record["lon"] = f.coordinate(coordinates[0], "longitude")
    record["lat"] = f.coordinate(coordinates[1], "latitude")
    # a point named "Odesa region" is somewhere in that region, not exactly there
    if record.get("geo_precision") is None:
        record["geo_precision"] = named_precision(locator.gazetteer, record.get("place"))
    if not str(record.get("place") or "").strip():  # a point with no name: its coordinates name it
        record["place"] = f"{record['lat']:.5f}, {record['lon']:.5f}"
    elif isinstance(record["place"], str) and not set(PROPERTIES) <= props.keys():
        # far from every place of its name: refused (our export's features: as stored)
        locator.check_point(record["place"].strip(), (record["lat"], record["lon"]))
    return _outlined(record)


def _sourced(record: dict, name: str, n: int) -> dict:
    """A feature without a source property is the file's ``n``-th ("drones.geojson, feature 3");
    its id, when it gives none, made from the file's name as before (the same file imported again
    gives the same ids). A source property, null included (our export), stands."""
    if "source" in record:
        return record
    try:  # (the id does not hang on the status, which formats.build gives one that has none)
        made = validate({**record, "source": name, "verification": "unverified"})["event_id"]
    except EventError:  # refused by formats.build with its reason
        return record
    return {
        **record,
        "event_id": record.get("event_id") or made,
        "source": row_source(name, "geojson", n),
    }


def _outlined(record: dict) -> dict:
    """The country and region of a point whose feature has no country property: those whose
    outlines hold it (features of other tools came in with no country at all); a country the
    file gives, blank included (Sitrep Map's own export of an event with none), stands."""
    if "country" in record:
        return record
    country = country_at(record["lat"], record["lon"])
    if country in (None, UNCODED):
        return record
    admin1 = record.get("admin1") or region_at(record["lat"], record["lon"], country)
    return {**record, "country": country, "admin1": admin1}
