"""Extraction, casualty figures told in the ways the gold takes and the extractor left empty: one
person described at length before the verb, a count whose people are named by other words, a
hospital telling whom it took in, headline and timeline verbs in the present tense, the bodies
recovered, and a loss total told after a sentence naming several places of one fight."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # an aid group's log: the person is "ours"
        ("Our security guard was wounded; the shop is a write-off.", {"injured": 1}),
        # a key-events bullet: the person after "and", its own clause
        (
            "A drone hit a pickup near the checkpoint and the driver died on the spot.",
            {"killed": 1},
        ),
        # a longform feature: a long description between commas
        (
            "The tractor driver, a 61-year-old farmer who had refused to leave, was killed "
            "instantly.",
            {"killed": 1},
        ),
        # a governor's roundup: "taken to the district hospital"
        ("The cashier, 39, was taken to the district hospital with burns.", {"injured": 1}),
        # died of the wounds after reaching hospital: dead, not also injured
        (
            "A 47-year-old woman was rushed to hospital but died of her injuries, he wrote.",
            {"killed": 1},
        ),
        # an occupied-city channel: a year of birth between commas
        ("The pensioner, born 1950, died of his wounds.", {"killed": 1}),
        # a maritime notice: one of a crew with a nationality
        (
            "One sailor, an Egyptian citizen, was killed and three others were hurt.",
            {"killed": 1, "injured": 3},
        ),
        ("Shelling killed a man of 70 and wounded his neighbour.", {"killed": 1, "injured": 1}),
        ("His colleague Petro, who was unloading boxes, was injured.", {"injured": 1}),
        ("A man was killed and one of the paramedics was concussed.", {"killed": 1, "injured": 1}),
        ("A man and a woman died under the rubble.", {"killed": 2}),
    ],
)
def test_one_person_described_at_length_is_counted(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Just after midnight a warehouse burned and three dockers were hurt.", {"injured": 3}),
        ("Two medics from the evacuation team were wounded.", {"injured": 2}),
        # a commander's interview
        (
            "We lost nobody, but three of my men were slightly wounded.",
            {"killed": 0, "injured": 3},
        ),
        ("In the city, four people were treated for cuts from flying glass.", {"injured": 4}),
        ("Nine people, two of them teenagers, were pulled dead from the ruins.", {"killed": 9}),
        ("Rescuers recovered 14 bodies from the rubble overnight.", {"killed": 14}),
        ("By evening the bodies of six people had been found.", {"killed": 6}),
        # the hurt pulled out alive are no dead
        ("Rescuers pulled three injured people from the rubble.", {"injured": 3}),
        # the bodies of soldiers handed over in an exchange are no one killed in an attack
        ("Ukraine received the bodies of 757 fallen soldiers in an exchange.", {}),
        ("Two tanks and 11 drone control points were destroyed.", {}),
    ],
)
def test_a_count_named_by_other_words_is_counted(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a hospital's statement
        ("Our trauma unit admitted five men with shrapnel wounds from Orikhiv.", {"injured": 5}),
        (
            "We also took in three children from Kupiansk, aged 6, 9 and 13, wounded by a shell.",
            {"injured": 3},
        ),
        ("The surgeons received two soldiers with burns overnight.", {"injured": 2}),
    ],
)
def test_a_hospital_telling_whom_it_took_in_gives_the_injured(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("DRONE STRIKE KILLS THREE IN SUMY", {"killed": 3}),
        ("Glide bomb injures 12 in Kharkiv", {"injured": 12}),
        (
            "3 May – A missile hits a warehouse in Odesa, kills two guards and wounds five.",
            {"killed": 2, "injured": 5},
        ),
        ("The driver had wounds to both legs.", {"injured": 1}),
    ],
)
def test_present_tense_verbs_of_headlines_and_timelines_give_figures(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # the README's reading of the gold: "about a dozen" is 12, "dozens" no figure
        ("About a dozen people were hurt, the mayor said.", {"injured": 12}),
        ("The blast left two dead and half a dozen wounded.", {"killed": 2, "injured": 6}),
        ("Dozens of people were injured, officials said.", {}),
        ("Three passengers lost their lives.", {"killed": 3}),
        ("A guard lost his life and two colleagues were hurt.", {"killed": 1, "injured": 2}),
        ("Rescuers pulled the bodies of five people from the rubble.", {"killed": 5}),
        ("The body of a man was recovered from the debris on Monday.", {"killed": 1}),
        # a channel post's labels
        ("Results of the day. Killed: 1; wounded: 6.", {"killed": 1, "injured": 6}),
        ("Killed – 2, injured – 7.", {"killed": 2, "injured": 7}),
        ("Three people were left injured.", {"injured": 3}),
        # the count an official first gave, raised later, and bodies added to it are no total
        ("The governor first put the toll at two dead and a dozen hurt.", {}),
        ("By morning rescuers had pulled three more bodies from the ruins.", {}),
        # an administration's post: the injured as those who sought help
        ("Three residents sought medical help after the blast.", {"injured": 3}),
        ("Two people needed medical assistance.", {"injured": 2}),
        ("No one needed medical help.", {"killed": 0, "injured": 0}),
        # a wire's hedged passive and a dash between who they are
        ("At least four people were reported killed.", {"killed": 4}),
        ("Two soldiers are said to have been wounded.", {"injured": 2}),
        ("Three people – a man and two women – got hurt.", {"injured": 3}),
        ("By noon one more person was confirmed dead.", {"killed": 1}),
        ("A woman was found dead in the courtyard.", {"killed": 1}),
        ("A guard sustained a leg injury; a cook suffered a concussion.", {"injured": 1}),
        ("Dead: 2. Hurt: 5.", {"killed": 2, "injured": 5}),
        ("Medics are treating four people for shrapnel wounds.", {"injured": 4}),
        # no figures told is not nobody hurt
        ("No casualties were given for the village.", {}),
        ("No casualties were reported, but a shop burned.", {"killed": 0, "injured": 0}),
    ],
)
def test_dozens_lives_bodies_and_labels_are_counted(sentence, figures):
    assert casualty_figures(sentence) == figures


def _figures(events):
    return {e["place"]: (e["fatalities"], e["injured"]) for e in events}


def test_losses_told_after_two_places_of_one_fight_stay_on_the_first(extractor):
    """A general staff's evening summary: the direction's places, then its losses: one total,
    on the first-named place (issue 16: a total for several places is not copied to each)."""
    text = (
        "Kyiv, 2025-05-10\n"
        "In the Siversk direction, the enemy attacked four times near Bilohorivka and in the "
        "direction of Verkhnokamianske. According to preliminary data, 40 occupiers were put out "
        "of action here today, 18 of them killed.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got["Bilohorivka"] == (18, None)
    assert got["Verkhnokamianske"] == (None, None)


def test_losses_after_a_sentence_of_two_attacks_go_to_the_first_place(extractor):
    """A spokesman's briefing: 'near X seven times and twice near Y. ... the enemy lost ...'."""
    text = (
        "Zaporizhzhia, 2025-05-10\n"
        "Over the past day the enemy tried to advance near Robotyne five times and once near "
        "Mala Tokmachka. Every attack was beaten off; the enemy lost fourteen men killed.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got["Robotyne"] == (14, None)
    assert got["Mala Tokmachka"] == (None, None)


def test_losses_after_a_list_with_drone_control_points_stay_on_the_first(extractor):
    """A morning summary lists the places, then the losses with the equipment destroyed: a drone
    control point is a target, not a weapon telling another attack."""
    text = (
        "Kyiv, 2025-05-10\n"
        "Toretsk direction: the enemy attacked 22 times near Shcherbynivka, Dyliivka and Toretsk. "
        "Enemy losses on this direction today: 61 killed and 45 wounded; a tank and three drone "
        "control points destroyed.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got["Shcherbynivka"] == (61, 45)
    assert got["Toretsk"] == (None, None)


@pytest.mark.parametrize(
    "told",
    [
        "His cousin Taras, who was carrying water, was wounded and is being treated in Dnipro.",
        "A neighbour was wounded; she is recovering in Dnipro.",
    ],
)
def test_the_city_where_the_wounded_are_treated_is_no_event(extractor, told):
    """An obituary's wounded colleague, now described at length, is counted: the city he is
    treated in is where he lies, not a place attacked."""
    text = f"Kyiv, 2025-05-10\nA glide bomb struck a street in Kostiantynivka on Sunday. {told}\n"
    got = {
        e["place_mention"]: (e["fatalities"], e["injured"]) for e in extractor.extract(text, "t")
    }
    assert got == {"Kostiantynivka": (None, 1)}


def test_figures_of_a_where_clause_are_its_places_own(extractor):
    """A monthly digest: 'X, where ... were hurt, and Y, where ... killed two': each place's own
    figures, not the larger of the two copied to the first-named."""
    text = (
        "Kyiv, 2025-08-01\n"
        "On 9 July drones reached Lutsk, where a school was damaged and about a dozen people were "
        "hurt, and Rivne, where a missile killed three people and wounded 20, officials said.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got["Lutsk"] == (None, 12)
    assert got["Rivne"] == (3, 20)


def test_a_where_clause_gives_its_figures_to_its_place_not_the_first_named(extractor):
    """A think tank's digest: 'aimed at X and at Y, where drones ... killed two'."""
    text = (
        "Kyiv, 2025-06-10\n"
        "On 9 June most of the drones were aimed at Poltava and at Kremenchuk, where they hit a "
        "refinery and killed two workers.\n"
    )
    got = _figures(extractor.extract(text, "t"))
    assert got.get("Kremenchuk") == (2, None)
    assert got.get("Poltava", (None, None)) == (None, None)


def test_a_fights_losses_said_of_today_keep_the_fights_day(extractor):
    """A morning summary covers the day before; its 'losses ... today' line sums up that day's
    fight, and does not move it to the morning of publication."""
    text = (
        "General Staff\nMorning summary as of 08.00 on 11.05.2025\n\n"
        "Over the past day, 97 clashes took place along the front.\n\n"
        "Toretsk direction: the enemy attacked 22 times near Shcherbynivka, Dyliivka and Toretsk. "
        "Our troops hold their positions. Enemy losses on this direction today: 61 killed and 45 "
        "wounded.\n"
    )
    (first,) = [e for e in extractor.extract(text, "t") if e["place"] == "Shcherbynivka"]
    assert (first["fatalities"], first["injured"]) == (61, 45)
    assert first["event_date"] == "2025-05-10"
