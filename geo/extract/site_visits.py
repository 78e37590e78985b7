"""A visit to a place hit before it: "the prime minister visited X, hit by a missile the day
before", "the president visited the site in Y where a missile hit a block", "UN staff who
visited the hospital in Z saw that a shell had destroyed its roof": the strike there, not a
meeting (the visit is how the writer came to it); a visit with no hit told after the place
("visited Kyiv and met the president") stays a meeting."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger

_VISIT = re.compile(r"(?i)visit(?:ed|s|ing)?")
# between the place and the hit: a relative or a participle of the place ("X, hit by ...",
# "where a missile hit", "that was struck"), the time after a hit ("a day after", "since"), or
# what the visitors saw ("saw that a shell had ...")
_TOLD_OF_IT = re.compile(
    r"[^.;:]{0,80}?(?:,\s*(?:which\s+was\s+|that\s+was\s+|(?:[\w-]+\s+){0,2})?$|"
    r"\b(?:where|that|which|after|since|saw|see|found|observed|inspected)\b[^.;:]{0,60}$)",
    re.I,
)


def visit_to_hit(triggers: list[Trigger], word: Trigger, offset: int) -> bool:
    """Whether the place's event word is a visit and the first event word after the place is a
    hit told of it ("visited X, hit by a missile the day before")."""
    kind, m = word
    if kind != "meeting" or not _VISIT.fullmatch(m.group()):
        return False
    after = next(((t, w) for t, w in triggers if w.start() >= offset), None)
    return (
        after is not None
        and after[0] == "strike"
        and _TOLD_OF_IT.fullmatch(m.string, offset, after[1].start()) is not None
    )
