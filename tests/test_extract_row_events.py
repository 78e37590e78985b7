"""The row reader (rows34): a line cut into cells whose cells are the event, with no event word
("Tokmak · KAB · 2 wounded", "14.02; Kupiansk; Grad; 0/1"): a place cell followed by a weapon or
toll cell is a strike there, or an interception under a lead-in that says downed; its day from
its day cell or the heading over its block. Contacts, schedules, prices, contents, alerts and
lists of places only mentioned make no record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.places import find_places
from geo.extract.publication import Publication
from geo.extract.row_events import row_event
from geo.extract.sentences import split_sentences

PUBLISHED = date(2025, 2, 16)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _records(extractor, text):
    return extractor.extract(text, "test", PUBLISHED)


def _by_place(records):
    """The records by the place as the report names it and the weapon's category."""
    return {(r["place_mention"], r["weapon_category"]): r for r in records}


SHEET = (
    "Aid group field sheet, rows added by our drivers on site\n\n"
    "14.02\tKupiansk\tGrad\tshop front and two cars\t0/1\n"
    "14.02\tKupiansk\tpassing out blankets\t—\t—\n"
    "15.02\tBalakliia, Vokzalna St.\tKAB\tclinic roof\t2 dead, 5 wounded\n"
)


def test_tab_rows_with_no_event_word_are_strikes_with_their_day_and_toll(extractor):
    found = _by_place(_records(extractor, SHEET))
    grad = found[("Kupiansk", "rocket artillery")]
    assert grad["event_type"] == "strike"
    assert grad["event_date"] == "2025-02-14"
    assert (grad["fatalities"], grad["injured"]) == (0, 1)
    kab = found[("Balakliia", "glide bomb")]
    assert kab["event_date"] == "2025-02-15"
    assert (kab["fatalities"], kab["injured"]) == (2, 5)
    assert len(found) == 2  # the blankets row is no event


REGISTER = (
    "Monitors' register. Each line: date; settlement; means; object; killed/injured; status.\n\n"
    "13.02.2025; Okhtyrka; Shahed; bakery; 0/2; verified\n"
    "14.02.2025; Lebedyn; artillery; garage; 1/0; pending\n"
)


def test_semicolon_register_reads_its_status_cell(extractor):
    found = _by_place(_records(extractor, REGISTER))
    assert found[("Okhtyrka", "drone")]["event_date"] == "2025-02-13"
    assert found[("Okhtyrka", "drone")]["verification"] == "confirmed"
    pending = found[("Lebedyn", "artillery")]
    assert pending["verification"] == "unverified"
    assert (pending["fatalities"], pending["injured"]) == (1, 0)


TALLY = (
    "Eastern air command, the night of 14 to 15 February 2025\n\n"
    "Brought down over our regions:\n"
    "Poltava oblast — 9 UAVs\n"
    "Kirovohrad oblast — no targets\n"
)


def test_rows_under_a_downing_lead_in_are_interceptions_of_the_night(extractor):
    records = _records(extractor, TALLY)
    poltava = [r for r in records if r["place_mention"].startswith("Poltava")]
    assert [r["event_type"] for r in poltava] == ["interception"]
    assert poltava[0]["weapon_category"] == "drone"
    assert poltava[0]["event_date"] == "2025-02-15"
    assert poltava[0]["destroyed"] == 9
    assert not [r for r in records if r["place_mention"].startswith("Kirovohrad")]


DIGEST = (
    "CITY PULSE · evening, 12 February\n\n"
    "Reported over the day:\n"
    "🔸 Kherson (Shumenskyi district): FPV drone, a cyclist hurt\n"
    "🔸 Bilozerka: mortar fire, no casualties\n"
)


def test_bullets_take_the_day_of_the_heading_over_their_block(extractor):
    found = _by_place(_records(extractor, DIGEST))
    assert found[("Kherson", "drone")]["event_date"] == "2025-02-12"
    assert found[("Bilozerka", "artillery")]["event_date"] == "2025-02-12"
    assert (
        found[("Bilozerka", "artillery")]["fatalities"],
        found[("Bilozerka", "artillery")]["injured"],
    ) == (0, 0)


NOT_EVENTS = """Regional civil protection: information sheet, 16 February 2025

Hotline | 1551 | 24/7
Poltava district office | 0532 00 00 00 | Mon–Fri 9–18

Shelter checks:
- Kremenchuk — 14 shelters — Tuesday
- Myrhorod — 6 shelters — Thursday

Buses:
Poltava – Kharkiv | 07:40 | 11:55

Fuel per litre:
Diesel | Poltava | 57.10

Contents
1. Drone threat: what to do — p. 3
2. Evacuation from Lubny — p. 5

Poltava oblast | 02:10 → 03:05 | ballistic threat | All-clear, no incident
Affected areas: Poltava, Lubny, Hadiach.
"""


def test_contacts_schedules_prices_contents_alerts_and_place_lists_are_no_events(extractor):
    assert _records(extractor, NOT_EVENTS) == []


def test_a_title_with_a_semicolon_is_no_row(geocoder):
    text = "Sumy mayor says city calm; Moscow claims 30 drones downed\n\nMore text here."
    s = split_sentences(text)[0]
    hits = [h for h in find_places(geocoder, text) if s.start <= h.start < s.end]
    assert row_event(text, s, hits, Publication(PUBLISHED)) is None


def test_rows_read_in_linear_time_on_a_long_line(geocoder):
    import time

    def cost(n: int) -> float:
        line = "Kupiansk · " + "x · " * n + "Grad"
        text = f"Heading\n\n{line}\n"
        s = split_sentences(text)[-1]
        hits = [
            replace(h, start=h.start + 9, end=h.end + 9) for h in find_places(geocoder, "Kupiansk")
        ]
        start = time.process_time()
        row_event(text, s, hits, Publication(PUBLISHED))
        return time.process_time() - start

    small, large = cost(2_000), cost(20_000)
    assert large < small * 40


def test_a_line_telling_its_event_in_words_keeps_the_place_its_words_name(extractor):
    text = (
        "Regional head, evening post, 15 February 2025\n\n"
        "Chuhuiv district: the village of Pechenihy was hit by an FPV drone; a man was hurt.\n"
    )
    places = [r["place_mention"] for r in _records(extractor, text)]
    assert [p for p in places if "Pechenihy" in p]
    assert not [p for p in places if "Chuhuiv" in p]
