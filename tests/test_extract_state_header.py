"""A side's state institution named alone on a document's first line issues that side's word
(geo/extract/state_header.py): a regional department's situation report, an inspectorate's
finding, a parliament committee's minutes. Sentences in our own words."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.issuer import side_author
from geo.extract.state_header import state_institution


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "line",
    [
        "POLTAVA REGIONAL SOCIAL PROTECTION DEPARTMENT",
        "State Forestry Agency of Ukraine",
        "Verkhovna Rada Committee on Energy and Housing",
        "Odesa City Directorate for Civil Defence",
        "Federal Road Agency of the Russian Federation",
    ],
)
def test_a_sides_state_institution_alone_on_a_line(line):
    assert state_institution(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "Centre for Eastern Security Studies",  # a think tank
        "COMMITTEE ON FOREIGN RELATIONS",  # whose? a foreign parliament's
        "PARLIAMENTARY LIBRARY SERVICE",
        "Sumy Regional Children's Hospital",  # a hospital is no side (its own account)
        "Kharkiv Regional Department says two drones hit a depot",  # a headline
        "Dnipro City Council, 4 May 2025",  # a stamp after the name: read elsewhere
        "Lviv Regional Department.",
        "Kherson Regional Court of Appeal Office",  # a court
        "Kyiv City Office " + "of the Office " * 40,  # too long for a name
    ],
)
def test_lines_that_name_no_sides_institution(line):
    assert state_institution(line) is None


def test_a_regional_departments_report_is_its_claim(extractor):
    text = (
        "ZAPORIZHZHIA REGIONAL EDUCATION DEPARTMENT\n"
        "Operational note to school heads, 14 May 2025\n\n"
        "Overnight a drone hit the gymnasium of School No. 5 in Orikhiv. "
        "Nobody was inside; the roof and the windows are gone.\n"
    )
    assert side_author(text) == "ZAPORIZHZHIA REGIONAL EDUCATION DEPARTMENT"
    hit = [e for e in extractor.extract(text, "t") if e["place"] == "Orikhiv"]
    assert hit and hit[0]["verification"] == "claimed"
    assert "EDUCATION DEPARTMENT" in (hit[0]["claimed_by"] or "").upper()
    assert hit[0]["event_date"] == "2025-05-14"  # its undated night is its day


def test_a_think_tanks_header_issues_nothing(extractor):
    text = (
        "CENTRE FOR EASTERN SECURITY STUDIES\n"
        "Daily note, 14 May 2025\n\n"
        "Russian forces struck Orikhiv with guided bombs on Tuesday.\n"
    )
    assert side_author(text) is None
    hit = [e for e in extractor.extract(text, "t") if e["place"] == "Orikhiv"]
    assert [e["verification"] for e in hit] == ["confirmed"]
