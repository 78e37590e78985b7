"""A city's district named alone ("drones struck the Kyivskyi district") in a piece about one city
whose suburbs are named too (a timeline of attacks on Kharkiv listing Slatyne and Pisochyn): the
district is the city's, as it was when the report named no other town. Each dated entry is its own
record."""

from __future__ import annotations

from datetime import date

from geo.extract import Extractor

DAY = date(2025, 8, 1)


def _records(geocoder, text):
    return [
        (e["event_date"], e["place"], e["weapon_category"])
        for e in Extractor(geocoder).extract(text, "t", DAY)
        if e["event_date"].startswith("2025-05")  # (the entries, not the list's opening line)
    ]


def test_a_timeline_of_one_citys_attacks_places_its_districts_in_it(geocoder):
    text = (
        "Timeline of Russian attacks on Kharkiv (2025)\n\n"
        "This list gives the air and artillery attacks on the city during the year.\n\n"
        "* 3 May – Drones struck the Saltivskyi district at night; four residents were hurt.\n"
        "* 9 May – Shelling hit a school in the village of Slatyne; nobody was hurt.\n"
        "* 14 May – A glide bomb hit a depot in the Kyivskyi district; one man was killed."
    )
    assert _records(geocoder, text) == [
        ("2025-05-03", "Kharkiv", "drone"),
        ("2025-05-09", "Slatyne", "artillery"),
        ("2025-05-14", "Kharkiv", "glide bomb"),
    ]
