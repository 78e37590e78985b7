"""Extraction, headings over their block (issue 16, thirteenth writer): a line of its own that
names a place, often with a day ("OCTOBER 3 - SUMY", "Kherson. 3 June.", "**Izmail, 15 May:**",
a live blog's "Poltava"), tells where and when the sentences under it happened when they name
no place or day of their own, up to the next blank line or heading."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.blocks import heading_lines, heading_shape


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, text, published):
    events = extractor.extract(text, "t", published)
    return sorted((e["place"], e["event_date"], e["weapon_category"]) for e in events)


def test_a_factbox_entry_heads_the_lines_under_it(extractor):
    text = (
        "Worst strikes on regional centres this autumn\n\n"
        "OCTOBER 3 - SUMY\n"
        "A glide bomb hit a printing works; five people died.\n\n"
        "OCTOBER 9 - POLTAVA\n"
        "Two missiles struck a bus depot in the city. Four were injured.\n"
    )
    assert _events(extractor, text, date(2025, 10, 20)) == [
        ("Poltava", "2025-10-09", "missile"),
        ("Sumy", "2025-10-03", "glide bomb"),
    ]


def test_a_weekday_under_a_dated_heading_is_that_weeks_day(extractor):
    text = (
        "Recap\n\n"
        "SEPTEMBER 13 - CHERNIHIV\n"
        "A drone hit a supermarket on a busy Saturday morning; two people were hurt.\n"
    )
    # 13 September 2025 is a Saturday: not the Saturday before the recap came out
    assert _events(extractor, text, date(2025, 11, 3)) == [("Chernihiv", "2025-09-13", "drone")]


def test_a_live_blogs_place_headings_head_their_entries(extractor):
    text = (
        "Live: a night of drone raids\n\n"
        "07:40\n"
        "Poltava\n"
        "A drone struck a grain silo on the edge of the city; no one was hurt.\n\n"
        "08:15\n"
        "Chernihiv\n"
        "Artillery shells damaged a school gym.\n"
    )
    got = {(p, c) for p, _, c in _events(extractor, text, date(2025, 5, 6))}
    assert got == {("Poltava", "drone"), ("Chernihiv", "artillery")}


def test_photo_captions_place_and_date_their_picture(extractor):
    text = (
        "Pictures of the week\n\n"
        "Kherson. 3 June.\n"
        "A woman sweeps up glass in a shop hit by artillery fire.\n\n"
        "Mykolaiv. 4 June.\n"
        "Firefighters at a warehouse that a drone set alight in the port city.\n"
    )
    assert _events(extractor, text, date(2025, 6, 9)) == [
        ("Kherson", "2025-06-03", "artillery"),
        ("Mykolayiv", "2025-06-04", "drone"),
    ]


def test_a_channels_bold_place_line_heads_its_post(extractor):
    text = (
        "**Odesa, 14 May:**\n"
        "A drone hit an apartment block, two residents were injured.\n\n"
        "**Izmail, 15 May:**\n"
        "Shelling damaged a ferry terminal.\n"
    )
    assert _events(extractor, text, date(2025, 5, 16)) == [
        ("Izmayil", "2025-05-15", "artillery"),
        ("Odesa", "2025-05-14", "drone"),
    ]


def test_a_sentence_naming_another_town_keeps_it(extractor):
    text = "Summary\n\nKYIV\nDrones hit Lviv overnight; three people were injured.\n"
    places = {p for p, _, _ in _events(extractor, text, date(2025, 5, 6))}
    assert places == {"Lviv"}


def test_a_country_heading_locates_nothing(extractor):
    text = "Summary\n\nUKRAINE\nA missile hit a warehouse; one worker was hurt.\n"
    assert _events(extractor, text, date(2025, 5, 6)) == []


def test_a_region_heading_leaves_its_towns_their_events(extractor):
    text = "Summary\n\nKharkiv region\nA drone hit a shop in Kupiansk.\n"
    places = {p for p, _, _ in _events(extractor, text, date(2025, 5, 6))}
    assert places == {"Kupyansk"}


def test_a_title_heads_only_the_block_under_it(extractor):
    text = (
        "Poltava\n\n"
        "A drone hit a fuel depot; firefighters worked through the night.\n\n"
        "Officials gave no figures.\n\n"
        "A missile struck a bridge.\n"
    )
    places = [p for p, _, _ in _events(extractor, text, date(2025, 5, 6))]
    assert places == ["Poltava"]


def test_heading_lines_are_short_lines_of_their_own():
    assert heading_shape("MAY 25 - KHARKIV")
    assert heading_shape("Kherson. 3 June.")
    assert heading_shape("**Odesa, 14 March:**")
    assert not heading_shape("A drone hit a house in the city and two people were hurt there.")
    assert not heading_shape("Volyn region - 15")
    assert not heading_shape("- Kharkiv")
    text = "MAY 2\nKHARKIV\nA drone hit.\nTwo hurt there today.\n\nLater text.\n"
    assert heading_lines(text) == {2: [0, 1], 3: [0, 1]}


def test_a_block_that_told_of_another_town_goes_on_about_it(extractor):
    text = (
        "Evening digest\n\n"
        "KYIV\n"
        "A missile hit Zaporizhzhia in the afternoon.\n"
        "It was an Iskander; three people were injured.\n"
    )
    events = extractor.extract(text, "t", date(2025, 5, 6))
    assert [(e["place"], e["weapon"], e["injured"]) for e in events] == [
        ("Zaporizhzhya", "Iskander", 3)
    ]


def test_a_headers_dated_city_heads_no_block(extractor):
    text = "Kyiv, 12 May 2025\n\nRussia sent 40 attack drones overnight. Thirty were downed over the Sumy region.\n"
    events = extractor.extract(text, "t", date(2025, 5, 12))
    assert [(e["place"], e["geo_precision"]) for e in events] == [("Sumy", 3)]


def test_a_posts_pictograph_or_markdown_heading_heads_its_post(extractor):
    text = (
        "Evening round-up\n\n"
        "📍 Kremenchuk\n"
        "A drone hit a fuel depot; one guard was hurt.\n\n"
        "## Sumy region\n\n"
        "Shelling damaged a bakery.\n"
    )
    events = extractor.extract(text, "t", date(2025, 5, 12))
    assert sorted((e["place"], e["geo_precision"]) for e in events) == [
        ("Kremenchuk", 1),
        ("Sumy", 3),
    ]


def test_a_list_of_places_one_a_line_heads_nothing(extractor):
    text = "Alerts were declared in:\n📍 Kharkiv\n📍 Poltava\nA drone hit a warehouse.\n"
    assert extractor.extract(text, "t", date(2025, 5, 12)) == []


def test_a_date_heading_dates_its_block_only(extractor):
    text = (
        "Weekly notes\n\n"
        "Tuesday, 11 March\n"
        "A drone struck a depot in Odesa.\n\n"
        "Wednesday, 12 March\n"
        "Artillery hit a market in Kherson.\n\n"
        "A missile struck a bridge near Zaporizhzhia.\n"
    )
    got = {e["place"]: e["event_date"] for e in extractor.extract(text, "t", date(2025, 3, 17))}
    assert got["Odesa"] == "2025-03-11"
    assert got["Kherson"] == "2025-03-12"
    assert got["Zaporizhzhya"] == "2025-03-16"  # no heading: the day before the notes


def test_a_heading_opened_by_its_place_and_closed_by_a_day_heads_its_block(extractor):
    text = (
        "From our stringers\n\n"
        "Kupiansk, Kharkiv region, 3 June\n"
        "A glide bomb hit a school; two teachers were hurt.\n\n"
        "Poltava region, Saturday 7 June:\n"
        "A drone hit a farm.\n\n"
        "Odesa — Sunday, 8 June\n"
        "A missile struck a port warehouse.\n"
    )
    got = sorted(
        (e["place"], e["event_date"], e["geo_precision"])
        for e in extractor.extract(text, "t", date(2025, 6, 10))
    )
    assert got == [
        ("Kupyansk", "2025-06-03", 1),
        ("Odesa", "2025-06-08", 1),
        ("Poltava", "2025-06-07", 3),
    ]


def test_a_heading_of_a_place_and_other_words_is_no_day_heading(extractor):
    text = "Notes\n\nOdesa — what the mayor told us\nA missile struck a port warehouse.\n"
    assert extractor.extract(text, "t", date(2025, 6, 10)) == []


@pytest.mark.parametrize(
    "heading", ["**LUTSK, 07:15**", "LUTSK", "**RIVNE — 22:40**", "## LUTSK", "LUTSK:"]
)
def test_a_short_town_name_in_capitals_heads_its_entry(extractor, heading):
    """A town of five letters or fewer written in capitals on a line of its own is no acronym:
    the line is a heading in capitals, like a headline's."""
    text = (
        f"Overnight updates, 6 May 2025\n\n{heading}\nA drone hit a grain store; nobody was hurt.\n"
    )
    places = {e["place"] for e in extractor.extract(text, "t", date(2025, 5, 6))}
    assert places == {heading.strip("*#: ").split(",")[0].split(" —")[0].title()}


