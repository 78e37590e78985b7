"""Places the text sets beside another: "Orlivka, west of Avdiivka", "the village of Murom near
Vovchansk", "Bohdanivka on the outskirts of Chasiv Yar". The writer gives the second place as a
yardstick for the first, so the first lies within a day's walk or drive of it: among namesakes
the one close to the yardstick wins (the dozens of Orlivkas are told apart by it). So does the
town a front's axis is named after for the places named along it ("on the Kupiansk axis, near
Pishchane"). Failing both, the town named before a place in its sentence is its yardstick: a
front's sentence names places along one stretch ("advanced near Krasne but were stopped near
Stepove").
"""

from __future__ import annotations

import re
from itertools import pairwise

import numpy as np

from geo.gazetteer import Place
from geo.geocode.after_names import SENTENCE_END
from geo.geocode.candidates import AREAS, Resolution, reached_km
from geo.geocode.distance import closeness, distances_km

W_ANCHORED = 1.5  # as strong as a region named right after the place ("Odessa, Texas")
ANCHOR_SCALE_KM = 300.0  # no help from a yardstick this far away or farther

_DIRECTION = r"(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west))?(?:ern)?"
# What may stand between a place and its yardstick: a comma, a distance, a direction, "near",
# "outside", "on the outskirts of"; a few words of the front's own ("on the border", "just").
YARDSTICK = re.compile(
    r",?\s+(?:(?:just|some|about|roughly|on\s+the\s+border|on\s+the\s+front)\s+)?"
    r"(?:(?:\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:to\s+the\s+)?)?"
    rf"(?i:{_DIRECTION})\s+of"
    r"|near|outside|close\s+to|(?:on\s+)?the\s+outskirts\s+of)"
    r"\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?=[A-Z])"
)


def yardsticks(
    mentions: list[Resolution], keys: list[str], text: str, war: bool = False
) -> dict[int, int]:
    """For each mention of a name that the text once follows with a yardstick phrase and another
    mention, that other mention's index (one name, one place in a text, as for the region after
    a name); failing that, the axis it is named along, or the name just before it in its
    sentence (:func:`_sentence_mates`; in a war report, ``war``, anywhere before it in its
    sentence)."""
    starts = {m.start: j for j, m in enumerate(mentions)}
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        phrase = YARDSTICK.match(text, m.end)
        j = starts.get(phrase.end()) if phrase else None
        if j is not None and keys[j] != keys[i]:
            by_key.setdefault(keys[i], j)
    for j, i in _on_axes(mentions, text):
        if keys[j] != keys[i]:
            by_key.setdefault(keys[i], j)
    for j, i in _sentence_mates(mentions, keys, text, war):
        by_key.setdefault(keys[i], j)
    return {i: by_key[key] for i, key in enumerate(keys) if key in by_key}


def _sentence_mates(
    mentions: list[Resolution], keys: list[str], text: str, war: bool = False
) -> list[tuple[int, int]]:
    """(mate, place) pairs: for each name with namesakes, the name just before it in its
    sentence, within MATE_CHARS ("repelled near Krasne and Stepove", "advanced near Krasne but
    were stopped near Stepove"): a front's sentence names places along one stretch. Farther off,
    a name is as likely where the news was given ("In Kyiv, the General Staff said ..."). One
    way only: two names each the other's yardstick would hold each other to the first reading.
    In a war report (``war``) the name before it anywhere in its sentence: a town the sentence
    opens with is where its news happened, not only where it was given ("In Kursk, the ministry
    said it pushed units back near Korenevo": the Kursk region's, not the Moscow region's),
    unless it is a capital (:func:`_far_mate`)."""
    pairs = []
    by_start = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    for a, b in pairwise(by_start):
        ma, mb = mentions[a], mentions[b]
        if (
            len(mb.candidates) < 2  # one place or none: nothing to tell apart
            or not ma.candidates
            or keys[a] == keys[b]
            or (mb.start - ma.end > MATE_CHARS and not _far_mate(ma, war))
            or SENTENCE_END.search(text, ma.end, mb.start)
        ):
            continue
        pairs.append((a, b))
    return pairs


MATE_CHARS = 60  # the most characters between two names read as one stretch of the front


def _far_mate(mate: Resolution, war: bool) -> bool:
    """Whether ``mate`` is a yardstick farther off than MATE_CHARS in its sentence: in a war
    report, unless it reads as a capital, where the news is given ("In Kyiv, the General Staff
    said ... the village of Shevchenko on the road to Pokrovsk")."""
    return war and mate.candidates[0].place.feature != "capital"


# A front's axis named after a town: "on the Kupiansk axis", "In the Lyman direction", a
# heading "Siversk direction." The places named with it lie along it, near that town.
# Any case: a staff's summary writes its headings in capitals ("KUPIANSK DIRECTION.").
_AXIS = re.compile(r"\s+(?i:axis|direction|sector)\b")
# The words' stems in either case, for a test cheaper than a search with the case ignored.
_AXIS_STEMS = ("xis", "irection", "ector", "XIS", "IRECTION", "ECTOR")


def _on_axes(mentions: list[Resolution], text: str) -> list[tuple[int, int]]:
    """(axis, place) pairs of mention indexes: each axis named after a town ("the Kupiansk
    axis"), with the places named after it in its sentence, or in its paragraph when it heads
    one ("Siversk direction." on a line of its own)."""
    pairs: list[tuple[int, int]] = []
    if not any(stem in text for stem in _AXIS_STEMS):
        return pairs  # most texts: no axis named
    by_start = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    for j, m in enumerate(mentions):
        axis = _AXIS.match(text, m.end)
        if axis is None:
            continue
        stop = SENTENCE_END.search(text, axis.end())
        reach = stop.start() if stop else len(text)
        if stop and stop.group() == "." and text.rfind("\n", 0, m.start) + 1 == m.start:
            reach = text.find("\n", reach)  # a heading: its paragraph
            reach = len(text) if reach < 0 else reach
        pairs += [(j, i) for i in by_start if axis.end() <= mentions[i].start < reach]
    return pairs


def anchored_nearness(
    mentions: list[Resolution], anchors: dict[int, int], chosen: list[Place | None]
) -> dict[int, np.ndarray]:
    """Per mention with a yardstick that resolved to a point, W_ANCHORED times each candidate's
    closeness to it (1 on top of it, 0 at ANCHOR_SCALE_KM or farther, on a log scale)."""
    out = {}
    for i, j in anchors.items():
        point = chosen[j]
        cands = mentions[i].candidates
        if point is None or point.feature in AREAS or not cands:
            continue
        km = distances_km(
            np.array([c.place.lat for c in cands]),
            np.array([c.place.lon for c in cands]),
            point.lat,
            point.lon,
        )
        village = np.array([c.place.feature == "village" for c in cands])
        out[i] = W_ANCHORED * closeness(reached_km(km, village, point.population), ANCHOR_SCALE_KM)
    return out
