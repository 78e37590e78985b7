"""A back-off for a sentence that names a place and has no event word: a small learned scorer
decides whether it still tells an event, and of which type ("Kupiansk again: two houses burnt
out and a woman in hospital", "the Kurakhove axis saw eleven assaults repelled" said without a
word the lexicon knows).

The scorer is a multinomial logistic regression over general features of the sentence: its
lower-cased words cut to a stem (names and figures left out: a writer's places teach nothing
about the next writer's), whether it gives casualty figures or a number, and the categories of
the weapons it names. Its weights are built from the development gold by
``benchmarks/backoff_lowo.py`` and kept in ``backoff_weights.json`` beside this module; with no
weights file the back-off says nothing.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from geo import weapons as wv
from geo.extract.background import background
from geo.extract.casualties import casualty_figures
from geo.extract.draft import Facts

WEIGHTS = Path(__file__).with_name("backoff_weights.json")
NONE = "none"

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def stem(word: str) -> str:
    """A word cut to a crude stem: lower-cased, a plural's or a verb's ending dropped."""
    low = word.lower().replace("’", "'")
    return _SUFFIX.sub("", low) if len(low) > 4 else low


def sentence_features(text: str) -> list[str]:
    """The features the scorer reads in a sentence (names and figures as classes, not words)."""
    feats = {"bias"}
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isdigit():
            feats.add("<num>")
        elif w[0].isupper():
            continue  # a name (a place, a person, a unit), or a word only as its sentence's first
        else:
            feats.add(stem(w))
    if casualty_figures(text):
        feats.add("<casualties>")
    feats.update(f"<weapon:{mention.category}>" for mention in wv.fired_weapons(text))
    return sorted(feats)


def scores(weights: dict[str, dict[str, float]], feats: list[str]) -> dict[str, float]:
    """The probability of each class (an event type, or ``none``) given the features."""
    logits = {c: sum(w.get(f, 0.0) for f in feats) for c, w in weights.items()}
    top = max(logits.values())
    exp = {c: math.exp(v - top) for c, v in logits.items()}
    total = sum(exp.values())
    return {c: v / total for c, v in exp.items()}


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, dict[str, float]], float] | None:
    if not WEIGHTS.is_file():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data["weights"], float(data["threshold"])


def backoff_type(text: str, model: tuple[dict, float] | None = None) -> tuple[str, re.Match] | None:
    """The event type a sentence without event words still tells, with the word that says it
    most (where the sentence's places are weighed from), or None."""
    model = model or _model()
    if model is None:
        return None
    weights, threshold = model
    feats = sentence_features(text)
    probs = scores(weights, feats)
    if 1.0 - probs.pop(NONE) < threshold:
        return None
    etype = max(probs, key=probs.__getitem__)
    cue = _cue(text, weights[etype])
    return (etype, cue) if cue else None


def _cue(text: str, weights: dict[str, float]) -> re.Match | None:
    """The word of the sentence that weighs most towards the type."""
    best, best_w = None, -math.inf
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isdigit() or w[0].isupper():
            continue
        if (weight := weights.get(stem(w), -math.inf)) > best_w:
            best, best_w = m, weight
    return best


def with_backoff(facts: Facts, has_place: bool) -> Facts:
    """A sentence's facts, given the back-off's event type when it names a place and the rules
    found no event word in it (background left out)."""
    if facts.triggers or not has_place or background(facts.text):
        return facts
    if guess := backoff_type(facts.text):
        facts.triggers, facts.types = [guess], [guess[0]]
    return facts
