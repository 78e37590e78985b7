"""Figures: killed and injured, and the launched and destroyed counts of an interception, in
words or digits."""

from __future__ import annotations

import re

from geo.extract.corrected_figures import without_retracted
from geo.extract.draft import with_note
from geo.extract.listed_victims import listed_victims
from geo.extract.numbers import ANY_NUMBER as _NUM
from geo.extract.numbers import HEDGE, NUMBER, dozens_as_digits, number
from geo.extract.pattern_cues import cued
from geo.extract.people import GAP_WORDS, ONE_OF, ONE_PERSON, without_ages
from geo.extract.publication import MONTH_RE
from geo.extract.unharmed import nobody_harmed
from geo.extract.victims import named_victims
from geo.extract.wording import TOLL_RISE, figure_after, figure_before, words

CASUALTY_WORD = words(
    "killed|dead|died|perished|injured|wounded|hurt|killing|injuring|wounding|nobody|no one",
    "casualties|injuries|toll",
)

_AGES = r"(?:,\s*(?:aged\s+)?\d+\s+and\s+\d+(?:\s+years\s+old)?,)?"
# who the figure's people are, between commas: "Two staff, a guard and a cook, were hurt"
_APPOSITION = r"(?:,\s*(?:an?|the)\s[^,;.]{1,40}?\band\s+(?:an?|the)\s[^,;.]{1,30},)?"
# "killing two", "killed a woman": the active verbs of harm; "was seriously injured": the passive.
_HARMING = "killing|injuring|wounding|killed|injured|wounded"
_HARMED = (
    r"\s+(?:(?:\w+ly|also|later|then)\s+)?(?P<what>killed|injured|wounded|hurt|concussed|hospitali[sz]ed|"
    r"cut by (?:flying |broken )?glass|hit by "
    r"(?:fragments|shrapnel)|(?:taken|rushed|brought|admitted) to (?:(?:a|the) )?(?:[\w-]+ ){0,3}?"
    r"hospital(?![^.;]{0,40}\bdied\b))"
)
_SUFFERED = (  # "got injuries", "got a light wound"
    r"(?:has|have|had|got|suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:injur(?:y|ies)|wounds?|burns|cuts|fractures|concussions?)"
)
# "two of the wounded died": the dead among those hurt before, no count of the injured
_HURT_ALIVE = r"(?:injured|wounded|hurt)(?!(?:\s+\w+){0,2}?\s+(?:died|succumbed)\b)"
_COUNT_BEFORE = figure_before(
    # "Nine others are in hospital", "four were hospitalised": injured
    rf"killed|dead|died|perished|{_HURT_ALIVE}|{_SUFFERED}|cut\s+by\s+(?:flying\s+|broken\s+)?glass|"
    r"hospitali[sz]ed|in\s+hospital|(?:taken|admitted)\s+to\s+(?:a\s+)?hospital|"
    # "now listed as injured", "are now counted among the injured"
    r"(?:now\s+)?(?:listed|counted)\s+(?:as|among)\s+(?:the\s+)?(?:injured|wounded)",
    NUMBER,
    "n",
    rf"(?:\s+(?:{GAP_WORDS})\b)*{_AGES}{_APPOSITION}(?:\s+(?:{GAP_WORDS})\b)*",
    not_after=r"(?<!aged\s)(?<![Nn]o\s)(?<![Nn]o-)(?<!not\s)",
)
_COUNT_AFTER = figure_after(
    f"{_HARMING}|kills|injures|wounds",  # "Drone kills two", a timeline's present tense
    _NUM,
    "n",
    between=f"(?:{HEDGE})?",
    unless=r"\s*(?:km|kilometres|kilometers|miles|percent|years? ago|in \d)",
)
# a toll "risen to three wounded": the hurt, not the dead
_NOT_HURT = r"(?!\s+(?:people\s+|persons\s+)?(?:wounded|injured|hurt)\b)"
# "the death toll rose to 9", "the number of people killed has gone up to 25", "has risen from 3
# to 4": the latest figure of the dead.
_TOLL = re.compile(
    r"\b(?:(?:death )?toll(?! of (?:the )?(?:injured|wounded|hurt))|"
    r"number of (?:people |those |civilians )?(?:killed|dead))\b[^.;]{0,160}?"
    rf"\b{TOLL_RISE}"
    rf"\s+(?:from\s+{NUMBER}\s+)?(?:(?:to|at)\s+)?(?:at least\s+)?(?P<n>{NUMBER})\b{_NOT_HURT}|"
    # "bringing the toll to 12", "put the dead at five and the wounded at 27"
    rf"\bbring(?:s|ing)?\s+the\s+(?:death\s+)?toll\s+to\s+(?P<n2>{NUMBER})\b|"
    rf"\bthe\s+dead\s+at\s+(?P<n3>{NUMBER})\b",
    re.I,
)
# "and the wounded at 27": the latest count of the injured, given the same way; so is "the
# number of injured has risen to five", "the count of those hurt now stands at 22"
_INJURED_AT = re.compile(
    rf"\b(?:put|puts|putting|gave|gives)\b[^.;]{{0,40}}?\bthe\s+(?:wounded|injured)\s+at\s+"
    rf"(?P<n>{NUMBER})\b|"
    r"\b(?:number|count|toll) of (?:the |people |those |civilians |residents )?(?:injured|wounded|hurt)\b"
    rf"[^.;]{{0,160}}?\b{TOLL_RISE}"
    rf"\s+(?:from\s+{NUMBER}\s+)?(?:(?:to|at)\s+)?(?:at least\s+)?(?P<n2>{NUMBER})\b|"
    # "the toll in X had risen to three wounded"
    rf"\btoll\b[^.;]{{0,160}}?\b{TOLL_RISE}\s+(?:to\s+|at\s+)?(?:at least\s+)?(?P<n3>{NUMBER})\s+"
    r"(?:people\s+|persons\s+)?(?:wounded|injured|hurt)\b|"
    # "the number of dead rose to four and the injured to 19", an update's "INJURED NOW NINE"
    rf"\band\s+the\s+(?:injured|wounded|hurt)\s+to\s+(?:at least\s+)?(?P<n4>{NUMBER})\b|"
    rf"\b(?:injured|wounded)\s+(?:(?:is|are)\s+)?now\s+(?P<n5>{NUMBER})\b",
    re.I,
)
_REVISED_HURT = ("n2", "n3", "n4", "n5")  # (not "n", a first count: "put the wounded at 27")


