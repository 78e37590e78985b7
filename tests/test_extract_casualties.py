"""Extraction, casualty figures: in words and digits, before and after the verb."""

from __future__ import annotations

import pytest

from geo.extract import Extractor
from geo.extract.casualties import casualty_figures


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_figures_in_words_and_digits(extractor):
    text = "Kyiv, 2025-03-01\nA missile hit Kharkiv on Friday; two people were killed and eleven injured."
    (e,) = extractor.extract(text, "t")
    assert (e["fatalities"], e["injured"]) == (2, 11)
    (e,) = extractor.extract("Kyiv, 2025-03-01\nShelling of Nikopol on Friday, injuring 15.", "t")
    assert e["injured"] == 15 and e["weapon_category"] == "artillery"


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Shelling killed three civilians and wounded 12 others.", {"killed": 3, "injured": 12}),
        ("Four people were injured.", {"injured": 4}),
        ("The blast wounded at least 1,200 people.", {"injured": 1200}),
        ("Nobody was hurt in the attack.", {"killed": 0, "injured": 0}),
        ("The road is 15 km long.", {}),
    ],
)
def test_casualty_figures(sentence, figures):
    assert casualty_figures(sentence) == figures
