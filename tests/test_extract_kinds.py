"""Extraction, two kinds of weapon in one event (issue 16): a strike by "missiles and drones" is
one record per kind, and a tally of two kinds over several regions is one interception per
region and kind, whether the kinds are named in the sentence of the regions or in the tally
before it."""

from __future__ import annotations

from datetime import date

import pytest

from geo import weapons as wv
from geo.extract import Extractor
from geo.extract.layout import is_live_blog, stamp_hours
from geo.extract.lexicon import triggers_in
from geo.extract.weapon_words import weapon_for


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(records, etype):
    return sorted(
        (r["place"], r["weapon_category"], r["fatalities"], r["injured"])
        for r in records
        if r["event_type"] == etype
    )


@pytest.mark.parametrize(
    "text",
    [
        "ZHYTOMYR, March 3 (Wire) - Missiles and drones struck a school in Zhytomyr overnight, "
        "killing 3 people and injuring 11, the regional governor said.",
        "Report, 2025-03-03\nZhytomyr came under a combined missile-and-drone attack tonight, "
        "the governor wrote. 3 people were killed and 11 injured.",
        "LIVE: the night - Monday 3 March 2025\nNewest first.\n\n08:10 - Zhytomyr: a missile "
        "and drone strike on a school killed 3 and injured 11, local officials say.",
    ],
)
def test_a_strike_by_missiles_and_drones_is_one_record_per_kind(extractor, text):
    records = extractor.extract(text, "t", date(2025, 3, 3))
    assert _kinds(records, "strike") == [
        ("Zhytomyr", "drone", None, None),
        ("Zhytomyr", "missile", 3, 11),
    ] or _kinds(records, "strike") == [
        ("Zhytomyr", "drone", 3, 11),
        ("Zhytomyr", "missile", None, None),
    ]
    first = next(r for r in records if r["fatalities"] is not None)
    named = text.lower().replace("-", " ")
    assert first["weapon_category"] == (
        "missile" if named.index("missile") < named.index("drone") else "drone"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Report, 2025-03-04\nThe regional head said a missile and drones hit the region overnight: "
        "one person was killed in Sumy and a driver died in Shostka.\n\nIn Shostka a drone "
        "hit a car overnight; its driver died.",
        "Report, 2025-03-04\nOvernight missiles and drones struck the north: a woman was hurt in "
        "Chernihiv and a shop burned in Nizhyn.\n\nIn Nizhyn, a drone set a shop on fire.",
        "Report, 2025-03-04\nWith missiles and drones, Russia hit Kharkiv and Izium on Monday.\n\n"
        "Izium: a drone hit a school on Monday, the mayor said.",
    ],
)
def test_two_generic_kinds_over_towns_told_again_do_not_say_which_struck_where(extractor, text):
    """The towns' own stories further on tell which weapon struck where: the summary is not
    split by kind."""
    records = extractor.extract(text, "t", date(2025, 3, 4))
    strikes = [r for r in records if r["event_type"] == "strike"]
    assert len(strikes) == len({r["place"] for r in strikes}) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Factbox, 10 May 2025\n\nOn 3 May a missile and drone attack on the Poltava province "
        "killed three people in Poltava and four in the town of Lubny, officials said.\n",
        "Summary, 10 May 2025\n\nOn 3 May, Russia hit the Poltava region with missiles and "
        "drones: three killed in Poltava and four in Lubny, the governor said.\n",
        "Timeline, 10 May 2025\n\n3 May - missiles and drones strike Poltava and Lubny; seven "
        "dead in all.\n",
        # a town named again for its share of the toll tells no story of its own (recall25)
        "Factbox, 10 May 2025\n\nOn 3 May a combined missile and drone attack struck the city of "
        "Poltava and the town of Lubny. Seven people died in the two towns, most of them in "
        "Poltava, where a block of flats partly caved in.\n",
    ],
)
def test_two_kinds_over_towns_told_once_struck_each_town(extractor, text):
    """Told once, an attack of two kinds on several towns is both kinds at each (one record per
    town and kind, the figures on the first-named kind)."""
    records = extractor.extract(text, "t", date(2025, 5, 10))
    strikes = sorted((r["place"], r["weapon_category"]) for r in records)
    assert strikes == [
        ("Lubny", "drone"),
        ("Lubny", "missile"),
        ("Poltava", "drone"),
        ("Poltava", "missile"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rivne, far from any front line, woke to a drone attack on Sunday, the mayor said.",
        "Uzhhorod was rocked by explosions before dawn, the regional head wrote.",
        "KOVEL, May 4 (Wire) - Kovel, a rail hub in the north-west, was shaken by blasts "
        "overnight.",
    ],
)
def test_a_town_that_woke_to_an_attack_or_was_rocked_by_blasts_was_hit(extractor, text):
    records = extractor.extract(text, "t", date(2025, 5, 4))
    assert [r["event_type"] for r in records] == ["strike"]
    assert records[0]["place"] in ("Rivne", "Uzhhorod", "Kovel")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a digest's headline over its sub-headline, and a wire story's lead
        (
            "Digest\n\nKonotop without power after night raid\nSome 20,000 homes lost "
            "electricity when drones damaged a substation, officials said.\n\n"
            "Lutsk left without water after strike\nThe pumping station stopped, the mayor said.",
            "Konotop",
        ),
        (
            "Kremenchuk was left without water after a missile strike on the pumping station, the "
            "city council said on Monday.",
            "Kremenchuk",
        ),
    ],
)
def test_a_town_without_power_or_water_after_an_attack_was_hit(extractor, text, place):
    records = extractor.extract(text, "t", date(2025, 5, 4))
    assert place in {r["place"] for r in records}


