"""A regional head's own interception tally ("air defence destroyed 14 drones over the territory of
our region", a Belgorod governor's post, gave no event): "our region", "the region" of a sentence
naming no event place is the region whose governor or head speaks, in the sentence or in the
post's header, as an interception there at region precision with its count."""

from __future__ import annotations

from datetime import date

import pytest


def _records(extractor, text):
    got = extractor.extract(text, "t", published=date(2025, 12, 5))
    return [(e["event_type"], e["place"][:5], e["geo_precision"], e["destroyed"]) for e in got]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the governor named in the post's header
        (
            "Vyacheslav Gladkov, Governor of the Belgorod Region\nTelegram, 5 December\n\n"
            "Overnight, air defence destroyed 14 drones over the territory of our region. There "
            "were no casualties.",
            [("interception", "Belgo", 3, 14)],
        ),
        # a channel's header naming the office only
        (
            "Governor of the Kursk region | official channel\n\nAir defence forces shot down 22 "
            "UAVs over the territory of our region during the night. No one was injured.",
            [("interception", "Kursk", 3, 22)],
        ),
        # a wire's sentence: the governor after his region, "the region"
        (
            "Belgorod governor Vyacheslav Gladkov said on Telegram that air defence had destroyed "
            "14 drones over the territory of the region overnight, with no casualties.",
            [("interception", "Belgo", 3, 14)],
        ),
        # his words quoted first, the speaker after
        (
            '"Our air defence brought down nine drones above our region tonight," Voronezh '
            "region governor Alexander Gusev wrote.",
            [("interception", "Voron", 3, 9)],
        ),
        # "the governor of the X region, Name," before the tally
        (
            "The governor of the Bryansk region, Alexander Bogomaz, said that 11 drones were "
            "destroyed over the region overnight.",
            [("interception", "Bryan", 3, 11)],
        ),
    ],
)
def test_a_governors_tally_over_our_region_is_his_regions(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town named for the event: the governor's region is only the speaker's
        (
            "Kursk governor Alexander Khinshtein said a drone hit a house in Rylsk, wounding two.",
            [("strike", "Rylsk", 1, None)],
        ),
        # a country's total: no region, no record
        (
            "Ukraine's air force said it destroyed 50 drones over the territory of the country.",
            [],
        ),
    ],
)
def test_no_governed_region_when_the_event_has_its_own_place(extractor, text, expected):
    assert _records(extractor, text) == expected
