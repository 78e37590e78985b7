"""Extraction, a source relayed across a document (verif14): an official cited once, then his
account carried on ("He added that ...", "According to him, ...", "The governor also reported
...", or plain sentences with no speaker) until another source or the reporter's own voice takes
over, makes those events his claim; a sentence speaking as one side ("the occupiers shelled",
"the Kyiv regime's militants", "our air defence worked") is that side's word. An independent
body, the reporter's own eyes and a hedge keep their verification."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text: str) -> dict[str, dict]:
    events = extractor.extract(text, "test", date(2025, 5, 14))
    return {e["place"]: e for e in events}


# A wire story: the governor in the lede, then "He added", "According to him", a plain sentence
_WIRE = """Drones wound three in Kharkiv

KHARKIV, May 14 - Russian drones struck a residential block in Kharkiv overnight, regional governor Oleh Syniehubov said on Wednesday.

He added that a woman and two men were wounded in the attack.

According to him, a separate drone hit a warehouse in Chuhuiv, starting a fire.

In Kupiansk, a guided bomb damaged a school. A man was killed there.
"""

# A local paper: the mayor's post retold, then the paper's own reporter on the scene
_LOCAL = """Night of explosions in Sumy

Mayor Artem Kobzar wrote on Telegram that a Shahed drone crashed into a shop in Sumy after midnight; nobody was hurt.

The mayor also reported that artillery shelled the outskirts of Okhtyrka in the morning. Two houses burned down there.

An hour later a missile hit a farm near Trostianets, killing a tractor driver.

Our correspondent saw the wreckage of a second drone in a field near Lebedyn.
"""

# A monitoring digest: a ministry's figure, carried on, then a doubt and the UN
_DIGEST = """Belgorod region, Tuesday

The regional operational headquarters said Ukrainian drones attacked a substation in Shebekino, injuring an electrician.

A mortar shell landed in a yard in Grayvoron. Two cars were damaged.

Reuters could not verify the reports. UN monitors confirmed that a shell killed a woman in Kherson on the same day.
"""


@pytest.mark.parametrize(
    ("text", "place", "who"),
    [
        (_WIRE, "Kharkiv", "Syniehubov"),
        (_WIRE, "Chuhuyiv", "Syniehubov"),
        (_WIRE, "Kupyansk", "Syniehubov"),
        (_LOCAL, "Sumy", "Kobzar"),
        (_LOCAL, "Okhtyrka", "Kobzar"),
        (_LOCAL, "Trostyanets", "Kobzar"),
        (_DIGEST, "Shebekino", "headquarters"),
    ],
)
def test_an_official_cited_once_claims_the_account_carried_on(extractor, text, place, who):
    e = _by_place(extractor, text)[place]
    assert e["event_type"] == "strike"
    assert e["verification"] == "claimed"
    assert who.lower() in (e["claimed_by"] or "").lower()


def test_the_reporters_own_eyes_and_the_un_are_no_ones_claim(extractor):
    local = _by_place(extractor, _LOCAL)
    assert local["Lebedyn"]["verification"] == "confirmed"
    digest = _by_place(extractor, _DIGEST)
    assert digest["Kherson"]["verification"] == "confirmed"
    assert digest["Kherson"]["fatalities"] == 1


def test_a_doubt_after_the_relayed_account_leaves_it_unverified(extractor):
    e = _by_place(extractor, _DIGEST)["Grayvoron"]
    assert e["verification"] in ("unverified", "claimed")
    assert e["claimed_by"] is None or "headquarters" in e["claimed_by"].lower()


def test_the_reporters_own_account_before_any_speaker_stays_confirmed(extractor):
    text = (
        "A missile hit a grain terminal in Izmail on Monday night, setting it on fire.\n\n"
        "The regional governor said later that the port of Reni was also attacked by drones.\n"
    )
    events = _by_place(extractor, text)
    assert events["Izmayil"]["verification"] == "confirmed"
    assert events["Reni"]["verification"] == "claimed"


# A side's own voice with no header: a Ukrainian regional channel, a Russian war blogger, a
# translated local portal
@pytest.mark.parametrize(
    ("text", "place", "etype", "category"),
    [
        (
            "The occupiers shelled Nikopol with heavy artillery this morning. A 60-year-old "
            "woman was wounded.\n",
            "Nikopol",
            "strike",
            "artillery",
        ),
        (
            "Brothers, a hot night again. The Kyiv regime's militants sent drones at Shebekino, "
            "a drone hit a garage.\n\nOur air defence worked over Belgorod: three drones were "
            "shot down over the city.\n",
            "Shebekino",
            "strike",
            "drone",
        ),
        (
            "Our air defence worked over Belgorod: three drones were shot down over the city.\n",
            "Belgorod",
            "interception",
            "drone",
        ),
        (
            "The enemy attacked the Sumy community with drones overnight. The Russian "
            "terrorists hit a bakery in Sumy.\n",
            "Sumy",
            "strike",
            "drone",
        ),
    ],
)
def test_a_sides_own_voice_is_its_claim(extractor, text, place, etype, category):
    e = _by_place(extractor, text)[place]
    assert (e["event_type"], e["weapon_category"]) == (etype, category)
    assert e["verification"] == "claimed"
    assert e["claimed_by"]


def test_the_reporters_own_voice_about_a_side_is_no_claim(extractor):
    text = "Russian troops shelled Nikopol with heavy artillery on Tuesday, wounding a woman.\n"
    assert _by_place(extractor, text)["Nikopol"]["verification"] == "confirmed"


# Among several sources, a speaker named after the event, in the same paragraph, with no event
# of its own: a roundup of governors, a translated regional portal
_ROUNDUP = """What the border governors posted

