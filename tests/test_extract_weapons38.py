"""Extraction: the weapon the writers name and the records' category (issue 16, the check sets'
"weapon category differs" class, weapons38). Two kinds of one attack joined as the world writes
an arsenal ("missiles together with strike drones", "drones, followed by a ballistic missile",
"ballistic missiles and a large wave of drones") are a record each at the place; a crew named
as what struck ("our gunners hit a depot", "artillerymen destroyed a dugout") is artillery,
while air defence gunners, gunners that down drones and gunners hurt are no weapon fired.
Examples are ours (realstyle-heldout-weapons38)."""

from __future__ import annotations

from datetime import date

import pytest

from geo import weapons as wv
from geo.extract import Extractor
from geo.extract.kinds import joined_kinds
from geo.weapon_crews import air_defence_crew, is_crew


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(records: list[dict], place: str) -> set[str | None]:
    return {r["weapon_category"] for r in records if r["place"] == place}


@pytest.mark.parametrize(
    ("text", "place", "kinds"),
    [
        (
            "On Tuesday night the enemy hit Kyiv in one raid, using missiles together with "
            "strike drones, the ministry said.",
            "Kyiv",
            {"missile", "drone"},
        ),
        (
            "Russia struck Dnipro overnight with ballistic missiles and a large wave of drones; "
            "six people were killed, the governor said on Wednesday.",
            "Dnipro",
            {"ballistic missile", "drone"},
        ),
        (
            "Russia pounded Kharkiv overnight with drones, followed by a ballistic missile at "
            "dawn, the mayor said on Wednesday; three people were hurt.",
            "Kharkiv",
            {"drone", "ballistic missile"},
        ),
        (
            "Overnight Russia attacked Odesa with Shahed drones along with Kalibr missiles, "
            "injuring two, the governor said on Wednesday.",
            "Odesa",
            {"drone", "cruise missile"},
        ),
    ],
)
def test_an_arsenal_joined_gives_a_record_per_kind(extractor, text, place, kinds):
    records = extractor.extract(text, "t", date(2025, 11, 19))
    assert _kinds(records, place) == kinds
    # the figures stay on the first-named kind
    told = [r for r in records if r["fatalities"] or r["injured"]]
    assert len(told) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Sumy in the night, then missiles struck Kyiv at dawn.",
        "A drone hit a car in Kherson together with its driver, while shells hit a missile depot.",
    ],
)
def test_two_kinds_of_two_clauses_are_no_arsenal(text):
    assert joined_kinds(text) is None


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "Our gunners also hit an enemy ammunition depot in Horlivka on Tuesday.",
            "Horlivka",
            "artillery",
        ),
        (
            "Artillerymen of the brigade destroyed a dugout near Robotyne on Tuesday.",
            "Robotyne",
            "artillery",
        ),
    ],
)
def test_a_crew_that_struck_is_its_weapon(extractor, text, place, kind):
    records = extractor.extract(text, "t", date(2025, 11, 19))
    assert _kinds(records, place) == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "The attack was repelled by aviation, air defence gunners and mobile fire teams.",
        "Its gunners, the ministry went on, downed 41 drones after dark.",
        "Some drones also fell to our gunners above the Zhytomyr region.",
        "Jets, machine gunners on pickups and interceptor drones were at work until dawn.",
        "Two gunners were wounded near Bakhmut.",
    ],
)
def test_a_crew_that_downs_or_is_hurt_fires_nothing(text):
    assert "artillery" not in {w.category for w in wv.fired_weapons(text)}


def test_crew_words():
    assert is_crew("gunners") and is_crew("Artillerymen") and is_crew("gun crews")
    assert not is_crew("drones") and not is_crew("guns")
    text = "Anti-aircraft gunners covered the city."
    at = text.index("gunners")
    assert air_defence_crew(text, at, at + 7, "gunners")
    assert not air_defence_crew("Our gunners hit a depot.", 4, 11, "gunners")


def _linear(work, small, big, factor: float) -> None:
    from timing import cpu_seconds

    small_s, _ = cpu_seconds(work, small)
    big_s, _ = cpu_seconds(work, big)
    assert big_s < factor * max(small_s, 1e-3), (small_s, big_s)


@pytest.mark.parametrize(
    "unit",
    [
        "our gunners hit a depot and air defence gunners downed drones ",
        "missiles together with strike drones and a large wave of drones followed by a missile ",
        "gunners                                                                              ",
    ],
)
def test_crews_and_arsenals_are_read_in_linear_time(unit):
    # one line with no sentence end, as a 1 MB paste: x10 the text, about x10 the time
    def read(text: str) -> int:
        wv.read_weapons_afresh()  # (each run reads the text anew)
        return len(wv.find_weapons(text)) + (joined_kinds(text) is not None)

    _linear(read, unit * 1_000, unit * 10_000, factor=25)
