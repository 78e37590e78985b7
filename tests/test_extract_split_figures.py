"""Extraction, figures: a sentence that splits its figures between its places, each told with its
own place ("killed three people in Dnipro and four in Pavlohrad", "wounding two in Nikopol and
killing one in Marhanets"), gives each place its own figure, of the kind its clause says or,
when it leaves it out, of the casualty word before it; not the largest to the first-named."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _figures(extractor, text: str) -> dict[str, tuple[int | None, int | None]]:
    out: dict[str, tuple[int | None, int | None]] = {}
    for e in extractor.extract(text, "t"):
        out.setdefault(e["place"], (e["fatalities"], e["injured"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire story: the second figure leaves out its people and its verb
        (
            "DNIPRO, July 9 (Agency) - A Russian missile attack on Monday killed three people in "
            "Dnipro and four in Pavlohrad, the regional governor said.",
            {"Dnipro": (3, None), "Pavlohrad": (4, None)},
        ),
        # a governor's post: one place's wounded, another's dead, each with its own verb
        (
            "Dnipropetrovsk regional administration\n9 July 2024\n\n"
            "Russian artillery shelled Nikopol and Marhanets overnight, wounding two people in "
            "Nikopol and killing one in Marhanets.",
            {"Nikopol": (None, 2), "Marhanets": (1, None)},
        ),
        # a factbox line: the town named with its kind ("the town of")
        (
            "Kyiv, 9 July 2024\n\n"
            "Drones and missiles struck the Sumy region on Saturday, killing one person in Sumy "
            "and five in the town of Konotop, officials said.",
            {"Sumy": (1, None), "Konotop": (5, None)},
        ),
        # a clause each: "were wounded in X and one was killed in Y"
        (
            "Kherson, 12 May 2025\n\n"
            "Russian troops shelled the right bank overnight: two people were wounded in Kherson "
            "and one was killed in Bilozerka.",
            {"Kherson": (None, 2), "Bilozerka": (1, None)},
        ),
    ],
)
def test_each_place_its_own_figure(extractor, text, expected):
    figures = _figures(extractor, text)
    for place, pair in expected.items():
        assert figures.get(place) == pair, figures


def test_a_total_for_both_stays_on_the_first_named(extractor):
    text = (
        "Kyiv, 9 July 2024\n\n"
        "Russian missiles struck Odesa and Mykolaiv on Monday, injuring 14 people in the two "
        "cities."
    )
    figures = _figures(extractor, text)
    assert figures["Odesa"] == (None, 14)
    assert figures["Mykolayiv"] == (None, None)


def test_a_count_of_drones_is_no_casualty_figure(extractor):
    text = (
        "Kyiv, 9 July 2024\n\n"
        "Russian drones attacked Kharkiv, Sumy and Konotop on Monday, killing two people in "
        "Sumy and one in Konotop and damaging 12 houses in Kharkiv."
    )
    figures = _figures(extractor, text)
    assert (figures["Sumy"], figures["Konotop"]) == ((2, None), (1, None))
    assert figures["Kharkiv"] == (None, None)
