"""Russian spellings of Ukrainian places (``geo.geocode.respell``): sentences written for these
tests in the way Russian-side reports spell the villages of the front; the points are the
gazetteer's entries for the places meant."""

from __future__ import annotations

import pytest

from geo.geocode import distance_km
from geo.geocode.respell import russian_form, skeleton


@pytest.mark.parametrize(
    ("russian", "ukrainian"),
    [
        ("vasilyevka", "vasylivka"),
        ("zaporozhye", "zaporizhzhia"),
        ("krasnogorovka", "krasnohorivka"),
        ("velikaya novosyolka", "velyka novosilka"),
        ("umanskoye", "umanske"),
        ("ocheretino", "ocheretyne"),
    ],
)
def test_both_spellings_share_a_skeleton(russian, ukrainian):
    assert skeleton(russian) == skeleton(ukrainian)


def test_only_russian_forms_are_respelled():
    assert all(map(russian_form, ["Umanskoye", "Orlovka", "Velikaya", "Kurakhovo", "Pyatikhatki"]))
    assert not any(map(russian_form, ["Pokrovsk", "Kramatorsk", "Boston", "Seine", "Orlivka"]))
    # A name the gazetteer lacks counts with a 'g' (Ukrainian writes 'h'); others stay unknown.
    assert russian_form("Gornyak", unknown=True) and russian_form("Bogoyavlenka", unknown=True)
    assert not russian_form("Yenisei", unknown=True)


CASES = [
    (
        "The ministry in Moscow said its units had taken Staromayorskoye and Urozhaynoye, south"
        " of Velikaya Novosyolka.",
        {"Staromayorskoye": (47.753, 36.793), "Velikaya Novosyolka": (47.843, 36.836)},
    ),
    (
        "Assault groups reached Kurakhovka and Gornyak west of Donetsk, Russian bloggers said.",
        {"Kurakhovka": (48.031, 37.372), "Gornyak": (48.057, 37.372)},
    ),
    # Known as written, but as a namesake kept in its Russian form (a Vasilyevka in Crimea).
    (
        "Russian troops shelled Vasilyevka and Kamenskoye in the Zaporozhye region overnight.",
        {"Vasilyevka": (47.442, 35.282), "Kamenskoye": (47.539, 35.374)},
    ),
]


@pytest.mark.parametrize(("text", "points"), CASES)
def test_russian_spelling_finds_the_ukrainian_place(geocoder, text, points):
    spans = [(text.index(n), text.index(n) + len(n)) for n in points]
    for (name, (lat, lon)), r in zip(points.items(), geocoder.resolve(text, spans), strict=True):
        assert r.place is not None, name
        assert distance_km(r.place.lat, r.place.lon, lat, lon) < 30, (name, r.place)


def test_an_unknown_river_is_not_made_a_village(geocoder):
    text = "The old town lies on the Seine, downstream of Paris."
    r = geocoder.resolve(text, [(text.index("Seine"), text.index("Seine") + 5)])[0]
    assert r.place is None or r.place.country != "UA"


def test_a_guess_far_from_the_other_places_is_dropped(geocoder):
    # A Kursk village the gazetteer lacks: its respelling (Pohrebky) is a village of the Sumy
    # region more than 100 km from every other place the sentence names.
    text = "Drones hit Pogrebki and the town of Sudzha in the Kursk region, its governor said."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Pogrebki", "Sudzha")]
    pogrebki, sudzha = geocoder.resolve(text, spans)
    assert sudzha.place is not None and sudzha.place.country == "RU"
    assert pogrebki.place is None or pogrebki.place.country != "UA"


def test_a_far_respelling_gives_way_to_the_name_as_written(geocoder):
    # "Makhnovka" is known as written (an alternate name in the Vinnytsia region); its
    # respellings add Makhnivkas, the nearest in the Chernihiv region, 200 km from Sudzha.
    text = "Footage shows Russian armour on the edge of Makhnovka, south-west of Sudzha."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Makhnovka", "Sudzha")]
    makhnovka = geocoder.resolve(text, spans)[0]
    as_written = {p.id for p, _ in geocoder.gazetteer.lookup("Makhnovka")}
    assert makhnovka.place is None or makhnovka.place.id in as_written


@pytest.mark.parametrize(
    ("foreign", "english"),
    [
        ("mykolajiw", "mykolaiv"),
        ("tschernihiw", "chernihiv"),
        ("czernihow", "chernihiv"),
        ("dneprodzerzhinsk", "dniprodzerzhynsk"),
    ],
)
def test_german_polish_and_russian_letters_share_the_skeleton(foreign, english):
    assert skeleton(foreign) == skeleton(english)


def test_foreign_letters_and_russian_i_mark_an_unknown_name_only():
    # German and Polish letters, and Russian "i" after zh, sh, ch, ts (Ukrainian writes "y")
    assert all(
        russian_form(n, unknown=True) for n in ["Mykolajiw", "Tschernihiw", "Dneprodzerzhinsk"]
    )
    # a name the gazetteer knows is left to what it knows
    assert not any(map(russian_form, ["Mykolajiw", "Tschernihiw", "Dneprodzerzhinsk"]))
    # English names without those letters stay unknown; "-shia" is no Russian i
    assert not any(russian_form(n, unknown=True) for n in ["Yenisei", "Marshall", "Natasha"])


def test_a_german_spelling_in_a_translated_text_finds_the_town(geocoder):
    text = "In Mykolajiw drones hit the port, and Cherson was shelled, the paper said."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Mykolajiw", "Cherson")]
    first = geocoder.resolve(text, spans)[0]
    assert first.place is not None and first.place.admin1 == "Mykolaiv", first.place
