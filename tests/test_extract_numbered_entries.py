"""Extraction, entries headed by a numbered or labelled line of their own (recall, 'no event word
in its sentence'): a police log's "No. 2 | 23:50 | Huliaipole, Polohy district", an imagery
note's "2. Engels air base (Saratov region)" over the lines that tell what happened there. The
heading's label and clock are no words of its place; a town given with its district, or a site
with its region, is that town's or site's heading; a numbered list of places one a line still
heads nothing."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, text, published):
    events = extractor.extract(text, "t", published)
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"], e["fatalities"], e["injured"])
        for e in events
    )


def test_a_police_logs_labelled_entries_head_their_lines(extractor):
    text = (
        "Regional police: log of incidents caused by enemy fire, 3 May 2025\n\n"
        "Entry 3 | 02:40 | Kupiansk, Vokzalna St.\n"
        "An FPV drone struck a delivery van. The driver, 41, was injured.\n\n"
        "Entry 4 | 21:15 | Huliaipole, Polohy district\n"
        "A guided aerial bomb hit a warehouse. One man was killed.\n"
    )
    assert _events(extractor, text, date(2025, 5, 3)) == [
        ("Hulyaypole", "strike", "glide bomb", 1, None),
        ("Kupyansk", "strike", "drone", None, 1),
    ]


def test_an_imagery_notes_numbered_sites_head_their_paragraphs(extractor):
    text = (
        "SATELLITE DESK NOTE 12\n"
        "Published 14 June 2025\n\n"
        "2. Engels air base (Saratov region)\n"
        "Pictures taken on 12 June show fresh scorch marks next to the runway. "
        "Ukraine's security service said its drones hit the base the night before.\n\n"
        "3. Millerovo air base, Rostov region\n"
        "Russian officials said a missile hit a fuel store there; we see a fresh burn scar.\n"
    )
    got = {(p.lower(), t, c) for p, t, c, _, _ in _events(extractor, text, date(2025, 6, 14))}
    assert got == {
        ("engels air base", "strike", "drone"),
        ("millerovo air base", "strike", "missile"),
    }


def test_a_district_after_a_labelled_town_is_no_event_of_its_own(extractor):
    text = (
        "Incident register, Saturday\n\n"
        "No. 6 | 21:15 | Zolochiv, Bohodukhiv district\n"
        "Mortar fire hit a farm; two tractors damaged. No casualties.\n"
    )
    got = {(p, t, c) for p, t, c, _, _ in _events(extractor, text, date(2025, 5, 3))}
    assert got == {("Zolochiv", "strike", "artillery")}


def test_a_numbered_list_of_towns_one_a_line_still_heads_nothing(extractor):
    text = (
        "Towns that will get new shelters this year:\n\n"
        "1. Kupiansk\n"
        "2. Izium\n"
        "3. Balakliia\n\n"
        "The ministry said a drone hit a school in Kharkiv on Monday.\n"
    )
    got = {p for p, *_ in _events(extractor, text, date(2025, 5, 3))}
    assert got == {"Kharkiv"}


def test_a_logs_weapon_note_arms_the_damage_after_it(extractor):
    text = (
        "Incident register, Saturday\n\n"
        "Entry 5 | 04:10 | Kupiansk\n"
        "Heavy artillery. A shop and two cars damaged.\n"
    )
    got = {(p, t, c) for p, t, c, _, _ in _events(extractor, text, date(2025, 5, 3))}
    assert got == {("Kupyansk", "strike", "artillery")}


def test_a_blast_the_report_puts_down_to_gas_is_no_strike(extractor):
    log = (
        "Incident register, Saturday\n\n"
        "Entry 6 | 06:30 | Izium\n"
        "Domestic gas explosion in a flat; one injured. Not related to enemy shelling.\n"
    )
    assert _events(extractor, log, date(2025, 5, 3)) == []
    news = (
        "An explosion in an apartment block in Kharkiv on Sunday was caused by a gas leak, "
        "the emergency service said.\n"
    )
    assert _events(extractor, news, date(2025, 5, 5)) == []


def test_another_nights_strike_set_apart_is_still_a_strike(extractor):
    text = (
        "4. Lviv.\n"
        "Separate event, not connected with this night. On Sunday evening a drone hit a "
        "warehouse in the industrial zone; nobody was injured.\n"
    )
    got = {(p, t) for p, t, *_ in _events(extractor, text, date(2025, 10, 17))}
    assert got == {("Lviv", "strike")}
