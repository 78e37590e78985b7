"""A later toll told in the passive with "now", "still" or "being" between its verbs ("nine people
are now being treated for injuries", "four are now known to be injured"): the figure of the
event before it, which raises its first one (heldout24's and heldout26's live blogs left it)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.casualties import casualty_figures

PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("Nine people are now being treated for injuries, the clinic said.", {"injured": 9}),
        ("Four residents are now known to be injured.", {"injured": 4}),
        ("Six workers are still being treated in hospital.", {"injured": 6}),
    ],
)  # fmt: skip
def test_a_passive_toll_with_now_or_being_is_read(sentence, figures):
    assert casualty_figures(sentence) == figures


def test_a_later_passive_toll_raises_the_event(extractor):
    text = (
        "A drone hit a block of flats in Poltava overnight, injuring three people, the governor "
        "said.\n\nBy noon the governor said the death toll had risen to one, and eight people "
        "are now being treated for injuries."
    )
    (r,) = extractor.extract(text, "t", published=PUBLISHED)
    assert (r["fatalities"], r["injured"]) == (1, 8)
