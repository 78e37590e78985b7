"""Who a casualty figure counts: the words that may stand between a figure and its verb (the
people, what they do, "were", "of our"), the words that tell one person ("the driver", "a
customer"), and a single person's age, which is no figure ("a man of 63 was injured" is one
person hurt, not 63)."""

from __future__ import annotations

import re

from geo.extract.numbers import SPOKEN_1_TO_99

# people a figure may count, in the plural: what a word before them may describe ("two repair
# crew members", "four emergency workers")
_PEOPLE = (
    r"people|persons|civilians|residents|workers|staff|employees|members|crews?|volunteers|"
    r"rescuers|firefighters|medics|paramedics|officers|soldiers|servicemen|passengers|children"
)
# a describing word, not one that joins clauses ("houses and people were hurt": the houses are
# no people)
_MODIFIER = (
    r"(?!(?:and|or|but|with|as|in|on|at|to|from|by|for|after|when|while|where|that|which)\b)"
    r"[a-z][\w-]*"
)
GAP_WORDS = (
    r"people|person|civilians|soldiers|servicemen|residents|persons|children|men|women|others|more|workers|"
    r"passengers|police|officers|pensioners|employees|teenagers|volunteers|medics|rescuers|guards|"
    r"farmers|journalists|firefighters|miners|drivers|doctors|nurses|paramedics|patients|students|"
    # what the people work at: "two port workers", "three railway staff"
    r"port|railway|rail|farm|factory|plant|utility|energy|power|construction|road|aid|"
    r"teachers|sailors|crew|members|fighters|troops|prisoners|evacuees|refugees|colleagues|staff|"
    r"civilian|resident|passenger|soldier|serviceman|worker|employee|our|its|their|"
    r"man|woman|child|boy|girl|"  # a list's "shelling, one man injured"
    r"were|was|have|has|had|been|are|reportedly|also|later|now|since|critically|"
    r"seriously|slightly|lightly|severely|other|of|them|at|least|one|a|the|same|family|household|"
    # what the people belong to, before their verb: "two employees of the night shift were hurt"
    r"of\s+(?:the|an?|their|its)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*"
    r"(?=\s+(?:were|was|are|have|had|got|suffered|sustained|received)\b)|"
    # any word describing the people a word or two on: "line maintenance staff"
    rf"{_MODIFIER}(?=(?:\s+{_MODIFIER})?\s+(?:{_PEOPLE})\b)"
)

# one person by who they are: "a man", "the driver", "a customer", "her husband"
ONE_PERSON = (
    r"man|woman|boy|girl|child|person|worker|driver|passenger|officer|mechanic|"
    r"resident|civilian|soldier|firefighter|rescuer|policeman|employee|pensioner|teenager|"
    r"volunteer|medic|paramedic|farmer|guard|passer-by|journalist|operator|doctor|nurse|teacher|"
    # "her colleague Andrii", "his neighbour", "one crew member", "one sailor"
    r"colleague|neighbou?r|cousin|friend|member|sailor|seaman|cashier|pharmacist|cameraman|"
    # who was in the street, the shop or at work: "a customer", "a pedestrian", "a lineman"
    r"customer|shopper|vendor|saleswoman|salesman|watchman|lineman|electrician|miner|pedestrian|"
    r"cyclist|motorist|courier|fisherman|priest|"
    # one of kin told in a sentence of its own: "Her husband was injured", "His wife, 58, died"
    r"husband|wife|son|daughter|mother|father|brother|sister|grand(?:son|daughter|mother|father)|baby"
)
# one person told as one of a group: "one of our security guards", "one of the firm's volunteers",
# "one employee on the night shift"
ONE_OF = (
    rf"one\s+of\s+(?:our|the|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:(?:{ONE_PERSON})s|men|"
    r"women|children)\b|one\s+(?:worker|employee|guard|miner)\s+on\s+(?:the\s+)?(?:night|day)\s+shift\b"
)
# "a man of 63", "a woman aged 81": one person and an age; said in words, as transcripts
# write it ("a man of sixty", "a girl of nine", "a woman of seventy-two")
_AGE = re.compile(
    r"\b(?P<who>man|woman|boy|girl|child|pensioner|teenager|resident|driver|passenger)"
    r"\s+(?:of|aged)\s+(?:about\s+|around\s+|some\s+)?(?:\d{1,3}|" + SPOKEN_1_TO_99 + r")\b"
    r"(?!\s*(?:people|persons|others|%|percent)|\s+of\b)",  # (not "the driver of one of the cars")
    re.I,
)


# a log's terse victim: "A man, 58, injured", "WOMAN 80 KILLED", "pensioner, 66, hurt" (read as
# "a man was injured": one person, no count of 58)
_TERSE_AGE = re.compile(
    r"\b(?P<art>(?:an?|one|the)\s+)?(?P<who>man|woman|boy|girl|pensioner|resident|driver|passenger)"
    r"(?:\s*,\s*|\s+)(?:[1-9]\d?|1[01]\d)(?:\s*,\s*|\s+)(?=(?:killed|injured|wounded|hurt)\b)",
    re.I,
)
# "a woman born in 1957", "a man (b. 1980)": a year of birth
_BIRTH_YEAR = re.compile(
    r"\(?\b(?:born(?:\s+in)?|b\.)\s+(?:19|20)\d\d(?:\s*(?:,|and|,\s*and)\s*(?:19|20)\d\d)*\b\)?",
    re.I,
)

# the age of a victim named among the figure's people: "five were hurt, among them Mrs Halyna, 68,
# who ...", "including the sexton Mykola, 66." (his age, not a count)
_NAMED_AGE = re.compile(
    r"(\b(?:among them|among whom|including)\s+[^,;.]{1,60}),\s*\d{1,3}(?=,\s*(?:who|and)\b|\s*[.;]|$)",
    re.I,
)


def without_ages(text: str) -> str:
    """The sentence with the ages and years of birth of single persons taken out ("a man of 63
    was injured" -> "a man was injured", "a woman born in 1957 was killed" -> "a woman was
    killed", "among them Ivan, 70," -> "among them Ivan,"), so that no age nor year is read as a
    count."""
    text = _TERSE_AGE.sub(lambda m: f"{m.group('art') or 'one '}{m.group('who')} was ", text)
    text = _NAMED_AGE.sub(r"\1", text)
    return _BIRTH_YEAR.sub("", _AGE.sub(lambda m: m.group("who"), text))