def test_a_town_without_power_for_another_cause_is_no_event(extractor):
    text = "Lutsk was without power for six hours on Monday after a storm brought down lines."
    assert extractor.extract(text, "t", date(2025, 5, 4)) == []


@pytest.mark.parametrize(
    "line",
    [
        "14:20 - Odesa: two drones hit a warehouse in the port, the governor says.",
        "9.05 Kherson — shelling damaged a bus stop; one man was hurt.",
        "23:40 – Sumy: a guided bomb fell on a garage block, no one was hurt.",
    ],
)
def test_a_live_blog_entry_headed_by_a_place_after_its_clock_time_tells_of_it(extractor, line):
    text = f"LIVE: the night's attacks - Saturday 3 May 2025\nNewest first.\n\n{line}\n"
    records = extractor.extract(text, "t", date(2025, 5, 3))
    assert [r["event_type"] for r in records] == ["strike"]
    assert records[0]["place"] in ("Odesa", "Kherson", "Sumy")


@pytest.mark.parametrize(
    "text",
    [
        "Report, 2025-05-04\nThe ministry said 40 drones and 3 missiles were destroyed over the "
        "Oryol, Kursk and Tula regions on Sunday.",
        "Report, 2025-05-04\nThe air force reports 210 drones and 12 missiles destroyed across the "
        "country, most of them over the Oryol, Kursk and Tula regions.",
        "Report, 2025-05-04\nThe air force says Russia used 250 drones and 15 missiles, of which "
        "210 drones and 12 missiles were shot down. Air defences worked over the Oryol, Kursk and "
        "Tula regions.",
    ],
)
def test_a_tally_of_two_kinds_over_regions_is_an_interception_per_region_and_kind(extractor, text):
    records = extractor.extract(text, "t", date(2025, 5, 4))
    downs = {(r["place"], r["weapon_category"], r["geo_precision"]) for r in records}
    assert {r["event_type"] for r in records} == {"interception"}
    assert len(records) == 6
    assert {p for p, _, _ in downs} == {"Orjol", "Kursk", "Tula"}
    assert {k for _, k, _ in downs} == {"drone", "missile"}
    assert {g for _, _, g in downs} == {3}


@pytest.mark.parametrize(
    "text",
    [
        "Report, 2025-05-04\nRussia launched 43 drones and two Iskander-M missiles, and 31 drones "
        "were shot down over the Rivne and Volyn regions.",
        "Report, 2025-05-04\nAfter a night of 60 drones and 4 missiles, the air force said 50 "
        "drones had been downed over the Rivne and Volyn regions.",
        "Report, 2025-05-04\nRussia fired 3 ballistic missiles and 41 drones at the Rivne region "
        "overnight. Air defences brought down 33 of the drones but none of the missiles.",
    ],
)
def test_only_the_kind_brought_down_is_an_interception(extractor, text):
    records = extractor.extract(text, "t", date(2025, 5, 4))
    downs = {r["weapon_category"] for r in records if r["event_type"] == "interception"}
    assert downs == {"drone"}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("It reports 300 drones and 20 missiles destroyed over the west.", "interception"),
        ("Nine drones destroyed, the governor wrote.", "interception"),
        ("Two missiles destroyed the bridge.", "strike"),
    ],
)
def test_weapons_destroyed_as_a_tally_are_downed_not_striking(sentence, kind):
    assert triggers_in(sentence)[0][0] == kind


@pytest.mark.parametrize(
    "text, weapon",
    [
        ("air defence shot down 2 Kh-59 guided missiles over the Poltava region", "Kh-59"),
        ("a Kalibr sea-launched missile hit the port of Izmail", "Kalibr"),
        ("an Iskander-M short-range missile struck Kupiansk", "Iskander"),
    ],
)
def test_a_generic_word_after_a_system_and_its_describing_words_is_that_system(text, weapon):
    place = next(w.end for w in wv.find_weapons(text)) + 30
    assert weapon_for(wv.find_weapons(text), min(place, len(text)), 0, text)[0] == weapon


