"""Forms new users and hostile testers wrote in, which lost events (session 14, extract31): a
timeline's row stamped with its day and its clock ("2 June, 22:15 | Kursk | ..."), a live blog
whose bare clock times stand under a day line blocks above them, and numbered or lettered
lists, nested under a region ("1. Kharkiv region" / "a. Kupiansk — ..."). Each text is written
here in two or three writers' ways; the first run of each is said in its test."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, split_sentences


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _at(records, name):
    found = [r for r in records if r["place"] == name]
    assert len(found) == 1, [(r["place"], r["event_type"]) for r in records]
    return found[0]


# -- 1. a timeline's row: its day and clock, its place, then what happened ------------------

BAR_LOG = """Overnight log, 2-3 June 2025
Monitoring desk, 3 June 2025

2 June, 22:15 | Kursk | drones shot down, 4
2 June, 23:40 | Belgorod | shelling, 1 killed, 3 injured
3 June, 01:05 | Kharkiv | missile strike on an industrial site, 2 injured
"""

DASH_LOG = """Night of 2 to 3 June 2025 - the incidents

22:40, 2 June - Sumy - a drone hit a private house, two wounded
04:30, 3 June - Odesa - a ballistic missile struck the port, one worker killed
"""


def test_a_bar_timeline_row_with_day_and_clock_is_one_event_with_its_figures(extractor):
    # first run: no event at all (the place after "2 June, 22:15 |" was read as no heading)
    got = extractor.extract(BAR_LOG, "log", date(2025, 6, 3))
    assert len(got) == 3
    kursk = _at(got, "Kursk")
    assert (kursk["event_type"], kursk["weapon_category"], kursk["event_date"]) == (
        "interception",
        "drone",
        "2025-06-02",
    )
    assert kursk["destroyed"] == 4  # "drones shot down, 4": the cell's figure
    belgorod = _at(got, "Belgorod")
    assert (belgorod["event_type"], belgorod["weapon_category"]) == ("strike", "artillery")
    assert (belgorod["fatalities"], belgorod["injured"], belgorod["event_date"]) == (
        1,
        3,
        "2025-06-02",
    )
    kharkiv = _at(got, "Kharkiv")
    assert (kharkiv["weapon_category"], kharkiv["injured"], kharkiv["event_date"]) == (
        "missile",
        2,
        "2025-06-03",
    )


def test_a_dash_timeline_row_with_clock_then_day_keeps_its_own_day(extractor):
    # first run: no event (the clock before the day)
    got = extractor.extract(DASH_LOG, "log", date(2025, 6, 3))
    sumy, odesa = _at(got, "Sumy"), _at(got, "Odesa")
    assert (sumy["event_type"], sumy["weapon_category"], sumy["event_date"]) == (
        "strike",
        "drone",
        "2025-06-02",
    )
    assert sumy["injured"] == 2
    assert (odesa["weapon_category"], odesa["fatalities"], odesa["event_date"]) == (
        "ballistic missile",
        1,
        "2025-06-03",
    )


def test_a_figure_after_a_comma_counts_only_when_it_closes_the_cell(extractor):
    # "shot down: 14": the figure closes the cell; "shot down, a house hit, 2 injured": the
    # injured are no drones (first run: no Kursk event, the Belgorod line dropped as a title)
    text = (
        "Night log, 3 June 2025\n\n"
        "3 June, 01:10 | Kursk | drones shot down: 14\n"
        "3 June, 02:30 | Belgorod | drones shot down, a house hit, 2 injured\n"
    )
    got = extractor.extract(text, "log", date(2025, 6, 3))
    assert _at(got, "Kursk")["destroyed"] == 14
    belgorod = [r for r in got if r["place"] == "Belgorod"]
    assert belgorod and all(r["destroyed"] is None for r in belgorod)


# -- 3. a live blog's day line over entries stamped with a clock alone ----------------------

BLOG = """Live: Russian strikes across Ukraine
Updated 13 May 2025

12 May
18:30
A drone struck an apartment block in Sumy, injuring three people, the regional administration said.

22:15
Russian forces shelled Nikopol, killing one man.

13 May 01:10
Air defence shot down 12 drones over the Kyiv region, the city administration said.

06:45
A missile hit a warehouse in Dnipro; two workers were injured.
"""

BLOG_YESTERDAY = """Live updates: the war in Ukraine
15 May 2025

12 May

21:40
A drone hit a car in Kherson, wounding the driver.

