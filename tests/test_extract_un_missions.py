"""A side's diplomats at the United Nations speak for their side: a statement headed by a
country's permanent mission, or a letter its permanent representative has circulated as a UN
document, is that side's word throughout, not the UN's."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.attribution import independent
from geo.extract.issuer import side_author


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "PERMANENT MISSION OF UKRAINE TO THE UNITED NATIONS\n\nRemarks at the Council\n\nText.",
            "PERMANENT MISSION OF UKRAINE TO THE UNITED NATIONS",
        ),
        (
            "Embassy of the Russian Federation in Ankara\nPress release, 2 May 2025\n\nText.",
            "Embassy of the Russian Federation in Ankara",
        ),
        (
            "United Nations\nSecurity Council\nS/2025/101\n4 March 2025\n\n"
            "Letter dated 3 March 2025 from the Permanent Representative of Ukraine to the "
            "United Nations addressed to the President of the Security Council\n\nText.",
            "Permanent Representative of Ukraine to the United Nations",
        ),
    ],
)
def test_a_sides_mission_or_its_circulated_letter_is_the_issuer(text, body):
    assert side_author(text) == body


@pytest.mark.parametrize(
    "text",
    [
        "United Nations\nOffice for the Coordination of Humanitarian Affairs\n4 March 2025\n",
        "United Nations\nSecurity Council\nS/2025/101\n4 March 2025\n\n"
        "Letter dated 3 March 2025 from the Secretary-General addressed to the President of "
        "the Security Council\n\nText.",
        "UN report: the Permanent Representative of Ukraine told the Council of new strikes\n",
    ],
)
def test_the_uns_own_papers_name_no_side(text):
    assert side_author(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a mission's statement that names the UN in its body
        "Permanent Mission of Ukraine to the United Nations\n\n"
        "Statement at the Security Council, 4 March 2025\n\n"
        "On 2 March a Russian glide bomb hit a school in Kupiansk, killing two teachers. "
        "The United Nations has repeatedly called for the protection of civilians.\n",
        # the envoy's letter under the UN document's symbols
        "United Nations\nGeneral Assembly\nA/79/900\n12 March 2025\n\n"
        "Letter dated 11 March 2025 from the Permanent Representative of Ukraine to the United "
        "Nations addressed to the Secretary-General\n\n"
        "On 9 March a Russian drone hit a bus station in Nikopol, wounding five people.\n",
    ],
)
def test_the_missions_account_of_a_strike_is_its_claim(extractor, text):
    (event,) = extractor.extract(text, "t")
    assert event["verification"] == "claimed"


def test_a_delegates_turn_in_a_council_record_is_the_sides_word(extractor):
    text = (
        "SECURITY COUNCIL — provisional verbatim record\n"
        "New York, Tuesday, 4 March 2025, 3 p.m.\n\n"
        "The President: I now give the floor to the representative of Ukraine.\n\n"
        "Mr. Petrenko (Ukraine): On 2 March a Russian glide bomb hit a school in Kupiansk, "
        "killing two teachers.\n\n"
        "The President: I give the floor to the representative of the Russian Federation.\n\n"
        "Mr. Sidorov (Russian Federation): On 1 March Ukrainian rockets struck the market in "
        "Horlivka, killing three residents.\n\n"
        "Ms. Larsen (Norway): We call on all parties to protect civilians.\n"
    )
    events = {e["place"]: e for e in extractor.extract(text, "t")}
    assert events["Kupyansk"]["verification"] == "claimed"
    assert events["Horlivka"]["verification"] == "claimed"
    assert "Russian Federation" in events["Horlivka"]["claimed_by"]


def test_a_sides_envoy_to_the_un_is_no_independent_body():
    assert independent("United Nations")
    assert independent("the UN Human Rights Monitoring Mission")
    assert not independent("Permanent Representative of Ukraine to the United Nations")
    assert not independent("Permanent Mission of the Russian Federation to the UN")
