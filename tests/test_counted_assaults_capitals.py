"""A count of assaults read after a place in capitals: a headline's words in capitals split one
way into capitalised words, so a failing look for "14 times" after them takes no time (the start
code tried every split of every word: 3 s on a headline of five words)."""

from __future__ import annotations

import re
import time

from geo.extract.counted_assaults import assaults_counted


def _asked(text: str, place: str) -> tuple[bool, float]:
    word = re.search(r"attacked", text)
    assert word is not None
    start = time.process_time()
    counted = assaults_counted(word, text.index(place))
    return counted, time.process_time() - start


def test_a_headline_in_capitals_is_read_at_once() -> None:
    text = "Troops attacked LVIV AND THE POLISH INSTITUTE"
    counted, took = _asked(text, "LVIV")
    assert not counted
    assert took < 0.3


def test_the_count_after_places_is_still_read() -> None:
    assert _asked("The enemy attacked Pokrovsk and Myrnohrad 14 times.", "Pokrovsk")[0]
    assert _asked("The enemy attacked POKROVSK and MYRNOHRAD 14 times.", "POKROVSK")[0]
    assert _asked("Near Siversk, where they had attacked nine times.", "Siversk")[0]
