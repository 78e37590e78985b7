"""Extraction, sentences: offsets kept, abbreviations not taken for a sentence end, title lines."""

from __future__ import annotations

from geo.extract import split_sentences
from geo.extract.sentences import is_headline


def test_sentences_keep_offsets():
    text = "Title line\nFirst one. Second, with U.S. help.\nThird"
    parts = split_sentences(text)
    assert [p.text for p in parts] == [
        "Title line",
        "First one.",
        "Second, with U.S. help.",
        "Third",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)


def test_title_lines():
    text = "Drones over the south\nA drone hit a barn near the river.\nShort line."
    first, second, third = split_sentences(text)
    assert is_headline(text, first)
    assert not is_headline(text, second)  # ends with a full stop
    assert not is_headline(text, third)


def test_a_shortened_region_before_a_bracket_ends_no_sentence():
    text = "Debris fell in Odesa obl. (Izmail district), a shed burned. Sirens went off."
    assert [s.text for s in split_sentences(text)] == [
        "Debris fell in Odesa obl. (Izmail district), a shed burned.",
        "Sirens went off.",
    ]


def test_a_run_on_line_is_read_in_pieces_cut_at_spaces():
    """A paste of thousands of clauses with no full stop: each piece at most MAX_SENTENCE
    characters, cut at a space, offsets kept; a written sentence is never cut."""
    from geo.extract.sentences import MAX_SENTENCE

    line = "Drones hit Kharkiv and " * 3000
    text = f"Title\n{line}end.\nA missile hit Sumy."
    parts = split_sentences(text)
    assert parts[0].text == "Title" and parts[-1].text == "A missile hit Sumy."
    pieces = parts[1:-1]
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in parts)
    assert all(text[p.start - 1] in " \n" and text[p.end] in " \n" for p in pieces)  # no word cut
    assert " ".join(p.text for p in pieces) == f"{line}end.".strip()


def test_a_run_on_line_of_events_is_extracted_in_time_linear_in_its_length(geocoder):
    """Every place and event word of a sentence was checked against the whole sentence: 30 kB
    of 'a missile hit Kharkiv and' took 32 s, 120 kB would take minutes. In pieces it takes
    about as long per kB as a report."""
    from datetime import date

    from geo.extract import Extractor

    text = "A missile hit Kharkiv and " * 2400 + "a drone hit Sumy."
    events = Extractor(geocoder).extract(text, "paste", date(2025, 3, 2))
    assert {e["place"] for e in events} >= {"Kharkiv", "Sumy"}


def test_each_sentences_places_are_found_without_going_through_every_place():
    """Every place hit was compared with every sentence: a paste of 8,000 lines naming a town
    each took 9 s, twice as many four times as long. The hits of a span are the same, in the
    order found, however the hits are ordered."""
    import random

    from geo.extract.place_hits import hits_within

    class Hit:
        def __init__(self, start: int) -> None:
            self.start = start

    rng = random.Random(7)
    hits = [Hit(rng.randrange(0, 500)) for _ in range(300)]
    within = hits_within(hits)  # type: ignore[arg-type]
    for start, end in [(0, 500), (10, 10), (100, 140), (499, 600), (-5, 3)]:
        assert within(start, end) == [h for h in hits if start <= h.start < end]


def test_a_paste_of_thousands_of_lines_each_a_place_is_read(geocoder):
    from datetime import date

    from geo.extract import Extractor

    text = "A missile hit Kharkiv.\n" + "Kharkiv\n" * 16_000
    events = Extractor(geocoder).extract(text, "paste", date(2025, 3, 2))
    assert [e["place"] for e in events] == ["Kharkiv"]


def test_a_sentences_line_is_found_as_by_looking_for_line_breaks():
    """Each sentence's line is bisected in the text's line starts (found once), not looked for
    back and ahead from the sentence: the same bounds, and a sentence is its line's only one
    when nothing but spaces stands beside it."""
    import random

    from geo.extract.sentences import line_bounds, opens_line, whole_line

    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice(["\n", " ", "a", ".", "Kyiv. ", "\t"]) for _ in range(40))
        for pos in range(len(text) + 1):
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            assert line_bounds(text, pos) == (start, end if end >= 0 else len(text)), (text, pos)
        for s in split_sentences(text):
            start, end = line_bounds(text, s.start)
            assert whole_line(text, s) == (text[start:end].strip() == s.text)
            assert opens_line(text, s) == (text[start : s.end].strip() == s.text)


def test_one_line_of_thousands_of_short_sentences_is_read(geocoder):
    """A paste of 'Kharkiv. ' 20,000 times on one line: each sentence's line was copied or looked
    for from the sentence (as a heading, a title, the masthead, a region after a list), which
    made 1 MB of it take 78 s and ten times the text 36 times as long."""
    from datetime import date

    from geo.extract import Extractor

    text = "A missile hit Sumy. " + "Kharkiv. " * 20_000 + "A drone hit Kharkiv."
    events = Extractor(geocoder).extract(text, "paste", date(2025, 3, 2))
    assert {e["place"] for e in events} == {"Sumy", "Kharkiv"}


def test_a_paste_of_a_hundred_thousand_blank_lines_is_read(geocoder):
    """Patterns anchored at a line's start and opening with any blank ('^\\s*', '^\\W*': a time
    stamp, a fact-check's verdict) read every blank line after each line start: 8,000 blank
    lines took 2.8 s, 32,000 some 45 s. They now stay on their own line."""
    from datetime import date

    from geo.extract import Extractor
    from geo.extract.layout import is_live_blog
    from geo.extract.verdicts import _DOUBTING_VERDICT

    blank = "\n" * 100_000
    text = f"A drone hit Kharkiv.\n{blank}A missile hit Sumy."
    events = Extractor(geocoder).extract(text, "paste", date(2025, 3, 2))
    assert {e["place"] for e in events} == {"Kharkiv", "Sumy"}
    assert is_live_blog(f"09:10\n\n{blank}Sirens.\n \n10:15\nA drone hit Sumy.")
    assert _DOUBTING_VERDICT.search(f"{blank}-- Verdict: False") is not None
