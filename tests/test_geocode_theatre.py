"""Places the war reports name that GeoNames' towns do not cover, other names of countries, and
the fast scan for area names that every resolve runs."""

from __future__ import annotations

import json

import pytest

from geo.gazetteer.geonames import add_other_names
from geo.geocode import distance_km
from geo.geocode.toponyms import find_area_names
from geo.geocode.words import has_word as _has_word


def _resolve_one(geocoder, text: str, name: str):
    start = text.index(name)
    return geocoder.resolve(text, [(start, start + len(name))])[0]


@pytest.mark.parametrize(
    ("text", "name", "feature", "lat", "lon", "within_km"),
    [
        # Points known independently of our gazetteer (UCDP GED, the plant's published site).
        (
            "Two were killed in Lastochkyne, west of Avdiivka.",
            "Lastochkyne",
            "city",
            48.148,
            37.681,
            3,
        ),
        ("Shelling of Lastochkino was reported.", "Lastochkino", "city", 48.148, 37.681, 3),
        ("IAEA staff at the ZNPP heard blasts.", "ZNPP", "facility", 47.51, 34.59, 5),
        ("The Zaporizhzhia NPP lost power again.", "Zaporizhzhia NPP", "facility", 47.51, 34.59, 5),
        ("Traffic on the Kerch Bridge was halted.", "Kerch Bridge", "facility", 45.30, 36.51, 15),
        ("A strike hit the Antonivskyi Bridge.", "Antonivskyi Bridge", "facility", 46.66, 32.71, 5),
        ("Sirens sounded over Khortytsia Island.", "Khortytsia Island", "region", 47.83, 35.09, 5),
        ("Drones were downed over the Black Sea.", "Black Sea", "sea", 43.4, 34.3, 300),
    ],
)
def test_theatre_places_resolve(geocoder, text, name, feature, lat, lon, within_km):
    place = _resolve_one(geocoder, text, name).place
    assert place is not None, name
    assert place.feature == feature
    assert distance_km(place.lat, place.lon, lat, lon) < within_km


def test_graivoron_is_the_belgorod_town(geocoder):
    """The spelling transliterated from Russian reaches the town GeoNames spells Grayvoron."""
    place = _resolve_one(geocoder, "A drone struck Graivoron overnight.", "Graivoron").place
    assert (place.name, place.country) == ("Grayvoron", "RU")
    assert distance_km(place.lat, place.lon, 50.48, 35.68) < 10


def test_burma_is_myanmar(geocoder):
    place = _resolve_one(geocoder, "Floods struck Burma and Thailand.", "Burma").place
    assert (place.feature, place.country) == ("country", "MM")


def test_other_names_only_for_whole_countries(tmp_path):
    """A record naming a whole country by another name adds that name; a record for a part of a
    country (its spellings do not hold the country's name) adds nothing."""
    info = {"MM": {"name": "Myanmar", "altSpellings": ["MM"]}, "GB": {"name": "United Kingdom"}}
    records = {
        "burma.json": {"name": "Burma", "ISO": {"alpha2": "MM"}, "altSpellings": ["Myanmar"]},
        "wales.json": {"name": "Wales", "ISO": {"alpha2": "GB"}, "altSpellings": ["Cymru"]},
        "broken.json": None,
    }
    for file, record in records.items():
        text = "{not json" if record is None else json.dumps(record)
        (tmp_path / file).write_text(text, encoding="utf-8")
    add_other_names(info, tmp_path)
    assert info["MM"]["altSpellings"] == ["MM", "Burma"]
    assert "altSpellings" not in info["GB"]
    add_other_names(info, tmp_path / "missing")  # no folder: nothing changes, no error
    assert info["MM"]["altSpellings"] == ["MM", "Burma"]


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("the county said", "county", True),
        ("county", "county", True),
        ("a county-wide ban", "county", False),  # part of a hyphenated word
        ("the countys", "county", False),
        ("in georgia.", "georgia", True),
        ("u.s. officials", "u.s.", True),
        ("thus.", "us", False),  # inside a longer word
        ("", "county", False),
    ],
)
def test_a_word_of_its_own(text, word, found):
    assert _has_word(text, word) is found


