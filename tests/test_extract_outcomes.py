"""The reader of outcomes (events35): an event told as what befell a person or a thing, with its
cause after a link word and no event word of its own ("died of shrapnel wounds at her home in
X", "hurt by a mortar round", "a line was cut by enemy fire", "lost on the road to an FPV
drone"); the victim's home town a hospital's list names ("a man of 44 from X, with shrapnel
wounds"); the people such a list counts; the day of the wounds, not of the death; a notice's
sites as its lines' headings ("Kostiantynivka, branch No. 2: ..."). An outcome with no armed
cause (an illness, a road accident, a storm) makes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures
from geo.extract.lexicon import triggers_in
from geo.extract.outcome_words import outcome_told

PUBLISHED = date(2025, 4, 16)  # a Wednesday


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _records(extractor, text, published=PUBLISHED):
    return extractor.extract(text, "test", published)


def _places(records):
    return sorted((r["place"], r["event_type"], r["weapon_category"]) for r in records)


@pytest.mark.parametrize(
    "sentence",
    [
        "Passed away of shrapnel wounds in her kitchen in Orikhiv on Friday.",
        "Two linemen were hurt on Monday by a mortar round near the depot.",
        "A 35 kV feeder in Trostianets was cut by enemy fire before dawn.",
        "The bakery's van was lost on the bypass to an FPV drone.",
        "The shop's front and stock room were wrecked by a Shahed during the night.",
        "The tractor burnt out in the field; cause: an FPV drone.",
        "Her grandson died of his wounds from a drone in the ward on Sunday.",
        "Andrii was among the victims of the night's raid.",
    ],
)
def test_an_outcome_with_an_armed_cause_is_a_strike_word(sentence):
    assert outcome_told(sentence)
    assert any(etype == "strike" for etype, _ in triggers_in(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Died quietly at home in Zaporizhzhia after a long illness.",
        "Lost his life on the Vilniansk road in a collision with a lorry.",
        "Our parishioner was injured in a road accident near Shyroke.",
        "The calves it lost in spring died of an infection.",
        "The storm tore part of the roof off the feed store in Chuhuiv.",
        "She lost her job when the firm moved to Lviv.",
        "The driver was not hurt.",
    ],
)
def test_an_outcome_with_no_armed_cause_is_none(sentence):
    assert not outcome_told(sentence)
    assert not triggers_in(sentence)


def test_debris_of_a_downed_drone_stays_the_downing():
    """A hurt told with the pieces of a downed drone is the interception's, not a strike's."""
    sentence = "Two residents were hurt when pieces of a downed drone fell on houses in Brovary."
    assert not outcome_told(sentence)
    assert "interception" in {etype for etype, _ in triggers_in(sentence)}


def test_storm_fallen_lines_are_no_downing():
    assert not triggers_in("Storm winds and ice brought down lines near Buryn overnight.")


def test_damage_said_not_to_be_there_is_none():
    assert not triggers_in("The rolling outages are not caused by any damage.")


def test_obituary_lines_are_strikes_with_their_dead(extractor):
    text = (
        "Remembrance column, Saturday, 8 March 2025\n\n"
        "PETRENKO, Olha, 66. Died of shrapnel wounds at her home in Orikhiv on 4 March.\n\n"
        "SAVCHUK, Ivan, 80. Died peacefully in Zaporizhzhia after a long illness.\n"
    )
    records = _records(extractor, text, date(2025, 3, 8))
    assert _places(records) == [("Orikhiv", "strike", None)]
    assert records[0]["event_date"] == "2025-03-04"
    assert records[0]["fatalities"] == 1


def test_victims_home_town_is_the_place(extractor):
    """A hospital's list names its patients by their town: that is where it befell them."""
    text = (
        "City hospital, patient update, 16 April 2025\n\n"
        "- A man of 52 from Bilozerka, with shrapnel wounds from an explosive a drone dropped "
        "on his yard this morning.\n"
        "- Two pensioners from Antonivka, hurt on Tuesday by a mortar round at the bus stop.\n"
        "- A woman of 30 from Mykolaiv, injured in a road accident near the market.\n"
    )
    records = _records(extractor, text)
    found = {(r["place"], r["weapon_category"]): r for r in records}
    assert set(found) == {("Bilozerka", "drone"), ("Antonivka", "artillery")}
    assert found["Bilozerka", "drone"]["injured"] == 1
    assert found["Antonivka", "artillery"]["injured"] == 2
    assert found["Antonivka", "artillery"]["event_date"] == "2025-04-15"


