"""A city's district named without its city, in a report about that one city: a mayor's address
names the city only in its heading, its greeting and its farewell, then tells of strikes on "the
Saltivskyi district". The district is that city's (session 16, geo17: such an address gave no
event at all, its heading telling of strikes and so being no masthead)."""

from __future__ import annotations

from datetime import date

from geo.extract import Extractor

DAY = date(2025, 6, 3)

ADDRESS = (
    "What the mayor said tonight about the drone attacks that hit Kharkiv again\n\n"
    "Good evening to all of you in Kharkiv.\n\n"
    "Overnight a Shahed hit a garage cooperative in the Saltivskyi district; a man of 45 was "
    "hurt. Around noon a glide bomb fell on the Kyivskyi district and damaged a kindergarten.\n\n"
    "Look after each other, Kharkiv.\n"
)


def test_districts_of_the_one_city_a_report_names_are_placed_in_it(geocoder):
    records = Extractor(geocoder).extract(ADDRESS, "address", DAY)
    assert len(records) == 2, [(r["place"], r["source_text"]) for r in records]
    assert {(r["country"], r["place"]) for r in records} == {("UA", "Kharkiv")}
    assert sorted(r["weapon_category"] for r in records) == ["drone", "glide bomb"]


def test_a_district_in_a_report_naming_two_cities_is_not_guessed(geocoder):
    text = ADDRESS.replace("Look after each other, Kharkiv.", "Greetings to our friends in Dnipro.")
    records = Extractor(geocoder).extract(text, "address", DAY)
    assert not any(r["place"] == "Dnipro" for r in records)  # the greeting's city: no event