def test_a_place_and_a_clock_time_head_a_live_blogs_entry(extractor):
    # a clock's "14:20" at the end of a line is no tally's figure ("Volyn region: 15")
    text = (
        "Live: the night's attacks\n\n"
        "Rivne, 22:40\n"
        "A drone struck a substation on the edge of the city. No one was hurt.\n\n"
        "Kropyvnytskyi, 23:55\n"
        "Two missiles hit a grain terminal; one worker was injured.\n"
    )
    got = {(p, c) for p, _, c in _events(extractor, text, date(2025, 6, 2))}
    assert got == {("Rivne", "drone"), ("Kropyvnytskyi", "missile")}


def test_a_region_and_its_count_after_a_colon_is_still_a_tally_line():
    assert not heading_shape("Volyn region: 15")
    assert heading_shape("Volyn, 06:15")


def test_entries_headed_by_a_place_and_a_time_are_the_blogs_day(extractor):
    # "Rivne, 22:40" over each entry stamps a live blog: its undated entries are the blog's day
    text = (
        "Rolling coverage, 19 August\n\n"
        "**ZHYTOMYR, 10:05**\n"
        "Debris from a downed drone set fire to a warehouse; nobody was hurt.\n\n"
        "**VINNYTSIA, 11:30**\n"
        "A missile hit a rail depot, the regional administration said.\n"
    )
    got = {(p, d) for p, d, _ in _events(extractor, text, date(2025, 8, 19))}
    assert got == {("Vinnytsya", "2025-08-19"), ("Zhytomyr", "2025-08-19")}


