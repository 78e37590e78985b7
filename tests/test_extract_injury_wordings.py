"""Extraction, casualty figures in wordings of the hurt that the counts before their verb did not
read: a count "now counted as injured", a revised one ("... and the injured to 19",
"INJURED NOW NINE"), hurt who "got injuries" or "a wound", a count whose
people are "of" their workplace before "received injuries", and an age given roughly ("a man of
about 40"), which is no count."""

from __future__ import annotations

import pytest

from geo.extract.casualties import casualty_figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Five people are now counted as injured.", {"injured": 5}),
        ("By evening seven residents were counted among the injured.", {"injured": 7}),
        ("Four workers got injuries and were taken to hospital.", {"injured": 4}),
        ("Our driver got a light wound in the shoulder.", {"injured": 1}),
        ("Two employees of the depot received injuries.", {"injured": 2}),
        ("Three staff of the bakery sustained burns.", {"injured": 3}),
        ("A man of about 40 was wounded in the legs.", {"injured": 1}),
        ("A woman of around 70 was killed in her garden.", {"killed": 1}),
        # the hurt by their trade, or cut by glass
        ("Its cameraman was wounded in the arm.", {"injured": 1}),
        ("Our pharmacist received cuts from glass and was treated on site.", {"injured": 1}),
        ("Two nurses were cut by glass; the walls were damaged.", {"injured": 2}),
        ("A cashier was cut by flying glass.", {"injured": 1}),
        # a toll revised: the injured's count after the dead's rise, an update's "injured now"
        (
            "The number of dead rose to four by noon and the injured to 19, rescuers said.",
            {"killed": 4, "injured": 19},
        ),
        ("KRYVYI RIH UPDATE: INJURED NOW NINE, TWO IN SERIOUS CONDITION", {"injured": 9}),
        ("Wounded now 6, the city administration says.", {"injured": 6}),
    ],
)
def test_wordings_of_the_hurt(sentence, figures):
    assert casualty_figures(sentence) == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 40 drones were counted as launched overnight.",  # no one hurt
        "A shell of about 152 mm hit the yard.",  # a calibre, no age
        "The glass was cut by workers to fit the frames.",
    ],
)
def test_no_figure_of_the_hurt(sentence):
    assert "injured" not in casualty_figures(sentence)
