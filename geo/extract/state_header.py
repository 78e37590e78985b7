"""A state institution named alone on a header line: "DNIPROPETROVSK REGIONAL HEALTH DEPARTMENT",
"State Environmental Inspectorate of Ukraine", "Kharkiv Regional Service for Restoration and
Infrastructure Development", "Verkhovna Rada Committee on National Security". A side's regional
or national body that heads its own document (a department's situation report, an inspectorate's
finding, a committee's minutes) issues that side's word, as a ministry's or a military
administration's header does (README, "Verification rule"), though its kind is none the issuer
rules list by name.

What makes it a side's body is the name's own qualifier: "of Ukraine", "of the Russian
Federation", a region's or a city's "X Regional", "X Oblast", "X City", or the parliaments'
names; a think tank ("Centre for Conflict Studies"), a foreign parliament's committee ("Committee
on Armed Services"), a research service or the UN's Security Council name none."""

from __future__ import annotations

import re

from geo.extract.attribution import CLAIM_VERB, independent

_MAX_WORDS = 12
_SMALL = {"of", "the", "for", "and", "&", "on", "in", "de", "to"}
# an institution's kind (not a hospital: what it tells of the patients it treated is its own
# account, no side's; data/reports/realstyle-heldout16)
_INSTITUTION = re.compile(
    r"\b(?:Ministry|Administration|Agency|Committee|Department|Directorate|Inspectorate|"
    r"Headquarters|Office|Council|Authority|Service|Commission|Cent(?:re|er))\b",
    re.I,
)
# whose it is: a side's country, a region's, a city's or a district's body, a side's parliament
_SIDES_QUALIFIER = re.compile(
    r"\bof\s+(?:the\s+)?(?:Ukraine|Russian\s+Federation|Russia)\b|"
    r"\b(?:Verkhovna\s+Rada|State\s+Duma|Federation\s+Council)\b|"
    r"\b[A-Z][\w'’-]+\s+(?:Regional|Oblast|City|District|Raion|Municipal)\b",
    re.I,
)
# ... but not a news outlet, a rights group, a charity, a school or a court
_NOT_A_SIDE = re.compile(
    r"\b(?:news|times|gazette|post|herald|journal|press|media|radio|TV|human\s+rights|watch|"
    r"foundation|institute|studies|charity|fund|university|academy|school|club|court|"
    r"monitor(?:ing)?|mission)\b",
    re.I,
)
_NAME_CHARS = 160


def state_institution(line: str) -> str | None:
    """The institution ``line`` names, when the line is a side's state body's name alone (no
    headline: no figure, no closing stop, no verb of saying, each word capitalised but the small
    ones)."""
    name = line.strip().strip('"«»')
    words = name.split()
    if (
        len(name) > _NAME_CHARS
        or not 2 <= len(words) <= _MAX_WORDS
        or any(c.isdigit() for c in name)
        or name[-1] in ".!?:;,"
    ):
        return None
    if not all(w[:1].isupper() or w.lower() in _SMALL or not w[:1].isalpha() for w in words):
        return None
    if not (_INSTITUTION.search(name) and _SIDES_QUALIFIER.search(name)):
        return None
    if _NOT_A_SIDE.search(name) or independent(name) or CLAIM_VERB.search(name):
        return None
    return name
