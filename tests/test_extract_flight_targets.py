"""Where weapons were flying is no place of their downing: "shot down over the Oryol region,
including three flying towards Moscow" is one interception, over the region; "drones heading
for the capital were destroyed over the Kaluga region" is Kaluga's alone. A destination that is
the only place told keeps its event ("two drones heading for Moscow were shot down"), and one in
a clause of its own with its own deed stays a place ("... over Crimea, and a patrol boat sank
two sea drones heading for Sevastopol")."""

from __future__ import annotations

from datetime import date

import pytest


def _places(extractor, text):
    return sorted(r["place"] for r in extractor.extract(text, "t", published=date(2026, 12, 1)))


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("Air defences destroyed 23 drones over the Oryol region overnight, including three "
         "flying towards Moscow, the ministry said.", "Oryol"),
        ("Russian air defence shot down 17 Ukrainian drones over the Kursk region, five of them "
         "heading for Moscow, the ministry said on Monday.", "Kursk"),
        ("Air defence units shot down 30 drones over the Moscow region during the night, "
         "including four flying towards Moscow itself, the mayor said.", "Moscow Oblast"),
        ("Nine drones were brought down over the Bryansk region while en route to Moscow, the "
         "governor said.", "Bryansk"),
        ("Drones heading towards Moscow were destroyed over the Kaluga region overnight, the "
         "governor wrote.", "Kaluga"),
        ("Missiles flying towards Kyiv were shot down over the Zhytomyr region, the air force "
         "said.", "Zhytomyr"),
    ],
)  # fmt: skip
def test_where_weapons_were_flying_is_no_place_of_their_downing(extractor, text, wanted):
    places = _places(extractor, text)
    assert len(places) == 1 and places[0].startswith(wanted[:2]), places
    if wanted == "Moscow Oblast":
        (record,) = extractor.extract(text, "t", published=date(2026, 12, 1))
        assert record["geo_precision"] == 3


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("Two drones heading for Moscow were shot down overnight, the mayor said.", "Moscow"),
        ("The ministry said it shot down seven missiles over Crimea and that a patrol boat sank "
         "two sea drones heading for Sevastopol.", "Sevastopol"),
    ],
)  # fmt: skip
def test_a_destination_told_alone_or_with_its_own_deed_keeps_its_event(extractor, text, wanted):
    assert wanted in _places(extractor, text)


def test_a_long_run_of_spaces_after_a_flight_word_is_read_fast(extractor):
    text = "Drones flying towards" + " " * 20_000 + "Moscow were shot down over the Tula region."
    extractor.extract(text, "t", published=date(2026, 12, 1))


def test_a_region_after_a_plural_list_of_regions_is_one_more_region_of_it(extractor):
    text = (
        "The ministry said 30 drones were destroyed over the Smolensk and Tver regions and the "
        "Moscow region, eight of them flying towards Moscow."
    )
    records = extractor.extract(text, "t", published=date(2026, 12, 1))
    assert len(records) == 3 and {r["geo_precision"] for r in records} == {3}
