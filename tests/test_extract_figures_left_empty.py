"""Extraction, casualty figures left empty where the report gives them (issue 16, class 4): "no
one was hurt" in the many ways writers say it (0/0), a zero that covers every place it is said of,
figures told in the sentence after a two-weapon strike (the first-named category's), and a toll
revised later for a town named again. A figure that belongs to another place stays off."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures

NONE_HURT = {"killed": 0, "injured": 0}


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _figures(events: list[dict]) -> dict[str, tuple]:
    """Each record's figures by the first capitalised word of its place as written ("Ternopil
    obl.": Ternopil, "houses in Fastiv": Fastiv)."""
    out = {}
    for e in events:
        words = [w for w in e["place_mention"].split() if w[0].isupper()]
        out[words[0] if words else e["place_mention"]] = (e["fatalities"], e["injured"])
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        # a governor's post
        "No one was wounded, the governor wrote.",
        "Nobody got hurt, the head of the community said.",
        # translated from Ukrainian
        "People were not injured.",
        "According to preliminary data, there were no dead or wounded.",
        "The attack passed without casualties.",
        "Casualties: none.",
        # wire copy
        "Nobody was reported hurt.",
        "No one is reported to have been injured.",
        "No civilians were hurt in the strike, officials said.",
        "None of the workers on shift was injured.",
        "There were no deaths or injuries.",
    ],
)
def test_nobody_hurt_said_many_ways_is_zero_killed_and_injured(sentence):
    assert casualty_figures(sentence) == NONE_HURT


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Nobody was seriously injured.", {}),  # some were hurt: no zero
        ("No one was badly hurt, though three people were treated for cuts.", {"injured": 3}),
        ("There is no information about casualties yet.", {}),
        ("No one was killed, the mayor said.", {"killed": 0}),
        ("Casualties were not reported.", {}),  # no word either way
    ],
)
def test_what_is_no_zero_stays_unsaid(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # a news item
            "Kyiv, 2025-03-02\nDrones hit warehouses in Sumy and Konotop overnight. "
            "No one was hurt.",
            ("Sumy", "Konotop"),
        ),
        (  # a governor's summary
            "Kyiv, 2025-03-02\nShelling damaged houses in Kupiansk, Izium and Balakliia on "
            "Sunday, but nobody was injured.",
            ("Kupiansk", "Izium", "Balakliia"),
        ),
        (  # a neighbour's press release relaying the other side
            "Kyiv, 2025-03-02\nThe Ukrainian side said the port of Izmail was hit at night and "
            "that drones damaged a grain store in Reni; it reported no casualties.",
            ("Izmail", "Reni"),
        ),
    ],
)
def test_a_zero_said_of_several_places_is_each_place_s(extractor, text, places):
    figures = _figures(extractor.extract(text, "t"))
    assert all(figures[p] == (0, 0) for p in places), figures


def test_a_figure_said_of_several_places_stays_a_total_on_the_first(extractor):
    text = "Kyiv, 2025-03-02\nDrones hit warehouses in Sumy and Konotop overnight, injuring four."
    figures = _figures(extractor.extract(text, "t"))
    assert figures["Sumy"] == (None, 4) and figures["Konotop"] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        (  # an air-force tally's closing line
            "Kyiv, 2025-03-02\nHits are recorded in Ternopil obl. (an energy facility) and in "
            "Rivne obl. (a factory). Debris of downed drones damaged houses in Fastiv. According "
            "to preliminary data, no one was killed or injured."
        ),
        (  # a regional administration's post
            "Kyiv, 2025-03-02\nOn Sunday a drone hit a substation in Ternopil. Another drone "
            "damaged a factory roof in Rivne. Debris fell on houses in Fastiv. Nobody was killed "
            "or injured, the administration said."
        ),
    ],
)
def test_a_closing_zero_covers_the_paragraph_s_places_without_figures(extractor, text):
    figures = _figures(extractor.extract(text, "t"))
    assert [figures[p] for p in ("Ternopil", "Rivne", "Fastiv")] == [(0, 0)] * 3, figures


def test_a_closing_zero_leaves_figures_told_and_other_paragraphs_alone(extractor):
    text = (
        "Kyiv, 2025-03-02\nShelling hit a market in Kherson on Sunday morning.\n\n"
        "A drone struck a bus in Nikopol, wounding the driver. Artillery damaged a school in "
        "Marhanets. No one else was hurt, the governor said."
    )
    figures = _figures(extractor.extract(text, "t"))
    assert figures["Kherson"] == (None, None)
    assert figures["Nikopol"] == (None, 1) and figures["Marhanets"] == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        (  # a weekly round-up
            "Kyiv, 2025-03-02\nIn Kyiv, missiles and drones hit a heating plant on Sunday. "
            "Two people were killed and 17 wounded in the capital, the city said."
        ),
        (  # a wire story
            "KYIV, March 2 (Wire) - Russia struck Kyiv with missiles and drones overnight. "
            "Two people were killed and 17 were wounded, the mayor said."
        ),
    ],
)
def test_figures_after_a_two_weapon_strike_go_to_the_first_named_weapon(extractor, text):
    events = extractor.extract(text, "t")
    by_kind = {e["weapon_category"]: (e["fatalities"], e["injured"]) for e in events}
    assert by_kind == {"missile": (2, 17), "drone": (None, None)}, by_kind


