"""A name in an enumeration is read at the level of the other names of that enumeration."""

from __future__ import annotations

import pytest


def _resolve(geocoder, text, names):
    spans = []
    for name in names:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    return geocoder.resolve(text, spans)


def test_lists_are_found_between_names_joined_by_commas_and_conjunctions():
    from geo.geocode import Resolution
    from geo.geocode.lists import lists_of_names

    text = "Salmonella was found in Utah, Virginia, Washington and Wyoming. Denver, Colorado too."
    names = ["Utah", "Virginia", "Washington", "Wyoming", "Denver", "Colorado"]
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Resolution(name, start, start + len(name)))
    lists = lists_of_names(mentions, text)
    assert lists.peers(2) == [0, 1, 3]
    assert lists.peers(3) == [0, 1, 2]
    assert lists.peers(4) == [] and lists.peers(5) == []  # a town and its state: no list


@pytest.mark.parametrize(
    ("text", "names", "which", "want"),
    [
        (
            "Cases were confirmed in Oregon, Tennessee, Texas, Utah, Virginia, Washington, "
            "West Virginia and Wyoming, the health agency said.",
            [
                "Oregon",
                "Tennessee",
                "Texas",
                "Utah",
                "Virginia",
                "Washington",
                "West Virginia",
                "Wyoming",
            ],
            ["Washington", "Wyoming"],
            "admin1",
        ),
        (
            "Beekeepers lost colonies in states as far apart as Georgia, Oklahoma, Pennsylvania, "
            "Wisconsin and California.",
            ["Georgia", "Oklahoma", "Pennsylvania", "Wisconsin", "California"],
            ["Georgia", "Oklahoma"],
            "admin1",
        ),
    ],
)
def test_a_name_in_a_list_of_states_is_a_state(geocoder, text, names, which, want):
    got = {r.query: r.place for r in _resolve(geocoder, text, names)}
    for name in which:
        assert got[name].feature == want and got[name].country == "US", (name, got[name])


def test_a_list_of_towns_leaves_its_towns_alone(geocoder):
    text = "Drones hit Kharkiv, Sumy and Odesa overnight."
    got = _resolve(geocoder, text, ["Kharkiv", "Sumy", "Odesa"])
    assert all(r.place.feature in ("city", "capital") and r.place.country == "UA" for r in got)


def test_a_town_and_its_state_are_no_list(geocoder):
    text = "The fair opens in Athens, Georgia, on Friday."
    athens, georgia = _resolve(geocoder, text, ["Athens", "Georgia"])
    assert athens.place.admin1 == "Georgia" and georgia.place.feature == "admin1"


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("Detectives from the Berea Police Department are asking for tips.", "Berea", "town"),
        ("Paris firefighters put the kitchen fire out in minutes.", "Paris", "town"),
        ("The Newark mayor signed the budget.", "Newark", "town"),
        ("A Jordan man was flown to hospital after the crash.", "Jordan", "local"),
        ("The Lebanon woman pleaded not guilty.", "Lebanon", "local"),
        ("A Georgia resident won the lottery.", "Georgia", "local"),
        ("Jordan condemned the strike.", "Jordan", ""),
        ("the Ohio High School Athletic Association ruled", "Ohio", ""),
        ("Kentucky State Police said", "Kentucky", ""),
    ],
)
def test_a_towns_bodies_and_people_ask_for_a_town(text, name, cue):
    from geo.geocode import cue_for

    start = text.index(name)
    assert cue_for(text, start, start + len(name)) == cue


def test_a_person_from_a_name_is_not_from_the_country(geocoder):
    """ "a Jordan man" is from a town called Jordan: of the country, English says Jordanian.
    A state stays a state ("a Georgia resident")."""
    jordan = geocoder.resolve("A Jordan man was hurt.", [(2, 8)])[0].place
    assert jordan.feature == "city"
    text = "A Georgia resident was hurt near Atlanta."
    georgia = geocoder.resolve(text, [(2, 9)])[0].place
    assert (georgia.feature, georgia.country) == ("admin1", "US")


def test_a_capital_whose_country_the_text_names_is_that_capital(geocoder):
    """A town whose region the text names gains; so does a capital whose country it names,
    against a namesake in the country most other names are in."""
    text = (
        "Pig farms in New York and in Texas were tested, and the United States asked Italy "
        "for help; a veterinary officer of the agency in Rome said the results were clear."
    )
    names = ["New York", "Texas", "United States", "Italy", "Rome"]
    rome = _resolve(geocoder, text, names)[-1].place
    assert (rome.country, rome.feature) == ("IT", "capital")


@pytest.mark.parametrize(
    ("words", "admin1", "feature"),
    [
        ("Minnesotans", "Minnesota", "admin1"),
        ("Ohioans", "Ohio", "admin1"),
        ("Texans", "Texas", "admin1"),
        ("Floridians", "Florida", "admin1"),
        ("Kyivans", "Kyiv", "capital"),
    ],
)
def test_a_regions_or_a_citys_people_name_it(geocoder, words, admin1, feature):
    text = f"Thousands of {words} will be hired for the count."
    start = text.index(words)
    place = geocoder.resolve(text, [(start, start + len(words))])[0].place
    assert (place.admin1, place.feature) == (admin1, feature)


@pytest.mark.parametrize("words", ["Mariners", "Rangers", "Lakers", "Others"])
def test_team_names_are_not_peoples(geocoder, words):
    """ "Mariners" is no people of "Marin": a place's alternate names are not read this way."""
    text = f"The {words} won again."
    start = text.index(words)
    assert geocoder.resolve(text, [(start, start + len(words))])[0].place is None


def test_a_text_of_thousands_of_names_is_read_in_windows(geocoder, monkeypatch):
    """A hostile paste of thousands of names is read in windows of consecutive mentions, each
    the context of its own: the rounds never compare more mentions than a window holds, and
    every name is still resolved (a text within one window is read whole, as before)."""
    from geo.geocode import resolver, rounds

    names = ["Kharkiv", "Sumy", "Poltava", "Lviv", "Kherson", "Odesa", "Dnipro"]
    text = ", ".join(names * 3) + " and Kyiv."
    seen: list[int] = []
    real = resolver.rank_in_context

    def counting(gazetteer, mentions, text, *rest):
        seen.append(len(mentions))
        return real(gazetteer, mentions, text, *rest)

    monkeypatch.setattr(resolver, "rank_in_context", counting)
    whole = [m.place.id for m in _resolve(geocoder, text, names * 3 + ["Kyiv"])]
    assert seen == [22]
    monkeypatch.setattr(rounds, "CONTEXT_WINDOW", 5)
    seen.clear()
    windowed = _resolve(geocoder, text, names * 3 + ["Kyiv"])
    assert seen == [5, 5, 5, 5, 2]
    assert all(m.place is not None for m in windowed)
    assert [m.place.id for m in windowed] == whole  # big towns stand on their own


def test_the_region_after_a_list_of_villages_is_each_ones(geocoder):
    # Written for this test: the oblast follows only the last village of the list; the first
    # has a namesake town in the Mykolaiv region that wins when the oblast counts for Zelene only.
    text = "Guided bombs struck Stepove and Zelene in the Zaporizhzhia region on Sunday."
    names = ("Stepove", "Zelene", "Zaporizhzhia")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    stepove, zelene, _ = geocoder.resolve(text, spans)
    assert stepove.place.admin1 == zelene.place.admin1 == "Zaporizhia"
