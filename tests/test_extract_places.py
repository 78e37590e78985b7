"""Extraction, places: spelling variants, "the capital", regions in lists, places' roles."""

from __future__ import annotations

import json
from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_transliterations_and_the_capital(extractor):
    text = "Kiev, 2025-03-01\nMissiles struck Dnepr and Artemovsk overnight. Drones also attacked the capital."
    places = {e["place"] for e in extractor.extract(text, "t")}
    assert places == {"Dnipro", "Bakhmut", "Kyiv"}


def test_interceptions_and_regions(extractor):
    text = "Kyiv, 2025-03-01\nAir defence shot down 20 Shahed drones over the Poltava and Sumy regions overnight."
    events = extractor.extract(text, "t")
    assert {(e["event_type"], e["geo_precision"], e["weapon"]) for e in events} == {
        ("interception", 3, "Shahed")
    }
    assert len(events) == 2


def test_speakers_and_origins_are_not_where_things_happened(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "The mayor of Kharkiv said a drone struck a warehouse in Poltava on Friday. "
        "Troops from Chernihiv shelled positions near Sumy."
    )
    places = {e["place"]: e["geo_precision"] for e in extractor.extract(text, "t")}
    assert places == {"Poltava": 1, "Sumy": 2}


AIR_FORCE_TALLY = (
    "Air Force of Ukraine\n"
    "8 March 2025, 09:00\n"
    "The attack on the night of 7 to 8 March\n"
    "Air defence shot down 40 drones overnight: 12 over the Sumy region, 9 over the Poltava region "
    "and 3 over the Republic of Crimea.\n"
    "A drone hit a warehouse in Kremenchuk. We could not independently verify this.\n"
)


def test_a_place_named_with_region_is_the_region_and_titles_are_not_places(extractor):
    events = extractor.extract(AIR_FORCE_TALLY, "t")
    regions = {(e["place"], e["geo_precision"], e["weapon_category"]) for e in events[:3]}
    assert all(e["event_type"] == "interception" for e in events[:3])
    assert {p for p, _, _ in regions} == {"Sumy", "Poltava", "Crimea"}
    assert {(g, c) for _, g, c in regions} == {(3, "drone")}  # the list's weapon for each
    assert "Republic" not in {e["place"] for e in events}


def test_a_capital_that_refuses_or_threatens_is_a_government_not_a_place(extractor):
    text = (
        "Kyiv, 2025-03-08\n"
        "Leaders met on Friday and agreed new sanctions if Moscow refused a ceasefire.\n"
    )
    assert "Moscow" not in {e["place"] for e in extractor.extract(text, "t")}


def test_a_village_placed_at_its_community_centre_is_near_with_its_radius(extractor):
    """The codifier's villages stand at their community's centre, not their own point."""
    text = "Kyiv, 2025-02-03\nRussian troops attacked positions in Tonenke on Sunday."
    (event,) = extractor.extract(text, "t")
    assert (event["place"], event["geo_precision"]) == ("Tonenke", 2)
    assert json.loads(event["extra"])["precision_km"] == 25.0


def test_near_places_where_each_side_acts_stay_two_events(extractor):
    text = (
        "Kyiv, 2025-02-03\nRussian forces captured Rusyn Yar, the ministry said. "
        "Ukrainian units repelled assaults near Kostiantynivka."
    )
    acts = sorted((e["actor"], e["place"]) for e in extractor.extract(text, "t"))
    assert acts == [("Russia", "Rusyn Yar"), ("Ukraine", "Kostyantynivka")]  # 8 km apart


def test_a_far_village_of_unknown_size_named_like_a_river_or_a_fortress_is_no_event(extractor):
    # US post-office towns named Danube (Minnesota) and Kremlin (Montana, Oklahoma) are in the
    # gazetteer; in a war report the words are the river and Moscow's fortress.
    text = (
        "Kyiv, 2025-06-14\n"
        "A drone hit port infrastructure in Izmail on the Danube overnight, the governor said. "
        "Russia claimed a drone was shot down over the Kremlin."
    )
    places = {e["place"] for e in extractor.extract(text, "t")}
    assert places == {"Izmayil"}  # GeoNames' spelling of Izmail


def test_the_capital_named_by_its_countrys_adjective_is_that_countrys(extractor):
    text = (
        "WARSAW, 2 May 2025\n\n"
        "Ministers met on Friday in the Polish capital. Earlier, drones struck Kyiv and the "
        "Ukrainian capital's power plant burned."
    )
    places = [(e["event_type"], e["place"]) for e in extractor.extract(text, "t")]
    assert ("meeting", "Warsaw") in places