@pytest.mark.parametrize(
    "stamps",
    [("16:40 - ", "15:05 - "), ("4:40 PM – ", "3:05 PM – "), ("16:40 UPDATE - ", "15:05 — ")],
)
def test_a_live_blog_stamped_at_the_start_of_each_entry_is_a_live_blog(extractor, stamps):
    text = (
        "LIVE: strikes on the south - Friday 9 May 2025\nNewest entries first.\n\n"
        f"{stamps[0]}The navy says air defence was busy over the Mykolaiv region, shooting down "
        "seven drones.\n\n"
        f"{stamps[1]}Kherson: a drone hit a tram depot, the city administration says.\n"
    )
    assert is_live_blog(text)
    assert [hour for _, hour in stamp_hours(text)] == [16, 15]
    records = extractor.extract(text, "t", date(2025, 5, 9))
    assert records and {r["event_date"] for r in records} == {"2025-05-09"}


def test_a_clock_time_inside_a_report_makes_no_live_blog():
    text = (
        "Kyiv, 9 May 2025\nThe alert lasted from 01:10 to 03:40.\n"
        "09:30 - 10:00: the ministry's briefing.\n14:00 - 14:30: the governor's.\n"
    )
    assert not is_live_blog(text)


@pytest.mark.parametrize(
    "text",
    [
        "Report, 2025-05-04\nDrones were downed over the Chernihiv, Sumy and Poltava regions "
        "overnight. In Lubny, debris of a downed drone damaged a garage.",
        "LIVE - Sunday 4 May 2025\n\n08:10 - Air defence worked over the Chernihiv, Sumy and "
        "Poltava provinces.\n\n08:40 - Poltava's governor says drone debris fell on a garage in "
        "Lubny.\n",
        "KYIV, May 4 (Wire) - The air force said drones had been shot down over the Chernihiv, "
        "Sumy and Poltava regions.\n\nWreckage of one drone fell in Lubny, damaging a garage, the "
        "governor said.\n",
    ],
)
def test_a_region_of_a_tallys_list_stays_apart_from_a_towns_debris(extractor, text):
    records = extractor.extract(text, "t", date(2025, 5, 4))
    downs = {(r["place"], r["geo_precision"]) for r in records if r["event_type"] == "interception"}
    assert ("Poltava", 3) in downs
    assert ("Lubny", 1) in downs


@pytest.mark.parametrize(
    "text, category",
    [
        (
            "Anatomy of a strike: how two missiles hit the Fastiv rail depot\n\nBy our team | 3 "
            "May 2025\n\nOn Friday a camera in Fastiv filmed a streak of light.\n\nWe matched 14 "
            "videos to satellite images. They show that two ballistic missiles struck the depot "
            "a minute apart.\n",
            "ballistic missile",
        ),
        (
            "SMILA, May 3 (Wire) - A missile hit the Smila oil depot on Friday, the governor "
            "said.\n\nFirefighters worked through the night.\n\nAnalysts said footage suggested "
            "a cruise missile struck the depot from the north.\n",
            "cruise missile",
        ),
        (
            "Governor's evening post, 3 May 2025\n\nAn attack hit the refinery in Kremenchuk "
            "this morning.\n\nCrews are still on site.\n\nA drone struck the refinery's "
            "tank farm, the operator later said.\n",
            "drone",
        ),
    ],
)
def test_a_later_sentence_naming_the_facility_again_tells_of_its_strike(extractor, text, category):
    records = extractor.extract(text, "t", date(2025, 5, 3))
    assert [r["weapon_category"] for r in records if r["event_type"] == "strike"] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Night report, 5 May 2025\n\nMore than 30 missiles were fired overnight. In Odesa, a "
        "Kalibr cruise missile hit the port. In Izmail, two people were killed, the governor said.",
        "Factbox, 5 May 2025\n\nMAY 4\nSome 20 missiles across the south. In Odesa, a Kh-59 "
        "guided missile damaged a warehouse. In Izmail, five people were hurt, the mayor said.",
        "Wire, 5 May 2025\n\nRussia fired missiles at the south on Sunday, the air force said. In "
        "Odesa, a Kh-59 hit a warehouse. Two were killed in Izmail, officials said.",
    ],
)
def test_a_system_named_for_one_town_is_not_carried_to_the_next_towns_toll(extractor, text):
    """A toll alone at another town takes the paragraph's kind ("missiles"), not the system
    named for the town before it."""
    records = extractor.extract(text, "t", date(2025, 5, 5))
    izmail = [(r["weapon"], r["weapon_category"]) for r in records if r["place"] != "Odesa"]
    assert izmail == [(None, "missile")]


def test_a_system_named_first_in_the_paragraph_is_its_kind(extractor):
    text = "Brief, 5 May 2025\n\nOn Sunday a Kalibr cruise missile hit Odesa. In Izmail, two died."
    records = extractor.extract(text, "t", date(2025, 5, 5))
    assert [r["weapon_category"] for r in records] == ["cruise missile", "cruise missile"]
