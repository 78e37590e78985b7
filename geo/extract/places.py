"""Places in a report: names found and resolved in the whole text, unpopulated villages in lists,
"the capital", and places moved by a distance and direction ("30 km south of X")."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Set

from geo import theatre
from geo import weapons as wv
from geo.extract import sea_parts
from geo.extract.features import common_word, river
from geo.extract.field_keys import form_keys
from geo.extract.firms import no_firms_nor_people
from geo.extract.lower_case_names import lower_case_names
from geo.extract.pattern_cues import cued
from geo.extract.place_hits import PlaceHit
from geo.extract.place_offsets import offset_points
from geo.extract.ship_names import no_ships
from geo.extract.shouted_towns import TOWN_IN_CAPITALS, shouted_towns
from geo.extract.stray_words import stray_places
from geo.extract.variant_names import variant_spans
from geo.gazetteer import normalize
from geo.geocode import Geocoder, Resolution, find_toponyms
from geo.geocode.respell import skeleton


def list_gap(kinds: str, between: str = "", tail: str = r"(?:the\s+)?") -> re.Pattern[str]:
    """What stands between two places of a list: ", " / " and " / " or " / " & ", after a place
    kind word of ``kinds`` ("Kharkiv region and Sumy"), ``between`` before the joining word
    and ``tail`` after it ("and the city of")."""
    return re.compile(
        rf"^\s*(?:{kinds}\s*)?{between}(?:,\s*(?:and\s+)?|and\s+|or\s+|&\s+){tail}$", re.I
    )


# ", " / " and " / " region and ": the region word after a name does not end its list
# ("Ternopil obl. (energy facility) and Rivne obl.": each region with what was hit there; not a
# tally's figure: "Lviv region (3), Volyn region (1)")
LIST_GAP = list_gap(r"(?:region|oblast|province|obl\.)", r"(?:\((?!\d+\))[^()]{1,80}\)\s*)?")

# "fell in Kyiv obl. (Fastiv district)": a district in brackets after its region
DISTRICT_BRACKETED = re.compile(
    r"^(?:\s+(?:region|oblast|province)|\s+obl\.)?\s*\([\w'’-]+\s+(?:district|raion)\)", re.I
)
_CAPITAL = re.compile(r"\bthe (?:(?P<adj>[A-Z][a-z]+) )?capital\b(?!\s+of\b)")
_THEATRE_ADJ = ("Ukrainian", "Russian")
# Words that name a kind of body or state before "of X", not a place ("the Republic of Crimea").
_TITLE_WORD = re.compile(
    r"(?:Republic|Kingdom|Federation|Union|Council|Ministry|Office|Court|Committee|Bank)\s+of\b"
)
# "the Kyiv regime", "the Kiev regime's militants": a government named by its capital, no place
_REGIME = re.compile(r"\s+regime\b", re.I)


# The word after a name that makes it an address: "Kherson Street", "Poltava Avenue", and in
# lower case as posts and translations write it ("on Sadova street", "Soborna avenue"); a
# lower-case "road"/"highway" after a town is the way to it ("the Kharkiv road"), and "Bakhmut
# street fighting" is fighting in the town: both left alone.
STREET_WORDS = (
    r"(?:Street|Avenue|Boulevard|Lane|Road|Square|Prospekt|"
    r"Prospect|Embankment|Highway|vulytsia|prospekt|ulitsa|street(?!\s+(?:fight|battle|combat))|"
    r"avenue|boulevard|prospect|embankment|"
    # a ground named after it: "Shevchenko Park", "the Druzhba microdistrict", "Avanhard Stadium"
    r"Park|Stadium|stadium|microdistrict|Microdistrict|mikrorayon)\b(?![-'’])"
)
_STREET = re.compile(r"(?:^|(?<=\S)\s+)" + STREET_WORDS)


# "the Kyivskyi district" of Kharkiv: a city's district named by an adjective, not the village
# of that name elsewhere; the city it belongs to is the place.
# ("the Kyivskyi and Saltivskyi districts": two named together)
_DISTRICT_WORD = r"[\w-]+(?:sk|zk|ck)(?:yi|yy|iy|ii|y|oy|ij)"
CITY_DISTRICT = re.compile(  # (from a word's start: a 2,000-letter word is read once, not 2,000 times)
    rf"(?<![\w-]){_DISTRICT_WORD}(?:(?:\s*,\s*|\s+and\s+){_DISTRICT_WORD})*\s+(?:city\s+)?districts?\b",
    re.I,
)


def _hyphenated_town(r: Resolution) -> bool:
    """Whether a name read before "district" as a city district's adjective is a hyphenated
    town's own name ("the Kamensk-Shakhtinsky district", "the Bilhorod-Dnistrovskyi district"):
    the district named after that town, where the event is (a city's districts named by an
    adjective, "the Kyivskyi district", are no towns, nor hyphenated)."""
    return (
        "-" in r.query
        and r.place is not None
        and r.place.feature == "city"
        and r.source != "container"
    )


def _one_city(r: Resolution) -> bool:
    """Whether a name read before "district" names one city only, by another name than its own:
    a city's district (``geo.gazetteer.city_districts``), Kyiv's "Holosiivskyi district", where
    "the Kyivskyi district" (of Kharkiv, Odesa, Donetsk ...) leaves the city to the sentence or
    the report."""
    return (
        r.place is not None
        and r.place.feature in ("city", "capital")
        and bool(r.candidates)
        and all(c.place.id == r.place.id and not c.main_name for c in r.candidates)
        # not the town's own name spelled otherwise ("the Desnianskyi district" of Kyiv is no
        # Desnyanskyi, a village of the Chernihiv region)
        and skeleton(normalize(r.query)) != skeleton(normalize(r.place.name))
    )


def find_places(geocoder: Geocoder, text: str) -> list[PlaceHit]:
    """The places of a report, resolved in its whole context, in text order; countries,
    continents and unpopulated spots left out, "the capital" added. A sea is kept for the
    drafting, which places only interceptions there ("drones destroyed over the Black Sea").
    A report is read for the theatre (``data/theatre.toml``): a bare "Odessa" is the
    belligerents' town before a far namesake."""
    # Weapon names are not places ("Magura", "Neptune", "Iskander" are towns somewhere).
    weapon_spans = [(w.start, w.end) for w in wv.find_weapons(text) if w.weapon]
    weapon_spans += form_keys(text)  # (nor a form's keys: "Time: 02:40" under "Location: X")
    spans = [
        (s, e)
        for s, e in find_toponyms(geocoder, text)
        if not any(ws < e and s < we for ws, we in weapon_spans)
    ]
    countries = theatre.current().countries
    spans = [(s, e) for s, e in spans if not _in_unknown_compound(text, s, e)]
    variants = variant_spans(geocoder, text, spans + weapon_spans, countries)
    spans = no_ships(text, no_firms_nor_people(text, spans + variants))  # "cruiser Moskva"
    spans = sorted(spans + _headline_towns(geocoder, text, spans, countries))
    spans = sorted(spans + shouted_towns(geocoder, text, spans, countries))
    spans = sorted(spans + lower_case_names(geocoder, text, spans, countries))
    resolved = geocoder.resolve(text, spans, countries) if spans else []
    hits: list[PlaceHit] = []
    spots: list[PlaceHit] = []
    stray = stray_places(r.place for r in resolved)
    for r in resolved:
        if r.place is None or r.place.feature in ("continent", "country"):
            continue
        if r.place.id in stray:
            continue
        if (
            _TITLE_WORD.match(text, r.start)
            or _REGIME.match(text, r.end)
            or (CITY_DISTRICT.match(text, r.start) and not (_hyphenated_town(r) or _one_city(r)))
        ):
            continue
        if common_word(text, text[r.start : r.end]) or river(text, r.start, r.end):
            continue
        if _STREET.match(text, r.end) or _STREET.search(text[r.start : r.end]):
            continue  # "on Kherson Street in Beryslav": an address in the town named after it
        hit = PlaceHit(r.start, r.end, r.place, text[r.start : r.end], 1, False)
        hit.stand_in = r.source == "container"
        (spots if _unpopulated(r, countries) else hits).append(hit)
    hits += _listed(text, spots, hits)
    capitals = [h for h in hits if h.place.feature == "capital"]
    for m in _CAPITAL.finditer(text):
        pool = capitals
        if m.group("adj") and m.group("adj") not in _THEATRE_ADJ:
            # "the Finnish capital": the capital of that country the text names, if any
            found = geocoder.gazetteer.lookup(m.group("adj"), demonyms=True)
            codes = {p.country for p, _ in found if p.feature == "country"}
            pool = [h for h in capitals if h.place.country in codes]
        before = [h for h in pool if h.start < m.start()]
        place = (before[-1] if before else pool[0]).place if pool else None
        if place is not None:
            hits.append(PlaceHit(m.start(), m.end(), place, m.group(), 1, False))
    hits.sort(key=lambda h: h.start)
    return offset_points(text, sea_parts.place_parts(text, hits))


