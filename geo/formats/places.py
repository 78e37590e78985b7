"""Rows of an imported file that name a place and give no point: located offline with the
gazetteer, the row's country and region as context, each marked with the precision of what was
found (a town is the place itself, a district near it, a region or country somewhere in it).

A row whose name the gazetteer does not hold is refused in one line that says so, with the
nearest spellings it holds ("did you mean Kramatorsk (Donetsk, UA)?"); a row with its own
coordinates and no precision is the place itself.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from geo.formats.numbers import coordinate
from geo.gazetteer import Gazetteer, Place
from geo.precision import GeoPrecision
from geo.records import EventError, given
from geo.typed_points import typed_point

if TYPE_CHECKING:
    from geo.formats import ImportResult
    from geo.geocode.resolver import Geocoder

# What a gazetteer entry of each feature is, as a point: the areas are somewhere in them.
_PRECISION = {
    "continent": GeoPrecision.REGION,
    "country": GeoPrecision.REGION,
    "admin1": GeoPrecision.REGION,
    "region": GeoPrecision.REGION,
    "sea": GeoPrecision.REGION,
    "admin2": GeoPrecision.NEAR,
}
LOCATED_BY = "the place name (offline gazetteer)"
# a record's mark of how the import placed it ("name": at the place it names, "point": named by
# its point, "own": at its own point under its own name), taken off and counted once the record is kept (geo.formats.build): a row located
# and then refused for its date is no row located
HOW = "_located"
# Nearest spellings are sought for this many unknown names of one file, not for every row: each
# search measures some 60 names by edit distance (3 ms), and a 20 MB upload of 400,000 misspelt
# names held the import for over 20 minutes.
MAX_SPELLED = 200


def point(lat: object, lon: object) -> tuple[float, float] | None:
    """A row's latitude and longitude cells as floats; None when both are empty (the place name
    then locates the row), EventError naming the column when one is empty or not a number."""
    cells = {"latitude": _text(lat), "longitude": _text(lon)}
    empty = [name for name, text in cells.items() if not text]
    if len(empty) == 2:
        return None
    if empty:
        other = "longitude" if empty[0] == "latitude" else "latitude"
        raise EventError(
            f"'{empty[0]}' is empty while '{other}' is given: give both, or neither and a place name"
        )
    out = [coordinate(text, name) for name, text in cells.items()]
    return out[0], out[1]


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):  # NaN
        return ""
    text = str(value).strip()
    return "" if text.lower() in ("na", "nan", "null", "none") else text


class Locator:
    """Puts an imported record that has a place name and no point on the gazetteer's place.

    One per import: names met again (a file of 10,000 rows names far fewer places) are looked up
    once per country and region.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._geocoder: Geocoder | None = None
        self._names = {a2: n for a2, (n, _) in gazetteer.country_codes().items()}
        self._found: dict[tuple[str, str, str], Place | str] = {}
        self._codes = {n.casefold(): a2 for a2, n in self._names.items()}
        self._spelled = 0  # unknown names whose nearest spellings were sought

    def record(self, record: dict, at: tuple[float, float] | None, outline: bool = True) -> dict:
        """``record`` with its point: ``at`` (the row's coordinates; the place itself when the
        row gives no precision), else the place its ``place`` names (EventError when none).
        ``outline``: a named point with no country or region takes those of its outlines (not
        for Sitrep Map's own export, whose blank country is the event's, as it was stored)."""
        if record.get("country"):
            record = {**record, "country": self.country_code(_cell(record, "country"))}
        name = _cell(record, "place")
        if at is None and name and (typed := typed_point(name)) is not None:
            # "48.5711, 37.9642" in the location cell: a point, as the review's boxes read it
            # (it was looked up as a place's name and refused)
            at, name = typed, ""
            record = {**record, "place": None, "place_mention": record.get("place_mention")}
        if at is not None:
            # a row "Kharkiv region" at a point and of no precision is somewhere in the region,
            # as a GeoJSON feature's is (the CSV put it exactly at the point)
            precision = record.get("geo_precision") or named_precision(self.gazetteer, name)
            out = {**record, "lat": at[0], "lon": at[1], "geo_precision": precision}
            if name:  # at its own point, under its own name, unless far from every such place
                if outline:  # (our export: as stored, not judged again)
                    self.check_point(name, at)
                return {**(self._outlined(out, at) if outline else out), HOW: "own"}
            return self._named_by_point(out, at)
        country, admin1 = (_cell(record, k) for k in ("country", "admin1"))
        if not name:
            raise EventError(
                "no coordinates and no place name: give latitude and longitude, or a place"
            )
        found = self._place(name, country, admin1)
        if isinstance(found, str):
            raise EventError(found)
        precision = int(_PRECISION.get(found.feature, GeoPrecision.PLACE))
        extra = json.loads(record["extra"]) if record.get("extra") else {}
        return {
            **record,
            HOW: "name",
            "place": found.name,
            "place_mention": record.get("place_mention") or name,
            "country": found.country,
            "admin1": found.admin1 or record.get("admin1"),
            "lat": found.lat,
            "lon": found.lon,
            # the row's own precision stands when it gives one (a town "near" it stays near)
            "geo_precision": record.get("geo_precision") or precision,
            "extra": json.dumps({**extra, "located_by": LOCATED_BY}, ensure_ascii=False),
        }

    def check_point(self, name: str, at: tuple[float, float]) -> None:
        """EventError when the point ``at`` lies far from every place named ``name``
        (:mod:`geo.formats.far_points`)."""
        from geo.formats.far_points import far_from_name

        if why := far_from_name(self.gazetteer, name, *at):
            raise EventError(why)

    def country_code(self, value: object) -> str:
        """A row's country as its ISO 3166-1 alpha-2 code: a code as given ("UA", "ua"), or a
        country's name the gazetteer knows ("Ukraine", "Україна"); EventError naming the column
        for anything else."""
        text = str(value).strip()
        if len(text) == 2 and text.isalpha():
            return text.upper()
        if text.casefold() not in self._codes:
            found = [p.country for p, _ in self.gazetteer.lookup(text) if p.feature == "country"]
            if not found:
                raise EventError(
                    f"'country' should be an ISO code or a country's name (UA, Ukraine), got "
                    f"{given(text)} instead"
                )
            self._codes[text.casefold()] = found[0]
        return self._codes[text.casefold()]

    def _named_by_point(self, record: dict, at: tuple[float, float]) -> dict:
        """A row with coordinates and no place name, named by its point and the town near it
        ("47.8388, 35.1396 (3 km from Zaporizhzhia)"), as a point typed in the review is."""
        from geo.review import with_point

        named = with_point(record, *at, self.gazetteer.nearest_town(*at))
        return {
            **named,
            HOW: "point",
            "geo_precision": record["geo_precision"],
            "country": record.get("country") or named.get("country"),
            "admin1": record.get("admin1") or named.get("admin1"),
        }

    def _outlined(self, record: dict, at: tuple[float, float]) -> dict:
        """A row with coordinates: its own country and region, else those whose outlines hold
        its point (:func:`geo.review.with_point`, as for a typed point or a row with no name):
        a row "49.7106, 37.6156, Kupiansk" is in Ukraine's Kharkiv region as the point alone is."""
        from geo.review import with_point

        if record.get("country") and record.get("admin1"):
            return record
        named = with_point(record, *at, self.gazetteer.nearest_town(*at))
        return {
            **record,
            "country": record.get("country") or named.get("country"),
            "admin1": record.get("admin1") or named.get("admin1"),
        }

    def _place(self, name: str, country: str, admin1: str) -> Place | str:
        key = (name.casefold(), country, admin1.casefold())
        if key not in self._found:
            self._found[key] = self._lookup(name, country, admin1)
        return self._found[key]

    def _lookup(self, name: str, country: str, admin1: str) -> Place | str:
        from geo import theatre
        from geo.geocode.resolver import Geocoder
        from geo.geocode.typed import typed_places

        if self._geocoder is None:
            self._geocoder = Geocoder(self.gazetteer)
        context = ", ".join(p for p in (admin1, self._names.get(country, country)) if p)
        countries = {country} if country else theatre.current().countries
        # the resolver falls back to a region the context names for a name it has no entry for:
        # a row is put only at a place of its own name (typed_places: "Odesa region" is the
        # oblast GeoNames spells "Odessa"), in its own country when it names one
        found = typed_places(self._geocoder, name, context, countries)
        places = [p for p, _ in found if not country or p.country == country]
        # the row's own region column says which of namesakes it is ("Mykolaiv" of the Lviv
        # region, not the city of Mykolaiv that a war report would mean)
        in_region = [p for p in places if admin1 and _same_region(p.admin1, admin1)]
        if in_region:
            return in_region[0]
        if places:
            return places[0]
        return self._not_found(name, country, admin1)

    def _not_found(self, name: str, country: str, admin1: str) -> str:
        from geo.geocode.suggest import suggestions

        where = ", ".join(p for p in (admin1, country) if p)
        line = f"no coordinates, and the gazetteer has no {given(name)}" + (
            f" in {where}" if where else ""
        )
        near: list[Place] = []
        if self._spelled < MAX_SPELLED:
            self._spelled += 1
            near = [s.place for s in suggestions(self.gazetteer, name, limit=3)]
            near = [p for p in near if not country or p.country == country] or near
        if near:  # first: a table's cell shows the start of a long line
            named = (f"{p.name} ({', '.join(x for x in (p.admin1, p.country) if x)})" for p in near)
            line += f": did you mean {' or '.join(list(named)[:2])}?"
        return line + " (give latitude and longitude, or the name as the gazetteer spells it)"