@pytest.mark.parametrize(
    "sentence, place, precision",
    [
        (
            "Drones struck an airfield in Russia's Kursk region overnight, the governor said.",
            "Kursk",
            3,
        ),
        ("A guided bomb hit Ukraine's Sumy region on Friday, wounding four.", "Sumy", 3),
        ("Shelling hit Russia’s Belgorod on Friday, the mayor said.", "Belgorod", 1),
        ("Ukrainian troops fought off an assault near Russia's Sudzha on Friday.", "Sudzha", 2),
    ],
)
def test_a_country_owning_the_place_keeps_it_the_event_place(extractor, sentence, place, precision):
    """Wire copy's most common way to name a place abroad: "in Russia's Kursk region"."""
    events = extractor.extract("Kyiv, 2025-03-07\n" + sentence, "t")
    assert [(e["place"], e["geo_precision"]) for e in events] == [(place, precision)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a quoted verb still names the place it acts on
        'Moscow said its troops had "liberated" Toretsk on Sunday.',
        # a trip still to come, and a capital's officials, are not where anything happened
        "The attack on Toretsk came a day before two ministers were due in Kyiv.",
        "Officials in Kyiv, who call the fighting at Toretsk fierce, describe a slow offensive.",
        # a speaker's title that names a part of a region
        "The Moscow-installed governor of the occupied part of the Kherson region blamed "
        "Ukrainian shelling of Toretsk.",
    ],
)
def test_quoted_verbs_trips_to_come_and_a_capitals_officials(extractor, sentence):
    places = [e["place"] for e in extractor.extract("Kyiv, 2025-03-01\n" + sentence, "t")]
    assert places == ["Toretsk"]


def test_a_list_of_places_that_came_under_fire_is_hit_at_each(extractor):
    text = "Kyiv, 2025-03-01\nVelykyi Burluk and Kupiansk communities also came under fire."
    assert sorted(e["place"] for e in extractor.extract(text, "t")) == [
        "Kupyansk",
        "Velykyi Burluk",
    ]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # the place is the subject of "took hits", with its region in brackets between
        (
            "The Ladyzhyn power station (Vinnytsia region) took several long-range drone hits at dawn.",
            "Ladyzhyn",
        ),
        # "parts of X" went dark after the strike: X is where it happened
        (
            "The governor said a missile strike on a substation left parts of Kursk city without power.",
            "Kursk",
        ),
        # launch sites that were the target, not the place weapons were launched from
        ("The ministry said its troops had struck drone launch sites in the Sumy region.", "Sumy"),
    ],
)
def test_a_place_that_took_hits_lost_power_or_held_the_targeted_launch_sites_is_hit(
    extractor, sentence, place
):
    events = extractor.extract("Kyiv, 2026-01-25\n" + sentence, "t")
    assert [(e["event_type"], e["place"]) for e in events] == [("strike", place)]


def test_launch_sites_named_as_the_origin_stay_no_event_place(extractor):
    text = "Kyiv, 2026-01-25\nLaunch sites: Kursk and Oryol. A drone hit a warehouse in Sumy."
    assert [e["place"] for e in extractor.extract(text, "t")] == ["Sumy"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a ship hit off a coastal town
        ("A sea drone struck a patrol boat anchored off Chornomorske overnight.", "Chornomorske"),
        # the streets of a town
        ("Shells hit the central streets of Nikopol on Monday.", "Nikopol"),
    ],
)
def test_a_ship_off_a_town_and_the_streets_of_a_town_are_there(extractor, sentence, place):
    events = extractor.extract("Kyiv, 2025-03-06\n" + sentence, "t")
    assert [e["place"] for e in events] == [place]


def test_regions_listed_each_with_what_was_hit_in_brackets_are_each_hit(extractor):
    text = (
        "Kyiv, 2025-03-06\nHits are recorded in Volyn obl. (a substation) and Lviv obl. "
        "(a warehouse)."
    )
    assert [e["admin1"] for e in extractor.extract(text, "t")] == ["Volyn", "Lviv"]


def test_a_region_opening_a_later_clause_only_locates_the_town_after_it(extractor):
    text = (
        "Moscow, 2024-11-17\nThe ministry said a missile had hit a depot near Kramatorsk, and "
        "that its units in the Bryansk region had beaten back two attacks near Klimovo."
    )
    places = [(e["event_type"], e["place"]) for e in extractor.extract(text, "t")]
    assert places == [("strike", "Kramatorsk"), ("fighting", "Klimovo")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Berlin has repeatedly urged Kyiv to hold back from strikes on oil ports.",
        "Beijing pressed Moscow not to use its nuclear threats.",
        "Allies warned Kyiv against strikes deep inside Russia.",
    ],
)
def test_a_capital_urged_or_warned_to_do_something_is_its_government(extractor, sentence):
    assert extractor.extract("Kyiv, 2025-09-28\n" + sentence, "t") == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # wire: a sentence opened by a preposition other than "In", "On" or "At"
        ("Near Izium, a guided bomb struck a fuel depot on Tuesday, police said.", "Izyum"),
        # live blog
        ("Across Sumy region, air defence units shot down nine drones overnight.", ("Sumy", 3)),
        # governor's post
        (
            "Outside Kherson, a shell hit a bus stop this morning; two people were wounded.",
            "Kherson",
        ),
        # think-tank
        ("Around Pokrovsk, Russian forces attacked on Monday without advancing.", "Pokrovsk"),
        ("Throughout Kharkiv province, drones struck power sites overnight.", ("Kharkiv", 3)),
    ],
)
def test_a_sentence_opened_by_any_preposition_still_names_its_place(extractor, sentence, place):
    text = f"Report, 2025-03-04\n{sentence}"
    events = extractor.extract(text, "t")
    if isinstance(place, tuple):  # a region: its name at region precision
        assert place in {(e["place"], e["geo_precision"]) for e in events}
    else:
        assert place in {e["place"] for e in events}


