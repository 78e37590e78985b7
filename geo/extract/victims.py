"""Victims counted in words the figure patterns of casualties.py do not read: a count whose
people are named by any word ("three dockers were hurt", "two medics from the evacuation team
were wounded", "two of my men were lightly wounded", "four people were treated for cuts"), the
dead pulled from the rubble or their bodies recovered ("recovered 31 bodies"; not the bodies of
soldiers handed over in an exchange), the lives an attack "claimed" or "took", a family of N, and a hospital telling whom it took in ("our emergency
department received three men with shrapnel wounds"), doctors treating them ("doctors are
treating eight people"), one person an attack left harmed ("leaving the driver wounded"), or
the soldiers a side says it "destroyed" ("up to 40 servicemen ... were destroyed")."""

from __future__ import annotations

import re

from geo.extract.numbers import NUMBER, number
from geo.extract.pattern_cues import cued

# whose people: "of my men", "from the signals platoon", "of the night shift"
_OWNER = r"(?:the|an?|my|our|his|her|their|its)"
_WHO = (
    rf"(?:of\s+{_OWNER}\s+)?(?:(?:more|other|further)\s+)?[a-z][\w-]*(?:\s+(?:from|of)\s+{_OWNER}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?"
    # who they are between commas: "Nine people, two of them teenagers, were ..."
    r"(?:,\s*[^,;.]{1,40},|\s*[–—]\s*[^–—;.]{1,40}?\s*[–—])?"
)
# "were reported wounded", "are known to have been killed", "got hurt", "were left injured";
# a later toll's "are now being treated for injuries", "are now known to be injured"
_PASSIVE = (
    r"(?:(?:were|are|was|is|ha(?:ve|s|d)\s+been)\s+(?:now\s+|still\s+)?(?:being\s+)?"
    r"(?:(?:reported|known|said|believed|feared)\s+(?:to\s+(?:have\s+been|be)\s+)?)?|got\s+)"
    r"(?:left\s+)?(?:\w+ly\s+)?"
)
_HURT = (
    r"(?P<hurt>injured|wounded|hurt|concussed|hospitali[sz]ed|treated\s+(?:for|in)\b|"
    r"(?:taken|rushed|brought|admitted)\s+to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?hospital)"
)
_DEAD = r"(?P<dead>killed|(?:pulled|found|recovered|brought\s+out|confirmed|pronounced)\s+dead)"
# "three people lost their lives", "a guard lost his life"
_LIVES = r"(?:ha(?:ve|s|d)\s+)?lost\s+(?:their|his|her)\s+lives?"
# "three people sought medical help", "two needed medical assistance": injured
_AID = (
    r"(?:ha(?:ve|s|d)\s+)?(?:sought|seek|needed|need|received|required|asked\s+for|turned\s+for)\s+"
    r"(?:urgent\s+)?medical\s+(?:help|aid|assistance|attention|care)"
)
_NAMED_COUNT = re.compile(
    rf"(?<![Nn]o\s)(?<!not\s)\b(?P<n>{NUMBER})\s+(?:{_WHO}\s+)?(?:{_PASSIVE}(?:{_HURT}|{_DEAD})|(?P<lives>{_LIVES})|{_AID})\b",
    re.I,
)
_NAMED_COUNT = cued(_NAMED_COUNT)  # (tried only on a text holding a word it needs)
_FOUND = r"(?:recovered|retrieved|found|pulled(?:\s+out)?|removed|dug\s+out)"
_BODIES = re.compile(
    rf"\b{_FOUND}\s+(?:the\s+)?(?:bodies\s+of\s+)?(?P<n>{NUMBER})\s+(?!(?:more|injured|wounded|hurt)\b)(?:[\w-]+\s+)?(?:bodies|people|"
    rf"victims)\b|\bbodies\s+of\s+(?P<n2>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_PASSIVE}{_FOUND}\b|"
    # one body: "found the body of a woman", "the body of a man was recovered"
    rf"(?P<one>\b{_FOUND}\s+the\s+body\s+of\s+(?:an?|one)\b|\bthe\s+body\s+of\s+(?:an?|one)\s+"
    rf"(?:[\w-]+\s+){{1,2}}?{_PASSIVE}{_FOUND}\b)",
    re.I,
)
# a hospital's own words: "admitted five men with shrapnel wounds", "we took in two children
# from Nikopol, aged 8 and 12, wounded when shells hit their street"
_TAKEN_IN = re.compile(
    rf"\b(?:admitted|received|took\s+in|taken\s+in|brought\s+in|treat(?:ed|ing))\s+(?P<n>{NUMBER})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:with|for)\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns|fractures|cuts)\b|"
    r"(?:from\s+(?-i:[A-Z])[\w-]*,?\s+)?(?:aged\s+[^;.]{1,20}?,\s*)?(?:wounded|injured|hurt)\b)",
    re.I,
)