def revised_toll(text: str) -> bool:
    """Whether the sentence revises a toll ("the death toll rose to 9", "the number of injured
    has risen to five")."""
    hurt = _INJURED_AT.search(text)
    return bool(_TOLL.search(text) or (hurt and any(hurt.group(g) for g in _REVISED_HURT)))


# An earlier figure a revised toll replaces ("five dead, up from three"; not "went up from 3 to 7",
# the toll's own rise): not a figure of its own.
# So is a toll that "had stood at" a figure ("raising an overnight toll that had stood at four"),
# or the one an official "first put" it at.
_REVISED_FROM = re.compile(
    rf",?\s*(?:(?<!went )(?<!gone )(?<!goes )(?:up|down)\s+from\s+(?:the\s+)?|\b(?:toll|figure|count)\s+(?:that|which)\s+had\s+"
    rf"(?:stood\s+at|been)\s+){NUMBER}\b[^.;,]*|"
    # "first put the toll at three killed and a dozen hurt": the first count, raised later
    r"\b(?:first|initially)\s+(?:put|gave|set)\s+the\s+(?:toll|figures?)\s+at\s[^.;]*",
    re.I,
)
# one person: "a 70-year-old man", "one passenger", "a track worker", "an employee of the
# plant", "a man of 70", "its guard" (the hit building's)
_PERSON = (  # (not "not a single person", "not one resident": nobody)
    rf"(?<!not\s)(?:{ONE_OF}|(?:a|an|one|the|its|another|our|my|his|her|their)\s+"
    r"(?:(?:young|elderly|old|local|pregnant|\d+-year-old)\s+)?"
    r"(?:(?:track|railway|rail|plant|shop|bus|taxi|factory|farm|office|utility|[a-z][\w-]*)\s+)?"
    rf"(?:{ONE_PERSON})\b)(?:\s+(?-i:[A-Z][a-z]+)\b)?"
    r"(?:\s+aged\s+\d+|\s+of\s+\d{1,3}\b|,\s*\d{1,3},|\s+of\s+(?:the\s+|an?\s+)?[a-z-]+)?"
)
# One person described: "a 72-year-old man was killed", "a woman aged 68 was injured", "the
# driver, a 38-year-old man, died", "the driver, 64, died".
_ONE_PERSON = re.compile(
    rf"\b{_PERSON}(?:,\s*[^,;.]{{1,80}}?,)?,?\s+(?:(?:was|is|has been|had been)(?:\s+reported)?"
    rf"{_HARMED}|(?:was\s[^.;,]{{1,40}}?\sbut\s+)?(?:(?:had|has|later|also|then)\s+)?"
    r"(?P<died>died|perished|lost\s+(?:his|her)\s+life|was\s+found\s+dead)|"
    # "a man, 66, has shrapnel wounds", "a guard sustained burns", "the girl survived with burns"
    rf"(?P<hurt>{_SUFFERED}|survived\s+with\s+(?:[\w-]+\s+){{0,2}}?(?:injur(?:y|ies)|wounds|burns|cuts|fractures)))\b",
    re.I,
)
# Two people described: "a man aged 49 and a woman aged 54 were injured".
_KIN = (
    r"(?:her|his|their)\s+(?:[\w-]+\s+)?(?:son|daughter|child|baby|husband|wife|mother|father|"
    r"brother|sister|grandson|granddaughter|grandmother|grandfather)"
)
# "A woman is killed, her husband wounded", "... and her son injured": one of kin after a comma
# (or semicolon, or "and"), its verb maybe left out
_KIN_HARMED = words(rf"(?:[,;]|\s+and)\s*{_KIN}(?:\s+(?:was|is|has been))?{_HARMED}")
_TWO_DESCRIBED = words(
    rf"{_PERSON}\s+and\s+(?:{_PERSON}|{_KIN}|(?:{ONE_PERSON})\b)\s+(?:(?:were|have been|had been)"
    rf"{_HARMED}|(?P<died>died|perished))"
)
# A couple is two: "an elderly couple were hurt", "a couple, 64 and 61, were injured", "killing a
# retired couple".
_COUPLE = r"(?:an?|the)\s+(?:(?:married|elderly|young|old|retired)\s+)?couple\b"
# (what they were doing between: "a couple driving home with their daughter were killed")
_DOING = r"(?:\s+[a-z]+ing\b[^,;.]{0,50}?)?"
_COUPLE_HARMED = words(
    rf"{_COUPLE}{_AGES}(?:\s+in\s+their\s+[a-z]+)?{_DOING}\s+(?:(?:were|was|have been|has been|"
    rf"had been){_HARMED}|died|perished)"
)
_HARMING_COUPLE = words(rf"(?P<what>{_HARMING})\s+{_COUPLE}")
# One person after the verb: "killing the driver", "injuring a 60-year-old woman".
_ONE_VICTIM = words(rf"(?P<what>{_HARMING})\s+{_PERSON}")
# Two people described: "killing a woman and her child".
_TWO_PEOPLE = words(
    rf"(?P<what>{_HARMING})\s+(?:a|an|one)\s+\w+\s+and\s+(?:her|his|their|a|an)\s+\w+",
    rf"(?P<what2>{_HARMING})\s+{_PERSON}\s+and\s+(?:{_PERSON}|{_KIN})",
)
_TWO_PEOPLE = cued(_TWO_PEOPLE)  # (tried only on a text holding a word it needs)
# Figures of something else: an earlier attack ("days after an attack that killed 25"), or a
# running total ("since the start of the invasion, 3,200 have been killed").
_EARLIER = re.compile(
    r"\b(?:after|since|following|weeks? before|days? before)\b[^.;]{0,80}?"
    rf"\b(?:attack|strike|shelling|bombing|raid)\b[^.;]{{0,60}}?\b(?:{_HARMING})\b[^.;,]{{0,40}}",
    re.I,
)
# (a clause of its own: "Four died in Kyiv and two in Kharkiv; 120 were injured in total" keeps
# the first clause's figures)
_RUNNING_TOTAL = words(
    "since the (?:start|beginning|outbreak)|in total|so far this year",
    r"since (?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d",
)

