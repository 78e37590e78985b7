"""The Weapon filter box offers every category of the events shown, the kind it belongs to too
("missile" for a ballistic missile, as the filter and the page address take it), each followed by
the systems named under it (newuser18: "glide bomb" sat under the fold after every name and
"missile" was not there, though ?weapon=missile filtered)."""

from __future__ import annotations

from geo.events import to_frame
from webui.filter_words import weapon_label, weapon_options


def _frame(pairs):
    base = {"event_date": "2026-11-20", "time_precision": 1, "event_type": "strike"}
    return to_frame(
        [
            {**base, "geo_precision": 1, "verification": "claimed", "place": f"P{i}"}
            | {"lat": 48.0, "lon": 36.0, "weapon": w, "weapon_category": c}
            for i, (w, c) in enumerate(pairs)
        ]
    )


def test_each_category_is_offered_with_its_kind_and_the_systems_under_it():
    frame = _frame(
        [
            ("KAB", "glide bomb"),
            ("Iskander", "ballistic missile"),
            ("Kh-101", "cruise missile"),
            ("Shahed", "drone"),
            (None, "artillery"),
            (None, None),
        ]
    )
    options = weapon_options(frame)
    assert options == [
        "artillery",
        "drone",
        "Shahed",
        "glide bomb",
        "KAB",
        "missile",
        "ballistic missile",
        "Iskander",
        "cruise missile",
        "Kh-101",
    ]
    assert weapon_label("missile") == "missile (all kinds)"


def test_a_system_without_a_category_in_the_file_sits_under_its_own_kind():
    # an imported row naming a rocket launcher and no category; a name the vocabulary lacks last
    options = weapon_options(
        _frame([("Vampire", None), ("Sea Baby", "naval drone"), ("Zzz", None)])
    )
    assert options == [
        "artillery",
        "rocket artillery",
        "Vampire",
        "drone",
        "naval drone",
        "Sea Baby",
        "Zzz",
    ]