# A line in capitals ("ONE DEAD AS MISSILE HITS LUTSK APARTMENT BLOCK") and its short words
# (two capitals looked for ahead, then the line read once: "[^a-z\n]*[A-Z]{2}[^a-z\n]*$" tried
# every split of a long line of capitals that ends in lower case, 48 kB of "KYIV (AP) — " 6.7 s)
_CAPS_LINE = re.compile(r"^(?=[^\n]*?[A-Z]{2})[^a-z\n]*$", re.M)
_SHORT_CAPS = re.compile(r"\b[A-Z]{3,5}\b")


def _headline_towns(
    geocoder: Geocoder, text: str, spans: list[tuple[int, int]], countries: Set[str]
) -> list[tuple[int, int]]:
    """Short words of a line in capitals (a headline, a live blog's "ODESA, 12:05") that are a
    theatre town's own name ("LUTSK", "SUMY"): the toponym scan reads a word of five capitals
    or fewer as an acronym, which in a line all in capitals it is not. Towns of some size only
    ("LOG" is a hamlet too)."""
    found = []
    # whether a word overlaps a span, by bisection (every word was checked against every span:
    # a line of 15,000 capital words took 40 s); reach[i]: the furthest end of the first i+1
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))
    for line in _CAPS_LINE.finditer(text):
        for m in _SHORT_CAPS.finditer(text, line.start(), line.end()):
            k = bisect_left(starts, m.end())  # the spans that start before the word ends
            if k and reach[k - 1] > m.start():
                continue
            if any(
                main and p.country in countries and p.population >= TOWN_IN_CAPITALS
                for p, main in geocoder.gazetteer.lookup(m.group())
            ):
                found.append(m.span())
    return found


