"""Extraction: the weapon of a strike told where its own words name none, in the forms unseen
writers use (issue 16): a list's lead-in ("Overnight the enemy attacked the region with drones.
Consequences:" then a line per town), and two places each hit "with" a weapon of its own in one
sentence ("hit X with glide bombs and shelled Y with artillery")."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(extractor, text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for e in extractor.extract(text, "t", DAY):
        if e["event_type"] == "strike":
            out.setdefault(e["place"], set()).add(e["weapon_category"])
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governor's channel: the lead-in's sentence, then a "Consequences:" line, dashed items
        (
            "Overnight the enemy attacked the region with attack drones. Consequences:\n\n"
            "- Kupiansk: a private house was destroyed, one man was injured;\n"
            "- Balakliia: a warehouse caught fire;\n"
            "- Izium: two people were wounded.",
            {"Kupyansk": {"drone"}, "Balakliya": {"drone"}, "Izyum": {"drone"}},
        ),
        # a ministry's digest: bulleted items after a colon, a dash after each town
        (
            "On the morning of 9 March Russia struck Ukraine with ballistic missiles. "
            "Consequences by region:\n"
            "\u2022 Zaporizhzhia \u2014 an industrial enterprise was damaged, three people were "
            "injured;\n"
            "\u2022 Dnipro \u2014 windows were blown out in several high-rise buildings.",
            {"Zaporizhzhya": {"ballistic missile"}, "Dnipro": {"ballistic missile"}},
        ),
        # a regional roundup: troops shelled, then the casualties town by town
        (
            "Over the past day Russian troops shelled eight settlements of the Kherson region. "
            "Casualties:\n"
            "Beryslav \u2013 1 killed, 2 injured;\n"
            "Kherson \u2013 3 injured.",
            {"Beryslav": {"artillery"}, "Kherson": {"artillery"}},
        ),
        # a wire's roundup: a salvo of two kinds, damage listed town by town (a record per kind)
        (
            "KYIV, March 10 (Wire) - Russia launched 40 drones and three missiles at Ukraine "
            "overnight, the air force said. Damage was reported in:\n"
            "Kharkiv: an apartment block was damaged and four people were injured.\n"
            "Poltava: an industrial site was hit.",
            {"Kharkiv": {"drone", "missile"}, "Poltava": {"drone", "missile"}},
        ),
    ],
)
def test_a_lists_items_take_the_weapon_of_its_lead_in(extractor, text, expected):
    assert _strikes(extractor, text) == expected


def test_an_item_naming_its_own_weapon_keeps_it(extractor):
    text = (
        "Overnight the enemy attacked the region with attack drones. Consequences:\n"
        "- Kupiansk: a guided bomb destroyed a shop;\n"
        "- Izium: a house was damaged."
    )
    assert _strikes(extractor, text) == {"Kupyansk": {"glide bomb"}, "Izyum": {"drone"}}


def test_a_lead_in_naming_no_weapon_gives_none(extractor):
    text = (
        "The regional administration listed the damage of the past day:\n"
        "- Kupiansk: a private house was destroyed, one man was injured;\n"
        "- Izium: two people were wounded."
    )
    assert _strikes(extractor, text) == {"Kupyansk": {None}, "Izyum": {None}}


def test_a_story_after_a_paragraph_is_no_list_item(extractor):
    """No colon and no list marks: the next paragraph is a story of its own."""
    text = (
        "Russia fired ten cruise missiles at the capital on Monday, the air force said.\n\n"
        "In Kherson, a shop was damaged on Monday and one person was hurt, the city said."
    )
    assert _strikes(extractor, text)["Kherson"] == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire's sentence: two towns, each hit with a weapon named after it
        (
            "Russian forces hit Kharkiv with glide bombs and shelled Vovchansk with artillery "
            "on Monday, the governor said.",
            {"Kharkiv": {"glide bomb"}, "Vovchansk": {"artillery"}},
        ),
        # a governor's post
        (
            "The occupiers attacked Beryslav with a guided aerial bomb and struck Kozatske with "
            "FPV drones; a woman was wounded in Kozatske.",
            {"Beryslav": {"glide bomb"}, "Kozatske": {"drone"}},
        ),
        # a think tank's summary
        (
            "Russian troops targeted Pokrovsk with rocket artillery on 9 March and struck Myrnohrad "
            "with Lancet loitering munitions.",
            {"Pokrovsk": {"rocket artillery"}, "Myrnohrad": {"drone"}},
        ),
    ],
)
def test_each_place_hit_with_a_weapon_of_its_own(extractor, text, expected):
    assert _strikes(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a governor's channel: the first item, shaped as a title, after a line ending in a colon
        (
            "Russian attacks on the region on Monday. Consequences:\n"
            "Kupiansk \u2013 a shop destroyed, 2 injured;\n"
            "Izium \u2013 1 killed.",
            "Kupyansk",
        ),
        # a city's night report
        (
            "The city's military administration posted its morning update on Tuesday. "
            "Consequences of the night attack:\n"
            "Pavlohrad \u2014 an enterprise damaged, 3 wounded;\n"
            "Dnipro \u2014 2 wounded.",
            "Pavlohrad",
        ),
        # a roundup's casualty list
        (
            "Over the past day Russian troops shelled eight settlements of the Kherson region. "
            "Casualties:\nBeryslav \u2013 1 killed, 2 injured;\nKherson \u2013 3 injured.",
            "Beryslav",
        ),
    ],
)
def test_a_lists_first_item_is_no_title(extractor, text, place):
    """Two item lines after a lead-in's colon are a list's entries, not a title and its body."""
    assert place in _strikes(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governor's channel: the attack and its downing in one sentence, the hits after it
        (
            "The enemy attacked Sumy region with Shahed drones overnight; air defence shot down "
            "14 of 20.\n\n"
            "In Konotop, an energy facility was hit. In Shostka, a fire broke out at an enterprise.",
            {"Konotop": {"drone"}, "Shostka": {"drone"}},
        ),
        # an air command's report
        (
            "Overnight Russian forces targeted Dnipropetrovsk region with ballistic missiles; two "
            "were intercepted, the air command said.\n\n"
            "In Pavlohrad an industrial enterprise was damaged and three people were injured.",
            {"Pavlohrad": {"ballistic missile"}},
        ),
        # a regional administration's summary
        (
            "The enemy attacked Kherson region with 25 drones overnight, 18 of which were shot "
            "down, the regional administration reported.\n\n"
            "In Beryslav, a shop and two houses were damaged.",
            {"Beryslav": {"drone"}},
        ),
    ],
)
def test_a_town_hit_after_its_regions_attack_told_with_its_downing(extractor, text, expected):
    """The region's sentence is read as the interception; it tells the attack all the same."""
    assert _strikes(extractor, text) == expected


