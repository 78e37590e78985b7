"""Why events are missed, counted by class, without printing a report's words (issue 16).

A set kept unseen may not be read by those who write the rules; its summary line says how much
is missed, not why. This counts each missed gold event under the stage where it was lost, and
prints only the counts (no place, no sentence):

- ``place not found``: no place the reader finds lies within reach of the gold event (30 km,
  150 km for a region): the gazetteer lacks it, or its name is not read as a place;
- ``no event word in its sentence``: the place is found, but its sentence has no event word
  (the event is told by a heading, a neighbouring sentence, or a word the lexicon lacks);
- ``only mentioned``: the sentence has an event word, but the place is read as a mention;
- ``drafted, dropped as a title`` / ``drafted, dropped later``: a draft was there, and the
  pipeline dropped it (a title's event, a case file, a merge);
- ``not drafted``: event word and role, and no draft;
- ``record at the spot, other type`` (a record of another type within 10 km of the gold event,
  or a region's record for a region's event: a type read wrong) / ``record near, other type, none
  at the spot`` (the gold's own place yields no record; another event's record lies within reach)
  / ``other weapon category`` (the gold category named in the report or not) / ``taken by another
  gold event``: a record is there but scored for something else.

Extras are counted as ``at a gold event's spot, other type`` (the mirror of a type error: a gold
event of another type within 10 km, or a region's, and none of the record's type within reach),
``near a gold event`` (the mirror of a category error, or another event's) or ``no gold event
near``.

Usage (``--pairs`` splits the type and category classes by the gold's value and the records',
e.g. ``record at the spot, other type [gold fighting; records strike]``, and counts the wrong
fields of matched events by kind: ``date: record 1 day later``, ``figures: gold's missing``,
``verification: gold claimed; record confirmed``)::

    .venv/bin/python benchmarks/miss_classes.py data/reports/realstyle-heldout14 [--pairs]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import Case, _matches, _window, load_cases, within_reach  # noqa: E402

from geo import weapons  # noqa: E402
from geo.extract import Extractor, split_sentences  # noqa: E402
from geo.extract.drafts import Drafter  # noqa: E402
from geo.extract.lexicon import triggers_in  # noqa: E402
from geo.extract.place_hits import PlaceHit  # noqa: E402
from geo.extract.places import find_places  # noqa: E402
from geo.extract.publication import Publication, publication_from_header  # noqa: E402
from geo.extract.roles import sentence_roles  # noqa: E402
from geo.extract.sentences import Sentence, is_headline  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder, distance_km  # noqa: E402


def _near(gold: dict, lat: float, lon: float, precision: int) -> bool:
    return within_reach(lat, lon, precision, gold)


def _lost_before_record(case: Case, gold: dict, hits: list[PlaceHit], gazetteer: Gazetteer) -> str:
    """The stage where a gold event with a place found near it and no record near was lost."""
    sentences = split_sentences(case.text)
    near = [h for h in hits if _near(gold, h.place.lat, h.place.lon, h.geo_precision)]
    stage = 0
    for h in near:
        s = next((x for x in sentences if x.start <= h.start < x.end), None)
        if s is None:
            continue
        triggers = triggers_in(s.text)
        if not triggers:
            stage = max(stage, 1)
            continue
        s_hits = [x for x in hits if s.start <= x.start < s.end]
        roles = sentence_roles(gazetteer, case.text, s, s_hits, triggers)
        stage = max(stage, 3 if any(r.event_place and r.start == h.start for r in roles) else 2)
    if stage < 3:
        return ("no event word in its sentence", "no event word in its sentence", "only mentioned")[
            stage
        ]
    return _dropped(case, gold, hits, gazetteer, sentences)


def _dropped(
    case: Case, gold: dict, hits: list[PlaceHit], gazetteer: Gazetteer, sentences: list[Sentence]
) -> str:
    header = publication_from_header(case.text)
    day = case.published or (header.day if header else None)
    if day is None:
        return "not drafted"
    pub = Publication(day, header.morning, header.clock) if header else Publication(day)
    drafts = Drafter(gazetteer, case.text, hits, pub).run(sentences)
    near = [
        d
        for d in drafts
        if d.event_type == gold["event_type"]
        and _near(gold, d.place.lat, d.place.lon, d.geo_precision)
    ]
    if not near:
        return "not drafted"
    if all(is_headline(case.text, x) for d in near for x in d.sentences):
        return "drafted, dropped as a title"
    return "drafted, dropped later"


SPOT_KM = 10.0


def _at_spot(gold: dict, p: dict) -> bool:
    """Whether a record stands for the gold event's own place: within 10 km, or both regions."""
    if 3 == gold["geo_precision"] == p["geo_precision"]:
        return _near(gold, p["lat"], p["lon"], 3)
    return distance_km(p["lat"], p["lon"], gold["lat"], gold["lon"]) <= SPOT_KM


def _pair(gold: dict, records: list[dict], field: str) -> str:
    """' [gold X; records Y/Z]': what the gold event was and what the records near it say."""
    said = "/".join(sorted({str(p[field]) for p in records}))
    return f" [gold {gold[field]}; records {said}]"


