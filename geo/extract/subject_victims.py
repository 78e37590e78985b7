"""The people a harm verb's subject names, counted (issue 16, figures the unseen writers give
and we leave empty): the figure patterns of casualties.py read a count next to its verb ("two
killed", "a man of 60 was killed"); writers put who was hurt between, and the count is then the
persons the subject names, told one by one or with a count of their own:

- "Two nurses who were on night shift are injured" (a count and its people, a clause between);
- "A boy of 14 and his mother, 40, suffered injuries" (two persons joined: two);
- "Father and son died together", "the driver and his assistant were injured" (two);
- "Our watchman, 61 years old, got injured by glass", "One old man from the fifth floor died" (one).

The subject is read back from the verb to the clause's start (a stop, a colon, a dash, "that",
"when"), trying the comma-parts nearest the verb first, so "In Marhanets a drone hit a car: two
men, 33 and 51, are wounded" counts two men, and "a drone hit a shop, the seller died" one. A
subject of no person ("The houses were damaged"), or one opening with words that are no person
("the attack on the village that ..."), gives nothing. Only what casualties.py found no figure for
is taken from here (:func:`subject_counts`)."""

from __future__ import annotations

import re

from geo.extract.numbers import NUMBER, number
from geo.extract.pattern_cues import cued
from geo.extract.people import ONE_PERSON

