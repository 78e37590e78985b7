"""The day of a death told with the day of the wounds that caused it: "died on Thursday of wounds
from shell fragments he received at his gate on Tuesday", "died in hospital on 7 March of the
injuries he received on 3 March in X". The event is the wounding: its day is the one told after
the wounds, so the day of the death is passed over when such a day follows ("died on Thursday
of his wounds" keeps Thursday)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.pattern_cues import cued

# the death and its day up to the wounds it came of
_DIED_OF = re.compile(
    r"\b(?:died|passed\s+away|succumbed)\b[^.;]{0,40}?"
    r"(?=\s(?:of|from|to)\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:wounds|injuries|burns)\b)",
    re.I,
)


def wounding_day_first(sentence: str, days: Sequence[re.Pattern[str]]) -> str:
    """The sentence with the death's words and day blanked when one of ``days`` (patterns of a
    day) follows the wounds it came of; else the sentence as it is."""
    m = _DIED_OF.search(sentence)
    if m is None or not any(p.search(sentence, m.end()) for p in days):
        return sentence
    return sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_DIED_OF = cued(_DIED_OF)
