"""Report text to event records (DESIGN.md schema), by lexicons and rules.

The pipeline, for one report:

1. split into paragraphs and sentences, keeping character offsets;
2. find the places (capitalised names the gazetteer knows, plus "the capital"), resolve them all in
   the context of the whole report, and decide each one's *role*: where something happened ("in",
   "near", "the city of", "X was hit", "struck X") or only mentioned ("the mayor of Kyiv",
   "soldiers from North Korea", "Washington allowed", "80 km outside Rome");
3. for every sentence, the event words (strike, fighting, interception, meeting), weapons (from the
   weapon vocabulary), the date relative to publication, casualty figures, hedges and attributions;
4. sentences without a place of their own add to the event just before them ("An Iskander exploded
   there", "The Russian side had used an S-400 missile");
5. mentions of the same thing are merged (same type, compatible weapon and date, places within
   30 km or one inside the other's region), keeping the most specific place and the first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from geo import events as ev
from geo import weapons as wv
from geo.gazetteer import Place, normalize
from geo.geocode import Geocoder, distance_km, find_toponyms

MERGE_KM = 30.0

# --------------------------------------------------------------------------------------------
# Sentences


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9А-ЯІЇЄ])")
_ABBREVIATIONS = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|No|approx|e\.g|i\.e|U\.S|U\.K)\.$"
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; a line break always ends one (headlines, paragraphs)."""
    out: list[Sentence] = []
    pos = 0
    for paragraph, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        cursor = 0
        for m in _SENTENCE_END.finditer(line):
            if _ABBREVIATIONS.search(line[: m.start()]):
                continue
            _add_sentence(out, line, cursor, m.start(), line_start, paragraph)
            cursor = m.end()
        _add_sentence(out, line, cursor, len(line), line_start, paragraph)
    return out


def _add_sentence(
    out: list[Sentence], line: str, s: int, e: int, base: int, paragraph: int
) -> None:
    chunk = line[s:e]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(stripped, base + s + lead, base + s + lead + len(stripped), paragraph))


# --------------------------------------------------------------------------------------------
# Dates

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_HEADER_DATES = [
    re.compile(
        r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:\s*[-,]?\s*(?P<h>\d{1,2}):(?P<min>\d{2}))?"
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<min>\d{2}))?"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH_RE})\.?\s+(?P<y>\d{{4}})", re.I),
    re.compile(rf"\b(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})", re.I),
]


@dataclass(frozen=True, slots=True)
class Publication:
    """When the report came out; ``morning`` when it was published before noon (or no time)."""

    day: date
    morning: bool = True


def publication_from_header(text: str) -> Publication | None:
    """The publication date (and time) from the first lines of a report, if they carry one."""
    head = "\n".join(text.splitlines()[:8])
    for pattern in _HEADER_DATES:
        m = pattern.search(head)
        if not m:
            continue
        g = m.groupdict()
        try:
            month = int(g["m"]) if g.get("m") else _MONTHS[g["mn"].lower()]
            day = date(int(g["y"]), month, int(g["d"]))
        except (ValueError, KeyError):
            continue
        hour = int(g["h"]) if g.get("h") else None
        return Publication(day, morning=hour is None or hour < 12)
    return None


@dataclass(frozen=True, slots=True)
class When:
    day: date
    precision: int
    explicit: bool


_REL_WEEK = re.compile(
    r"\b(the previous week|last week|the week before|a week ago|the past week)\b", re.I
)
_THIS_WEEK = re.compile(
    r"\b(this week|earlier this week|in recent days|in the past few days)\b", re.I
)
_LAST_MONTH = re.compile(r"\b(last month|the previous month|a month ago)\b", re.I)
_THIS_MONTH = re.compile(r"\b(this month|earlier this month)\b", re.I)
_RECENTLY = re.compile(r"\b(recently|lately)\b", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_TODAY = re.compile(r"\b(today|this morning|tonight)\b", re.I)
_NIGHT = re.compile(r"\b(overnight|during the night|last night|in the night|at night)\b", re.I)
_EVENING = re.compile(
    r"\b(in the evening|this evening|on the evening|late in the day|in the afternoon)\b", re.I
)
_WEEKDAY = re.compile(
    r"\b(?:on\s+|last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_EXPLICIT_DAY = [
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{_MONTH_RE})\b\.?(?:\s+(?P<y>\d{{4}}))?",
        re.I,
    ),
    re.compile(
        rf"\b(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?",
        re.I,
    ),
]
_PRESENT = re.compile(
    r"\b(is|are|am)\s+(also\s+)?\w+ing\b|\b(meets|meet|takes place|is taking place)\b", re.I
)


