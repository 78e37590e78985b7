"""The candidate lists by prior that the geocoder keeps across texts (``Geocoder._by_prior``,
kept as columns): a mention's candidates made from them are those made afresh."""

from __future__ import annotations


def _made(geocoder, query: str, named: set[str], theatre=frozenset()) -> tuple:
    cue, candidates = geocoder._ranked(query, "", named, False, False, theatre)
    return cue, [(c.place.id, c.score, c.main_name, c.likeness) for c in candidates]


def test_the_kept_candidates_are_those_made_afresh(geocoder):
    for query, named, theatre in [
        ("Andriivka", set(), frozenset({"UA", "RU"})),  # dozens of villages of the name
        ("Victoria", {"texas", "ellis"}, frozenset()),  # namesakes past the first 25 kept
        ("the Kharkiv region", set(), frozenset({"UA"})),
        ("Nowhere Such Place", set(), frozenset()),  # no entry: empty columns
    ]:
        geocoder.forget_texts()
        fresh = _made(geocoder, query, named, theatre)
        assert geocoder._by_prior_kept  # now kept
        assert _made(geocoder, query, named, theatre) == fresh, query
    andriivkas = _made(geocoder, "Andriivka", set(), frozenset({"UA"}))[1]
    assert len(andriivkas) > geocoder.max_candidates  # every village, past the first 25
    assert _made(geocoder, "Nowhere Such Place", set())[1] == []