@pytest.mark.parametrize(
    ("text", "dnipro", "nikopol"),
    [
        (  # officials of the town speak again two paragraphs on
            "Kyiv, 2025-03-02\nA missile hit a hospital in Dnipro on Sunday morning. Two people "
            "were killed, the mayor said.\n\nShelling damaged a school in Nikopol.\n\n"
            "In the evening, officials in Dnipro said five people had died and 12 were injured.",
            (5, 12),
            (None, None),
        ),
        (  # a local site's update
            "Kyiv, 2025-03-02\nA missile hit a hospital in Dnipro on Sunday morning. Two people "
            "were killed, the mayor said.\n\nShelling damaged a school in Nikopol. One woman was "
            "wounded.\n\nUpdate: the city council of Dnipro now says four people died.",
            (4, None),
            (None, 1),
        ),
    ],
)
def test_a_later_toll_for_a_town_named_again_is_that_town_s(extractor, text, dnipro, nikopol):
    figures = _figures(extractor.extract(text, "t"))
    assert figures["Dnipro"] == dnipro and figures["Nikopol"] == nikopol, figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The shelling claimed the lives of two people.", {"killed": 2}),
        ("The strike took the lives of three residents.", {"killed": 3}),
        ("By evening the toll in Nikopol had risen to three wounded.", {"injured": 3}),
    ],
)
def test_tolls_said_otherwise(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("A woman was killed and her husband injured.", {"killed": 1, "injured": 1}),
        ("The number of wounded has grown to four.", {"injured": 4}),
        ("The death toll grew to seven overnight.", {"killed": 7}),
    ],
)
def test_kin_and_grown_tolls(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("text", "place", "figures"),
    [
        (  # wire copy, a sentence a paragraph, the governor quoted between
            "ODESA, March 2 (Wire) - Russian drones hit Odesa overnight, setting fire to a "
            "warehouse, the regional governor said.\n\n"
            '"Our air defence worked all night," Oleh Kiper wrote on Telegram.\n\n'
            "Four people were injured, he added.",
            "Odesa",
            (None, 4),
        ),
        (  # an obituary: the blast told first, the dead and hurt after
            "Kyiv, 2025-03-02\nA glide bomb struck a street in Kostiantynivka on Sunday "
            "afternoon, where a volunteer had parked her van.\n\nThe bomb landed about 20 "
            "metres from the van. Her colleague was wounded.",
            "Kostiantynivka",
            (None, 1),
        ),
    ],
)
def test_figures_alone_a_few_sentences_on_are_the_event_s(extractor, text, place, figures):
    assert _figures(extractor.extract(text, "t"))[place] == figures


def test_figures_alone_after_another_day_s_event_or_far_on_stay_off(extractor):
    text = (
        "Kyiv, 2025-03-02\nA drone hit a garage in Sumy on Sunday.\n\n"
        "The owner said he had heard it coming. He ran into the house. The garage burned down. "
        "His car was lost as well.\n\n"
        "Two people were wounded on Saturday, the council said."
    )
    assert _figures(extractor.extract(text, "t"))["Sumy"] == (None, None)


def test_a_day_s_results_after_a_list_of_places_stay_off_the_first(extractor):
    text = (
        "Kyiv, 2025-03-02\nOver the past day the enemy shelled Kherson, Bilozerka and Stanislav.\n\n"
        "Houses and a pharmacy were damaged. Power lines were cut.\n\n"
        "Results for the day: 2 people killed, 9 wounded."
    )
    assert _figures(extractor.extract(text, "t"))["Kherson"] == (None, None)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (  # a governor's post: each town's figure after its name
            "Kyiv, 2025-03-02\nDrones hit Sumy, Konotop and Shostka overnight. In Sumy two people "
            "were injured, in Konotop one man was killed.",
            {"Sumy": (None, 2), "Konotop": (1, None), "Shostka": (None, None)},
        ),
        (  # a wire summary: the verb left out for the second town
            "Kyiv, 2025-03-02\nRussian forces attacked Nikopol, Marhanets and Pokrov on Sunday: "
            "one man was injured in Nikopol, two women in Marhanets.",
            {"Nikopol": (None, 1), "Marhanets": (None, 2), "Pokrov": (None, None)},
        ),
        (  # a factbox: each town's dead, then a total "in total" in a clause of its own (left out,
            # as a day's total is, but not the towns' own figures with it)
            "Kyiv, 2025-03-02\nFour people died in Kyiv and two in Kharkiv after Sunday's "
            "missile strikes, officials said; more than 120 were injured in total.",
            {"Kyiv": (4, None), "Kharkiv": (2, None)},
        ),
        (  # the same with a "where" clause before the semicolon
            "Kyiv, 2025-03-02\nFour people died in Kyiv and two in Kharkiv, where a hotel was "
            "hit on Sunday, officials said; more than 120 were injured in total.",
            {"Kyiv": (4, None), "Kharkiv": (2, None)},
        ),
    ],
)
def test_figures_a_list_of_places_gives_each(extractor, text, figures):
    assert _figures(extractor.extract(text, "t")) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A man was wounded in Kherson on Sunday. Two women were also hurt.", (None, 3)),
        (
            "A drone hit a bus in Kherson on Sunday, killing the driver. Two more people died "
            "in hospital.",
            (3, None),
        ),
        ("A drone hit a bus in Kherson on Sunday. A family of four was killed.", (4, None)),
        (  # a wire's raised toll: "two more bodies", then the toll itself
            "A missile hit flats in Kherson on Sunday, killing four. Rescuers later pulled two "
            "more bodies from the rubble, bringing the toll to six.",
            (6, None),
        ),
        (  # a figure said again is no more of it
            "A drone hit a bus in Kherson on Sunday, wounding two people. The governor also said "
            "two people were injured.",
            (None, 2),
        ),
    ],
)
def test_more_of_the_same_adds_up(extractor, text, figures):
    events = extractor.extract("Kyiv, 2025-03-02\n" + text, "t")
    assert _figures(events)["Kherson"] == figures