# every word a figure pattern here, in unharmed.py or in victims.py needs (most sentences have
# none: they are passed over at once)
_ANY_HARM = re.compile(
    r"kill|dead|die|perish|death|injur|servicemen|soldiers|troops|militants|fighters|wound|hurt|hospital|casualt|victim|toll|nobody|no[ -]one|none|lost|"
    r"concuss|shrapnel|fragment|burns|cut|fractur|lives|life|bod(?:y|ies)|medical|treat|fatal|harm|scathed|suffer|avoided",
    re.I,
)
_ANY_HARM = cued(_ANY_HARM)  # (tried only on a text holding a word it needs)
_COUNT_AND = re.compile(rf"\b{NUMBER}\s+(?:[\w-]+\s+)?and\s+$", re.I)
# Who is among the figure's people, between commas: part of the figure, not one of its own.
# days of a month named before them ("on November 17 and 18 killed four"): no count of people
_MONTH_DAYS = re.compile(
    rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s+and|\s*[-–])\s*\d{{1,2}}\b)*",
    re.I,
)
_AMONG_THEM = re.compile(r",\s*(?:among them|among whom|including)\s+[^,;.]{1,60},", re.I)


def casualty_figures(text: str) -> dict[str, int]:
    """Killed and injured figures in a sentence ("two killed and 11 injured", "injuring 15")."""
    out: dict[str, int] = {}
    if _RUNNING_TOTAL.search(text):
        text = ";".join(c for c in text.split(";") if not _RUNNING_TOTAL.search(c))
    if not _ANY_HARM.search(text):
        return out
    text = _EARLIER.sub(" ", without_ages(dozens_as_digits(text)))
    text = _MONTH_DAYS.sub(" ", _AMONG_THEM.sub(" ", text))  # "Four people, among them a girl"
    text = without_retracted(_REVISED_FROM.sub(" ", text))  # "Correction: we said nine ..."
    out = nobody_harmed(text) or out  # "nobody was hurt", "none of them fatally"
    counted = [
        (m.group("what"), number(m.group("n")))
        for m in (*_COUNT_BEFORE.finditer(text), *_COUNT_AFTER.finditer(text))
    ]
    counted += [
        (m.group("what") or ("injured" if m.group("hurt") else "died"), 1)
        for m in _ONE_PERSON.finditer(text)
        if not _COUNT_AND.search(text, 0, m.start())  # "Three men and a woman died": not one
    ]
    counted += [(m.group("what"), 1) for p in (_ONE_VICTIM, _KIN_HARMED) for m in p.finditer(text)]
    counted += [(m.group("what") or "died", 2) for m in _TWO_DESCRIBED.finditer(text)]
    counted += [(key, n) for key, n in named_victims(text).items()]
    counted += [(key, n) for key, n in listed_victims(text).items()]  # "a man and his son"
    counted += [
        (m.group("what") or "died", 2)
        for p in (_COUPLE_HARMED, _HARMING_COUPLE)
        for m in p.finditer(text)
    ]
    counted += [(m.group("what") or m.group("what2"), 2) for m in _TWO_PEOPLE.finditer(text)]
    for what, n in counted:
        if n is None:
            continue
        key = (
            "killed"
            if what.lower() in ("killed", "dead", "died", "perished", "killing", "kills")
            else "injured"
        )
        out[key] = max(out.get(key, 0), n)
    toll = _TOLL.search(text)
    killed = number(toll.group("n") or toll.group("n2") or toll.group("n3")) if toll else None
    if killed is not None:
        out["killed"] = killed
    hurt = _INJURED_AT.search(text)
    given = [hurt.group(g) for g in ("n", *_REVISED_HURT) if hurt.group(g)] if hurt else []
    injured = number(given[0]) if given else None
    if injured is not None:
        out["injured"] = injured
    return out


