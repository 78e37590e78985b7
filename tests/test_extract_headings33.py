"""Extraction: headings and sections as the place and day of the lines under them, in the forms
of the headings33 set (realstyle-heldout-headings33): a bold lead-in naming the town before its
news on the same line; a path of areas down to the place ("X oblast / Y hromada:"); a district's
heading that decides which namesake a village under it is; a heading's place with an aside in
brackets; a channel's pictograph title giving the summary's day; a place called a hromada
before its line's news, and read as its municipality's centre among namesakes. The cases marked
"stays" are what the rules must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 6)


def _found(extractor, text: str, day: date = DAY) -> set[tuple]:
    return {
        (r["place"], r["event_type"], r["weapon_category"])
        for r in extractor.extract(text, "t", day)
    }


def _at(extractor, text: str, place: str) -> tuple[float, float]:
    rows = [r for r in extractor.extract(text, "t", DAY) if r["place"] == place]
    assert rows, place
    return round(rows[0]["lat"], 1), round(rows[0]["lon"], 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round-up's bold lead-in, its town alone before the news
        (
            "**Mykolaiv.** A drone struck a grain silo at the port; two workers were hurt.",
            {("Mykolayiv", "strike", "drone")},
        ),
        # stays: bold inside a sentence parts nothing
        (
            "Officials said **three** drones hit Sumy overnight.",
            {("Sumy", "strike", "drone")},
        ),
        # a regional channel's path of areas over a line with no place of its own
        (
            "Kharkiv oblast / Zolochiv hromada:\nArtillery hit a school; nobody was hurt.",
            {("Zolochiv", "strike", "artillery")},
        ),
        # the same path parted by a comma, the line under it in lower case
        (
            "Sumy oblast, Krasnopillia hromada:\nmortar fire on the village, a barn burned.",
            {("Krasnopillya", "strike", "artillery")},
        ),
        # stays: two towns on a line are no path and head nothing
        ("Kharkiv, Sumy\nA drone hit a school.", set()),
        # a heading's place with an aside in brackets after it
        (
            "KURSK REGION (official channel)\n- 25 UAVs were destroyed over the "
            "region, the governor said.",
            {("Kursk", "interception", "drone")},
        ),
    ],
)
def test_heading_gives_the_place(extractor, text, expected):
    assert _found(extractor, text) == expected


def test_path_names_the_last_place_not_the_region(extractor):
    rows = extractor.extract("Sumy oblast / Shostka hromada:\nA drone hit a depot.", "t", DAY)
    assert [r["place"] for r in rows] == ["Shostka"]


def test_district_heading_picks_the_namesake_in_the_district(extractor):
    text = (
        "NIKOPOL DISTRICT\n\nPokrovske hromada\nShelling damaged a barn.\n\n"
        "SYNELNYKOVE DISTRICT\n\nPokrovske hromada\nA guided bomb hit a farm."
    )
    rows = extractor.extract(text, "t", DAY)
    points = {(r["weapon_category"], round(r["lat"], 1), round(r["lon"], 1)) for r in rows}
    # the Pokrovske by Nikopol, then the one east of Synelnykove
    assert points == {("artillery", 47.6, 34.2), ("glide bomb", 48.0, 36.2)}


def test_district_heading_moves_a_city_namesake(extractor):
    text = "ZAPORIZHZHIA REGION\n\nVasylivka district\nKamianske: mortar fire damaged a school."
    assert _at(extractor, text, "Kamyanske") == (47.5, 35.4)


@pytest.mark.parametrize(
    "text",
    [
        # stays: a bare name is the city
        "Kamianske: a drone hit a factory.",
        # stays: a district's label before its own line's news reaches no further
        "Nikopol district: artillery hit two houses.\nKamianske: a drone hit a factory.",
    ],
)
def test_city_stays_without_a_district_heading_over_it(extractor, text):
    assert _at(extractor, text, "Kamyanske") == (48.5, 34.6)


def test_pictograph_title_gives_the_summary_day(extractor):
    text = "⚡️ Shelling summary for 4 June\n\nKherson: artillery hit a shop."
    rows = extractor.extract(text, "t", DAY)
    assert [r["event_date"] for r in rows] == ["2025-06-04"]


def test_plain_title_without_a_year(extractor):
    text = "Shelling summary for 3 June\n\nNikopol: a drone hit a bus stop."
    rows = extractor.extract(text, "t", DAY)
    assert [r["event_date"] for r in rows] == ["2025-06-03"]


def test_hromada_named_before_its_news(extractor):
    text = "Velyka Pysarivka hromada: an FPV drone hit a tractor, the driver was injured."
    assert _found(extractor, text) == {("Velyka Pysarivka", "strike", "drone")}


@pytest.mark.parametrize(
    ("last_line", "point"),
    [
        # a hromada's centre: the larger namesake, though the report's other towns lie by Nikopol
        ("Pokrovske hromada: a guided bomb hit a farm.", (48.0, 36.2)),
        # stays: a bare village name keeps the namesake its neighbours point to
        ("Pokrovske: a guided bomb hit a farm.", (47.6, 34.2)),
    ],
)
def test_hromada_is_its_centre(extractor, last_line, point):
    text = f"Nikopol: shelling hit a school.\nMarhanets: artillery hit a bus.\n{last_line}"
    assert _at(extractor, text, "Pokrovske") == point
