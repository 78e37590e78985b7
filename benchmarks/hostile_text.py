"""Hostile text shapes timed against a normal report of the same length, in one run.

Usage::

    .venv/bin/python benchmarks/hostile_text.py [--chars 20000] [--only NAME ...] [-o FILE.json]

Each shape (long runs of each kind of whitespace, one enormous word, 50,000 commas, thousands of
repeated place names, numbers, bullets, "of the of the", punctuation lines, zero-width and
right-to-left marks) is put between a report's dateline and its last sentence and given to the
extractor the command line uses (``Extractor.extract``, gazetteer loaded and warmed). The normal
report is the development reports of ``data/reports/realstyle`` one after another, cut to the
shape's length. Times are CPU seconds (``time.process_time``, the least of ``--repeats``); the
figure to read is the ratio of the shape's time per character to the normal report's, measured
in the same run (target: every shape within 5x).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract import Extractor  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder  # noqa: E402

NORMAL = ROOT / "data" / "reports" / "realstyle"
HEAD = "Kharkiv region, 12 May 2025\nA drone hit Kharkiv on 12 May, killing two people."
TAIL = "\nShelling of Sumy on 11 May wounded three.\n"
TOWNS = ["Kharkiv", "Sumy", "Odesa", "Izium", "Kupiansk"]


def _filled(unit: str, chars: int) -> str:
    """``unit`` repeated up to ``chars`` characters."""
    return (unit * (chars // len(unit) + 1))[:chars]


SHAPES: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: " " * n + "x",
    "tabs": lambda n: "\t" * n + "x",
    "tab-space pairs": lambda n: _filled("\t ", n) + "x",
    "spaces before newline": lambda n: " " * n + "\nRussian troops has moved",
    "NBSP": lambda n: "\u00a0" * n + "x",
    "mixed whitespace": lambda n: _filled(" \t\u00a0\u2009\u3000\f\v", n) + "x",
    "newlines": lambda n: "\n" * n + "x",
    "CRLF": lambda n: "\r\n" * (n // 2) + "x",
    "indented line": lambda n: "\n" + " " * n + "Later on 12 May a drone hit Sumy.",
    "indented line, tab-space": lambda n: "\n" + _filled("\t ", n) + "Later a drone hit Sumy.",
    "indented bullet": lambda n: "\n1." + " " * n + "Later a drone hit Sumy.",
    "paragraphs opened by a dash and spaces": lambda n: _filled(
        "\n\n\u2014" + " " * 1800 + "x drone hit Sumy.", n
    ),
    "spaces between two places": lambda n: _filled(
        "\n\nDebris set fire to a depot in Kharkiv" + " " * 1800 + "and hit homes in Sumy.", n
    ),
    "header spaces": lambda n: "\nIncidents" + " " * n + "x",
    "header tab-space pairs": lambda n: "\nIncidents" + _filled("\t ", n) + "x",
    "header mixed whitespace": lambda n: "\nIncidents" + _filled(" \t\u00a0\u3000", n) + "x",
    "one long word": lambda n: "a" * n,
    "commas": lambda n: "Kharkiv" + "," * n,
    "comma-space": lambda n: "Kharkiv" + ", " * (n // 2),
    "repeated place": lambda n: _filled("Kharkiv ", n),
    "place list": lambda n: _filled(", ".join(TOWNS) + ", ", n),
    "numbers": lambda n: _filled("1234 ", n),
    "of the of the": lambda n: "Shelling " + _filled("of the ", n) + "city.",
    "bullet lines": lambda n: _filled("- \n", n),
    "bullets with words": lambda n: _filled("• shelling of Kharkiv\n", n),
    "punctuation line": lambda n: _filled("-=*#_.!?;:", n),
    "dashes": lambda n: "-" * n,
    "dots": lambda n: "." * n,
    "zero-width": lambda n: "A drone hit" + "\u200b" * n + " Kharkiv.",
    "zero-width in words": lambda n: _filled("Kh\u200bar\u200dkiv\u2060 ", n),
    "RTL marks": lambda n: _filled("\u200fKharkiv\u202e \u200e", n),
    "capitals": lambda n: _filled("KHARKIV ", n),
    "open brackets": lambda n: "(" * n,
    "quotes": lambda n: '"' * n,
}


def hostile(name: str, chars: int) -> str:
    """The shape ``name`` of about ``chars`` characters, inside a report's dateline and tail."""
    shape = SHAPES[name](chars)
    return HEAD + ("" if shape[:1].isspace() else " ") + shape + TAIL


def normal_text(chars: int) -> str:
    """Development reports one after another, cut to ``chars`` characters at a line's end."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(NORMAL.glob("*.txt"))]
    whole = "\n\n".join(texts)
    while len(whole) < chars:
        whole += "\n\n" + whole
    cut = whole.rfind("\n", 0, chars)
    return whole[: cut if cut > 0 else chars]


def cpu_seconds(extractor: Extractor, text: str, repeats: int) -> float:
    """The least CPU time of ``repeats`` extractions of ``text``, the collector paused."""
    least = float("inf")
    for _ in range(repeats):
        gc.disable()
        try:
            start = time.process_time()
            extractor.extract(text, "hostile", date(2025, 5, 12))
            least = min(least, time.process_time() - start)
        finally:
            gc.enable()
    return least


def run(chars: int, names: list[str], repeats: int) -> list[dict]:
    """Each shape's time and its ratio to the normal report's time per character."""
    extractor = Extractor(Geocoder(Gazetteer()))
    extractor.extract(normal_text(3000), "warm", date(2025, 5, 12))
    rows = []
    for name in names:
        text = hostile(name, chars)
        normal = normal_text(len(text))
        base = cpu_seconds(extractor, normal, repeats) / len(normal)
        took = cpu_seconds(extractor, text, repeats)
        rows.append(
            {
                "shape": name,
                "chars": len(text),
                "seconds": round(took, 3),
                "normal_seconds": round(base * len(text), 3),
                "ratio": round(took / len(text) / base, 2),
            }
        )
        row = rows[-1]
        print(
            f"| {name} | {row['chars']:,} | {row['seconds']:.3f} | {row['normal_seconds']:.3f} "
            f"| {row['ratio']:.2f} |",
            flush=True,
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--only", nargs="*", choices=sorted(SHAPES), default=None)
    parser.add_argument("-o", "--output", type=Path)
    from geo.output import output_or_exit

    args = parser.parse_args(argv)
    output_or_exit(args.output)  # (checked before the work, not after it)
    print("| shape | chars | CPU s | normal report's CPU s | ratio per char |")
    print("|---|---:|---:|---:|---:|")
    rows = run(args.chars, args.only or list(SHAPES), args.repeats)
    if args.output:
        args.output.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    worst = max(r["ratio"] for r in rows)
    print(f"worst ratio {worst:.2f} (target 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
