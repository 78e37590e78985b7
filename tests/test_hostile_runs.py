"""Long runs of whitespace inside a report's body: read once, so the work grows with the run, not
with its square (ratios of one run's timings, n against 8n, never a wall-clock limit), and the
patterns that read them now match what they matched before."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from timing import cpu_seconds

from geo.extract import Extractor, entry_headings, sourced
from geo.extract.sentences import LIST_MARK
from geo.extract.speaker_colon import speaker_before_colon

GAPS = [" ", "\t", "\t "]


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _grows_linearly(extractor, shape: str, gap: str) -> None:
    seconds = []
    for n in (2_000, 16_000):
        text = "Kharkiv, 12 May 2025\n" + shape.format(gap=gap * (n // len(gap)))
        seconds.append(cpu_seconds(extractor.extract, text, "paste", date(2025, 5, 12))[0])
    assert seconds[1] < 24 * max(seconds[0], 0.01), seconds  # (x64 when each run is read n times)


@pytest.mark.parametrize("gap", GAPS)
def test_a_run_of_spaces_after_a_full_stop_is_read_once(extractor, gap):
    """A source line's pattern ("... were hurt. Source — regional police.") tried every split of
    the spaces after a sentence's full stop: 20,000 spaces took 7.6 s, 10,000 tab-and-space
    pairs 8.4 s (16,000 spaces 36 times the time of 2,000)."""
    _grows_linearly(extractor, "A drone hit Kharkiv.{gap}\nThe attack killed two people.\n", gap)


@pytest.mark.parametrize("gap", GAPS)
@pytest.mark.parametrize(
    "shape",
    [
        "A drone hit Kharkiv.\n{gap}Later on 12 May a drone hit Sumy.\n",  # an indented line
        "A drone hit Kharkiv.\n1.{gap}Later on 12 May a drone hit Sumy.\n",  # a list's mark
    ],
)
def test_a_line_opened_by_a_run_of_spaces_is_read_once(extractor, shape, gap):
    """Whether a place opens its line (a log's "* Nov. 29 - ODESA: ...") tried every split of
    the spaces opening the line between two patterns, for each place on it: 8,000 spaces
    before "Later on 12 May it hit Sumy." took 35 s."""
    _grows_linearly(extractor, shape, gap)


# the patterns as they were, to show the new ones match the same text the same way
_OLD_SOURCE_IN = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:sources?|via)\s*(?::|[—–-])\s*(?P<who>[^.\n]{2,80})\.?[ \t]*$",
    re.I | re.M,
)
_OLD_HEADING_BEFORE = re.compile(
    rf"\s*(?:{LIST_MARK}\s+|{entry_headings._THREAD_MARK}\s+)?[^\w\n]*(?:(?:{entry_headings._LOG_STAMP})[^\w\n]*)?$",
    re.I,
)
_PIECES = ["", " ", "  ", "\t", " \t ", "\n", ".", "!", "1.", "a)", "(2)", "•", "* ", "- ", "📍"]
_PIECES += ["2/", "3/7"]  # a thread's post number
_PIECES += ["Nov. 29", "22:15", "2 June, 22:15", "Tue 13:05", "03:48 (12.07)", "Source", "via"]
_PIECES += [":", " — ", "regional police", "Kharkiv RMA.", "Later", "x"]


def _texts() -> list[str]:
    pieces = _PIECES
    return [a + b + c + d for a in pieces for b in pieces for c in pieces[:12] for d in pieces[:8]]


def test_the_patterns_read_once_match_what_they_matched():
    """Every text of four pieces (spaces, tabs, line ends, marks, stamps, list marks, words):
    the same source lines found, the same lines taken as opening with a heading place."""
    for text in _texts():
        old = [(m.span(), m.group("who")) for m in _OLD_SOURCE_IN.finditer(text)]
        assert [(m.span(), m.group("who")) for m in sourced._SOURCE_IN.finditer(text)] == old
        got = entry_headings._HEADING_BEFORE.fullmatch(text)
        assert bool(got) == bool(_OLD_HEADING_BEFORE.fullmatch(text)), text


def test_a_sentence_opened_by_a_dash_and_spaces_is_read_in_linear_time(extractor):
    """A speaker before a colon ("Governor of X: ...") was looked for from each start in the
    opening run of marks and spaces, each with every length: "—" and 1,800 spaces opening
    each paragraph took 18 times a normal report's time per character."""
    _grows_linearly(extractor, "A drone hit Kharkiv on 11 May.\n\n—{gap}x drone hit Sumy.\n", " ")


_OLD_SPEAKER_COLON = re.compile(r"^\W*(?P<who>[^:.;,]{3,80}?)\s*:\s+\S")
_SPEAKER_PIECES = ["", " ", "  ", "\t", "\n", ":", ": ", ".", ";", ",", "—", "- ", "(", "ab", "a"]
_SPEAKER_PIECES += ["UN", "Police", "x y", "\u00a0", " " * 79, "w" * 78, "Governor of Sumy", "'"]


def test_the_speaker_before_a_colon_is_the_one_the_pattern_read():
    """50,000 texts of one to seven pieces (marks, spaces, stops, words, runs near the 80
    characters a speaker may hold): the same speaker as the pattern run as it is."""
    rng = random.Random(3)
    for _ in range(50_000):
        text = "".join(rng.choice(_SPEAKER_PIECES) for _ in range(rng.randint(1, 7)))
        m = _OLD_SPEAKER_COLON.match(text)
        assert speaker_before_colon(text) == (m.group("who") if m else None), repr(text)
