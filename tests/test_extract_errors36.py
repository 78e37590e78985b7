"""Seven errors a new user found on pasted reports, each a class (errors36): an attack's own day in
a "since/after the strike on X on <day>" clause, a later toll told as what a death "brings" it to,
a raion or hromada named after its seat, the enemy and "its units" in a side's words, an advance
seen in footage, and a given name told with an age that the gazetteer holds as a town."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.casualties import casualty_figures
from geo.extract.dates import date_in
from geo.extract.named_persons import named_person
from geo.extract.publication import Publication
from geo.extract.side_words import downed_side, side_acting


def _events(extractor, text, published):
    return extractor.extract(text, "errors36", published)


# --- an attack's own day in a since/after/following clause ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Nine people are still in hospital since the missile strike on Poltava on the "
            "evening of 3 December, the mayor said on Saturday.",
            date(2025, 12, 3),
        ),
        (
            "Workers are still clearing glass after the drone attack on the port of Izmail on "
            "1 December, the agency said on Saturday.",
            date(2025, 12, 1),
        ),
        # the sentence's own news has its own day: the clause stays background
        (
            "A drone hit a lorry in Sumy on Friday, after the strike on Poltava on 3 December.",
            date(2025, 12, 5),
        ),
        # no attack in the clause: background as before
        (
            "Shelling of Vovchansk went on on Friday, after Russian units crossed the border "
            "on 10 May.",
            date(2025, 12, 5),
        ),
    ],
)
def test_an_attacks_day_in_its_since_clause(sentence, day):
    when = date_in(sentence, Publication(date(2025, 12, 6), False))
    assert when is not None and when.day == day


def test_the_strike_of_a_since_clause_is_dated_by_it(extractor):
    text = (
        "Poltava, 6 December 2025\n\nNine people are still in hospital since the missile strike "
        "on Poltava on the evening of 3 December, the mayor said."
    )
    [event] = _events(extractor, text, date(2025, 12, 6))
    assert (event["place"], event["event_date"]) == ("Poltava", "2025-12-03")


# --- a later total told as what a death brings the toll to ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Sunday a man died of his wounds, bringing the death toll from the attack to six.",
            {"killed": 6},
        ),
        ("Rescuers found two more bodies, raising the toll in the village to 9.", {"killed": 9}),
        ("A boy died in hospital, taking the number of dead to four.", {"killed": 4}),
        (
            "Doctors treated more people overnight, raising the number of wounded to 31.",
            {"injured": 31},
        ),
    ],
)
def test_a_toll_brought_to_a_figure(sentence, expected):
    assert casualty_figures(sentence).items() >= expected.items()


def test_a_later_total_replaces_the_first_figure(extractor):
    text = (
        "Chernihiv news, 14 September 2025\n\nOn Friday a drone hit a bus stop in Chernihiv, "
        "killing two people. On Saturday a woman of 70 died in hospital, bringing the death "
        "toll from the attack to three, the city council said."
    )
    [event] = _events(extractor, text, date(2025, 9, 14))
    assert (event["place"], event["fatalities"]) == ("Chernihiv", 3)


# --- a raion or a hromada named after its seat ---------------------------------------------


def test_a_district_named_after_its_seat_is_near_it(extractor):
    text = (
        "Sumy regional administration, 14 September 2025\n\nOvernight, air defence downed four "
        "drones over the Okhtyrka district. A drone hit a barn in the Trostianets community; "
        "nobody was hurt. In Bilopillia a guided bomb wounded a man."
    )
    got = {e["place"]: e["geo_precision"] for e in _events(extractor, text, date(2025, 9, 14))}
    assert got.get("Okhtyrka") == 2
    assert got.get("Trostyanets") == 2
    assert got.get("Bilopillia") == 1


# --- the enemy and the speaker's own units -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claimant", "country", "actor"),
    [
        ("The enemy shelled Nikopol with artillery.", "Serhiy Lysak", "UA", "Russia"),
        # a Russian governor's enemy is Ukraine
        (
            "Belgorod governor Vyacheslav Gladkov said the enemy attacked Shebekino.",
            None,
            "RU",
            "Ukraine",
        ),
        # the claimant's side, speaking of its own units
        (
            "The ministry claimed its units had seized Udachne.",
            "Russian Ministry of Defence",
            "UA",
            "Russia",
        ),
        (
            "Ukraine's army said its forces had pushed Russian troops back from Stepnohirsk.",
            None,
            "UA",
            "Ukraine",
        ),
        # its units held: the other side attacked, no side read from "its units"
        ("The brigade said its units repelled six assaults near Orikhiv.", None, "UA", None),
        ("Drones hit a depot near Kyiv.", None, "UA", None),
    ],
)
def test_the_side_a_speaker_names(sentence, claimant, country, actor):
    assert side_acting(sentence, claimant, country) == actor


def test_the_side_of_the_weapons_downed():
    sentence = "The Russian ministry said air defences shot down 31 Ukrainian drones overnight."
    assert downed_side(sentence) == "Ukraine"
    assert downed_side("Air defences shot down 31 drones overnight.") is None


def test_a_russian_governors_enemy_is_ukraine(extractor):
    text = (
        "Live, 2 December 2025\n\n11:15\nBelgorod governor Vyacheslav Gladkov says the enemy "
        "attacked Shebekino with drones this morning. One man was injured."
    )
    [event] = _events(extractor, text, date(2025, 12, 2))
    assert (event["place"], event["actor"]) == ("Shebekino", "Ukraine")


# --- an advance seen in footage ------------------------------------------------------------


def test_an_advance_seen_in_footage_is_fighting(extractor):
    text = (
        "Front notes, 25 November 2025\n\n1/ A clip geolocated to the eastern edge of Siversk "
        "seems to show Russian infantry pushing into a block of houses. We cannot say when it "
        "was filmed.\n\n2/ Footage from Lyman shows Russian soldiers raising a flag over the "
        "station.\n\n3/ Footage from Kupiansk shows a drone hitting a Ukrainian truck."
    )
    got = {(e["place"], e["event_type"]): e for e in _events(extractor, text, date(2025, 11, 25))}
    assert got[("Siversk", "fighting")]["verification"] == "unverified"
    assert got[("Siversk", "fighting")]["actor"] == "Russia"
    assert ("Lyman", "fighting") in got
    assert ("Kupyansk", "fighting") not in got  # a strike in footage is no advance


def test_the_road_a_place_leads_to_saw_nothing(extractor):
    text = (
        "Front notes, 25 November 2025\n\nFootage from Rodynske shows a Russian drone hitting a "
        "Ukrainian supply truck on the road to Dobropillia."
    )
    places = {e["place"] for e in _events(extractor, text, date(2025, 11, 25))}
    assert "Rodynske" in places and "Dobropillia" not in places


# --- a given name told with an age ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Our colleague Olena, 47, died on Friday.", "Olena", True),
        ("She leaves her daughter Maria and her mother.", "Maria", True),
        ("A tractor driver, Bohdan, 52, was wounded.", "Bohdan", True),
        ("Oksana Melnyk, 29, was injured.", "Oksana", True),
        # a place word before it, a tally, an address, a town with no age
        ("Debris fell in Anna, 12 km from the road.", "Anna", False),
        ("In Krasnopillia, a 61-year-old man died.", "Krasnopillia", False),
        ("Drones shot down: Kyiv, 12, Chernihiv, 5.", "Kyiv", False),
        ("Debris fell on a warehouse in Anna, Voronezh region.", "Anna", False),
        ("Roman Petrenko thanked the volunteers.", "Roman", False),
    ],
)
def test_a_name_told_with_an_age_is_a_person(text, name, person):
    start = text.index(name)
    assert named_person(text, start, start + len(name)) is person


def test_a_colleague_named_with_an_age_is_no_town(extractor):
    text = (
        "Staff notice, 29 October 2025\n\nOur colleague Olena, 47, died when a missile hit the "
        "office building in Dnipro on Monday. Her son Roman, 19, was hurt."
    )
    places = {e["place"] for e in _events(extractor, text, date(2025, 10, 29))}
    assert places == {"Dnipro"}


def test_since_clauses_of_a_one_line_paste_are_read_in_linear_time(extractor):
    """Each since-clause asks whether the rest of its sentence tells an event: asked of the
    sentence once (its event words kept), not of the sentence less each clause (a one-line
    paste of 200 clauses took x4 CPU for x2 text)."""
    from timing import cpu_seconds

    clause = "People remain in hospital since the missile strike on Kharkiv on 4 December, and "
    took = [
        cpu_seconds(extractor.extract, clause * n, "paste", date(2025, 12, 6))[0]
        for n in (100, 400)
    ]
    assert took[1] < 8 * took[0], took
