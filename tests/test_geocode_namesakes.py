"""Namesakes and facilities in war reports (issue 16, eleventh round): sentences written for these
tests, each class of failure with cases of its own, none of them a place of the report set that
showed it."""

from __future__ import annotations

import pytest

from geo.geocode import distance_km, find_toponyms
from geo.geocode.facilities import towns_of_adjective

THEATRE = frozenset({"UA", "RU"})


def _place(geocoder, text: str, name: str, theatre=THEATRE):
    """What ``name`` resolves to in ``text``, every toponym of the text read with it."""
    resolved = geocoder.resolve(text, find_toponyms(geocoder, text), theatre)
    return next(r.place for r in resolved if r.query == name)


# A word that opens a sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Police said a bus was hit in Kherson.", "Police", "Kherson"),
        ("Regional officials counted the damage in Sumy.", "Regional", "Sumy"),
        ("Over Mykolaiv, air defence shot down two drones.", "Over", "Mykolaiv"),
        ('"New strikes," the mayor of Odesa said.', "New", "Odesa"),
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_no_place(geocoder, text, word, kept):
    found = [text[s:e] for s, e in find_toponyms(geocoder, text)]
    assert kept in found and word not in found


def test_the_same_word_inside_a_sentence_is_still_read(geocoder):
    text = "Drones were seen near Police, north of Szczecin."
    assert "Police" in [text[s:e] for s, e in find_toponyms(geocoder, text)]


def test_a_town_opening_a_sentence_stays_though_a_post_writes_it_small(geocoder):
    text = "Kherson was shelled again tonight. #kherson, drones over kherson"
    assert "Kherson" in [text[s:e] for s, e in find_toponyms(geocoder, text)]


# A country named as a party ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("US and Ukrainian officials met in Florence on Tuesday.", "Florence", "IT"),
        ("Ukrainian and US envoys held talks in Salzburg.", "Salzburg", "AT"),
        ("The US delegation arrived in Athens for the talks.", "Athens", "GR"),
        ("US negotiators and their Ukrainian counterparts met in Milan.", "Milan", "IT"),
    ],
)
def test_a_country_named_as_a_party_does_not_place_the_talks(geocoder, text, name, country):
    # A war report (read for its theatre): its parties' countries are not where it happens.
    assert _place(geocoder, text, name).country == country


def test_a_country_named_as_a_place_still_counts(geocoder):
    text = "A storm hit the US overnight; in Athens the river flooded, and Atlanta lost power."
    assert _place(geocoder, text, "Athens", frozenset()).country == "US"


# The masculine form of a town's name --------------------------------------------------------


def test_a_masculine_name_is_the_larger_town_of_its_neuter_form_in_its_region(geocoder):
    place = _place(
        geocoder, "Drones hit the Shyrokyi quarry in the Dnipropetrovsk province.", "Shyrokyi"
    )
    assert (place.name, place.admin1) == ("Shyroke", "Dnipropetrovsk")


def test_a_masculine_name_the_gazetteer_lacks_is_its_town_near_the_others(geocoder):
    context = "Shelling went on near Sievierodonetsk and Lysychansk."
    assert geocoder.geocode("Rubizhnyi", context, THEATRE).place.name == "Rubizhne"
    assert geocoder.geocode("Dniprorudnyi", "Vasylivka and Enerhodar", THEATRE).place.name == (
        "Dniprorudne"
    )


def test_a_place_of_the_masculine_name_itself_still_wins_beside_its_neighbours(geocoder):
    place = _place(geocoder, "Fighting went on near Shyrokyi and Luhansk.", "Shyrokyi")
    assert (place.name, place.admin1) == ("Shyrokyi", "Luhansk")


# A power plant named by its town's adjective -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "adjective", "town"),
    [
        ("Missiles hit the Zmiivska thermal power plant before dawn.", "Zmiivska", "Zmiiv"),
        ("The Kurakhivska TPP was shelled again.", "Kurakhivska", "Kurakhove"),
        ("Drones struck the Dobrotvirska thermal power plant.", "Dobrotvirska", "Dobrotvir"),
        ("A fire broke out at the Shaturskaya power station.", "Shaturskaya", "Shatura"),
    ],
)
def test_a_plant_named_by_its_towns_adjective_is_put_at_the_town(geocoder, text, adjective, town):
    assert _place(geocoder, text, adjective).name == town


def test_an_adjective_that_also_names_a_region_gives_no_place(gazetteer, geocoder):
    # Plants named after a region lie anywhere in it (Khmelnytska at Netishyn, 100 km off).
    for adjective in ("Khmelnytska", "Kurskaya", "Kyivska"):
        assert towns_of_adjective(gazetteer, adjective) == []
    # The gazetteer knows this one as the region's own name: the region, never its capital.
    text = "The Rivnenska nuclear power plant cut its output."
    assert _place(geocoder, text, "Rivnenska").feature == "admin1"
    # A plant the gazetteer holds itself (data/aliases.csv) is the plant, at Netishyn.
    text = "The Khmelnytska nuclear power plant cut its output."
    plant = _place(geocoder, text, "Khmelnytska nuclear power plant")
    assert (plant.name, plant.feature) == ("Khmelnytskyi Nuclear Power Plant", "facility")


def test_an_adjective_without_a_plant_after_it_is_not_read(geocoder):
    text = "A shop on Zmiivska Street in Kharkiv burned."
    assert "Zmiivska" not in [text[s:e] for s, e in find_toponyms(geocoder, text)]


# A region that opens a sentence -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("In the Zaporizhzhia region, shelling hit Orlivka.", "Orlivka", "Zaporizhia"),
        ("In the Kharkiv region, artillery hit Ivanivka.", "Ivanivka", "Kharkiv"),
        ("In the Sumy region, a drone hit a farm near Mykolaivka.", "Mykolaivka", "Sumy"),
        (
            "In the Zaporizhzhia region, a guided bomb hit Novoselivka on Monday.",
            "Novoselivka",
            "Zaporizhia",
        ),
    ],
)
def test_a_region_opening_the_sentence_holds_its_places(geocoder, text, name, region):
    assert _place(geocoder, text, name).admin1 == region


def test_a_second_region_called_so_ends_the_first_ones_reach(geocoder):
    text = (
        "In the Sumy region, a drone hit a farm near Mykolaivka, and in the Kherson region"
        " shelling hit Ivanivka."
    )
    assert _place(geocoder, text, "Ivanivka").admin1 == "Kherson"


# The town a front's axis is named after -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "axis"),
    [
        ("Kupiansk direction. The enemy attacked near Ivanivka twice.", "Ivanivka", (49.71, 37.61)),
        ("Dnipro was hit. On the Kupiansk axis, Petrivka was shelled.", "Petrivka", (49.71, 37.61)),
        (
            "Zaporizhzhia was hit. On the Avdiivka axis, the enemy attacked Stepove.",
            "Stepove",
            (48.14, 37.75),
        ),
    ],
)
def test_places_named_along_an_axis_lie_near_its_town(geocoder, text, name, axis):
    place = _place(geocoder, text, name)
    assert distance_km(place.lat, place.lon, *axis) < 60
