"""Prefilters that skip work which could find nothing: each gives the answer the unfiltered
reading gives, on development sentences and on hostile text (a 1 MB one-line paste)."""

from __future__ import annotations

import time
from pathlib import Path

from geo.extract import tables
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
    found = [tables._header(line, 0, below) for line, below in pairs]
    assert sum(f is not None for f in found) >= 10  # the table sets' headers
    monkeypatch.setattr(tables, "may_cut", lambda line, sep: True)
    assert [tables._header(line, 0, below) for line, below in pairs] == found


def test_a_long_paste_is_read_for_a_header_in_linear_time():
    unit = "Shelling hit the depot overnight, officials said; no word on losses "

    def cost(n: int) -> float:
        start = time.process_time()
        tables._header(unit * n, 0, "")
        return time.process_time() - start

    n = 1_000_000 // len(unit)
    cost(100)  # (warm)
    small, large = cost(n // 8), cost(n)
    assert large < 20 * max(small, 1e-3)
