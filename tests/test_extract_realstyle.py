"""Extraction, classes of failure met on real-style reports (data/reports/realstyle), one test a
class, in sentences written for the test."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, body: str, header: str = "Kyiv, 2025-03-05\n"):
    return extractor.extract(header + body, "t")


def test_unmanned_aerial_vehicles_are_drones(extractor):
    events = _events(
        extractor,
        "Air defences destroyed 21 fixed-wing unmanned aerial vehicles over the Kursk region "
        "overnight. An unmanned aircraft hit a warehouse in Sumy.",
    )
    kinds = {(e["event_type"], e["weapon_category"]) for e in events}
    assert kinds == {("interception", "drone"), ("strike", "drone")}


def test_destroyed_n_of_them_is_an_interception(extractor):
    events = _events(
        extractor,
        "Russia launched 20 drones at Ukraine overnight and air defence destroyed 17 of them "
        "over the Odesa and Mykolaiv regions.",
    )
    assert {e["event_type"] for e in events} == {"interception"}
    assert len(events) == 2


def test_speaking_somewhere_is_no_meeting_there(extractor):
    events = _events(
        extractor,
        "The NATO chief said in Brussels on Tuesday that the summit in Vilnius had gone well. "
        "Our correspondent in Odesa visited the port.",
    )
    assert {"Brussels", "Odesa"}.isdisjoint({e["place"] for e in events})


def test_a_meeting_as_a_target_is_a_strike(extractor):
    (event,) = _events(
        extractor, "Russia says two Iskander missiles hit a meeting of officers in Sumy on Monday."
    )
    assert (event["event_type"], event["weapon"]) == ("strike", "Iskander")


def test_meetings_are_stated_not_claimed_and_carry_no_weapon(extractor):
    events = _events(
        extractor,
        "The defence ministers of Poland and Ukraine met in Warsaw on Monday, the ministry said. "
        "They discussed deliveries of F-16 jets.",
    )
    (meeting,) = [e for e in events if e["event_type"] == "meeting"]
    assert (meeting["verification"], meeting["weapon"], meeting["weapon_category"]) == (
        "confirmed",
        None,
        None,
    )


def test_headline_digest_keeps_its_items(extractor):
    text = (
        "MORNING BRIEFING · 7 JANUARY 2025\n\n"
        "Drone hits bus stop in Kherson, one dead\n"
        "The city administration says two women were also hurt\n\n"
        "Glide bombs strike Zaporizhzhia plant\n"
        "Regional governor reports damage to workshops\n"
    )
    events = extractor.extract(text, "t")
    assert {e["place_mention"] for e in events} >= {"Kherson", "Zaporizhzhia"}


def test_places_listed_in_one_sentence_stay_apart(extractor):
    events = _events(
        extractor, "Ukrainian troops repelled 14 assaults near Chasiv Yar and Bakhmut on Monday."
    )
    assert {e["place"] for e in events} == {"Chasiv Yar", "Bakhmut"}


def test_a_bullet_heading_names_the_place_of_its_bullet(extractor):
    text = (
        "Head of the Kharkiv Regional Military Administration\n1 September 2024\n\n"
        "🔹 Kharkiv. At 14:17 the enemy dropped two guided aerial bombs on an industrial district. "
        "Two people were killed.\n"
    )
    (event,) = extractor.extract(text, "t")
    assert (event["place"], event["weapon_category"], event["fatalities"]) == (
        "Kharkiv",
        "glide bomb",
        2,
    )


def test_a_rival_claim_joins_the_event_without_its_figures(extractor):
    events = _events(
        extractor,
        "Two ballistic missiles struck the centre of Sumy on Sunday, killing 35 people.\n"
        "Russia's defence ministry says its Iskander missiles hit a gathering of soldiers in Sumy "
        "and killed 60 servicemen. This could not be verified.",
    )
    (event,) = events
    assert (event["place"], event["fatalities"], event["verification"]) == ("Sumy", 35, "confirmed")
    assert event["weapon"] == "Iskander"


def test_a_side_reporting_interceptions_makes_them_claims(extractor):
    events = _events(
        extractor,
        "Ukraine's air force says Russia sent 40 drones overnight. Thirty were shot down over "
        "the Kharkiv and Sumy regions.",
    )
    assert {e["verification"] for e in events} == {"claimed"}
    (first,) = [e for e in events if e["place_mention"].startswith("Kharkiv")]
    assert (first["launched"], first["destroyed"]) == (40, 30)


def test_an_age_is_no_casualty_figure(extractor):
    (event,) = _events(
        extractor, "In Balakliia, a drone struck a house; a woman aged 68 was injured."
    )
    assert (event["fatalities"], event["injured"]) == (None, 1)


def test_shot_down_before_the_number_counts(extractor):
    (event,) = _events(
        extractor, "Russia said it had shot down ten rockets fired at the Belgorod region."
    )
    assert (event["event_type"], event["destroyed"]) == ("interception", 10)


def test_bullets_under_a_tally_line_take_its_event_word(extractor):
    events = _events(
        extractor,
        "As of 08:00, air defence shot down 30 targets:\n"
        "- 20 Kh-101 cruise missiles: 12 over the Vinnytsia region and 8 over the Zhytomyr region;\n"
        "- 10 drones over the Sumy region.\n",
    )
    got = {(e["event_type"], e["weapon_category"], e["destroyed"]) for e in events}
    assert got == {
        ("interception", "cruise missile", 12),
        ("interception", "cruise missile", 8),
        ("interception", "drone", 10),
    }


def test_launch_sites_are_not_where_strikes_landed(extractor):
    events = _events(
        extractor,
        "Russia attacked with 40 drones launched from the Kursk region and from Hvardiiske in "
        "occupied Crimea, and a Kinzhal fired from a MiG-31K over the Lipetsk region. "
        "A drone hit a depot in Poltava.",
    )
    assert {e["place_mention"] for e in events} == {"Poltava"}


def test_a_meeting_someone_expects_has_not_happened(extractor):
    events = _events(
        extractor,
        "The EU's foreign policy chief said he expected ministers meeting in Brussels on Thursday "
        "to approve more money.",
    )
    assert events == []
