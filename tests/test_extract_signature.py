"""Extraction, verification: a post signed by an official at its end is that official's claim
(the new user's governor's channel read as `confirmed`, nobody claiming it)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.signature import signed_author


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "06:50 Russian drones struck Enerhodar at night. One man was killed and three were "
            "hurt. — Ivan Petrenko, head of the regional military administration, 3 June 2025",
            "Ivan Petrenko, head of the regional military administration",
        ),
        (
            "Shelling of Kupiansk this morning: two residents hurt.\n- Oleh Kovalenko, Kharkiv "
            "governor",
            "Oleh Kovalenko, Kharkiv governor",
        ),
        (
            "A glide bomb hit a shop in Huliaipole; nobody was hurt.\n\n"
            "— Maria Bondar, spokeswoman for the city council",
            "Maria Bondar, spokeswoman for the city council",
        ),
    ],
)
def test_a_signature_names_the_posts_author(extractor, text, who):
    assert signed_author(text) == who
    events = extractor.extract(text, "post", date(2025, 6, 3))
    assert events, text
    assert {(e["verification"], e["claimed_by"]) for e in events} == {("claimed", who)}


@pytest.mark.parametrize(
    "text",
    [
        "A missile struck the port of Odesa. — Reporting by Anna Smith; editing by Tom Brown",
        "A missile struck the port of Odesa, the agency's reporter saw. — with reporting from Kyiv",
        "Russia says it took Avdiivka — a claim Kyiv denies, its commander said.",
        "Drones hit Sumy. — Ivan Petrenko, head of the region\n— Olena Hrytsenko, mayor of Sumy",
        "A missile struck the port of Odesa. — Tom Brown, chief correspondent in Odesa",
    ],
)
def test_no_signature_or_two_signers_sign_nothing(text):
    """The report's own writers claim nothing; two signers leave each sentence to its own
    attribution."""
    assert signed_author(text) is None


# A post that ends with its issuing body's mark (no person's name): the body's word throughout.
@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Overnight attack on Kremenchuk\n\n"
            "A drone hit a substation in Kremenchuk on 2 June 2025. Two electricians were hurt."
            "\n\nPress service of Poltavaoblenergo",
            "Poltavaoblenergo",
        ),
        (
            "The morning of 2 June 2025\n\n"
            "Our air defence shot down 14 drones over the Odesa region overnight."
            "\n\n— Odesa Regional Military Administration",
            "Odesa Regional Military Administration",
        ),
    ],
)
def test_a_post_ending_with_its_bodys_mark_is_its_claim(extractor, text, claimant):
    events = extractor.extract(text, "t")
    assert events
    assert {(e["verification"], e["claimed_by"]) for e in events} == {("claimed", claimant)}


@pytest.mark.parametrize(
    "last",
    [
        "— Riverside News desk",
        "— Reporting by the Kyiv bureau",
        "Press service of Human Rights Watch",
        "— UN Human Rights Monitoring Mission in Ukraine",
    ],
)
def test_an_outlets_or_an_independent_bodys_last_line_signs_nothing(last):
    from geo.extract.signature import signing_body

    assert signing_body(f"A drone hit Kremenchuk on 2 June 2025.\n\n{last}") is None
