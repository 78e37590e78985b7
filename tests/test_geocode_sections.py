"""Sections of towns (GeoNames' feature code PPLX: city districts, neighbourhoods) against towns
of the same name: the district is meant only where the text names the city it belongs to. The
places below are made up for the rule; the last tests read the built gazetteer."""

from __future__ import annotations

from geo.gazetteer import Place
from geo.geocode import Candidate
from geo.geocode.city_namesakes import SECTION_CITY_KM, sections_yield_to_towns

CITY = Place(1, "Bigtown", 49.59, 34.55, "UA", "Poltava", "", "city", 280_000, 1, "PPLA")
DISTRICT = Place(2, "Shevchenko", 49.56, 34.54, "UA", "Poltava", "", "city", 140_000, 2, "PPLX")
HAMLET = Place(3, "Shevchenko", 48.22, 37.14, "UA", "Donetsk", "", "city", 900, 3, "PPL")
VILLAGE = Place(4, "Shevchenko", 47.78, 37.25, "UA", "Donetsk", "", "village", 0, None, "")
FAR_CITY = Place(5, "Farcity", 48.46, 35.04, "UA", "Dnipropetrovsk", "", "city", 900_000, 5)


def _scored(*places_scores, likeness=1.0):
    return [Candidate(p, s, likeness == 1.0, likeness) for p, s in places_scores]


def test_a_district_loses_to_a_town_of_its_name_when_its_city_is_not_named():
    district, hamlet = _scored((DISTRICT, 1.4), (HAMLET, 1.0))
    sections_yield_to_towns([district, hamlet], [], "shevchenko")
    assert district.score < hamlet.score
    # a codifier village of the name is a town too
    district, village = _scored((DISTRICT, 1.4), (VILLAGE, 0.5))
    sections_yield_to_towns([district, village], [], "shevchenko")
    assert district.score < village.score


def test_a_district_stays_the_choice_where_the_text_names_its_city():
    district, hamlet = _scored((DISTRICT, 1.4), (HAMLET, 1.0))
    sections_yield_to_towns([district, hamlet], [("bigtown", CITY)], "shevchenko")
    assert district.score == 1.4


def test_a_large_town_far_away_or_a_smaller_one_near_is_not_its_city():
    small = Place(6, "Nearby", 49.57, 34.55, "UA", "Poltava", "", "city", 2_000, 6, "PPL")
    assert SECTION_CITY_KM < 200  # Farcity lies about 150 km off
    district, hamlet = _scored((DISTRICT, 1.4), (HAMLET, 1.0))
    sections_yield_to_towns(
        [district, hamlet], [("farcity", FAR_CITY), ("nearby", small)], "shevchenko"
    )
    assert district.score < hamlet.score


def test_other_mentions_of_the_same_name_do_not_name_the_city():
    district, hamlet = _scored((DISTRICT, 1.4), (HAMLET, 1.0))
    sections_yield_to_towns([district, hamlet], [("shevchenko", CITY)], "shevchenko")
    assert district.score < hamlet.score


def test_only_a_town_whose_name_is_the_words_is_a_rival():
    district = Candidate(DISTRICT, 1.4, True, 1.0)
    alias = Candidate(HAMLET, 1.0, False, 0.5)  # has the words only as an unlike alternate name
    sections_yield_to_towns([district, alias], [], "shevchenko")
    assert district.score == 1.4
    # nor is a region or a country, and a district with no rival at all keeps its score
    alone = Candidate(DISTRICT, 1.4, True, 1.0)
    sections_yield_to_towns([alone], [], "shevchenko")
    assert alone.score == 1.4


def test_the_gazetteer_keeps_geonames_feature_codes(gazetteer):
    codes = {(p.country, p.admin1): p.code for p, main in gazetteer.lookup("Hollywood") if main}
    assert codes[("US", "California")] == "PPLX"  # a section of Los Angeles
    assert codes[("US", "Florida")] == "PPL"  # a city of its own
    paris = [p for p, _ in gazetteer.lookup("Paris") if p.feature == "capital"]
    assert [p.code for p in paris] == ["PPLC"]


def test_a_bare_district_name_is_the_town_and_the_district_beside_its_city(geocoder):
    bare = geocoder.geocode("Hollywood").place
    assert (bare.country, bare.admin1, bare.code) == ("US", "Florida", "PPL")
    text = "Los Angeles firefighters put out a brush fire in the hills above Hollywood."
    start = text.index("Hollywood")
    meant = geocoder.resolve(text, [(0, 11), (start, start + 9)])[1].place
    assert (meant.admin1, meant.code) == ("California", "PPLX")


def test_a_district_stays_the_choice_where_the_text_names_its_region():
    region = Place(7, "Poltava", 49.6, 34.3, "UA", "Poltava", "", "admin1", 1_400_000)
    other = Place(8, "Donetsk", 48.0, 37.8, "UA", "Donetsk", "", "admin1", 4_100_000)
    district, hamlet = _scored((DISTRICT, 1.4), (HAMLET, 1.0))
    sections_yield_to_towns([district, hamlet], [("donetsk", other)], "shevchenko")
    assert district.score < hamlet.score  # another region is no reason
    district, hamlet = _scored((DISTRICT, 1.4), (HAMLET, 1.0))
    sections_yield_to_towns([district, hamlet], [("poltava", region)], "shevchenko")
    assert district.score == 1.4


def _city(gid, name, lat, lon, people):
    return {"geonameid": gid, "name": name, "latitude": lat, "longitude": lon, "population": people}


def test_a_large_uncoded_town_beside_a_much_larger_city_is_its_district():
    from geo.gazetteer.geonames import uncoded_districts

    cities = {
        "1": _city(1, "Metropol", 50.00, 36.23, 1_400_000),
        "2": _city(2, "Eastquarter", 50.04, 36.19, 95_000),  # 5 km off, no code: a district
        "3": _city(3, "Satellite", 50.05, 36.25, 12_000),  # too small to tell from a suburb town
        "4": _city(4, "Twincity", 50.06, 36.30, 700_000),  # large, but not 3 times smaller
        "5": _city(5, "Farton", 51.10, 35.00, 90_000),  # no larger town near
        "6": _city(6, "Oldquarter", 49.98, 36.22, 80_000),  # coded already: left as coded
    }
    found = uncoded_districts(cities, {1: "PPLA", 6: "PPL"})
    assert found == {2: "PPLX"}


def test_a_village_of_the_sumy_border_is_not_a_kharkiv_district(geocoder):
    text = (
        "Russian bloggers said their units had pushed into Oleksiivka, a village north of "
        "Yunakivka in the Sumy region; the Ukrainian command denied it."
    )
    start = text.index("Oleksiivka")
    spans = [(start, start + 10), (text.index("Yunakivka"), text.index("Yunakivka") + 9)]
    place = geocoder.resolve(text, spans, ("UA", "RU"))[0].place
    # the codifier's village, at its own point since post_villages ("PPL"), no city's section
    assert (place.admin1, place.feature, place.code) == ("Sumy", "village", "PPL")
    # the district of the city is still meant where the text names the city
    city = "Shelling hit Oleksiivka, a district in the north of Kharkiv, on Monday."
    start = city.index("Oleksiivka")
    spans = [(start, start + 10), (city.index("Kharkiv"), city.index("Kharkiv") + 7)]
    place = geocoder.resolve(city, spans, ("UA", "RU"))[0].place
    assert (place.admin1, place.code) == ("Kharkiv", "PPLX")
