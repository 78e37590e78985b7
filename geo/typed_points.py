"""A point an analyst types ("48.19, 37.25", "48,19; 37,25", "−33.9, 18.4" copied from a page):
read from the box, and an event moved there, in the country and region whose outlines hold it."""

from __future__ import annotations

import re

from geo.gazetteer import Place
from geo.outline_of import UNCODED, country_at, region_at
from geo.precision import GeoPrecision
from geo.records import EventError
from geo.textio import as_report
from geo.vocabulary import shortened

_POINT = re.compile(
    r"^\s*\(?\s*([-+]?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*\)?\s*$"
)
# Coordinates written with decimal commas, as much of Europe writes them: "48,12; 37,23" or
# "48,12 37,23" (the pair then separated by a semicolon or a space).
_COMMA_POINT = re.compile(
    r"^\s*\(?\s*([-+]?\d{1,2},\d+)\s*(?:;|,\s|\s)\s*([-+]?\d{1,3},\d+)\s*\)?\s*$"
)
# "48,12": two numbers, or one with a decimal comma? Asked, not guessed.
_AMBIGUOUS_COMMA = re.compile(r"^\s*[-+]?\d{1,3},\d+\s*$")
# Numbers with a separator and no letter but an exponent's ("48,,19", "1e308,5", "48.19,37.25,"):
# meant as coordinates, never a place's name, so not looked up in the gazetteer as one.
_NUMBERS_ONLY = re.compile(r"^(?=.*\d)(?=.*[.,;])[\d\s.,;:+\-()eE°]+$")
# Minus signs as web pages and word processors write them (U+2212, en dash, small and fullwidth
# hyphen-minus): "−33.9, 18.4" copied from a page is coordinates, not a place called that; the
# Arabic decimal separator is a decimal point ("٤٨٫١٩, ٣٧٫٢٥": the digits are read as digits).
_MINUS = str.maketrans({**dict.fromkeys("\u2212\u2013\ufe63\uff0d", "-"), "\u066b": "."})
_SPACES = re.compile(r"\s+")


def typed_text(text: str) -> str:
    """What was typed in the review's place box as it is looked up: invisible characters pasted
    with it dropped (as from a report), other minus signs read as "-"."""
    return as_report(text).translate(_MINUS).strip()


def typed_point(text: str) -> tuple[float, float] | None:
    """``(lat, lon)`` when ``text`` is coordinates ("48.12, 37.23", or with decimal commas
    "48,12; 37,23"), else None (a place name).

    Raises
    ------
    EventError
        Coordinates out of range (latitude first: "37.2, 48.1" is read as typed), or "48,12",
        which could be one number or two.
    """
    # a run of spaces read as one: the patterns' spaces around the separator and before the end
    # tried every split of a long run ("48.5711" and 100,000 spaces before a letter: minutes)
    text = _SPACES.sub(" ", typed_text(text))
    shown = shortened(text)  # one line, whatever was pasted
    if _AMBIGUOUS_COMMA.match(text):
        raise EventError(
            f"{shown} could be one number or two: write lat, lon with decimal points "
            "(48.12, 37.23) or a space after the comma (48, 12)"
        )
    found = _POINT.match(text) or _COMMA_POINT.match(text)
    if not found:
        if _NUMBERS_ONLY.match(text):
            raise EventError(
                f"{shown} is not a point Sitrep Map can read: write lat, lon in degrees with "
                "decimal points (48.19, 37.25)"
            )
        return None
    lat, lon = (float(part.replace(",", ".")) for part in (found[1], found[2]))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise EventError(f"{shown} is not a point: latitude first (-90 to 90), then longitude")
    return lat, lon


def with_point(
    record: dict, lat: float, lon: float, near: tuple[Place, float] | None = None
) -> dict:
    """The record moved to coordinates an analyst typed: the place itself, named by the point
    and the town ``near`` it ("51.5200, 23.3700 (12 km from Hańsk)"), with the country and
    region whose outlines hold the point (:mod:`geo.outline_of`: 51.16, 35.18 is in Russia, though
    the nearest town is Ukrainian); with no town near, by the point alone (the old place's name
    would be wrong)."""
    label = ", ".join(f"{round(x, 4) + 0.0:.4f}" for x in (lat, lon))  # (no "-0.0000")
    country = country_at(lat, lon)
    moved = {**record, "lat": lat, "lon": lon, "geo_precision": int(GeoPrecision.PLACE)}
    if near is None:
        known = country not in (None, UNCODED)
        return {**moved, "place": label, "country": country if known else None, "admin1": None}
    town, km = near
    where = f"at {town.name}" if km < 1 else f"{km:.0f} km from {town.name}"
    if country == UNCODED:  # an outline the gazetteer names otherwise: the town's, if it is there
        country = town.country if country_at(town.lat, town.lon) == UNCODED else None
    admin1 = region_at(lat, lon, country)
    if admin1 is None and country == town.country:  # no region outlines in that country
        admin1 = town.admin1
    return {**moved, "place": f"{label} ({where})", "country": country, "admin1": admin1}
