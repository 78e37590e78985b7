"""Extraction, casualty figures: in words and digits, before and after the verb."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures
from geo.extract.interception_figures import launched_count


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_figures_in_words_and_digits(extractor):
    text = "Kyiv, 2025-03-01\nA missile hit Kharkiv on Friday; two people were killed and eleven injured."
    (e,) = extractor.extract(text, "t")
    assert (e["fatalities"], e["injured"]) == (2, 11)
    (e,) = extractor.extract("Kyiv, 2025-03-01\nShelling of Nikopol on Friday, injuring 15.", "t")
    assert e["injured"] == 15 and e["weapon_category"] == "artillery"


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Shelling killed three civilians and wounded 12 others.", {"killed": 3, "injured": 12}),
        ("Four people were injured.", {"injured": 4}),
        ("The blast wounded at least 1,200 people.", {"injured": 1200}),
        ("Nobody was hurt in the attack.", {"killed": 0, "injured": 0}),
        # "no one" without its verb, after "with"
        ("A fire at the depot was out by dawn, with no one hurt.", {"killed": 0, "injured": 0}),
        ("Preliminary data show no one was killed or injured.", {"killed": 0, "injured": 0}),
        # nobody killed says nothing of the wounded
        ("A guard was wounded in the leg. Nobody was killed.", {"killed": 0, "injured": 1}),
        ("The road is 15 km long.", {}),
        # who is among the figure's people is part of it
        ("Five members of one family, among them a baby, died in the fire.", {"killed": 5}),
        ("Nine were hurt, including two children, the mayor said.", {"injured": 9}),
        # a person and a relative, each described
        ("A young man and his elderly mother were killed.", {"killed": 2}),
    ],
)
def test_casualty_figures(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The death toll from the strike on the market has risen to 9.", {"killed": 9}),
        # the toll a newer one replaces is no figure of its own
        (
            "Shelling killed at least five in the town, officials said, raising a toll that "
            "had stood at three.",
            {"killed": 5},
        ),
        ("A drone hit a shop, killing a woman and her child.", {"killed": 2}),
        ("A 70-year-old man was killed by shelling.", {"killed": 1}),
        ("Missiles killed more than 60 soldiers, the ministry said.", {"killed": 60}),
        # figures of something else: an earlier attack, a running total
        ("It came a week after an attack on the port killed 14 people.", {}),
        ("Since the start of the war, 2,100 civilians have been killed in the region.", {}),
        ("Nobody was hurt; there were no casualties.", {"killed": 0, "injured": 0}),
        # one person by trade, with what they belong to, or by age after "of"
        ("One bus passenger was killed.", {"killed": 1}),
        ("A plant worker was killed when the roof fell.", {"killed": 1}),
        ("An employee of the depot was wounded.", {"injured": 1}),
        # told later, in the past perfect
        ("The council said one local man had been wounded.", {"injured": 1}),
        ("The tenant, a woman of 81, was hospitalised.", {"injured": 1}),
        # "one civilian killed", and a plural figure whose people are named between commas
        ("Monitors counted one civilian killed and four injured.", {"killed": 1, "injured": 4}),
        ("Three of our staff, a driver and a cook, were wounded.", {"injured": 3}),
        # two people described after the verb, each with a word or two of their own
        ("Shelling hit a yard, killing an elderly man and his adult grandson.", {"killed": 2}),
        ("A girl and her grandmother were hit by shrapnel.", {"injured": 2}),
    ],
)
def test_tolls_described_people_and_figures_of_something_else(sentence, figures):
    assert casualty_figures(sentence) == figures


def test_a_total_for_several_places_stays_on_the_first(extractor):
    text = "Kyiv, 2025-03-08\nShelling on Friday injured three people in Kherson and Nikopol.\n"
    kherson, nikopol = extractor.extract(text, "t")
    assert (kherson["place"], kherson["injured"], nikopol["injured"]) == ("Kherson", 3, None)
    assert "total" in kherson["notes"] and "Nikopol" in kherson["notes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Guns shelled Nikolaev and Kherson on Friday; two people were wounded in Kherson.",
        "Guns shelled Kherson and Nikolaev on Friday; two people were wounded in Kherson.",
    ],
)
def test_a_figure_whose_clause_names_its_place_is_that_places_alone(extractor, sentence):
    """Issue 16 (a new analyst): the figure of "wounded in Kherson" is no total for every place
    the sentence shelled, whichever is named first."""
    events = extractor.extract("Kyiv, 2025-03-08\n" + sentence + "\n", "t")
    got = {e["place"]: (e["injured"], e["notes"]) for e in events}
    assert got == {"Kherson": (2, None), "Mykolayiv": (None, None)}


def test_a_sentence_with_no_casualties_and_no_event_word_does_not_fail(extractor):
    text = "Kyiv, 2025-03-08\nIn Kharkiv there were no casualties.\n"
    assert isinstance(extractor.extract(text, "t"), list)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Russia launched 90 drones overnight, of which 70 were shot down over the Sumy and "
            "Poltava regions.",
            [(90, 70), (None, None)],  # the total stays on the first region
        ),
        ("Air defence destroyed 12 of 15 missiles over the Kyiv region.", [(15, 12)]),
        (
            "Air defence shot down 30 drones: 20 over the Kursk region and 10 over the Bryansk region.",
            [(None, 20), (None, 10)],
        ),
        ("Air defence shot down all six missiles over the Odesa region.", [(6, 6)]),
    ],
)
def test_interception_counts(extractor, text, counts):
    events = extractor.extract("Kyiv, 2025-03-08\n" + text + "\n", "t")
    assert [e["event_type"] for e in events] == ["interception"] * len(counts)
    assert [(e["launched"], e["destroyed"]) for e in events] == counts


def test_figures_after_a_list_of_places_are_a_total_kept_on_the_first(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "Our units repelled 30 attacks near Kurakhove, Vuhledar and Marinka. Enemy losses "
        "there: 40 killed and 25 wounded."
    )
    figures = {e["place"]: (e["fatalities"], e["injured"]) for e in extractor.extract(text, "t")}
    assert list(figures.values()) == [(40, 25), (None, None), (None, None)]


def test_one_person_of_the_place_hit_counts():
    # "its driver": the one person of the bus, the shop, the warehouse that was hit
    assert casualty_figures("Its 52-year-old driver was wounded, police said.") == {"injured": 1}


def test_people_in_hospital_are_injured():
    assert casualty_figures("Seven others are in hospital.") == {"injured": 7}
    assert casualty_figures("Two were killed and 5 were taken to hospital.") == {
        "killed": 2,
        "injured": 5,
    }
    assert casualty_figures("The hospital in the town was hit twice.") == {}


def test_another_person_is_one_more(extractor):
    assert casualty_figures("Another pensioner died in the hospital.") == {"killed": 1}
    assert casualty_figures("Another 12 people were injured.") == {"injured": 12}
    text = "Kyiv, 2025-02-18\nShelling killed two in Toretsk. Another civilian died in Siversk."
    got = {e["place"]: e["fatalities"] for e in extractor.extract(text, "t")}
    assert got["Siversk"] == 1


def test_a_total_told_again_place_by_place_is_not_counted_twice(extractor):
    """The opening gives one toll for two cities, the body each city's own: the dead and the
    wounded add up to the opening's figures, not to twice them."""
    text = (
        "ODESA, June 3 (Newswire) - Russian missiles and drones hit Mykolaiv and Kherson on "
        "Monday, killing nine people and wounding 40, officials said.\n\n"
        "In Mykolaiv, a ballistic missile struck a port warehouse. Five people were killed and "
        "22 wounded, the regional governor said.\n\n"
        "In Kherson, drones hit a bus stop in the city centre. Four people died and 18 were "
        "hurt, the city's military administration said.\n"
    )
    events = [e for e in extractor.extract(text, "t") if e["event_type"] == "strike"]
    assert sum(e["fatalities"] or 0 for e in events) == 9
    assert sum(e["injured"] or 0 for e in events) == 40
    own = sorted((e["fatalities"], e["injured"]) for e in events if e["fatalities"])
    assert own == [(4, 18), (5, 22)]


