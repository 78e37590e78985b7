"""Extraction, a closing recap (extras26): a live page that ends "Summary: two hurt in X, a drone
on Y's port, clashes near Z" retells the events its entries told; the recap's places got second
records, typed by whatever word of the list was nearest ("fighting" at X and Y), so each event
counted twice. A recap's place told earlier in the text gets no record of its own; a place the
recap alone names keeps its record."""

from __future__ import annotations

from datetime import date

import pytest

_BLOG = (
    "Live: strikes on Kharkiv and Mykolaiv\n\n"
    "6.10am\nA Russian missile hit an apartment block in Kharkiv overnight, the mayor said. Two "
    "people were killed and eleven injured.\n\n"
    "9.40am\nIn Mykolaiv, a drone struck a grain terminal at the river port. A guard was hurt.\n\n"
    "1.15pm\nRussian bloggers claim their troops are fighting on the edge of Siversk; Kyiv denies it.\n\n"
    "6.00pm\nThat is all from the live desk today. {recap}"
)


@pytest.mark.parametrize(
    "recap",
    [
        "Summary: two killed in Kharkiv, a drone on the Mykolaiv port, fighting claimed at Siversk.",
        "A quick recap: deaths in Kharkiv; a terminal hit in Mykolaiv; claims of fighting at Siversk.",
        "To recap the day: a missile on Kharkiv, a drone on Mykolaiv and clashes near Siversk.",
    ],
)
def test_a_closing_recap_adds_no_second_records(extractor, recap):
    records = extractor.extract(_BLOG.format(recap=recap), "t", date(2025, 6, 3))
    kinds = sorted((r["place"], r["event_type"]) for r in records)
    assert kinds == [("Kharkiv", "strike"), ("Mykolayiv", "strike"), ("Siversk", "fighting")]


def test_a_place_the_recap_alone_names_keeps_its_record(extractor):
    text = _BLOG.format(recap="Summary: two killed in Kharkiv, and a drone also hit Ochakiv.")
    places = {r["place"] for r in extractor.extract(text, "t", date(2025, 6, 3))}
    assert "Ochakiv" in places
