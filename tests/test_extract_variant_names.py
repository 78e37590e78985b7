"""Names the gazetteer holds only in another romanisation, and town labels in capitals
(``geo.extract.variant_names``, ``geo.extract.shouted_towns``): sentences written for these
tests in the way Russian-side reports and foreign wires spell the towns of the front."""

from __future__ import annotations

import pytest

from geo.extract.places import find_places
from geo.geocode import distance_km

CASES = [
    # Russian spellings of Ukrainian towns the gazetteer lacks as written
    (
        "Russian gunners fired on Gulyaipole overnight and on villages of the Zaporozhye region.",
        {"Gulyaipole": (47.66, 36.26)},
    ),
    (
        "A drone dropped a grenade on a bus in Novaya Kakhovka, in the Kherson region, on Monday.",
        {"Novaya Kakhovka": (46.75, 33.37)},
    ),
    (
        "Occupation officials said shells hit Dneprorudnoye and Vasylivka in the Zaporizhzhia"
        " region.",
        {"Dneprorudnoye": (47.38, 34.98)},
    ),
    (
        "Assault units advanced near Levadnoye and Zaliznichnoye in the Zaporozhye region, the"
        " ministry claimed.",
        {"Levadnoye": (47.63, 36.48), "Zaliznichnoye": (47.66, 36.12)},
    ),
    # GeoNames' "-skiy" for a town a report writes "-sky"
    (
        "Drones set fire to the refinery at Afipsky, in the Krasnodar region, overnight.",
        {"Afipsky": (44.90, 38.84)},
    ),
]


@pytest.mark.parametrize(("text", "points"), CASES)
def test_variant_spelling_finds_the_town(geocoder, text, points):
    hits = {h.mention: h.place for h in find_places(geocoder, text)}
    for name, (lat, lon) in points.items():
        assert name in hits, (name, sorted(hits))
        place = hits[name]
        assert distance_km(place.lat, place.lon, lat, lon) < 25, (name, place)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit villages of the Bryansky district overnight, the governor said.",
        "Kievsky and Bryansky railway stations in Moscow were closed.",
        "Governor Vyacheslav Gladkov said two people were hurt in Belgorod.",
    ],
)
def test_no_town_from_a_district_adjective_or_a_surname(geocoder, text):
    names = {h.mention for h in find_places(geocoder, text)}
    assert not names & {"Bryansky", "Kievsky", "Gladkov"}, names


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("KHARKOV. Last night drones hit a power substation in the city.", "KHARKOV", "Kharkiv"),
        ("[!] LUTSK — missiles hit an industrial site in the city overnight.", "LUTSK", "Lutsk"),
        ("| ODESA | A missile hit a port warehouse, killing two dockers.", "ODESA", "Odesa"),
    ],
)
def test_a_label_in_capitals_is_the_town(geocoder, text, name, town):
    hits = {h.mention: h.place for h in find_places(geocoder, text)}
    assert name in hits, sorted(hits)
    assert hits[name].name.startswith(town[:4]), hits[name]


def test_long_runs_of_spaces_and_marks_are_read_in_linear_time(geocoder):
    from timing import cpu_seconds

    def text(n: int) -> str:
        return "| KHARKOV" + " " * (4 * n) + "x\n" + "[!] " * n + "Novaya" + " " * (4 * n) + "."

    small, large = (cpu_seconds(find_places, geocoder, text(n))[0] for n in (5_000, 20_000))
    assert large < 10 * small, (small, large)  # x4 the text: linear is about x4


def test_a_variant_opening_a_sentence_after_a_preposition(geocoder):
    text = "In Novaya Kakhovka, in the Kherson region, a drone hit a bus stop on Friday."
    hits = {h.mention: h.place for h in find_places(geocoder, text)}
    assert "Novaya Kakhovka" in hits, sorted(hits)
