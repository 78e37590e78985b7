"""Prefilters that skip work which could find nothing, and answers kept for a report: each gives
the answer the plain reading gives, on development sentences and on hostile text (a 1 MB
one-line paste)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from timing import cpu_seconds

from geo.extract import table_headers
from geo.extract.table_cells import COMMA, SEPARATORS, cells_of, may_cut

_REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


def development_lines() -> list[str]:
    """The lines of three development sets' reports (realstyle, heldout, heldout2) and of two
    sets of tables and rows (tables33, rows34)."""
    out = []
    for folder in (
        "realstyle",
        "realstyle-heldout",
        "realstyle-heldout2",
        "realstyle-heldout-tables33",
        "realstyle-heldout-rows34",
    ):
        for path in sorted((_REPORTS / folder).glob("*.txt")):
            out += path.read_text(encoding="utf-8").splitlines()
    return out


def linear_on_a_paste(read: Callable[[str], object], unit: str) -> None:
    """``read`` of a 1 MB one-line paste of ``unit`` costs at most 20 times as much CPU as of
    its eighth (linear: 8 times)."""

    def cost(n: int) -> float:
        # the least of three runs, the garbage collector paused (tests/timing.py): in the whole
        # suite's heap one full collection during the 1 MB run made it x86 its eighth (CI)
        return cpu_seconds(read, unit * n)[0]

    n = 1_000_000 // len(unit)
    cost(100)  # (warm)
    small, large = cost(n // 8), cost(n)
    assert large < 20 * max(small, 1e-3)


def test_a_line_no_separator_may_cut_is_one_cell_at_most():
    lines = development_lines()
    assert len(lines) > 1000
    for line in [*lines, "Kharkiv | drone | 2", "12 May\tSumy\t3", "Sumy  -  drone", "a;b;c"]:
        for sep in (*SEPARATORS, COMMA):
            if not may_cut(line, sep):
                assert len(cells_of(line, 0, sep)) <= 1, (line, sep.pattern)


def test_the_headers_found_are_those_found_without_the_prefilter(monkeypatch):
    lines = development_lines()
    pairs = list(zip(lines, [*lines[1:], ""], strict=True))
    found = [table_headers.header_of(line, 0, below) for line, below in pairs]
    assert sum(f is not None for f in found) >= 10  # the table sets' headers
    monkeypatch.setattr(table_headers, "may_cut", lambda line, sep: True)
    assert [table_headers.header_of(line, 0, below) for line, below in pairs] == found


def test_a_long_paste_is_read_for_a_header_in_linear_time():
    unit = "Shelling hit the depot overnight, officials said; no word on losses "
    linear_on_a_paste(lambda text: table_headers.header_of(text, 0, ""), unit)


# --- patterns tried by their first letters (geo.extract.first_letters) ---------------------------


def _first_letter_patterns():
    from geo.extract import lexicon
    from geo.extract.first_letters import FirstLetters
    from geo.extract.pattern_cues import CuedPattern

    found = []
    for _, p in lexicon._TRIGGERS:
        for part in [p] if isinstance(p, CuedPattern) else getattr(p, "parts", []):
            if isinstance(part.pattern, FirstLetters):
                found.append(part.pattern)
    from geo.extract.hedges import HEDGE  # a doubt's words (one alternative at the start only)

    return [*found, HEDGE.pattern]


def _matches(found) -> list[tuple]:
    return [(m.span(), m.groups()) for m in found]


def test_the_event_words_found_by_first_letters_are_the_patterns_own():
    """The large event-word patterns, tried at word starts with the alternatives of the word's
    letter, find what the whole pattern finds on every development line and sentence and on
    texts of letters a case-blind pattern folds (the Kelvin sign, the long s, a dotted I)."""
    import re

    patterns = _first_letter_patterns()
    assert len(patterns) >= 7  # strike, fighting, interception, meeting, other, bombing, doubt
    lines = development_lines()
    texts = [*lines, *(s for line in lines for s in re.split(r"(?<=[.!?])\s+", line))]
    texts += [
        "\u212aNOCKED OUT a tank; drones \u017fhot down over \u0130zium, 12 drones over Sumy",
        "Troops attacked near X; 3 attacks in the Pokrovsk direction; shelling_hit; _struck",
        "Ukrainian forces STRUCK a depot.\u0663 drones were downed. Meeting in Kyiv.",
    ]
    for pattern in patterns:
        for text in texts:
            assert _matches(pattern.finditer(text)) == _matches(pattern.whole.finditer(text)), (
                pattern.pattern[:40],
                text,
            )
            bounds = (3, max(3, len(text) - 4))
            assert _matches(filter(None, [pattern.search(text, *bounds)])) == _matches(
                filter(None, [pattern.whole.search(text, *bounds)])
            )


def test_a_match_found_by_first_letters_stands_for_its_pattern():
    import re

    from geo.extract.first_letters import FirstLetters, by_first_letter, whole_pattern

    plain = re.compile(r"\b(shell(?:ed|ing)|(?:heavy\s+)?bombing|struck)\b", re.I)
    tried = by_first_letter(plain)
    assert isinstance(tried, FirstLetters)
    found = list(tried.finditer("Heavy bombing, then Shelling; they struck twice."))
    assert [m.group(1) for m in found] == ["Heavy bombing", "Shelling", "struck"]
    assert {whole_pattern(m.re) for m in found} == {plain}
    assert tried.search("it was struck").group() == "struck"  # the pattern's own search
    # an alternative at the text's start only: the start is tried with every alternative
    doubt = by_first_letter(re.compile(r"\b(?:reportedly|^[\w\s]{1,20}?\bis\s+unclear)", re.I))
    assert isinstance(doubt, FirstLetters) and doubt.anchored
    for text in ("Whether it hit is unclear", "It is unclear", "Reportedly hit", "x is unclear"):
        for pos in (0, 1):
            plain = doubt.whole.search(text, pos)
            assert _matches(filter(None, [doubt.search(text, pos)])) == _matches(
                filter(None, [plain])
            ), (text, pos)
        assert _matches(doubt.finditer(text)) == _matches(doubt.whole.finditer(text))
    # shapes left as they are: a group of an alternative's own, a first letter not told, an
    # alternative of the whole after the group
    for other in (
        r"\b(shell(ed)|bomb)",
        r"\b(\w+ed|bomb)",
        r"(shelled|bomb)",
        r"\b(?:satellite|radar)\s+shows|\b(?:analysts)\s+say|witnesses",
    ):
        assert by_first_letter(re.compile(other, re.I)).__class__ is re.Pattern


def test_the_letters_a_case_blind_pattern_folds_past_ascii_are_known():
    import re
    import sys

    from geo.extract.first_letters import KIN

    every = "".join(map(chr, range(128, sys.maxunicode + 1)))
    assert set(re.findall(r"[a-z0-9_]", every, re.I)) <= set(KIN)


def test_a_long_paste_is_read_for_event_words_by_first_letters_in_linear_time():
    unit = "Shelling hit the depot overnight; troops attacked near the bridge, 12 drones downed "
    patterns = _first_letter_patterns()
    linear_on_a_paste(lambda text: [list(p.finditer(text)) for p in patterns], unit)


# --- answers kept for the report (geo.extract.report_memo) --------------------------------------


def test_the_answers_kept_for_a_report_are_the_readers_own():
    import re

    from geo.extract import report_memo
    from geo.extract.casualties import _figures, casualty_figures
    from geo.extract.scene_witness import witnessed
    from geo.extract.voices import own_eyes

    lines = development_lines()
    texts = [s for line in lines for s in re.split(r"(?<=[.!?])\s+", line)]
    texts += ["We saw it with our own eyes: two were killed and 11 injured in Marten Ford."]
    readers = [
        (casualty_figures, _figures.__wrapped__),  # type: ignore[attr-defined]
        (witnessed, witnessed.__wrapped__),  # type: ignore[attr-defined]
        (own_eyes, own_eyes.__wrapped__),  # type: ignore[attr-defined]
    ]
    for reader, unkept in readers:
        report_memo.forget()
        plain = [unkept(t) for t in texts]
        assert [reader(t) for t in texts] == plain
        assert [reader("".join(["", *t])) for t in texts] == plain  # asked again, kept
    assert any(plain)
    # the figures are the caller's own copy: changing them changes no later answer
    told = casualty_figures(texts[-1])
    told["killed"] = 99
    assert casualty_figures(texts[-1]) == {"killed": 2, "injured": 11}
    report_memo.forget()
    assert own_eyes(texts[-1]) and witnessed(texts[-1])


def test_a_long_paste_is_read_not_kept():
    from geo.extract import report_memo
    from geo.extract.casualties import casualty_figures

    unit = "Shelling hit the depot overnight; two were killed and 11 injured in the village. "
    paste = unit * (1_000_000 // len(unit))
    report_memo.forget()
    linear_on_a_paste(casualty_figures, unit)
    assert casualty_figures(paste) == casualty_figures(paste)
