"""What the reviewer of the thirty-fifth session's merged change found (review37): time that grew
with the square of the input, and wrong answers, each mended and tested here."""

from __future__ import annotations

from datetime import date

import pytest
from timing import cpu_seconds

from geo.claimants import chosen, unknown
from geo.extract import Extractor
from geo.extract.heading_town import DraftedPlaces
from geo.weapons import find_weapons


class _Place:
    def __init__(self, place_id: int, reads: list[int]) -> None:
        self._id, self._reads = place_id, reads

    @property
    def id(self) -> int:
        self._reads.append(self._id)
        return self._id


class _Draft:
    def __init__(self, place: _Place) -> None:
        self.place = place


def test_the_places_drafted_are_read_once_each_however_often_a_heading_asks():
    """Each sentence under a place heading asked whether the heading's place had a draft by
    building the set of every draft's place (x14.8 the time for x4 the sentences)."""
    reads: list[int] = []
    drafts: list = []
    drafted = DraftedPlaces(drafts)
    for i in range(2_000):
        drafts.append(_Draft(_Place(i, reads)))
        assert i in drafted and -1 not in drafted
    assert len(reads) == 2_000


def test_a_long_blank_run_between_two_weapon_words_is_read_in_linear_time():
    """ "Two drones" + blanks + "and a Shahed": the "of the <system> type" check retried its
    blanks from each of their positions (x14.5 for x4; 64 kB took 15.7 s in a whole extraction)."""

    def text(n: int) -> str:
        return "Two drones" + " " * n + "and a Shahed hit Kharkiv."

    small, large = (cpu_seconds(find_weapons, text(n))[0] for n in (8_000, 32_000))
    assert large < 10 * small, (small, large)


def test_a_link_repeating_a_claimant_word_is_read_once_per_distinct_word():
    """?claimed_by=Person7 repeated: every repeat searched every claimant (4,000 repeats against
    2,000 claimants: 9 s for each of three calls on every page run)."""
    options = [f"Person{i} of the council of district {i % 40}" for i in range(2_000)]

    def both(k: int) -> tuple[list[str], list[str]]:
        words = ["Person7"] * k + ["Nobody"] * k
        return chosen(words, options), unknown(words, options)

    (small, _), (large, (kept, left)) = (cpu_seconds(both, k) for k in (1, 4_000))
    assert kept == ["Person7"] and set(left) == {"Nobody"}
    assert large < 10 * small, (small, large)  # (the repeats cost next to nothing)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "tally",
    ["Injured: 4, no one was killed.", "Injured - 4, no one died."],
)
def test_no_one_after_a_figure_is_no_spoken_correction(extractor, tally):
    """ "4, no one was killed" was read as "nine, no, eleven": 'one' put in place of the 4."""
    text = f"A drone hit a house in Sumy on Monday. {tally}"
    (record,) = extractor.extract(text, "t", date(2025, 6, 4))
    assert (record["fatalities"], record["injured"]) == (0, 4), record


@pytest.mark.parametrize(
    "sentence",
    ["In 2022 civilians in the town were killed by shelling.", "At 5 pm guards were wounded."],
)
def test_a_year_or_a_clock_before_the_people_is_no_count_of_them(sentence):
    """The subject's persons counted a year as people: 2,022 killed."""
    from geo.extract.subject_victims import subject_counts

    assert subject_counts(sentence) == {}
