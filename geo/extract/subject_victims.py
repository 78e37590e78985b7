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


def _trailed(part: str, pos: int) -> int:
    """Where a person's age, name or place after ``pos`` ends (``pos`` if none)."""
    trail = _TRAIL.match(part, pos)
    return trail.end() if trail else pos


def _chain(part: str, pos: int) -> tuple[int, int]:
    """The persons counted from ``pos`` and where the last of them (with its trail) ends."""
    total = 0
    while True:
        m = _PERSON.match(part, pos)
        if m is None:
            return total, pos
        if m.group("n"):
            n = number(m.group("n")) or 0
            if m.group("other") and n > _OTHER_MOST:  # "1,200 documents perished": no people
                return total, pos
            if _YEAR_OR_CLOCK.match(part, m.start("n")):  # "In 2022 civilians ...", "At 5 pm"
                return total, pos
            total += n
        else:
            total += 2 if m.group("couple") else 1
        pos = _trailed(part, m.end())
        joined = _AND.match(part, pos)
        if joined is None:
            return total, pos
        owned = _POSSESSED.match(part, joined.end()) or _LAST_ONE.match(part, joined.end())
        if owned is not None and _PERSON.match(part, joined.end()) is None:
            total += 1
            pos = _trailed(part, owned.end())
            continue
        if _PERSON.match(part, joined.end()) is None:
            return total, pos
        pos = joined.end()


def subject_counts(text: str) -> dict[str, int]:
    """The killed and injured counted by the persons their verbs' subjects name (the largest)."""
    out: dict[str, int] = {}
    for m in _PREDICATE.finditer(text):
        start = max(0, m.start() - 160)
        before = text[start : m.start()]
        clause = [c for c in _CLAUSE_START.finditer(before)]
        body = before[clause[-1].end() :] if clause else before
        told = [p.end() for p in _PREDICATE.finditer(body)]  # "A man died and his son was hurt"
        body = body[told[-1] :] if told else body
        cuts = [0] + [c.end() for c in re.finditer(r",\s+", body)]  # (not "1,200")
        count = None
        for cut in reversed(cuts):  # the comma-part nearest the verb first
            count = _persons(body[cut:])
            if count:
                break
        if count and not _NEGATED.search(body):
            dead = m.group("died") or (m.group("passive") or "").lower() == "killed"
            key = "killed" if dead else "injured"
            out[key] = max(out.get(key, 0), count)
    return out


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_PREDICATE = cued(_PREDICATE)
