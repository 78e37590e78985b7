"""GeoJSON FeatureCollections from Sitrep Map or other tools: property names mapped, the rest kept."""

from __future__ import annotations

import json

from geo import formats as f
from geo.events import PROPERTIES

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
    "name": "place",
    "description": "notes",
    "status": "verification",
    "id": "event_id",
}


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    try:
        doc = json.loads(f.text_of(data, name))
    except json.JSONDecodeError as exc:
        raise f.ImportFormatError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None
    if (
        not isinstance(doc, dict)
        or doc.get("type") != "FeatureCollection"
        or not isinstance(doc.get("features"), list)
    ):
        raise f.ImportFormatError(
            f'{name} is not a GeoJSON FeatureCollection: it needs "type" and "features"'
        )
    mapping: dict[str, str] = {}
    records, refused = [], []
    for n, feat in enumerate(doc["features"], start=1):
        try:
            if not isinstance(feat, dict):
                raise f.ev.EventError("not a Feature object")
            geom = feat.get("geometry") or {}
            if (
                geom.get("type") != "Point"
                or not isinstance(geom.get("coordinates"), list)
                or len(geom["coordinates"]) < 2
            ):
                raise f.ev.EventError(f"geometry should be a Point, got {geom.get('type')!r}")
            props = feat.get("properties") or {}
            if not isinstance(props, dict):
                raise f.ev.EventError("'properties' should be an object")
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
            span = record.pop("source_span", None)
            if isinstance(span, list) and len(span) == 2:
                record["span_start"], record["span_end"] = f.number(span[0]), f.number(span[1])
            for key in ("fatalities", "injured", "time_precision", "geo_precision"):
                if key in record:
                    record[key] = f.number(record[key])
            if record.get("event_type") and record["event_type"] not in f.ev.EVENT_TYPES:
                record["event_type"] = f.event_type_in(str(record["event_type"]), "other")
            if not record.get("weapon_category") and record.get("weapon"):
                record["weapon_category"] = f.wv.category_of(str(record["weapon"]))
            record.setdefault("time_precision", 1)
            record.setdefault("geo_precision", 1)
            record.setdefault("verification", "claimed")
            record.setdefault("source", name)
            # GeoJSON is longitude first
            record["lon"] = f.coordinate(geom["coordinates"][0], "longitude")
            record["lat"] = f.coordinate(geom["coordinates"][1], "latitude")
            record["extra"] = json.dumps(extra, ensure_ascii=False, default=str) if extra else None
            records.append((n, record))
        except (f.ev.EventError, ValueError, TypeError) as exc:
            refused.append((n, f"feature {n}: {exc}"))
    for key in PROPERTIES:
        mapping.setdefault(key, key)
    return f.build("geojson", records, mapping, len(doc["features"]), refused)
