"""Figures: killed and injured, in words or digits (an interception's launched and destroyed
counts are `interception_figures.py`'s)."""

from __future__ import annotations

import re

from geo.extract.corrected_figures import without_retracted
from geo.extract.draft import with_note
from geo.extract.later_deaths import without_later_deaths
from geo.extract.listed_victims import listed_victims
from geo.extract.numbers import ANY_NUMBER as _NUM
from geo.extract.numbers import HEDGE, NUMBER, dozens_as_digits, number
from geo.extract.pattern_cues import cued
from geo.extract.people import GAP_WORDS, ONE_OF, ONE_PERSON, without_ages
from geo.extract.publication import MONTH_RE
from geo.extract.report_memo import per_report
from geo.extract.subject_victims import subject_counts
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
# a later total told as what a death brings the toll to: "bringing", "raising", "pushing",
# "taking" it, and what the toll is of ("from the attack", "in the city") before the figure
_RAISING = (
    r"(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing|e)|push(?:es|ed|ing)?|tak(?:es|ing|e)|took)"
)
_OF_WHAT = r"(?:\s+(?:from|of|in|for)\s+[^.;\d]{1,50}?)?"
# a toll "risen to three wounded": the hurt, not the dead
_NOT_HURT = r"(?!\s+(?:people\s+|persons\s+)?(?:wounded|injured|hurt)\b)"
# "the death toll rose to 9", "the number of people killed has gone up to 25", "has risen from 3
# to 4": the latest figure of the dead.
_TOLL = re.compile(
    r"\b(?:(?:death )?toll(?! of (?:the )?(?:injured|wounded|hurt))|"
    r"number of (?:people |those |civilians )?(?:killed|dead))\b[^.;]{0,160}?"
    rf"\b{TOLL_RISE}"
    rf"\s+(?:from\s+{NUMBER}\s+)?(?:(?:to|at)\s+)?(?:at least\s+)?(?P<n>{NUMBER})\b{_NOT_HURT}|"
    # "bringing the toll to 12", "bringing the death toll from the attack to five", "raising
    # the number of dead in X to 7", "put the dead at five and the wounded at 27"
    rf"\b{_RAISING}\s+the\s+(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|"
    rf"killed|people\s+killed))(?!\s+of\s+(?:the\s+)?(?:injured|wounded|hurt)){_OF_WHAT}\s+to\s+"
    rf"(?:at\s+least\s+)?(?P<n2>{NUMBER})\b{_NOT_HURT}|"
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
    rf"\band\s+the\s+(?:number\s+of\s+)?(?:injured|wounded|hurt)\s+to\s+(?:at least\s+)?(?P<n4>{NUMBER})\b|"
    rf"\b(?:injured|wounded)\s+(?:(?:is|are)\s+)?now\s+(?P<n5>{NUMBER})\b|"
    # "raising the number of wounded to 40"
    rf"\b{_RAISING}\s+the\s+(?:number|count|toll)\s+of\s+(?:the\s+|people\s+)?(?:injured|"
    rf"wounded|hurt){_OF_WHAT}\s+to\s+(?:at\s+least\s+)?(?P<n6>{NUMBER})\b",
    re.I,
)
_REVISED_HURT = ("n2", "n3", "n4", "n5", "n6")  # (not "n", a first count: "put the wounded at 27")


# an update that says it replaces a toll, whatever its figures' words: "Hanzha has revised the
# Dnipro toll: two dead now", "Updated toll from the capital", "now puts it at four dead", "This
# replaces the figures in our 07:20 entry"
_REVISING = words(
    r"revised\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:toll|figures?)",
    r"updated\s+(?:death\s+)?(?:toll|figures?)",
    r"now\s+puts?\s+(?:it|the\s+(?:death\s+)?toll)\s+at",
    r"replaces?\s+the\s+(?:earlier\s+|first\s+)?figures?",
)


def revised_toll(text: str) -> bool:
    """Whether the sentence revises a toll ("the death toll rose to 9", "the number of injured
    has risen to five", "Updated toll: ...")."""
    hurt = _INJURED_AT.search(text)
    return bool(
        _TOLL.search(text)
        or (hurt and any(hurt.group(g) for g in _REVISED_HURT))
        or _REVISING.search(text)
    )


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
    # (a war's years: not "where she had lived since 1979")
    r"since (?:\d{1,2}\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?20[1-3]\d",
    # a month's count from its first day: "Since the first of May, 23 residents have been
    # killed", "since 1 June" (not "the deadliest strike since March": this one's own figure)
    rf"since (?:the )?(?:first|1st|1) (?:of )?(?:{MONTH_RE})|since (?:{MONTH_RE}) (?:1|1st|first)",
)


