"""Extraction, a part of a sea as the place: "in the north-western Black Sea", "the eastern part
of the Black Sea", "the Black Sea's north-west" put the event in that part of the sea
(geo.extract.sea_parts), not at the sea's middle, still a rough area."""

from __future__ import annotations

import pytest
from geopy.distance import geodesic

from geo.extract import Extractor, sea_parts
from geo.precision import GeoPrecision


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


_NW_SHELF = (45.6, 31.0)  # between the Danube's mouths, Odesa and Cape Tarkhankut
_OFF_ANAPA = (44.3, 37.3)


@pytest.mark.parametrize(
    ("sentence", "where"),
    [
        (
            "Navy aircraft destroyed three Ukrainian naval drones in the north-western Black Sea.",
            _NW_SHELF,
        ),
        (
            "Two Ukrainian sea drones were destroyed by a patrol helicopter in the northwestern "
            "part of the Black Sea overnight.",
            _NW_SHELF,
        ),
        (
            "In the Black Sea's north-west, Russian warships destroyed five uncrewed boats.",
            _NW_SHELF,
        ),
        (
            "The fleet said it destroyed two uncrewed boats in north-western Black Sea waters.",
            _NW_SHELF,
        ),
        (
            "The Black Sea Fleet destroyed seven uncrewed boats in the north-eastern Black Sea.",
            _OFF_ANAPA,
        ),
    ],
)
def test_a_part_of_the_sea_places_the_interception(extractor, sentence, where):
    (event,) = extractor.extract("Moscow, 2025-09-14\n" + sentence, "t")
    assert event["event_type"] == "interception"
    assert geodesic((event["lat"], event["lon"]), where).km < 30
    assert event["geo_precision"] == GeoPrecision.REGION


def test_the_whole_sea_stays_at_its_middle(extractor, gazetteer):
    text = "Moscow, 2025-09-14\nAir defences shot down six drones over the Black Sea overnight."
    (event,) = extractor.extract(text, "t")
    (sea,) = [p for p, _ in gazetteer.lookup("Black Sea") if p.feature == "sea"]
    assert (event["lat"], event["lon"]) == pytest.approx((sea.lat, sea.lon))


def test_a_compass_word_elsewhere_moves_nothing():
    assert sea_parts.part_named("the Black Sea Fleet's western command", 4, 13) is None
    assert sea_parts.part_named("went north. Black Sea", 12, 21) is None


def test_a_long_run_of_spaces_is_read_fast():
    text = "north-western" + " " * 20_000 + "Black Sea"
    assert sea_parts.part_named(text, len(text) - 9, len(text)) is None


def test_the_sea_told_again_by_its_part(extractor):
    text = (
        "Moscow, 2025-09-14\nThe Black Sea Fleet reported a quiet night. Its aircraft destroyed "
        "two uncrewed boats in the sea's north-west, the ministry said."
    )
    (event,) = extractor.extract(text, "t")
    assert event["event_type"] == "interception"
    assert geodesic((event["lat"], event["lon"]), _NW_SHELF).km < 30
