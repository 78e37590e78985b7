"""A record whose figures a later sentence raised quotes that sentence in its notes beside its own
(newuser19: the popup showed an update's toll of 11 under the first version's "killing five")."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2026, 12, 2)


@pytest.mark.parametrize(
    "text, killed, later",
    [
        ("KHARKIV, Dec 1 (Wire) - A glide bomb hit a shopping centre in Kharkiv on Monday, "
         "killing two people, the mayor said.\n\nUPDATE 1 - Kharkiv toll climbs\n\nKHARKIV, "
         "Dec 2 (Wire) - The death toll from the glide bomb that struck a shopping centre in "
         "Kharkiv on Monday has risen to seven, officials said.", 7, "has risen to seven"),
        ("09:10 A drone hit a bus stop in Kherson this morning, injuring three people, the "
         "regional governor wrote.\n\n11:45 The number of people injured in the drone attack on "
         "Kherson has risen to eight, the governor now says.", None, "has risen to eight"),
    ],
)  # fmt: skip
def test_a_raised_toll_is_quoted_beside_the_first_telling(extractor, text, killed, later):
    records = extractor.extract(text, "t", published=PUBLISHED)
    assert len(records) == 1
    (r,) = records
    assert later not in r["source_text"]
    assert later in (r["notes"] or "")
    if killed is not None:
        assert r["fatalities"] == killed


def test_figures_first_given_later_are_no_revision(extractor):
    text = (
        "A missile struck a warehouse in Odesa overnight, the governor said. Four people were "
        "injured in the Odesa strike, he added."
    )
    (r,) = extractor.extract(text, "t", published=PUBLISHED)
    assert r["injured"] == 4
    assert "revised" not in (r["notes"] or "")