def note_shared_counts(placed: list) -> None:
    """ "34 of 42 drones were shot down over the Mykolaiv, Kherson and Dnipropetrovsk regions":
    counts given once for a list of regions are not split; they stay on the first region's
    interception and its note names the regions they cover."""
    for k, d in enumerate(placed):
        if d.event_type != "interception" or (d.launched, d.destroyed) == (None, None):
            continue
        names = [d.place.name]
        for o in placed[k + 1 :]:
            if o.event_type != "interception" or not (o.lists & d.lists):
                break
            if (o.launched, o.destroyed) != (None, None):
                names = []
                break
            names.append(o.place.name)
        if len(set(names)) > 1:
            note = "launched and destroyed are the total given for " + (
                ", ".join(names[:-1]) + " and " + names[-1]
            )
            d.notes = with_note(d.notes, note)


def first_casualty(text: str) -> re.Match | None:
    """The first casualty word in a sentence."""
    return CASUALTY_WORD.search(text)


# "34 of 42 drones", "Of 42 drones launched overnight, 34 were shot down" (the total first, then
# the share), "14 of them", "of which 12": the share destroyed (d) of those launched (l).
_OF = words(rf"(?P<d>{NUMBER})\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<l>{NUMBER})")
_OF_TOTAL = words(
    rf"of\s+(?:the\s+)?(?P<l>{NUMBER})\s+(?:[\w-]+\s+){{0,4}}?[\w-]+,\s*"
    rf"(?P<d>{NUMBER})\s+(?:were|was|have been)"
)
_OF_THEM = words(
    rf"(?P<d>{NUMBER})\s+of\s+(?:them|the\s+(?:drones|missiles|UAVs|rockets))",
    rf"of (?:which|them),?\s+(?P<d2>{NUMBER})",
)
_ALL = re.compile(rf"\ball\s+(?P<n>{NUMBER})\b", re.I)
_LAUNCHED = figure_after(
    "launched|sent|fired", NUMBER, "l", r"(?:\w+\s+){0,3}?", r"\s*(?:km|%|percent)"
)
# the verbs of bringing down in every form: "shot down", "shooting down", "bringing down"
_DOWN_VERBS = (
    r"shot down|shoot(?:s|ing)? down|downed|downing|intercept(?:ed|ing|s)|destroy(?:ed|ing|s)|"
    r"(?:brought|bring(?:s|ing)?) down"
)
_DOWNED = figure_before(  # "Eleven, it says, were over the X region": an aside may follow
    f"over|above|{_DOWN_VERBS}",
    NUMBER,
    "d",
    r"(?:,(?:\s+[\w-]+){1,4},)?(?:\s+(?!\d)[\w-]+){0,5}?(?:\s+(?:were|was))?",
)


