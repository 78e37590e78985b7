"""Extraction of text a new user pastes (issue 16, brief extract3): possessive places, a
headline's speaker, a share of a total over several regions, markup and quoted hedges, business
names, and text that is not English."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import run_cli
from geo.extract import Extractor
from geo.extract.language import language_warning, not_english
from geo.extract.markup import plain

HEADER = "Kyiv, 2025-05-04\n"


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _one(extractor, body: str) -> dict:
    (event,) = extractor.extract(HEADER + body, "t")
    return event


# 1. Possessive places: the "'s" does not hide the place.


@pytest.mark.parametrize(
    ("body", "place", "etype", "precision"),
    [
        ("Odesa's port was hit by a missile on Sunday.", "Odesa", "strike", 1),
        ("Russian artillery shelled Kharkiv's outskirts on Sunday.", "Kharkiv", "strike", 2),
        ("Kyiv's air defences shot down ten drones on Sunday.", "Kyiv", "interception", 1),
        ("Artillery shelled Sumy region's border villages on Sunday.", "Sumy", "strike", 3),
        ("A drone struck Kherson’s river port on Sunday.", "Kherson", "strike", 1),
    ],
)
def test_a_possessive_place_is_found_with_its_role(extractor, body, place, etype, precision):
    event = _one(extractor, body)
    assert (event["place"], event["event_type"], event["geo_precision"]) == (
        place,
        etype,
        precision,
    )


def test_the_defences_of_a_city_give_their_count(extractor):
    assert _one(extractor, "Kyiv's air defences shot down ten drones on Sunday.")["destroyed"] == 10


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Kharkiv's mayor said the city was calm on Sunday.", "Kharkiv"),
        (
            "Troops repelled attacks near Korenevo on the fifth day of Kyiv's cross-border push.",
            "Kyiv",
        ),
        ("Moscow's forces shelled Kherson on Sunday.", "Moscow"),
    ],
)
def test_a_possessive_speaker_or_government_is_no_event_place(extractor, body, place):
    assert place not in {e["place"] for e in extractor.extract(HEADER + body, "t")}


# 2. A headline's speaker does not speak for a body that names its own source.


def test_a_body_sentence_with_its_own_source_keeps_it_over_the_headline(extractor):
    text = (
        "Moscow says it downed 30 drones over Kharkiv\n\n"
        "Ukraine's air force said it shot down 20 drones over the Kharkiv region on Sunday.\n"
    )
    (event,) = extractor.extract(text, "t")
    assert event["claimed_by"] == "Ukraine's air force"
    assert event["destroyed"] == 20
    assert event["source_text"].startswith("Ukraine's air force")


def test_it_said_names_the_subject_not_the_headline_speaker(extractor):
    text = (
        "Moscow says it downed 30 drones\n"
        "The Ukrainian air force shot down 20 drones over the Kharkiv region overnight, it said.\n"
    )
    (event,) = extractor.extract(text, "t")
    assert event["claimed_by"] == "Ukrainian air force"
    assert event["verification"] == "claimed"


def test_a_headline_claim_alone_still_attributes_its_event(extractor):
    text = "Moscow says it downed 30 drones over Belgorod\n\nThirty drones were shot down over Belgorod.\n"
    events = extractor.extract(text, "t")
    assert [e["claimed_by"] for e in events] == ["Moscow"]


# 3. "N of M" over several regions: destroyed and launched, kept on one record that says so.


@pytest.mark.parametrize(
    "body",
    [
        "34 of 42 drones were shot down over the Mykolaiv, Kherson and Dnipropetrovsk regions.",
        "Thirty-four of 42 drones were downed over the Mykolaiv, Kherson and Dnipropetrovsk regions.",
        "Of 42 drones launched overnight, 34 were shot down over the Mykolaiv, Kherson and "
        "Dnipropetrovsk regions.",
        "Air defences shot down 34 of the 42 drones over the Mykolaiv, Kherson and "
        "Dnipropetrovsk regions.",
    ],
)
def test_a_share_of_a_total_over_regions_stays_on_one_record(extractor, body):
    events = extractor.extract(HEADER + body, "t")
    assert [e["place"] for e in events] == ["Mykolaiv", "Kherson", "Dnipropetrovsk"]
    assert {e["event_type"] for e in events} == {"interception"}
    assert [(e["launched"], e["destroyed"]) for e in events] == [
        (42, 34),
        (None, None),
        (None, None),
    ]
    assert "Mykolaiv, Kherson and Dnipropetrovsk" in events[0]["notes"]


def test_counts_for_one_region_carry_no_note(extractor):
    event = _one(extractor, "34 of 42 drones were shot down over the Mykolaiv region.")
    assert (event["launched"], event["destroyed"], event["notes"]) == (42, 34, None)


# 4. Markup and quoted hedges; business names.


def test_markup_is_blanked_in_place():
    text = 'A <i>Neptune</i> hit&nbsp;the port.<br>It burned "at least" two hours.'
    out = plain(text)
    assert len(out) == len(text)
    assert "<" not in out and "&" not in out and '"' not in out
    assert out.index("Neptune") == text.index("Neptune")
    assert "\n" in out  # a break tag ends its line


def test_a_comparison_or_a_word_in_brackets_is_no_tag():
    assert plain("fewer than <5 km and x < y") == "fewer than <5 km and x < y"
    # plain text may bracket a word: only HTML's own elements are markup
    assert (
        plain("the town's edge & <outskirts>, he said") == "the town's edge & <outskirts>, he said"
    )
    assert plain("<SPAN class=x>y</SPAN>").strip() == "y"


def test_a_wire_storys_paragraph_after_a_dated_list_keeps_the_storys_day(extractor):
    text = (
        "KYIV, Nov 14 (Newswire) - Glide bombs hit Kharkiv on Thursday, killing three.\n\n"
        "Deadly attacks this year, by day:\n"
        "- Oct. 3: a missile strike on Sumy killed 4 people\n"
        "- Aug 30: shelling of Kupiansk wounded 7 civilians\n\n"
        "Drones hit a depot in Izium, the military said."
    )
    events = extractor.extract(text, "t", published=date(2025, 11, 14))
    got = {e["place"]: e["event_date"] for e in events}
    assert got["Sumy"] == "2025-10-03" and got["Izyum"] != "2025-08-30"


def test_a_weapon_inside_tags_is_read(extractor):
    event = _one(extractor, "A Russian <i>Iskander-M</i> missile struck Dnipro on Sunday.")
    assert (event["weapon"], event["weapon_category"]) == ("Iskander", "ballistic missile")
    text = HEADER + "A Russian <i>Iskander-M</i> missile struck Dnipro on Sunday."
    assert text[event["span_start"] : event["span_end"]].startswith("A Russian <i>Iskander")


@pytest.mark.parametrize("hedge", ['"at least" five', "“at least” five", "at least five"])
def test_a_quoted_hedge_keeps_its_figure(extractor, hedge):
    event = _one(extractor, f"A missile hit Dnipro on Sunday, killing {hedge} people.")
    assert event["fatalities"] == 5


@pytest.mark.parametrize(
    "firm", ["O'Neill & Sons", "O'Neill &amp; Sons", "Dallas Ltd", "Odessa Inc", "Marks & Spencer"]
)
def test_a_business_name_is_no_place(extractor, firm):
    event = _one(extractor, f"A drone hit the {firm} warehouse in Dnipro on Sunday.")
    assert event["place"] == "Dnipro"


def test_places_joined_by_an_ampersand_stay_places(extractor):
    events = extractor.extract(HEADER + "Drones hit Kharkiv & Sumy overnight, killing two.", "t")
    assert [e["place"] for e in events] == ["Kharkiv", "Sumy"]


# 5. Text that is not English: a warning, not silence.

UKRAINIAN = (
    "Вночі російські війська атакували Одесу ударними дронами. Загинули дві людини, ще п'ятеро "
    "поранені. У Харкові пошкоджено житловий будинок, повідомила обласна адміністрація."
)
GERMAN = (
    "In der Nacht griffen russische Truppen Odessa mit Drohnen an. Zwei Menschen wurden getötet, "
    "fünf weitere verletzt, teilte die Verwaltung mit."
)


@pytest.mark.parametrize("text", [UKRAINIAN, GERMAN])
def test_text_in_another_language_gets_a_warning(extractor, text):
    records, warnings = extractor.extract_with_warnings(HEADER + text, "t")
    assert len(warnings) == 1
    assert warnings[0].startswith("the text does not look like English")
    assert f": {len(records)} events" in warnings[0]


SPANISH = (
    "Durante la noche las tropas rusas atacaron Odesa con drones. Dos personas murieron y otras "
    "cinco resultaron heridas, informó la administración regional."
)
# An English tally made of names and figures: hardly any common English words, yet English.
TALLY = (
    "Drones shot down overnight, by region:\nKharkiv region - 12\nSumy region - 4\n"
    "Poltava region - 3\nDnipropetrovsk region - 7\nKyiv region - 2\nChernihiv region - 5\n"
    "Odesa region - 1\nZhytomyr region - 2"
)


def test_text_in_spanish_gets_a_warning(extractor):
    assert not_english(SPANISH) == "few of its words are common English words"


def test_a_tally_of_names_and_figures_gets_no_warning(extractor):
    assert not_english(TALLY) is None
    assert extractor.extract_with_warnings(HEADER + TALLY, "t")[1] == []


def test_english_and_short_text_get_no_warning(extractor, reference_text):
    _, warnings = extractor.extract_with_warnings(reference_text, "t")
    assert warnings == []
    assert not_english("Kyiv — 12") is None  # too short to tell
    assert language_warning(reference_text, 3) is None


def test_the_command_line_prints_the_warning(tmp_path):
    report = tmp_path / "uk.txt"
    report.write_text(HEADER + UKRAINIAN, encoding="utf-8")
    out = run_cli("extract", str(report), "-o", str(tmp_path / "out.geojson"))
    assert out.returncode == 0, out.stderr
    assert "warning: the text does not look like English" in out.stderr
    assert (tmp_path / "out.geojson").is_file()