def running_total(text: str) -> bool:
    """Whether ``text`` counts from the war's start or a year or a month's first day ("since
    24 February 2022", "since the start of the invasion", "so far this year")."""
    return bool(_RUNNING_TOTAL.search(text))


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
    rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:(?:\s+and|\s*[-–])\s*\d{{1,2}}\b)*",
    re.I,
)
# a year or a clock after its preposition is no count of the people after it ("In 2023
# employees of the plant were injured", "At 5 pm workers were hurt", "at 05:10"; review37):
# blanked before any reader counts (not "put the toll at 12"); a year only after in, since,
# during, until: "About 2000 people were killed", "Around 1950 civilians were injured" are counts
# (review38)
_WHEN_NO_COUNT = re.compile(
    r"\b(?:(?:in|since|during|until)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b(?![,.]\d)"
    r"(?:\s*(?:,|and|or|-|–)\s*(?:19|20)\d\d\b(?![,.]\d))*|"
    r"at\s+\d{1,2}(?::\d\d(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?))",
    re.I,
)
_BROUGHT_IN = re.compile(r"(?:an?|one|another)\s", re.I)  # a person new to the sentence
_AMONG_THEM = re.compile(r",\s*(?:among them|among whom|including)\s+[^,;.]{1,60},", re.I)


def _one_person_each(text: str) -> list[tuple[str, int]]:
    """One person harmed, each: persons brought in one by one ("a woman", "a man of 60", "another
    resident") in clauses of their own add up ("A woman was wounded in the leg, and a man of 60
    received a concussion": two hurt); one told again ("the woman") is still one."""
    found: list[tuple[str, int]] = []
    new = {"killed": 0, "injured": 0}
    for m in _ONE_PERSON.finditer(text):
        if _COUNT_AND.search(text, 0, m.start()):  # "Three men and a woman died": not one
            continue
        what = m.group("what") or ("injured" if m.group("hurt") else "died")
        found.append((what, 1))
        if _BROUGHT_IN.match(m.group()):
            new["killed" if what.lower() in ("killed", "died", "perished") else "injured"] += 1
    return found + [(key, n) for key, n in new.items() if n > 1]


def casualty_figures(text: str) -> dict[str, int]:
    """Killed and injured figures in a sentence ("two killed and 11 injured", "injuring 15")."""
    return dict(_figures(text))  # (a copy: the kept answer is not the caller's to change)


@per_report
def _figures(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    if _RUNNING_TOTAL.search(text):
        text = ";".join(c for c in text.split(";") if not _RUNNING_TOTAL.search(c))
    if not _ANY_HARM.search(text):
        return out
    text = _WHEN_NO_COUNT.sub(" ", text)  # "In 2023 employees ...", "At 5 pm workers ..."
    text = _EARLIER.sub(" ", without_ages(dozens_as_digits(text)))
    text = _MONTH_DAYS.sub(" ", _AMONG_THEM.sub(" ", text))  # "Four people, among them a girl"
    text = without_retracted(_REVISED_FROM.sub(" ", text))  # "Correction: we said nine ..."
    text = without_later_deaths(text)  # "one of the five wounded ... died": moved, not told
    out = nobody_harmed(text) or out  # "nobody was hurt", "none of them fatally"
    counted = [
        (m.group("what"), number(m.group("n")))
        for m in (*_COUNT_BEFORE.finditer(text), *_COUNT_AFTER.finditer(text))
    ]
    counted += _one_person_each(text)
    counted += [(m.group("what"), 1) for p in (_ONE_VICTIM, _KIN_HARMED) for m in p.finditer(text)]
    counted += [(m.group("what") or "died", 2) for m in _TWO_DESCRIBED.finditer(text)]
    counted += [(key, n) for key, n in named_victims(text).items()]
    counted += [(key, n) for key, n in listed_victims(text).items()]  # "a man and his son"
    counted += [(key, n) for key, n in subject_counts(text).items()]  # "two nurses ... are hurt"
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


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_RUNNING_TOTAL, _COUNT_BEFORE, _TOLL, _TWO_DESCRIBED, _HARMING_COUPLE, _ONE_PERSON = (
    cued(_RUNNING_TOTAL),
    cued(_COUNT_BEFORE),
    cued(_TOLL),
    cued(_TWO_DESCRIBED),
    cued(_HARMING_COUPLE),
    cued(_ONE_PERSON),
)
