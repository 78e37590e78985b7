"""Extraction: the frame of a formal document (realstyle-heldout-shells33). An addressee's or a
contact's field with its address lines, a minutes' agenda and a note's opening formula name places
that are no event's; an annex's item heading keeps its place with the region in brackets after
it; a memo's "To:" field names no issuer, its "From:" its sender; a side's state organ on the
letterhead issues the document. The cases marked "stays" are what the rules must leave
alone."""

from __future__ import annotations

from datetime import date

from geo.extract.shells import field_line, frame_spans

DAY = date(2025, 3, 5)


def _places(extractor, text: str, day: date = DAY) -> set[tuple[str, str]]:
    return {(r["place"], r["event_type"]) for r in extractor.extract(text, "t", day)}


def test_addressee_field_and_its_address_lines_are_frame():
    text = "To: Chief of the relief cluster\nOdesa\n\nRe: shelling of the villages\n\nBody."
    spans = frame_spans(text)
    assert len(spans) == 1
    a, b = spans[0]
    assert "Odesa" in text[a:b] and "Re:" not in text[a:b]


def test_agenda_block_ends_at_its_blank_line():
    text = "Agenda:\n1. Shelling of Kherson.\n2. Other business.\n\nItem 1. Heard the mayor."
    (a, b), *_ = frame_spans(text)
    assert text[a:b].endswith("Other business.") and "Item 1" not in text[a:b]


def test_field_labels():
    assert field_line("To: Country Director, Lviv")
    assert field_line("Ref. No.: 12-04/77")
    assert not field_line("Tomorrow the council meets in Lviv")  # stays: no field


def test_addressee_city_is_no_strike(extractor):
    text = (
        "DNIPRO CITY MILITARY ADMINISTRATION\n\nTo: the Resident Coordinator\nKyiv\n\n"
        "Re: attacks on the city, 2-3 March\n\n"
        "On 3 March a drone struck a garage complex in Dnipro; nobody was hurt.\n"
    )
    got = _places(extractor, text)
    assert ("Kiev", "strike") not in got
    assert ("Dnipro", "strike") in got


def test_agenda_item_is_no_event_of_its_own(extractor):
    text = (
        "MINUTES No. 4\n\nAGENDA\n1. The shelling of Kherson on 3 March.\n2. Other business.\n\n"
        "Item 1. HEARD: the deputy mayor, who reported that on 3 March artillery hit a school "
        "in Bilozerka.\n"
    )
    got = _places(extractor, text)
    assert ("Kherson", "strike") not in got
    assert ("Bilozerka", "strike") in got


def test_compliments_formula_names_no_event(extractor):
    text = (
        "The Ministry presents its compliments to the Embassy in Warsaw and lists the attacks "
        "below.\n\n1. On 4 March missiles hit the port of Izmail, injuring three.\n"
    )
    got = _places(extractor, text)
    assert not any(p == "Warsaw" for p, _ in got)
    assert ("Izmayil", "strike") in got


def test_annex_item_with_its_region_in_brackets(extractor):
    text = (
        "Annex\n\n1. 2 March 2025, Orikhiv (Zaporizhzhia region). Mortar rounds landed by the "
        "clinic, killing one nurse.\n"
    )
    records = extractor.extract(text, "t", DAY)
    assert [(r["place"], r["event_type"], r["fatalities"]) for r in records] == [
        ("Orikhiv", "strike", 1)
    ]


def test_memo_field_names_no_issuer(extractor):
    text = (
        "MEMORANDUM\n\nTo: Head of office\nFrom: Logistics officer\n\n"
        "1. On 3 March mortar fire damaged our warehouse in Krasnopillia. We saw it ourselves.\n"
    )
    (r,) = extractor.extract(text, "t", DAY)
    assert r["claimed_by"] != "To"
    assert r["verification"] == "confirmed"


def test_letterhead_of_a_side_organ_issues_the_notice(extractor):
    text = (
        "STATE BORDER INSPECTORATE OF UKRAINE\nNotice No. 3/2025\n\n"
        "On 4 March a drone hit a checkpoint building in Sumy; two officers were wounded.\n"
    )
    records = extractor.extract(text, "t", DAY)
    assert records and all(r["verification"] == "claimed" for r in records)
    # stays: a headline naming an organ as what was hit issues nothing
    text = (
        "Russian drone hits Sumy district administration\n\n"
        "A drone hit the district administration building in Sumy on 4 March.\n"
    )
    records = extractor.extract(text, "t", DAY)
    assert records and all(r["verification"] == "confirmed" for r in records)
