"""Extraction, a town that opens a sentence within its line before a colon or a dash, its
toll or damage after the mark (issue 16, 'record near, taken by another gold event'): "Drones
attacked Kharkiv overnight. Chuhuiv: two injured, a house destroyed" tells of Chuhuiv, as the
same words on a line of their own do; its figures are not Kharkiv's."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 11, 12)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"], e["injured"], e["fatalities"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_regional_summary_run_on_in_one_paragraph(extractor):
    # a regional head's night summary pasted as one paragraph
    text = (
        "Night of 11-12 November. Drones attacked Kharkiv overnight, hitting a warehouse. "
        "Chuhuiv: 2 injured, a house destroyed. Lozova: a shop burned down."
    )
    got = _events(extractor, text)
    assert ("Chuhuyiv", "strike", "drone", 2, None) in got
    assert ("Kharkiv", "strike", "drone", None, None) in got


def test_a_telegram_digest_with_dashes(extractor):
    # a channel's digest: towns after a dash, each with its toll, one line
    text = (
        "Over the past day Russian artillery shelled the Nikopol district. "
        "Marhanets — a man, 54, was wounded. Pokrov — one killed, two houses damaged."
    )
    got = _events(extractor, text)
    assert ("Marhanets", "strike", "artillery", 1, None) in got
    assert ("Pokrov", "strike", "artillery", None, 1) in got


def test_a_town_after_a_stop_with_no_event_is_no_record(extractor):
    # a town opening a sentence before a colon, of talks or plans: nothing happened there
    text = (
        "Drones attacked Sumy overnight, wounding three. "
        "Kyiv: the talks will resume next week, an aide said."
    )
    assert _events(extractor, text) == [("Sumy", "strike", "drone", 3, None)]


def test_a_tally_by_region_after_a_stop_stays_a_tally(extractor):
    # an air force tally run on in one line: a region and its count after a dash is no heading
    text = (
        "Drones: 64 launched, 58 downed. Sumy region — 20; Poltava region — 18; "
        "Chernihiv region — 20."
    )
    assert [(p, t, w) for p, t, w, *_ in _events(extractor, text)] == [
        ("Chernihiv", "interception", "drone"),
        ("Poltava", "interception", "drone"),
        ("Sumy", "interception", "drone"),
    ]
