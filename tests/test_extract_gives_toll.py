"""Extraction, verification: a body that "gives" a toll ("the city council gives three dead and
nine hurt", "police gave two killed") speaks, as one that "puts the toll at" does; a monitor's
doubt about that body's figures then leaves the event the monitor confirmed its own. Own test
sentences (verif31)."""

from __future__ import annotations

from datetime import date

DAY = date(2025, 7, 21)


def _at(extractor, text: str, place: str) -> list[dict]:
    return [e for e in extractor.extract(text, "t", DAY) if place in e["place_mention"]]


def test_a_body_giving_the_toll_claims_it(extractor):
    text = "A drone hit a bus station in Kherson on Monday. The city council gives two dead and six hurt."
    found = _at(extractor, text, "Kherson")
    assert found and {e["verification"] for e in found} == {"claimed"}


def test_a_doubt_about_a_sides_larger_toll_leaves_the_monitors_confirmation(extractor):
    text = (
        "Summary\n\nOn 4 July a missile hit a market in Kherson, city officials said. The UN "
        "monitors have confirmed three deaths and ten injuries. The regional administration "
        "gives five dead and 20 hurt, figures the monitors cannot yet corroborate."
    )
    found = _at(extractor, text, "Kherson")
    assert found and {e["verification"] for e in found} == {"confirmed"}
