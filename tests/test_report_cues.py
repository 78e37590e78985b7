"""The cue words of a piece of the report being read, read off one scan of the whole report
(``pattern_cues.read_report``): the words a scan of the piece itself finds, for every piece (a
line, a sentence, a slice cut inside a word), and found in time linear in a long paste."""

from __future__ import annotations

import random
import re
from pathlib import Path

import geo.extract.pipeline  # noqa: F401  (every reader's cued patterns made: the vocabulary)
from geo.extract import pattern_cues
from geo.extract.pattern_cues import held_words

_REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


def _reports() -> list[str]:
    """The reports of three development sets (realstyle, heldout, heldout2)."""
    return [
        path.read_text(encoding="utf-8")
        for folder in ("realstyle", "realstyle-heldout", "realstyle-heldout2")
        for path in sorted((_REPORTS / folder).glob("*.txt"))
    ]


def _pieces(report: str, rng: random.Random) -> list[str]:
    """Lines and sentences of ``report`` in order, each as a new string, and slices of it cut at
    any character (inside a word: "attac" of "attacked"), some far back."""
    pieces = []
    for line in report.splitlines():
        pieces += [line, *re.split(r"(?<=[.!?])\s+", line)]
    for _ in range(40):
        a = rng.randrange(len(report) + 1)
        pieces.append(report[a : a + rng.randrange(1, 300)])
    return ["".join(["", *p]) for p in pieces]


def test_a_piece_of_the_report_holds_the_words_a_scan_of_it_finds():
    rng = random.Random(38)
    reports = _reports()
    assert len(reports) > 25
    read = 0
    for report in reports:
        pattern_cues.read_report(report)
        for piece in _pieces(report, rng):
            from_report = pattern_cues._in_report(piece)
            read += from_report is not None
            assert from_report in (None, pattern_cues._scan_held(piece)), piece
            assert held_words(piece) == pattern_cues._scan_held(piece), piece
    assert read > 2000  # (the pieces were read off the report's scan, not their own)
    pattern_cues.forget_held()
    assert pattern_cues._in_report(reports[0][:80]) is None  # no report: a scan of its own


def test_a_text_not_in_the_report_is_scanned_itself():
    pattern_cues.read_report("Shelling hit the depot overnight.")
    assert pattern_cues._in_report("Drones attacked the port.") is None
    assert held_words("Drones attacked the port.") == pattern_cues._scan_held(
        "Drones attacked the port."
    )
    # a piece cut inside a cue word holds the words that fit in it
    assert held_words("Shelling hit the dep") == pattern_cues._scan_held("Shelling hit the dep")
    pattern_cues.forget_held()


def test_the_pieces_of_a_long_paste_are_read_in_time_linear_in_it():
    """A 1 MB one-line paste read piece by piece, as the readers go: twice the paste costs
    about twice the time (each piece looked for near the last one, not from the start)."""
    from timing import cpu_seconds

    unit = "Shelling hit the depot overnight, officials said; no word on losses in Bridgeford. "
    rng = random.Random(7)

    def read(n: int) -> list:
        paste = unit * n
        pattern_cues.read_report(paste)
        out = []
        for at in range(0, len(paste) - len(unit), len(unit)):
            out.append(held_words(paste[at : at + len(unit) - 1]))
            out.append(held_words(paste[at + 9 : at + 40]))
        pattern_cues.forget_held()
        return out

    whole = 1_000_000 // len(unit)
    answers = read(whole)
    assert len(answers) > 20_000
    for i in rng.sample(range(len(answers)), 50):
        at = (i // 2) * len(unit) + (9 if i % 2 else 0)
        piece = (unit * 3)[at % len(unit) :][: (len(unit) - 1) if i % 2 == 0 else 31]
        assert answers[i] == pattern_cues._scan_held(piece)
    small, large = cpu_seconds(read, whole // 8, repeats=2)[0], cpu_seconds(read, whole)[0]
    assert large < 20 * max(small, 1e-3)


def test_a_word_of_one_letter_is_no_cue():
    """Nearly every text holds an "s": a pattern needing "is", "was" or "'s" is tried on every
    text, not after a search at every "s" of the report (a third of the scan's finds)."""
    from geo.extract.pattern_cues import needed_words

    assert needed_words(re.compile(r"\b(?:is|was)\b|[A-Z]\w*['\u2019]s\b")) is None
    assert needed_words(re.compile(r"\b(?:is|was)\s+hit\b")) == {"hit"}
    assert not [w for w in pattern_cues._VOCABULARY if len(w) < 2]
