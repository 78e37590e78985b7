"""Events told without an event word at their place (misses37): a site heading over the lines
that tell what befell the site ("Sumy region, Shostka railway station." / "A drone hit a
passenger train ..."); an air force's "impacts of the missiles were recorded in X"."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.lexicon import triggers_in
from geo.extract.site_headings import site_line
from tests.timing import cpu_seconds


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _got(events):
    return {(e["place"], e["event_type"]): e for e in events}


@pytest.mark.parametrize(
    "line",
    [
        "Sumy region, Shostka railway station.",
        "Lviv region, village of Lapaivka.",
        "Odesa, grain terminal in the port.",
        "2.1 Chernihiv, Drama Theatre square, 19 August 2023",
        "1. Saky air base, western Crimea",
    ],
)
def test_a_site_heading_is_read_as_one(line):
    assert site_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Chernihiv remembers the siege, as drones return",  # a title's clause
        "Good morning, dear Shebekino residents!",  # a greeting
        "Meanwhile, in Kharkiv, residents queued.",  # a sentence
        "Kupiansk, Kharkiv region, was shelled.",  # a verb
        "Kharkiv",  # no site beside the place
    ],
)
def test_a_sentence_a_greeting_or_a_bare_place_is_no_site_heading(line):
    assert not site_line(line)


INSURER = (
    "WAR-RISK DESK - losses notified to us, 21-27 April 2025\n\n"
    "Intro line of the desk, for brokers.\n\n"
    "Odesa, grain terminal in the port.\n"
    "A conveyor was wrecked by a missile on 24 April. Two of the client's staff were injured.\n\n"
    "Sumy region, Shostka railway station.\n"
    "A drone hit a waiting passenger train on 25 April. One passenger killed.\n\n"
    "Izmail, client's office.\n"
    "Water damage from a burst pipe on 23 April; not war-risk.\n"
)


def test_the_lines_under_a_site_heading_tell_of_its_town(extractor):
    got = _got(extractor.extract(INSURER, "t"))
    assert got[("Odesa", "strike")]["event_date"] == "2025-04-24"
    assert got[("Shostka", "strike")]["fatalities"] == 1
    assert not any(place.startswith("Izma") for place, _ in got)  # a burst pipe: no event


def test_a_title_or_a_greeting_with_a_comma_heads_nothing(extractor):
    text = (
        "Chernihiv remembers the siege, as drones return\n\n"
        "During the siege of 2022, shelling and air raids killed hundreds of civilians.\n"
    )
    assert extractor.extract(text, "t", None) == []


def test_impacts_of_the_missiles_recorded_at_a_place_are_a_strike():
    assert triggers_in("Impacts of the ballistic missiles were recorded in Poltava.")
    assert not triggers_in("The impacts of the sanctions were discussed in Poltava.")


def test_a_site_line_is_linear_on_a_long_paste():
    small, _ = cpu_seconds(site_line, "Odesa, grain terminal, " * 5_000)
    large, given = cpu_seconds(site_line, "Odesa, grain terminal, " * 50_000)
    assert given is False
    assert large < 30 * max(small, 1e-4)