Governor Petr Orlov wrote that a drone hit a barn near Suzemka. Nobody was hurt.

Late in the evening, a drone dropped a grenade on a tractor in Sevsk. The tractor driver lost an eye, Orlov's deputy Anna Ivanova wrote.

Governor Ilya Petrov said 12 drones were downed over Kursk.
"""
_PORTAL = """Night in the oblast

In the evening the Russian army hit the port of Izmail with drones; a warehouse burned down. This was reported by the head of the regional administration Oleh Kiper.

Residents of Odesa said they heard explosions.
"""


@pytest.mark.parametrize(
    ("text", "place", "who"),
    [(_ROUNDUP, "Sevsk", "Ivanova"), (_PORTAL, "Izmayil", "Kiper")],
)
def test_a_speaker_named_after_the_event_in_its_paragraph_claims_it(extractor, text, place, who):
    e = _by_place(extractor, text)[place]
    assert e["event_type"] == "strike"
    assert e["weapon_category"] == "drone"
    assert e["verification"] == "claimed"
    assert who.lower() in (e["claimed_by"] or "").lower()


def test_a_new_paragraph_opening_with_the_speakers_word_carries_him_on(extractor):
    # among several sources: a governor's account goes on in a paragraph that opens "He
    # explained", after another body spoke
    text = (
        "Dnipro under fire\n\n"
        "The air force said 40 drones were shot down over central Ukraine overnight.\n\n"
        "Governor Serhii Lysak said a drone hit a gas station in Pavlohrad, wounding a cashier.\n\n"
        "He explained that a second drone struck a warehouse in Synelnykove. "
        "A fire broke out in Kamianske after a missile hit a garage.\n\n"
        "In Kyiv, the mayor said debris fell on a school.\n"
    )
    events = _by_place(extractor, text)
    for place in ("Synelnykove", "Kamyanske"):
        assert events[place]["verification"] == "claimed", place
        assert "lysak" in (events[place]["claimed_by"] or "").lower()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Enemy drones attacked Kupiansk at dawn; a shop burned down.\n", "Kupyansk"),
        ("Our pilots struck a VSU ammunition depot near Kostiantynivka.\n", "Kostyantynivka"),
    ],
)
def test_a_sides_words_without_the_article_are_its_claim(extractor, text, place):
    e = _by_place(extractor, text)[place]
    assert e["event_type"] == "strike"
    assert e["verification"] == "claimed"


# A side's post with no header, speaking as the side in sentences of its own: the rest of it
# is that side's word too (a war blogger's night summary, a community's post)
_NIGHT_SUMMARY = """Night summary, friends.

The enemy again tried to break through near Krynky, our guys held the line.

Our air defence worked over Donetsk, four drones were shot down.

Drones hit a substation in Horlivka, half the city is without power.

A shell landed in a yard in Yasynuvata, two cars burned.
"""
_COMMUNITY = """The occupiers shelled the community again today.

In the morning a mortar shell damaged a house in Bilopillia.

Around noon the Russian terrorists dropped a guided bomb on a farm near Vorozhba.
"""


@pytest.mark.parametrize(
    ("text", "place"),
    [(_NIGHT_SUMMARY, "Horlivka"), (_NIGHT_SUMMARY, "Yasynuvata"), (_COMMUNITY, "Bilopillia")],
)
def test_the_rest_of_a_sides_own_post_is_its_claim(extractor, text, place):
    e = _by_place(extractor, text)[place]
    assert e["event_type"] == "strike"
    assert e["verification"] == "claimed"


def test_one_sides_words_in_a_report_with_its_own_eyes_do_not_make_it_a_post(extractor):
    seen = _by_place(extractor, _EYES)["Bilopillia"]
    assert (seen["verification"], seen["claimed_by"]) == ("confirmed", None)


_EYES = """Residents call them the occupiers. Our correspondent saw a shell hit a house in Bilopillia.

The enemy, as locals put it, also shelled Vorozhba.
"""
