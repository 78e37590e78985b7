"""A past attack told with its own year in a piece about one town, the sentence naming no place
with its toll ("On 2 March 2023 shells fell by the bus station; four were killed"): a record of its own at the piece's town with its own date, as the annotation rules
map a dated past event (data/reports/README.md). Session 27, days27: long-form pieces of three
development writers lost such events, having no place for them, or folded them into the event
before."""

from __future__ import annotations

from datetime import date

from geo.extract import Extractor

DAY = date(2025, 9, 12)

PIECE = (
    "Life under the guns: how Mykolaiv learned to sleep through sirens\n\n"
    "Feature | 12 September 2025\n\n"
    "Mykolaiv sits on a bend of the Southern Bug, and for three years its people have counted "
    "what falls on them. Residents of Mykolaiv still queue at the water points.\n\n"
    "The worst spring was the first. On 2 March 2023 Russian shells fell by the bus station as "
    "commuters waited; four people were killed. On 14 June 2024 a drone hit a van outside the "
    "central market and wounded its driver.\n\n"
    "On Wednesday a drone struck a warehouse in Mykolaiv, the mayor said.\n"
)


def _by_day(records: list[dict]) -> dict[str, dict]:
    return {r["event_date"]: r for r in records if r["place"] in ("Mykolaiv", "Mykolayiv")}


def test_each_dated_past_attack_is_a_record_of_its_own_at_the_pieces_town(geocoder):
    records = Extractor(geocoder).extract(PIECE, "feature", DAY)
    days = _by_day(records)
    assert {"2023-03-02", "2024-06-14", "2025-09-10"} <= set(days), [
        (r["place"], r["event_date"], r["source_text"][:60]) for r in records
    ]
    assert days["2023-03-02"]["weapon_category"] == "artillery"
    assert days["2023-03-02"]["fatalities"] == 4
    assert days["2024-06-14"]["weapon_category"] == "drone"


def test_a_sentence_with_no_year_still_continues_the_event_before(geocoder):
    text = PIECE.replace("On 14 June 2024 a drone hit a van", "Later a drone hit a van")
    days = _by_day(Extractor(geocoder).extract(text, "feature", DAY))
    assert "2024-06-14" not in days
    assert len([d for d in days if d.startswith("2023")]) <= 1


def test_a_piece_naming_no_town_of_its_own_places_no_past_attack(geocoder):
    text = PIECE.replace("Mykolaiv", "the city")
    records = Extractor(geocoder).extract(text, "feature", DAY)
    assert not any(r["event_date"].startswith("2023") for r in records)


def test_a_past_attack_told_by_its_month_alone_stays_background(geocoder):
    text = PIECE.replace("On 14 June 2024 a drone", "In June 2024 a drone")
    assert "2024-06-01" not in _by_day(Extractor(geocoder).extract(text, "feature", DAY))


def test_a_past_attack_on_something_told_before_is_not_the_pieces_towns(geocoder):
    text = PIECE.replace(
        "On 14 June 2024 a drone hit a van outside the central market and wounded its driver",
        "On 14 June 2024 drones hit the same depot again and wounded a guard",
    )
    assert "2024-06-14" not in _by_day(Extractor(geocoder).extract(text, "feature", DAY))


def test_a_day_without_its_year_weeks_before_is_a_past_attack_of_its_own(geocoder):
    # dates32: a governor recalls an April attack in a September post; the toll was the
    # morning's own event's
    text = (
        "Kryvyi Rih, 9 September. Another hit on our city this morning: a ballistic missile "
        "damaged an office building in the centre, three people were wounded.\n\n"
        "On 4 April a missile struck a playground here and killed 20 people.\n"
    )
    records = Extractor(geocoder).extract(text, "post", date(2025, 9, 9))
    days = {r["event_date"]: r for r in records}
    assert {"2025-09-09", "2025-04-04"} <= set(days), [
        (r["event_date"], r["source_text"][:40]) for r in records
    ]
    assert days["2025-09-09"]["fatalities"] is None
    assert days["2025-04-04"]["fatalities"] == 20


def test_a_yearless_day_told_in_comparison_with_no_weapon_stays_background(geocoder):
    # heldout17's explainer: "hit in a similar way on 17 June" is no record of its own
    text = (
        "Kryvyi Rih, 9 September. Another hit on our city this morning: a ballistic missile "
        "damaged an office building in the centre, three people were wounded.\n\n"
        "The city was hit in a similar way on 4 April, when 20 people died.\n"
    )
    records = Extractor(geocoder).extract(text, "post", date(2025, 9, 9))
    assert "2025-04-04" not in {r["event_date"] for r in records}