def test_a_long_run_of_heading_lines_heads_with_its_nearest_lines_only():
    """A paste of thousands of place names one a line over a body: every line of the body was
    checked against every line of the run (20,000 and 20,000 lines took 28 s, ten times 5,000
    and 5,000); the nearest few lines of a run head the block, as a real heading's do."""
    from geo.extract.blocks import _HEAD_RUN

    text = "Kharkiv\n" * 50 + "A drone hit a house.\nIt burned.\n"
    heads = heading_lines(text)
    assert heads[50] == heads[51] == list(range(50 - _HEAD_RUN, 50))
    assert heading_lines("MAY 25\nKHARKIV\nA drone hit a house.\n") == {2: [0, 1]}


def test_thousands_of_blocks_under_a_place_in_capitals_are_read(extractor):
    """6,000 blocks headed 'KHARKIV': the whole report was searched for 'kharkiv' in lower case
    (is the capitals' word a common noun?) once per heading: the square of the report's length
    (8,000 blocks 28 s, four times 2,000 blocks' time twelve times)."""
    text = "KHARKIV\nA drone hit a house.\n\n" * 6000
    assert {e["place"] for e in extractor.extract(text, "t", date(2025, 3, 2))} == {"Kharkiv"}


def test_a_word_in_capitals_is_common_when_written_in_lower_case_elsewhere():
    """The words of a text are gathered once; a word is common exactly when a search for it
    between word boundaries finds it."""
    import re

    from geo.extract.features import common_word

    text = "DRONE HITS ROAD BRIDGE\nIt struck cars on the bridge near Nova Kakhovka's road-bridges."
    for mention in ["BRIDGE", "ROAD", "DRONE", "CARS", "KAKHOVKA", "NOVA KAKHOVKA", "BRIDGES"]:
        expected = re.search(rf"\b{re.escape(mention.lower())}\b", text) is not None
        assert common_word(text, mention) == (expected and len(mention) > 3), mention
    assert not common_word(text, "Bridge")  # (only a word in capitals)


