"""Extraction, a list of places one a line under a lead-in with an event word and a colon
(issue 16, 'no event word in its sentence'): "Settlements shelled over the past day:" then
"- Nikopol", "- Marhanets"; each item is a place the event was at, with the lead-in's type and
weapon. A list of launch areas, or one under a lead-in with no event word, stays no event."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 11, 12)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_regional_post_lists_the_shelled_towns(extractor):
    text = (
        "Dnipropetrovsk regional military administration\n\n"
        "Over the past day the enemy shelled the following communities with artillery:\n"
        "- Nikopol\n"
        "- Marhanets\n"
        "- Pokrov\n\n"
        "No one was hurt."
    )
    assert _events(extractor, text) == [
        ("Marhanets", "strike", "artillery"),
        ("Nikopol", "strike", "artillery"),
        ("Pokrov", "strike", "artillery"),
    ]


def test_a_channel_lists_struck_villages_with_pictographs(extractor):
    text = (
        "Kherson region, evening update\n\n"
        "🔻 Villages hit by Russian drones today:\n"
        "▪️ Bilozerka\n"
        "▪️ Antonivka\n"
    )
    assert _events(extractor, text) == [
        ("Antonivka", "strike", "drone"),
        ("Bilozerka", "strike", "drone"),
    ]


def test_a_numbered_list_of_towns_under_fire(extractor):
    text = (
        "Sumy region. Towns that came under mortar fire overnight:\n"
        "1. Bilopillia;\n"
        "2. Krasnopillia.\n"
    )
    assert _events(extractor, text) == [
        ("Bilopillia", "strike", "artillery"),
        ("Krasnopillya", "strike", "artillery"),
    ]


def test_a_list_of_launch_areas_or_of_aid_stays_no_event(extractor):
    text = (
        "Overnight Russia attacked with 70 drones, launched from:\n"
        "- Kursk\n"
        "- Oryol\n\n"
        "Volunteers delivered generators to:\n"
        "- Kupiansk\n"
        "- Izium\n"
    )
    assert _events(extractor, text) == []