def test_a_named_event_place_wins_over_the_victims_home(extractor):
    text = "A man from Kharkiv was wounded by shell fragments in Kupiansk on Tuesday."
    assert [r["place"] for r in _records(extractor, text)] == ["Kupyansk"]


def test_the_wounding_day_not_the_death_day(extractor):
    text = (
        "Prayer list for Sunday, 6 April 2025\n\n"
        "- Petro, 63, who died on Thursday of wounds from shell fragments he received at his "
        "gate in Marhanets on Tuesday.\n"
    )
    records = _records(extractor, text, date(2025, 4, 6))
    assert [(r["place"], r["event_date"]) for r in records] == [("Marhanets", "2025-04-01")]


@pytest.mark.parametrize(
    ("line", "figures"),
    [
        (
            "- A woman of 61 and her daughter, 35, admitted at night with blast injuries.",
            {"injured": 2},
        ),
        (
            "- Four farm workers from Kizomys, hurt by shell fragments while loading hay.",
            {"injured": 4},
        ),
        ("- Two deminers from Kizomys, hurt by an anti-tank mine while clearing a field.", {}),
        ("- A woman of 80 from Kizomys, with a hip fracture after a fall at home.", {}),
        (
            "- A 70-year-old man from Komyshany with a leg wound from a shell fragment.",
            {"injured": 1},
        ),
        ("Killed by a drone on 5 March while driving to the fields.", {"killed": 1}),
        ("Killed: 2, injured: 5.", {"killed": 2, "injured": 5}),
    ],
)
def test_a_lists_entries_count_their_people(line, figures):
    assert casualty_figures(line) == figures


def test_a_notice_lines_sites_head_them(extractor):
    text = (
        "Shvydka Poshta | service notice | 29.07.2025, 11:30\n\n"
        "Kostiantynivka, branch No. 2 (Myru St.): our building was destroyed in this "
        "morning's attack. Our staff were in the shelter.\n\n"
        "Sumy, depot: a fire broke out after a guided bomb fell on the warehouse next door at "
        "14:10 yesterday.\n"
    )
    records = _records(extractor, text, date(2025, 7, 29))
    assert _places(records) == [
        ("Kostyantynivka", "strike", None),
        ("Sumy", "strike", "glide bomb"),
    ]
    assert {r["claimed_by"] for r in records} == {"Shvydka Poshta"}
    assert {r["verification"] for r in records} == {"claimed"}


@pytest.mark.parametrize(
    "unit",
    [
        "died of of of ",
        "lost power lost its roof to to ",
        "hurt when pieces of a downed ",
        "- A man of 44 from X, with with ",
        "died on Monday of wounds received ",
    ],
)
def test_outcome_patterns_are_linear_on_a_long_paste(unit):
    """A one-line paste of outcome words with no cause after them: ten times longer, about ten
    times the work (compared within one run, no wall-clock limit)."""
    import time

    from geo.extract.dates import _date_in
    from geo.extract.listed_victims import listed_victims
    from geo.extract.publication import Publication

    def cost(n):
        text = unit * n
        start = time.process_time()
        outcome_told(text)
        listed_victims(text)
        _date_in(text, Publication(PUBLISHED))
        return time.process_time() - start

    cost(50)  # (warm)
    small, large = cost(400), cost(4000)
    assert large < 40 * max(small, 1e-3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Their hay barn in Lisne burned down after shelling on Saturday.",
        "Danylo's home in Savyntsi burned down on Sunday evening after a drone attack.",
    ],
)
def test_a_fire_after_an_attack_is_the_attacks_strike_not_arson(sentence):
    assert {etype for etype, _ in triggers_in(sentence)} == {"strike"}


def test_an_attack_noun_after_the_cause_tells_the_event_itself():
    """ "lost power after a missile strike": the strike word tells it, the outcome adds none."""
    sentence = "Kramatorsk lost power on Monday after a missile strike."
    assert [m.group(0) for _, m in triggers_in(sentence)] == ["strike"]
