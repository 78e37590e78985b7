"""Extraction, a strike told only by the ruin it left (issue 16, 'no event word in its
sentence'): a town's building that collapsed, caved in or was wrecked, a roof or facade torn
away, a block reduced to rubble, people pulled from or trapped under the rubble. The raid is
told in the sentence before, with its weapon; the town's sentence has no strike word of its
own. A collapse put down to snow, a flood or age, and prices or a currency that collapsed, are
no strike."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 11, 12)


def _strikes(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"], e["event_date"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_regional_post_tells_a_roof_that_caved_in(extractor):
    # a regional administration's channel: the raid first, then what each town suffered
    text = (
        "Overnight the enemy sent attack drones against the Kharkiv region.\n"
        "In Chuhuiv the roof of a school caved in. No one was inside."
    )
    assert _strikes(extractor, text) == [("Chuhuyiv", "strike", "drone", "2025-11-12")]


def test_a_wire_report_tells_a_block_that_collapsed(extractor):
    # wire copy: the weapon in the lead, the collapse in the next sentence
    text = (
        "KYIV, Nov 12 - Russia dropped glide bombs on the Zaporizhzhia front overnight, "
        "officials said. A two-storey house in Stepnohirsk collapsed, the regional governor wrote on Telegram."
    )
    assert _strikes(extractor, text) == [("Stepnohirsk", "strike", "glide bomb", "2025-11-12")]


def test_a_live_blog_tells_people_pulled_from_the_rubble(extractor):
    text = (
        "09:40\n"
        "Missiles were launched at the Dnipropetrovsk region before dawn. "
        "In Pavlohrad rescuers pulled two residents from the rubble of a five-storey block."
    )
    assert _strikes(extractor, text) == [("Pavlohrad", "strike", "missile", "2025-11-12")]


def test_a_wrecked_warehouse_and_a_facade_torn_away(extractor):
    text = (
        "Russian artillery kept up its fire on the border villages all day. "
        "In Bilopillia a warehouse was wrecked, and in Velyka Pysarivka the facade of the "
        "lyceum was torn away."
    )
    assert _strikes(extractor, text) == [
        ("Bilopillia", "strike", "artillery", "2025-11-11"),
        ("Velyka Pysarivka", "strike", "artillery", "2025-11-11"),
    ]


def test_a_collapse_with_no_attack_is_no_strike(extractor):
    # snow, a flood, age: no attack; prices and a currency collapse figuratively
    text = (
        "The roof of a market hall in Poltava caved in under heavy snow on Monday.\n\n"
        "An old two-storey house in Uzhhorod collapsed after days of floods.\n\n"
        "Grain prices in Odesa collapsed on Tuesday, and the hryvnia nearly collapsed too."
    )
    assert _strikes(extractor, text) == []
