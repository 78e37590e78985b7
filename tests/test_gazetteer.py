from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer, GazetteerMissingError, is_usable_alternate, normalize


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Kursk-Vostochny", "kursk vostochny"),
        ("Kúrsk  Vostóchny", "kursk vostochny"),
        ("Kharkiv's", "kharkivs"),
        ("U.S.", "us"),
        ("Київ", "київ"),
        ("Bilhorod-Dnistrovs’kyy", "bilhorod dnistrovskyy"),
        ("Mt. Pleasant", "mount pleasant"),
        ("Ft. Worth", "fort worth"),
        ("Helena, MT", "helena mt"),  # a state's code, not a mountain
        ("MT", "mt"),
        ("Smt. Kaur", "smt kaur"),
        ("St. Kitts and Nevis", "saint kitts and nevis"),
        ("East St. Louis", "east saint louis"),
        ("Ste. Genevieve", "sainte genevieve"),
        ("Ste-Foy", "sainte foy"),
        ("Memphis St.", "memphis st"),  # a street at the end of a name stays one
        ("ST", "st"),
    ],
)
def test_normalize(raw, key):
    assert normalize(raw) == key


def test_a_mount_abbreviated_reaches_every_mount_of_the_name(gazetteer):
    """Only the towns that list "Mt. Pleasant" among their names were found for it; Mount
    Pleasant, Iowa, the one of the Iowa City papers, lists none."""
    states = {
        p.admin1 for p, main in gazetteer.lookup("Mt. Pleasant") if p.country == "US" and main
    }
    assert {"Iowa", "Michigan", "South Carolina"} <= states


def test_saint_abbreviated_reaches_the_places_spelled_out(gazetteer):
    """ "St. Kitts and Nevis" found nothing and "St. Lucia" only a South African town: the
    countries are spelled "Saint" in GeoNames and list no "St." form."""
    assert any(p.country == "KN" for p, _ in gazetteer.lookup("St. Kitts and Nevis"))
    lucia = {(p.country, p.feature) for p, _ in gazetteer.lookup("St. Lucia")}
    assert ("LC", "country") in lucia
    assert any(
        p.name == "St. Louis" and p.admin1 == "Missouri" for p, _ in gazetteer.lookup("Saint Louis")
    )


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("IEV", False),
        ("Ko", False),
        ("75000", False),
        ("Kiev", True),
        ("Київ", True),
        ("NYC", False),
    ],
)
def test_alternate_names_that_are_codes_are_dropped(name, usable):
    assert is_usable_alternate(name) is usable


def test_transliterations_reach_one_city(gazetteer):
    for name in ("Kiev", "Kyiv", "Київ"):
        assert any(p.name == "Kyiv" and p.country == "UA" for p, _ in gazetteer.lookup(name)), name
    assert any(p.name == "Dnipro" for p, _ in gazetteer.lookup("Dnepr"))
    assert any(p.name == "Bakhmut" for p, _ in gazetteer.lookup("Artemovsk"))


def test_codes_are_not_indexed(gazetteer):
    assert all(p.name != "Kyiv" for p, _ in gazetteer.lookup("IEV"))


def test_small_towns_and_airports_are_indexed(gazetteer):
    fiuggi = [p for p, _ in gazetteer.lookup("Fiuggi")]
    assert fiuggi and fiuggi[0].country == "IT" and fiuggi[0].population < 20_000
    airports = [p for p, _ in gazetteer.lookup("Kursk Vostochny") if p.feature == "airport"]
    assert airports and abs(airports[0].lat - 51.75) < 0.05


def test_regions_seas_and_hand_made_aliases(gazetteer):
    features = {p.feature for p, _ in gazetteer.lookup("Crimea")}
    assert "admin1" in features
    assert {p.feature for p, _ in gazetteer.lookup("Black Sea")} >= {"sea"}
    donbas = {p.name for p, _ in gazetteer.lookup("Donbass")}
    assert "Donbas" in donbas
    sumy_region = [p for p, _ in gazetteer.lookup("Sumska") if p.feature == "admin1"]
    assert sumy_region and sumy_region[0].admin1 == "Sumy"


def test_demonyms_only_on_request(gazetteer):
    assert gazetteer.lookup("Ukrainian") == []
    assert [p.name for p, _ in gazetteer.lookup("Ukrainian", demonyms=True)] == ["Ukraine"]


def test_hand_made_regions_and_their_adjectives(gazetteer):
    ossetia = [p for p, _ in gazetteer.lookup("South Ossetia")]
    assert ossetia and ossetia[0].country == "GE" and abs(ossetia[0].lat - 42.3) < 0.3
    assert gazetteer.lookup("South Ossetian") == []  # an adjective: only when asked for
    assert [p.name for p, _ in gazetteer.lookup("South Ossetian", demonyms=True)] == [
        "South Ossetia"
    ]


def test_admin1_of_a_town(gazetteer):
    sumy = next(p for p, _ in gazetteer.lookup("Sumy") if p.feature == "city")
    region = gazetteer.admin1_of(sumy)
    assert region is not None and region.feature == "admin1" and region.country == "UA"


def test_missing_index_says_how_to_build(tmp_path):
    with pytest.raises(GazetteerMissingError, match="build-gazetteer"):
        Gazetteer(tmp_path / "none.sqlite")


