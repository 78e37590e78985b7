"""Build the encyclopedia-style geocoding set from its marked-up source.

Usage::

    .venv/bin/python benchmarks/encyclopedia.py [encyclopedia] [warnews]

The same builder makes the war-news set from ``warnews.txt`` (``warnews``: short passages of
war reporting, namesake villages and Russian spellings; split seeded with 9).

Reads ``benchmarks/data/encyclopedia.txt`` (our own passages, one per paragraph, place names
marked ``[Name](lat,lon)``; ``[*Name](lat,lon)`` marks the article's subject and ``[~Name](lat,lon)`` a
natural feature whose point is the author's (a river, a range); a bare ``[Name]``
repeats the point last given for that name in the passage) and writes
``encyclopedia-dev.jsonl`` and ``encyclopedia-held.jsonl`` beside it, in the format of
``../shared/bench/geoparse/lgl.jsonl``. Each point the author gave is moved to the nearest
gazetteer row of that name (``geonameid`` recorded) when one is close enough; otherwise the
author's point is kept and the toponym carries ``"source": "author"``. A seeded shuffle of the
passage order puts a third of them in the held-out file, whatever the geocoder does.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import Geocoder, distance_km  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SOURCE = DATA / "encyclopedia.txt"
SEED = 8
MARK = re.compile(r"\[([*~]?)([^\]\[]+)\](?:\((-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)\))?")
# How far the author's point may be from the gazetteer row it is moved to, by kind of place.
SNAP_KM = {"country": 2500.0, "continent": 4000.0, "admin1": 600.0, "admin2": 150.0, "sea": 1500.0}
TOWN_KM = 40.0
AREA_WORDS = (
    "Oblast",
    "County",
    "Province",
    "Region",
    "Raion",
    "District",
    "Department",
    "Parish",
    "Governorate",
    "State",
    "Krai",
    "Republic",
    "Shire",
    "Community",
)
# Natural features: the gazetteer's towns, areas and airports of the same name are other places.
NATURAL_WORDS = frozenset(
    "River Lake Loch Bay Strait Sea Mountains Hills Valley Canal Reservoir Harbour Island "
    "Peninsula Estuary Falls Lough Plateau Basin Delta Gulf".split()
)
PEOPLED = frozenset({"city", "village", "capital", "admin1", "admin2", "country", "airport"})


def parse(paragraph: str) -> tuple[str, list[dict]]:
    """The plain text of a marked paragraph and its toponyms with the author's points."""
    text, tops, last, pos = [], [], {}, 0
    out_len = 0
    for m in MARK.finditer(paragraph):
        before = paragraph[pos : m.start()]
        text.append(before)
        out_len += len(before)
        subject, natural, name = m.group(1) == "*", m.group(1) == "~", m.group(2)
        if m.group(3) is not None:
            last[name] = (float(m.group(3)), float(m.group(4)))
        if name not in last:
            raise ValueError(f"no point for {name!r} in: {paragraph[:60]}")
        lat, lon = last[name]
        tops.append(
            {"name": name, "start": out_len, "end": out_len + len(name), "lat": lat, "lon": lon}
            | ({"subject": True} if subject else {})
            | ({"natural": True} if natural else {})
        )
        text.append(name)
        out_len += len(name)
        pos = m.end()
    text.append(paragraph[pos:])
    return "".join(text), tops


def _keys(name: str) -> list[str]:
    words = name.split()
    keys = [name]
    if len(words) > 1 and words[-1] in AREA_WORDS:
        keys.append(" ".join(words[:-1]))
    return keys


def _rows(geocoder: Geocoder, name: str) -> list:
    """The gazetteer rows the name may mean: the geocoder's candidates for it (spelling
    variants and other names included), its own rows, and the areas of its stem when it ends in
    an area word ("Sumy Oblast")."""
    rows = [c.place for c in geocoder.geocode(name).candidates]
    rows += [p for p, _ in geocoder.gazetteer.lookup(name)]
    for key in _keys(name)[1:]:
        rows += [p for p, _ in geocoder.gazetteer.lookup(key) if p.feature in ("admin1", "admin2")]
    return rows


def _fits(top: dict, place) -> bool:
    """Whether the gazetteer row is the kind of place the marked name is."""
    words = top["name"].split()
    if top.get("natural") or NATURAL_WORDS.intersection(words):
        return place.feature not in PEOPLED
    if words[-1] in AREA_WORDS:
        return place.feature in ("admin1", "admin2", "country")
    return place.feature != "airport"


def snap(geocoder: Geocoder, top: dict) -> dict:
    """Move the author's point to the nearest gazetteer row of the name, if close enough."""
    best = None
    for place in _rows(geocoder, top["name"]):
        if not _fits(top, place):
            continue
        km = distance_km(place.lat, place.lon, top["lat"], top["lon"])
        if km <= SNAP_KM.get(place.feature, TOWN_KM) and (best is None or km < best[0]):
            best = (km, place)
    if best is None:
        return top | {"source": "author"}
    place = best[1]
    out = top | {"lat": round(place.lat, 5), "lon": round(place.lon, 5), "gaz_name": place.name}
    out["fcode"] = place.code or place.feature
    return out | ({"geonameid": place.geonameid} if place.geonameid else {})


def build(
    source: Path = SOURCE, prefix: str = "enc", dataset: str = "encyclopedia", seed: int = SEED
) -> tuple[list[dict], list[dict]]:
    geocoder = Geocoder(Gazetteer())
    paragraphs = [p.strip() for p in source.read_text(encoding="utf-8").split("\n\n")]
    docs = []
    for i, para in enumerate(p for p in paragraphs if p and not p.startswith("#")):
        text, tops = parse(" ".join(para.split()))
        docs.append(
            {
                "id": f"{prefix}-{i + 1:03d}",
                "dataset": dataset,
                "text": text,
                "toponyms": [snap(geocoder, t) for t in tops],
            }
        )
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    held = set(order[: len(docs) // 3])
    return [d for i, d in enumerate(docs) if i not in held], [
        d for i, d in enumerate(docs) if i in held
    ]


# The sets built from marked-up sources: name -> (source, id prefix, seed of the split).
SETS = {
    "encyclopedia": (SOURCE, "enc", SEED),
    "warnews": (DATA / "warnews.txt", "war", 9),
}


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or ["encyclopedia"]
    for dataset in names:
        source, prefix, seed = SETS[dataset]
        write(dataset, *build(source, prefix, dataset, seed))
    return 0


def write(dataset: str, dev: list[dict], held: list[dict]) -> None:
    for name, docs in ((f"{dataset}-dev", dev), (f"{dataset}-held", held)):
        with open(DATA / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        tops = [t for d in docs for t in d["toponyms"]]
        author = sum(t.get("source") == "author" for t in tops)
        print(f"{name}: {len(docs)} passages, {len(tops)} toponyms, {author} author's points")


if __name__ == "__main__":
    raise SystemExit(main())
