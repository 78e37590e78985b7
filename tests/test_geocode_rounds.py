"""Re-reading mentions in the light of each other must settle on one reading: two readings
that each make the other win (London, Ontario beside Brampton, England; London, England beside
Brampton, Ontario) are not left to the number of rounds. The sentence is ours."""

from __future__ import annotations

import pytest

from conftest import spans_of

TEXT = (
    "The London Knights lost in Erie on Friday. A Sarnia native scored twice for London, "
    "and the team flies to Brampton next week before coming home to London."
)
NAMES = ["London", "Erie", "Sarnia", "London", "Brampton", "London"]


def _spans() -> list[tuple[int, int]]:
    return spans_of(TEXT, NAMES)


@pytest.mark.parametrize("rounds", [5, 6, 7])
def test_the_reading_does_not_depend_on_how_many_rounds_run(geocoder, monkeypatch, rounds):
    import geo.geocode.in_context as in_context

    def read() -> list[tuple[str, str]]:
        return [(r.place.name, r.place.country) for r in geocoder.resolve(TEXT, _spans())]

    usual = read()
    monkeypatch.setattr(in_context, "CONTEXT_ROUNDS", rounds)
    assert read() == usual
    # one London throughout, and Brampton in the same country as one of them
    londons = {c for (n, c) in usual if n == "London"}
    assert len(londons) == 1


def test_settling_takes_each_candidates_mean_over_the_two_rounds():
    from geo.gazetteer import Place
    from geo.geocode import Candidate, Resolution
    from geo.geocode.rounds import settle

    a = Candidate(Place(1, "A", 0, 0, "GB", "", "", "city", 1), 2.0)
    b = Candidate(Place(2, "B", 0, 0, "CA", "", "", "city", 1), 1.0)
    m = Resolution("X", candidates=[a, b])
    settle([m], {id(a): 0.5, id(b): 2.0})  # B led the round before by more than A leads now
    assert [c.place.name for c in m.candidates] == ["B", "A"]
    assert (b.score, a.score) == (1.5, 1.25)