# Revised and restated tolls (issue 16): the latest count is the figure, an earlier one it
# replaces is not; people named by where they work still count; "had been hurt" is a figure.
@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "By evening the mayor put the dead at seven and the wounded at 31, up from the four "
            "dead he gave in the morning.",
            {"killed": 7, "injured": 31},
        ),
        (
            "Six were killed, down from the eight first reported, and 14 hurt.",
            {"killed": 6, "injured": 14},
        ),
        (
            "The number of dead has now reached 13, and 20 people are in hospital.",
            {"killed": 13, "injured": 20},
        ),
        ("Rescuers found two more bodies, bringing the toll to 9.", {"killed": 9}),
        (
            "The toll climbed to 44, and 120 are now listed as wounded.",
            {"killed": 44, "injured": 120},
        ),
        ("Three rail workers were injured.", {"injured": 3}),
        ("No one had been hurt, the operator said.", {"killed": 0, "injured": 0}),
    ],
)
def test_revised_and_restated_tolls(sentence, figures):
    assert casualty_figures(sentence) == figures


# A couple is two people: "an elderly couple were hurt", "killing a retired couple".
@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("An elderly couple were hurt when a drone hit their house in Bucha.", {"injured": 2}),
        ("The shell landed in a garden in Kupiansk, killing a retired couple.", {"killed": 2}),
        ("A married couple, 70 and 68, were taken to hospital in Sumy.", {"injured": 2}),
        ("Two flats burned in Irpin; a young couple was injured.", {"injured": 2}),
    ],
)
def test_a_couple_is_two_people(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("In Horlivka a woman born in 1957 was killed by a shell.", {"killed": 1}),
        ("A man born 1980 was wounded when a drone hit his car.", {"injured": 1}),
        (
            "The shelling killed a pensioner (b. 1949) and wounded two neighbours.",
            {"killed": 1, "injured": 2},
        ),
        ("Two residents born in 1971 and 1975 were injured.", {"injured": 2}),
    ],
)
def test_a_year_of_birth_is_no_figure(sentence, figures):
    assert casualty_figures(sentence) == figures


