"""How an event's place is named wherever a reader sees it: the map's popup, the History page,
the review and the names of an exported KML's placemarks.

An event placed somewhere in a first-level region is stored at the region, under GeoNames' name
for it ("Odessa", "Zaporizhia"), which read like the city of that name (newuser20: "Place:
Zaporizhia, UA", "strike at Odessa"). It is named as the map labels the region, with "region":
"Odesa region", "Zaporizhzhya region", "Kyiv region". Any other place is named as stored, but
for GeoNames' soft signs in Russian, Ukrainian and Belarusian names, which the national
romanisations leave out ("Rossosh’" is shown "Rossosh", "Sevastopol'" "Sevastopol"), and its "ë"
for ё, written "yo" ("Orël" is shown "Oryol", as the map names its region).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from geo import assets
from geo.english_regions import english_region
from geo.gazetteer.names import normalize
from geo.gazetteer.regions import short_admin_name
from geo.place_spellings import TOWN_LEVELS, product_spelling
from geo.precision import GeoPrecision
from geo.soft_signs import SHOWN_OTHERWISE, SOFT_SIGNED, shown_letters

if TYPE_CHECKING:  # (names are given to extracted records without a frame library)
    import pandas as pd


def event_place(record: Mapping[str, object], gazetteer=None) -> str:
    """The name a reader is shown for ``record``'s place: "<region> region" for an event placed
    at a first-level region itself (the label the map writes for it: the regions file's, else the
    gazetteer's when one is given, else the name without its administrative word), else the
    record's place."""
    place = _text(record.get("place"))
    admin1, country = _text(record.get("admin1")), _text(record.get("country"))
    if not _is_region(record.get("geo_precision")) or not admin1 or not country:
        if country not in SOFT_SIGNED:
            return place
        place = shown_letters(place)  # (and stored before the report's spelling was kept; "Orël")
        mention, level = record.get("place_mention"), _level(record.get("geo_precision"))
        text = record.get("source_text") if record.get("span_start") is not None else None
        return product_spelling(place, mention, country, level, text) or place
    if place and normalize(place) != normalize(admin1):
        return place  # placed at a region of another name (a country's area, a district)
    shown = region_name(country, admin1, gazetteer)
    return shown if shown.endswith(" region") else f"{shown} region"


def region_name(country: str, admin1: str, gazetteer=None, *, as_written: bool = False) -> str:
    """The product's spelling of the first-level region ``admin1`` of ``country``: the label the
    map writes for it ("Odesa" for GeoNames' "Odessa", "Kyiv region" for "Kiev" beside the city's
    own "Kyiv"), from the regions file, else the gazetteer when one is given, else the name
    without its administrative word. Exports write it as the region field, so that the region
    is spelled as the place column spells it (newuser24: "Kiev" beside "Kyiv region"), and with
    ``as_written`` a region none of these knows as it is written ("Donetsk oblast", as UCDP
    writes it) keeps that text, so that an export does not rewrite an imported file's field."""
    # the English name first: a basemap built before it was given still says "Orël"
    shown = english_region(country, admin1) or region_labels().get(f"{country}|{admin1}")
    if shown is None and gazetteer is not None:
        shown = assets.region_label_of(gazetteer, country, admin1)
    if as_written:
        return shown or admin1
    return shown or short_admin_name(admin1) or admin1


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _level(level: object) -> int | None:
    try:
        return int(level)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return None


def _is_region(level: object) -> bool:
    return _level(level) == int(GeoPrecision.REGION)


def region_labels() -> dict[str, str]:
    """The map's label of each approximate region by its key (country|admin1); {} before the
    basemap is built."""
    path = assets.regions_path()
    if not path.is_file():
        return {}
    return _labels(str(path), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=2)
def _labels(path: str, mtime_ns: int) -> dict[str, str]:
    data = assets.load_geojson(Path(path))
    return {
        f"{p['country']}|{p['admin1']}": str(p.get("label") or "")
        for p in (feat["properties"] for feat in data["features"])
    }


def shown_places(frame: pd.DataFrame) -> pd.Series:
    """:func:`event_place` of each row of an events frame, worked out once per distinct region
    row (the map's payload names every event: 100,000 rows cost their distinct regions)."""
    import pandas as pd

    n = len(frame)
    place = frame["place"] if "place" in frame else pd.Series([None] * n, index=frame.index)
    if not n or not {"geo_precision", "admin1", "country"} <= set(frame.columns):
        return place  # (not an events frame)
    out = place.astype(object).copy()
    signed = (
        frame["country"].isin(SOFT_SIGNED)
        & place.astype("string").str.contains(SHOWN_OTHERWISE.pattern, regex=True).fillna(False)
    ).to_numpy(dtype=bool)
    if signed.any():
        out[signed] = [shown_letters(str(p)) for p in out[signed]]
    level = pd.to_numeric(frame["geo_precision"], errors="coerce")
    if "place_mention" in frame:  # stored before the report's spelling was kept
        _respell(out, frame, level)
    regional = (level == int(GeoPrecision.REGION)).to_numpy()
    if not regional.any():
        return out
    keys = frame.loc[regional, ["place", "country", "admin1"]].astype(object)
    named: dict[tuple, str] = {}
    shown = []
    for key in keys.itertuples(index=False, name=None):
        if key not in named:
            named[key] = event_place(
                {
                    "place": key[0],
                    "country": key[1],
                    "admin1": key[2],
                    "geo_precision": int(GeoPrecision.REGION),
                }
            )
        shown.append(named[key])
    out[regional] = shown
    return out


def with_shown_places(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each place not at a region's own level named as the pages show it
    (:func:`shown_places`: "Kupiansk" for GeoNames' "Kupyansk" as the report spelt it, "Oryol"
    for "Orël"), for the exports; events at a region are named by
    :func:`geo.formats.region_rows.as_drawn`, which also moves them to the region's point."""
    import pandas as pd

    if not len(frame) or not {"place", "geo_precision"} <= set(frame.columns):
        return frame
    shown = shown_places(frame)
    level = pd.to_numeric(frame["geo_precision"], errors="coerce")
    respelt = (level != int(GeoPrecision.REGION)) & (
        shown.astype("string") != frame["place"].astype("string")
    ).fillna(False)
    if not respelt.any():
        return frame
    out = frame.copy()
    # object, not the frame's own dtype: the store's frame holds places as categories
    out["place"] = frame["place"].astype(object).where(~respelt, shown.astype(object))
    return out


def _respell(out: pd.Series, frame: pd.DataFrame, level: pd.Series) -> None:
    """Name ``out``'s towns as :func:`geo.place_spellings.product_spelling` says, worked out once
    per distinct place, report's word, country, level and sentence (only where the word is not
    the place's: the sentence is read when the word is no spelling of the place)."""
    import pandas as pd

    mention = frame["place_mention"]
    text = frame["source_text"] if "source_text" in frame else pd.Series(None, index=frame.index)
    if "span_start" in frame:  # an extraction's sentence, not an import's headline or notes
        text = text.where(frame["span_start"].notna())
    differs = (
        frame["country"].isin(SOFT_SIGNED).to_numpy(dtype=bool)
        & (mention.notna() | text.notna()).to_numpy(dtype=bool)
        & (mention.astype("string") != out.astype("string")).fillna(True).to_numpy(dtype=bool)
    )
    if not differs.any():
        return
    keys = zip(
        out[differs],
        mention[differs],
        frame["country"][differs],
        level[differs],
        text[differs],
        strict=True,
    )
    spelled: dict[tuple, str | None] = {}  # by place, word, country and level
    from_text: dict[tuple, str | None] = {}  # by place and sentence, where the word told nothing
    names = []
    for place, word, country, at, sentence in keys:
        level_of = None if at != at else int(at)  # (NaN: no level)
        if (place, word, country, level_of) not in spelled:
            spelled[place, word, country, level_of] = product_spelling(
                place, word, country, level_of
            )
        name = spelled[place, word, country, level_of]
        if name is None and isinstance(sentence, str) and level_of in TOWN_LEVELS:
            if (place, sentence) not in from_text:
                from_text[place, sentence] = product_spelling(
                    place, None, country, level_of, sentence
                )
            name = from_text[place, sentence]
        names.append(name or place)
    out[differs] = names
