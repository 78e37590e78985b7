"""Tables of regions: a town named in a column headed "Oblast", "Region" or "Province" is that
region, and a region's row whose toll the prose tells again of a town of the region is that
town's strike, no second event (newuser31's weekly NGO bulletin: "| Kharkiv | 14 | 4 | 31 |" was
a strike at Kharkiv city, the oblast's week of tolls on one point)."""

from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.place_hits import PlaceHit, hits_within, replace_hit
from geo.extract.publication import Publication
from geo.extract.sentences import Sentence
from geo.extract.table_cells import cell_hits
from geo.extract.tables import AREAS, Table, place_cells, table_drafts
from geo.extract.wording import words
from geo.gazetteer import Gazetteer
from geo.geocode import Geocoder
from geo.geocode.city_regions import region_around

_OBLAST_COLUMN = words("region", "regions", "oblast", "oblasts", "province", "provinces")
_CITY = words("city", "town")


def table_events(
    tables: list[Table],
    hits: list[PlaceHit],
    pub: Publication,
    sentences: list[Sentence],
    geocoder: Geocoder,
    prose: list[Draft],
) -> list[Draft]:
    """:func:`geo.extract.tables.table_drafts` of ``tables``, a place cell the whole text's
    reading missed read on its own, a region column's towns taken as their regions, without the
    regions' rows the ``prose`` drafts tell (:func:`told_in_prose`); the report's first three
    ``sentences`` date rows without a day of their own."""
    head = "\n".join(s.text for s in sentences[:3])
    hits = hits + cell_hits(geocoder, place_cells(tables), hits)
    regions = _regions_of_region_columns(tables, hits, geocoder.gazetteer)
    rows = table_drafts(tables, regions, pub, head)
    return told_in_prose(rows, prose)


def told_in_prose(rows: list[Draft], prose: list[Draft]) -> list[Draft]:
    """``rows`` without a region's row whose toll the prose tells of a town of that region: a
    bulletin's "| Ternopil | 1 | 33 | 94 |" and its highlight "a missile hit Ternopil ... 33
    killed and 94 injured" are one strike, at the city (newuser31)."""

    def told(row: Draft) -> bool:
        toll = (row.fatalities, row.injured)
        return (
            row.geo_precision == 3
            and None not in toll
            and any(toll)
            and any(
                (d.fatalities, d.injured) == toll
                and (d.place.country, d.place.admin1) == (row.place.country, row.place.admin1)
                for d in prose
            )
        )

    return [row for row in rows if not told(row)]


def _regions_of_region_columns(
    tables: list[Table], hits: list[PlaceHit], gazetteer: Gazetteer
) -> list[PlaceHit]:
    """``hits`` with each town named in a column headed "Oblast", "Region" or "Province" taken
    as its first-level region: such a row gives the region's figures ("| Kharkiv | 14 | 4 | 31
    |" of a weekly bulletin is the Kharkiv oblast's week, not a strike at the city; newuser31).
    A cell that says "city" or "town" ("Kyiv (city)") keeps the town."""
    out, index = list(hits), {id(h): i for i, h in enumerate(hits)}
    within = hits_within(hits)
    for table in tables:
        columns = [
            k
            for k, (header, kind) in enumerate(zip(table.headers, table.kinds, strict=False))
            # (not a column of both: "City / region" holds each as its cell says)
            if kind == "place" and _OBLAST_COLUMN.search(header) and not _CITY.search(header)
        ]
        for _, cells in table.rows:
            for cell in (cells[k] for k in columns if k < len(cells)):
                if _CITY.search(cell.text):
                    continue
                for hit in within(cell.start, cell.end):
                    area = None if hit.place.feature in AREAS else gazetteer.admin1_of(hit.place)
                    if area is not None:
                        region = replace_hit(hit, 3, hit.event_place)
                        region.place = region_around(gazetteer, area)
                        out[index[id(hit)]] = region
    return out
