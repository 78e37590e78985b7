"""The rules' pattern builders (geo/extract/wording.py): whole words in any case, words right
before a place, and a figure before or after what it counts."""

from __future__ import annotations

from geo.extract.wording import figure_after, figure_before, just_before, words


def test_words_match_whole_words_in_any_case_and_give_the_one_found():
    night = words("overnight", "last night")
    found = night.search("Drones attacked Odesa LAST NIGHT, officials said.")
    assert found is not None and found.group(1) == "LAST NIGHT"
    assert night.search("The overnighter stayed.") is None


def test_just_before_wants_the_phrase_at_the_end_but_for_the_gap():
    near = just_before("near", "outskirts of")
    assert near.search("fighting continued near the village ")
    assert near.search("shelling on the outskirts of ")
    assert not near.search("near Kupiansk fighting continued ")


def test_a_figure_after_its_verb_unless_a_distance_follows():
    killing = figure_after("killing|injuring", "\\d+", "n", unless="\\s*km")
    found = killing.search("The strike hit a market, killing 12.")
    assert found is not None and (found.group("what"), found.group("n")) == ("killing", "12")
    assert killing.search("injuring 30 km away") is None


def test_a_figure_before_its_verb_with_what_may_stand_between():
    downed = figure_before("shot down|destroyed", "\\d+", "d", r"(?:\s+\w+){0,2}?(?:\s+were)?")
    found = downed.search("Of them, 14 drones were shot down over Kursk.")
    assert found is not None and found.group("d") == "14"
    assert downed.search("14 drones and seven missiles and more were shot down") is None
    aged = figure_before("killed", "\\d+", "n", "", not_after=r"(?<!aged\s)")
    assert aged.search("a man aged 41 killed") is None
