"""A correspondent's dispatch whose first sentence sets the scene and tells no event (a new user's
"KOSTIANTYNIVKA, Donetsk region, Dec. 4 - The town is almost empty ... Two guided bombs hit the
centre overnight" gave no event): a placeless event sentence of the lead, before any other place
or event is in play, is the dateline town's. Not when the lead names another town, a country or
a region, nor after an event drafted elsewhere (a wire's "In Kamianske ... The strike also
damaged a dozen cars" stays Kamianske's: ``test_extract_wrapped``)."""

from __future__ import annotations

from datetime import date

import pytest


def _records(extractor, text):
    got = extractor.extract(text, "t", published=date(2025, 12, 5))
    return [(e["place"][:4], e["event_type"], e["fatalities"], e["injured"]) for e in got]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a newspaper's dispatch: the scene, then the night's bombs in the same paragraph
        (
            "SLOVIANSK, Donetsk region, Dec. 4 - Half the shops on the main street have boarded "
            "windows now. Two guided bombs struck the centre overnight, killing an elderly man, "
            "rescuers said.",
            [("Slov", "strike", 1, None)],
        ),
        # a magazine's: the scene alone in the lead, the event in the paragraph after
        (
            "POKROVSK, Ukraine, March 3 (Courier) — Few people are left on the streets here.\n\n"
            "On Monday morning a drone hit a minibus near the railway station, wounding four "
            "passengers, police said.",
            [("Pokr", "strike", None, 4)],
        ),
        # an agency's, its name between slashes
        (
            "KUPIANSK, Kharkiv region, 12 May 2025 /Ukrinform/. Volunteers swept the market "
            "square on Monday. In the afternoon a missile struck a clinic, injuring five people.",
            [("Kupy", "strike", None, 5)],
        ),
        # fire heard from another town's direction puts no other place in play
        (
            "KOSTIANTYNIVKA, Donetsk region, Dec. 4 (Paper) - The town is almost empty now.\n\n"
            "Shelling could be heard from the direction of Chasiv Yar all evening. Two guided "
            "bombs hit the centre overnight, a police officer said.",
            [("Kost", "strike", None, None)],
        ),
        # a wire's: a meeting first, then the night's hit
        (
            "KHARKIV, Dec 4 (Wire) - Officials met aid groups on Thursday to plan for winter. "
            "Later that evening a missile hit an apartment block, wounding six, the mayor said.",
            [("Khar", "strike", None, 6)],
        ),
    ],
)
def test_a_placeless_event_in_a_dispatchs_lead_is_the_dateline_towns(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    "text, town",
    [
        # the country and a region are in play: the capital's wire tells of them, not of Kyiv
        (
            "KYIV, Dec 4 (Reuters) - Parliament sat late on Thursday. Russia launched 120 drones "
            "at Ukraine overnight, the air force said, and a missile hit an energy facility.",
            "Kyiv",
        ),
        # another town's event first: what follows is that town's, not the dateline's
        (
            "KRAMATORSK, Donetsk region, Dec. 4 - The market opened late. In Druzhkivka a drone "
            "hit a bus stop. Another drone hit a car an hour later, wounding its driver.",
            "Kram",
        ),
        # a place named in the lead is in play, even without an event of its own
        (
            "KRAMATORSK, Donetsk region, Dec. 4 - The market opened late; the road to "
            "Druzhkivka was closed. A drone hit a car an hour later, wounding its driver.",
            "Kram",
        ),
        # the story's later paragraphs are no longer the lead
        (
            "SLOVIANSK, Donetsk region, Dec. 4 - Half the shops have boarded windows.\n\n"
            "The mayor asked families to leave.\n\n"
            "Aid groups say a drone hit a car last week, wounding its driver.",
            "Slov",
        ),
    ],
)
def test_no_dateline_town_when_another_place_or_event_is_in_play(extractor, text, town):
    assert all(place != town for place, *_ in _records(extractor, text))