# A revised count of the injured ("the number of injured has risen to five"): the latest figure
# of the injured, as "the death toll rose to 9" is of the dead.
@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Poltava, update: the number of injured has risen to six.", {"injured": 6}),
        (
            "The number of people wounded in the morning shelling of the market went up to 14.",
            {"injured": 14},
        ),
        ("The count of those hurt now stands at 22, the mayor said.", {"injured": 22}),
        (
            "The number of injured in Lutsk has increased to 3; two people died.",
            {"injured": 3, "killed": 2},
        ),
        # no figure of the injured: a count of something else, or one that fell
        ("The number of injured soldiers returning to the front has risen sharply.", {}),
        ("The number of homes damaged has risen to 40.", {}),
    ],
)
def test_a_revised_count_of_the_injured(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    "text",
    [
        # a regional administration's post
        "Poltava regional administration\n2025-03-04\n"
        "At night a drone hit a warehouse in Lubny. Two people were injured. By noon the number "
        "of injured had risen to 4.\n",
        # wire
        "LUBNY, Ukraine, March 4 (Newsline) - A Russian drone hit a warehouse in Lubny overnight, "
        "injuring two people, officials said. The number of people wounded later rose to 4, "
        "the mayor said.\n",
        # live blog, newest entry first
        "10:15 - Lubny: the count of those hurt in the overnight drone strike on a warehouse now "
        "stands at 4.\n\n07:30 - A drone hit a warehouse in Lubny overnight; two people were "
        "injured.\n",
    ],
)
def test_a_later_count_of_the_injured_replaces_the_first(extractor, text):
    e = {x["place"]: x for x in extractor.extract(text, "t")}
    assert e["Lubny"]["injured"] == 4


@pytest.mark.parametrize(
    "text",
    [
        # the day's sum for the whole region after the last event: not that event's figures
        "Chernihiv regional administration\n2025-03-04\n"
        "In the evening a drone hit a barn in Nizhyn; a man was injured.\n\n"
        "Over the day the enemy shelled nine villages. Two civilians were killed and four "
        "were wounded.\n",
        # a revised toll naming another town revises that town's event
        "Chernihiv regional administration\n2025-03-04\n"
        "In the evening a drone hit a barn in Nizhyn; a man was injured.\n\n"
        "Pryluky, update on the morning strike: the number of injured has risen to six.\n",
    ],
)
def test_a_later_total_or_another_towns_toll_leaves_the_event(extractor, text):
    e = {x["place"]: x for x in extractor.extract(text, "t")}
    assert e["Nizhyn"]["injured"] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "At 14:30 people were injured in the blast.",  # a post's time, not thirty hurt
        "07.45 - injured: residents of two houses.",
        "Shortly after 23:05 a glide bomb killed residents, officials said.",
    ],
)
def test_a_clock_time_is_no_toll(sentence):
    assert casualty_figures(sentence) == {}


def test_a_clock_time_is_no_count_launched_but_thousands_are():
    assert launched_count("Russia launched at 02:10 a wave of drones") is None
    assert launched_count("Russia launched 1,200 drones in a week") == 1200


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a hedged figure after the verb is the figure: the writers give "about 30" as 30
        (
            "Drones struck flats in Poltava overnight, killing at least two and injuring around "
            "15 others.",
            {"killed": 2, "injured": 15},
        ),
        (
            "The rocket killed one man and injured up to 11 people in Nikopol.",
            {"killed": 1, "injured": 11},
        ),
        ("Shelling of the market wounded about eight shoppers.", {"injured": 8}),
        ("The barrage killed around forty of their soldiers.", {"killed": 40}),
        # "dozens" and "several" are no figure: the writers leave them empty
        ("A bomb fell on the square, injuring dozens of passers-by.", {}),
    ],
)
def test_a_hedged_figure_after_the_verb_is_the_figure(sentence, figures):
    assert casualty_figures(sentence) == figures
