"""Extraction, verification: a monitor's or a paper's doubt in the word "corroborate" ("we have
not yet corroborated this account", "the monitors could not corroborate it", "figures we are
still working to corroborate") hedges the claim before it as "verify" and "confirm" do; and one
that says the body has "not yet been able to verify it"; so does a failed geolocation ("the clip
could not be geolocated", "we found no geolocated footage"). Own test sentences (verif31)."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 7, 21)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "16 July, Sumy. Town officials said a guided bomb damaged a clinic and hurt four "
            "people. We have not yet corroborated this account.",
            "Sumy",
        ),
        (
            "A villager told our monitors that shelling killed his brother in Huliaipole on "
            "Friday. The monitors could not corroborate his account.",
            "Huliaipole",
        ),
        (
            "The district council reported that a drone struck a tractor near Nikopol on 3 "
            "July. Our team is still working to corroborate the report.",
            "Nikopol",
        ),
        (
            "On 12 July, according to the city council, a drone hit a minibus in Kherson, "
            "killing the driver. The Mission has received this report but has not yet been "
            "able to verify it.",
            "Kherson",
        ),
        # a geolocation that failed is a doubt, not evidence
        (
            "A clip that pro-Russian channels say shows fighting in the centre of Lyman could not "
            "be geolocated.",
            "Lyman",
        ),
        (
            "Russian bloggers claim a tank column was destroyed near Lyman. We found no "
            "geolocated footage of it.",
            "Lyman",
        ),
    ],
)
def test_a_doubt_in_the_word_corroborate_leaves_the_claim_unverified(extractor, text, place):
    found = [e for e in extractor.extract(text, "t", DAY) if place in e["place_mention"]]
    assert found and {e["verification"] for e in found} == {"unverified"}


def test_what_the_monitor_corroborated_stays_its_own(extractor):
    text = (
        "On 9 July a missile hit a school in Sumy. Our monitors corroborated two deaths with "
        "the families."
    )
    found = [e for e in extractor.extract(text, "t", DAY) if "Sumy" in e["place_mention"]]
    assert found and {e["verification"] for e in found} == {"confirmed"}


def test_a_geolocated_clip_still_bears_the_event_out(extractor):
    text = "Geolocated footage shows Russian troops advancing in the eastern part of Lyman."
    found = [e for e in extractor.extract(text, "t", DAY) if "Lyman" in e["place_mention"]]
    assert found and {e["verification"] for e in found} == {"confirmed"}
