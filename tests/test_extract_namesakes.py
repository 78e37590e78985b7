"""The event's place never found (issue 16, "place not found"): a name read as a far namesake (a
capital named for a meeting taken as a small town abroad or in the theatre), and names the scan
never read because the text is shouted in capitals or typed all in lower case."""

from __future__ import annotations

import pytest

from geo.extract.places import find_places


def _places(geocoder, text: str) -> dict[str, tuple[str, str]]:
    return {
        h.mention.lower(): (h.place.country, h.place.feature) for h in find_places(geocoder, text)
    }


# Diplomacy: the city of the talks is the world's big city, not a small namesake that the
# text's countries ("the United States", "Britain") or the theatre would favour.
MEETINGS = [
    (  # a wire's day round-up: the parties' countries listed in the sentence of the meeting
        "In Geneva, security advisers from Ukraine, the United States and three European "
        "countries held talks on a ceasefire. Russian drones struck Kharkiv and Izium overnight.",
        "geneva",
        "CH",
    ),
    (  # a live blog: a UN session in a city whose name a Donetsk village also has
        "14:05 Zelensky addressed the UN General Assembly in New York, urging more air defence. "
        "Russian forces shelled Toretsk and Kostiantynivka, killing two.",
        "new york",
        "US",
    ),
    (  # a British paper's politics desk: the capital, not the Sussex village
        "Starmer flew to Washington for talks with Trump after the leaders of Britain, France and "
        "Germany met in London. A drone hit a hospital in Sumy.",
        "washington",
        "US",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), MEETINGS)
def test_the_city_of_a_meeting_is_the_big_one_abroad(geocoder, text, name, country):
    assert _places(geocoder, text)[name][0] == country


def test_a_small_namesake_named_with_its_state_stays(geocoder):
    text = "Officials met in Geneva, Illinois, to discuss the county budget."
    assert _places(geocoder, text)["geneva"][0] == "US"


def test_an_attack_on_a_theatre_town_is_not_moved_abroad_by_a_meeting_word(geocoder):
    text = "A missile hit Pokrovsk while the delegations met for talks in Istanbul."
    got = _places(geocoder, text)
    assert got["pokrovsk"][0] == "UA" and got["istanbul"][0] == "TR"


# Capitals: a short town name (five letters or fewer) shouted in a dateline, a label or after a
# preposition, in a text otherwise in ordinary case, is the town, not an acronym.
SHOUTED = [
    ("LUTSK — A missile hit an apartment block overnight, the mayor said.", "lutsk"),
    ("Night summary. IZIUM: a guided bomb struck the town centre, wounding three.", "izium"),
    ("Overnight, as reported by our team in ODESA, drones hit the port; two were hurt.", "odesa"),
]


@pytest.mark.parametrize(("text", "name"), SHOUTED)
def test_a_short_town_name_in_capitals_is_read(geocoder, text, name):
    assert _places(geocoder, text).get(name, ("", ""))[0] == "UA"


def test_acronyms_in_capitals_stay_acronyms(geocoder):
    text = "NATO and the IAEA said the SBU had briefed them; a drone hit Kharkiv."
    assert set(_places(geocoder, text)) == {"kharkiv"}


# Lower case: a chat message, an automatic caption, a transcript typed without capitals.
LOWER = [
    (
        "explosions in kharkiv right now, drones coming from the north. also a strike on "
        "chuhuiv, two injured",
        {"kharkiv", "chuhuiv"},
    ),
    (
        "russian missiles struck the city of dnipro this morning killing four people and a drone "
        "hit a house in nikopol the governor said",
        {"dnipro", "nikopol"},
    ),
    (
        "q: what happened overnight in the south? a: they shelled kherson again and there was a "
        "drone attack on zaporizhzhia, one woman was wounded",
        {"kherson", "zaporizhzhia"},
    ),
]


@pytest.mark.parametrize(("text", "names"), LOWER)
def test_place_names_in_a_text_typed_in_lower_case_are_read(geocoder, text, names):
    got = _places(geocoder, text)
    assert names <= set(got)
    assert all(country == "UA" for country, _ in got.values())


