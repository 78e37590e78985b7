"""A place read as "only mentioned" although its sentence tells the event there (issue 16): a
place a compound direction locates ("advanced northwest of X"), a place after a participle that
carries the event on ("..., hitting X, Y and Z"), a place joined to the event's place or words
("as well as X", "and also X", "including X", "among them X"), a place that is the subject of
what it went through ("X endured ...", "X was the target of ...", "X and Y were among the
towns hit"), the places listed after "several places:" and a place after the verb of a try
("tried to encircle X"). Each form in two or three writers' styles."""

from __future__ import annotations

from datetime import date

import pytest


def _got(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 3, 5))
    return [
        (e["event_type"], e["place"], e["weapon_category"], str(e["event_date"])) for e in events
    ]


def _has(got, etype, place, category="any", day=None):
    return any(
        t == etype
        and p.startswith(place[:4])
        and (category == "any" or c == category)
        and (day is None or d == day)
        for t, p, c, d in got
    )


@pytest.mark.parametrize(
    "text, place",
    [
        # a think tank's daily assessment
        ("Russian forces recently advanced northwest of Toretsk.", "Toretsk"),
        # a wire report
        (
            "Russian troops advanced south-east of Kupiansk on Tuesday, the general staff said.",
            "Kup",
        ),
        # a channel's post
        ("Our units advanced north-west of Vovchansk on Tuesday.", "Vovchansk"),
    ],
)
def test_a_compound_direction_locates_the_fighting(extractor, text, place):
    got = _got(extractor, text)
    assert _has(got, "fighting", place), got


def test_a_compound_direction_after_another_place_only_locates_it(extractor):
    # "X, northwest of Y": Y only says where X lies
    got = _got(extractor, "Fighting raged in Chasiv Yar, northwest of Horlivka, on Tuesday.")
    assert _has(got, "fighting", "Chasiv Yar"), got
    assert not any(p.startswith("Horl") for _, p, _, _ in got), got


@pytest.mark.parametrize(
    "text, places, category",
    [
        (
            "Russian troops shelled the Kherson region 40 times on Tuesday, hitting Kherson, "
            "Bilozerka and Antonivka.",
            ["Kherson", "Bilozerka", "Antonivka"],
            "artillery",
        ),
        (
            "Drones swept across the north overnight on Tuesday, striking Sumy and Konotop.",
            ["Sumy", "Konotop"],
            "drone",
        ),
    ],
)
def test_places_after_a_participle_of_the_event_are_its_places(extractor, text, places, category):
    got = _got(extractor, text)
    for place in places:
        assert _has(got, "strike", place, category, "2025-03-04"), (place, got)


@pytest.mark.parametrize(
    "text, places, category",
    [
        # a live blog's line
        (
            "A drone hit Sumy on Tuesday as well as Bilopillia, the governor said.",
            ["Sumy", "Bilopillia"],
            "drone",
        ),
        # a wire report
        (
            "Drones struck Kharkiv on Tuesday, and also Chuhuiv, local authorities said.",
            ["Kharkiv", "Chuhuiv"],
            "drone",
        ),
        # a regional digest: "including" after the region the event is told of
        (
            "Russian artillery shelled the Kherson region on Tuesday, including Bilozerka and "
            "Antonivka.",
            ["Bilozerka", "Antonivka"],
            "artillery",
        ),
    ],
)
def test_a_place_joined_to_the_event_is_its_place(extractor, text, places, category):
    got = _got(extractor, text)
    for place in places:
        assert _has(got, "strike", place[:4], category, "2025-03-04"), (place, got)


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke about reconstruction in many cities, including Kharkiv and Sumy, "
        "on Tuesday.",
        # a bulletin's tally of what was destroyed: a kind of vehicle, not a place
        "Our units repelled all attacks on Tuesday and destroyed 11 vehicles, including "
        "Bradley fighting vehicles.",
    ],
)
def test_a_joined_name_without_an_event_place_stays_a_mention(extractor, text):
    got = _got(extractor, text)
    assert not any(p.startswith(("Khar", "Sumy", "Brad")) for _, p, _, _ in got), got


@pytest.mark.parametrize(
    "text, places, category",
    [
        (
            "Nikopol and Marhanets were among the towns hit on Tuesday.",
            ["Nikopol", "Marhanets"],
            None,
        ),
        (
            "Zaporizhzhia was the target of a missile strike on Tuesday morning.",
            ["Zapor"],
            "missile",
        ),
        (
            "On Tuesday, Pokrovsk endured another round of glide bomb strikes.",
            ["Pokrovsk"],
            "glide bomb",
        ),
    ],
)
def test_a_place_that_went_through_the_event_is_its_place(extractor, text, places, category):
    got = _got(extractor, text)
    for place in places:
        assert _has(got, "strike", place, category, "2025-03-04"), (place, got)


def test_the_places_listed_after_several_places(extractor):
    got = _got(
        extractor,
        "Shelling was recorded on Tuesday in several places: Nikopol, Marhanets and Pokrovske.",
    )
    for place in ("Nikopol", "Marhanets"):
        assert _has(got, "strike", place, "artillery", "2025-03-04"), (place, got)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Russian forces tried to encircle Pokrovsk on Tuesday.", "Pokrovsk"),
        ("Russian troops are trying to storm Chasiv Yar, the brigade said on Tuesday.", "Chasiv"),
        ("Russian forces attempted to push into Vovchansk on Tuesday.", "Vovchansk"),
    ],
)
def test_a_place_after_the_verb_of_a_try_is_the_fighting(extractor, text, place):
    got = _got(extractor, text)
    assert _has(got, "fighting", place, "any", "2025-03-04"), got


