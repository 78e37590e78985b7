"""GeoNames' marks of soft signs in Russian, Ukrainian and Belarusian names ("Rossosh’",
"Sevastopol'", "Kon’kove"), which the national romanisations and the reports leave out: names
are shown without them (:mod:`geo.event_names`) and an event's place is stored without them
(:func:`geo.records.validate`), so that exports and the History page say "Rossosh"."""

from __future__ import annotations

import re

# Countries whose GeoNames names mark the soft sign (and the Ukrainian apostrophe) with ’ or '.
SOFT_SIGNED = frozenset({"RU", "UA", "BY"})
SOFT_SIGN = re.compile(r"(?<=[^\W\d_])[’ʹʼ'](?=[^\W\d_]|\s|-|$)")


def without_soft_signs(name: str) -> str:
    """``name`` without the marks of soft signs between or after letters ("Rossosh’")."""
    return SOFT_SIGN.sub("", name)
