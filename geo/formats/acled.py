"""ACLED CSV exports: their column names and codes mapped to ours.

ACLED has no weapon column: weapons come from ``notes`` with the weapon vocabulary. Its
geo_precision and time_precision use the same 1-3 scale as Sitrep Map.
"""

from __future__ import annotations

import re

from geo import formats as f
from geo.formats.places import Locator

EVENT_TYPES = {
    "battles": "fighting",
    "explosions/remote violence": "strike",
    "violence against civilians": "strike",
    "strategic developments": "other",
    "protests": "other",
    "riots": "other",
}
MAPPING = f.dataset_columns("acled")
_KNOWN = f.columns_in(MAPPING)  # the columns read into fields; the rest go to extra
# ACLED's own coding, read into our fields in our words ("Russia", "strike"), is kept as ACLED
# wrote it in extra too: after an import nothing held "Military Forces of Russia (2000-)" nor
# "Air/drone strike", and the export's ACLED columns are ours (newuser38)
_CODING = frozenset({"actor1", "event_type", "sub_event_type"})
_TO_EXTRA = set(_KNOWN) - _CODING
_ACTOR = re.compile(r"^(?:Military|Police) Forces of ([A-Za-z ]+?)(?: \(.*\))?(?:$|[:\[])")


def parse_date(text: str) -> str:
    """ACLED dates as ISO: ``2024-11-25``, ``25 November 2024`` or ``25-November-2024``."""
    return f.iso_date(
        text, ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%m/%d/%Y", "%d/%m/%Y"), "event_date"
    )


def event_type(acled_type: str, sub_type: str, notes: str) -> str:
    """The event type of ACLED's coding: an interception is its "Disrupted weapons use"; the
    notes' "shot down" or "intercepted" tell one only in a row with no sub-event type (a
    home-made file). They turned ACLED's coded missile attacks and battles whose notes named a
    downing ("most were shot down; debris fell on ...") into interceptions (newuser38)."""
    sub = " ".join((sub_type or "").lower().split())
    said = (notes or "").lower()
    if sub == "disrupted weapons use" or (not sub and ("intercept" in said or "shot down" in said)):
        return "interception"
    if sub == "agreement" or "meeting" in sub:
        return "meeting"
    return EVENT_TYPES.get((acled_type or "").strip().lower(), "other")


# ACLED names Kyiv's oblast "Kyiv" and the city "Kyiv City"; GeoNames, whose names the store and
# the Region box read, names the city's own region "Kyiv" (geo.region_kinds): an ACLED "Kyiv" is
# written as the oblast it is, or its events would sit under the city's option (review36)
_ACLED_OBLASTS = {("UA", "Kyiv"): "Kyiv Oblast"}


def _admin1(country: str | None, admin1: object) -> object:
    if isinstance(admin1, str):
        return _ACLED_OBLASTS.get((country or "", " ".join(admin1.split())), admin1)
    return admin1


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    by_numeric = {num: a2 for a2, (_, num) in gazetteer.country_codes().items()}
    by_name = {n.lower(): a2 for a2, (n, _) in gazetteer.country_codes().items()}
    locator = Locator(gazetteer)

    def record(row: dict) -> dict:
        notes = row.get("notes") or ""
        weapon, category = f.weapon_in(notes)
        etype = event_type(row.get("event_type", ""), row.get("sub_event_type", ""), notes)
        actor = (row.get("actor1") or "").strip()
        iso = f.number(row.get("iso")) if (row.get("iso") or "").strip().isdigit() else None
        country = by_numeric.get(iso) or by_name.get((row.get("country") or "").strip().lower())
        event_id = row["event_id_cnty"].strip()
        return f.dataset_record(
            row,
            _TO_EXTRA,
            {
                "event_id": f"acled-{event_id}",
                "event_date": parse_date(row["event_date"]),
                "time_precision": f.number(row.get("time_precision"), "time_precision") or 1,
                "event_type": etype,
                "weapon": weapon,
                "weapon_category": category
                if etype in ("strike", "interception") or weapon
                else None,
                "actor": f.state_actor(_ACTOR, actor),
                "place": (row.get("location") or "").strip() or None,
                "place_mention": row.get("location"),
                "country": country,
                "admin1": _admin1(country, row.get("admin1")),
                # none given: the row's own point is the place itself (ACLED's files give it)
                "geo_precision": f.number(row.get("geo_precision"), "geo_precision"),
                "fatalities": f.number(row.get("fatalities"), "fatalities"),
                "source": f"ACLED {event_id} ({(row.get('source') or '').strip()[:80]})",
                "source_text": notes[:2000] or None,
                "notes": notes or None,
            },
            locator,
        )

    # no point needed: a row may name its place instead (geo.formats.places)
    needed = {"event_id_cnty", "event_date"}
    return f.read_dataset(data, name, "acled", "an ACLED export", needed, MAPPING, record)
