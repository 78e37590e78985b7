"""A dam told as destroyed, blown apart or breached, with nobody named as the one who did it, is
an event of its own kind ("other"), not a strike: "the dam at X was destroyed in the night"; a dam
a named weapon hit stays a strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2023, 6, 8))
    return {e["place"]: e["event_type"] for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Before dawn on 6 June the dam near Nova Kakhovka, some way upriver, was destroyed "
        "and the water began to rise.",
        "On 6 June the hydroelectric dam at Nova Kakhovka was breached, flooding the lower river.",
        "On the morning of 6 June the dam above Nova Kakhovka was blown apart.",
    ],
)
def test_a_dam_destroyed_by_no_one_named_is_other(extractor, text):
    assert _kinds(extractor, text).get("Nova Kakhovka") == "other"


def test_a_dam_hit_by_missiles_stays_a_strike(extractor):
    text = "On 7 June missiles hit the dam at Nova Kakhovka, damaging the spillway."
    assert _kinds(extractor, text).get("Nova Kakhovka") == "strike"
