"""Extraction, a night's arsenal and what hit (issue 16, weapon47; ablate31): a sentence naming
two kinds of weapon used against a place ("attacked X with drones and missiles") and then a
sentence telling which of them hit it ("A ballistic missile struck a warehouse") gives the kind
that hit the figures; the other kind attacked the place too and keeps a record of its own, with no
figures (writers nobody had read record it: check sets +4 events, +1 extra). So does a summary's
kind beside a town's own story told with another. Two kinds told as both hitting stay two
records."""

from __future__ import annotations

from datetime import date

import pytest


def _strikes(records):
    return sorted(
        (r["place"], r["weapon_category"], r["fatalities"], r["injured"])
        for r in records
        if r["event_type"] == "strike"
    )


@pytest.mark.parametrize(
    "text",
    [
        # wire copy with a dateline
        "POLTAVA, March 4 (Newsline) - Russian forces launched a combined attack on Poltava with "
        "drones and missiles overnight. A ballistic missile struck a grain store on the edge of "
        "the city, injuring four people, the regional governor said.",
        # a governor's post
        "Overnight the occupiers attacked Poltava with attack drones and missiles. A ballistic "
        "missile hit a grain store, four people are wounded. All services are at work on site.",
        # a monitoring mission's numbered paragraph
        "7. On the night of 3 to 4 March, the Russian armed forces attacked Poltava with missiles "
        "and drones. The mission verified that a ballistic missile hit a grain store, injuring "
        "four civilians.",
    ],
)
def test_the_kind_told_hitting_after_an_arsenal_takes_the_figures(extractor, text):
    """(the other kind may keep a record of its own, with no figures)"""
    strikes = _strikes(extractor.extract(text, "t", date(2025, 3, 4)))
    assert ("Poltava", "ballistic missile", None, 4) in strikes
    assert all(s[1] == "drone" and s[2:] == (None, None) for s in strikes if s[2:] != (None, 4))


@pytest.mark.parametrize(
    "text",
    [
        # a governor's post, the arsenal after the verb
        "The occupiers hit Zhytomyr with drones and a missile at night: two people were hurt."
        "\n\nIn Zhytomyr a ballistic missile struck a warehouse. Two people were injured.",
        # wire copy
        "Russian troops attacked Zhytomyr with drones and missiles overnight. A ballistic "
        "missile struck a school, and two people were wounded.",
    ],
)
def test_the_arsenal_s_other_kind_keeps_a_record_without_figures(extractor, text):
    """The report says both kinds attacked the place; only one is told hitting. The other is
    no less an attack there: its record stays, with no figures of its own."""
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert _strikes(records) == [
        ("Zhytomyr", "ballistic missile", None, 2),
        ("Zhytomyr", "drone", None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Over the past day Russian forces struck Kherson with artillery, drones and glide bombs. "
        "A KAB hit a residential block in the Korabelnyi district, killing one man.",
        "The enemy attacked Kherson with artillery, drones and guided aerial bombs during the "
        "day. A guided bomb hit an apartment block; one man was killed, the city administration "
        "reports.",
    ],
)
def test_the_kind_told_hitting_may_be_the_arsenal_s_last(extractor, text):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert _strikes(records) == [("Kherson", "glide bomb", 1, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked Poltava with drones and missiles overnight. A missile hit a "
        "grain store, injuring four, and drone debris set fire to cars in the centre.",
        "Missiles and drones struck Poltava overnight, injuring four people.",
    ],
)
def test_two_kinds_told_hitting_stay_two_records(extractor, text):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(c for _, c, _, _ in _strikes(records)) == ["drone", "missile"]


@pytest.mark.parametrize(
    "text",
    [
        # a translated regional portal: a title naming the day's weapons, then each town's story
        "The enemy attacked Poltava oblast with a missile and drones: one dead in Poltava, a "
        "fire in Lubny\n\nIn the evening the occupiers struck Poltava with a ballistic missile. "
        "One man was killed.\n\nIn Lubny a kamikaze drone hit a warehouse and set it on fire; "
        "nobody was hurt.",
        # a wire story's lead, then its places told one by one
        "POLTAVA, March 4 (Newsline) - Russia hit the Poltava region with a missile and drones "
        "on Tuesday, killing one man in Poltava and starting a fire in Lubny, officials said.\n\n"
        "In Poltava, a ballistic missile struck an industrial site, killing one man.\n\n"
        "In Lubny, a drone hit a warehouse; nobody was hurt.",
    ],
)
def test_towns_told_again_take_their_own_story_s_weapon(extractor, text):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    kinds = sorted((p, c) for p, c, _, _ in _strikes(records))
    assert kinds == [("Lubny", "drone"), ("Poltava", "ballistic missile"), ("Poltava", "drone")]


