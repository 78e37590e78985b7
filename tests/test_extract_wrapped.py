"""Hard-wrapped reports (pasted from an e-mail, a PDF, a newsletter, a terminal): a line break
inside a sentence does not end it, a word hyphenated at a line's end is one word, and a post of
short lines keeps them apart; the events' spans still point into the pasted text."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.unwrap import unwrap

PUBLISHED = date(2025, 6, 4)

# a wire story wrapped at 70 columns
WIRE = """\
KHARKIV, Ukraine, June 2 (Newswire) - Russian forces struck a residential
area of Kharkiv with two guided aerial bombs on Monday afternoon,
killing three people and wounding 19 others, the regional governor
said.

The bombs hit a nine-storey apartment building and a nearby school in
the Saltivskyi district, the governor wrote on Telegram. Rescuers were
still searching the rubble late in the evening.

Separately, a drone attack on the town of Chuhuiv overnight injured two
women and damaged a power substation, local officials said.
"""

# a humanitarian flash update copied out of a PDF, with its words hyphenated at the cuts
FLASH = """\
UKRAINE: Flash Update No. 12
Escalation of hostilities in Zaporizhzhia Oblast
As of 9 March 2025

HIGHLIGHTS
- On 8 March, a missile attack on the city of Zaporizhzhia damaged resi-
dential buildings and killed four civilians, including a child, accord-
ing to local authorities.
- Humanitarian partners delivered water and shelter kits to affected
families within hours of the strike.

SITUATION OVERVIEW
In the early hours of 8 March, several missiles hit the eastern part of
Zaporizhzhia city, destroying two apartment blocks and damaging more
than 30 houses. According to the regional military administration, 27
people were injured. Later the same day, shelling of the town of Orikhiv
wounded an elderly man and damaged the local hospital.
"""

# an e-mail newsletter wrapped at 66, its bullets' second lines indented
NEWSLETTER = """\
Subject: Morning briefing - Tuesday 3 June 2025

Good morning. Here is what happened overnight across the south and
east of Ukraine.

* In Odesa, a drone attack on port infrastructure started a fire
  at a grain terminal; one worker was injured, the city's
  military administration said.
* Russian artillery shelled the village of Bilozerka in the Kherson
  region, killing a 63-year-old man who was working in his garden.

In Dnipro, a missile struck an industrial facility on the left
bank of the river late on Monday, wounding five people.

Best regards,
The briefing team
"""

# a governor's post: short lines, each its own, not wrapped
POST = """\
Kherson. 3 June.
Over the past day the enemy shelled 32 settlements of the region.
In Kherson, a man was wounded by drone fire.
In Bilozerka, a woman was injured.
Infrastructure was damaged in Antonivka.
Stay in shelters!
Oleksandr Prokudin
"""


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(events: list[dict]) -> dict[str, dict]:
    return {e["place"]: e for e in events}


def _spans_point_into(text: str, events: list[dict]) -> None:
    for e in events:
        pasted = text[e["span_start"] : e["span_end"]]
        assert pasted.split() == e["source_text"].split() or "-\n" in pasted
        assert pasted[:4] == e["source_text"][:4]


@pytest.mark.parametrize("text", [WIRE, FLASH, NEWSLETTER, POST])
def test_unwrapping_keeps_every_offset(text):
    joined = unwrap(text)
    assert len(joined) == len(text)
    assert [k for k, c in enumerate(joined) if not c.isspace()] == [
        k for k, c in enumerate(text) if not c.isspace()
    ] or "-\n" in text


def test_a_wire_story_wrapped_at_70_gives_its_events(extractor):
    events = extractor.extract(WIRE, "wire", PUBLISHED)
    places = _by_place(events)
    kharkiv = places["Kharkiv"]
    assert kharkiv["event_type"] == "strike"
    assert kharkiv["weapon_category"] == "glide bomb"
    assert (kharkiv["fatalities"], kharkiv["injured"]) == (3, 19)
    assert kharkiv["event_date"] == "2025-06-02"
    chuhuiv = next(e for e in events if "Chuhuiv" in e["place_mention"])
    assert chuhuiv["weapon_category"] == "drone"
    assert chuhuiv["injured"] == 2
    assert "injured two women and damaged" in chuhuiv["source_text"]
    _spans_point_into(WIRE, events)


def test_a_pdf_flash_update_joins_its_hyphenated_words(extractor):
    events = extractor.extract(FLASH, "flash", PUBLISHED)
    zap = next(e for e in events if "Zaporizhzhia" in e["place_mention"])
    assert zap["weapon_category"] == "missile"
    assert zap["event_date"] == "2025-03-08"
    assert zap["fatalities"] == 4
    assert "residential" in zap["source_text"]
    orikhiv = _by_place(events)["Orikhiv"]
    assert orikhiv["weapon_category"] == "artillery"
    assert orikhiv["injured"] == 1
    assert orikhiv["event_date"] == "2025-03-08"  # "later the same day", in the same line now
    _spans_point_into(FLASH, events)


def test_a_newsletter_wrapped_at_66_keeps_its_bullets_apart(extractor):
    events = extractor.extract(NEWSLETTER, "mail", PUBLISHED)
    places = _by_place(events)
    assert places["Odesa"]["weapon_category"] == "drone"
    assert places["Odesa"]["injured"] == 1
    assert places["Bilozerka"]["weapon_category"] == "artillery"
    assert places["Bilozerka"]["fatalities"] == 1
    assert places["Dnipro"]["weapon_category"] == "missile"
    assert places["Dnipro"]["injured"] == 5
    assert "wounding five people" in places["Dnipro"]["source_text"]
    # each bullet is its own sentence: the second does not run into the first
    assert "Russian artillery" not in places["Odesa"]["source_text"]
    _spans_point_into(NEWSLETTER, events)


def test_a_post_of_short_lines_is_not_wrapped(extractor):
    assert unwrap(POST) == POST
    events = extractor.extract(POST, "post", PUBLISHED)
    assert {e["place_mention"] for e in events} >= {"Kherson", "Bilozerka", "Antonivka"}
    for e in events:
        assert "\n" not in POST[e["span_start"] : e["span_end"]]


def test_sentences_of_one_line_each_stay_apart():
    # lines of similar length that each end a sentence, the next word fitting on the line
    text = (
        "Shelling hit Nikopol overnight and damaged a power line there.\n"
        "A drone struck a car in Marhanets and injured its driver badly.\n"
        "Two houses burned in the village of Pokrovske in the evening.\n"
        "Air defence shot down four drones over the Dnipro district.\n"
    )
    assert unwrap(text) == text


def test_a_wrapped_dateline_gives_the_body_its_place(extractor):
    text = (
        "DNIPRO, May 3 (Wire) - In Kamianske, two people were killed and eight\n"
        "wounded when a Russian missile hit a bus station on Saturday morning,\n"
        "the regional governor said. The strike also damaged a dozen cars and\n"
        "a nearby shop, he said on Telegram, adding that rescuers were still\n"
        "at the scene.\n"
    )
    (event,) = extractor.extract(text, "wire", date(2025, 5, 3))
    assert "Kamianske" in event["place_mention"]
    assert (event["fatalities"], event["injured"]) == (2, 8)
    assert event["weapon_category"] == "missile"
    assert event["event_date"] == "2025-05-03"
