"""Extraction, who speaks as a document's structure shows it (verif37): a source the document
declares on its last line with a remark after it ("Source: official channels of the X
administration. Auto-generated, not edited."); a header naming a side's organ and its document's
kind with no mark between ("Operational headquarters summary"), by its abbreviation ("MoD"), a
police's blotter, an air command's results; a title's bracket "(as established by the regional
prosecutor's office)"; an official's account carried on by "In his account"; a downing stays
its defender's count though a national tally with the attacker's launches follows."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.declared_source import declared_who
from geo.extract.issuer import side_author
from geo.extract.sourced import source_line


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text: str, day: date = date(2025, 6, 11)) -> dict[str, dict]:
    """The events by the first three letters of their place (the gazetteer's spelling varies)."""
    return {e["place"][:3]: e for e in extractor.extract(text, "test", day)}


def test_a_declared_source_is_its_clause_without_the_medium():
    assert declared_who("official channels of the Kherson city administration. Not edited.") == (
        "the Kherson city administration"
    )
    assert (
        declared_who("Governor A and Mayor B; we add more as they come") == "Governor A and Mayor B"
    )
    assert declared_who("the Telegram channel of the regional police") == "the regional police"


def test_a_source_line_with_a_remark_after_its_clause():
    assert source_line(
        "Source: posts of the Kherson Regional Military Administration. Bot output, unchecked."
    )
    assert source_line(
        "Figures from Mayor Ihor Polishchuk and Governor Ivan Fedorov; updated when they post more."
    )
    # a long sentence opening with "According to" is no source line
    assert (
        source_line(
            "According to the governor, a drone hit the market in the town and killed a man, and then "
            "a second one struck a petrol station on the edge of the town."
        )
        is None
    )
    # the report's own remark alone names no source
    assert source_line("Source: our own reporting. We update hourly.") is None


_BOT_FEED = """Night and morning in the Kherson region

In Kherson a drone dropped a grenade on a bus stop in the morning, and two people were wounded.

Artillery hit a shop in Bilozerka in the afternoon; nobody was hurt.

Source: official channels of the Kherson regional administration. Automatic digest, not edited.
"""


def test_a_digest_with_its_source_on_the_last_line_is_that_body_word(extractor):
    e = _by_place(extractor, _BOT_FEED)
    assert e["Khe"]["verification"] == "claimed"
    assert e["Bil"]["verification"] == "claimed"


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Operational headquarters summary, published Monday evening", "Operational headquarters"),
        ("Police of Odesa Oblast - daily blotter, 3 May 2025", "Police of Odesa Oblast"),
        ('Air Command "South" | results of the night of 2 to 3 May 2025', 'Air Command "South"'),
        ("Russian MoD daily statement, 3 May 2025", "Russian MoD"),
    ],
)
def test_a_header_naming_an_organ_and_its_document(header, body):
    found = side_author(f"{header}\n\nA drone hit a warehouse in Odesa; nobody was hurt.\n")
    assert found is not None and found.startswith(body.split()[0])


@pytest.mark.parametrize(
    "header",
    [
        "Police report two dead in Odesa after night attack",  # a headline, "report" a verb
        "Night attack on Odesa: what we know",
    ],
)
def test_a_headline_is_no_organ_header(header):
    assert side_author(f"{header}\n\nA drone hit a warehouse in Odesa; nobody was hurt.\n") is None


_PROSECUTOR_TIMELINE = """Annex 1: chronology of the shelling of Nikopol
(as established by the Dnipropetrovsk regional prosecutor's office)

2 June 2025, about 10:40. Artillery hit a school yard in Nikopol. A caretaker was wounded.
"""


def test_a_titles_bracket_naming_who_established_it(extractor):
    e = _by_place(extractor, _PROSECUTOR_TIMELINE)
    assert e["Nik"]["verification"] == "claimed"
    assert "prosecutor" in e["Nik"]["claimed_by"].lower()


_RELAYED = """Power cut in Sumy after night drones

Regional head Oleh Hryhorov said drones attacked Sumy after midnight and damaged a boiler house.

In his account, an hour later a drone hit a farm building in Bilopillia, where a tractor driver was hurt. A shop in Krasnopillia burned after another drone struck it.
"""


def test_in_his_account_carries_the_official_on(extractor):
    e = _by_place(extractor, _RELAYED)
    assert e["Bil"]["verification"] == "claimed"
    assert e["Kra"]["verification"] == "claimed"


_DOWNING_THEN_NATIONAL = """Morning round-up

The storm closed two roads in the west.

According to the Air Force, nine drones were shot down over the Kirovohrad region overnight. Across the country, Russia launched 90 drones, and 70 of them were downed or jammed.
"""


def test_a_downing_stays_its_defenders_count_after_a_national_tally(extractor):
    e = _by_place(extractor, _DOWNING_THEN_NATIONAL)
    assert e["Kir"]["event_type"] == "interception"
    assert e["Kir"]["verification"] == "claimed"


@pytest.mark.parametrize(
    "piece",
    [
        " ",
        "a ",
        "Source: channels of the city administration; ",
        "(as established by the regional prosecutor's office) ",
    ],
)
def test_a_long_paste_is_read_in_linear_time(piece):
    from timing import cpu_seconds

    short, long = piece * 2_000, piece * 20_000
    t_short, _ = cpu_seconds(lambda: (declared_who(short), source_line(short), side_author(short)))
    t_long, _ = cpu_seconds(lambda: (declared_who(long), source_line(long), side_author(long)))
    assert t_long < max(t_short, 1e-4) * 30  # x10 the input: far from x100


_FORUM_LINE = """Zaporizhzhia region thread, Tuesday

Vilniansk: a drone hit a minibus near the market this morning, two passengers hurt, oblast admin says.
"""


def test_an_admin_is_an_administration(extractor):
    e = _by_place(extractor, _FORUM_LINE)
    assert e["Vil"]["verification"] == "claimed"
    assert "admin" in e["Vil"]["claimed_by"].lower()
