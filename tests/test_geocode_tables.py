"""The geocoder's per-text shortcuts give the answers of the plain computation: mentions of the
same words share one candidate list (a copy), and the nearness term is computed once per name
and place. The text is ours; its names repeat, as names do in news text."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import spans_of

TEXT = (
    "Springfield police said the fire began near Decatur. Firefighters from Springfield, "
    "Illinois, and from Decatur arrived within the hour; Paris and Paris, Texas sent help too. "
    "The Illinois governor visited Springfield on Monday, and Peoria officials met in the city of Decatur."
)
NAMES = ["Springfield", "Decatur", "Springfield", "Decatur", "Paris", "Paris", "Texas"]
NAMES += ["Springfield", "Peoria", "Decatur"]


def _spans() -> list[tuple[int, int]]:
    return spans_of(TEXT, NAMES)


def _reading(resolutions) -> list[tuple]:
    return [
        (r.start, r.cue, r.place.id if r.place else None)
        + tuple((c.place.id, c.score, c.main_name, c.likeness) for c in r.candidates)
        for r in resolutions
    ]


def test_mentions_of_the_same_words_share_a_list_and_read_as_without_sharing(geocoder, monkeypatch):
    from geo.geocode.resolver import Geocoder

    made_lists = []
    ranked = Geocoder._ranked

    def counting(self, *args):
        made_lists.append(args[0])
        return ranked(self, *args)

    monkeypatch.setattr(Geocoder, "_ranked", counting)
    shared = _reading(geocoder.resolve(TEXT, _spans()))
    assert len(made_lists) < len(NAMES)  # the repeated names were not looked up again
    mention = Geocoder._mention

    def unshared(self, *args, made=None, **kwargs):
        return mention(self, *args, **kwargs)

    monkeypatch.setattr(Geocoder, "_mention", unshared)
    made_lists.clear()
    alone = _reading(geocoder.resolve(TEXT, _spans()))
    assert len(made_lists) >= len(NAMES)
    assert shared == alone


def _plain_nearness(mentions, keys, chosen) -> list[list[float]]:
    """The nearness term candidate by candidate, as the rounds define it."""
    from geo.geocode.candidates import AREAS, reach_km
    from geo.geocode.context import NEAR_COUNT, NEAR_SCALE_KM, W_NEARNESS
    from geo.geocode.distance import distance_km

    points = [(keys[j], p) for j, p in enumerate(chosen) if p is not None]
    points = [(k, p) for k, p in points if p.feature not in AREAS]
    out = []
    for key, m in zip(keys, mentions, strict=True):
        terms = []
        for c in m.candidates:
            near = sorted(
                (distance_km(c.place.lat, c.place.lon, p.lat, p.lon), n)
                if k != key and p.id != c.place.id
                else (math.inf, n)
                for n, (k, p) in enumerate(points)
            )[:NEAR_COUNT]
            # a village this near a town named counts as on top of it (candidates.reach_km)
            km = [max(0.0, d - reach_km(c.place, points[n][1])) for d, n in near]
            close = sum(max(0.0, 1.0 - math.log10(1.0 + d) / math.log10(NEAR_SCALE_KM)) for d in km)
            area = c.place.feature in ("continent", "country", "sea")
            terms.append(0.0 if area or not points else W_NEARNESS * close / NEAR_COUNT)
        out.append(terms)
    return out


@pytest.mark.parametrize("pick", ["first", "last"])
def test_nearness_once_per_name_and_place_is_the_term_of_every_candidate(geocoder, pick):
    from geo.geocode.resolver import _name_key
    from geo.geocode.rounds import Nearness

    mentions = [geocoder._mention(TEXT, s, e) for s, e in _spans()]
    keys = [_name_key(m.query) for m in mentions]
    near = Nearness(mentions, keys)
    assert len(set(near.row_of.values())) < sum(len(m.candidates) for m in mentions)
    index = 0 if pick == "first" else -1
    chosen = [m.candidates[index].place if m.candidates else None for m in mentions]
    rows = near.rows(keys, chosen)
    got = [[rows[near.row_of[id(c)]] for c in m.candidates] for m in mentions]
    expected = _plain_nearness(mentions, keys, chosen)
    assert np.allclose(np.concatenate(got), np.concatenate(expected), rtol=1e-12, atol=1e-12)
    assert any(v > 0 for v in np.concatenate(got))


def test_the_patterns_before_a_mention_need_an_of_as_cue_for_assumes():
    """cue_for skips the searches before a mention when no " of" comes before it: on every
    capitalised word of the reports and on hand-made cases, no search it skips would match."""
    import re

    from geo.geocode import cues
    from geo.paths import DATA_DIR

    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA_DIR.glob("reports/**/*.txt"))]
    texts.append(
        "the city of Kherson, the CITY OF Lviv, the region of\tSumy, the Oblast of the Kursk, "
        "the port city Of  Odesa, the state of the Texas, capital of Kyiv, suburb of Paris"
    )
    seen = 0
    for text in texts:
        for word in re.finditer(r"[A-Z]\w+", text):
            before = text[max(0, word.start() - 40) : word.start()]
            if cues._BEFORE_REGION.search(before) or cues._BEFORE_TOWN.search(before):
                seen += 1
                assert " of" in before.lower()
    assert seen > 20


def test_a_text_read_cold_reads_as_after_the_stores_kept_across_texts_filled(geocoder):
    from geo.geocode import toponyms

    warm = _reading(geocoder.resolve(TEXT, _spans()))
    assert geocoder._by_prior_kept and toponyms._AREA_RUNS
    geocoder.forget_texts()
    assert not geocoder._by_prior_kept and not any(toponyms._AREA_RUNS.values())
    assert _reading(geocoder.resolve(TEXT, _spans())) == warm


def test_the_regions_after_a_name_are_found_whatever_the_order_of_the_mentions(geocoder):
    from geo.geocode.after_names import regions_after_names
    from geo.geocode.resolver import _name_key

    text = "Victoria is a city in Ellis County, Kansas. Abilene, Texas and Waco, Texas sent help."
    names = ["Victoria", "Ellis County", "Kansas", "Abilene", "Texas", "Waco", "Texas"]
    spans = spans_of(text, names)
    # The mentions as resolve lists them: the spans asked first, the names found after.
    order = [3, 5, 0, 6, 4, 2, 1]
    mentions = [geocoder._mention(text, *spans[k]) for k in order]
    keys = [_name_key(m.query) for m in mentions]
    got = regions_after_names(mentions, keys, text)
    at = {k: i for i, k in enumerate(order)}  # where each name of ``names`` is in ``mentions``
    assert got["victoria"] == sorted([at[1], at[2]])  # the defining sentence's areas
    assert got["abilene"] == [at[4]]
    assert got["waco"] == [at[6]]
    assert got["texas"] == got["kansas"] == []  # a region: a name after it is its peer