def test_short_words_of_a_capitals_line_already_read_as_places_are_told_by_bisection(geocoder):
    """A line of 15,000 words in capitals: each short word was checked against every place span
    found before (40 s for 100 kB). The spans are bisected: the same words are left out
    (those overlapping a span, however the spans lie), the others looked up."""
    import random
    import re

    from geo.extract.places import _headline_towns

    text = "SUMY LUTSK ODESA RIVNE KHARKIV " * 40
    words = [m.span() for m in re.finditer(r"[A-Z]+", text)]
    rng = random.Random(11)
    for _ in range(30):
        spans = [(a, a + rng.randrange(1, 12)) for a in rng.sample(range(len(text)), 25)]
        naive = [
            w
            for w in words
            if 3 <= w[1] - w[0] <= 5 and not any(s < w[1] and w[0] < e for s, e in spans)
        ]
        towns = {"SUMY", "LUTSK", "ODESA", "RIVNE"}
        expected = [(a, b) for a, b in naive if text[a:b] in towns]
        assert _headline_towns(geocoder, text, spans, {"UA"}) == expected, spans


@pytest.mark.parametrize(
    "speaker",
    [
        "according to the regional governor Petro Shevchenko",  # Shevchenko: towns too
        "mayor Ivan Fedorov said",  # Fedorov: a town in Kazakhstan
        "said spokesman Oleh Fedorov",
    ],
)
def test_an_officials_name_keeps_the_headings_place(extractor, speaker):
    """A live blog's entry tells its place only in its heading; the sentence's speaker, named
    after their office, has a surname that is also a town: the name took the heading's place
    away and the entry was lost. A person after an office is no place."""
    text = (
        "Odesa region live, 14 June\n\n"
        "Mykolaiv, 09:20\n"
        f"A drone struck a grain terminal in the city, wounding three workers, {speaker}.\n"
    )
    events = extractor.extract(text, "t", date(2025, 6, 14))
    assert [(e["place"], e["injured"]) for e in events] == [("Mykolayiv", 3)]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a town after the office's words, or the office's word describing something else
        ("A drone hit Kramatorsk, mayor Oleksandr Fedorov said.", "Kramatorsk"),
        ("Two were hurt, said the mayor of Kharkiv, Ihor Terekhov.", "Kharkiv"),
        ("A missile damaged a major Kharkiv power plant.", "Kharkiv"),
        ("Drones hit the Governor Shevchenko Street in Odesa.", "Odesa"),
    ],
)
def test_a_town_beside_an_office_stays_a_place(geocoder, sentence, place):
    from geo.extract.places import find_places

    assert place in {h.place.name for h in find_places(geocoder, sentence)}
