"""A day told after an event, in a sentence with no place of its own: whether it is that
event's day. A sentence after an event may tell more of it, and its day dates it ("A drone hit
a school in Sumy. The attack came on Saturday night."); but not the day of a plan or of what is
still to come ("a visit planned for Wednesday": a weekday of the days ahead, read back into the
week before), nor a list's lead-in's ("Strikes of 8 March:" opens the list under it, not the last
item of the list before), nor that of a sentence in another paragraph that opens with a day of
its own and tells its own deed ("On the evening of 8 June, a patrol ship destroyed three boats
..."): a new item, not more of the event told before it; nor a day in a clause of its own with no
event in it ("Artillery hit the town centre; families were told to leave last week")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.dates import date_in
from geo.extract.publication import MONTH_RE, WEEKDAY_RE, Publication
from geo.extract.wording import words

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts
    from geo.extract.sentences import Sentence

# what is planned or still to come: "planned for Wednesday", "scheduled for Friday", "due on
# Monday", "set for 3 March", "would visit ... on Thursday", "will meet on Friday"
_PLAN = words(
    r"(?:planned|scheduled|set|slated|due|expected)\s+(?:for|on|to\s+\w+)",
    r"(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\s+(?:\w+\s+){0,6}?"
    rf"(?:on|next)\s+(?:{WEEKDAY_RE})",
    r"(?:put\s+off|postponed|called\s+off|cancell?ed)\s+(?:\w+\s+){0,8}?(?:for|on)\s+",
)

# a sentence opening with its own day: "On Sunday, ...", "On the evening of 8 June, ...",
# "Late on 16 February ...", "On 3 March ..."
_OPENS_WITH_DAY = re.compile(
    r"\W*(?:early|late|later)?\s*on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:(?:{WEEKDAY_RE})\b|\d{{1,2}}\s+(?:{MONTH_RE})\b|(?:{MONTH_RE})\s+\d{{1,2}}\b)",
    re.I,
)


def dates_the_event_before(last: Draft, facts: Facts, s: Sentence | None) -> bool:
    """Whether the day of sentence ``s`` (``facts``), told after event ``last`` and continuing
    it, is that event's day: not a plan's, a list lead-in's, or another paragraph's own item's."""
    text = facts.text.rstrip()
    if _PLAN.search(text) or text.endswith(":") or _day_of_another_clause(facts):
        return False
    other_paragraph = s is not None and s.paragraph != last.sentence.paragraph
    return not (other_paragraph and facts.triggers and _OPENS_WITH_DAY.match(text))


def _day_of_another_clause(facts: Facts) -> bool:
    """Whether the sentence's day lies only in a clause (between semicolons) that tells no event
    while another clause does: "Artillery hit the town centre; families were told to leave last
    week", "The blast destroyed two sheds; their roofs had been mended on 3 February"."""
    text, when = facts.text, facts.when
    if ";" not in text or not facts.triggers or when is None:
        return False
    bounds, at = [], 0
    for part in text.split(";"):
        bounds.append((at, at + len(part)))
        at += len(part) + 1
    told = {k for k, (a, b) in enumerate(bounds) for _, m in facts.triggers if a <= m.start() < b}
    pub = Publication(when.day)
    return bool(told) and all(
        date_in(text[a:b], pub) is None for a, b in map(bounds.__getitem__, told)
    )