def test_lower_case_words_of_an_ordinary_text_are_no_places(geocoder):
    text = "A drone hit a bus in Kherson. The driver said the bus was full; rescuers came at once."
    assert set(_places(geocoder, text)) == {"kherson"}


# A town before a village of the codifier of the same name in the same region: the report's
# other places (Shevchenkove, Kupiansk) lie nearer the village's point, which proves nothing.
TOWN_OR_VILLAGE = [
    (  # a prosecutor's release
        "A drone dropped explosives on a minibus near Velykyi Burluk on Tuesday morning, wounding "
        "two passengers. The day before, shelling hit Shevchenkove and Kupiansk."
    ),
    (  # a regional channel's roll-call
        "Kupiansk district: Shevchenkove, Velykyi Burluk and Kindrashivka came under fire. A man "
        "aged 54 was injured in Velykyi Burluk."
    ),
    (  # a wire
        "KHARKIV, Oct 7 - Russian forces struck Velykyi Burluk in the Kharkiv region with a guided "
        "bomb, the governor said, as fighting went on near Kupiansk and Borova."
    ),
]


@pytest.mark.parametrize("text", TOWN_OR_VILLAGE)
def test_a_town_comes_before_a_village_of_its_name_in_its_region(geocoder, text):
    hits = [h for h in find_places(geocoder, text) if h.mention == "Velykyi Burluk"]
    assert hits and all(abs(h.place.lat - 50.06) < 0.05 for h in hits)


def test_a_short_town_name_in_a_shouted_stretch_of_a_mixed_line_is_read(geocoder):
    text = "BREAKING | SHAHEDS OVER ODESA. Explosions heard in the city centre, officials say."
    assert _places(geocoder, text).get("odesa", ("", ""))[0] == "UA"


def test_a_chat_of_short_lower_case_lines_is_read_line_by_line(geocoder):
    text = (
        "Live chat, 3 December\n"
        "user_1: loud explosions in bila tserkva just now\n"
        "user_2: sirens in lviv\n"
        "user_3: drones flying over nova kakhovka\n"
    )
    assert {"bila tserkva", "lviv", "nova kakhovka"} <= set(_places(geocoder, text))


def test_a_small_place_the_caption_calls_a_village_is_read(geocoder):
    text = (
        ">> the governor of the kharkiv region says the village of kozacha lopan was shelled "
        "and one man was wounded."
    )
    assert "kozacha lopan" in _places(geocoder, text)


# The region that opens the sentence or labels the paragraph places the villages after it: a
# namesake in another region (nearer the report's other places, or a larger town) is not meant.
UNDER_A_REGION = [
    (  # a governor's round-up: two regions in one sentence
        "In the Kharkiv region, Russian shelling hit Kupiansk and Novoselivka, wounding a man; in the "
        "Dnipropetrovsk region drones struck Pokrovske and Andriivka.",
        "Andriivka",
        "Dnipropetrovsk",
    ),
    (  # a regional digest, a label opening each paragraph
        "Sumy region. A drone hit a car near Krasnopillia.\n\n"
        "Zaporizhzhia region. Guided bombs hit Novoselivka and Stepnohirsk.",
        "Novoselivka",
        "Zaporizhia",
    ),
    (  # a live page's headings
        "SUMY REGION\nA drone hit a car near Krasnopillia.\n"
        "ZAPORIZHZHIA REGION\nGuided bombs hit Novoselivka; Stepnohirsk was shelled.",
        "Novoselivka",
        "Zaporizhia",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), UNDER_A_REGION)
def test_the_region_heading_a_sentence_or_paragraph_places_its_villages(
    geocoder, text, name, region
):
    hits = [h for h in find_places(geocoder, text) if h.mention == name]
    assert hits and all(h.place.admin1 == region for h in hits)


def test_the_azov_brigade_shouted_is_no_town(geocoder):
    text = "VIDEO: AZOV BRIGADE DRONES HIT A RUSSIAN DEPOT. The unit posted footage on Tuesday."
    assert "azov" not in _places(geocoder, text)