# the harm told of the subject: "were injured", "is wounded", "got hurt", "died", "perished",
# "suffered injuries", "sustained concussions", "received shrapnel wounds"
_PREDICATE = re.compile(
    r"\b(?:(?:was|were|is|are|ha(?:ve|s|d)\s+been|gets?|got)\s+(?:(?:\w+ly|also|later|then|now|"
    r"all|both)\s+){0,2}(?P<passive>killed|injured|wounded|hurt|concussed)|"
    r"(?:(?:later|also|then|both|all)\s+)?(?P<died>died|perished)|"
    r"(?:got|received|suffered|sustained|has|have|had)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<hurt>injur(?:y|ies)|wounds|concussions?|burns|fractures))\b",
    re.I,
)
# where the subject's clause starts, going back from the verb
_CLAUSE_START = re.compile(
    r"[.;:!?](?=\s)|[(\[\n]|\s[–—]\s|\b(?:that|when|while|where|after|but|then)\s", re.I
)
_PLURAL = (
    rf"(?:{ONE_PERSON})s|men|women|children|people|persons|staff|crew|family members|teachers|"
    r"workers|nurses|colleagues|employees|residents|civilians"
)
# a describing word before the person ("old", "tractor", "night-shift"), not a count nor a verb
_DESCRIBING = rf"(?:(?!(?:and|or|was|were|is|are|had|has|have|{NUMBER})\b)[a-z][\w'’-]*\s+){{0,2}}?"
# counts of no people: "66 years old", "two hours later", "three times", "200 pigs"
_MEASURES = (
    r"(?:years|months|weeks|days|hours|minutes|seconds|times|metres|meters|kilometres|kilometers|"
    r"miles|percent|tonnes|tons|floors|storeys|stories|houses|buildings|cars|vehicles|drones|"
    r"missiles|shells|rockets|bombs|"
    # animals are no casualties: "the twelve calves it lost died of an infection"
    r"calves|cows|cattle|pigs|sheep|goats|horses|dogs|cats|animals|pets|chickens|hens|birds|bees)\b"
)
# one person phrase: "two nurses", "a cook", "his mother", "an elderly couple", "Father"
_PERSON = re.compile(
    # (any plural a count names as the subject of harm: "two porters", "three bakers")
    rf"(?P<n>{NUMBER})\s+{_DESCRIBING}(?:{_PLURAL}|(?P<other>(?!{_MEASURES})[a-z][\w-]*s))\b|"
    rf"(?P<couple>(?:an?|the)\s+{_DESCRIBING}couple)\b|"
    rf"(?:(?:an?|one|the|our|my|his|her|their|its)\s+)?{_DESCRIBING}(?:{ONE_PERSON})(?![\w-]*s\b)\b|"
    r"(?P<pronoun>\b(?:he|she)\b)|"
    # a name told with its age is a person: "Hanna Tkachenko, 9, and her grandmother Liudmyla,
    # 66"; two first names of one surname with their two ages are two: "Ivan and Maria Bondar,
    # 78 and 75, died together" (an obituary's, a notice's victims)
    r"(?P<pair>(?-i:[A-Z][a-z'’]+\s+and\s+[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)?))"
    r"(?=,\s*(?:aged\s+)?\d{1,3}\s+and\s+\d{1,3},)|"
    # (a first name and a surname, or a name after a kin or role word: "grandmother Liudmyla,
    # 66"; not a town with its figure: "In Kherson, 5, and Mykolaiv, 3, people"; review38)
    rf"(?:(?-i:[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+){{1,2}})|(?:{ONE_PERSON}|aunt|uncle)\s+"
    r"(?-i:[A-Z][a-z'’]+))(?=,\s*(?:aged\s+)?\d{1,3},)|"
    # any noun told with an age is a person: "our caretaker Stepan, 66", "the bus driver of 58"
    rf"(?:an?|one|the|our|my|his|her|their|its)\s+{_DESCRIBING}[a-z][\w-]*"
    r"(?=(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:,\s*(?:aged\s+)?|\s+(?:of|aged)\s+)\d{1,3}\b(?![,.]\d))",
    re.I,
)
# what may follow a person before the next one or the verb: an age, a name, where they were
# ("from the fifth floor", "who were on night shift", "walking with her", "in Bilopillia")
_TRAIL = re.compile(
    r"(?:,?\s*(?:aged\s+)?\d{1,3}(?:\s+years(?:\s+old)?)?,?|,?\s+of\s+\d{1,3},?|\s+and\s+\d{1,3},?|"
    r",\s*(?-i:[A-Z])[\w'’-]+,|"
    r"\s+(?-i:[A-Z])[\w'’-]+,?)*",
    re.I,
)
_JOINED = re.compile(r"\s*and\s", re.I)
_AND = re.compile(r"\s*(?:,\s*)?and\s+(?!fellow\b)", re.I)  # ("her friend and fellow nurse": one)
# the last of the persons, right before the verb, whoever they are: "two teachers and a cook"
# (not an animal: "three people and a dog were hurt" are three)
_LAST_ONE = re.compile(
    r"(?:an?|one|the)\s+(?:[a-z][\w-]*\s+)?(?!(?:dog|cat|cow|horse|pig|goat|pet|animal)s?\b)"
    r"[a-z][\w-]*\s*$",
    re.I,
)
# "not a single person was hurt", "none of the staff were injured": no count
_NEGATED = re.compile(r"\b(?:no|not|none|nobody|neither|nor|without)\b", re.I)
# a count that is no exact figure, or no count of people: "more than 20,000 of his men"
# ... and a verb before the persons: they are then no subject ("losses were 187 men")
_HEDGE = re.compile(
    r"\b(?:more|than|over|about|nearly|almost|around|some|up|dozens|hundreds|thousands|"
    r"was|were|is|are)\b",
    re.I,
)
# a count of their own after the persons: "187 men, of whom 96 were killed" (96, not 187)
_OWN_COUNT = re.compile(rf"\b(?:{NUMBER})\b", re.I)
# a year or a clock read as a count (review37: "In 2022 civilians in the town were killed" was
# 2,022 killed)
_YEAR_OR_CLOCK = re.compile(
    r"(?:19|20)\d\d\b|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b|hrs\b|o.clock)", re.I
)
_OTHER_MOST = 20  # the most people a plural of no known person word may count ("two porters")
_FILLER_WORDS = 9  # words between the last person and the verb ("who were on night shift")
_LEAD_WORDS = 3  # words of the clause before its first person ("On Wednesday", "Thanks God")
_LEADS = [re.compile(rf"\s*(?:[\w'’-]+,?\s+){{{n}}}") for n in range(_LEAD_WORDS + 1)]
# one more person after "and": "the driver and his assistant", "a woman and her neighbour"
_POSSESSED = re.compile(
    r"(?:his|her|their)\s+(?:assistant|partner|companion|relatives?|fianc[ée]e?|deputy|co-driver)\b",
    re.I,
)


def _persons(part: str) -> int | None:
    """The persons a subject names at its start, joined by "and", or None if it names none."""
    for skip in range(_LEAD_WORDS + 1):
        at = _LEADS[skip].match(part)
        if at is None or _HEDGE.search(at.group()):
            return None
        total, last = _chain(part, at.end())
        if total:
            rest = part[last:]
            if len(rest.split()) > _FILLER_WORDS or _OWN_COUNT.search(rest):
                return None
            return total
    return None