23:05
Shelling killed a woman in Nikopol yesterday, officials said.
"""


def test_an_entry_with_a_bare_clock_is_the_day_of_the_day_line_above_it(extractor):
    # first run: the Nikopol entry dated 13 May, the day the blog was updated
    got = extractor.extract(BLOG, "blog", date(2025, 5, 13))
    assert _at(got, "Sumy")["event_date"] == "2025-05-12"
    nikopol = _at(got, "Nikopol")
    assert (nikopol["event_date"], nikopol["fatalities"], nikopol["weapon_category"]) == (
        "2025-05-12",
        1,
        "artillery",
    )
    assert _at(got, "Dnipro")["event_date"] == "2025-05-13"  # under "13 May 01:10"


def test_an_entrys_yesterday_is_the_day_before_its_day_line(extractor):
    # first run: Kherson on 15 May (the day the blog came out)
    got = extractor.extract(BLOG_YESTERDAY, "blog", date(2025, 5, 15))
    assert _at(got, "Kherson")["event_date"] == "2025-05-12"
    assert _at(got, "Nikopol")["event_date"] == "2025-05-11"


# -- 4. numbered and lettered lists, nested under a region ----------------------------------

NUMBERED = """Overnight summary, 3 June 2025

1. Kupiansk: two guided bombs hit a school, 2 wounded.
2. Vovchansk: artillery shelling, 1 killed.
3. Beryslav: a drone dropped explosives on a bus, 3 wounded.
"""

NESTED = """Situation report, 3 June 2025

Shelling and strikes over the past day:

1. Kharkiv region
   a. Kupiansk — two guided bombs, a school damaged, 2 wounded
   b. Vovchansk — artillery, 1 killed
2. Kherson region
   a. Beryslav — drone drops on a bus, 3 wounded
"""

LETTERED = """Overnight summary, 3 June 2025

a) Kupiansk: two guided bombs hit a school, 2 wounded.
b) Vovchansk: artillery shelling, 1 killed.
c) Beryslav: a drone dropped explosives on a bus, 3 wounded.
"""


@pytest.mark.parametrize("text", [NUMBERED, NESTED, LETTERED], ids=["1.", "1. / a.", "a)"])
def test_each_item_of_a_numbered_or_lettered_list_is_its_places_event(extractor, text):
    # first run: no event from any of the three lists
    got = extractor.extract(text, "list", date(2025, 6, 3))
    assert sorted(r["place"] for r in got) == ["Beryslav", "Kupyansk", "Vovchansk"]
    kupiansk = _at(got, "Kupyansk")
    assert (kupiansk["weapon_category"], kupiansk["injured"]) == ("glide bomb", 2)
    vovchansk = _at(got, "Vovchansk")
    assert (vovchansk["weapon_category"], vovchansk["fatalities"]) == ("artillery", 1)
    beryslav = _at(got, "Beryslav")
    assert (beryslav["weapon_category"], beryslav["injured"]) == ("drone", 3)
    assert {r["event_date"] for r in got} == {"2025-06-02"} or {r["event_date"] for r in got} == {
        "2025-06-03"
    }


def test_an_items_mark_ends_no_sentence():
    text = "1. Kharkiv region\n   a. Kupiansk — shelling\n(b) Izium: a drone hit a car."
    assert [s.text for s in split_sentences(text)] == [
        "1. Kharkiv region",
        "a. Kupiansk — shelling",
        "(b) Izium: a drone hit a car.",
    ]


# -- 1. a table whose figures stand in a "What" or "Number" column, in words ----------------

WORDED_TABLE = """The night in figures
3 June 2025

| When | Where | What | Number |
|---|---|---|---|
| 2 June, 22:15 | Kursk | drones shot down | 4 |
| 2 June, 23:40 | Belgorod | shelling | 1 killed, 3 injured |
| 3 June, 01:05 | Kharkiv | missile strike | 2 injured |
"""


def test_a_tables_figures_told_in_words_in_a_column_of_no_kind_are_its_rows(extractor):
    # first run: the three rows there, with no figure at all
    got = extractor.extract(WORDED_TABLE, "table", date(2025, 6, 3))
    kursk = _at(got, "Kursk")
    assert (kursk["event_type"], kursk["destroyed"], kursk["event_date"]) == (
        "interception",
        4,
        "2025-06-02",
    )
    belgorod = _at(got, "Belgorod")
    assert (belgorod["fatalities"], belgorod["injured"]) == (1, 3)
    kharkiv = _at(got, "Kharkiv")
    assert (kharkiv["fatalities"], kharkiv["injured"], kharkiv["weapon_category"]) == (
        None,
        2,
        "missile",
    )


# -- 4. a bullet of a region over the bullets nested under it --------------------------------

REGION_BULLETS = """Overnight, 3 June 2025

- Dnipropetrovsk region:
  - Nikopol district: shelling, one man injured.
  - Pavlohrad: a missile hit an enterprise.
- Kyiv region:
  - 14 drones shot down.