@pytest.mark.parametrize(
    "text, place, category",
    [
        # a wire report: the town's own official tells what befell it
        (
            "Kharkiv mayor Ihor Terekhov said two drones hit the Kyivskyi district on Tuesday night.",
            "Khar",
            "drone",
        ),
        (
            "The mayor of Sumy, Artem Kobzar, said a drone damaged a warehouse on Tuesday.",
            "Sumy",
            "drone",
        ),
        # a live blog: the town's people heard it
        ("Mykolaiv residents heard explosions on Tuesday night.", "Myko", None),
        ("Residents of Kharkiv heard several loud explosions late on Tuesday.", "Khar", None),
        # a local outlet
        (
            "People in Kramatorsk said a missile struck near the railway station on Tuesday.",
            "Kram",
            "missile",
        ),
    ],
)
def test_a_town_whose_officials_or_people_tell_the_event_is_its_place(
    extractor, text, place, category
):
    got = _got(extractor, text)
    assert _has(got, "strike", place, category, "2025-03-04"), got


@pytest.mark.parametrize(
    "text, place, other",
    [
        # the event has a place of its own: the official's town is only where he speaks for
        (
            "Kyiv Mayor Vitali Klitschko said drones hit Kharkiv on Tuesday.",
            "Khar",
            "Kyiv",
        ),
        (
            "Residents of Odesa said explosions were heard in Izmail on Tuesday night.",
            "Izma",
            "Odes",
        ),
    ],
)
def test_an_official_of_another_town_does_not_move_the_event(extractor, text, place, other):
    got = _got(extractor, text)
    assert _has(got, "strike", place), got
    assert not any(p.startswith(other) for _, p, _, _ in got), got


def test_a_regional_official_adds_to_the_town_told_before(extractor):
    got = _got(
        extractor,
        "A drone hit a gas station near Kremenchuk on Tuesday. The head of the Poltava regional "
        "military administration said a fire broke out there.",
    )
    assert [p[:4] for _, p, _, _ in got] == ["Krem"], got


@pytest.mark.parametrize(
    "text, places, category",
    [
        # a regional digest: the place nouns, then their names
        (
            "Shelling damaged homes on Tuesday in two villages, Bilozerka and Antonivka.",
            ["Bilozerka", "Antonivka"],
            "artillery",
        ),
        # a wire report: the city named in apposition
        ("A missile struck the regional centre, Sumy, on Tuesday morning.", ["Sumy"], "missile"),
        # a live blog
        (
            "Russian drones attacked southern Ukraine overnight on Tuesday, with Odesa and "
            "Izmail the main targets.",
            ["Odesa", "Izmail"],
            "drone",
        ),
    ],
)
def test_a_place_named_in_apposition_to_the_events_words_is_its_place(
    extractor, text, places, category
):
    got = _got(extractor, text)
    for place in places:
        assert _has(got, "strike", place, category, "2025-03-04"), (place, got)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Fighting for Chasiv Yar continued on Tuesday.", "Chas"),
        ("The battles for Toretsk went on through Tuesday, the brigade said.", "Tore"),
    ],
)
def test_fighting_for_a_town_is_there(extractor, text, place):
    got = _got(extractor, text)
    assert _has(got, "fighting", place, "any", "2025-03-04"), got


def test_directions_listed_after_a_colon_stay_directions(extractor):
    got = _got(extractor, "Enemy attacks on Tuesday: Kupiansk direction - 5, Lyman direction - 3.")
    assert not any(p.startswith(("Kup", "Lyma")) for _, p, _, _ in got), got


@pytest.mark.parametrize(
    "text, places, category",
    [
        # a wire report
        (
            "Russian missiles struck Dnipro on Tuesday, and Pavlohrad too.",
            ["Dnip", "Pavl"],
            "missile",
        ),
        # a live blog
        (
            "The attack on Tuesday targeted Dnipro first, followed by Pavlohrad.",
            ["Dnip", "Pavl"],
            None,
        ),
        # a feature story: the place, then a participle in commas
        (
            "Kharkiv, hit again on Tuesday night by drones, lost power in two districts.",
            ["Khar"],
            "drone",
        ),
    ],
)
def test_a_place_added_after_the_event_or_set_off_by_its_participle(
    extractor, text, places, category
):
    got = _got(extractor, text)
    for place in places:
        assert _has(got, "strike", place, category, "2025-03-04"), (place, got)


def test_a_town_that_acts_after_and_stays_no_target(extractor):
    got = _got(extractor, "Russian missiles struck Dnipro on Tuesday, and Kyiv condemned it.")
    assert [p[:4] for _, p, _, _ in got] == ["Dnip"], got


@pytest.mark.parametrize(
    "text",
    [
        # an air force tally: where the drones were launched from
        "On Tuesday night the enemy attacked with 80 strike drones (launch areas: Kursk, Oryol, "
        "Millerovo).",
        # an op-ed: an agent after a colon
        "It was the third such attack on the port this month, and the aim is plain: Moscow wants "
        "to close the route.",
    ],
)
def test_a_launch_area_or_an_agent_after_a_colon_is_no_target(extractor, text):
    got = _got(extractor, text)
    assert not any(p.startswith(("Kurs", "Or", "Mill", "Mosc")) for _, p, _, _ in got), got