def _trailed(part: str, pos: int, end: int) -> int:
    """Where a person's age, name or place after ``pos`` (and before ``end``) ends (``pos`` if
    none)."""
    trail = _TRAIL.match(part, pos, end)
    return trail.end() if trail else pos


def _chain(part: str, pos: int, end: int | None = None) -> tuple[int, int]:
    """The persons counted from ``pos`` (up to ``end``) and where the last of them (with its
    trail) ends."""
    end = len(part) if end is None else min(end, len(part))
    total = 0
    while True:
        m = _PERSON.match(part, pos, end)
        if m is None:
            return total, pos
        if m.group("n"):
            n = number(m.group("n")) or 0
            if m.group("other") and n > _OTHER_MOST:  # "1,200 documents perished": no people
                return total, pos
            if _YEAR_OR_CLOCK.match(part, m.start("n"), end):  # "In 2022 civilians ...", "At 5 pm"
                return total, pos
            total += n
        else:
            total += 2 if m.group("couple") or m.group("pair") else 1
        pos = _trailed(part, m.end(), end)
        joined = _AND.match(part, pos, end)
        if joined is None:
            return total, pos
        owned = _POSSESSED.match(part, joined.end(), end) or _LAST_ONE.match(
            part, joined.end(), end
        )
        if owned is not None and _PERSON.match(part, joined.end(), end) is None:
            total += 1
            pos = _trailed(part, owned.end(), end)
            continue
        if _PERSON.match(part, joined.end(), end) is None:
            return total, pos
        pos = joined.end()


def _chained_before(body: str, cuts: list[int], at: int) -> int:
    """The persons a chain that runs right up to ``at`` counts, from the earliest of ``cuts``
    it may start at ("Hanna Tkachenko, 9," before ", and her grandmother ..."), or 0."""
    for c in cuts:
        part = body[c:at].rstrip()
        total, end = _chain(part, 0)
        if total and end >= len(part):
            return total
    return 0


# the persons an attack left harmed, after the verb: "left the driver and four passengers with
# shrapnel wounds", "leaving two men, 37 and 52, wounded", "left an elderly couple dead"
_LEFT_REACH = 200
_LEFT = re.compile(r"\b(?:left|leaving|leaves)\s+", re.I)
_LEFT_HOW = re.compile(
    r"\s*(?:with\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns|cuts|concussions?|fractures)|"
    r"(?P<hurt>wounded|injured|hurt)|(?P<dead>dead))\b",
    re.I,
)


def _left_counts(text: str, out: dict[str, int]) -> None:
    """The persons an attack "left" harmed (see ``_LEFT_HOW``), the larger count of each kind."""
    for m in _LEFT.finditer(text):
        total, end = _chain(text, m.end(), m.end() + _LEFT_REACH)  # (linear: no further)
        how = _LEFT_HOW.match(text, end) if total else None
        if how is not None:
            key = "killed" if how.group("dead") else "injured"
            out[key] = max(out.get(key, 0), total)


def subject_counts(text: str) -> dict[str, int]:
    """The killed and injured counted by the persons their verbs' subjects name (the largest),
    or an attack left harmed."""
    out: dict[str, int] = {}
    _left_counts(text, out)
    for m in _PREDICATE.finditer(text):
        start = max(0, m.start() - 160)
        before = text[start : m.start()]
        clause = [c for c in _CLAUSE_START.finditer(before)]
        body = before[clause[-1].end() :] if clause else before
        told = [p.end() for p in _PREDICATE.finditer(body)]  # "A man died and his son was hurt"
        body = body[told[-1] :] if told else body
        cuts = [0] + [c.end() for c in re.finditer(r",\s+", body)]  # (not "1,200")
        count = None
        for k in range(len(cuts) - 1, -1, -1):  # the comma-part nearest the verb first
            count = _persons(body[cuts[k] :])
            if count:
                # ", and her grandmother Liudmyla, 66": the last of a chain begun before
                if _JOINED.match(body, cuts[k]):
                    count += _chained_before(body, cuts[:k], cuts[k])
                break
        if count and not _NEGATED.search(body):
            dead = m.group("died") or (m.group("passive") or "").lower() == "killed"
            key = "killed" if dead else "injured"
            out[key] = max(out.get(key, 0), count)
    return out


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_PREDICATE = cued(_PREDICATE)