- Odesa: a drone hit a port warehouse.
"""

STAR_BULLETS = """Daily summary, 3 June 2025

* Sumy region:
    * a guided bomb hit a school in the district centre, two injured
* Kherson: shelling of the centre, one woman killed
"""


def test_a_nested_bullet_with_no_place_is_the_event_of_the_region_bullet_over_it(extractor):
    # first run: no event for the Kyiv region; Nikopol's "one man injured" lost
    got = extractor.extract(REGION_BULLETS, "list", date(2025, 6, 3))
    kyiv = [r for r in got if r["event_type"] == "interception"]
    assert len(kyiv) == 1
    assert (kyiv[0]["admin1"], kyiv[0]["geo_precision"], kyiv[0]["destroyed"]) == (
        "Kiev",  # (the gazetteer's spelling of the oblast)
        3,
        14,
    )
    assert kyiv[0]["weapon_category"] == "drone"
    assert _at(got, "Nikopol")["injured"] == 1
    assert _at(got, "Pavlohrad")["weapon_category"] == "missile"
    assert _at(got, "Odesa")["weapon_category"] == "drone"  # out of the nest: its own place


def test_a_star_bullet_region_heads_its_indented_item_and_no_more(extractor):
    got = extractor.extract(STAR_BULLETS, "list", date(2025, 6, 3))
    sumy = [r for r in got if r["admin1"] == "Sumy"]
    assert len(sumy) == 1
    assert (sumy[0]["geo_precision"], sumy[0]["weapon_category"], sumy[0]["injured"]) == (
        3,
        "glide bomb",
        2,
    )
    kherson = _at(got, "Kherson")
    assert (kherson["fatalities"], kherson["weapon_category"]) == (1, "artillery")


# -- 2. a title or headline gives no event of its own ---------------------------------------
# (first run of all four: as asserted; kept as the guard of the title rule for these shapes)

TOPIC_TITLES = [
    """Explainer: the glide-bomb war on Kharkiv
3 June 2025

Russia's use of guided bombs has spread along the front. On Monday a bomb hit a school in Sumy,
injuring two teachers, the regional administration said.
""",
    """KHARKIV: SHELLING IN APRIL 2024

A monthly review by the city council, published 3 June 2025.

The council counted 212 attacks on the city during the month. Most hit the northern districts.
""",
    """Q&A | Why the drone war over Odesa is changing
3 June 2025

What is new? Russia now launches drones in larger waves, officials say.
""",
    """Kherson: a year of drone hunting
3 June 2025

Residents of the city on the Dnipro now plan every trip around the drones, and the buses run
with nets over their windows.
""",
]


@pytest.mark.parametrize("text", TOPIC_TITLES, ids=["explainer", "review", "q-and-a", "feature"])
def test_a_title_naming_a_topic_gives_no_event_of_its_own(extractor, text):
    got = extractor.extract(text, "feature", date(2025, 6, 3))
    titled = {"Kharkiv", "Odesa", "Odessa", "Kherson"}
    assert not [r for r in got if r["place"] in titled], [r["source_text"] for r in got]


def test_a_title_the_body_retells_is_one_event_told_by_the_body(extractor):
    text = (
        "Zaporizhzhia: missile strike kills three\n3 June 2025\n\n"
        "Three people were killed when a missile struck an industrial site in Zaporizhzhia on "
        "Monday evening, the regional governor said.\n"
    )
    (event,) = extractor.extract(text, "wire", date(2025, 6, 3))
    assert (event["event_type"], event["weapon_category"], event["fatalities"]) == (
        "strike",
        "missile",
        3,
    )
    assert event["event_date"] == "2025-06-02"
    assert event["verification"] == "claimed"
    assert not event["source_text"].startswith("Zaporizhzhia:")


# -- 5. the event told by a place's heading line or a picture's caption ---------------------

HEADED = """Kherson, 3 June 2025

Kherson city, Dniprovskyi district
Around 09:00 a Russian drone dropped explosives on a municipal bus; two passengers were wounded.
"""

CAPTIONED = """3 June 2025

Firefighters put out the blaze at dawn. Two people were taken to hospital.
Photo: the warehouse in Odesa after the night's drone attack (State Emergency Service)
"""


def test_a_heading_of_a_city_and_its_district_places_the_lines_under_it(extractor):
    # first run: no event ("Kherson city," read as no heading of Kherson)
    (event,) = extractor.extract(HEADED, "post", date(2025, 6, 3))
    assert (event["place"], event["event_type"], event["weapon_category"]) == (
        "Kherson",
        "strike",
        "drone",
    )
    assert event["injured"] == 2


def test_a_pictures_caption_is_no_title_its_event_is_kept(extractor):
    # first run: no event (the caption dropped as a title)
    (event,) = extractor.extract(CAPTIONED, "post", date(2025, 6, 3))
    assert (event["place"], event["event_type"], event["weapon_category"]) == (
        "Odesa",
        "strike",
        "drone",
    )


# -- days written in figures, in a log's rows and a live blog's day lines --------------------

ISO_LOG = """Night log, 3 June 2025

