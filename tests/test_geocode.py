from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from geo.geocode import (
    Geocoder,
    NominatimBackend,
    cue_for,
    distance_km,
    find_toponyms,
    place_from_nominatim,
)

# Where the reference report's places really are (lat, lon): facts, not the gazetteer's answers.
TRUE_POSITIONS = {
    "Kursk": (51.730, 36.193),
    "Dnipro": (48.450, 35.046),
    "Kharkiv": (49.994, 36.231),
    "Odessa": (46.482, 30.723),
    "Pokrovsk": (48.282, 37.176),
    "Sumy": (50.908, 34.798),
    "Fiuggi": (41.799, 13.224),
    "Kiev": (50.450, 30.523),
    "Brussels": (50.847, 4.357),
    "Rome": (41.893, 12.483),
    "Bryansk": (53.243, 34.364),
    "Kurakhove": (47.983, 37.283),
}


def test_reference_report_places_within_15_km(geocoder, reference_text):
    spans = []
    for name in TRUE_POSITIONS:
        m = re.search(rf"\b{name}\b", reference_text)
        assert m, name
        spans.append((m.start(), m.end()))
    resolved = geocoder.resolve(reference_text, spans)
    for res, (name, (lat, lon)) in zip(resolved, TRUE_POSITIONS.items(), strict=True):
        assert res.place is not None, name
        if res.cue == "region":  # "the Sumy region": the region that holds the town
            town = geocoder.geocode(name, reference_text)
            assert res.place == geocoder.gazetteer.admin1_of(town.place), name
            res = town
        assert distance_km(res.place.lat, res.place.lon, lat, lon) < 15, (name, res.place)


def test_context_decides_between_namesakes(geocoder):
    texas = geocoder.geocode(
        "Odessa", "Police in Odessa, Texas, and Midland said the roads were closed."
    )
    assert texas.place.country == "US" and texas.place.admin1 == "Texas"
    war = geocoder.geocode(
        "Odessa", "Missiles hit Mykolaiv and Kherson overnight; Kyiv condemned it."
    )
    assert war.place.country == "UA"


def _resolve_all(geocoder, text: str, names: list[str]) -> dict[str, object]:
    spans = [(m.start(), m.end()) for n in names for m in [re.search(re.escape(n), text)]]
    return {r.query: r.place for r in geocoder.resolve(text, spans)}


def test_a_region_after_one_mention_holds_for_every_mention_of_the_name(geocoder):
    text = (
        "Springfield, Ohio — The driver retired on Friday. He drove the Springfield bus route "
        "for 35 years, once with a senator on a tour of Missouri, and Springfield riders gave "
        "him a card."
    )
    starts = [m.start() for m in re.finditer("Springfield", text)]
    spans = [(starts[0], starts[0] + 11), (text.index("Ohio"), text.index("Ohio") + 4)]
    spans += [(s, s + 11) for s in starts[1:]]
    places = [r.place for r in geocoder.resolve(text, spans)]
    assert [(p.country, p.admin1) for p in places[2:]] == [("US", "Ohio")] * 2


def test_a_list_of_states_reads_as_states(geocoder):
    names = ["Oregon", "Idaho", "Texas", "Ohio", "California", "Missouri"]
    text = "Recalls reached shops in " + ", ".join(names[:-1]) + " and " + names[-1] + "."
    places = _resolve_all(geocoder, text, names)
    assert {n: places[n].feature for n in names} == dict.fromkeys(names, "admin1")


def test_a_county_follows_the_town_it_holds(geocoder):
    text = "The fire near Athens burned for two days, Henderson County officials said."
    places = _resolve_all(geocoder, text, ["Athens", "Henderson County"])
    assert places["Henderson County"].admin1 == "Texas"
    assert (places["Athens"].country, places["Athens"].admin1) == ("US", "Texas")


def test_each_candidate_keeps_its_own_prior_between_rounds(geocoder):
    # Atlanta, Georgia outranks Atlanta, Texas on its own; both states are named in passing.
    text = (
        "ATLANTA - A helpline for Georgia families may soon cover the whole state, officials in"
        " Georgia said. Other states, Texas among them, already pay for such lines. The Atlanta"
        " office answers most calls."
    )
    spans = sorted(
        {
            (m.start(), m.end())
            for n in ("ATLANTA", "Georgia", "Texas", "Atlanta")
            for m in re.finditer(n, text)
        }
    )
    assert {r.query: r.place.admin1 for r in geocoder.resolve(text, spans)} == {
        "ATLANTA": "Georgia",
        "Georgia": "Georgia",
        "Texas": "Texas",
        "Atlanta": "Georgia",
    }


