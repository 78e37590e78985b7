"""Where the wounded were taken: a hospital's town is no event's place.

"taken to hospital in Belgorod", "rushed to a clinic in Kharkiv", "is being treated in Dnipro"
name the town after the hospital; "taken to the Belgorod city hospital", "brought to the Kharkiv
regional clinical hospital", "admitted to Dnipro's Mechnikov hospital" name it before, as the
hospital's own name. Either way the town is where the wounded lie, not where they were wounded
("a drone hit a car in Grayvoron district; the driver was taken to the Belgorod city hospital").
A hospital named after its town and hit is still an event there ("a missile struck the Kherson
regional hospital"): only the words of bringing the wounded make the town a hospital's."""

from __future__ import annotations

import re

from geo.extract.wording import just_before

_BROUGHT = (
    r"(?:taken|rushed|brought|evacuated|transferred|airlifted|admitted|delivered|hospitali[sz]ed)"
)
_HOSPITAL = r"(?:hospitals?|clinics?|infirmary|medical\s+(?:facilit(?:y|ies)|cent(?:re|er)s?))"
# "taken to hospital in Belgorod", "rushed to a clinic in Kharkiv", "is being treated in Dnipro"
_HOSPITAL_BEFORE = just_before(
    rf"{_BROUGHT}\s+(?:to|in|at)\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_HOSPITAL}\s+"
    r"(?:in|at)|(?:treated|recovering)\s+in",
    gap=r"(?:the\s+)?(?:city\s+of\s+)?",
)
# "taken to the Belgorod city hospital", "admitted to Dnipro's Mechnikov hospital": the town
# opens the hospital's name
_BROUGHT_TO = re.compile(rf"\b{_BROUGHT}\s+(?:in)?to\s+(?:the\s+|an?\s+)?$", re.I)
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
