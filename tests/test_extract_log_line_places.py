"""Extraction, a log's lines cut by bars with the place in a cell of its own (issue recall22A:
a dispatch service's shift handover, a security desk's incident log): the place's cell may
carry where in the town ("Sumy, Zarichnyi district |", "Izium, outskirts |"), and the entry's
stamp may carry its weekday ("Thu 21:40 |") or the date after its clock ("02:15 (08.03) |").
The place is where the line's event was. A place inside the cell's prose stays the prose's."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 3, 8)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_shift_log_with_the_town_and_its_part_in_one_cell(extractor):
    text = (
        "Ambulance dispatch. Shift 08:00 07.03 - 08:00 08.03.\n\n"
        "16:20 | Sumy, Kovpakivskyi dist. | consequences of a guided bomb strike | brigades: 3 | "
        "1 deceased, 6 injured.\n\n"
        "19:05 | Izium, outskirts | artillery shelling | brigades: 1 | 2 injured.\n"
    )
    events = _events(extractor, text)
    # (the city's district, or the city)
    assert {e for e in events if e[1:] == ("strike", "glide bomb")} & {
        ("Sumy", "strike", "glide bomb"),
        ("Kovpakivskyi", "strike", "glide bomb"),
    }, events
    assert ("Izyum", "strike", "artillery") in events, events


def test_a_stamp_with_its_date_after_the_clock(extractor):
    text = (
        "Ambulance dispatch. Shift 08:00 07.03 - 08:00 08.03.\n\n"
        "02:15 (08.03) | Balakliia | consequences of a drone attack on a shop | no victims.\n"
    )
    # the Kharkiv region's town (GeoNames spells it Balakliya), not a Poltava village of 500
    assert _events(extractor, text) == [("Balakliya", "strike", "drone")]


def test_a_desk_log_with_weekdays_and_names_in_capitals(extractor):
    text = (
        "SECURITY DESK - DAILY NOTE\n\n"
        "Thu 21:40 | CHUHUIV | A drone struck a fuel station on the main road. One man hurt.\n\n"
        "Fri 06:10 | POLTAVA | Missiles hit an industrial site; two people killed.\n"
    )
    events = _events(extractor, text)
    assert ("Chuhuyiv", "strike", "drone") in events, events
    assert ("Poltava", "strike", "missile") in events, events


def test_a_bar_line_with_no_event_names_no_place(extractor):
    text = "Thu 21:40 | CHUHUIV | Team arrived at the hotel, all well.\n"
    assert _events(extractor, text) == []


def test_a_long_run_of_spaces_in_a_bar_line_reads_fast(extractor):
    text = "Thu 21:40 | Sumy," + " " * 20000 + "| drone strike.\n" + "Sumy, x" + " " * 20000 + "\n"
    extractor.extract(text, "t", PUB)
