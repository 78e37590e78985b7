"""UCDP Georeferenced Event Dataset (GED) CSV: cp1252 or UTF-8, one row per event.

UCDP has no event type and no weapon column: both are read from ``source_headline`` with the
weapon vocabulary. Precision codes are mapped to ours (ACLED-style 1-3).
"""

from __future__ import annotations

import re

from geo import formats as f

# where_prec: 1 exact place, 2 within ~25 km, 3 second-order region, 4 first-order region,
# 5 linear feature or area, 6 country, 7 international waters or air space.
GEO_PRECISION = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3, "6": 3, "7": 3}
# date_prec: 1 exact day, 2 within 2-6 days, 3 a week to a month, 4 a month to a year, 5 longer.
TIME_PRECISION = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3}
MAPPING = f.dataset_columns("ucdp")
_KNOWN = f.columns_in(MAPPING)  # the columns read into fields; the rest go to extra
_ACTOR = re.compile(r"^Government of ([A-Za-z ]+?)(?: \(.*\))?$")


def parse_date(text: str) -> str:
    """UCDP dates as ISO: ``2014-01-22``, ``1/22/2014 12:00:00 AM`` or ``01/22/2014 00:00``.

    Slash dates are month/day/year throughout the GED (spreadsheet round trips zero-pad them but
    keep that order).
    """
    formats = (
        "%Y-%m-%d",
        "%Y-%m-%d %H:%M:%S",
        "%m/%d/%Y %I:%M:%S %p",
        "%m/%d/%Y %H:%M",
        "%m/%d/%Y",
    )
    return f.iso_date(text, formats, "date_start")


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    codes = {n.lower(): a2 for a2, (n, _) in gazetteer.country_codes().items()}

    def record(row: dict) -> dict:
        headline = row.get("source_headline") or ""
        weapon, category = f.weapon_in(headline, row.get("where_description"))
        violence = (row.get("type_of_violence") or "").strip()
        actor = (row.get("side_a") or "").strip()
        country = codes.get((row.get("country") or "").strip().lower(), "")
        place = (row.get("where_coordinates") or row.get("adm_1") or "").strip()
        office = (row.get("source_office") or "").strip()[:80]
        where = (row.get("where_prec") or "").strip()
        # a country, or waters or air space: no first-level region holds it, whatever adm_1 says
        admin1 = None if where in ("6", "7") else row.get("adm_1")
        return f.dataset_record(
            row,
            _KNOWN,
            {
                "event_id": f"ucdp-{row['id'].strip()}",
                "event_date": parse_date(row["date_start"]),
                "time_precision": TIME_PRECISION.get((row.get("date_prec") or "").strip(), 3),
                "event_type": f.event_type_in(
                    headline, "fighting" if violence in ("1", "2") else "other"
                ),
                "weapon": weapon,
                "weapon_category": category,
                "actor": f.state_actor(_ACTOR, actor),
                "place": place or None,
                "place_mention": row.get("where_description"),
                "country": country or None,
                "admin1": admin1,
                "geo_precision": GEO_PRECISION.get(where, 3),
                "fatalities": f.number(row.get("best"), "best"),
                "source": f"UCDP GED {row['id'].strip()} ({office})",
                "source_text": headline[:2000] or None,
                "notes": f"{actor} vs {(row.get('side_b') or '').strip()}".strip(" vs") or None,
            },
        )

    needed = {"id", "date_start", "latitude", "longitude"}
    return f.read_dataset(data, name, "ucdp", "a UCDP GED file", needed, MAPPING, record)