@pytest.mark.parametrize(
    "text",
    [
        # an air force summary, the place's hit told after the tally
        "Overnight Russia launched 85 Shahed drones and three Iskander-M ballistic missiles at "
        "Ukraine. Air defences shot down 64 drones. In Kharkiv, an industrial site was hit and two "
        "workers were injured.",
        # wire copy
        "KYIV, March 4 (Newsline) - Russia fired 50 Geran drones and two Kh-101 cruise missiles "
        "at Ukraine overnight, the air force said. Most of the drones were jammed or shot down. "
        "In Kharkiv, a strike on an industrial site "
        "injured two workers, the mayor said.",
    ],
)
def test_a_hit_told_after_an_arsenal_of_two_kinds_takes_neither(extractor, text):
    """Which of the night's kinds hit the place is not told: no weapon rather than the first
    system named (the sentence right before naming two kinds joined gives both: see
    test_extract_told_before)."""
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert _strikes(records) == [("Kharkiv", None, None, 2)]


def test_a_hit_told_after_a_launch_of_one_kind_is_that_kind(extractor):
    text = (
        "Overnight Russia launched 40 Shahed drones at Ukraine; 31 were shot down. In Kharkiv, "
        "an industrial site was hit and two workers were injured."
    )
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert _strikes(records) == [("Kharkiv", "drone", None, 2)]


@pytest.mark.parametrize(
    "text",
    [
        # a regional round-up
        "Huliaipole came under artillery fire and a glide bomb attack on Tuesday; two residents "
        "were wounded.",
        # a governor's post
        "Huliaipole: artillery shelling and a KAB strike during the day. Two people are wounded.",
    ],
)
def test_an_attack_word_after_the_first_kind_still_joins_two_kinds(extractor, text):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(c for _, c, _, _ in _strikes(records)) == ["artillery", "glide bomb"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops attacked Orikhiv with drones, then hit the town centre with a KAB, "
        "injuring four.",
        "In the morning the occupiers struck Orikhiv with FPV drones and in the evening hit a "
        "school there with a guided bomb; four people were injured.",
    ],
)
def test_two_kinds_each_with_its_own_verb_of_attack_are_two_records(extractor, text):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(c for _, c, _, _ in _strikes(records)) == ["drone", "glide bomb"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "A Baba Yaga dropped explosives on a house in Vovchansk overnight, wounding a man.",
            "drone",
        ),
        ("In Nikopol a hexacopter dropped a grenade on a car; the driver was wounded.", "drone"),
        ("An Onyx missile struck the port of Odesa on Tuesday, injuring two.", "cruise missile"),
        ("Russian aircraft dropped a UPAB-1500 on Kostiantynivka, wounding a man.", "glide bomb"),
    ],
)
def test_names_writers_use_for_weapons(extractor, text, category):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert [r["weapon_category"] for r in records if r["event_type"] == "strike"] == [category]


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # a defence ministry's claim
        (
            "A Russian Lancet drone hit a Ukrainian howitzer near Kupiansk on Tuesday, the "
            "defence ministry said.",
            "Kupyansk",
            "drone",
        ),
        # a brigade's post
        (
            "Our drone destroyed a Russian multiple rocket launcher near Tokmak last night.",
            "Tokmak",
            "drone",
        ),
        # a regional administration's daily update
        (
            "Russian shelling hit a drone repair workshop in Kherson, injuring two workers.",
            "Kherson",
            "artillery",
        ),
    ],
)
def test_a_weapon_word_hit_by_another_weapon_is_the_target(extractor, text, place, category):
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert [(r["place"], r["weapon_category"]) for r in records] == [(place, category)]


def test_a_second_weapon_joined_after_a_hit_is_still_fired(extractor):
    text = "A missile hit the city centre of Kharkiv and drones struck a depot there overnight."
    records = extractor.extract(text, "t", date(2025, 3, 4))
    assert sorted(r["weapon_category"] for r in records) == ["drone", "missile"]
