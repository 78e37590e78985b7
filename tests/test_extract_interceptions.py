"""Extraction, interceptions by region (issue 16, class 8): the verbs of bringing down, a salvo
launched at a place and mostly destroyed, and the weapon named a sentence earlier."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.lexicon import triggers_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven rockets were brought down over the city overnight.",
        "Air defence neutralised nine targets before dawn.",
        "The crews destroyed 12 uncrewed boats heading for the harbour.",
        "Sixty Shaheds were sent; 51 of them were destroyed.",
        "Seven missiles were destroyed above the bay.",
    ],
)
def test_verbs_of_bringing_down_are_interceptions(sentence):
    assert "interception" in [t for t, _ in triggers_in(sentence)]


def test_destroying_a_depot_stays_a_strike():
    assert {t for t, _ in triggers_in("A missile destroyed a fuel depot.")} == {"strike"}


def test_regions_a_tally_lists_after_destroyed_over_are_interceptions(extractor):
    text = (
        "Kyiv, 2025-05-04\n"
        "The ministry said 40 drones were destroyed over the Oryol, Kursk and Tula regions on Sunday."
    )
    events = extractor.extract(text, "t")
    assert {(e["event_type"], e["weapon_category"], e["geo_precision"]) for e in events} == {
        ("interception", "drone", 3)
    }
    assert len(events) == 3
    assert [e["destroyed"] for e in events] == [40, None, None]


def test_a_salvo_launched_at_a_city_and_destroyed_is_an_interception_there(extractor):
    text = (
        "Kyiv, 2025-05-04\n"
        "The air force said Russia launched 40 drones at Odesa on Sunday and that 37 of them "
        "were shot down."
    )
    (event,) = extractor.extract(text, "t")
    assert (event["event_type"], event["place"]) == ("interception", "Odesa")
    assert (event["launched"], event["destroyed"]) == (40, 37)


def test_a_tally_without_a_weapon_takes_the_one_named_a_sentence_earlier(extractor):
    text = (
        "MOSCOW, May 4 (Wire) - The ministry said its units had downed 50 Ukrainian drones.\n\n"
        "Of those, 30 were brought down over the Belgorod region and 20 over the Kursk region, "
        "it said.\n"
    )
    events = extractor.extract(text, "t")
    assert [(e["place_mention"], e["weapon_category"], e["destroyed"]) for e in events] == [
        ("Belgorod region", "drone", 30),
        ("Kursk region", "drone", 20),
    ]


def test_drones_downed_over_a_sea_are_an_interception_there_and_a_fleet_is_no_place(geocoder):
    extractor = Extractor(geocoder)
    downed = extractor.extract(
        "Air defences destroyed six drones over the Black Sea overnight.", "t", date(2024, 5, 2)
    )
    assert [(e["place"], e["event_type"]) for e in downed] == [("Black Sea", "interception")]
    fleet = extractor.extract(
        "A missile hit a ship of the Black Sea Fleet in Sevastopol.", "t", date(2024, 5, 2)
    )
    assert all(e["place"] != "Black Sea" for e in fleet)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Moscow's mayor said air defences destroyed two drones approaching the capital overnight.",
            "Moscow",
        ),
        ("Air defence units shot down all the missiles that approached Kyiv on Sunday.", "Kyiv"),
        (
            "Air defences shot down nine drones heading for Moscow overnight, the mayor said.",
            "Moscow",
        ),
        ("Twelve missiles fired at Odesa were shot down on Sunday.", "Odesa"),
    ],
)
def test_what_was_downed_on_its_way_to_a_city_is_an_interception_there(extractor, sentence, place):
    events = extractor.extract("Kyiv, 2025-02-10\n" + sentence, "t")
    assert [(e["event_type"], e["place"]) for e in events] == [("interception", place)]


def test_a_salvo_launched_at_a_city_and_called_an_attack_is_still_an_interception(extractor):
    text = (
        "Kyiv, 2025-02-10\nRussia launched 75 drones at Kyiv early on Sunday, the largest drone "
        "attack of the war so far, and 74 of them were destroyed."
    )
    (event,) = extractor.extract(text, "t")
    assert (event["event_type"], event["launched"], event["destroyed"]) == ("interception", 75, 74)


@pytest.mark.parametrize("mark", ["", "- "])
def test_a_tallys_lines_with_or_without_bullet_marks_are_its_items(extractor, mark):
    text = (
        "Air Force Command of Ukraine\nMorning update, 9 March 2025\n\n"
        "Cruise missiles brought down, by region:\n"
        f"{mark}Chernihiv region - 7\n{mark}Poltava region - 4\n{mark}Kirovohrad region - 3\n\n"
        "Two missiles hit energy sites in the Khmelnytskyi region."
    )
    found = {
        e["admin1"]: (e["event_type"], e["weapon_category"], e["destroyed"])
        for e in extractor.extract(text, "t")
        if e["event_type"] == "interception"
    }
    assert found == {
        "Chernihiv": ("interception", "cruise missile", 7),
        "Poltava": ("interception", "cruise missile", 4),
        "Kirovohrad": ("interception", "cruise missile", 3),
    }


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # Agencies write the region word with a capital.
        (
            "Air defences downed 30 drones: 18 over the Kursk Region and 12 over the Lipetsk Region.",
            [("Kursk", 18), ("Lipetsk", 12)],
        ),
        (
            "Nine drones were destroyed over the territory of the Smolensk Region on Sunday.",
            [("Smolensk", 9)],
        ),
        # "above" is "over".
        (
            "Crews destroyed eight drones above the Bryansk region and five above the Kaluga region.",
            [("Bryansk", 8), ("Kaluga", 5)],
        ),
    ],
)
def test_regions_written_with_a_capital_or_after_above_get_their_counts(
    extractor, sentence, places
):
    events = extractor.extract("Kyiv, 2025-05-05\n" + sentence, "t")
    got = [(e["place"], e["destroyed"]) for e in events if e["event_type"] == "interception"]
    assert [(p.split()[0], n) for p, n in got] == places


def test_a_split_tally_gives_each_region_its_own_figure_and_the_rest(extractor):
    text = (
        "Moscow, 2025-06-03\n"
        "Air defences destroyed 30 drones, 11 of them over the Kursk region, 9 over the "
        "Oryol region and the rest over the Tula region, the ministry said."
    )
    counts = {e["place"]: e["destroyed"] for e in extractor.extract(text, "t")}
    assert list(counts.values()) == [11, 9, 10]


def test_fragments_of_a_downed_drone_are_an_interception_but_shell_fragments_are_not():
    assert [t for t, _ in triggers_in("Fragments of a drone fell on a school in Sumy.")] == [
        "strike"
    ]
    shell = triggers_in("Shell fragments hit a bus in Kherson.")
    assert "fragments" not in [m.group() for _, m in shell]


def test_fragments_of_a_drone_on_a_town_are_an_interception_there(extractor):
    (event,) = extractor.extract(
        "Moscow, 2025-06-03\nFragments of one UAV fell in a courtyard in Kursk.", "t"
    )
    assert event["event_type"] == "interception"


def test_a_share_after_the_region_gives_its_counts(extractor):
    text = (
        "Poltava, 2025-06-03\n"
        "Over the Poltava region as a whole, 9 of the 12 drones that flew in overnight were "
        "shot down, the regional administration said.\n"
    )
    records = [r for r in extractor.extract(text, "t") if r["event_type"] == "interception"]
    assert [(r["launched"], r["destroyed"]) for r in records] == [(12, 9)]


def test_a_tally_read_out_a_region_at_a_time_is_one_interception_per_region(extractor):
    text = (
        "Kyiv, 2025-06-03\n"
        "Moscow says it downed thirty drones overnight. Twelve, the ministry says, were over "
        "the Oryol region. Ten were over Tula. Eight over the Lipetsk region.\n"
    )
    records = extractor.extract(text, "t")
    assert [(r["event_type"], r["destroyed"], r["weapon_category"]) for r in records] == [
        ("interception", 12, "drone"),
        ("interception", 10, "drone"),
        ("interception", 8, "drone"),
    ]
    # a figure over a number is no tally
    assert triggers_in("It was over 30 degrees and 3 over the weekend.") == []


def test_shooting_down_a_drone_counts_one(extractor):
    text = (
        "Minsk, 2026-03-17\n"
        "The defence ministry said its air defence shot down a drone near Pinsk on Tuesday.\n"
    )
    (e,) = extractor.extract(text, "t")
    assert (e["event_type"], e["destroyed"]) == ("interception", 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said a sea drone was destroyed off the coast before dawn.",
        "Two missiles had been destroyed near the bridge, the army said.",
    ],
)
def test_a_weapon_that_was_destroyed_is_an_interception(sentence):
    assert [t for t, _ in triggers_in(sentence)] == ["interception"]


def test_debris_named_after_its_place_is_an_interception_there(extractor):
    text = "Kyiv, 2025-05-04\nIn Mykolaiv, drone debris damaged a garage; nobody was hurt."
    (event,) = extractor.extract(text, "t")
    assert (event["event_type"], event["place"]) == ("interception", "Mykolayiv")
    # debris falling with drones in a clause about the city is part of the strike
    text = "Kyiv, 2025-05-04\nOfficials reported two dead in Kherson, where debris and drones fell."
    (event,) = extractor.extract(text, "t")
    assert (event["event_type"], event["place"]) == ("strike", "Kherson")


def test_a_tally_after_a_table_by_type_keeps_its_regions_and_their_weapon(extractor):
    text = (
        "Air Force Command of Ukraine\nMorning update, 9 March 2025\n\n"
        "By type (launched / destroyed):\n"
        "Kalibr cruise missiles - 12 / 10\nShahed-type attack UAVs - 60 / 41\n\n"
        "Cruise missiles shot down, by region:\n"
        "Chernihiv region - 6\nPoltava region - 4\n\n"
        "The UAVs were shot down mainly over the Poltava and Sumy regions."
    )
    found = sorted(
        (e["admin1"], e["weapon_category"], e["destroyed"])
        for e in extractor.extract(text, "t")
        if e["event_type"] == "interception"
    )
    assert found == [
        ("Chernihiv", "cruise missile", 6),
        ("Poltava", "cruise missile", 4),
        ("Poltava", "drone", None),
        ("Sumy", "drone", None),
    ]


def test_a_translated_tally_shortens_oblast_and_names_its_unit_after_each_figure(extractor):
    text = (
        "Air force press office\n11.03.2025 08:15\n\n"
        "Downed by oblasts:\n- Sumy obl. - 5 UAV;\n- Poltava obl. - 3 UAV.\n\n"
        "Hits were recorded in Zhytomyr obl. (a warehouse)."
    )
    found = {
        e["admin1"]: (e["event_type"], e["geo_precision"], e["destroyed"])
        for e in extractor.extract(text, "t")
    }
    assert found == {
        "Sumy": ("interception", 3, 5),
        "Poltava": ("interception", 3, 3),
        "Zhytomyr": ("strike", 3, None),
    }


def test_a_town_hit_by_debris_of_one_counted_drone_stays_apart_from_its_regions_tally(extractor):
    text = (
        "Moscow, 2025-03-02\n"
        "Air defences downed 40 drones overnight, 22 of them over the Kursk region.\n\n"
        "The governor said debris from one of the downed drones damaged a garage in Lgov."
    )
    events = extractor.extract(text, "t")
    assert sorted((e["event_type"], e["admin1"], e["geo_precision"] == 3) for e in events) == [
        ("interception", "Kursk", False),
        ("interception", "Kursk", True),
    ]


def test_an_air_defence_system_asked_for_later_is_no_weapon_of_a_drone_attack(extractor):
    text = (
        "Kyiv, 2025-03-02\n"
        "A drone struck a warehouse in Sumy overnight, injuring two guards.\n"
        "Speaking in Brussels, the minister asked allies for more Patriot systems."
    )
    (event,) = extractor.extract(text, "t")
    assert (event["place"], event["weapon"], event["weapon_category"]) == ("Sumy", None, "drone")


# A tally's inventory of launches, then its results: each kind's launched count goes to the first
# region where that kind was shot down; a results line is no inventory.
def test_a_tallys_inventory_gives_the_launched_count(geocoder):
    text = (
        "Air Force Command\n12 May 2025, 08:30\n\n"
        "Overnight the enemy attacked with 75 air attack assets:\n"
        "- 64 Shahed attack drones, launched from the Kursk region;\n"
        "- 11 Kh-101 cruise missiles, fired from Tu-95MS bombers.\n\n"
        "Air defence shot down 60 targets:\n"
        "- 9 Kh-101 cruise missiles: 6 over the Vinnytsia region and 3 over the Zhytomyr region;\n"
        "- 51 drones over the Chernihiv and Poltava regions.\n"
    )
    events = Extractor(geocoder).extract(text, "t")
    counts = {
        (e["place_mention"].split()[0], e["weapon_category"]): (e["launched"], e["destroyed"])
        for e in events
        if e["event_type"] == "interception"
    }
    assert counts[("Vinnytsia", "cruise missile")] == (11, 6)
    assert counts[("Zhytomyr", "cruise missile")] == (None, 3)
    assert counts[("Chernihiv", "drone")] == (64, 51)


def test_a_run_of_regions_with_figures_after_a_tally_sentence_is_its_interceptions(extractor):
    text = (
        "Air Force summary, 2 February 2026\n\n"
        "- Drones: 40 brought down. Poltava region — 17; Sumy region — 13; Kherson region — 10.\n"
        "- Cruise missiles: 5 launched, 4 shot down — Lviv region (3), Volyn region (1)."
    )
    found = [
        (e["admin1"], e["weapon_category"], e["destroyed"])
        for e in extractor.extract(text, "t")
        if e["event_type"] == "interception"
    ]
    assert found == [
        ("Poltava", "drone", 17),
        ("Sumy", "drone", 13),
        ("Kherson", "drone", 10),
        ("Lviv", "cruise missile", 3),
        ("Volyn", "cruise missile", 1),
    ]


def test_a_run_of_places_with_figures_after_no_tally_is_no_event(extractor):
    text = (
        "Kyiv, 2026-02-02\nVoters turned out in large numbers. "
        "Odesa region — 17; Mykolaiv region — 13; Kherson region — 10."
    )
    assert extractor.extract(text, "t") == []


def test_a_tally_lines_region_with_two_kinds_and_their_figures_is_two_interceptions(extractor):
    text = (
        "Air Force, 3 March 2025\nShot down, by region:\n"
        "- Odesa obl. - 9 UAV, 3 Kh-101;\n- Vinnytsia obl. - 6 UAV."
    )
    found = [
        (e["admin1"], e["weapon_category"], e["destroyed"])
        for e in extractor.extract(text, "t")
        if e["event_type"] == "interception"
    ]
    assert found == [
        ("Odessa", "drone", 9),
        ("Odessa", "cruise missile", 3),
        ("Vinnyts'ka", "drone", 6),
    ]


def test_a_district_in_brackets_after_its_region_is_where_the_debris_fell(extractor):
    text = "Air Force, 3 March 2025\nDebris of downed UAVs fell in Kyiv obl. (Fastiv district)."
    (event,) = extractor.extract(text, "t")
    assert (event["event_type"], event["place"], event["geo_precision"]) == (
        "interception",
        "Fastiv",
        2,
    )


@pytest.mark.parametrize(
    ("text", "launched", "destroyed"),
    [
        # regional news: the region named, then "the region"
        (
            "A drone hit a warehouse in Chernihiv overnight, the mayor said.\n\n"
            "Across the region, air defence destroyed 12 drones, the governor added.",
            None,
            12,
        ),
        # war-channel digest: a heading line, then "over the region"
        ("BELGOROD REGION. Air defence shot down 9 UAVs over the region overnight.", None, 9),
        # think-tank / wire: a share of a salvo
        (
            "A missile struck a depot in Odesa on Tuesday.\n\n"
            "Over the region, air defences downed 17 of 20 drones, the navy said.",
            20,
            17,
        ),
    ],
)
def test_an_interception_told_of_the_region_keeps_its_figures(extractor, text, launched, destroyed):
    records = extractor.extract(f"Report, 2025-03-04\n{text}", "t", date(2025, 3, 4))
    downs = [r for r in records if r["event_type"] == "interception"]
    assert downs and downs[0]["geo_precision"] == 3
    assert (downs[0]["launched"], downs[0]["destroyed"]) == (launched, destroyed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last night, air defence of the southern command worked over Kherson province for hours.",
        "Air-defence crews worked over Kyiv until dawn, the mayor wrote.",
        "Our anti-aircraft gunners worked over Odesa all night, the navy said.",
    ],
)
def test_air_defence_that_worked_over_a_place_did_not_strike_it(extractor, sentence):
    records = extractor.extract(f"Report, 2025-03-04\n{sentence}", "t", date(2025, 3, 4))
    assert "strike" not in [r["event_type"] for r in records]
    downed = sentence.replace(" for hours.", ": of 12 drones, 10 were shot down.")
    downed = downed.replace(" until dawn,", " and shot down ten drones,")
    downed = downed.replace(" all night,", ", shooting down ten drones,")
    records = extractor.extract(f"Report, 2025-03-04\n{downed}", "t", date(2025, 3, 4))
    assert [r["event_type"] for r in records] == ["interception"]
    assert records[0]["destroyed"] == 10


def test_guns_that_worked_over_a_place_still_struck_it():
    assert [
        t for t, _ in triggers_in("Artillery worked over enemy strongpoints near Bakhmut.")
    ] == ["strike"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defence was active over Kharkiv, shooting down 10 drones, the governor wrote.",
        "Over Odesa the navy's gunners were busy until dawn, bringing down 10 drones.",
        "In Dnipro, mobile fire groups spent the night destroying 10 drones, the command reported.",
        "Air defence over Poltava intercepting 10 drones, the air force said.",
    ],
)
def test_every_form_of_the_verb_of_bringing_down_gives_the_figure(extractor, sentence):
    records = extractor.extract(f"Report, 2025-03-04\n{sentence}", "t", date(2025, 3, 4))
    downs = [r for r in records if r["event_type"] == "interception"]
    assert downs and downs[0]["destroyed"] == 10


@pytest.mark.parametrize(
    ("text", "launched", "destroyed"),
    [
        # wire
        (
            "Russia launched 41 drones at the Kherson region overnight. Air defences brought "
            "down 33 of the drones, the air force said.",
            41,
            33,
        ),
        # translated item
        (
            "During the night the enemy attacked Dnipropetrovsk oblast with Shahed-type drones. "
            "Nine of them were destroyed, the command reported.",
            None,
            9,
        ),
        # governor's post
        (
            "Overnight the occupiers sent 12 attack drones against Poltava region. Our air defence "
            "shot down 10 of them.",
            12,
            10,
        ),
    ],
)
def test_a_salvo_at_a_whole_region_then_downed_is_an_interception_there(
    extractor, text, launched, destroyed
):
    records = extractor.extract(f"Report, 2025-03-04\n{text}", "t", date(2025, 3, 4))
    assert [(r["event_type"], r["geo_precision"]) for r in records] == [("interception", 3)]
    assert (records[0]["launched"], records[0]["destroyed"]) == (launched, destroyed)


@pytest.mark.parametrize(
    "second",
    [
        "Of 20 drones that flew into the region, 15 were shot down.",
        "Air defence downed nine drones that had crossed into the province.",
        "Eight drones heading into the oblast were shot down by mobile groups.",
    ],
)
def test_drones_downed_after_coming_into_the_region_are_over_the_region_before(extractor, second):
    text = f"Channel, 2025-03-06\n\nA drone hit a shop in Nizhyn on Thursday.\n\n{second}\n"
    events = extractor.extract(text, "t")
    downed = [e for e in events if e["event_type"] == "interception"]
    assert [(e["admin1"], e["geo_precision"]) for e in downed] == [("Chernihiv", 3)]


@pytest.mark.parametrize(
    ("sentence", "destroyed"),
    [
        ("Twelve drones were eliminated over the Oryol region.", 12),
        ("Mobile fire groups took down six Shaheds over the Kyiv region.", 6),
        ("Electronic warfare suppressed 20 drones over the Chernihiv region.", 20),
        ("Drones were hit over the Bryansk region by air defence.", None),
        ("A drone attack on Sevastopol was repelled overnight.", None),
    ],
)
def test_other_words_for_bringing_down_drones(extractor, sentence, destroyed):
    """Air defence's work in words the tallies use besides "shot down": eliminated, taken down,
    suppressed, hit over a place, a drone attack repelled (not a ground assault repelled)."""
    events = extractor.extract(f"Briefing, 5 May 2025\n\n{sentence}", "t", date(2025, 5, 5))
    assert [(e["event_type"], e["destroyed"]) for e in events] == [("interception", destroyed)]


def test_a_ground_attack_repelled_is_still_fighting(extractor):
    text = "Briefing, 5 May 2025\n\nAn attack on Vovchansk was repelled by the 57th brigade."
    assert [e["event_type"] for e in extractor.extract(text, "t", date(2025, 5, 5))] == ["fighting"]


# A clock time is when a post was written, never a count ("21:35", "6.50 a.m."), nor is a date's
# day ("On 7 August"); a number word in the next sentence is the count.
@pytest.mark.parametrize(
    ("text", "destroyed"),
    [
        (  # a governor's posts, each opened by its time; the count is the next sentence's
            "Posts of the Kursk governor, 2 June 2025\n\n"
            "21:35 Air defence is working over Kursk. Three drones were brought down over the city.",
            3,
        ),
        (  # a live blog's entry, its place and time a line of their own
            "Live: drones over Voronezh, 2 June 2025\n\nVoronezh, 6.50 a.m.\n"
            "Air defences are working over the city, the mayor says. Five drones were shot down.",
            5,
        ),
        (  # a ministry's bulletin gives a time and no count
            "Ministry bulletin, 2 June 2025\n\nAt 04:55 the duty air defence systems intercepted "
            "and destroyed UAVs over the Bryansk region.",
            None,
        ),
        (  # nor is a date's day: "an enemy drone was shot down" is one (test_extract_single_downing)
            "Ministry bulletin, summer 2023\n\n"
            "On 7 August an enemy drone was shot down over Bryansk, the ministry said.",
            1,
        ),
        (  # a timeline's line with a time and no count
            "Timeline, June 2025\n\n2 June | Kursk | 22.15 air defence over the city, drones shot down",
            None,
        ),
    ],
)
def test_a_clock_time_is_never_a_count_of_drones_brought_down(extractor, text, destroyed):
    events = [e for e in extractor.extract(text, "t") if e["event_type"] == "interception"]
    assert events
    assert {e["destroyed"] for e in events} == {destroyed}
    assert all(e["launched"] is None for e in events)
