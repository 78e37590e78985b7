"""Generated archives of war reports for the ingestion benchmark and tests.

Usage: .venv/bin/python benchmarks/archive.py 10000 [--seed 7] -o cache/archive-10k.jsonl
       .venv/bin/python benchmarks/archive.py 200 --folder -o /tmp/archive   (one .txt per report)

Each report is a short dispatch in the style of a daily war summary: a dateline with the
publication date (in one of the formats newsrooms use), a headline, and two to seven sentences
built from templates: strikes with a named weapon system (or a kind of weapon) of the side that
fields it on real gazetteer towns of Ukraine and Russia's border regions, casualty figures,
claims and hedges, interceptions over regions, fighting near front-line towns, meetings in
European capitals, and sentences with no event at all. The same count and seed always give the
same reports (ids ``gen-<seed>-<n>``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import Gazetteer  # noqa: E402
from geo.weapons import SYSTEMS  # noqa: E402

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
CAPITALS = ["Brussels", "Berlin", "Paris", "London", "Warsaw", "Rome", "Vilnius", "Helsinki"]
CLAIMANTS = {
    "Russia": ["the Ukrainian air force", "the regional governor", "the city's military head"],
    "Ukraine": ["the Russian Ministry of Defence", "the regional governor", "Russian state media"],
}
QUIET = [
    "Power was restored to most districts by the evening.",
    "Schools in the area switched to remote lessons for the rest of the week.",
    "Repair crews worked through the night to clear the debris.",
    "Aid deliveries continued despite the air raid alerts.",
    "The local council announced three days of mourning.",
]
NOUNS = {
    "ballistic missile": "ballistic missiles",
    "cruise missile": "cruise missiles",
    "missile": "missiles",
    "drone": "drones",
    "naval drone": "sea drones",
    "glide bomb": "glide bombs",
    "artillery": "howitzers",
    "rocket artillery": "rocket launchers",
    "air defence missile": "air defence missiles",
    "aircraft": "jets",
}
# Border and front regions where both sides' strikes fall (gazetteer admin1 names).
UA_REGIONS = {
    "Kharkiv",
    "Sumy",
    "Donetsk",
    "Zaporizhia",
    "Dnipropetrovsk",
    "Kherson",
    "Mykolaiv",
    "Odessa",
    "Chernihiv",
    "Kyiv",
    "Poltava",
}
RU_REGIONS = {"Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh", "Krasnodar Krai"}


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    admin1: str
    side: str  # the country that holds it: strikes on it come from the other side


def towns(gazetteer: Gazetteer) -> list[Town]:
    """Towns of 10,000 people or more in the regions the war reaches, in a stable order."""
    out = [
        Town(p.name, p.admin1, "Ukraine" if country == "UA" else "Russia")
        for country, regions in (("UA", UA_REGIONS), ("RU", RU_REGIONS))
        for p in gazetteer.towns_by_admin1(country, 10_000)
        if p.admin1 in regions and p.name.isascii() and " " not in p.name
    ]
    return sorted(set(out), key=lambda t: (t.side, t.admin1, t.name))


def _weapons(side: str) -> list:
    return [w for w in SYSTEMS if side in w.operators]


class _Writer:
    """One report's sentences, drawn from ``rng``."""

    def __init__(self, rng: random.Random, towns_: list[Town], day: date) -> None:
        self.rng, self.towns, self.day = rng, towns_, day

    def when(self) -> str:
        back = self.rng.choice([0, 1, 1, 2])
        if back == 0:
            return self.rng.choice(["overnight", "early this morning", "this morning"])
        if back == 1:
            return self.rng.choice(["yesterday", "yesterday evening", "on Monday night"])
        return f"on {(self.day - timedelta(days=back)).strftime('%A')}"

    def count(self, low: int, high: int) -> str:
        n = self.rng.randint(low, high)
        return NUMBERS[n - 1] if n <= 10 and self.rng.random() < 0.5 else str(n)

    def strike(self) -> str:
        town = self.rng.choice(self.towns)
        attacker = "Russia" if town.side == "Ukraine" else "Ukraine"
        weapon = self.rng.choice(_weapons(attacker))
        name = self.rng.choice((weapon.name, *weapon.aliases[:1]))
        adjective = "Russian" if attacker == "Russia" else "Ukrainian"
        who = self.rng.choice(CLAIMANTS[attacker])
        harm = self.rng.choice(
            [
                f", killing {self.count(1, 12)} people and injuring {self.count(2, 40)}",
                f", wounding {self.count(1, 25)} civilians",
                "",
            ]
        )
        sentence = self.rng.choice(
            [
                f"{adjective} forces struck {town.name} with {name} {NOUNS[weapon.category]} "
                f"{self.when()}{harm}, {who} said.",
                f"{name} {NOUNS[weapon.category]} hit an industrial site in {town.name} in the "
                f"{town.admin1} region {self.when()}{harm}, according to {who}.",
            ]
        )
        if self.rng.random() < 0.3:
            sentence += " The claim could not be independently verified."
        return sentence

    def interception(self) -> str:
        town = self.rng.choice([t for t in self.towns if t.side == "Ukraine"] or self.towns)
        return (
            f"Air defence units shot down {self.count(2, 60)} Shahed drones over the "
            f"{town.admin1} region {self.when()}, the Ukrainian air force reported."
        )

    def fighting(self) -> str:
        town = self.rng.choice(self.towns)
        return self.rng.choice(
            [
                f"Heavy fighting continued near {town.name}, the general staff said.",
                f"Russian troops attacked positions west of {town.name} {self.when()}, "
                "Ukrainian military bloggers reported.",
            ]
        )

    def meeting(self) -> str:
        return (
            f"Defence ministers met in {self.rng.choice(CAPITALS)} {self.when()} to discuss "
            "further air defence deliveries."
        )

    def dateline(self) -> str:
        d = self.day
        place = self.rng.choice(["KYIV", "Kyiv", "Newsroom", "Moscow", "Kharkiv"])
        form = self.rng.randrange(3)
        if form == 0:
            return (
                f"{place}, {d.day} {MONTHS[d.month - 1]} {d.year}, {self.rng.randint(6, 22):02d}:30"
            )
        if form == 1:
            return f"{place}\n{d.day:02d}.{d.month:02d}.{d.year} - {self.rng.randint(6, 22):02d}:10"
        return f"{place}, {d.isoformat()}"


