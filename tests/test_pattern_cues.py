"""Words read off a pattern that its every match holds, and a pattern tried only on a text
holding one of them: the same matches as the pattern alone, found sooner."""

from __future__ import annotations

import re

from geo.extract import lexicon
from geo.extract.pattern_cues import CuedPattern, folded, held_words, needed_words


def test_needed_words_read_off_the_pattern():
    assert needed_words(re.compile(r"\b(?:attack(?:s|ed)?|raid)\s+on\b", re.I)) == {
        "attack",
        "raid",
    }
    # a part that may be left out needs nothing; a lookahead's words are in the text too
    assert needed_words(re.compile(r"(?:very\s+)?big(?=\s+blast)")) == {"blast"}
    # a pattern of no fixed words has none to tell
    assert needed_words(re.compile(r"\w+\s+\d+")) is None
    assert needed_words(re.compile(r"\bfoo|\w+ly\b")) == {"foo", "ly"}
    assert needed_words(re.compile(r"\bfoo|\d+")) is None


def test_a_case_blind_pattern_finds_its_letters_in_any_case():
    cued = CuedPattern(re.compile(r"\bshelling\b", re.I))
    assert [m.group() for m in cued.finditer("Heavy SHELLING near the bridge")] == ["SHELLING"]
    # the Kelvin sign and the long s are letters to a case-blind pattern
    kill = CuedPattern(re.compile(r"kill|\u017fo", re.I))
    assert [m.group() for m in kill.finditer("\u212aILL it")] == ["\u212aILL"]
    assert folded("\u0130stanbul") == "istanbul"


def test_a_text_without_the_words_is_not_searched():
    cued = CuedPattern(re.compile(r"\b(?:troops|units)\s+(?:\w+\s+){0,3}?attacked\b", re.I))
    assert list(cued.finditer("The village was quiet overnight.")) == []
    assert cued.search("Units of the brigade attacked at dawn.").group() == (
        "Units of the brigade attacked"
    )
    assert cued.search(" " * 20000 + "troops") is None


# sentences written for this test: event words of every type, and texts near misses
_SENTENCES = [
    "Russian troops attacked the village of Nova Dolyna twice before dawn, officials said.",
    "Air defence shot down eleven drones over the Hollow Pines region overnight.",
    "The ministers met in Brightwater to discuss grain exports.",
    "Saboteurs set a relay cabinet on fire near the Eastbridge rail junction.",
    "A glide bomb fell on a school in Marten Ford, damaging the roof.",
    "Ukrainian units drove the enemy out of two hamlets south of Greyfield.",
    "Nothing of note happened in the harbour town yesterday.",
    "Infantry assaults on the Kestrel direction were repelled with losses.",
    "Fighting continued for the fourth day around the river crossing.",
    "Exports hit a record in March, the agency said.",
]


def test_the_lexicon_finds_the_same_event_words_as_its_plain_patterns():
    for _, cued in lexicon._TRIGGERS:
        if isinstance(cued, CuedPattern):
            for text in _SENTENCES:
                plain = [m.span() for m in cued.pattern.finditer(text)]
                assert [m.span() for m in cued.finditer(text)] == plain, text


def test_cues_written_by_hand_and_second_cues_are_the_same_mechanism():
    """A type's patterns with cues written by hand (``event_words.Cued``) are cued patterns
    too: one way of skipping a text, with the case-blind folding of the derived cues (the
    Kelvin sign's "\u212aNOCKED" was lowered to itself and missed its cue "knock")."""
    from geo.extract.event_words import Cued

    knocked = re.compile(r"\bknocked\s+(?:out|down)\b", re.I)
    typed = Cued(knocked, ("knock",), then=("drone",))
    assert all(isinstance(p, CuedPattern) for p in typed.parts)
    assert [m.group() for m in typed.finditer("The drone was knocked down.")] == ["knocked down"]
    assert list(typed.finditer("The boxer was knocked down.")) == []  # no second cue
    assert [m.group() for m in typed.finditer("A drone, \u212aNOCKED OUT")] == ["\u212aNOCKED OUT"]
    hand = CuedPattern(re.compile(r"\w+ed out", re.I), ("knock",))  # none read off the pattern
    assert hand.search("it was knocked out") and not hand.search("it was tired out")


def test_the_words_a_text_holds_are_found_in_one_scan():
    # words inside words, words that start words, words across others: each found where it is
    CuedPattern(re.compile(r"x"), words=("attack", "attacks", "tack", "ack", "s on ", " on"))
    for text in ("Attacks on the port", "a tack", "no such word", " on", "", " " * 20000):
        low = folded(text)
        assert {w for w in held_words(text) if w} >= {
            w for w in ("attack", "attacks", "tack", "ack", "s on ", " on") if w in low
        }
        assert all(w in low for w in held_words(text))
    # a pattern cued after a text was read is asked of that text with its own words
    text = "sudden squall"
    held_words(text)
    later = CuedPattern(re.compile(r"squall"))
    assert later.search(text).group() == "squall"


def _development_texts() -> list[str]:
    """Lines and sentences of three development sets' reports (realstyle, heldout, heldout2)."""
    from pathlib import Path

    reports = Path(__file__).resolve().parent.parent / "data" / "reports"
    out = []
    for folder in ("realstyle", "realstyle-heldout", "realstyle-heldout2"):
        for path in sorted((reports / folder).glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                out += [line, *re.split(r"(?<=[.!?])\s+", line)]
    return out


def test_the_words_kept_for_a_text_are_those_a_scan_of_it_finds(monkeypatch):
    """The cue words kept by value (a sentence asked again as a new string) are the words a
    scan of that text finds, and each cue word of the text is in them; a text asked again is
    not scanned again until the words are forgotten (a new report, a new cued pattern)."""
    from geo.extract import pattern_cues

    pattern_cues.forget_held()
    texts = _development_texts()
    assert len(texts) > 500
    vocabulary = [w for w in pattern_cues._VOCABULARY if w]
    for text in texts:
        again = "".join(["", *text])  # an equal text, another string
        assert held_words(again) == pattern_cues._scan_held(text)
        assert {w for w in held_words(again) if w} == {w for w in vocabulary if w in folded(text)}
    pattern_cues.forget_held()
    for text in texts[:50]:
        held_words(text)
    scans = []
    scan = pattern_cues._scan_held
    monkeypatch.setattr(pattern_cues, "_scan_held", lambda t: scans.append(t) or scan(t))
    for text in texts[:50]:
        held_words("".join(["", *text]))
    assert scans == []
    pattern_cues.forget_held()
    held_words(texts[0])
    assert scans == [texts[0]]


def test_the_words_of_a_long_paste_are_found_in_time_linear_in_it():
    """A 1 MB one-line paste: its cue words are those a scan finds, it is not kept (a paste is
    no sentence to be asked again), and twice the paste costs about twice the time."""
    from timing import cpu_seconds

    from geo.extract import pattern_cues

    unit = "Shelling hit the depot overnight, officials said; no word on losses. "

    def cost(n: int) -> float:
        return cpu_seconds(held_words, unit * n)[0]  # (the garbage collector paused)

    paste = unit * (1_000_000 // len(unit))
    assert {w for w in held_words(paste) if w} == {
        w for w in pattern_cues._VOCABULARY if w and w in folded(paste)
    }
    assert paste not in pattern_cues._held
    cost(200)  # (warm)
    small, large = cost(1_000_000 // len(unit) // 8), cost(1_000_000 // len(unit))
    assert large < 20 * max(small, 1e-3)
