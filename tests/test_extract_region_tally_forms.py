"""Extraction, an air defence tally read out a region at a time in forms with no verb of their
own (issue recall22A, seen in air force statements, interview transcripts and defence ministry
summaries): "In the Sumy region, 23 drones.", "Over the Mykolaiv region, 17.", "Belgorod
region 14, Lipetsk region 9"; and drones "stopped" over a region. Each is the region's
interception. A verbless line of a region and a figure of no weapon stays no event."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 11, 12)


def _events(extractor, text):
    return sorted(
        (e["place"], e["event_type"], e["weapon_category"])
        for e in extractor.extract(text, "t", PUB)
    )


def test_a_spokesman_reads_out_regions_without_verbs(extractor):
    text = (
        "The air force spokesman spoke on the radio this morning. Over the Odesa region our "
        "crews destroyed 41 drones. In the Sumy region, 23 drones. Over the Mykolaiv region, "
        "17. Zhytomyr region, 12 drones."
    )
    events = _events(extractor, text)
    for region in ("Odessa", "Sumy", "Mykolaiv", "Zhytomyr"):
        assert (region, "interception", "drone") in events, events


def test_a_region_line_with_drones_and_missiles(extractor):
    text = (
        "Air defence worked all night against drones and missiles.\n"
        "In the Volyn region, 30 UAVs and four missiles.\n"
        "In the Rivne region, 18 UAVs.\n"
    )
    events = _events(extractor, text)
    assert ("Volyn", "interception", "drone") in events, events
    assert ("Rivne", "interception", "drone") in events, events


def test_a_ministry_lists_regions_then_figures_after_a_colon(extractor):
    text = (
        "The Russian defence ministry said its crews downed 31 Ukrainian drones in the night: "
        "Belgorod region 14, Lipetsk region 9, Tver region 8."
    )
    events = _events(extractor, text)
    for region in ("Belgorod", "Lipetsk", "Tver"):
        assert (region, "interception", "drone") in events, events


def test_drones_stopped_over_a_region(extractor):
    text = "According to the governor, over the Kharkiv region 19 drones were stopped in the night."
    assert _events(extractor, text) == [("Kharkiv", "interception", "drone")]


def test_a_region_and_a_figure_of_no_weapon_is_no_event(extractor):
    text = (
        "The ministry counted the schools reopened this term by region. In the Sumy region, "
        "23 schools. In the Poltava region, 40."
    )
    assert _events(extractor, text) == []


def test_a_region_with_a_year_is_no_tally(extractor):
    text = "The guide to the Poltava region 2024, 3rd edition, is out in the shops this week."
    assert _events(extractor, text) == []


def test_a_header_line_of_spaces_reads_fast(extractor):
    text = (
        "Over the Odesa region"
        + " " * 20000
        + ", 17.\nIn the Sumy region,"
        + " " * 20000
        + "23 drones."
    )
    extractor.extract(text, "t", PUB)


# A region's item whose figure follows it in forms the tally reader lacked (four development
# writers: a defence ministry summary, a week in numbers, a key-events digest, an air force
# table): put "at" a region, that a region "accounted for", after dot leaders, a "Krai".


_FIGURE_AFTER_REGION = [
    (
        "Figures of the week.\n\nThe air force said 58 drones were destroyed on Tuesday night and "
        "put the Sumy region at 22 and the Chernihiv region at 14.",
        ("Sumy", "Chernihiv"),
    ),
    (
        "Morning digest.\n\nMoscow said 40 Ukrainian drones were downed overnight; the Belgorod "
        "region accounted for 15 and the Voronezh region for 11; it gave no other figures.",
        ("Belgorod", "Voronezh"),
    ),
    (
        "NIGHT OF 3 NOVEMBER\n\nDrones shot down, by region:\nSumy region ............ 41\n"
        "Poltava region ........ 23\nOdesa region ........... 6\n",
        ("Sumy", "Poltava", "Odessa"),
    ),
    (
        "The defence ministry said crews destroyed 30 Ukrainian drones at night: Bryansk "
        "region 12, Rostov region 9, Stavropol Krai 4.",
        ("Bryansk", "Rostov", "Stavropol"),
    ),
]


@pytest.mark.parametrize(("text", "regions"), _FIGURE_AFTER_REGION)
def test_a_region_with_its_figure_after_it_is_its_interception(extractor, text, regions):
    events = _events(extractor, text)
    for region in regions:
        assert (region, "interception", "drone") in events, events


def test_a_time_put_at_a_region_is_no_tally(extractor):
    text = "The siren in the Sumy region went off at 22 minutes past four and drones flew over."
    events = _events(extractor, text)
    assert not any(e[1] == "interception" for e in events), events


def test_long_runs_of_spaces_and_dots_read_in_linear_time(extractor):
    from timing import cpu_seconds

    def text(n: int) -> str:
        return (
            "Drones shot down, by region:\nSumy region"
            + " " * (2 * n)
            + "41\nKyiv region ."
            + ". " * n
            + "at"
            + " \t" * n
            + "x\n"
        )

    small, large = (cpu_seconds(extractor.extract, text(n), "t", PUB)[0] for n in (5_000, 20_000))
    assert large < 10 * small, (small, large)  # x4 the text: linear is about x4


@pytest.mark.parametrize(
    "row",
    [
        "- {region}: {n} drones shot down;",  # a ministry's list, its verb in a headline's voice
        "{region} - {n} UAVs downed",
        "In {region}, {n} drones shot down.",
        "{region} — {n} drones intercepted",
    ],
)
def test_a_row_with_its_own_verb_and_no_were_gives_its_figure(extractor, row):
    """newuser29: "- Kharkiv region: 31 drones shot down;" stored no figure (it was read only
    with "were" after the drones)."""
    rows = "\n".join(
        row.format(region=r, n=n) for r, n in (("Kharkiv region", 31), ("Poltava region", 17))
    )
    text = f"Ministry of Defence, 14 February 2026.\n\nAir defence shot down 48 drones:\n{rows}\n"
    got = sorted((e["place"], e["destroyed"]) for e in extractor.extract(text, "t", PUB))
    assert [n for _, n in got] == [31, 17], got  # (Kharkiv, Poltava)
