"""Where the wounded were taken: a hospital's town is no event's place.

"taken to hospital in Belgorod", "rushed to a clinic in Kharkiv", "is being treated in Dnipro"
name the town after the hospital; "taken to the Belgorod city hospital", "brought to the Kharkiv
regional clinical hospital", "admitted to Dnipro's Mechnikov hospital" name it before, as the
hospital's own name. Either way the town is where the wounded lie, not where they were wounded
("a drone hit a car in Grayvoron district; the driver was taken to the Belgorod city hospital").
The same holds for the wounded brought to a bare town ("wounded and taken to Okhtyrka"), lying
in hospital there ("both are now in the hospital in Kherson", "all three are in Belgorod
hospital") or dying on the way ("died on the way to the Kursk regional hospital").
A hospital named after its town and hit is still an event there ("a missile struck the Kherson
regional hospital"): only the words of bringing or lying make the town a hospital's."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued
from geo.extract.wording import just_before

_BROUGHT = (
    r"(?:taken|rushed|brought|evacuated|transferred|airlifted|admitted|delivered|hospitali[sz]ed)"
)
_HOSPITAL = r"(?:hospitals?|clinics?|infirmary|medical\s+(?:facilit(?:y|ies)|cent(?:re|er)s?))"
# the wounded lying somewhere: "both are now in", "he remains in"
_LYING = r"(?:is|are|was|were|remains?|lies|lie|stays?)\s+(?:now\s+|still\s+)?in"
# "taken to hospital in Belgorod", "rushed to a clinic in Kharkiv", "is being treated in Dnipro",
# "is now in the hospital in Kherson", "wounded and taken to Okhtyrka"
_HOSPITAL_BEFORE = just_before(
    rf"(?:{_BROUGHT}\s+(?:to|in|at)|{_LYING})\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_HOSPITAL}\s+"
    # ("is being treated for burns in Sloviansk")
    rf"(?:in|at)|(?:treated|recovering)\s+(?:for\s+(?:[\w-]+\s+){{1,2}}?)?in|{_BROUGHT}\s+to",
    gap=r"(?:the\s+)?(?:city\s+of\s+)?",
)
# "taken to the Belgorod city hospital", "admitted to Dnipro's Mechnikov hospital", "on the way
# to the Kursk regional hospital", "are in Belgorod hospital": the town opens the hospital's name
_BROUGHT_TO = re.compile(
    rf"\b(?:{_BROUGHT}\s+(?:in)?to|(?:on\s+the\s+way|en\s+route)\s+to|{_LYING})"
    r"\s+(?:the\s+|an?\s+)?$",
    re.I,
)
_HOSPITAL_NAMED = re.compile(
    rf"^(?:['’]s)?(?:[\s-]+(?!(?:and|or|where|after|before)\b)[\w'’.-]+){{0,3}}?\s+{_HOSPITAL}\b",
    re.I,
)


def hospital_town(before: str, after: str) -> bool:
    """Whether the place between ``before`` and ``after`` (its sentence's words on either side)
    is the town of the hospital the wounded were taken to (see the module's docstring)."""
    return bool(
        _HOSPITAL_BEFORE.search(before)
        or (_BROUGHT_TO.search(before) and _HOSPITAL_NAMED.match(after))
    )


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_HOSPITAL_BEFORE = cued(_HOSPITAL_BEFORE)
