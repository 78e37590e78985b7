"""Extraction, logs of numbered entries (issue 16, twelfth writer): an entry opened by a label and
a date before its place ("Case 4 — 3 Mar — Sloviansk, Donetsk region.") tells its events in the
sentences after, which name no place of their own."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(events):
    return sorted((e["event_type"], e["place"], e["weapon_category"]) for e in events)


def test_an_entry_labelled_and_dated_before_its_place_tells_of_that_place(extractor):
    text = (
        "Damage register, March\n\n"
        "Case 4 — 3 Mar — Sloviansk, Donetsk region. A drone hit a bakery's delivery van. "
        "The driver was hurt.\n\n"
        "Case 5 — 6 Mar — Chernihiv, near the old river port. Artillery shells fell on a "
        "warehouse; no one was hurt.\n"
    )
    events = extractor.extract(text, "t", date(2025, 3, 20))
    assert _kinds(events) == [
        ("strike", "Chernihiv", "artillery"),
        ("strike", "Slovyansk", "drone"),
    ]


def test_a_bar_or_a_colon_parts_the_label_from_the_place(extractor):
    text = (
        "Weekly notes\n\n"
        "Item 12 | 21 June | Poltava, Kyivskyi district. Two drones struck a bus depot.\n\n"
        "No. 13: 22 June: Pokrovsk, Donetsk region. Shelling at dawn damaged two kiosks.\n"
    )
    events = extractor.extract(text, "t", date(2025, 6, 25))
    assert _kinds(events) == [("strike", "Pokrovsk", "artillery"), ("strike", "Poltava", "drone")]


def test_a_long_sentence_after_a_label_is_no_heading(extractor):
    text = (
        "Notes\n\n"
        "Note 2 — Poltava, where our office moved after the office in the east was closed by "
        "the landlord last year. A drone hit a shop.\n"
    )
    assert extractor.extract(text, "t", date(2025, 6, 25)) == []


def test_a_place_whose_toll_a_stamped_entry_updates_is_no_heading():
    from geo.extract.layout import heading_text

    line = "11:20 UPDATE - Odesa's toll has risen to four."
    assert not heading_text(line, line.index("Odesa"), line.index("Odesa") + 5)
    entry = "Case 9 — 1 May — Odesa, Prymorskyi district."
    assert heading_text(entry, entry.index("Odesa"), entry.index("Odesa") + 5)