def _cell(record: dict, name: str) -> str:
    """A text field of the row, stripped; a GeoJSON number is its text, an object or list is
    refused naming the field (it was an AttributeError traceback that ended the whole import)."""
    value = record.get(name)
    if isinstance(value, dict | list):
        raise EventError(f"'{name}' should be text, got {given(value)} instead")
    return "" if value is None else str(value).strip()


def _same_region(place_admin1: str, row_admin1: str) -> bool:
    """Whether a place's region is the one a row names ("Lviv", "Lviv Oblast", "lviv region")."""
    return bool(place_admin1) and bare_region(place_admin1) == bare_region(row_admin1)


def bare_region(region: str) -> str:
    """A region's name without its region word ("Lviv Oblast" -> "lviv")."""
    from geo.geocode.cues import SUFFIX_REGION

    m = SUFFIX_REGION.match(region.strip())
    return (m.group("base") if m else region.strip()).casefold()


# The region words that make a name a district's (near it), not a region's (somewhere in it).
_DISTRICT_WORDS = ("raion", "rayon", "district", "county", "co", "parish")  # ("Co.")


def named_precision(gazetteer: Gazetteer, name: object) -> int:
    """The precision of a point that an imported row gives with its place's name: a region's
    name ("Odesa region", "Crimea", "Donbas") is somewhere in that region, a district's near it,
    any other name the place itself (a point named "Odesa region" was imported as exact)."""
    from geo.geocode.cues import SUFFIX_REGION

    text = str(name or "").strip()
    if not text:
        return int(GeoPrecision.PLACE)
    suffixed = SUFFIX_REGION.match(text)
    if suffixed:
        district = suffixed.group("word").lower().startswith(_DISTRICT_WORDS)
        return int(GeoPrecision.NEAR if district else GeoPrecision.REGION)
    main = [p for p, is_main in gazetteer.lookup(text) if is_main]
    if main and all(p.feature in _PRECISION for p in main):  # an area's name, and no town's
        return int(max(_PRECISION[p.feature] for p in main))
    return int(GeoPrecision.PLACE)


def placed_notes(result: ImportResult) -> list[str]:
    """The notes on rows an import named by their point, or put at their own point among rows
    put at their names."""
    from geo.words import counted

    notes = []
    if result.named_by_point:
        notes.append(
            f"{counted(result.named_by_point, 'row')} with coordinates and no place name "
            "named by the point and the town nearest it"
        )
    # (a file of mixed rows: every row kept in one count; newuser19's point-and-name rows were in none)
    if result.own_point and (result.located or result.named_by_point):
        notes.append(
            f"{counted(result.own_point, 'row')} with coordinates and a place name "
            "put at the coordinates given"
        )
    return notes