_REST = words("the rest|the remaining|the remainder|the others")
_ONE = r"(?:a|an|one)\s+(?:[\w-]+\s+)?(?:drone|UAV|missile|rocket|glide bomb)"
_ONE_DOWNED = words(rf"(?:{_DOWN_VERBS})\s+{_ONE}", rf"{_ONE}\s+was\s+(?:{_DOWN_VERBS})")
_DOWNED_FIRST = figure_after(_DOWN_VERBS, NUMBER, "d", unless=r"\s+(?:of|UTC|GMT)\b", cell=True)
# after the place: "Near X two drones were shot down by the mobile fire group" (weapons named)
_WEAPONS_DOWNED = figure_before(
    _DOWN_VERBS,
    NUMBER,
    "d",
    r"(?:\s+[\w-]+){0,2}?\s+(?:drones|UAVs|missiles|rockets)\s+(?:were|was)",
)


def counts_around(
    clause: str, sentence: str, rest: str, subject_rest: str
) -> tuple[int | None, int | None]:
    """Launched and destroyed for an interception: from its clause and sentence (see
    :func:`interception_counts`), else a tally line's figure after the place (``rest``), else
    what the words after a place that opens the clause say was brought down (``subject_rest``:
    "Kyiv's air defences shot down ten drones")."""
    launched, destroyed = interception_counts(clause, sentence)
    bracket = _TALLY_AFTER.match(rest)
    if bracket and bracket.group("b"):  # "3 shot down — Kyiv region (2)": the region's share
        return launched, int(bracket.group("b"))
    share = None
    if launched is None and destroyed is None:  # "of 17 drones, 14 were shot down" too
        share = _OF.search(subject_rest) or _OF_TOTAL.search(subject_rest)
    if share:  # "Over the X region, 14 of the 19 drones that came in were shot down"
        return number(share.group("l")), number(share.group("d"))
    if launched is None and destroyed is None:
        destroyed = tally_after(rest)
        after = _DOWNED_FIRST.search(subject_rest) if destroyed is None else None
        after = after or (
            _WEAPONS_DOWNED.match(subject_rest.lstrip(" ,")) if destroyed is None else None
        )
        destroyed = number(after.group("d")) if after else destroyed
    return launched, destroyed