def test_repeating_a_name_is_no_evidence_for_its_country(geocoder):
    text = (
        "St. Petersburg hosted the ballet gala on Friday. Russian critics said St. Petersburg had"
        " not seen such crowds in years, and St. Petersburg hotels were full."
    )
    spans = sorted(
        {(m.start(), m.end()) for n in ("St. Petersburg", "Russian") for m in re.finditer(n, text)}
    )
    assert {r.place.country for r in geocoder.resolve(text, spans)} == {"RU"}


def test_another_name_for_the_same_place_is_no_evidence(geocoder):
    text = "Mexico reported new cases; officials in Mexico City closed schools."
    assert _resolve_all(geocoder, text, ["Mexico", "Mexico City"])["Mexico"].feature == "country"


def test_the_article_is_optional_in_country_names(geocoder):
    assert geocoder.geocode("Democratic Republic of Congo").place.country == "CD"


def test_historical_name_loses_to_the_current_town(geocoder):
    assert (
        geocoder.geocode("Pokrovsk", "Fighting near Kramatorsk and Donetsk").place.admin1
        == "Donetsk"
    )


def test_candidates_are_ranked_with_scores(geocoder):
    res = geocoder.geocode("Odessa")
    scores = [c.score for c in res.candidates]
    assert len(scores) >= 3 and scores == sorted(scores, reverse=True)
    assert res.place == res.candidates[0].place


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("fires in Eastland and Callahan counties", "Eastland", "admin2"),
        ("fires in Eastland and Callahan counties", "Callahan", "admin2"),
        ("Dakota, Otoe and Washington counties grew", "Dakota", "admin2"),
        ("Dakota, Otoe and Washington counties grew", "Otoe", "admin2"),
        ("Dakota, Otoe and Washington went to the polls", "Dakota", ""),
    ],
)
def test_a_list_ending_in_counties_names_counties(text, name, cue):
    start = text.index(name)
    assert cue_for(text, start, start + len(name)) == cue


@pytest.mark.parametrize(
    "after",
    ["’s attorney general, Andrew Cuomo, said", " Legislature passed it", "'s governor said"],
)
def test_a_states_institutions_make_it_the_state(geocoder, after):
    text = f"Officials met on Monday. New York{after}."
    start = text.index("New York")
    place = geocoder.resolve(text, [(start, start + 8)])[0].place
    assert (place.feature, place.admin1) == ("admin1", "New York")


@pytest.mark.parametrize(
    ("name", "feature"), [("New York", "admin1"), ("Mexico", "country"), ("Russian", "country")]
)
def test_a_border_is_a_countrys_or_a_regions(geocoder, name, feature):
    text = f"Tolls were lifted from the exit near the {name} border to the coast."
    start = text.index(name)
    res = geocoder.resolve(text, [(start, start + len(name))])[0]
    assert res.cue == "area" and res.place.feature == feature


def test_counties_named_in_a_list_are_the_counties_of_the_state_named(geocoder):
    text = "Small Hitchcock and Hayes counties in southwest Nebraska both gained people."
    places = _resolve_all(geocoder, text, ["Hitchcock", "Hayes", "Nebraska"])
    assert [(places[n].feature, places[n].admin1) for n in ("Hitchcock", "Hayes")] == [
        ("admin2", "Nebraska")
    ] * 2


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("drones in the Sumy region overnight", "region"),
        ("the region of Kharkiv", "region"),
        ("the Kursk-Vostochny airport", "airport"),
        ("in the port city of Odessa", "town"),
        ("Ohio State won", ""),
    ],
)
def test_cue_words(text, cue):
    name = {"region": "Sumy", "airport": "Kursk-Vostochny", "town": "Odessa", "": "Ohio"}[cue]
    if "Kharkiv" in text:
        name = "Kharkiv"
    start = text.index(name)
    assert cue_for(text, start, start + len(name)) == cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a disaster throughout New York state, the governor said", "New York"),
        ("New York Governor Andrew Cuomo declared an emergency", "New York"),
        ("the Belgorod governor said two people were hurt", "Belgorod"),
    ],
)
def test_a_state_or_a_governor_after_the_name_makes_a_region(geocoder, text, name):
    start = text.index(name)
    (res,) = geocoder.resolve(text, [(start, start + len(name))])
    assert res.cue == "region" and res.place.feature == "admin1"