def test_build_rejects_unknown_city_file(tmp_path):
    from geo.gazetteer import build

    with pytest.raises(ValueError, match="'min_population' should be one of"):
        build(tmp_path / "g.sqlite", min_population=42)


def test_core_land_takes_near_islands_and_leaves_far_parts():
    from shapely.geometry import box

    from geo.gazetteer.outlines import core_land

    main = box(0, 0, 10, 10)
    near = box(11, 0, 12, 1)  # 1 degree (111 km) from the main land
    chain = box(13, 0, 14, 1)  # 1 degree from the near island, 3 from the main land
    far = box(30, 30, 35, 35)
    core = core_land([near, far, main, chain])
    assert core[0] is main and {id(p) for p in core} == {id(main), id(near), id(chain)}
    assert core_land([near, main, chain], gap_km=50.0) == [main]


def test_country_points_count_all_of_their_core_land(gazetteer):
    from geo.geocode import distance_km

    nz = next(p for p, _ in gazetteer.lookup("New Zealand") if p.feature == "country")
    assert -42.5 < nz.lat < -40.5  # at Cook Strait, between the two main islands
    us = next(p for p, _ in gazetteer.lookup("United States") if p.feature == "country")
    assert distance_km(us.lat, us.lon, 39.8, -98.6) < 100  # the contiguous states, not Alaska


def test_a_region_is_not_placed_on_its_largest_town(gazetteer):
    from geo.geocode import distance_km

    state = next(
        p for p, _ in gazetteer.lookup("New York") if p.feature == "admin1" and p.country == "US"
    )
    assert distance_km(state.lat, state.lon, 40.71, -74.01) > 100
    kyiv = next(p for p, _ in gazetteer.lookup("Kyiv") if p.feature == "admin1")
    assert kyiv.lat == pytest.approx(50.45, abs=0.05)


def test_a_country_without_a_countryinfo_point_is_at_its_towns(gazetteer):
    from geo.geocode import distance_km

    kosovo = [p for p, _ in gazetteer.lookup("Kosovo") if p.feature == "country"]
    assert kosovo and distance_km(kosovo[0].lat, kosovo[0].lon, 42.6, 20.9) < 60


def test_area_names_are_a_table_of_their_own(gazetteer):
    """The keys of countries, regions and counties come from a small table written at build time
    (a join of all 1.1 million names to their places took seconds in each new process): the
    same keys as that join, and areas only."""
    from geo.gazetteer.names import ALTERNATE, MAIN

    features = ("country", "admin1", "admin2")
    joined = {
        key
        for (key,) in gazetteer._db.execute(
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place"
            " WHERE p.feature IN (?, ?, ?) AND n.kind IN (?, ?)",
            (*features, MAIN, ALTERNATE),
        )
    }
    assert (
        gazetteer.area_keys(features) == joined and {"ukraine", "kharkiv", "kharkivska"} <= joined
    )
    (rows,) = gazetteer._db.execute("SELECT COUNT(*) FROM area_names").fetchone()
    assert 20_000 < rows < 100_000  # small: read whole in a moment
    with pytest.raises(ValueError, match="should be among"):
        gazetteer.area_keys(("city",))


def test_the_town_nearest_a_point_names_it(gazetteer):
    town, km = gazetteer.nearest_town(48.19, 37.25)
    assert town.country == "UA" and town.admin1 == "Donetsk" and km < 15
    exact = gazetteer.nearest_town(town.lat, town.lon)
    assert exact is not None and exact[1] < 0.01
    assert gazetteer.nearest_town(0.0, -30.0) is None  # the open Atlantic


def test_the_nearest_town_across_the_antimeridian_at_the_poles_and_of_no_point(gazetteer):
    """A point just west of the 180th meridian is near Fiji's Labasa, east of it: the box of
    longitudes did not wrap and the distance went the long way round (none found). A pole, NaN,
    infinity or a longitude past 180 is no error (infinity raised 'math domain error')."""
    for lon in (-179.99, 180.0, -180.0):
        found = gazetteer.nearest_town(-16.45, lon, within_km=80)
        assert found is not None and found[0].name == "Labasa" and found[1] < 70, (lon, found)
    found = gazetteer.nearest_town(66.3, 179.9, within_km=60)  # Chukotka, across the line
    assert found is not None and found[0].name == "Egvekinot"
    for lat, lon in [(90, 0), (-90, 0), (float("nan"), 30), (50, float("nan"))]:
        assert gazetteer.nearest_town(lat, lon) is None
    for lat, lon in [(float("inf"), 0), (50, float("inf")), (48.5, 1e308), (91, 0)]:
        assert gazetteer.nearest_town(lat, lon) is None


def test_a_countrys_name_keys_are_those_its_places_are_named_by(gazetteer):
    """``keys_in_country`` (the respelling index's names, read by one scan of the names for the
    country's place ids) gives every key a join of names and places gives, each once, in the
    order of the key index."""
    joined = [
        key
        for (key,) in gazetteer._db.execute(
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place"
            " WHERE p.country = ? ORDER BY n.key",
            ("UA",),
        )
    ]
    keys = gazetteer.keys_in_country("UA")
    assert keys == joined
    assert len(keys) == len(set(keys)) and "kyiv" in keys
    assert gazetteer.keys_in_country("ZZ") == []