def test_area_names_in_word_groups(geocoder):
    """Multi-word names are found whole; a run whose other words are not neutral (a person's
    name) yields nothing; a capitalised word written in lower case elsewhere is neutral."""
    features = ("country", "admin1", "admin2")
    text = (
        "Victoria is a city in Ellis County, Kansas. Officer Jackson Smith spoke. "
        "Flooding Nebraska towns, the flooding spread."
    )
    found = [text[s:e] for s, e in find_area_names(geocoder, text, features)]
    assert "Ellis County" in found
    assert "Kansas" in found
    assert "Nebraska" in found  # "Flooding" is written in lower case later: an ordinary word
    assert not any("Jackson" in name for name in found)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Кліщіївка", "Klishchiivka"),
        ("Русин Яр", "Rusyn Yar"),
        ("Ягідне", "Yahidne"),
        ("Юріївка", "Yuriivka"),
        ("Згурівка", "Zghurivka"),
        ("Мар'янка", "Marianka"),
        ("Гуляйполе", "Huliaipole"),
    ],
)
def test_ukrainian_names_in_the_official_latin_spelling(cyrillic, latin):
    from geo.gazetteer.katottg import transliterate

    assert transliterate(cyrillic) == latin


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        # Villages under 500 people that GeoNames' towns lack, placed at their hromada's centre;
        # points from UCDP GED and the villages' own articles, not from our gazetteer.
        ("Russian troops shelled Klishchiivka overnight.", "Klishchiivka", 48.53, 37.97),
        ("Fighting continued near Rusyn Yar.", "Rusyn Yar", 48.53, 37.68),
        ("Ukrainian units advanced near Robotyne.", "Robotyne", 47.45, 35.84),
        # Its hromada is named after Shakhove, a village the towns lack too: placed at the
        # middle one of the hromada's settlements that the towns hold.
        ("A checkpoint near Zolotyi Kolodiaz came under fire.", "Zolotyi Kolodiaz", 48.53, 37.24),
        ("Артилерія обстріляла Кліщіївку і Кліщіївка горіла.", "Кліщіївка", 48.53, 37.97),
    ],
)
def test_villages_resolve_near_their_point(geocoder, text, name, lat, lon):
    res = _resolve_one(geocoder, text, name)
    assert res.place is not None and res.place.feature == "village"
    assert distance_km(res.place.lat, res.place.lon, lat, lon) < 30
    assert res.source == "katottg"


def test_a_villages_namesake_follows_the_front_in_the_text(geocoder):
    """Andriivka is the name of dozens of villages; beside Bakhmut and Klishchiivka it is the
    one south of Bakhmut."""
    text = "Ukrainian forces retook Andriivka and Klishchiivka, south of Bakhmut."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Andriivka", "Klishchiivka")]
    spans.append((text.index("Bakhmut"), text.index("Bakhmut") + 7))
    place = geocoder.resolve(text, spans)[0].place
    assert place is not None and place.admin1 == "Donetsk"
    assert distance_km(place.lat, place.lon, 48.50, 37.96) < 30
    alone = _resolve_one(geocoder, "Andriivka was shelled.", "Andriivka").place
    assert alone is not None and alone.feature == "city"  # nothing to tell: the largest one


@pytest.mark.parametrize(
    "text",
    [
        # Tallies that name regions with the word "region", a western town near the Lviv region's
        # own Mykolaiv, then the city of Mykolaiv bare: the city, not its region nor a namesake.
        "Air Force of Ukraine, morning tally. Shot down by region: Lviv region 9, Volyn region 4, "
        "Rivne region 3, Ternopil region 2, Mykolaiv region 12, Odesa region 7.\n"
        "- Lviv region: a missile struck a substation outside Stryi; in Zhydachiv windows were "
        "blown out.\n- Mykolaiv: a drone hit an apartment block, two people were hurt.",
        "Drones were destroyed over the Volyn, Lviv, Khmelnytskyi and Mykolaiv regions, the air "
        "force said. Debris fell near Stryi and in Zhydachiv district of the Lviv region.\n"
        "Mykolaiv - a drone struck a five-storey building; three people were injured.",
        "Interceptions by region: Lviv region - 6; Mykolaiv region - 11; Rivne region - 2.\n"
        "Hits:\n- Lviv region: an energy site near Stryi was damaged.\n"
        "- Mykolaiv: a strike drone hit a school; one man was wounded.",
    ],
)
def test_a_bare_name_beside_regions_called_so_is_the_town(geocoder, text):
    start = text.rindex("Mykolaiv")
    found = geocoder.resolve(text, [(start, start + len("Mykolaiv"))], theatre={"UA", "RU"})[0]
    assert found.place is not None and found.place.feature == "city", found.place
    assert distance_km(found.place.lat, found.place.lon, 46.975, 31.995) < 10, found.place


@pytest.mark.parametrize(
    ("text", "names", "lat", "lon"),
    [
        # Paris is also another name of a village of the Odesa region (Veselyy Kut): a report on
        # the Odesa region's towns still means the French capital.
        (
            "- The governor of the Odesa region said drones damaged a boiler house in Odesa.\n"
            "- European leaders met in Paris to discuss security guarantees.",
            ["Odesa", "Paris"],
            48.853,
            2.349,
        ),
        (
            "Shelling of Izmail and Bilhorod-Dnistrovskyi in the Odesa region went on overnight; "
            "in Paris, the foreign ministers agreed on new sanctions.",
            ["Izmail", "Bilhorod-Dnistrovskyi", "Paris"],
            48.853,
            2.349,
        ),
        # A renamed town known by its former name stays itself: no city has that name as its own.
        (
            "Russian forces shelled Artemivsk and Soledar in the Donetsk region.",
            ["Soledar", "Artemivsk"],
            48.595,
            37.999,
        ),
    ],
)
def test_a_small_place_known_by_another_name_yields_to_the_city_of_that_name(
    geocoder, text, names, lat, lon
):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = geocoder.resolve(text, spans, theatre={"UA", "RU"})[-1]
    assert found.place is not None
    assert distance_km(found.place.lat, found.place.lon, lat, lon) < 15, found.place
