"""Places a line ties to its event by its shape (kinds38): a list after a colon whose lead-in
tells the event, a list that goes on from the sentence before ("Among them ..."), a chain of
places from the region down to the town heading its line; and the front's axis after a ground
attack ("forces attacked in the X direction, near Y")."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.colon_lists import UNDER_FIRE_LEAD, carried_list
from geo.extract.lexicon import triggers_in
from tests.timing import cpu_seconds

DAY = date(2025, 9, 14)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _got(extractor, body):
    text = "Regional administration, 14 September.\n\n" + body
    return {
        (e["place"], e["event_type"], e["weapon_category"], e["geo_precision"])
        for e in extractor.extract(text, "t", DAY)
    }


def test_a_list_after_under_fire_is_each_a_strike(extractor):
    got = _got(
        extractor,
        "Guns pounded the district after dark. Under fire: Marhanets, Tomakivka and "
        "Chervonohryhorivka communities.",
    )
    places = {p for p, t, _, _ in got if t == "strike"}
    assert {"Marhanets", "Tomakivka", "Chervonohryhorivka"} <= places


def test_a_list_that_goes_on_from_the_sentence_before_takes_its_event_and_guns(extractor):
    got = _got(
        extractor,
        "In the last day the enemy shelled 21 villages and towns of the region. Among them "
        "Beryslav, Bilozerka and the city of Kherson itself.",
    )
    assert {("Beryslav", "strike", "artillery", 1), ("Bilozerka", "strike", "artillery", 1)} <= got
    assert ("Kherson", "strike", "artillery", 1) in got


def test_regions_after_a_colon_are_each_a_region(extractor):
    got = _got(
        extractor, "The drones were mostly downed in three regions: Sumy, Kharkiv and Poltava."
    )
    assert {(p, t, g) for p, t, _, g in got} == {
        ("Sumy", "interception", 3),
        ("Kharkiv", "interception", 3),
        ("Poltava", "interception", 3),
    }


@pytest.mark.parametrize(
    "body",
    [
        "The enemy sent 40 drones at the region. Launch areas: Kursk, Oryol and Bryansk.",
        "Buses for those leaving run every morning from: Pavlohrad, Dnipro and Zaporizhzhia.",
        "A drone hit a depot in Nikopol. Among the helpers were volunteers from Lviv and Rivne.",
        "Streets still closed after the previous week's strikes: Brovary, Irpin and Fastiv.",
    ],
)
def test_a_list_with_no_event_told_before_its_colon_is_no_event_place(extractor, body):
    got = _got(extractor, body)
    assert not {p for p, *_ in got} & {
        "Kursk",
        "Oryol",
        "Bryansk",
        "Pavlohrad",
        "Zaporizhzhia",
        "Lviv",
        "Rivne",
        "Brovary",
        "Irpin",
        "Fastiv",
    }


def test_a_chain_heading_its_line_places_the_event_at_its_last_place(extractor):
    got = _got(
        extractor,
        "* Mykolaiv oblast, Ochakiv community: artillery fire on 12 September damaged a school.\n"
        "* Dnipropetrovsk oblast, Nikopol district, Marhanets hromada: shelling killed a man.",
    )
    assert {p for p, *_ in got} == {"Ochakiv", "Marhanets"}


def test_a_chain_before_a_place_of_the_clause_after_its_colon_only_locates(extractor):
    got = _got(
        extractor,
        "12 September, Kharkiv oblast, Izium district: in the town of Balakliia, a shell hit a "
        "clinic.",
    )
    assert {p for p, *_ in got} == {"Balakliya"}


def test_forces_attacking_along_an_axis_near_a_place_is_fighting(extractor):
    got = _got(
        extractor,
        "Russian forces also attacked in the Kostiantynivka direction, near Chasiv Yar and toward "
        "Bila Hora.",
    )
    assert {(p, t) for p, t, _, _ in got} == {("Chasiv Yar", "fighting"), ("Bila Hora", "fighting")}


def test_under_fire_is_a_lead_only_before_its_colon():
    assert [t for t, _ in triggers_in("Under heavy fire: Nikopol and Marhanets.")] == ["strike"]
    assert not UNDER_FIRE_LEAD.search("The talks went on under fire from critics.")
    assert carried_list("Among them Beryslav and Bilozerka.")
    assert not carried_list("Most of them fell in fields.")


def test_the_readers_are_linear_on_a_long_paste(extractor):
    def run(n):
        return extractor.extract("Under fire: Nikopol, Marhanets, " * n + ".", "t", DAY)

    small, _ = cpu_seconds(run, 100)
    large, _ = cpu_seconds(run, 1_000)
    assert large < 10 * small * 3

    def lead(n):
        return UNDER_FIRE_LEAD.search("." * n)

    small, _ = cpu_seconds(lead, 100_000)
    large, _ = cpu_seconds(lead, 1_000_000)
    assert large < 10 * small * 3


def test_a_town_attacked_whose_drones_were_downed_as_they_came_is_an_interception(extractor):
    got = _got(
        extractor,
        "Drones attacked Kursk overnight, the governor said, adding that air defence had shot "
        "down 12 of them as they approached the city.",
    )
    assert {(p, t) for p, t, _, _ in got} == {("Kursk", "interception")}
    got = _got(
        extractor,
        "The navy said its sea drones attacked a terminal in Novorossiysk; Moscow said every "
        "boat was destroyed.",
    )
    assert ("Novorossiysk", "strike") in {(p, t) for p, t, _, _ in got}
