"""Extraction, who speaks for which sentence (verif40): a later paragraph restating the
attacker and the weapon in the report's voice does not undo a speaker's word on an event told
in an earlier paragraph (``continuation``); a region's official speaks for his region, not for
a town of another region told after him in his paragraph (``region_reach``); an author's name
over its post's date line heads his post (``document_voice``); a state that is no side issues
nothing (``neutral_issuer``)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.document_voice import post_author
from geo.extract.neutral_issuer import neutral_issuer
from geo.extract.region_reach import regional


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text: str, day: date = date(2026, 11, 27)) -> dict[str, dict]:
    """The events by the first three letters of their place (the gazetteer's spelling varies)."""
    return {e["place"][:3]: e for e in extractor.extract(text, "test", day)}


_LATER_PARAGRAPH = """Glide bombs hit Zaporizhzhia

Two guided bombs hit an industrial quarter of Zaporizhzhia on Tuesday afternoon, regional officials said. In the town of Vilniansk, to the north-east, a man was killed when a drone struck his car in the morning, the governor added.

Zaporizhzhia sits some 35 kilometres from the Russian positions, which puts it in reach of bombs that Russian aircraft release far behind the front.
"""


def test_a_later_paragraph_in_the_report_s_voice_keeps_the_speaker_s_word(extractor):
    events = _by_place(extractor, _LATER_PARAGRAPH, date(2025, 11, 18))
    vil = next(e for k, e in events.items() if k in ("Vil", "Vol"))
    assert vil["verification"] == "claimed"


def test_a_region_s_official_by_his_name():
    assert regional("the regional head") and regional("Sumy OVA")
    assert not regional("Kharkiv mayor Ihor Terekhov") and not regional("Air Force")


def test_a_later_town_of_another_region_is_the_report_s_own(extractor):
    text = (
        "Another night of drones\n\nRussia sent 80 drones at Ukraine overnight. In Chernihiv a "
        "drone hit a block of flats, injuring three, the regional head says. In Konotop a "
        "missile struck a school, wounding six.\n"
    )
    events = _by_place(extractor, text)
    assert events["Che"]["verification"] == "claimed"
    assert events["Kon"]["verification"] == "confirmed"


def test_a_later_town_of_the_same_region_stays_the_governor_s(extractor):
    text = (
        "Another night of drones\n\nIn Kharkiv a drone hit a shop, injuring two, the regional "
        "governor says. In Chuhuiv a guided bomb struck a garage, wounding four.\n"
    )
    events = _by_place(extractor, text)
    assert events["Kha"]["verification"] == "claimed"
    assert events["Chu"]["verification"] == "claimed"


def test_an_author_s_name_over_his_post_s_date_line_is_his_word_throughout(extractor):
    text = (
        "Oleksandr Prokudin\n27 November, 09:12\n\nThe enemy shelled Kherson with artillery "
        "overnight, two people were wounded. Bilozerka and Antonivka were also shelled, "
        "no casualties.\n"
    )
    events = _by_place(extractor, text)
    assert {events[k]["verification"] for k in ("Khe", "Bil", "Ant")} == {"claimed"}
    assert events["Bil"]["claimed_by"] == "Oleksandr Prokudin"
    assert post_author(text) == "Oleksandr Prokudin"
    # a headline over a date line names no author
    assert post_author("Drones hit Kherson again\n27 November, 09:12\n\nThe city ...") is None
    assert post_author("Kharkiv Today\n27 November\n\nDrones hit the city.") is None


def test_a_paragraph_of_governors_claims_across_regions_is_read_in_linear_time(extractor):
    from timing import cpu_seconds

    head = "Night report\n\n"
    claim = (
        "In Chernihiv a drone hit a block of flats, injuring three, the regional head says. "
        "In Konotop a missile struck a school, wounding six. "
    )

    def read(text: str) -> list:
        return extractor.extract(text, "t")

    small_s, _ = cpu_seconds(read, head + claim * 100)
    big_s, _ = cpu_seconds(read, head + claim * 800)
    assert big_s < 20 * max(small_s, 1e-3), (small_s, big_s)


_NEIGHBOUR = """MINISTRY OF DEFENCE - REPUBLIC OF POLAND
Press release, 14 March 2026

Overnight Russian drones attacked Lviv and Lutsk. A drone struck an industrial site in Lutsk.
"""


def test_a_state_that_is_no_side_issues_nothing(extractor, gazetteer):
    assert neutral_issuer("MINISTRY OF DEFENCE", _NEIGHBOUR, gazetteer)
    # a side's ministry, by its country or its adjective, issues its side's word
    assert not neutral_issuer("Ministry of Defence of Ukraine", "", gazetteer)
    assert not neutral_issuer("Russian Ministry of Defence", "", gazetteer)
    assert not neutral_issuer("Odesa Regional Military Administration", "", gazetteer)
    events = _by_place(extractor, _NEIGHBOUR, date(2026, 3, 14))
    assert events["Lut"]["verification"] == "confirmed"
    assert events["Lut"]["claimed_by"] is None