def report(rng: random.Random, towns_: list[Town], n: int, seed: int) -> dict:
    """One generated report as a JSON-lines record ``{"id", "text", "published", "source"}``."""
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    w = _Writer(rng, towns_, day)
    kinds = [w.strike, w.strike, w.strike, w.interception, w.fighting, w.meeting]
    body = [rng.choice(kinds)() for _ in range(rng.randint(2, 6))]
    body.insert(rng.randrange(len(body) + 1), rng.choice(QUIET))
    headline = rng.choice(
        ["Overnight attacks across the region", "Strikes and fighting reported", "Daily summary"]
    )
    text = "\n".join([w.dateline(), headline, *body]) + "\n"
    return {
        "id": f"gen-{seed}-{n}",
        "text": text,
        "published": day.isoformat(),
        "source": rng.choice(["Wire desk", "Regional bulletin", "Evening summary"]),
    }


def generate(count: int, seed: int = 7, gazetteer: Gazetteer | None = None) -> list[dict]:
    """``count`` reports, the same for the same ``count`` and ``seed``."""
    rng = random.Random(seed)
    towns_ = towns(gazetteer or Gazetteer())
    return [report(rng, towns_, n, seed) for n in range(count)]


def write_jsonl(reports: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for r in reports:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def write_folder(reports: list[dict], folder: Path) -> Path:
    """One ``.txt`` per report (the dateline carries the date), in a subfolder per month."""
    for r in reports:
        path = folder / r["published"][:7] / f"{r['id']}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(r["text"], encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--folder", action="store_true", help="write .txt files into -o")
    parser.add_argument("-o", "--output", type=Path, required=True)
    from geo.output import output_or_exit

    args = parser.parse_args()
    if not args.folder:
        output_or_exit(args.output)  # (checked before the work, not after it)
    reports = generate(args.count, args.seed)
    (write_folder if args.folder else write_jsonl)(reports, args.output)
    print(f"{len(reports)} reports -> {args.output}")


if __name__ == "__main__":
    main()
