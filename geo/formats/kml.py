"""KML for Google Earth: one Placemark per event, styled by weapon category, all fields as data;
and such a file read back (an import)."""

from __future__ import annotations

import html
import math
import re
from xml.etree import ElementTree
from xml.sax import saxutils

import geopandas as gpd

from geo import formats as f
from geo.event_names import event_place
from geo.formats.cells import missing
from geo.layers import CATEGORY_COLOURS
from geo.records import COLUMNS, PROPERTIES, EventError, given

ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
FIELDS = [p for p in PROPERTIES if p != "source_span"] + [  # extra too: a re-import keeps it
    "source_span_start",
    "source_span_end",
]


# What XML 1.0 cannot hold at all, not even as a character reference: C0 controls other than tab,
# newline and carriage return, lone surrogates, U+FFFE and U+FFFF. Such a character is written
# as the text "\\u0001" so the file stays valid XML and the reader still sees what was there.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """``text`` as XML character data: markup escaped, characters XML cannot hold spelled out."""
    return saxutils.escape(_NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


# Google Earth reads a description as HTML and runs its scripts, and its default balloon adds the
# name and the data fields as HTML: the balloon is the description alone, whose text is escaped
# for HTML before XML (a report's "<img onerror=...>" shows as typed).
_BALLOON = "<BalloonStyle><text>$[description]</text></BalloonStyle>"


def _kml_colour(hex_rgb: str) -> str:
    """``#rrggbb`` as KML's ``aabbggrr``."""
    r, g, b = hex_rgb[1:3], hex_rgb[3:5], hex_rgb[5:7]
    return f"ff{b}{g}{r}"


def _style_id(category: str | None) -> str:
    """The style of a weapon category; one the map has no colour for (a store edited outside
    Sitrep Map may hold any text, markup too) takes the style of none."""
    known = category if category in CATEGORY_COLOURS else "none"
    return "cat-" + known.replace(" ", "-")


# the fields written as numbers: an interception's counts too, numbers in QGIS (newuser36)
_INT_FIELDS = frozenset(
    {
        "time_precision",
        "geo_precision",
        "fatalities",
        "injured",
        "launched",
        "destroyed",
        "source_span_start",
        "source_span_end",
    }
)


def to_kml(frame: gpd.GeoDataFrame) -> str:
    """Events as a KML document (every text escaped; no scripts, no network links)."""
    out = _head()
    xs, ys = frame.geometry.x.tolist(), frame.geometry.y.tolist()
    for i, row in enumerate(frame.to_dict("records")):
        out.extend(_placemark(row, xs[i], ys[i]))
    out.append("</Document></kml>")
    return "\n".join(out)


def _head() -> list[str]:
    """The document's opening lines: a style per weapon category, the event's schema."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Sitrep Map events</name>',
    ]
    for category, colour in CATEGORY_COLOURS.items():
        out.append(
            f'<Style id="{_style_id(category if category != "none" else None)}"><IconStyle>'
            f"<color>{_kml_colour(colour)}</color><scale>1.1</scale><Icon><href>{ICON}</href></Icon>"
            f"</IconStyle>{_BALLOON}</Style>"
        )
    out.append('<Schema name="event" id="event">')
    for name in FIELDS:
        kind = "int" if name in _INT_FIELDS else "string"
        out.append(f'<SimpleField name="{name}" type="{kind}"/>')
    out.append("</Schema>")
    return out


def _placemark(record: dict, x: float, y: float) -> list[str]:
    """One event's Placemark lines: its title and balloon, day, style, fields and point."""
    row: dict = {k: (None if missing(v) else v) for k, v in record.items()}
    row["source_span_start"], row["source_span_end"] = row.get("span_start"), row.get("span_end")
    title = f"{row['event_type']} · {event_place(row)} · {row['event_date']}"
    what = row.get("weapon") or row.get("weapon_category") or ""
    said = (what, row.get("verification"), row.get("claimed_by"), row.get("source_text"))
    description = "; ".join(str(x) for x in said if x)
    balloon = f"<b>{html.escape(title)}</b><br>{html.escape(description)}"
    out = [
        f"<Placemark><name>{escape(title)}</name><description>{escape(balloon)}</description>",
        f"<TimeStamp><when>{escape(row['event_date'])}</when></TimeStamp>",
        f"<styleUrl>#{_style_id(row.get('weapon_category'))}</styleUrl>",
        '<ExtendedData><SchemaData schemaUrl="#event">',
    ]
    for name in FIELDS:
        if row.get(name) is not None:
            out.append(f'<SimpleData name="{name}">{escape(str(row[name]))}</SimpleData>')
    out.append("</SchemaData></ExtendedData>")
    out.append(f"<Point><coordinates>{x:.6f},{y:.6f}</coordinates></Point></Placemark>")
    return out


# Reading: the Placemarks of a KML file such as :func:`to_kml` writes, back into event records.

_KML = "{http://www.opengis.net/kml/2.2}"
_NUMBERS = ("time_precision", "geo_precision", "fatalities", "injured", "launched", "destroyed")
_SPANS = {"source_span_start": "span_start", "source_span_end": "span_end"}


# expat's codes for a document that stops before its elements close: no element found, unclosed
# token, partial character (pyexpat.errors.codes)
_XML_ENDS_EARLY = {3, 5, 6}


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    """Events of a KML file's Placemarks: a point each and its fields as ``SimpleData`` or
    ``Data`` (as :func:`to_kml` writes them). A document type (where entities hide) is refused."""
    text = f.text_of(data, name)
    if "<!DOCTYPE" in text[:4096].upper() or "<!ENTITY" in text.upper():
        raise f.ImportFormatError(f"{name}: a KML file with a DOCTYPE or entities is not read")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        if exc.code in _XML_ENDS_EARLY:
            line, column = exc.position
            raise f.ImportFormatError(
                f"{name} is not valid KML: {f.DAMAGED} (it stops at line {line}, column {column})"
            ) from None
        raise f.ImportFormatError(f"{name} is not valid KML (XML): {exc}") from None
    records, refused = [], []
    placemarks = list(root.iter(f"{_KML}Placemark"))
    _none_nested(placemarks, name)
    if placemarks and not any(_typed(p) for p in placemarks):
        raise f.ImportFormatError(other_tools_kml(name, len(placemarks)))
    for n, placemark in enumerate(placemarks, start=1):
        try:
            records.append((n, _record(placemark)))
        except (EventError, ValueError) as exc:
            refused.append((n, f"placemark {n}: {exc}"))
    mapping = {p: p for p in FIELDS}
    return f.build("kml", records, mapping, len(placemarks), refused)


def _none_nested(placemarks: list[ElementTree.Element], name: str) -> None:
    """ImportFormatError in one line when a placemark holds another: each placemark's fields are
    read from its whole subtree, so 16,000 placemarks nested in each other (2 MB) took 49 s and
    a 20 MB upload hours. Checked in time linear in the file: an unnested placemark's subtree is
    walked once, and a walk stops at the first placemark inside."""
    for n, placemark in enumerate(placemarks, start=1):
        inside = placemark.iter(f"{_KML}Placemark")
        next(inside)  # the placemark itself
        if next(inside, None) is not None:
            raise f.ImportFormatError(
                f"{name}: placemark {n} holds another placemark (KML puts placemarks in "
                "folders, never in each other): not read"
            )


def _typed(placemark: ElementTree.Element) -> bool:
    """Whether a placemark gives an event type (as :func:`to_kml` writes it)."""
    names = (d.get("name") for tag in ("SimpleData", "Data") for d in placemark.iter(_KML + tag))
    return "event_type" in names


def other_tools_kml(name: str, placemarks: int) -> str:
    """The one line refusing a KML whose placemarks carry no event type (Google Earth's pins:
    a name, a description, a time, a point), each refused with "'event_type' should be one of
    ... got None" (newuser20)."""
    return (
        f"{name}: its {placemarks} placemark(s) give no event type (pins from Google Earth or "
        "another tool: a name, a description, a point); Sitrep Map reads the KML it exports, "
        "with event_type and event_date in each placemark's ExtendedData. Import such pins "
        "as a CSV with date, type (strike, fighting, interception, meeting, other) and "
        "location or lat, lon columns"
    )


def _altitude(rest: list[str]) -> None:
    """Refuse what follows longitude and latitude unless it is one finite number, the altitude
    a map of the ground leaves out ("36.2,50,high" and "36.2,50,1,2" were read as 36.2,50)."""
    if len(rest) > 1:
        raise EventError(
            "the Point's coordinates should be longitude,latitude[,altitude], got "
            f"{len(rest) + 2} numbers: write it without the ones after the altitude"
        )
    if rest and not math.isfinite(f.coordinate(rest[0], "altitude")):
        raise EventError(f"'altitude' should be a finite number, got {given(rest[0])} instead")


def _record(placemark: ElementTree.Element) -> dict:
    fields = {str(d.get("name")): d.text or "" for d in placemark.iter(f"{_KML}SimpleData")}
    for d in placemark.iter(f"{_KML}Data"):  # <Data name=".."><value>..</value></Data>
        fields[str(d.get("name"))] = d.findtext(f"{_KML}value") or ""
    coordinates = placemark.findtext(f".//{_KML}Point/{_KML}coordinates")
    if not coordinates:
        raise EventError("the placemark has no Point")
    parts = coordinates.strip().split(",")  # longitude,latitude[,altitude]
    if len(parts) < 2:
        raise EventError("the Point's coordinates should be longitude,latitude")
    lon, lat = f.coordinate(parts[0], "longitude"), f.coordinate(parts[1], "latitude")
    _altitude(parts[2:])
    record: dict = {c: None for c in COLUMNS}
    for key, value in fields.items():
        key = _SPANS.get(key, key)
        if key in record and key not in ("source_span", "side_of_line"):
            record[key] = (
                f.number(value, key) if key in _NUMBERS + tuple(_SPANS.values()) else value
            )
    if not record["event_date"]:
        record["event_date"] = placemark.findtext(f"{_KML}TimeStamp/{_KML}when")
    record.update(lat=lat, lon=lon)
    return record