@pytest.mark.parametrize(
    ("sentence", "place", "not_place"),
    [
        # wire: a street named after another city
        (
            "A shell hit a house on Kherson Street in Beryslav on Monday, police said.",
            "Beryslav",
            "Kherson",
        ),
        # governor's post: an avenue
        (
            "Debris fell on Poltava Avenue in Kremenchuk overnight; one man was hurt.",
            "Kremenchuk",
            "Poltava",
        ),
        # live blog: a square
        ("09:40 A drone hit Odesa Square in Mykolaiv, the mayor says.", "Mykolayiv", "Odesa"),
    ],
)
def test_a_street_named_after_a_place_is_an_address_not_that_place(
    extractor, sentence, place, not_place
):
    text = f"Report, 2025-03-04\n{sentence}"
    places = {e["place"] for e in extractor.extract(text, "t")}
    assert place in places and not_place not in places


def test_a_street_alone_is_no_place_of_its_own(extractor):
    text = (
        "Report, 2025-03-04\nIn Sumy, a drone slammed into a block on Kharkivska Street overnight."
    )
    assert {e["place"] for e in extractor.extract(text, "t")} == {"Sumy"}


@pytest.mark.parametrize(
    "text",
    [
        "KHARKIV REGION. Drones hit a substation overnight, the channel writes.",  # war channel
        "Kharkiv Region: a drone hit a substation overnight, the governor says.",  # live blog label
        "KHARKIV OBLAST - drones struck a substation overnight; no one was hurt.",  # tally line
    ],
)
def test_a_region_word_in_capitals_or_title_case_makes_the_name_a_region(extractor, text):
    events = extractor.extract(f"Report, 2025-03-04\n{text}", "t")
    assert {(e["place"], e["geo_precision"]) for e in events} == {("Kharkiv", 3)}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "By a columnist - 14 September 2023\n\nOr take Reni, on the Danube, where Russian "
            "drones again set a grain terminal alight on Wednesday night.",
            "Reni",
        ),
        (
            "ODESA, Sept 14 (Wire) - Chornomorsk, where a missile struck a warehouse on "
            "Wednesday, reopened its port on Thursday, officials said.",
            "Chornomorsk",
        ),
        (
            "Evening summary, 14 September 2023\n\nSpecial attention goes to Kupiansk, a town on "
            "the Oskil, where shelling damaged the market on Wednesday.",
            "Kupiansk",
        ),
    ],
)
def test_a_place_followed_by_where_and_an_event_is_where_it_happened(extractor, text, place):
    records = extractor.extract(text, "t", date(2023, 9, 14))
    assert place in [r["place_mention"].split()[-1] for r in records if r["event_type"] == "strike"]


def test_a_place_followed_by_where_without_an_event_is_only_named(extractor):
    text = "Kyiv, 14 September 2023\nResidents fled to Dnipro, where they were given shelter."
    assert extractor.extract(text, "t", date(2023, 9, 14)) == []


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "BELGOROD, May 4 (Wire) - Two men were hurt when a drone dropped a grenade onto their "
            "car in Tyotkino, a village of the Glushkovo district.",
            ["Tëtkino"],
        ),
        (
            "Governor's update, 4 May 2025\nA drone struck Bilopillia, a town of the Sumy "
            "district, overnight.",
            ["Bilopillia"],
        ),
        (
            "Evening summary, 4 May 2025\nShells hit Vovchansk, a border town in the Kharkiv "
            "region, and Kupiansk on Monday.",
            ["Vovchansk", "Kupyansk"],
        ),
        (
            "Evening summary, 4 May 2025\nDrones struck Konotop in the Sumy region and Nizhyn in "
            "the Chernihiv region.",
            ["Konotop", "Nizhyn"],
        ),
    ],
)
def test_a_place_that_only_locates_another_is_no_event_and_keeps_the_list_going(
    extractor, text, places
):
    assert [r["place"] for r in extractor.extract(text, "t", date(2025, 5, 4))] == places


@pytest.mark.parametrize("word", ["God", "Jesus", "Allah"])
def test_a_word_of_faith_is_no_place_and_leaves_the_heading_town_its_event(extractor, word):
    # "thanks God" was read as Göd (Hungary): the sentence then named a place of its own, and
    # the town heading the paragraph lost its missile strike
    text = (
        "Kropyvnytskyi. On Thursday morning a ballistic missile hit the edge of the city, the "
        f"local news say four people are hurt, nobody died, thanks {word}."
    )
    events = extractor.extract(text, "t", date(2025, 5, 9))
    assert [(e["place"], e["event_type"], e["injured"]) for e in events] == [
        ("Kropyvnytskyi", "strike", 4)
    ]
