"""Extraction, verification in voices nobody here wrote (verif32): a project's grading words
("pending", "not yet checked") doubt the entry; a new account opening with its weekday ("On
Monday morning ...") is the report's own, not the speaker's above; a translated document whose
header names a side's body as its source ("Translated from Russian. Source: press service of
the Governor of X.") is that body's word; a list under a speaker's "said that:" is his word
item by item; "authorities state that" is a verb of saying."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text: str) -> dict[str, dict]:
    events = extractor.extract(text, "test", date(2025, 6, 9))
    return {e["place"]: e for e in events}


_GRADED = """Civilian harm log, week of 2-8 June 2025

6 June, Kramatorsk. A drone hit a parked lorry by the bus depot; no one hurt. Grade A: two local outlets and our own check of the photos.

7 June, Sloviansk. A glide bomb fell near the market. Grade C: pending, the footage is not yet checked.
"""


def test_a_projects_pending_grade_doubts_its_entry(extractor):
    e = _by_place(extractor, _GRADED)
    assert e["Slovyansk"]["verification"] == "unverified"
    assert e["Kramatorsk"]["verification"] == "confirmed"


_WEEKDAY = """Clinic bulletin

The regional administration said a guided bomb hit a school in Derhachi on Saturday evening; nobody was hurt.

On Monday morning a drone hit the depot in Chuhuiv where we keep our medicines. Nobody was hurt.
"""


def test_a_new_account_opening_with_its_weekday_is_the_reports_own(extractor):
    e = _by_place(extractor, _WEEKDAY)
    assert e["Derhachi"]["verification"] == "claimed"
    assert (e["Chuhuyiv"]["verification"], e["Chuhuyiv"]["claimed_by"]) == ("confirmed", None)


_TRANSLATED = """Translated from Russian. Source: press service of the Governor of the Belgorod Region.
9 June 2025

Overnight the Ukrainian army attacked the region with drones. In Shebekino a drone hit a shop; a man was wounded. In Valuyki a drone damaged the roof of a garage.
"""


@pytest.mark.parametrize("place", ["Shebekino", "Valuyki"])
def test_a_translated_documents_source_line_names_its_issuer(extractor, place):
    e = _by_place(extractor, _TRANSLATED)[place]
    assert (e["verification"], e["claimed_by"]) == ("claimed", "Governor of the Belgorod Region")


_LISTED = """What we know this evening

In its evening update, Ukraine's General Staff said that:
- its drones hit a fuel depot in Dzhankoi overnight;
- a Russian radar near Tokmak was destroyed;

Separately, a drone struck a car in Nikopol and wounded the driver.
"""


@pytest.mark.parametrize("place", ["Dzhankoy", "Tokmak"])
def test_a_list_under_a_speakers_colon_is_his_word(extractor, place):
    e = _by_place(extractor, _LISTED)[place]
    assert e["verification"] == "claimed"
    assert "General Staff" in e["claimed_by"]


def test_authorities_state_that(extractor):
    text = "Security notice, 9 June 2025\n\nUkrainian authorities state that a drone hit a warehouse in Lutsk overnight.\n"
    e = _by_place(extractor, text)["Lutsk"]
    assert (e["verification"], e["claimed_by"]) == ("claimed", "Ukrainian authorities")


_EDITORIAL = """Opinion | A city under fire

On 2 June, Russian missiles struck a dormitory in Kremenchuk, killing nine students.

Moscow's defence ministry described the strike as a hit on "a fuel depot". It offered no evidence.
"""


def test_the_attackers_word_on_its_target_leaves_the_reports_own_strike(extractor):
    e = _by_place(extractor, _EDITORIAL)["Kremenchuk"]
    assert (e["verification"], e["claimed_by"], e["fatalities"]) == ("confirmed", None, 9)


_LIVE = """Live updates, 9 June 2025

08:10 UNCONFIRMED: Local channels report an explosion at the airfield in Morozovsk. We are working to verify.

09:30 Satellite images show a damaged hangar at the Morozovsk airfield.
"""


def test_a_doubt_the_reports_own_evidence_resolves_later(extractor):
    assert _by_place(extractor, _LIVE)["Morozovsk"]["verification"] == "confirmed"


def test_we_saw_no_craters_is_no_evidence():
    from geo.extract.attribution import ATTESTED

    assert not ATTESTED.search("We saw no new craters or burnt buildings at the range.")
    assert ATTESTED.search("We saw smoke rising over the depot.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces likely advanced near Borova.",
        "A drone may have hit the depot in Lgov.",
        "The missile is believed to have struck a hangar.",
    ],
)
def test_the_reports_own_guess_is_a_doubt(sentence):
    from geo.extract.hedges import HEDGE

    assert HEDGE.search(sentence)


@pytest.mark.parametrize(
    "sentence", ["More drones are likely to attack tonight.", "A drone hit a depot in Lgov."]
)
def test_no_guess_no_doubt(sentence):
    from geo.extract.hedges import HEDGE

    assert not HEDGE.search(sentence)