# those in care, counted by who cares for them: "doctors are treating eight people", "the
# regional hospital is treating five residents" (not a clinic's patients, nor "the wounded")
_IN_CARE = re.compile(
    r"\b(?:doctors|medics|paramedics|surgeons|hospitals?|(?:the\s+)?[\w-]+\s+hospital)\s+"
    rf"(?:are|were|is|was|have\s+been|has\s+been)\s+(?:still\s+)?treating\s+(?P<n>{NUMBER})\s+"
    r"(?:[\w-]+\s+)?(?:people|persons|residents|civilians|children|men|women|soldiers|workers|"
    r"passengers|victims)\b",
    re.I,
)

# a post's labels: "Killed: 2, injured: 7", "Wounded – 4"
_LABELLED = re.compile(
    rf"\b(?P<what>killed|dead|injured|wounded|hurt)\s*(?::|\s[–—-])\s*(?P<n>{NUMBER})\b(?!\s*(?:%|percent))",
    re.I,
)

# "the shelling claimed the lives of two people", "took the lives of three residents"
_TOOK_LIVES = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|t(?:ook|aken|akes?|aking)|cost(?:s|ing)?)\s+the\s+lives\s+of\s+"
    rf"(?:at\s+least\s+|some\s+)?(?P<n>{NUMBER})\b",
    re.I,
)

# "a family of four was killed", "a family of five, three of them children, died"
_FAMILY = re.compile(
    rf"\bfamily\s+of\s+(?P<n>{NUMBER})\b(?:,[^,;.]{{1,40}},)?\s+(?:{_PASSIVE})?"
    r"(?:(?P<dead>killed|died|perished)|injured|wounded|hurt)\b",
    re.I,
)

# one person an attack left harmed: "leaving the driver wounded", "left a woman of 71 dead"
_LEFT_ONE = re.compile(
    r"\b(?:left|leaving)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|driver|boy|girl|"
    r"child|resident|pensioner|passenger|worker|guard|soldier)(?:\s+(?:of|aged)\s+\d{1,3})?\s+"
    r"(?P<what>dead|wounded|injured|hurt)\b",
    re.I,
)

# soldiers a side says it "destroyed" ("Up to 40 servicemen and 5 units of military equipment
# were destroyed", "up to 30 Ukrainian servicemen were destroyed there"): the dead it claims
_SOLDIERS_DESTROYED = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:Ukrainian\s+|Russian\s+|enemy\s+|AFU\s+)?(?:servicemen|soldiers|troops|"
    r"militants|fighters)\b(?:,[^.;]{0,80}?|\s+and\s+[^.;,]{0,60}?)?\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:destroyed|eliminated)\b",
    re.I,
)
# the verb first: "destroying up to 170 servicemen, a tank and four pick-ups", "destroying, by
# the ministry's account, up to 45 soldiers" (not "losses amounted to up to 210 servicemen": a
# claim of losses, dead and hurt together)
_DESTROYING_SOLDIERS = re.compile(
    r"\b(?:destroying|eliminating)\b(?:,[^.;,]{1,50},)?\s+"
    rf"(?:up\s+to\s+)?(?P<n>{NUMBER})\s+(?:Ukrainian\s+|Russian\s+|enemy\s+|AFU\s+)?"
    r"(?:servicemen|soldiers|troops|militants|fighters)\b",
    re.I,
)


def named_victims(text: str) -> dict[str, int]:
    """The killed and injured these wordings count in a sentence (the largest of each)."""
    out: dict[str, int] = {}
    found = [
        ("killed" if m.group("dead") or m.group("lives") else "injured", m.group("n"))
        for m in _NAMED_COUNT.finditer(text)
    ]
    found += [("killed", m.group("n") or m.group("n2") or "one") for m in _BODIES.finditer(text)]
    found += [(m.group("what"), m.group("n")) for m in _LABELLED.finditer(text)]
    found += [("injured", m.group("n")) for p in (_TAKEN_IN, _IN_CARE) for m in p.finditer(text)]
    found += [("killed", m.group("n")) for m in _TOOK_LIVES.finditer(text)]
    found += [
        ("killed" if m.group("dead") else "injured", m.group("n")) for m in _FAMILY.finditer(text)
    ]
    found += [(m.group("what"), "one") for m in _LEFT_ONE.finditer(text)]
    found += [
        ("killed", m.group("n"))
        for p in (_SOLDIERS_DESTROYED, _DESTROYING_SOLDIERS)
        for m in p.finditer(text)
    ]
    for what, word in found:
        key = "killed" if what.lower() in ("killed", "dead") else "injured"
        n = number(word)
        if n is not None:
            out[key] = max(out.get(key, 0), n)
    return out


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_SOLDIERS_DESTROYED, _BODIES, _TOOK_LIVES, _IN_CARE, _TAKEN_IN = (
    cued(_SOLDIERS_DESTROYED),
    cued(_BODIES),
    cued(_TOOK_LIVES),
    cued(_IN_CARE),
    cued(_TAKEN_IN),
)