def test_an_arm_s_word_describing_the_weapon_after_with_names_no_weapon_of_its_own(extractor):
    # "artillery missiles" of a named system: the system's kind, not artillery
    text = (
        "Ukrainian forces struck an airfield near Kursk with artillery missiles of the American "
        "ATACMS type, Russian bloggers wrote."
    )
    kinds = {(e["place"], e["weapon_category"]) for e in extractor.extract(text, "t", DAY)}
    assert kinds == {("Kursk", "ballistic missile")}


# (issue recall24A) an air force tally's breakdown under a bare "By region:" line: the downing
# is the sentence's before it, the items name a region and a count only
TALLY = (
    "Air Force, 10 March 2026\n\n"
    "Overnight the enemy launched 70 attack drones from the Bryansk region.\n\n"
    "Result: 60 UAVs shot down or jammed.\n\n"
    "By region:\n"
    "- Poltava region: 25 UAVs\n"
    "- Vinnytsia region: 20 UAVs\n"
    "- Zhytomyr region: 15 UAVs\n"
)


def test_a_bare_by_region_line_after_a_downing_lists_its_interceptions(extractor):
    got = {
        (e["event_type"], e["place_mention"], e["weapon_category"])
        for e in extractor.extract(TALLY, "t", DAY)
    }
    assert {m for t, m, c in got if t == "interception" and c == "drone"} >= {
        "Poltava",
        "Vinnytsia",
        "Zhytomyr",
    }


def test_a_bare_by_region_line_after_a_strike_lists_no_interceptions(extractor):
    text = TALLY.replace("Result: 60 UAVs shot down or jammed.", "Houses burned in two towns.")
    events = extractor.extract(text, "t", DAY)
    assert not [e for e in events if e["event_type"] == "interception"]
