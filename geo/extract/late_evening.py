"""The words that tell a late evening by its day ("late on Sunday", "late in the evening", "late at
night", "before midnight"): an event told so and one told by the night after it ("overnight") are
one night's (:mod:`one_night`), and what happened "hours later" is the next day
(:mod:`hours_later`). Each adds the clock times and phrases of its own reading."""

from __future__ import annotations

from geo.extract.publication import WEEKDAY_RE

LATE_ON_DAY = (
    rf"late\s+(?:on\s+)?(?:{WEEKDAY_RE})|late\s+(?:in\s+the\s+evening|at\s+night)|before\s+midnight"
)
