"""What the thirty-sixth session's speed work shares or skips gives the readers' own answers:
each prefilter and each reading done once for several readers is compared here with the plain
reading it stands for, on development sentences and on a hostile 1 MB one-line paste."""

from __future__ import annotations

from test_pattern_cues import _development_texts

from geo.extract import lexicon, pattern_cues


def _plain_event_words(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every event-word pattern asked in turn, each through its own cue test."""
    return [(t, m.span()) for t, p in lexicon._TRIGGERS for m in p.finditer(text)]


def _tabled_event_words(text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(t, m.span()) for t, _, find in lexicon._TRIED.tried(text) for m in find(text)]


def test_the_cue_table_tries_the_patterns_their_cues_allow_and_finds_their_matches():
    texts = _development_texts()
    assert len(texts) > 500
    found = 0
    for text in texts:
        assert _tabled_event_words(text) == _plain_event_words(text), text
        found += bool(_plain_event_words(text))
    assert found > 100  # (the sentences hold event words: the comparison is not of nothing)
    table = lexicon._TRIED
    held = "Air defence shot down two drones and shelling hit a school."
    tried = {id(p) for _, p, _ in table.tried(held)}
    for _, p, *_ in table.rows:  # each tried where its own cue test lets it be, no other
        may = p._may_match(held) if isinstance(p, pattern_cues.CuedPattern) else True
        assert (id(p) in tried) == may


def test_a_pattern_with_second_cues_is_tried_only_where_both_are_held():
    import re

    knocked = pattern_cues.CuedPattern(re.compile(r"knocked\s+down", re.I), ("knock",), ("drone",))
    plain = re.compile(r"\bsquall\b")
    table = pattern_cues.CueTable([("a", knocked), ("b", plain)])
    assert [k for k, _, _ in table.tried("The boxer was knocked down.")] == ["b"]
    assert [k for k, _, _ in table.tried("The drone was knocked down.")] == ["a", "b"]


def test_a_long_paste_is_read_for_event_words_through_the_table_as_pattern_by_pattern():
    """A long one-line paste (50 kB: the patterns' own scans are as before; the cue words are
    read in one linear scan, timed on 1 MB in test_pattern_cues): the same event words."""
    unit = "Shelling hit the depot overnight; two drones were shot down near the bridge. "
    paste = unit * (50_000 // len(unit))
    assert _tabled_event_words(paste) == _plain_event_words(paste)


def _cued_patterns() -> list[tuple[str, pattern_cues.CuedPattern]]:
    """Every cued pattern a module of the extractor holds by name."""
    import importlib
    import pkgutil

    import geo.extract

    out = []
    for info in pkgutil.iter_modules(geo.extract.__path__):
        module = importlib.import_module(f"geo.extract.{info.name}")
        out += [
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, pattern_cues.CuedPattern)
        ]
    return out


def test_every_cued_pattern_finds_what_its_plain_pattern_finds():
    """The patterns cued this session (some sixty, from background's years ago to the
    speakers' verbs) and the earlier ones: on development lines and sentences, the matches a
    cued pattern finds are its pattern's own, and where it skips a text its pattern finds none."""
    cued = _cued_patterns()
    assert len(cued) > 60
    names = {name for name, _ in cued}
    assert {"background.YEARS_AGO", "casualties._RUNNING_TOTAL", "dates._NIGHT"} <= names
    texts = _development_texts()[::8]
    for name, p in cued:
        for text in texts:
            plain = [m.span() for m in p.pattern.finditer(text)]
            assert [m.span() for m in p.finditer(text)] == plain, (name, text)


def test_a_long_paste_is_searched_by_the_cued_patterns_as_by_their_own():
    """A long one-line paste (20 kB: every pattern's own scan of it is as before; the cue
    words are read in one linear scan, timed on 1 MB in test_pattern_cues): each cued
    pattern's first match is its pattern's own."""
    unit = (
        "Since the start of the war, 40 people were killed overnight in the district; the "
        "governor said on Telegram that a couple was wounded at the weekend. "
    )
    paste = unit * (20_000 // len(unit))
    for name, p in _cued_patterns():
        plain = p.pattern.search(paste)
        assert getattr(p.search(paste), "span", lambda: None)() == (plain and plain.span()), name
