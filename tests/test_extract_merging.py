"""Extraction, merging: mentions of one event across sentences become one record."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_repeated_mentions_merge(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "Russian missiles hit Odesa on Friday. Two people were killed in Odesa, the governor said. "
        "An Iskander exploded there."
    )
    (e,) = extractor.extract(text, "t")
    assert (e["place"], e["fatalities"], e["weapon"]) == ("Odesa", 2, "Iskander")


def test_different_days_stay_apart(extractor):
    text = "Kyiv, 2025-03-01\nA missile hit Odesa on Tuesday.\nAnother missile hit Odesa on Friday."
    days = sorted(e["event_date"] for e in extractor.extract(text, "t"))
    assert days == ["2025-02-25", "2025-02-28"]


def test_two_villages_nearby_hit_by_two_kinds_of_weapon_are_two_events(extractor):
    text = (
        "Sumy, 2025-06-10\n"
        "A drone struck a car near Khotin on Monday.\n"
        "Later that day multiple rocket launchers shelled Yunakivka.\n"
    )
    records = extractor.extract(text, "t")
    assert sorted((r["place"], r["weapon_category"]) for r in records) == [
        ("Khotin", "drone"),
        ("Yunakivka", "rocket artillery"),
    ]


def test_a_missile_and_a_drone_at_one_place_are_two_strikes(extractor):
    text = (
        "Odesa in March: day by day\n\n"
        "2 March – Drones hit the port of Odesa; two dockers hurt.\n\n"
        "9 March – The worst night. A missile strike on a grain terminal in Odesa kills three.\n"
    )
    records = extractor.extract(text, "t", date(2025, 4, 1))
    assert sorted(r["weapon_category"] for r in records) == ["drone", "missile"]


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        (
            "A drone hit a bakery in Kherson.",
            "A missile later struck the station in Kherson.",
            ["drone", "missile"],
        ),
        (
            "Shells fell on the market in Nikopol.",
            "A missile hit a warehouse in Nikopol.",
            ["artillery", "missile"],
        ),
        (
            "A missile hit Lviv.",
            "Officials said a cruise missile had hit Lviv.",
            ["cruise missile"],
        ),
    ],
)
def test_a_missile_of_no_kind_is_any_missile_but_no_other_weapon(extractor, first, second, kinds):
    text = f"Kyiv, 2025-03-01\n{first} {second}\n"
    records = extractor.extract(text, "t")
    assert sorted(r["weapon_category"] for r in records) == kinds


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # a general staff's morning bullets, one line per direction
            "General Staff update, 08:00\n\n"
            "Huliaipole axis: defenders stopped six assaults near Malynivka and Zaliznychne.\n"
            "Orikhiv axis: four attacks near Novodanylivka and Robotyne were beaten back.\n",
            ["Malynivka", "Novodanylivka", "Robotyne", "Zaliznychne"],
        ),
        (  # wire copy, a second list in the next paragraph
            "KYIV, March 4 (Wire) - Ukraine's military said on Tuesday its troops had fought off "
            "attacks near Ivanivka and Tabaivka in the Kharkiv region.\n\n"
            "Further south, assaults near Kolisnykivka and Hlushkivka were also repelled, it said.\n",
            ["Hlushkivka", "Ivanivka", "Kolisnykivka", "Tabaivka"],
        ),
        (  # a think-tank's note: two claims, each naming its villages
            "Russian forces attacked near Malynivka and Zaliznychne on 3 March, the Ukrainian "
            "General Staff reported. A Russian milblogger claimed fighting near Novodanylivka "
            "and Robotyne on 3 March.\n",
            ["Malynivka", "Novodanylivka", "Robotyne", "Zaliznychne"],
        ),
    ],
)
def test_places_of_two_lists_are_each_an_event(extractor, text, places):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(r["place"] for r in records if r["event_type"] == "fighting") == places


def test_a_listed_place_named_again_is_still_one_event(extractor):
    text = (
        "General Staff update, 08:00\n\n"
        "Huliaipole axis: defenders stopped six assaults near Malynivka and Zaliznychne.\n"
        "Orikhiv axis: attacks near Zaliznychne and Robotyne were beaten back.\n"
    )
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(r["place"] for r in records) == ["Malynivka", "Robotyne", "Zaliznychne"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # wire copy: one town's street fighting, a village's repelled attack in the next line
            "KYIV, March 4 (Wire) - Russian troops kept up assaults inside Vuhledar on Tuesday, "
            "Ukraine's army said.\n"
            "In nearby Pavlivka, soldiers repelled an attack by two platoons, a brigade "
            "spokesman said.\n",
            ["Pavlivka", "Vuhledar"],
        ),
        (  # a think-tank's note: the staff's report at one place, a blogger's claim at another
            "Russian forces attacked near Kurakhove on 3 March, the Ukrainian General Staff "
            "reported. A Russian milblogger claimed that Russian units were fighting in the "
            "western outskirts of Dachne on 3 March.\n",
            ["Dachne", "Kurakhove"],
        ),
        (  # a live blog's two entries
            "Live: the war on day 1,105\n\n"
            "10:42 - Street fighting continues in Kurakhove, the regional governor says.\n\n"
            "11:15 - Ukrainian troops repelled three assaults near Dachne, a brigade spokesman "
            "says.\n",
            ["Dachne", "Kurakhove"],
        ),
    ],
)
def test_fighting_at_two_nearby_settlements_is_two_events(extractor, text, places):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(r["place"] for r in records if r["event_type"] == "fighting") == places


# a town named as a reference point: the village after it says where; a title announces what
# the body tells
AREA_OR_TITLE = {
    "reference": "Ukrainian forces recaptured ground south-west of Kurakhove on 3 March. "
    "Geolocated footage shows Ukrainian troops operating in central Dachne.\n",
    "title": "Heavy fighting near Kurakhove\n\nUkrainian troops fought off seven assaults near "
    "Dachne on Monday, the General Staff said.\n",
}


@pytest.mark.parametrize("kind", sorted(AREA_OR_TITLE))
def test_an_area_or_a_title_and_the_village_in_it_are_one_fight(extractor, kind):
    records = extractor.extract(AREA_OR_TITLE[kind], "t", date(2025, 3, 4))
    assert len([r for r in records if r["event_type"] == "fighting"]) == 1


def test_thousands_of_events_on_as_many_days_are_merged_by_their_days(extractor):
    """A log of 3,000 strikes on 375 days at 8 towns: each draft was compared with every event
    so far (4,000 took 25 s, four times 1,000's time 13 times). Only the events a draft's day
    may be are compared now; undated mentions still join any day's event, and the same day's
    mentions still merge."""
    from datetime import timedelta

    towns = ["Kharkiv", "Sumy", "Odesa", "Kherson", "Dnipro", "Poltava", "Lviv", "Kyiv"]
    start = date(2020, 1, 1)
    lines = [
        f"On {(start + timedelta(days=i // 8)):%d %B %Y}, a drone hit {towns[i % 8]}.\n\n"
        for i in range(3000)
    ]
    text = "".join(lines) + "A drone hit Sumy again on 2 January 2020, killing two.\n"
    events = extractor.extract(text, "log", date(2025, 3, 2))
    assert len(events) == 3000
    sumy = [e for e in events if e["place"] == "Sumy" and e["event_date"] == "2020-01-02"]
    assert len(sumy) == 1 and sumy[0]["fatalities"] == 2


@pytest.mark.parametrize(
    "body",
    [
        # an analyst's note: a summary names the town as a reference point, the body names it
        # for itself beside a village
        "Summary: Russian troops made a confirmed gain in Lyman and keep pushing south of "
        "Kostiantynivka. "
        "Ukraine's General Staff says it beat back 14 assaults near Kostiantynivka and the "
        "village of Pleshchiivka over the past day.",
        # a wire story's lead, then the military's own tally
        "Russian forces advanced in Lyman and kept up pressure south of Kostiantynivka, "
        "officials said. The army said it repelled attacks near Kostiantynivka and the village "
        "of Pleshchiivka over the past day.",
    ],
)
def test_town_named_for_itself_after_a_reference_keeps_its_village_apart(extractor, body):
    records = extractor.extract("Kyiv, 2025-10-08\n" + body, "t")
    fights = sorted(r["place"] for r in records if r["event_type"] == "fighting")
    assert fights == ["Kostyantynivka", "Lyman", "Pleshchiivka"]


@pytest.mark.parametrize(
    "told",
    [
        # the region's downing told with no count the rules read, the town's debris after it
        "Mykolaiv governor Vitalii Kim said 12 drones were taken out over the region. "
        "Falling debris started a fire at a warehouse in Voznesensk, he said.",
        "At 06:10 the air force posted that one ballistic missile had been launched at the "
        "Mykolaiv region and that it was shot down.\n\n"
        "At 06:40 the regional administration wrote that wreckage fell in Voznesensk, "
        "damaging a barn.",
    ],
)
def test_a_regions_downing_and_a_towns_debris_told_in_two_sentences_are_two_events(extractor, told):
    text = "Mykolaiv, 2025-10-02\n" + told + "\n"
    places = sorted(
        (e["geo_precision"], e["place"])
        for e in extractor.extract(text, "t")
        if e["event_type"] == "interception"
    )
    assert len(places) == 2
    assert places[0] == (1, "Voznesensk") and places[1][0] == 3


def test_a_region_locating_its_towns_downing_in_one_sentence_stays_one_event(extractor):
    text = (
        "Mykolaiv, 2025-10-02\n"
        "In the Mykolaiv region, air defence shot down a drone over Voznesensk overnight.\n"
    )
    (e,) = extractor.extract(text, "t")
    assert (e["event_type"], e["place"]) == ("interception", "Voznesensk")


# Session 30, taken30: a place's count with no day of its own (a month's summary, "Sumy: 41
# attacks; 3 killed, 20 injured.") and a day's incident there told with a toll of its own weeks
# from the report's day are two events; merged, the count swallowed the incident (one record for
# two gold events) and gave it the month's toll.
SUMMARY = (
    "Regional administration | Summary for March\n\n"
    "Attacks by community over the month:\n\n"
    "Sumy: 41 attacks; 3 killed, 20 injured; 75 houses damaged.\n\n"
    "Incidents with casualties:\n\n"
    "- 9 March, Sumy: a glide bomb hit a school yard; 2 killed, 6 injured.\n"
)


def test_a_months_count_and_a_days_incident_at_one_place_stay_two(extractor):
    records = [r for r in extractor.extract(SUMMARY, "t", date(2025, 4, 6)) if r["place"] == "Sumy"]
    figures = sorted((r["fatalities"], r["injured"]) for r in records)
    assert figures == [(2, 6), (3, 20)], [(r["event_date"], r["source_text"][:40]) for r in records]


def test_a_toll_raised_days_later_still_tells_one_event(extractor):
    text = (
        "Kyiv, 2025-03-07\n"
        "On Tuesday a missile hit a market in Sumy, killing two people.\n\n"
        "The toll in Sumy has since risen to five killed and 14 injured, the mayor said.\n"
    )
    records = [r for r in extractor.extract(text, "t") if r["place"] == "Sumy"]
    assert len(records) == 1, [(r["event_date"], r["source_text"][:40]) for r in records]
