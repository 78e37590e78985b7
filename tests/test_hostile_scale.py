"""Hostile pastes at scale: the work grows with the text, never with its square (ratios of one
run's timings, n against 10n, never a wall-clock limit)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from timing import cpu_seconds

from geo.extract import Extractor, merging


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.fixture(scope="module")
def towns(gazetteer) -> list[str]:
    return sorted({p.name for p in gazetteer.towns_by_admin1("UA")})


def _counted(monkeypatch) -> list[int]:
    """How many pairs of places ``merge`` compares (the count, not the clock)."""
    calls = [0]
    compare = merging._places_agree

    def counting(a, b):
        calls[0] += 1
        return compare(a, b)

    monkeypatch.setattr(merging, "_places_agree", counting)
    return calls


def test_thousands_of_undated_strikes_at_as_many_towns_are_merged_in_linear_work(
    extractor, towns, monkeypatch
):
    """Each undated strike was compared with every event so far: 4,000 strikes at as many towns
    took 37 s (1,000's time 10 times for 4 times the text), a paste of a country's towns hours.
    Two places agree only when they are one, near each other or a region and a place in it, so
    only those are compared now."""
    calls = _counted(monkeypatch)
    seconds, pairs = [], []
    extractor.extract(
        "\n\n".join(f"A drone hit {t}." for t in towns[:300]), "warm", date(2025, 3, 2)
    )
    for n in (300, 3000):
        text = "\n\n".join(f"A drone hit {town}." for town in towns[:n])
        calls[0] = 0
        took, events = cpu_seconds(extractor.extract, text, "paste", date(2025, 3, 2), repeats=1)
        seconds.append(took)
        pairs.append(calls[0])
        assert len(events) > n * 0.8
    assert pairs[1] < 2 * 3000, pairs  # (every pair: 3,900,000, 1,300 a strike)
    assert seconds[1] < 45 * seconds[0], seconds  # (every pair: some 150 times)


def _every_pair_merge(drafts):
    """``merge`` as it was: each draft against every event so far, in their order."""
    merged: list = []
    for d in drafts:
        for m in merged:
            if (
                m.event_type == d.event_type
                and merging.dates_agree(m.when, d.when)
                and merging._weapons_agree(m, d)
                and merging._places_agree(m, d)
            ):
                merging._absorb(m, d)
                break
        else:
            merged.append(d)
    merging._settle_shared_totals(merged)
    return merged


def test_the_events_compared_are_every_event_a_mention_may_join(extractor, towns, monkeypatch):
    """Regions, places near a town, airports, dated and undated mentions, mixed: the same events
    as comparing each mention with every event so far."""
    rng = random.Random(5)
    regions = ["Kharkiv region", "Sumy oblast", "Odesa region", "Donetsk oblast", "Kursk region"]
    forms = [
        "A drone hit {t}.",
        "A missile struck near {t}.",
        "Fighting went on near {t}.",
        "Drones were shot down over {r}.",
        "A drone hit the airport of {t}.",
        "Shelling of {t} on 3 March killed two.",
        "A Shahed hit {r} on 1 March.",
    ]
    some = towns[::7]
    for _ in range(3):
        text = "\n\n".join(
            rng.choice(forms).format(t=rng.choice(some), r=rng.choice(regions)) for _ in range(200)
        )
        fast = extractor.extract(text, "mix", date(2025, 3, 2))
        with monkeypatch.context() as patch:
            patch.setattr("geo.extract.pipeline.merge", _every_pair_merge)
            slow = extractor.extract(text, "mix", date(2025, 3, 2))
        assert fast == slow


@pytest.mark.parametrize(
    "line",
    [
        "Notes on the week in May{gap}x",  # a title: heading marks, an issuer's "X: statement"
        "Kharkiv city council{gap}reports",  # "X reports:" with its colon missing
        "Press service of Kharkivoblenergo{gap}x",  # a post's closing mark
        "Night summary **{gap}x",  # a heading's marks before the run
        "Air{gap}Force of the Armed Forces of Ukraine",  # a side's body heading its statement
    ],
)
def test_a_line_of_few_words_and_a_long_run_of_spaces_is_read_in_linear_time(extractor, line):
    """A header's few words with 8,000 spaces between them took 1.9 s, 50,000 spaces some
    75 s (a server thread held for hours by 500 kB): a body's name read lazily up to a
    colon, a signature's to the line's end, a heading's trailing marks, a header's parts and
    the day after its body, each retried the run of spaces from every position in it. A header
    line is at most 400 characters now, and those patterns try a run once."""
    seconds = []
    for gap in (2_000, 20_000):
        text = line.format(gap=" " * gap) + "\nA drone hit Kharkiv.\n"
        seconds.append(cpu_seconds(extractor.extract, text, "paste", date(2025, 3, 2))[0])
    assert seconds[1] < 30 * max(seconds[0], 0.01), seconds  # (x100 before)


@pytest.mark.parametrize(
    "text",
    [
        "Balakliia{gap}was quiet",  # a heading's place, then what may close it: a day
        "Izium, 12 April{gap}see below",
        "14 May 2025{gap}advanced",  # a stamp opening a line, then a label's word in capitals
        "May 14{gap}- KUPIANSK: shelling",
        "Kharkiv region{gap}17 drones",
        "Russian troops{gap}has moved",
    ],
)
@pytest.mark.parametrize("gap", [" ", "\t"])
def test_two_words_a_long_run_of_blanks_apart_are_read_in_linear_time(extractor, text, gap):
    """A town's name, 10,000 spaces and "has moved" did not finish in 60 s: what may follow a
    heading's place (its region, a day, marks and spaces) was a run of runs, tried every way
    the spaces split (1,000 spaces never finished); after a stamp at a line's start, the
    spaces before and after a label's mark were two runs side by side (16,000 spaces: 18 s,
    256 times 1,000's). Sixteen times the spaces cost some sixteen times the time now."""
    seconds = []
    for n in (1_000, 16_000):
        line = text.format(gap=gap * n)
        seconds.append(cpu_seconds(extractor.extract, line, "paste", date(2025, 3, 2))[0])
    assert seconds[1] < 64 * max(seconds[0], 0.005), seconds  # (square: 256 times)