2025-06-01 22:15 | Kursk | drones shot down, 4
2025-06-02 23:40 | Belgorod | shelling, 1 killed, 3 injured
"""

DOTTED_BLOG = """Live log
14.05.2025

12.05.2025
21:40
Russian forces shelled Nikopol, killing one man.

23:10
A drone hit a car in Kherson, wounding the driver.

13.05.2025
06:45
A missile hit a warehouse in Dnipro; two workers were injured.
"""


def test_a_rows_day_in_figures_is_its_day(extractor):
    # first run: no event (the row's "2025-06-01 22:15" read as no stamp, nor as a day)
    got = extractor.extract(ISO_LOG, "log", date(2025, 6, 3))
    assert (_at(got, "Kursk")["event_date"], _at(got, "Kursk")["destroyed"]) == ("2025-06-01", 4)
    assert _at(got, "Belgorod")["event_date"] == "2025-06-02"


def test_a_live_blogs_day_lines_in_figures_date_the_entries_under_them(extractor):
    # first run: every entry dated the day the blog came out
    got = extractor.extract(DOTTED_BLOG, "blog", date(2025, 5, 14))
    assert _at(got, "Nikopol")["event_date"] == "2025-05-12"
    assert _at(got, "Kherson")["event_date"] == "2025-05-12"
    assert _at(got, "Dnipro")["event_date"] == "2025-05-13"


# -- nested bullets of other shapes: pictograph sub-bullets, a bold region -------------------

PICTOGRAPH_NEST = """Overnight, 3 June 2025

• Kharkiv region:
   ◦ Kupiansk: a guided bomb hit a school, two injured
   ◦ 5 drones shot down over the region
• Odesa region:
   ◦ a drone hit port infrastructure, no casualties
"""

BOLD_NEST = """Overnight, 3 June 2025

- **Kharkiv region**
  - Kupiansk: a guided bomb hit a school, two injured
  - 5 drones shot down
- **Odesa region**
  - a drone hit port infrastructure, no casualties
"""


@pytest.mark.parametrize("text", [PICTOGRAPH_NEST, BOLD_NEST], ids=["◦", "bold"])
def test_each_nested_bullet_is_an_item_of_its_region(extractor, text):
    # first run: ◦ lost the Odesa region's item; bold lost the Kharkiv drones and Odesa's item
    got = extractor.extract(text, "list", date(2025, 6, 3))
    assert _at(got, "Kupyansk")["injured"] == 2
    (downed,) = [r for r in got if r["event_type"] == "interception"]
    assert (downed["admin1"], downed["geo_precision"], downed["destroyed"]) == ("Kharkiv", 3, 5)
    (odesa,) = [r for r in got if r["admin1"] == "Odessa"]
    assert (odesa["event_type"], odesa["weapon_category"], odesa["geo_precision"]) == (
        "strike",
        "drone",
        3,
    )


# -- 2. a title's month and year date the body's days of that month --------------------------

MONTH_REVIEW = """Kharkiv: shelling in April 2024
Monthly review | 3 June 2025

On 14 April a missile struck a printing house in Kharkiv, killing seven workers, the governor said.

On 27 April a glide bomb hit a shopping centre in the Saltivskyi district of Kharkiv.
"""

MONTH_REVIEW_NO_YEAR = """Sumy region: shelling and drone attacks in May
Monthly summary | 3 June 2025

On 12 May a drone hit a bus in Bilopillia, wounding five passengers.
"""


def test_a_day_told_without_its_year_under_a_title_of_month_and_year_is_of_that_year(extractor):
    # first run: 14 April 2025 (the April before publication); the title no event of its own
    got = extractor.extract(MONTH_REVIEW, "review", date(2025, 6, 3))
    assert {r["event_date"] for r in got} == {"2024-04-14", "2024-04-27"}
    assert all(not r["source_text"].startswith("Kharkiv:") for r in got)
    (missile,) = [r for r in got if r["weapon_category"] == "missile"]
    assert (missile["fatalities"], missile["verification"]) == (7, "claimed")


def test_a_title_of_a_month_alone_leaves_the_year_to_the_publication(extractor):
    (event,) = extractor.extract(MONTH_REVIEW_NO_YEAR, "review", date(2025, 6, 3))
    assert (event["event_date"], event["injured"]) == ("2025-05-12", 5)
