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


def test_a_long_paste_is_read_for_event_words_through_the_table_in_linear_time():
    from timing import cpu_seconds

    unit = "Shelling hit the depot overnight; two drones were shot down near the bridge. "
    paste = unit * (1_000_000 // len(unit))
    assert _tabled_event_words(paste) == _plain_event_words(paste)

    def cost(n: int) -> float:
        return cpu_seconds(lambda t: list(lexicon._triggers_in.__wrapped__(t)), unit * n)[0]

    cost(100)  # (warm)
    small, large = cost(len(paste) // len(unit) // 8), cost(len(paste) // len(unit))
    assert large < 20 * max(small, 1e-3)
