"""The pieces of a capitalised run with a possessive inside (``geo.geocode.possessives``): read
only where the run has one; sentences written for these tests."""

from __future__ import annotations

from geo.geocode.possessives import past_possessives

_FUNCTION = {"Yesterday", "Monday"}  # possessors that are function words


def _pieces(text: str, names_found: set[str], start: int = 0, end: int | None = None) -> list:
    """The pieces ``past_possessives`` asks about, over ``text[start:end]``."""
    asked: list[str] = []

    def names(s: int, e: int) -> bool:
        asked.append(text[s:e])
        return text[s:e].split("'")[0].split("’")[0] in names_found

    past_possessives(text, start, len(text) if end is None else end, names, _FUNCTION.__contains__)
    return asked


def test_a_run_without_a_possessive_is_not_read_again():
    assert _pieces("Greyfield Market Square", {"Greyfield"}) == []
    # an apostrophe that is no possessive ("O'Hara") is none either
    assert _pieces("O'Hara Bridge Road", {"Bridge"}) == []
    # a possessive at the run's very end has no piece after it
    assert _pieces("Greyfield Mayor's", {"Greyfield"}) == []


def test_the_pieces_of_a_run_are_read_past_a_places_possessive():
    assert _pieces("Greyfield's Lower Ward", {"Greyfield"}) == ["Greyfield's", "Lower Ward"]
    assert _pieces("Greyfield’s Lower Ward", {"Greyfield"}) == ["Greyfield’s", "Lower Ward"]
    # a person's possessive ends the reading: the piece after it is no place of the run
    assert _pieces("Ann Kestrel's Lower Ward", set()) == ["Ann Kestrel's"]
    # a function word's possessive does not: "Monday's Greyfield strike"
    assert _pieces("Monday's Greyfield", {"Greyfield"}) == ["Monday's", "Greyfield"]


def test_only_the_run_given_is_read():
    text = "Quiet Lane and then Greyfield's Lower Ward"
    assert _pieces(text, {"Greyfield"}, 0, 10) == []
    assert _pieces(text, {"Greyfield"}, 20) == ["Greyfield's", "Lower Ward"]
