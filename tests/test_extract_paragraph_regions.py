"""The event's place resolved to a namesake in another region (issue 16, "place not found"): the
region a paragraph's authority names, the city of a wire's dateline, or a region labelling a
stretch of a line places the villages and small towns there, though the report's other
places (a night's strikes in the west) lie nearer a namesake elsewhere."""

from __future__ import annotations

import datetime

import pytest

from geo.extract import Extractor
from geo.extract.places import find_places


def _regions(geocoder, text: str) -> dict[str, str]:
    """Each mention's first-level region (the last mention of a name wins)."""
    return {h.mention.lower(): h.place.admin1 for h in find_places(geocoder, text)}


# The region's own authority speaks in the paragraph: its administration, governor or police.
AUTHORITY = [
    (  # a national round-up, then the region's administration in its own paragraph
        "Russia sent 70 drones overnight; debris fell in Lviv and Ternopil.\n\n"
        "The Kharkiv Regional Military Administration said a drone struck a farm building in "
        "Zolochiv, injuring a tractor driver.",
        "zolochiv",
        "Kharkiv",
    ),
    (  # a bulletin quoting the region's police
        "Explosions were heard in Kyiv and Bila Tserkva after midnight.\n\n"
        "According to the Kharkiv regional police, shelling damaged three houses in Borova.",
        "borova",
        "Kharkiv",
    ),
    (  # a regional council's chair quoted by a live page
        "09:10 Air defence worked over Lviv and Ternopil.\n"
        "09:40 Zaporizhzhia Oblast Military Administration: a drone hit a car in Vasylivka, "
        "the driver is wounded.",
        "vasylivka",
        "Zaporizhia",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), AUTHORITY)
def test_the_regional_authority_of_the_paragraph_places_its_towns(geocoder, text, name, region):
    assert _regions(geocoder, text)[name] == region


# A wire's dateline: the reporter files from the region's city; its small towns are that region's.
DATELINES = [
    (
        "KHARKIV, Ukraine (AP) — A Russian drone hit a house in Zolochiv, wounding two people. "
        "Drones were also shot down over Lviv and Ternopil, officials said.",
        "zolochiv",
        "Kharkiv",
    ),
    (
        "Kharkiv, Ukraine — Russian artillery hit Borova on Friday, killing a man, while drones "
        "attacked Kyiv and Zhytomyr overnight.",
        "borova",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), DATELINES)
def test_a_datelines_region_places_its_small_towns(geocoder, text, name, region):
    assert _regions(geocoder, text)[name] == region


def test_a_capitals_dateline_places_nothing(geocoder):
    # a wire filed from the capital tells of the whole country: Borova by the places around it
    text = (
        "KYIV, Ukraine (AP) — Russian artillery hit Borova, near Kupiansk, killing a man. "
        "Air defence was active over Kyiv."
    )
    assert _regions(geocoder, text)["borova"] == "Kharkiv"


# A region labelling a stretch of a line ("Kherson region: ... Zaporizhzhia region: ...").
LABELS = [
    (  # a digest's one-line summary of the regions
        "Kherson region: shelling hit Kherson, Bilozerka and Antonivka. Zaporizhzhia region: "
        "drones hit Vasylivka and Kamianka-Dniprovska.",
        "vasylivka",
        "Zaporizhia",
    ),
    (  # a ministry's run-on paragraph with dashes
        "Donetsk oblast — glide bombs on Kramatorsk and Sloviansk. Zaporizhzhia oblast — a drone "
        "hit a car in Bilenke.",
        "bilenke",
        "Zaporizhia",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), LABELS)
def test_a_region_labelling_part_of_a_line_places_its_towns(geocoder, text, name, region):
    assert _regions(geocoder, text)[name] == region


def test_towns_before_the_next_label_keep_their_region(geocoder):
    text = (
        "Donetsk oblast — glide bombs on Kramatorsk and Sloviansk. Zaporizhzhia oblast — a drone "
        "hit a car in Bilenke."
    )
    got = _regions(geocoder, text)
    assert got["kramatorsk"] == "Donetsk" and got["sloviansk"] == "Donetsk"


def test_regions_named_together_place_nothing(geocoder):
    # a round-up of the night's air defence, then the front's claims under their own heading
    text = (
        "Avdiivka direction. Air defence downed drones over the Odesa and Mykolaiv regions; "
        "Russia's ministry claimed Orlivka and Pervomaiske."
    )
    assert _regions(geocoder, text)["pervomaiske"] == "Donetsk"


def test_a_town_with_its_own_region_stays(geocoder):
    text = (
        "The Kharkiv Regional Military Administration said drones were downed over the region. "
        "Separately, a drone hit a house in Zolochiv, Lviv region."
    )
    assert _regions(geocoder, text)["zolochiv"] == "Lviv"


def test_the_event_is_placed_in_the_authoritys_region(geocoder):
    text = (
        "Russia launched 70 drones at Ukraine overnight; air defence worked over Lviv and "
        "Ternopil.\n\nThe Kharkiv Regional Military Administration said a Russian drone hit a "
        "shop in Zolochiv on 3 May, wounding two women."
    )
    events = Extractor(geocoder).extract(text, "t", datetime.date(2025, 5, 3))
    zolochiv = [e for e in events if e["place"] == "Zolochiv"]
    assert zolochiv and zolochiv[0]["admin1"] == "Kharkiv"
    assert zolochiv[0]["event_type"] == "strike" and zolochiv[0]["weapon_category"] == "drone"
    assert zolochiv[0]["injured"] == 2 and zolochiv[0]["event_date"] == "2025-05-03"


# The front a section heading or a sentence names: its villages lie near the front's town, though
# another section's places lie nearer a namesake elsewhere.
FRONTS = [
    (  # a think tank's sections, each under its front's heading
        "Sumy direction\nRussian forces attacked near Yunakivka and Andriivka.\n\n"
        "Kupiansk direction\nRussian forces attacked near Pishchane and Kurylivka, and a drone "
        "hit a car in Borova.",
        "pishchane",
        "Kharkiv",
    ),
    (  # a staff's morning summary as one sentence a front
        "Ukrainian forces repelled attacks near Yunakivka and Andriivka in Sumy Oblast. On the "
        "Kupiansk axis, Russian troops shelled Pishchane and Borova, the General Staff said.",
        "pishchane",
        "Kharkiv",
    ),
    (  # a digest, one labelled line a front (right before the rule too: the first front keeps its own)
        "Sumy direction: fighting near Yunakivka; footage shows a drone strike in Sadky.\n"
        "Kupiansk direction: Russian troops struck Pishchane and Kurylivka with glide bombs.",
        "sadky",
        "Sumy",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), FRONTS)
def test_the_front_a_heading_names_places_its_villages(geocoder, text, name, region):
    assert _regions(geocoder, text)[name] == region


def test_a_city_under_a_front_heading_stays(geocoder):
    # a missile on the big city of the name, told under another front's heading
    text = "Pokrovsk direction\nFighting near Udachne. A missile hit Dnipro, killing two."
    assert _regions(geocoder, text)["dnipro"] == "Dnipropetrovsk"
