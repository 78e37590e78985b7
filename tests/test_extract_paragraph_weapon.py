"""Extraction: a strike told with no weapon of its own after a sentence of its paragraph naming
one kind of weapon, in a sentence naming the strike's own place (issue 16, the writers' "record
near, other weapon category" with ours empty): the paragraph's weapon ("X spent a night under
drones. The mayor said a warehouse in X was hit": a drone), not an empty one. A sentence naming its
own weapon keeps it; a paragraph naming none, or naming it for another place ("Drones damaged a
substation in X. In Y a site was hit"), gives none."""

from __future__ import annotations

import pytest
from test_extract_list_lead_ins import _strikes

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # a weekly digest: a night of drones over a city, then the mayor's count of its hits
        (
            "WEDNESDAY\nPoltava spent a second night under drones. The mayor said a warehouse "
            "in Poltava was hit, with no one hurt.",
            "Poltava",
            "drone",
        ),
    ],
)
def test_a_strike_without_weapon_takes_its_paragraphs(extractor, text, place, category):
    assert _strikes(extractor, text).get(place) == {category}


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # its own weapon named
        (
            "Drones attacked Sumy overnight. In the afternoon artillery shelled Shostka, "
            "wounding a man.",
            "Shostka",
            "artillery",
        ),
        # the paragraph's weapon hit another place: which hit this one is not told
        (
            "Overnight drones damaged a substation in Sumy. In Shostka a warehouse was hit, "
            "the mayor said.",
            "Shostka",
            None,
        ),
        # no weapon in the paragraph: none
        (
            "Officials reported a quiet morning in Sumy.\n\nA warehouse in Shostka was hit in "
            "the afternoon, the mayor said.",
            "Shostka",
            None,
        ),
    ],
)
def test_a_strike_keeps_its_own_weapon_or_none(extractor, text, place, category):
    assert _strikes(extractor, text).get(place) == {category}
