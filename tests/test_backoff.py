"""The back-off scorer for a sentence with a place and no event word (geo/extract/backoff.py) and
its build script (benchmarks/backoff_lowo.py), on sentences written for them."""

from __future__ import annotations

import sys
from pathlib import Path

from geo.extract import backoff

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import backoff_lowo  # noqa: E402

TOLD_OTHERWISE = [
    ("Two flats gutted in Lozova overnight, an elderly man taken to hospital.", "strike"),
    ("Our crews bagged three Shaheds over Poltava before dawn.", "interception"),
    ("Near Siversk the brigade's positions changed hands twice on Tuesday.", "fighting"),
]
NOTHING = "The bakery in Lozova reopened on Monday with new ovens."


def test_names_and_figures_are_no_words() -> None:
    feats = backoff.sentence_features("Lozova lost 3 houses to Shaheds on Monday.")
    assert "lozova" not in feats and "monday" not in feats
    assert {"<num>", "hous", "lost", "<weapon:drone>"} <= set(feats)


def test_no_weights_no_event() -> None:
    assert backoff.backoff_type(TOLD_OTHERWISE[0][0], ({"none": {"bias": 1.0}}, 0.5)) is None


def test_trained_scorer_types_the_sentences_it_learnt_from() -> None:
    rows = [{"features": backoff.sentence_features(s), "label": t} for s, t in TOLD_OTHERWISE]
    rows.append({"features": backoff.sentence_features(NOTHING), "label": backoff.NONE})
    weights = backoff_lowo.train({str(k): [r] for k, r in enumerate(rows)}, writers=1)
    for sentence, etype in TOLD_OTHERWISE:
        guess = backoff.backoff_type(sentence, (weights, 0.5))
        assert guess is not None and guess[0] == etype, sentence
        assert guess[1].group() in sentence
    assert backoff.backoff_type(NOTHING, (weights, 0.5)) is None


def test_a_word_of_fewer_writers_than_asked_is_left_out() -> None:
    rows = {"a": [{"features": ["bias", "gutted"], "label": "strike"}]}
    rows["b"] = [{"features": ["bias"], "label": backoff.NONE}]
    weights = backoff_lowo.train(rows, writers=2)
    assert all("gutted" not in w for w in weights.values())


def test_closed_sets_refused() -> None:
    try:
        backoff_lowo.folder("38")
    except SystemExit:
        return
    raise AssertionError("heldout38 is closed")
