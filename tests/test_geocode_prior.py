"""Choices a new user saw go wrong: the theatre read as a prior, ties between a town's own name
and another town's alternate name, and a city beaten by a small village of its name. The
sentences are ours; the points are the gazetteer's entries for the places meant."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geo import theatre
from geo.extract import Extractor
from geo.geocode import distance_km

CAUCASUS = Path(__file__).parent / "data" / "theatre_caucasus.toml"
ODESA = (46.486, 30.744)
SLOVIANSK = (48.85, 37.60)
ZAPORIZHZHIA = (47.852, 35.117)


def _one(geocoder, text: str, name: str, countries=frozenset()):
    start = text.index(name)
    return geocoder.resolve(text, [(start, start + len(name))], countries)[0].place


def _near(place, point, km: float = 10.0) -> bool:
    return place is not None and distance_km(place.lat, place.lon, *point) < km


def _extracted(geocoder, text: str) -> list[dict]:
    from geo.extract import Extractor

    return Extractor(geocoder).extract(text, "test", published=date(2025, 2, 3))


def test_a_war_report_s_bare_odessa_is_the_ukrainian_port(geocoder):
    events = _extracted(geocoder, "A drone hit Odessa overnight, the regional governor said.")
    assert len(events) == 1
    assert distance_km(events[0]["lat"], events[0]["lon"], *ODESA) < 10
    place = _one(geocoder, "A drone hit Odessa overnight.", "Odessa", theatre.current().countries)
    assert _near(place, ODESA)


def test_a_region_named_after_the_town_still_beats_the_theatre(geocoder):
    countries = theatre.current().countries
    place = _one(geocoder, "Oil prices fell in Odessa, Texas, on Monday.", "Odessa", countries)
    assert (place.country, place.admin1) == ("US", "Texas")
    events = _extracted(geocoder, "A drone hit an oil depot in Odessa, Texas, officials said.")
    assert {e["country"] for e in events} == {"US"}


def test_world_text_gets_no_theatre_prior(geocoder):
    """The generic geocoder (world news, the GeoVirus and LGL benchmarks) reads no theatre: a
    bare name is ranked as before, the largest namesake with the name as its own first."""
    assert _one(geocoder, "Oil prices fell in Odessa.", "Odessa").country == "US"
    assert geocoder.geocode("Odessa").place.country == "US"
    assert geocoder.geocode("Odessa", theatre={"UA", "RU"}).place.country == "UA"


def test_the_prior_follows_the_theatre_file(geocoder, monkeypatch):
    """Armavir is a Russian city of 200,000 and an Armenian town of 30,000: a report read for
    this war means the Russian one, a report read for the Caucasus theatre the Armenian one."""
    text = "Shelling was reported in Armavir on Tuesday, officials said."
    assert {e["country"] for e in _extracted(geocoder, text)} == {"RU"}
    monkeypatch.setenv("SITREP_THEATRE", str(CAUCASUS))
    assert {e["country"] for e in _extracted(geocoder, text)} == {"AM"}


def test_a_town_s_own_spelling_beats_another_town_s_alternate_name(geocoder):
    """GeoNames lists "Sloviansk" among Nikopol's alternate names; the town whose own name is
    closest to the words wins when the rest is equal."""
    assert _near(geocoder.geocode("Sloviansk").place, SLOVIANSK)
    assert _near(_one(geocoder, "Shelling hit Sloviansk.", "Sloviansk"), SLOVIANSK)


DONETSK_FRONT = (
    "Russian troops attacked near Pokrovsk, Kurakhove and Velyka Novosilka in Donetsk region. "
)


def test_a_city_beats_a_village_of_its_name_near_the_other_places(geocoder):
    """A village of the codifier named like a city does not win by lying near the text's other
    places: the Donetsk front's towns around "Zaporizhzhia" do not make it the village."""
    sentence = "A missile struck Zaporizhzhia in the evening."
    assert _near(geocoder.geocode("Zaporizhzhia", DONETSK_FRONT + sentence).place, ZAPORIZHZHIA)
    events = _extracted(geocoder, DONETSK_FRONT + sentence)
    struck = [e for e in events if e["place_mention"] == "Zaporizhzhia"]
    assert len(struck) == 1
    assert distance_km(struck[0]["lat"], struck[0]["lon"], *ZAPORIZHZHIA) < 10


@pytest.mark.parametrize("region", ["Donetsk region", "Donetsk Oblast"])
def test_the_village_wins_when_its_region_follows_the_name(geocoder, region):
    text = f"Shelling hit the village of Zaporizhzhia, {region}, at dawn."
    place = geocoder.geocode("Zaporizhzhia", DONETSK_FRONT + text, {"UA", "RU"}).place
    assert (place.feature, place.admin1) == ("village", "Donetsk")


def test_only_a_city_that_has_the_name_as_its_own_counts(geocoder):
    """A Donetsk city district that GeoNames also calls "Kalynivka", and a town of 18,000 of
    the name far from the front, are no city of that name: the village by Chasiv Yar, among the
    text's other front places, stays the choice."""
    text = (
        "Russian troops pressed on toward Toretsk from Niu-York and Zalizne, the General Staff"
        " said. Defenders held off four assaults near Chasiv Yar, Ivanivske and Kalynivka on"
        " Friday, and two near Bila Hora."
    )
    place = geocoder.geocode("Kalynivka", text, {"UA", "RU"}).place
    assert (place.name, place.feature) == ("Kalynivka", "village")
    assert distance_km(place.lat, place.lon, 48.59, 37.83) < 10