def test_region_words_make_a_region(geocoder):
    text = "Drones struck in the Sumy region in the evening."
    start = text.index("Sumy")
    (res,) = geocoder.resolve(text, [(start, start + 4)])
    assert res.place.feature == "admin1" and res.place.country == "UA"
    (res,) = geocoder.resolve("Sumy Oblast was shelled.", [(0, 11)])
    assert res.place.feature == "admin1"


def test_airport_cue_finds_the_airfield(geocoder):
    text = "The Kursk-Vostochny airport was hit."
    (res,) = geocoder.resolve(text, [(4, 19)])
    assert res.place.feature == "airport"
    assert distance_km(res.place.lat, res.place.lon, 51.75, 36.30) < 5


def test_unknown_name_is_not_guessed(geocoder):
    res = geocoder.geocode("Xqzzyvillekh")
    assert res.place is None and res.candidates == []


def test_spans_outside_the_text_are_refused(geocoder):
    with pytest.raises(ValueError, match="'spans' should lie within the text"):
        geocoder.resolve("short", [(2, 40)])


def test_find_toponyms_skips_people_and_acronyms(geocoder):
    text = "Spokesman John Kirby said NATO met in Brussels while Kharkiv was shelled."
    found = {text[s:e] for s, e in find_toponyms(geocoder, text)}
    assert {"Brussels", "Kharkiv"} <= found
    assert "NATO" not in found and "Kirby" not in found


def test_distance_km():
    assert distance_km(50.45, 30.52, 50.45, 30.52) == 0
    assert 430 < distance_km(50.45, 30.52, 46.48, 30.72) < 450  # Kyiv to Odesa


def test_place_from_nominatim_shapes_an_answer():
    raw = {
        "place_id": 123,
        "lat": "50.9077",
        "lon": "34.7981",
        "name": "Sumy",
        "display_name": "Sumy, Sumy Oblast, Ukraine",
        "address": {"state": "Sumy Oblast", "country_code": "ua"},
    }
    p = place_from_nominatim(raw)
    assert (p.lat, p.lon, p.country, p.admin1, p.feature) == (
        50.9077,
        34.7981,
        "UA",
        "Sumy Oblast",
        "online",
    )
    assert place_from_nominatim(None) is None


