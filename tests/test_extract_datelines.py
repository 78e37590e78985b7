"""A wire story's dateline ("KYIV (AP) —", "MOSCOW, June 2 (Reuters) -", "Kharkiv, Ukraine —",
"ZAPORIZHZHIA, 12 March 2025 /Ukrinform/.") says where the reporter files from: the event is at
the place the body names, and at the dateline's city only when the body names no other place."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

PUBLISHED = date(2025, 6, 4)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _one(extractor, text: str, published: date = PUBLISHED) -> dict:
    (event,) = extractor.extract(text, "t", published)
    return event


@pytest.mark.parametrize(
    "text",
    [
        "DNIPRO, May 3 (Wire) - In Kamianske, two people were killed and eight wounded when a "
        "Russian missile hit a bus station on Saturday morning, the governor said.",
        "DNIPRO, Ukraine, May 3 (Wire) - Two people were killed and eight wounded when a Russian "
        "missile hit a bus station in Kamianske on Saturday morning, the governor said.",
    ],
)
def test_the_body_names_the_place_not_the_dateline(extractor, text):
    event = _one(extractor, text, date(2025, 5, 3))
    assert "Kamianske" in event["place_mention"]
    assert (event["fatalities"], event["injured"]) == (2, 8)
    assert event["weapon_category"] == "missile"
    assert event["event_date"] == "2025-05-03"


def test_an_ap_dateline_with_no_other_place_is_the_event_place(extractor):
    event = _one(
        extractor,
        "KYIV (AP) — A Russian missile struck a residential building overnight, killing two "
        "people and injuring nine, the city administration said.\n\n"
        "Rescue work went on into the afternoon.",
    )
    assert event["place"] == "Kyiv"
    assert event["event_type"] == "strike"
    assert event["weapon_category"] == "missile"
    assert (event["fatalities"], event["injured"]) == (2, 9)
    assert event["verification"] == "claimed"


def test_a_reuters_dateline_from_moscow(extractor):
    event = _one(
        extractor,
        "MOSCOW, June 2 (Reuters) - A Ukrainian drone hit an apartment block overnight, "
        "injuring three people, the mayor said.",
        date(2025, 6, 2),
    )
    assert event["place"] == "Moscow"
    assert event["weapon_category"] == "drone"
    assert event["injured"] == 3
    assert event["event_date"] == "2025-06-02"


def test_a_city_and_country_dateline_without_a_day(extractor):
    event = _one(
        extractor,
        "Kharkiv, Ukraine — Russian glide bombs hit an industrial area on Tuesday, killing one "
        "worker and wounding six, the governor said.",
    )
    assert event["place"] == "Kharkiv"
    assert event["weapon_category"] == "glide bomb"
    assert (event["fatalities"], event["injured"]) == (1, 6)
    assert event["event_date"] == "2025-06-03"


def test_an_ukrinform_dateline_between_slashes(extractor):
    event = _one(
        extractor,
        "ZAPORIZHZHIA, 12 March 2025 /Ukrinform/. Russian drones hit a kindergarten overnight, "
        "wounding two teachers, the city council said.",
        date(2025, 3, 12),
    )
    assert event["place"].startswith("Zaporizh")
    assert event["weapon_category"] == "drone"
    assert event["injured"] == 2
    assert event["event_date"] == "2025-03-12"


@pytest.mark.parametrize(
    "text",
    [
        # a country, the front line, a place not named: not the dateline's city
        "KYIV, Ukraine (AP) — Russia launched 80 drones and six missiles at Ukraine overnight, "
        "the air force said.",
        "KYIV (AP) — Russian forces attacked the front line 120 times over the past day, the "
        "General Staff said.",
        "MOSCOW, June 2 (Reuters) - A Ukrainian drone attack set fire to a refinery overnight, a "
        "regional governor said, without naming it.",
        # the paragraph after the lead names where it was
        "KYIV (AP) — A Russian missile hit a children's hospital overnight, killing two people."
        "\n\nThe hospital, in the centre of Dnipro, had 300 patients, the governor said.",
        # a headline above names where the story is
        "Russian strike on Dnipro hospital kills two\n\nKYIV (AP) — A Russian missile hit a "
        "hospital overnight, killing two people, officials said.",
    ],
)
def test_the_dateline_is_no_event_place_when_the_story_is_elsewhere(extractor, text):
    events = extractor.extract(text, "t", PUBLISHED)
    assert not [e for e in events if e["place"] in ("Kyiv", "Moscow")]