def date_in(sentence: str, pub: Publication) -> When | None:
    """The date a sentence gives, relative to the publication date, or None."""
    p = pub.day
    for pattern in _EXPLICIT_DAY:
        m = pattern.search(sentence)
        if m and m.group("mn").lower() in _MONTHS:
            try:
                year = int(m.group("y")) if m.group("y") else p.year
                d = date(year, _MONTHS[m.group("mn").lower()], int(m.group("d")))
            except ValueError:
                continue
            if not m.group("y") and d > p + timedelta(days=1):
                d = d.replace(year=d.year - 1)
            return When(d, 1, True)
    m = _WEEKDAY.search(sentence)
    if m:
        back = (p.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
        return When(p - timedelta(days=back), 1, True)
    if _YESTERDAY.search(sentence):
        return When(p - timedelta(days=1), 1, True)
    if _REL_WEEK.search(sentence):
        return When(p - timedelta(days=p.weekday() + 7), 2, True)
    if _THIS_WEEK.search(sentence):
        return When(p - timedelta(days=p.weekday()), 2, True)
    if _LAST_MONTH.search(sentence):
        first = p.replace(day=1) - timedelta(days=1)
        return When(first.replace(day=1), 3, True)
    if _THIS_MONTH.search(sentence):
        return When(p.replace(day=1), 3, True)
    if _EVENING.search(sentence):
        return When(p - timedelta(days=1) if pub.morning else p, 1, True)
    if _NIGHT.search(sentence) or _TODAY.search(sentence):
        return When(p, 1, True)
    if _RECENTLY.search(sentence):
        return When(p - timedelta(days=1), 2, True)
    return None


def _default_date(sentence: str, pub: Publication) -> When:
    """No date words: present tense means the publication day, else the day before."""
    if _PRESENT.search(sentence):
        return When(pub.day, 1, False)
    return When(pub.day - timedelta(days=1), 1, False)


# --------------------------------------------------------------------------------------------
# Event words, figures, hedges, attributions

_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "interception",
        re.compile(
            r"\b(shot down|shoot down|intercept(?:ed|ing|s|ion)?|downed|repelled|"
            r"destroyed\s+(?:\d+|[a-z]+)\s+(?:\w+\s+)?(?:drones?|missiles?|UAVs?))\b",
            re.I,
        ),
    ),
    (
        "fighting",
        re.compile(
            r"\b(fighting|fights?|fought|clash(?:es|ed)?|battles?|assaults?|offensive|counter-?offensive|"
            r"advanc(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|recaptur(?:e|ed)|storm(?:ed|ing)|skirmish(?:es)?|"
            r"ground combat|firefights?)\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            r"\b(meetings?|meet(?:s|ing)?|met|summit|talks|conference|negotiations|"
            r"visit(?:ed|s|ing)?|gather(?:ed|ing))\b",
            re.I,
        ),
    ),
    (
        "strike",
        re.compile(
            r"\b(attack(?:s|ed|ing)?|strikes?|struck|hit(?:s|ting)?|shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|"
            r"bombardment|fired|fires|launch(?:ed|es|ing)?|explod(?:ed|es|ing)|explosions?|blasts?|"
            r"destroy(?:ed|s|ing)?|damag(?:ed|ing)|(?:set|sets|setting) fire|caught fire|debris|"
            r"target(?:ed|ing|s)?|pounded|raid(?:s|ed)?|airstrikes?)\b",
            re.I,
        ),
    ),
]
_FUTURE = re.compile(
    r"\b(will|shall|set to|due to|expected to|scheduled to|plans? to|planned to|next week|next month|"
    r"tomorrow|later this week|upcoming)\b",
    re.I,
)
_CASUALTY_WORD = re.compile(
    r"\b(killed|dead|died|injured|wounded|hurt|killing|injuring|wounding|nobody|no one)\b", re.I
)
_INTENT = re.compile(
    r"\b(want|wants|wanted|plan|plans|planned|intend|intends|threaten|threatens|allowed|allow|"
    r"permission|able|could|would|may|might|will|can|cannot)\s+(\w+\s+){0,2}$",
    re.I,
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update(
    {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "a": 1, "an": 1}
)


def _number_pattern(words) -> str:
    """Digits (``1,200`` too) or one of ``words``, longest first."""
    return r"(?:\d{1,3}(?:[,.]\d{3})+|\d+|" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_NUM = _number_pattern(_NUMBER_WORDS)
_NUM_NO_ARTICLE = _number_pattern(w for w in _NUMBER_WORDS if w not in ("a", "an"))
_GAP_WORDS = (
    r"people|civilians|soldiers|servicemen|residents|persons|children|men|women|others|more|workers|"
    r"passengers|police|officers|were|was|have|has|had|been|are|reportedly|also|later|critically|"
    r"seriously|slightly|lightly|severely|other|of|them|at|least"
)
_COUNT_BEFORE = re.compile(
    rf"\b(?P<n>{_NUM_NO_ARTICLE})\b(?:\s+(?:{_GAP_WORDS})\b)*\s+(?P<what>killed|dead|died|injured|wounded|hurt)\b",
    re.I,
)
_COUNT_AFTER = re.compile(
    rf"\b(?P<what>killing|injuring|wounding|killed|injured|wounded)\s+(?:at least\s+|some\s+)?(?P<n>{_NUM})\b"
    r"(?!\s*(?:km|kilometres|kilometers|miles|percent|years? ago|in \d))",
    re.I,
)
_NOBODY = re.compile(
    r"\b(?:nobody|no one|no-one) (?:was|were) (?:hurt|injured|killed|harmed)|\bno (?:casualties|injuries)\b",
    re.I,
)

_HEDGE = re.compile(
    r"\b(unconfirmed|unverified|presumably|reportedly|allegedly|could not be (?:independently )?"
    r"(?:verified|confirmed)|cannot be (?:independently )?(?:verified|confirmed)|not (?:been )?independently "
    r"(?:verified|confirmed)|(?:independent )?(?:assessment|verification)\b[^.]{0,40}\b(?:was|is|were) not possible|"
    r"not possible to verify|could not verify|it is unclear|it was unclear)\b",
    re.I,
)
_CONFIRMED = re.compile(
    r"\b(officially confirmed|confirmed by|has confirmed|have confirmed)\b", re.I
)
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:]+)", re.I)
_AS_REPORTED = re.compile(r"\bas (?:reported|announced|stated) by (?P<who>[^,.;:]+)", re.I)
_CLAIM_VERB = re.compile(
    r"\b(?:said|says|reported|reports|claimed|claims|announced|stated|wrote|added|told)\b"
)
_SPEAKER_NOUN = re.compile(
    r"\b(media|agency|ministry|military|army|governor|mayor|spokes(?:person|man|woman)|officials?|"
    r"forces?|command|staff|authorities|administration|office|police|navy|commanders?|bloggers|"
    r"diplomats|president|minister|council|service|railways|operator|head|chief|prosecutors?|"
    r"sources|witnesses|residents)\b",
    re.I,
)
_WHO_NOISE = re.compile(
    r"^(?:the|an?|unconfirmed|unverified|official|some)\s+|\s+(?:reports?|information|data|sources?)$",
    re.I,
)

