"""Extraction, fact-checks (issue 16): a verdict that doubts the claim it rates ("VERDICT:
False", "Rating: Misleading", "Our verdict - no evidence") makes the claimed events unverified;
a verdict that bears the claim out, and the check's own findings after the verdict, do not; and
the doubts of a check still under way ("not yet verified", "is working to verify these figures")."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.hedges import HEDGE


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _claim(verdict: str) -> str:
    return (
        "FACT CHECK: Was a radar station in Uman destroyed?\n\nBy the checking desk | 5 May 2025\n\n"
        "CLAIM: Channels say Russian missiles destroyed a radar station in Uman on 3 May, the "
        "defence ministry said.\n\n"
        f"{verdict} Nothing we found shows the station was hit.\n\n"
        "The air force said nine drones were shot down over the Cherkasy region on 3 May."
    )


@pytest.mark.parametrize(
    "verdict", ["VERDICT: False.", "Rating: Misleading.", "Our verdict - no evidence."]
)
def test_a_doubting_verdict_leaves_the_claim_unverified(extractor, verdict):
    events = {e["event_type"]: e for e in extractor.extract(_claim(verdict), "t")}
    assert events["strike"]["place"] == "Uman"
    assert events["strike"]["verification"] == "unverified"
    # the check's own findings after its verdict keep their speaker
    assert events["interception"]["verification"] == "claimed"


def test_a_verdict_that_bears_the_claim_out_changes_nothing(extractor):
    events = {e["place"]: e for e in extractor.extract(_claim("VERDICT: True."), "t")}
    assert events["Uman"]["verification"] == "claimed"


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Entry 9 - Shelling hit a clinic in Vovchansk. Not yet verified.", True),
        ("The monitors were not able to verify the account from Nova Kakhovka.", True),
        ("The mission is working to verify these figures.", True),
        ("Our desk is still verifying the reports from Tokmak.", True),
        # a doubt about a part of the sentence's news, and a check that was made
        ("The mission verified 12 deaths; it is still working to verify a higher figure.", False),
        ("Staff visited the site in Kupiansk and verified the damage.", False),
    ],
)
def test_doubts_still_being_checked(sentence, hedged):
    assert bool(HEDGE.search(sentence)) is hedged