def _scored_elsewhere(case: Case, gold: dict, near: list[dict], pairs: bool = False) -> str:
    same_type = [p for p in near if p["event_type"] == gold["event_type"]]
    if not same_type:
        at_spot = [p for p in near if _at_spot(gold, p)]
        label = (
            "record at the spot, other type"
            if at_spot
            else "record near, other type, none at the spot"
        )
        return label + (_pair(gold, at_spot or near, "event_type") if pairs else "")
    if all(p["weapon_category"] != gold["weapon_category"] for p in same_type):
        named = {w.category for w in weapons.fired_weapons(case.text)}
        told = "named" if gold["weapon_category"] in named else "not named"
        label = f"record near, other weapon category (the gold's {told} in the report)"
        return label + (_pair(gold, same_type, "weapon_category") if pairs else "")
    return "record near, taken by another gold event"


def _extra_class(case: Case, p: dict) -> str:
    near = [g for g in case.gold if _near(g, p["lat"], p["lon"], p["geo_precision"])]
    if not any(g["event_type"] == p["event_type"] for g in near) and any(
        _at_spot(g, p) for g in near
    ):
        return "at a gold event's spot, other type"
    return "near a gold event"


def classes(
    cases: list[Case], extractor: Extractor, pairs: bool = False
) -> tuple[Counter[str], Counter[str]]:
    """Counts of missed gold events by class, and of extra records, over ``cases``; with ``pairs``,
    a type or category miss also says the gold's type or category and the records' (counts only)."""
    missed: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    geocoder = extractor.geocoder
    for case in cases:
        predicted = extractor.extract(case.text, case.name, case.published)
        hits = find_places(geocoder, case.text)
        unmatched = list(predicted)
        for gold in case.gold:
            hit = next((p for p in unmatched if _matches(p, gold)), None)
            if hit is not None:
                unmatched.remove(hit)
                continue
            near_hits = [h for h in hits if _near(gold, h.place.lat, h.place.lon, h.geo_precision)]
            near = [p for p in predicted if _near(gold, p["lat"], p["lon"], p["geo_precision"])]
            if not near_hits:
                missed["place not found"] += 1
            elif not near:
                missed[_lost_before_record(case, gold, hits, geocoder.gazetteer)] += 1
            else:
                missed[_scored_elsewhere(case, gold, near, pairs)] += 1
        for p in unmatched:
            gold_near = any(_near(g, p["lat"], p["lon"], p["geo_precision"]) for g in case.gold)
            extras[_extra_class(case, p) if gold_near else "no gold event near"] += 1
    return missed, extras


def _figures_class(gold: dict, hit: dict) -> str:
    said, told = (hit["fatalities"], hit["injured"]), (gold["fatalities"], gold["injured"])
    if said == (None, None):
        return "figures: gold's missing"
    if told == (None, None):
        return "figures: record's, gold has none"
    return "figures: differ"


def _date_class(gold: dict, hit: dict) -> str:
    p_start, p_end = _window(hit["event_date"], hit["time_precision"])
    g_start, g_end = _window(gold["event_date"], gold["time_precision"])
    days = (p_start - g_end).days if p_start > g_end else (p_end - g_start).days
    direction = "later" if days > 0 else "earlier"
    span = "1 day" if abs(days) == 1 else ("2-7 days" if abs(days) <= 7 else "over a week")
    return f"date: record {span} {direction}"


def field_classes(cases: list[Case], extractor: Extractor) -> Counter[str]:
    """Counts of wrong fields on matched events, by kind (counts only): dates earlier or later and
    by how much, figures missing, added or different, verification's gold and record values."""
    wrong: Counter[str] = Counter()
    for case in cases:
        unmatched = extractor.extract(case.text, case.name, case.published)
        for gold in case.gold:
            hit = next((p for p in unmatched if _matches(p, gold)), None)
            if hit is None:
                continue
            unmatched.remove(hit)
            p_start, p_end = _window(hit["event_date"], hit["time_precision"])
            g_start, g_end = _window(gold["event_date"], gold["time_precision"])
            if not (p_start <= g_end and g_start <= p_end):
                wrong[_date_class(gold, hit)] += 1
            if (hit["fatalities"], hit["injured"]) != (gold["fatalities"], gold["injured"]):
                wrong[_figures_class(gold, hit)] += 1
            if hit["verification"] != gold["verification"]:
                wrong[
                    f"verification: gold {gold['verification']}; record {hit['verification']}"
                ] += 1
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of NAME.txt and NAME.events.json")
    parser.add_argument(
        "--pairs",
        action="store_true",
        help="split type and category misses by the gold's value and the records', and count wrong fields "
        "of matched events by kind (still counts only)",
    )
    args = parser.parse_args(argv)
    gazetteer = Gazetteer()
    cases = load_cases(args.folder, False, gazetteer)
    extractor = Extractor(Geocoder(gazetteer))
    missed, extras = classes(cases, extractor, args.pairs)
    counts = {
        "set": args.folder.name,
        "gold_events": sum(len(c.gold) for c in cases),
        "missed": dict(missed.most_common()),
        "extras": dict(extras.most_common()),
    }
    if args.pairs:
        counts["wrong_fields"] = dict(field_classes(cases, extractor).most_common())
    print(json.dumps(counts, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
