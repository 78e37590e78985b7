"""US post-office towns (npm ``zipcodes``): the small places GeoNames' towns of 500 people or more
leave out. The first tests build from tables written here; the last read the built gazetteer."""

from __future__ import annotations

import json

from geo.gazetteer.collect import ADMIN1, COUNTRY, FEATURE, LAT, LON, NAME, POPULATION, Builder
from geo.gazetteer.postal import SAME_TOWN_KM, add_post_towns, read_codes

STATES_JS = """var full = {
    'NEBRASKA': 'NE',
    'OHIO': 'OH',
    "ONTARIO": "ON",
};
"""


def _code(zip_code, city, state, lat, lon):
    return zip_code, {
        "zip": zip_code,
        "latitude": lat,
        "longitude": lon,
        "city": city,
        "state": state,
        "country": "US",
    }


def _tables(tmp_path, rows):
    codes = tmp_path / "codes.js"
    codes.write_text(
        "exports.codes = " + json.dumps(dict(rows)) + ';\nexports.stateMap = {"NE": ["1"]};\n',
        encoding="utf-8",
    )
    states = tmp_path / "states.js"
    states.write_text(STATES_JS, encoding="utf-8")
    return codes, states


def _builder():
    b = Builder()
    b.add("Nebraska", 41.5, -99.8, "US", "admin1", 1_900_000, admin1="Nebraska")
    b.add("Ohio", 40.3, -82.8, "US", "admin1", 11_000_000, admin1="Ohio")
    b.add("Norfolk", 42.03, -97.42, "US", "city", 24_000, admin1="Nebraska")
    return b


def test_a_town_of_several_codes_is_one_place_at_their_mean(tmp_path):
    codes, states = _tables(
        tmp_path,
        [_code("1", "Lore City", "OH", 40.0, -81.4), _code("2", "Lore City", "OH", 40.2, -81.6)],
    )
    towns = read_codes(codes)
    assert towns == {("Lore City", "OH"): [(40.0, -81.4), (40.2, -81.6)]}
    b = _builder()
    assert add_post_towns(b, codes, states) == 1
    (village,) = b.places[3:]
    assert village[NAME] == "Lore City" and village[FEATURE] == "village"
    assert (village[COUNTRY], village[ADMIN1], village[POPULATION]) == ("US", "Ohio", 0)
    assert abs(village[LAT] - 40.1) < 1e-9 and abs(village[LON] + 81.5) < 1e-9


def test_a_town_geonames_holds_in_the_same_state_is_left_to_it(tmp_path):
    near = 0.5 * SAME_TOWN_KM / 111.0  # degrees of latitude for half the distance
    rows = [
        _code("1", "Norfolk", "NE", 42.03 + near, -97.42),  # the GeoNames town: left out
        _code("2", "Norfolk", "OH", 41.0, -82.0),  # another state: a place of its own
        _code("3", "Meadow Grove", "NE", 42.01, -97.73),
        _code("4", "Apo", "AE", 0.0, 0.0),  # military post: no state
    ]
    b = _builder()
    assert add_post_towns(b, *_tables(tmp_path, rows)) == 2
    added = {(p[NAME], p[ADMIN1]) for p in b.places[3:]}
    assert added == {("Norfolk", "Ohio"), ("Meadow Grove", "Nebraska")}


def test_a_post_town_far_from_the_geonames_town_of_its_name_is_added(tmp_path):
    far = 2 * SAME_TOWN_KM / 111.0
    b = _builder()
    added = add_post_towns(
        b, *_tables(tmp_path, [_code("1", "Norfolk", "NE", 42.03 + far, -97.42)])
    )
    assert added == 1 and b.places[-1][FEATURE] == "village"


def test_small_us_places_resolve_in_the_state_their_text_names(geocoder):
    meadow = geocoder.geocode("Meadow Grove", "a Meadow Grove man, Norfolk, Nebraska")
    assert meadow.place.admin1 == "Nebraska" and meadow.place.feature == "village"
    assert meadow.source == "zipcodes"
    colony = geocoder.geocode("Tennessee Colony", "on FM 645 in Anderson County, Texas")
    assert colony.place.admin1 == "Texas"
    # the Pennsylvania Grantville, not Georgia's larger one, when the state follows the name
    text = "Martha was born in Grantville, Pennsylvania, in 1913."
    start = text.index("Grantville")
    (res,) = geocoder.resolve(text, [(start, start + len("Grantville"))])
    assert res.place.admin1 == "Pennsylvania"


def test_a_bare_name_of_a_large_town_is_not_taken_by_a_post_town(geocoder):
    for name, country in (("Paris", "FR"), ("Athens", "GR"), ("London", "GB")):
        assert geocoder.geocode(name).place.country == country