# The adjectives that open Slavic place names ("Malaya Loknya", "Velyka Novosilka", "Nova
# Kakhovka", "Stara Vyzhivka"): with the name after them they are one name. When the gazetteer
# does not know the whole, neither word alone is the place ("Malaya Loknya" is not a Malaya and
# a Loknya somewhere else).
_NAME_ADJECTIVE = re.compile(
    r"(?:Mal(?:aya|yy?|yi|oye|a|e|ye)|Bol'?sh(?:aya|oy|oye|oi)|Velyk(?:a|yi|yy|e)|Nov(?:a|yi|yy|e|aya|y|oye)|"
    r"Star(?:a|yi|yy|e|aya|y|oye)|Verkhn(?:ya|iy|yi|ye|eye|yaya)|Nyzhn(?:ya|iy|yi|ye)|"
    r"Nizhn(?:yaya|iy|eye)|Krasn(?:aya|yi|yy|e|oye|y)|Chervon(?:a|yi|e)|Zelen(?:a|yi|e|aya|oye)|"
    r"Bil(?:a|yi|e)|Bel(?:aya|yy?|oye)|Chorn(?:a|yi|e)|Sukh(?:a|yi|e|aya))"
)
_COMPOUND_BEFORE = re.compile(rf"\b{_NAME_ADJECTIVE.pattern}[ -]$")
_COMPOUND_AFTER = re.compile(r"[ -][A-Z]")


def _in_unknown_compound(text: str, start: int, end: int) -> bool:
    """Whether the span is one word of a two-word Slavic place name the gazetteer does not know
    as a whole: the adjective ("Malaya") or the word after it ("Loknya")."""
    if _COMPOUND_BEFORE.search(text, max(0, start - 12), start):
        return True
    return bool(_NAME_ADJECTIVE.fullmatch(text, start, end) and _COMPOUND_AFTER.match(text, end))


def _unpopulated(r: Resolution, theatre_countries: Set[str]) -> bool:
    """A place the report's words reach only as a spot: outside the theatre, GeoNames' towns
    without a population (a hand-made village of data/aliases.csv, no GeoNames id, is not one)
    and villages of unknown size (a US post-office town named Danube or Kremlin: the war's river
    and Moscow's fortress). In the theatre both are villages where the words are the town's own
    name: GeoNames' 257 Ukrainian and 141 Russian towns without a population are settlements it
    added unsized (Zvanivka by Siversk, Tiahynka, Vasylkivka of the Dnipropetrovsk region), and
    the codifier leaves its village of the name to such a town within 40 km of its hromada's
    centre; a Russian form respelled to one ("Makhnovka", a Kursk village the gazetteer lacks,
    to a Makhnivka 490 km off) stays a spot."""
    place = r.place
    if place is None:
        return False
    if place.feature == "village":
        return place.country not in theatre_countries
    if not (place.feature == "city" and place.population == 0 and place.geonameid is not None):
        return False
    if place.country not in theatre_countries:
        return True
    return not any(c.place.id == place.id and c.main_name for c in r.candidates)


def _listed(text: str, spots: list[PlaceHit], hits: list[PlaceHit]) -> list[PlaceHit]:
    """The unpopulated spots that stand in a list of places ("Antonivka, Tiahynka, Beryslav"):
    villages the gazetteer has no population for, not stray words."""
    ends = {h.end for h in hits}
    starts = {h.start for h in hits}
    return [
        s
        for s in spots
        if any(LIST_GAP.match(text[e : s.start]) for e in ends if 0 < s.start - e <= 8)
        and any(LIST_GAP.match(text[s.end : b]) for b in starts if 0 < b - s.end <= 8)
    ]


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_CAPITAL = cued(_CAPITAL)
