"""Extraction, a downing's aftermath (issue 16, the event's type): a blast wave, explosions heard,
a fire put out, "nobody was hurt", or a salvo's aim ("drones targeted X", "the largest drone
attack on X") told at a place where the report tells an interception of those weapons the same
day, with no hit of its own, is that interception, not a strike beside it. A hit told ("hit a
substation", "damaging a ship") or people hurt keep the strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2025, 6, 3)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _types(records: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in records:
        out.setdefault(r["place"], set()).add(r["event_type"])
    return out


def test_a_blast_wave_where_drones_were_downed_is_the_interception(extractor):
    # a governor's post: the downing, then what its blast did in the same town
    text = (
        "Governor of the Bryansk region, 06:40\n\n"
        "Overnight our air defence repelled an attack of Ukrainian UAVs. Five drones were "
        "destroyed: two over Klintsy and three over the Pochep district.\n\n"
        "In Klintsy, the windows of a kindergarten were knocked out by the blast wave. "
        "Emergency crews are on site."
    )
    records = extractor.extract(text, "t", DAY)
    klintsy = [r for r in records if r["place"] == "Klintsy"]
    assert [r["event_type"] for r in klintsy] == ["interception"]
    assert klintsy[0]["weapon_category"] == "drone"
    assert klintsy[0]["destroyed"] == 2


def test_a_fire_put_out_and_nobody_hurt_is_the_interception_s(extractor):
    # a wire story: debris set a depot alight; the next paragraph says how it ended
    text = (
        "Air defences brought down drones over the Belgorod region overnight, the governor said "
        "on Tuesday, and falling wreckage set fire to a warehouse in Stary Oskol.\n\n"
        "The blaze at the warehouse in Stary Oskol was extinguished by dawn; nobody was hurt "
        "there, he added."
    )
    records = extractor.extract(text, "t", DAY)
    oskol = [r for r in records if "Oskol" in r["place_mention"]]
    assert [r["event_type"] for r in oskol] == ["interception"]
    assert (oskol[0]["fatalities"], oskol[0]["injured"]) == (0, 0)


def test_the_largest_attack_on_a_city_then_downed_over_its_region(extractor):
    # a weekly overview: the salvo named as an attack on the capital, then its fate
    text = (
        "Week in review, 3 June 2025\n\n"
        "On 1 June Ukraine launched its biggest drone attack on Moscow yet. Russia's defence "
        "ministry said it shot down 120 drones, 45 of them over the Moscow region."
    )
    records = extractor.extract(text, "t", DAY)
    near_moscow = [r for r in records if abs(r["lat"] - 55.7) < 1 and abs(r["lon"] - 37.6) < 1.5]
    assert [r["event_type"] for r in near_moscow] == ["interception"]
    assert near_moscow[0]["destroyed"] == 45


def test_drones_that_targeted_a_region_where_only_debris_fell(extractor):
    # an operator's notice: the night's aim over two regions, then what happened where
    text = (
        "Notice to customers, 3 June 2025\n\n"
        "Overnight, Russian attack drones targeted energy facilities in the Sumy and Chernihiv "
        "regions.\n\n"
        "In Konotop a drone hit a substation; two workers were injured.\n\n"
        "In the Chernihiv region, debris of a downed drone fell on a depot in Nizhyn. Nobody was "
        "hurt."
    )
    records = extractor.extract(text, "t", DAY)
    types = _types(records)
    assert types.get("Konotop") == {"strike"}
    assert types.get("Nizhyn") == {"interception"}
    chernihiv = [r for r in records if r["admin1"] == "Chernihiv" and r["place"] != "Nizhyn"]
    assert [r["event_type"] for r in chernihiv if r["event_type"] == "strike"] == []


def test_explosions_heard_where_air_defence_worked(extractor):
    # a live blog: the night's first line, then the tally
    text = (
        "LIVE: overnight attack, 3 June 2025\n\n"
        "06:10 - Explosions heard in Lutsk and Rivne.\n\n"
        "08:30 - The air force says air defences worked over the Volyn and Rivne provinces; 40 "
        "drones were shot down."
    )
    records = extractor.extract(text, "t", DAY)
    assert not [r for r in records if r["event_type"] == "strike"]
    assert {r["admin1"] for r in records if r["event_type"] == "interception"} >= {
        "Volyn",
        "Rivne",
    }


def test_a_hit_told_beside_the_downing_stays_a_strike(extractor):
    text = (
        "Russian drones attacked Odesa overnight and hit a port warehouse, the regional "
        "governor said. Air defence shot down 12 drones over the Odesa region."
    )
    types = _types(extractor.extract(text, "t", DAY))
    assert "strike" in types.get("Odesa", set())


def test_an_attack_that_hurt_people_stays_a_strike(extractor):
    text = (
        "Russia attacked Kharkiv with drones overnight, injuring three people, the mayor said. "
        "Air defence downed five drones over the Kharkiv region."
    )
    records = extractor.extract(text, "t", DAY)
    kharkiv = [r for r in records if r["place"] == "Kharkiv" and r["event_type"] == "strike"]
    assert kharkiv and kharkiv[0]["injured"] == 3


@pytest.mark.parametrize(
    ("text", "place", "destroyed"),
    [
        # a governor's post
        (
            "Drones attacked the Zaporizhzhia region overnight; 9 of them were destroyed, the "
            "governor said.",
            "Zaporizhzhia region",
            9,
        ),
        # a wire story
        (
            "Russia attacked Odesa with 30 drones overnight; air defence shot down 25 of them, "
            "the regional administration said on Tuesday.",
            "Odesa",
            25,
        ),
        # an air-command channel
        (
            "At night the enemy targeted Kremenchuk with Shahed-type drones: mobile fire groups "
            "brought down 6 of them.",
            "Kremenchuk",
            6,
        ),
    ],
)
def test_drones_that_attacked_a_place_and_were_downed_there_are_an_interception(
    extractor, text, place, destroyed
):
    records = extractor.extract(text, "t", DAY)
    assert [(r["event_type"], r["weapon_category"]) for r in records] == [("interception", "drone")]
    assert records[0]["place_mention"] == place
    assert records[0]["destroyed"] == destroyed


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones attacked Kharkiv overnight, injuring three people; air defence destroyed "
        "10 of them.",
        "Russian drones attacked Kharkiv overnight and hit a warehouse; 10 of them were shot down.",
        # two sides' accounts: one side's attack claim, the other's word on the downing
        "Kyiv's navy said its sea drones attacked a fuel terminal in Kharkiv; Moscow said all the "
        "boats had been destroyed before they got there.",
    ],
)
def test_an_attack_that_harmed_or_hit_stays_a_strike_with_its_downing(extractor, text):
    records = extractor.extract(text, "t", DAY)
    assert "strike" in {r["event_type"] for r in records if r["place"] == "Kharkiv"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Ukrainian drones attacked an oil depot in Liski overnight, the governor said. Air "
            "defence shot down 14 drones over the Voronezh region.",
            "Liski",
        ),
        (
            "Russian drones targeted a power substation in Shostka overnight. Air defence "
            "destroyed 20 drones over the Sumy region.",
            "Shostka",
        ),
    ],
)
def test_a_target_attacked_in_a_town_stays_a_strike_beside_the_region_s_downings(
    extractor, text, town
):
    records = extractor.extract(text, "t", DAY)
    assert {(r["place"], r["event_type"]) for r in records if r["place"] == town} == {
        (town, "strike")
    }