# Organisations that hold meetings, named as the actor of a meeting.
_BODIES = re.compile(
    r"\b(NATO|G7|G20|EU|European Union|United Nations|UN Security Council|OSCE|Ramstein)\b"
)

# Place roles
_EVENT_BEFORE = re.compile(
    r"(?:\b(?P<prep>in|on|at|near|around|over|against|targeting|into|across|outside|inside|toward|towards|"
    r"within|nearby|close to|next to)\s+|\b(?:shelling|bombardment|bombing|siege|capture|assault|storming|"
    r"liberation|attacks?|strikes?)\s+of\s+|\b(?P<placenoun>(?:port |industrial |frontline |border |regional |major |small |"
    r"eastern |southern |northern |western )?(?:city|cities|town|towns|village|villages|region|regions|"
    r"oblast|province|district|outskirts|suburbs?|area|areas|settlement|port|capital|vicinity|"
    r"direction|sector))\s+of\s+|\b(?P<verb>attacked|struck|hit|shelled|bombed|targeted|pounded|stormed|"
    r"captured|recaptured|liberated|raided|entered|visited|toured|reached)\s+)"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_NEAR = re.compile(
    r"\b(near|around|outside|close to|next to|outskirts of|vicinity of|suburbs? of|areas? (?:around|near)|"
    r"\d+\s*(?:km|kilometers|kilometres|miles)\s+(?:\w+\s+)?(?:of|from)|(?:north|south|east|west|"
    r"northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_REFERENCE_BEFORE = re.compile(
    r"\b(from|mayor of|governor of|president of|minister of|ministers of|ministry of|people of|edge of|"
    r"residents of|citizens of|embassy of|(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)(?:\w+\s+)?(?:of|from)|"
    r"(?:north|south|east|west)\s+of|outside of|on the edge of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_SPEAKER_AFTER = re.compile(
    r"^['’]?s?\s*(?:,\s*)?(?:has\s+|had\s+)?(?:said|says|allowed|announced|reported|claimed|stated|warned|"
    r"confirmed|denied|accused|wants|demanded|agreed|decided|urged|insists)\b",
    re.I,
)
_HIT_AFTER = re.compile(
    r"^(?:[\s-]+[\w-]+){0,3}?\s+(?:was|were|has been|had been|came|is|are)\s+(?:also\s+)?"
    r"(?:hit|struck|attacked|shelled|targeted|bombed|damaged|under attack|under fire)\b",
    re.I,
)
_PLURAL_REGION = re.compile(r"^[\s-]+(?:regions|oblasts|provinces|districts)\b", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$", re.I)
_CAPITAL = re.compile(r"\bthe (?:Ukrainian |Russian )?capital\b(?!\s+of\b)")
_THERE = re.compile(r"\b(there|the city|the town|the village)\b")
_FEATURE_RANK = {
    "airport": 0,
    "facility": 0,
    "city": 1,
    "capital": 1,
    "admin2": 2,
    "admin1": 3,
    "region": 4,
}
_BELLIGERENTS = {"UA": "Russia", "RU": "Ukraine"}


@dataclass(slots=True)
class _PlaceHit:
    start: int
    end: int
    place: Place
    mention: str
    geo_precision: int
    event_place: bool


@dataclass(slots=True)
class _Draft:
    """One mention of an event, before merging."""

    event_type: str
    place: Place
    place_mention: str
    geo_precision: int
    sentence: Sentence
    when: When
    weapon: str | None = None
    category: str | None = None
    actor: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    hedged: bool = False
    claimed_by: str | None = None
    attributed: bool = False
    confirmed: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    inherited: tuple[str, str] | None = None
    headline: bool = False


# --------------------------------------------------------------------------------------------
# Extraction


class Extractor:
    """Turns report text into event records, with places from the geocoder.

    Parameters
    ----------
    geocoder : Geocoder
        Finds and resolves the places (offline gazetteer).
    """

    def __init__(self, geocoder: Geocoder) -> None:
        self.geocoder = geocoder

    def extract(self, text: str, source: str, published: date | None = None) -> list[dict]:
        """Event records (dicts in the DESIGN.md schema, with lat/lon) found in ``text``.

        Parameters
        ----------
        text : str
            The report.
        source : str
            Report identifier stored with every event (file name or title and date).
        published : date, optional
            Publication date; else the report's header line; else today.
        """
        if not isinstance(text, str):
            raise TypeError(f"'text' should be a str, got {type(text).__name__} instead")
        header = publication_from_header(text)
        if published is not None:
            pub = Publication(published, header.morning if header else True)
        else:
            pub = header or Publication(date.today())
        sentences = split_sentences(text)
        if not sentences:
            return []
        hits = self._places(text)
        drafts = self._drafts(text, sentences, hits, pub)
        # A title only announces what the body tells: events found in titles alone are dropped.
        merged = [d for d in _merge(drafts) if not all(_is_headline(text, x) for x in d.sentences)]
        return [self._record(d, source) for d in merged]

    # Places ---------------------------------------------------------------------------------

    def _places(self, text: str) -> list[_PlaceHit]:
        # Weapon names are not places ("Magura", "Neptune", "Iskander" are towns somewhere).
        weapon_spans = [(w.start, w.end) for w in wv.find_weapons(text) if w.weapon]
        spans = [
            (s, e)
            for s, e in find_toponyms(self.geocoder, text)
            if not any(ws < e and s < we for ws, we in weapon_spans)
        ]
        resolved = self.geocoder.resolve(text, spans) if spans else []
        hits = []
        for r in resolved:
            if r.place is None or r.place.feature in ("continent", "country"):
                continue
            if r.place.feature == "sea" or r.place.population == 0 and r.place.feature == "city":
                continue
            hits.append(_PlaceHit(r.start, r.end, r.place, text[r.start : r.end], 1, False))
        capitals = [h for h in hits if h.place.feature == "capital"]
        for m in _CAPITAL.finditer(text):
            before = [h for h in capitals if h.start < m.start()]
            place = (before[-1] if before else capitals[0]).place if capitals else None
            if place is not None:
                hits.append(_PlaceHit(m.start(), m.end(), place, m.group(), 1, False))
        hits.sort(key=lambda h: h.start)
        return hits

    def _role(
        self, text: str, sentence: Sentence, hit: _PlaceHit, previous: _PlaceHit | None
    ) -> _PlaceHit:
        before = text[max(sentence.start, hit.start - 60) : hit.start]
        after = text[hit.end : min(sentence.end, hit.end + 60)]
        near = bool(_NEAR.search(before))
        region = hit.place.feature in ("admin1", "admin2", "region")
        precision = 3 if region else (2 if near else 1)
        if _SPEAKER_AFTER.search(after):
            return _replace(hit, precision, False)
        if previous is not None and _LIST_GAP.match(text[previous.end : hit.start]):
            return _replace(
                hit, precision if not previous.geo_precision == 2 else 2, previous.event_place
            )
        event = bool(_EVENT_BEFORE.search(before)) or bool(_HIT_AFTER.search(after))
        reference = _REFERENCE_BEFORE.search(before)
        if reference:
            # "20 km west of Kharkiv" locates an event; "Fiuggi, 80 km outside Rome" only says
            # where Fiuggi is: a distance or direction counts when no place came before it.
            directional = _NEAR.search(before) and not reference.group(1).lower().startswith(
                (
                    "from",
                    "mayor",
                    "governor",
                    "president",
                    "minister",
                    "ministry",
                    "people",
                    "edge",
                    "residents",
                    "citizens",
                    "embassy",
                    "on the edge",
                )
            )
            # ... but not as an aside right after another place ("Fiuggi, 80 km outside Rome").
            aside = previous is not None and re.match(
                r"^\s*,(?![^,]*\b(?:and|or)\b)", text[previous.end : hit.start]
            )
            event = bool(directional) and not aside
        mention_start = _mention_start(before)
        hit = _replace(hit, precision, event)
        tail = re.match(
            r"^[\s-]*(?:region|oblast|province|district|airport|airfield|air base)\b", after, re.I
        )
        hit.mention = (
            before[mention_start:] + hit.mention + (tail.group(0) if tail else "")
        ).strip()
        return hit

    # Sentence by sentence -------------------------------------------------------------------

    def _drafts(
        self, text: str, sentences: list[Sentence], hits: list[_PlaceHit], pub: Publication
    ) -> list[_Draft]:
        drafts: list[_Draft] = []
        para_when: dict[int, When] = {}
        para_meeting: dict[int, str] = {}
        para_claim: dict[int, str] = {}
        para_weapon: dict[int, tuple[str, str]] = {}
        doc_countries = {h.place.country for h in hits}
        last: _Draft | None = None
        last_index = -9
        for index, s in enumerate(sentences):
            s_hits = [h for h in hits if s.start <= h.start < s.end]
            triggers = self._triggers(s)
            weapons = wv.find_weapons(s.text)
            when = date_in(s.text, pub)
            if when:
                para_when[s.paragraph] = when
            elif s.paragraph in para_when:
                # Carried over from an earlier sentence: used, but weaker than a date of its own.
                carried = para_when[s.paragraph]
                when = When(carried.day, carried.precision, False)
            casualties = _casualties(s.text)
            hedged = bool(_HEDGE.search(s.text))
            claimant = _claimant(s.text)
            if claimant:
                para_claim[s.paragraph] = claimant
            actor = _actor(self.geocoder, s.text, triggers)
            types = [t for t, _ in triggers]
            if casualties and not types:
                types, triggers = ["strike"], [("strike", _first_casualty(s.text))]
            placed: list[_Draft] = []
            previous = None
            last_event_end: int | None = None
            roles = []
            for h in s_hits:
                h = self._role(text, s, h, previous)
                previous = h
                roles.append(h)
            roles = self._regions_of_lists(text, roles)
            list_head: dict[int, tuple[str | None, str | None]] = {}
            for k, h in enumerate(roles):
                if not h.event_place or not triggers:
                    continue
                floor = last_event_end - s.start if last_event_end is not None else 0
                etype = _type_for(triggers, h.start - s.start, floor)
                if etype == "meeting" and _FUTURE.search(s.text):
                    continue  # a meeting still to come is not an event yet
                weapon, category = _weapon_for(weapons, h.start - s.start, floor)
                if (
                    k > 0
                    and _LIST_GAP.match(text[roles[k - 1].end : h.start])
                    and k - 1 in list_head
                ):
                    weapon, category = list_head[k - 1]  # "over the Mykolaiv, Kherson ... regions"
                list_head[k] = (weapon, category)
                if etype == "meeting" or (etype == "fighting" and not weapon):
                    weapon, category = None, None
                last_event_end = h.end
                draft = _Draft(
                    event_type=etype,
                    place=h.place,
                    place_mention=_short_mention(h.mention),
                    geo_precision=h.geo_precision,
                    sentence=s,
                    when=when or _default_date(s.text, pub),
                    weapon=weapon,
                    category=category,
                    actor=actor,
                    hedged=hedged,
                    claimed_by=claimant,
                    attributed=bool(claimant),
                    confirmed=bool(_CONFIRMED.search(s.text)),
                    sentences=[s],
                    headline=_is_headline(text, s),
                )
                if etype == "meeting":
                    body = _BODIES.search(s.text)
                    draft.actor = body.group(1) if body else para_meeting.get(s.paragraph)
                elif etype == "strike" and not weapon and s.paragraph in para_weapon:
                    draft.inherited = para_weapon[s.paragraph]
                if len(casualties) and len([h2 for h2 in s_hits if h2.event_place]) <= 1:
                    draft.fatalities, draft.injured = (
                        casualties.get("killed"),
                        casualties.get("injured"),
                    )
                placed.append(draft)
            # A sentence without a place continues the event just before it: in the same
            # paragraph, or in the very next sentence (wire copy puts each sentence on its own line).
            follows = last is not None and (
                last.sentence.paragraph == s.paragraph or index - last_index == 1
            )
            if placed:
                drafts.extend(placed)
                last, last_index = placed[-1], index
            elif follows and (triggers or weapons or casualties):
                self._continue(last, s, types, weapons, when, actor, casualties, hedged, claimant)
                last_index = index
                if _THERE.search(s.text) and triggers:
                    last.sentences.append(s)
            elif hedged and not triggers:
                # "The reports could not be verified": about the paragraph's events.
                for d in drafts:
                    if d.sentence.paragraph == s.paragraph:
                        d.hedged = True
            if (
                hedged
                and not placed
                and last is not None
                and last.sentence.paragraph == s.paragraph
            ):
                for d in drafts:
                    if d.sentence.paragraph == s.paragraph:
                        d.hedged = True
            named = [w for w in weapons if w.weapon]
            if named:
                para_weapon[s.paragraph] = (named[0].weapon, _category_near(weapons, named[0]))
            body = _BODIES.search(s.text)
            if body and "meeting" in types:
                para_meeting.setdefault(s.paragraph, body.group(1))
        for d in drafts:
            # "The first attack targeted a depot" after a sentence about ATACMS: that weapon,
            # unless a later sentence named one for this event.
            if not d.weapon and d.inherited:
                d.weapon, d.category = d.inherited
            # Claims made earlier in a paragraph cover the figures that follow in it.
            if (
                not d.claimed_by
                and d.sentence.paragraph in para_claim
                and (d.injured or d.fatalities)
            ):
                d.claimed_by = para_claim[d.sentence.paragraph]
            if not d.actor and d.event_type in ("strike", "interception"):
                d.actor = _fallback_actor(d, doc_countries)
        return drafts

    def _regions_of_lists(self, text: str, roles: list[_PlaceHit]) -> list[_PlaceHit]:
        """ "The Mykolaiv, Kherson and Dnipropetrovsk regions": the plural makes each a region."""
        out = list(roles)
        k = 0
        while k < len(out):
            j = k
            while j + 1 < len(out) and _LIST_GAP.match(text[out[j].end : out[j + 1].start]):
                j += 1
            if j > k and _PLURAL_REGION.match(text[out[j].end :]):
                for i in range(k, j + 1):
                    region = self.geocoder.gazetteer.admin1_of(out[i].place)
                    if region is not None:
                        hit = _replace(out[i], 3, out[j].event_place or out[i].event_place)
                        hit.place, hit.mention = region, out[i].mention
                        out[i] = hit
            k = j + 1
        return out

    def _triggers(self, s: Sentence) -> list[tuple[str, re.Match]]:
        out = []
        for etype, pattern in _TRIGGERS:
            for m in pattern.finditer(s.text):
                if _INTENT.search(s.text[: m.start()]):
                    continue
                if etype == "fighting" and re.match(r"\s*drones?\b", s.text[m.end() :]):
                    continue  # "combat drones" are weapons, not fighting
                out.append((etype, m))
        out.sort(key=lambda t: t[1].start())
        return out

    @staticmethod
    def _continue(
        last: _Draft, s, types, weapons, when, actor, casualties, hedged, claimant
    ) -> None:
        """A sentence with no place of its own tells more about the event before it."""
        if types and last.event_type not in types and not casualties:
            return
        named = [w for w in weapons if w.weapon]
        if named and not last.weapon:
            last.weapon = named[0].weapon
            last.category = _category_near(weapons, named[0])
        elif weapons and not last.category and last.event_type in ("strike", "interception"):
            last.category = weapons[0].category
        if (
            when
            and when.explicit
            and (not last.when.explicit or when.precision < last.when.precision)
        ):
            last.when = when
        if actor and not last.actor:
            last.actor = actor
        if casualties:
            last.fatalities = last.fatalities or casualties.get("killed")
            last.injured = last.injured or casualties.get("injured")
        if claimant and not last.claimed_by:
            last.claimed_by = claimant
        if types and not claimant and actor and weapons:
            last.attributed = False  # "Russia fired an Oreshnik": the report restates it as a fact
        last.hedged = last.hedged or hedged

    # Records --------------------------------------------------------------------------------

    @staticmethod
    def _record(d: _Draft, source: str) -> dict:
        verification = (
            "unverified"
            if d.hedged
            else ("confirmed" if d.confirmed or not d.attributed else "claimed")
        )
        record = {
            "event_date": d.when.day.isoformat(),
            "time_precision": d.when.precision,
            "event_type": d.event_type,
            "weapon": d.weapon,
            "weapon_category": d.category
            if d.event_type in ("strike", "interception") or d.weapon
            else None,
            "actor": d.actor,
            "place": d.place.name,
            "place_mention": d.place_mention,
            "country": d.place.country,
            "admin1": d.place.admin1,
            "geo_precision": d.geo_precision,
            "fatalities": d.fatalities,
            "injured": d.injured,
            "verification": verification,
            "claimed_by": d.claimed_by,
            "source": source,
            "source_text": d.sentence.text,
            "span_start": d.sentence.start,
            "span_end": d.sentence.end,
            "notes": None,
            "lat": d.place.lat,
            "lon": d.place.lon,
        }
        return ev.validate(record)


def _replace(hit: _PlaceHit, precision: int, event: bool) -> _PlaceHit:
    return _PlaceHit(hit.start, hit.end, hit.place, hit.mention, precision, event)


def _mention_start(before: str) -> int:
    m = re.search(
        r"\b(?:the\s+|a\s+)?(?:(?:port |small |major )?(?:city|cities|town|towns|village|region|area|areas)\s+"
        r"(?:of|around|near)\s+(?:the\s+)?|(?:near|around|outside|in|on|at)\s+(?:the\s+)?)(?:[\w-]+\s+){0,3}$",
        before,
        re.I,
    )
    if not m:
        return len(before)
    text = m.group(0)
    text = re.sub(r"^(?:in|on|at)\s+", "", text, flags=re.I)
    return len(before) - len(text)


def _short_mention(text: str) -> str:
    words = text.split()
    return " ".join(words[-8:])


def _type_for(triggers: list[tuple[str, re.Match]], offset: int, floor: int = 0) -> str:
    """The event word for the place at ``offset``: in its own clause (after the previous event
    place, ``floor``) an interception wins, else the word nearest before it; with none in the
    clause, the nearest in the sentence."""
    clause = [(t, m) for t, m in triggers if floor <= m.start() < offset]
    if clause:
        if any(t == "interception" for t, _ in clause):
            return "interception"
        return clause[-1][0]
    types = {t for t, _ in triggers}
    if "interception" in types and "strike" in types:
        return "interception"
    before = [(t, m) for t, m in triggers if m.start() < offset]
    chosen = before[-1] if before else min(triggers, key=lambda t: abs(t[1].start() - offset))
    return chosen[0]


def _category_near(mentions: list[wv.WeaponMention], named: wv.WeaponMention) -> str:
    """A generic word right after a system overrides its category ("Iskander cruise missile")."""
    for m in mentions:
        if m.weapon is None and 0 <= m.start - named.end <= 2 and m.category != "missile":
            return m.category
    return named.category


def _weapon_for(
    mentions: list[wv.WeaponMention], offset: int, floor: int = 0
) -> tuple[str | None, str | None]:
    """The weapon of the event at ``offset``: the last one named in its clause before it (after
    the previous event place, ``floor``), else the first named after it, else a generic word."""
    before = [m for m in mentions if floor <= m.start < offset]
    if before:
        last = before[-1]
        if last.weapon is None:
            # "a Neptune missile": the generic word right after a system belongs to it
            named = [m for m in before if m.weapon and 0 <= last.start - m.end <= 2]
            if named:
                return named[-1].weapon, _category_near(mentions, named[-1])
            specific = [m for m in before if m.weapon is None and m.category != "missile"]
            return None, (specific[-1] if specific else last).category
        return last.weapon, _category_near(mentions, last)
    after = [m for m in mentions if m.start >= offset]
    named = [m for m in after if m.weapon]
    if named:
        return named[0].weapon, _category_near(mentions, named[0])
    if after:
        specific = [m for m in after if m.category != "missile"] or after
        return None, specific[0].category
    return None, None


def _is_headline(text: str, s: Sentence) -> bool:
    """A title line: the whole line, short, without a full stop."""
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return (
        line == s.text
        and not s.text.endswith((".", "!", "?", '"', "”"))
        and len(s.text.split()) <= 16
    )


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "").replace(".", "")
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def _casualties(text: str) -> dict[str, int]:
    """Killed and injured figures in a sentence ("two killed and 11 injured", "injuring 15")."""
    out: dict[str, int] = {}
    if _NOBODY.search(text):
        out = {"killed": 0, "injured": 0}
    for m in list(_COUNT_BEFORE.finditer(text)) + list(_COUNT_AFTER.finditer(text)):
        n = _number(m.group("n"))
        if n is None:
            continue
        what = m.group("what").lower()
        key = "killed" if what in ("killed", "dead", "died", "killing") else "injured"
        out[key] = max(out.get(key, 0), n)
    return out


def _first_casualty(text: str) -> re.Match:
    return _CASUALTY_WORD.search(text)


def _claimant(text: str) -> str | None:
    """Who the sentence attributes its content to ("according to X", "X said", "as reported by X")."""
    for pattern in (_ACCORDING, _AS_REPORTED):
        m = pattern.search(text)
        if m:
            return _clean_who(m.group("who"))
    for m in _CLAIM_VERB.finditer(text):
        parts = [p.strip() for p in re.split(r"[,;:]|\bthat\b|\band\b", text[: m.start()])]
        segment = next((p for p in reversed(parts) if p), "")
        segment = re.sub(
            r"^(?:in a [\w\s]+ statement|meanwhile|separately)\s*", "", segment, flags=re.I
        )
        words = segment.split()
        if 0 < len(words) <= 8 and (_SPEAKER_NOUN.search(segment) or words[-1][:1].isupper()):
            who = _clean_who(segment)
            if who:
                return who
    return None


def _clean_who(who: str) -> str | None:
    who = _WHO_NOISE.sub("", who.strip())
    who = _WHO_NOISE.sub("", who).strip(" .")
    if (
        not who
        or len(who) > 60
        or re.fullmatch(r"(?i)(it|he|she|they|this|that|which|its|his|her)", who)
    ):
        return None
    return who[:1].upper() + who[1:]


def _actor(geocoder: Geocoder, text: str, triggers: list[tuple[str, re.Match]]) -> str | None:
    """The country whose forces act: the last country or demonym before the first event word."""
    if not triggers:
        return None
    head = text[: triggers[0][1].start()]
    head = _ACCORDING.sub(" ", head)
    found = None
    for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", head):
        before = head[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(against|on|in|at|from|of|into|over|near)\s+(?:the\s+)?$", before):
            continue
        after = head[m.end() : m.end() + 25].lower()
        if re.match(r"\s*(media|information|sources|side said|officials said|agency)", after):
            continue
        hits = [
            p
            for p, _ in geocoder.gazetteer.lookup(m.group(), demonyms=True)
            if p.feature == "country"
        ]
        if hits and (m.group() in (hits[0].name,) or _is_demonym(geocoder, m.group())):
            found = hits[0].name
    return found


def _is_demonym(geocoder: Geocoder, word: str) -> bool:
    return bool(geocoder.gazetteer.lookup(word, demonyms=True)) and not geocoder.gazetteer.lookup(
        word
    )


def _fallback_actor(d: _Draft, doc_countries: set[str]) -> str | None:
    if d.weapon:
        w = wv.lookup(d.weapon)
        if w and len(w.operators) == 1:
            return w.operators[0]
    if d.place.country in _BELLIGERENTS and {"UA", "RU"} <= doc_countries | {d.place.country}:
        return _BELLIGERENTS[d.place.country]
    return None


# --------------------------------------------------------------------------------------------
# Merging mentions of one event


def _window(w: When) -> tuple[date, date]:
    if w.precision == 1:
        return w.day, w.day
    if w.precision == 2:
        start = w.day - timedelta(days=w.day.weekday())
        return start, start + timedelta(days=6)
    start = w.day.replace(day=1)
    nxt = (start + timedelta(days=32)).replace(day=1)
    return start, nxt - timedelta(days=1)


def _dates_agree(a: When, b: When) -> bool:
    if not (a.explicit and b.explicit):
        return True
    (s1, e1), (s2, e2) = _window(a), _window(b)
    return s1 <= e2 and s2 <= e1


def _places_agree(a: _Draft, b: _Draft) -> bool:
    """One place, one inside the other's region, a facility at its town, or "near" and close."""
    pa, pb = a.place, b.place
    if pa.id == pb.id:
        return True
    regional = {"admin1", "region"}
    if pa.feature in regional or pb.feature in regional:
        if pa.feature in regional and pb.feature in regional:
            return False
        region, other = (pa, pb) if pa.feature in regional else (pb, pa)
        same = (
            region.country == other.country
            and region.admin1 == other.admin1
            and bool(region.admin1)
        )
        return same or distance_km(region.lat, region.lon, other.lat, other.lon) <= 2 * MERGE_KM
    close = distance_km(pa.lat, pa.lon, pb.lat, pb.lon) <= MERGE_KM
    facility = {"airport", "facility"}
    if pa.feature in facility or pb.feature in facility or 2 in (a.geo_precision, b.geo_precision):
        return close
    return False


def _weapons_agree(a: _Draft, b: _Draft) -> bool:
    if a.weapon and b.weapon:
        return a.weapon == b.weapon
    named = a if a.weapon else b if b.weapon else None
    other = b if named is a else a
    if named is not None and other.category and other.category != "missile":
        return other.category == named.category
    return True


def _merge(drafts: Iterable[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    for d in drafts:
        for m in merged:
            if (
                m.event_type == d.event_type
                and _places_agree(m, d)
                and _dates_agree(m.when, d.when)
                and _weapons_agree(m, d)
            ):
                _absorb(m, d)
                break
        else:
            merged.append(d)
    return merged


def _absorb(m: _Draft, d: _Draft) -> None:
    if _FEATURE_RANK.get(d.place.feature, 1) < _FEATURE_RANK.get(m.place.feature, 1) or (
        d.place.id != m.place.id
        and d.geo_precision < m.geo_precision
        and d.place.feature == m.place.feature
    ):
        m.place, m.place_mention, m.geo_precision = d.place, d.place_mention, d.geo_precision
    if d.weapon and not m.weapon:
        m.weapon, m.category = d.weapon, d.category
    elif not m.category:
        m.category = d.category
    if d.when.explicit and (not m.when.explicit or d.when.precision < m.when.precision):
        m.when = d.when
    m.actor = m.actor or d.actor
    m.fatalities = max(filter(None, [m.fatalities, d.fatalities]), default=None)
    m.injured = max(filter(None, [m.injured, d.injured]), default=None)
    m.hedged = m.hedged or d.hedged
    m.claimed_by = m.claimed_by or d.claimed_by
    # A plain statement of fact anywhere in the body outweighs an attribution elsewhere.
    if m.headline and not d.headline:
        m.sentence = d.sentence  # the body's sentence, not the title's, is the event's source
    if m.headline:
        m.attributed, m.headline = d.attributed, d.headline
    elif not d.headline:
        m.attributed = m.attributed and d.attributed
    m.confirmed = m.confirmed or d.confirmed
    m.sentences.extend(d.sentences)


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` as a date (raises ValueError with a clear message)."""
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise ValueError(
            f"'published' should be a date as YYYY-MM-DD, got {text!r} instead"
        ) from None


def normalized_query(text: str) -> str:
    return normalize(text)
