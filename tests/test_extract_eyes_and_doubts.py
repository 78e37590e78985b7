"""Extraction, verification (issue 16): a side's word that the report's own people saw borne out
is confirmed when they are named by their agency without an article ("AFP journalists at the
scene saw", "Reuters reporters saw": read before only as "an AFP reporter"); a doubt over a
side's claim with "immediately" ("This could not be immediately verified") or over both sides'
accounts ("Neither side's battlefield accounts can be independently confirmed") makes it
unverified. First run: the two eyes' texts claimed by the governor, the two doubts claimed."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile struck a warehouse in Kharkiv on Monday, killing three guards, the "
        "regional governor said. AFP journalists at the scene saw rescuers carrying out bodies.",
        "Three guards died when a missile hit a warehouse in Kharkiv, the governor wrote. Reuters "
        "reporters saw the burnt-out building on Tuesday morning.",
    ],
)
def test_an_agencys_own_journalists_bear_out_a_sides_word(extractor, text):
    records = extractor.extract(f"Kharkiv\n\n{text}\n", "t", DAY)
    assert [r["verification"] for r in records] == ["confirmed"]


@pytest.mark.parametrize(
    "doubt",
    [
        "This could not be immediately verified.",
        "Neither side's battlefield accounts can be independently confirmed.",
    ],
)
def test_a_doubt_over_a_sides_claim_makes_it_unverified(extractor, doubt):
    text = (
        "Kursk\n\nRussia's defence ministry said its troops had retaken the village of Olgovka "
        f"in the Kursk region. {doubt}\n"
    )
    assert [r["verification"] for r in extractor.extract(text, "t", DAY)] == ["unverified"]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Shelling wrecked a house in Huliaipole overnight, Ivan Fedorov, head of the regional "
            "military administration, said on Telegram.",
            "Head of the regional military administration",
        ),
        (
            "A drone hit a minibus in Kherson, said the regional governor on Telegram.",
            "Regional governor",
        ),
    ],
)
def test_where_a_speaker_posted_is_not_the_speaker(extractor, sentence, claimant):
    """First run: 'On Telegram' and 'Regional governor on Telegram'."""
    records = extractor.extract(f"South\n\n{sentence}\n", "t", DAY)
    assert [(r["verification"], r["claimed_by"]) for r in records] == [("claimed", claimant)]
