"""A region written right after a town ("Morgantown, W. Va.") is that town's region: it tells
which Morgantown is meant, and is no evidence of where the text's other towns lie."""

from __future__ import annotations

TEXT = (
    "The Athens council met on Monday. The mayor grew up in Gallipolis and studied in "
    "Morgantown, W. Va., before moving back to Athens."
)


def test_a_region_after_another_town_does_not_pull_a_bare_town_to_it(geocoder):
    athens = geocoder.geocode("Athens", TEXT)
    # beside Gallipolis, Ohio: the Ohio city, not the West Virginia village of 1,000 people
    assert (athens.place.country, athens.place.admin1) == ("US", "Ohio")


def test_the_region_still_places_the_town_it_follows(geocoder):
    assert geocoder.geocode("Morgantown", TEXT).place.admin1 == "West Virginia"


def test_a_region_named_on_its_own_still_counts_for_the_other_towns(geocoder):
    text = "West Virginia lawmakers met on Monday. The Athens council sent a letter."
    assert geocoder.geocode("Athens", text).place.admin1 == "West Virginia"