def _candidate(name: str, feature: str, population: int, score: float, likeness: float = 1.0):
    from geo.gazetteer import Place
    from geo.geocode import Candidate

    place = Place(hash(name) % 10_000, name, 48.0, 37.0, "UA", "Donetsk", "", feature, population)
    return Candidate(place, score, likeness == 1.0, likeness)


def test_a_village_yields_only_to_a_city_that_would_win_instead():
    from geo.geocode.city_namesakes import villages_yield_to_cities

    village = _candidate("Oleksiivka", "village", 0, 3.0)
    city = _candidate("Oleksiyivka", "city", 100_000, 2.2, likeness=0.95)
    third = _candidate("Chystyakove", "city", 53_000, 2.7, likeness=0.2)
    villages_yield_to_cities([village, city, third], set())
    assert village.score == 3.0  # demoting it would only hand the choice to a third place
    villages_yield_to_cities([village, city], set())
    assert village.score < city.score
    village.score = 3.0
    villages_yield_to_cities([village, city], {("UA", "Donetsk")})  # its region follows the name
    assert village.score == 3.0


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # "in the X region" after a village as good as "X region" after a comma; the region's
        # name is its capital's, which leads the region word's candidates until the end
        (
            "Moscow said its troops took the hamlet of Novoandriivka in the Zaporizhzhia region"
            " and beat back an attack near Sudzha in the Kursk region.",
            "Novoandriivka",
            "Zaporizhia",
        ),
        (
            "Clashes went on near Dachne, in the Donetsk region, not far from the border.",
            "Dachne",
            "Donetsk",
        ),
        ("Rockets hit Orlivka in the Zaporizhzhia region at night.", "Orlivka", "Zaporizhia"),
    ],
)
def test_a_region_after_in_holds_the_village(geocoder, text, name, admin1):
    place = geocoder.geocode(name, text, {"UA", "RU"}).place
    assert (place.feature, place.admin1) == ("village", admin1)


def test_a_region_named_only_elsewhere_does_not_take_a_village_from_the_front():
    """The region of a tally line further down ("Zaporizhzhia region: 4 drones") is no cue for
    a village of the same oblast's name list: Bohdanivka stays the one by Ivanivske."""
    from geo.gazetteer import Gazetteer
    from geo.geocode import Geocoder

    text = (
        "Russian units attacked near Ivanivske and Bohdanivka on the approach to Chasiv Yar."
        "\nDrones downed overnight, by region: Zaporizhzhia region - 4, Mykolaiv region - 6."
    )
    place = Geocoder(Gazetteer()).geocode("Bohdanivka", text, {"UA", "RU"}).place
    assert place.admin1 == "Donetsk"
    assert distance_km(place.lat, place.lon, 48.59, 37.83) < 15


@pytest.mark.parametrize(
    ("text", "name", "near", "within_km"),
    [
        # a report about Odesa that names a front village by a town beside it
        (
            "Odesa's port was hit again. On the front, Moscow claimed Orlivka, west of Avdiivka.",
            "Orlivka",
            (48.14, 37.75),
            40,
        ),
        (
            # the Orlivka of the Prymorsk community, at its own point since post_villages (the
            # community's centre, 46.73, 36.35, before); the text's point, 60 km from Tokmak
            "Kyiv was calm. Shelling hit Orlivka, some 60 km south-east of Tokmak, at noon.",
            "Orlivka",
            (46.87, 36.27),
            30,
        ),
        (
            "Kyiv was calm. Fighting went on near Dachne outside Pokrovsk.",
            "Dachne",
            (48.28, 37.18),
            60,
        ),
    ],
)
def test_a_place_set_beside_another_lies_near_it(geocoder, text, name, near, within_km):
    place = geocoder.geocode(name, text, {"UA", "RU"}).place
    assert distance_km(place.lat, place.lon, *near) < within_km


def test_a_yardstick_is_the_mention_right_after_the_phrase():
    from geo.geocode.anchors import YARDSTICK

    assert YARDSTICK.match("Orlivka, west of Avdiivka", 7)
    assert YARDSTICK.match("Murom, on the border north of Vovchansk", 5)
    assert YARDSTICK.match("Dachne on the outskirts of the town of Pokrovsk", 6)
    assert not YARDSTICK.match("Kyiv, where the west of the city", 4)
    assert not YARDSTICK.match("Kharkiv and the north of Sumy", 7)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # an apposition says what the town is, then where: the region after it holds the town
        (
            "Shelling hit Orlivka, a farming village east of the dam in Ukraine's Zaporizhzhia"
            " region, overnight.",
            "Orlivka",
            "Zaporizhia",
        ),
        (
            "Guns fired on Kamianske, a small settlement by the water in the Zaporizhzhia region.",
            "Kamianske",
            "Zaporizhia",
        ),
        (
            "Shelling hit Mykolaivka, a village north of the highway in the Sumy region.",
            "Mykolaivka",
            "Sumy",
        ),
    ],
)
def test_a_region_after_an_apposition_holds_the_town(geocoder, text, name, admin1):
    assert geocoder.geocode(name, text, {"UA", "RU"}).place.admin1 == admin1


def test_a_place_called_a_village_is_no_big_citys_namesake(geocoder):
    # a Kyiv city district of 200,000 people, named after the same poet, is no village even in
    # a text that keeps naming Kyiv
    text = (
        "Kyiv, 2025-02-18\nIn Kyiv, the General Staff said Russian units had stormed the "
        "village of Shevchenko on the road to Pokrovsk."
    )
    places = {e["place"]: e["admin1"] for e in Extractor(geocoder).extract(text, "t")}
    assert places.get("Shevchenko") == "Donetsk", places
