"""Where the carriers of a salvo flew, not where it landed: bombers "over the Caspian", aircraft
"flying over the Bryansk region", a "launch zone over" a region, bombers "airborne from" a base.
The place after such words is the carrier's, no strike or interception there; the target named
after an event word still is one."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _places(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 6, 12))
    return [(e["event_type"], e["place"]) for e in events]


@pytest.mark.parametrize(
    "text, carrier",
    [
        # an air force tally's bullet
        (
            "The enemy attacked with 120 means of air attack:\n"
            "- 6 Kh-101 cruise missiles, released by Tu-95MS bombers over the Saratov region;\n"
            "- 114 Shahed drones.",
            "Saratov",
        ),
        (
            "- 6 Kh-101 cruise missiles (Tu-95MS, launch zone over the Volgograd region);",
            "Volgograd",
        ),
        (
            "Monitoring channels saw Tu-95 bombers airborne from the Olenya base on the Kola "
            "Peninsula shortly after midnight, and cruise missile launches followed.",
            "Kola",
        ),
        (
            "The glide bombs were dropped by Su-34 aircraft flying over the Belgorod region, "
            "the air force said.",
            "Belgorod",
        ),
        # the carrier named by its model alone, no "bombers" after it
        (
            "Overnight attack, means used:\n"
            "- Kh-101 x 8, air-launched by Tu-95MS over the Saratov region;\n"
            "- Shahed x 90.",
            "Saratov",
        ),
        (
            "Missiles:\n"
            "- 3 Kinzhal aeroballistic missiles; carriers MiG-31K, over the Lipetsk region\n"
            "- 40 attack drones",
            "Lipetsk",
        ),
        (
            "Four Kh-22 missiles came from Tu-22M3s above the Kursk region before dawn, the air "
            "force said.",
            "Kursk",
        ),
    ],
)
def test_where_the_carriers_flew_is_no_event(extractor, text, carrier):
    got = _places(extractor, text)
    assert all(not p.startswith(carrier) for _, p in got), got


@pytest.mark.parametrize(
    "text, target",
    [
        (
            "Cruise missiles fired by bombers over the Caspian struck an energy site in Kremenchuk "
            "on Tuesday night, the governor said.",
            "Kremenchuk",
        ),
        (
            "Glide bombs dropped by Russian aircraft hit a school in Kupiansk on Monday, killing "
            "two teachers.",
            "Kupyansk",
        ),
    ],
)
def test_the_target_after_the_carriers_stays_an_event(extractor, text, target):
    got = _places(extractor, text)
    assert any(p.startswith(target[:6]) for _, p in got), got


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "The air force said it shot down two Su-34 bombers over the Luhansk oblast on Tuesday.",
            "Luhansk",
        ),
        (
            "Ukrainian pilots downed a Su-34 over the Donetsk oblast on Tuesday, the air force said.",
            "Donetsk",
        ),
        (
            "Air defences intercepted and destroyed 31 drones of aircraft type over the "
            "territory of the Bryansk region during the night, the ministry said.",
            "Bryansk",
        ),
    ],
)
def test_carriers_downed_over_a_place_are_an_interception_there(extractor, text, place):
    got = _places(extractor, text)
    assert ("interception", place) in [(t, p[: len(place)]) for t, p in got], got


def test_anti_aircraft_gunners_over_a_place_are_no_carriers(extractor):
    got = _places(
        extractor, "Our anti-aircraft gunners worked over Mykolaiv all night, the navy said."
    )
    assert [t for t, p in got if p.startswith("Mykola")] == ["interception"], got
