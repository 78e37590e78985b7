"""Extraction, attribution: claims, hedges, the acting side and the verification they give."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.attribution import claimant_in, independent, verification
from geo.extract.hedges import HEDGE
from geo.extract.issuer import side_author


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(events):
    return {e["place"]: e for e in events}


def test_claims_and_hedges(extractor):
    text = (
        "Moscow, 2025-03-01\n"
        "The Russian Ministry of Defence said it had struck a depot in Kramatorsk with Iskander missiles.\n"
        "According to unconfirmed reports, drones hit an oil refinery near Saratov. It could not be verified.\n"
    )
    e = _by_place(extractor.extract(text, "t"))
    assert e["Kramatorsk"]["verification"] == "claimed"
    assert e["Kramatorsk"]["claimed_by"] == "Russian Ministry of Defence"
    assert e["Kramatorsk"]["actor"] == "Russia"
    assert e["Saratov"]["verification"] == "unverified" and e["Saratov"]["geo_precision"] == 2


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("According to the regional governor, a drone hit a shed.", "Regional governor"),
        ("The army said two drones were downed.", "Army"),
        ("A drone hit a shed, as reported by local media.", "Local media"),
        ("A drone hit a shed on the outskirts.", None),
        # a clause's opening word is not part of the speaker's name
        (
            "Shelling went on near Siversk, where the army's press office reported two raids.",
            "Army's press office",
        ),
        (
            "Drones hit a depot, while Russia's defence ministry said 12 were downed.",
            "Russia's defence ministry",
        ),
        ("Two barges sank after port officials reported a mine.", "Port officials"),
    ],
)
def test_who_a_sentence_quotes(sentence, who):
    assert claimant_in(sentence) == who


def test_verification_status():
    assert verification(hedged=True, confirmed=True, attributed=True) == "unverified"
    assert verification(hedged=False, confirmed=False, attributed=True) == "claimed"
    assert verification(hedged=False, confirmed=True, attributed=True) == "confirmed"
    assert verification(hedged=False, confirmed=False, attributed=False) == "confirmed"


def test_a_sides_own_bulletin_is_its_claim_and_hedges_win(extractor):
    from test_extract_places import AIR_FORCE_TALLY

    events = extractor.extract(AIR_FORCE_TALLY, "t")
    assert {e["verification"] for e in events[:3]} == {"claimed"}
    assert {e["claimed_by"] for e in events[:3]} == {"Air Force of Ukraine"}
    assert events[-1]["place"] == "Kremenchuk" and events[-1]["verification"] == "unverified"


def test_who_issued_the_report():
    # the body, not the kind of document before it
    assert side_author("Statement of the Ministry of Defence\n25 December 2024\n\nText.") == (
        "Ministry of Defence"
    )
    assert side_author("Anna Petrenko | Head of Sumy Regional Military Administration\nx") == (
        "Head of Sumy Regional Military Administration"
    )
    assert side_author("Daily assessment, 16 February 2024\nCentre for Studies\n") is None
    # a translator's note in brackets before the date is no part of the body's name
    assert side_author(
        "Briefing of the Ministry of Defence (working translation), 3 June 2025\n"
    ) == ("Ministry of Defence")


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("State Emergency Service | Sumy region\n3 March 2025\n", "State Emergency Service"),
        ("UKRENERGO: GRID UPDATE\n3 March 2025\n", "UKRENERGO: GRID UPDATE"),
        ("Ukrzaliznytsia - note for travellers\n3 March 2025\n", None),
        # a prosecutor's office, an investigators' committee or a city council: a side's organs
        ("Poltava Regional Prosecutor's Office\nNews, 3 March 2025\n", None),
        (
            "Office of the Prosecutor General | Ukraine\n3 March 2025\n",
            "Office of the Prosecutor General",
        ),
        ("Investigative Committee of Russia\nStatement of 3 March 2025\n", None),
        ("Mykolaiv City Council - official news\n3 March 2025\n", None),
    ],
)
def test_state_services_and_state_companies_issue_their_own_posts(header, issuer):
    # a rescue service, the grid operator and the railways are a side's bodies too; of a
    # "Body | Region" line, the part naming the body is the issuer
    assert side_author(header) == (issuer or header.splitlines()[0])


def test_a_state_companys_note_is_its_claim_of_the_day(extractor):
    text = (
        "Ukrzaliznytsia | notice to customers\nSunday, 2 March 2025\n\n"
        "Drones struck the depot at Fastiv station. One mechanic was hurt."
    )
    (event,) = extractor.extract(text, "t")
    assert event["verification"] == "claimed" and event["claimed_by"] == "Ukrzaliznytsia"
    assert event["event_date"] == "2025-03-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "We have not been able to verify the figure.",
        "Claims by either side are hard to confirm.",
        "Videos appeared to show smoke over the base.",
        "We have not seen visual confirmation of this.",
    ],
)
def test_hedges(sentence):
    assert HEDGE.search(sentence)


def test_independent_bodies():
    assert independent("The UN humanitarian office") and independent("IAEA")
    assert not independent("Regional governor") and not independent(None)


@pytest.mark.parametrize(
    "sentence",
    ["A clip said to show the blast was shared widely.", "Footage purportedly from the port."],
)
def test_footage_said_to_show_something_is_a_hedge(sentence):
    assert HEDGE.search(sentence)


def test_a_later_sentences_speaker_does_not_claim_the_figures_before_it(extractor):
    text = (
        "Geneva, 2025-06-03\n\n"
        "On 1 June a bomb hit the market of Kostiantynivka. The monitors verified that four "
        "civilians died. Residents told the monitors that no soldiers were nearby."
    )
    (event,) = extractor.extract(text, "t")
    assert event["verification"] == "confirmed" and event["claimed_by"] is None


def test_a_report_not_yet_verified_is_hedged_but_extra_cases_not_yet_verified_are_not():
    assert HEDGE.search("The monitors have not yet been able to verify this report.")
    assert not HEDGE.search("The monitors have not yet been able to verify the additional cases.")


def test_a_prosecutors_release_is_its_claim_throughout(extractor):
    text = (
        "Zhytomyr Regional Prosecutor's Office\nPress release, 5 May 2025\n\n"
        "On 4 May 2025 Russian forces struck Korosten with drones. A man, 52, was injured.\n\n"
        "Later that night a missile hit Ovruch, damaging a school."
    )
    events = extractor.extract(text, "t")
    assert events and all(e["verification"] == "claimed" for e in events), events


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The navy has published its tally: 12 of 15 sea drones were sunk.", "navy"),
        (
            "Belarus's border service released its weekly figures on Friday.",
            "Belarus's border service",
        ),
        ("The General Staff issued their morning summary at 08:00.", "General Staff"),
        # no tally of one's own: pictures someone published, an interview's date
        ("Photographs published on Sunday show a burned hangar at Saky.", None),
        ("Interview published Tuesday, 4 March 2025.", None),
    ],
)
def test_publishing_ones_own_tally_is_saying_it(sentence, who):
    found = claimant_in(sentence)
    assert (found and found.lower().endswith(who.lower())) if who else found is None


def test_a_published_tally_opening_a_paragraph_makes_its_interceptions_claims(extractor):
    text = (
        "Live updates - Friday 7 March 2025\n\n"
        "07:50 - The air force has published its tally: Russia used 140 drones, of which 100 were "
        "shot down. Air defences worked over the Sumy and Poltava provinces."
    )
    events = [e for e in extractor.extract(text, "t") if e["event_type"] == "interception"]
    assert events and {e["verification"] for e in events} == {"claimed"}