class _FakeNominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim does (jsonv2 list), counting requests."""

    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        query = parse_qs(urlparse(self.path).query)
        type(self).hits.append(query.get("q", [""])[0])
        body = []
        if query.get("q", [""])[0].lower().startswith("hlukhiv"):
            body = [
                {
                    "place_id": 9,
                    "lat": "51.6782",
                    "lon": "33.9162",
                    "name": "Hlukhiv",
                    "display_name": "Hlukhiv, Sumy Oblast, Ukraine",
                    "address": {"state": "Sumy Oblast", "country_code": "ua"},
                }
            ]
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_nominatim():
    _FakeNominatim.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_nominatim_backend_asks_once_and_caches(fake_nominatim, tmp_path):
    backend = NominatimBackend(
        domain=fake_nominatim,
        scheme="http",
        min_delay_seconds=0.05,
        cache_path=tmp_path / "n.sqlite",
    )
    first = backend.geocode("Hlukhiv")
    again = backend.geocode("hlukhiv")
    assert first == again and first.country == "UA"
    assert _FakeNominatim.hits == ["Hlukhiv"]
    assert backend.geocode("Nowhere at all") is None
    assert backend.geocode("Nowhere at all") is None
    assert len(_FakeNominatim.hits) == 2  # the empty answer is cached too


def test_online_backend_only_for_what_the_gazetteer_lacks(gazetteer, fake_nominatim, tmp_path):
    backend = NominatimBackend(
        domain=fake_nominatim,
        scheme="http",
        min_delay_seconds=0.0,
        cache_path=tmp_path / "n.sqlite",
    )
    geocoder = Geocoder(gazetteer, online=backend)
    assert geocoder.geocode("Kharkiv").source == "geonames"
    assert _FakeNominatim.hits == []
    res = geocoder.geocode("Hlukhiv Xqzz")
    assert _FakeNominatim.hits == ["Hlukhiv Xqzz"] and res.source == "nominatim"


def test_rate_limiter_keeps_the_policy_delay(tmp_path):
    backend = NominatimBackend(cache_path=tmp_path / "n.sqlite")
    assert backend.min_delay_seconds >= 1.0
    assert backend._limited.min_delay_seconds >= 1.0


# The classes of failure of issue 16 (geocoding on text nobody here wrote), one test each.


def test_the_whole_text_is_the_context_even_for_one_span(geocoder):
    """An encyclopedia sentence names the county and state of its town; asked about the town
    alone, the resolver still reads them (the Victoria in Kansas, not the larger one in Texas)."""
    text = "Victoria is a city in Ellis County, Kansas, United States, on Interstate 70."
    victoria = geocoder.resolve(text, [(0, len("Victoria"))])[0].place
    assert (victoria.country, victoria.admin1, victoria.admin2) == ("US", "Kansas", "Ellis County")
    assert distance_km(victoria.lat, victoria.lon, 38.853, -99.148) < 15
    again = geocoder.geocode("Victoria", "a small city in Ellis County, Kansas").place
    assert again == victoria


def test_names_found_in_the_text_count_only_as_areas(geocoder):
    """A surname that is also a county ("Anderson") must not pull a town into that county."""
    text = "The actress Pamela Anderson arrived in Athens, Greece, on Tuesday."
    start = text.index("Athens")
    athens = geocoder.resolve(text, [(start, start + len("Athens"))])[0].place
    assert athens.country == "GR"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Flooding closed roads in Hays, Ellis Co., on Monday.", "Ellis Co.", "US", "Kansas"),
        ("Boats from Kinsale, Co. Cork, stayed in port.", "Co. Cork", "IE", None),
        ("The mill in Prince George, B.C. closed.", "B.C.", "CA", "British Columbia"),
        ("Snow fell on Thunder Bay, Ont. overnight.", "Ont.", "CA", "Ontario"),
        ("Regina, Sask. set a record low.", "Sask.", "CA", "Saskatchewan"),
        ("Police in Macon, Ga. said two were hurt.", "Ga.", "US", "Georgia"),
    ],
)
def test_county_and_newspaper_abbreviations(geocoder, text, name, country, admin1):
    start = text.index(name)
    place = geocoder.resolve(text, [(start, start + len(name))])[0].place
    assert place is not None and place.country == country, (name, place)
    if name.startswith(("Ellis", "Co.")):
        assert place.feature == "admin2"
    else:
        assert place.feature == "admin1" and place.admin1 == admin1


@pytest.mark.parametrize(
    ("acronym", "country"), [("UAE", "AE"), ("DPRK", "KP"), ("T&T", "TT"), ("PRC", "CN")]
)
def test_country_acronyms(geocoder, acronym, country):
    place = geocoder.geocode(acronym).place
    assert place is not None and (place.feature, place.country) == ("country", country)


def test_acronyms_match_only_in_capitals(gazetteer):
    assert any(p.country == "CF" for p, _ in gazetteer.lookup("CAR"))
    assert not any(p.country == "CF" for p, _ in gazetteer.lookup("Car"))


@pytest.mark.parametrize(
    ("word", "lat", "lon", "within_km"),
    [
        # Adjectives of continents, and groups of countries (UN sub-regions) under the names
        # text uses; the points are where those areas really are, to within their size.
        ("European", 54.0, 15.0, 1500),
        ("African", 2.0, 17.0, 1500),
        ("North American", 46.0, -100.0, 1500),
        ("North Africa", 27.0, 14.0, 1200),
        ("Western Asia", 32.0, 45.0, 1200),
        ("Southeast Asia", 5.0, 110.0, 1500),
    ],
)
def test_adjectives_and_macro_regions(geocoder, word, lat, lon, within_km):
    place = geocoder.geocode(word).place
    assert place is not None and place.feature in ("continent", "region"), (word, place)
    assert distance_km(place.lat, place.lon, lat, lon) < within_km, (word, place)


def test_a_large_country_is_placed_at_its_middle(gazetteer):
    """The United States at the centre of its contiguous states (near Lebanon, Kansas), not at a
    whole-degree point 235 km away; a small country keeps its point inside it."""
    us = gazetteer.country("US")
    assert distance_km(us.lat, us.lon, 39.83, -98.58) < 100
    belgium = gazetteer.country("BE")
    assert distance_km(belgium.lat, belgium.lon, 50.64, 4.67) < 100