def launched_count(sentence: str) -> int | None:
    """How many a sentence says were launched ("Russia sent 56 drones"), or None."""
    fired = _LAUNCHED.search(sentence)
    return number(fired.group("l")) if fired else None


# "▪️ Kyiv region — 164", "- Sumy obl. - 8 UAV;", "Sumy region ..... 41", "Kyiv region (2)",
# "drones: Belgorod region 14, Stavropol Krai 8", "In the Sumy region, 23 drones.", "put the X
# region at 31", "the X region accounted for 21", "over the X oblast 11 attack UAVs": a tally
# item's figure after its place, a weapon after it or not (a bare one of up to three digits).
_TALLY_UNIT = r"(?:\s+(?:attack\s+)?(?:UAVs?|drones?|Shaheds?|missiles?))?"
_TALLY_AFTER = re.compile(
    r"^(?:\s+(?:region|oblast|province|obl\.|territory|krai))?(?:\s*(?::|[—–-]|\.{2,})\s*"
    rf"(?P<n>{NUMBER}){_TALLY_UNIT}|(?:,?|\s+(?:accounted\s+for|at|for))[ \t]+(?P<s>\d{{1,3}})"
    rf"(?![\d.,:]\d){_TALLY_UNIT}|\s*\((?P<b>\d+)\))"
    r"\s*(?:$|[;,.(]|(?:and|were|was)\s|(?<=[a-z]\s)of\s|"  # (not "12 of them"); a row's
    r"(?:shot|brought)\s+down\b|(?:downed|destroyed|intercepted)\b)",  # "31 drones shot down"
    re.I,
)


def tally_after(rest: str) -> int | None:
    """The figure a tally line gives right after its place ("Kyiv region — 164"), or None."""
    m = _TALLY_AFTER.match(rest)
    return number(m.group("n") or m.group("s") or m.group("b")) if m else None


def interception_counts(clause: str, sentence: str) -> tuple[int | None, int | None]:
    """How many were launched and destroyed, from an interception's own clause ("16 over the
    Belgorod region", "34 of 42 drones") or, for the sentence's first place, from the sentence
    ("launched 16 drones ... destroyed 14 of them")."""
    m = _OF.search(clause) or _OF_TOTAL.search(clause)
    if m:
        return number(m.group("l")), number(m.group("d"))
    every = _ALL.search(clause)
    if every:  # "shot down all ten missiles"
        return number(every.group("n")), number(every.group("n"))
    downed = list(_DOWNED.finditer(clause))
    destroyed = number(downed[-1].group("d")) if downed else None
    if destroyed is None and (after := _DOWNED_FIRST.search(clause)):
        destroyed = number(after.group("d"))  # "shot down ten rockets"
    if destroyed is None and _ONE_DOWNED.search(clause):
        destroyed = 1  # "shot down a drone near X"
    if destroyed is None and _REST.search(clause):
        return None, _rest(sentence)  # "destroyed 41, 17 over X, 12 over Y and the rest over Z"
    launched = None
    # "41 drones, 17 of them over X, 12 over Y": Y's own figure, not the sentence's "of them";
    # "downed 61 of the drones, 23 of them over X": X's share, the clause's own "of them"
    own = [*_OF_THEM.finditer(clause)][-1:]
    them = own[0] if own else _OF_THEM.search(sentence)
    if them and (destroyed is None or own):
        destroyed = number(them.group("d") or them.group("d2"))
        fired = _LAUNCHED.search(sentence)
        launched = number(fired.group("l")) if fired else None
    return launched, destroyed


def _rest(sentence: str) -> int | None:
    """What "the rest" of a split tally is: its total less the figures given before."""
    first = _DOWNED_FIRST.search(sentence)
    total = number(first.group("d")) if first else None
    parts = [number(m.group("d")) or 0 for m in _DOWNED.finditer(sentence)]
    rest = total - sum(parts) if total is not None and parts else 0
    return rest if rest > 0 else None
