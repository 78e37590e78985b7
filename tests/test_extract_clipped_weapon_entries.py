"""Extraction, a timeline's or digest's clipped entry that names the weapon and what it fell on,
with no verb (issue 16, "no event word in its sentence" in dashboards, timelines and lecture
notes): "Ochakiv, 3 March, drone on a minibus: 2 killed", "4 March | Beryslav | Artillery on the
market", "Tue 11.03 drones on Novoshakhtinsk refinery". Each is a strike at the entry's place; a
weapon "on" a time, the front or a topic stays no event."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 3, 14)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_dashboard_row_weapon_on_a_target(extractor):
    text = "Ochakiv, 3 March, drone on a minibus: 2 killed, 5 injured."
    assert _events(extractor, text) == [("Ochakiv", "strike", "drone")]


def test_a_timeline_cell_artillery_on_a_district(extractor):
    text = "4 March | Beryslav | Artillery on the central market; a man, 60, killed (police)"
    assert _events(extractor, text) == [("Beryslav", "strike", "artillery")]


def test_lecture_notes_drones_on_a_refinery(extractor):
    text = "- UA side: Tue 11.03 drones on Novoshakhtinsk refinery, fire seen from the road."
    assert _events(extractor, text) == [("Novoshakhtinsk", "strike", "drone")]


def test_a_weapon_on_a_time_or_a_topic_is_no_event(extractor):
    text = (
        "A seminar in Lutsk, drones on Tuesday and artillery on Wednesday. "
        "Our series from Poltava, drones on the front line, continues next week."
    )
    assert _events(extractor, text) == []
