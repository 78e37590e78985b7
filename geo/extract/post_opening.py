"""Who issued a post that its opening names in forms the issuer's header rules
(:mod:`geo.extract.issuer`) do not read: an official's name and office as its first line
("Ihor Terekhov, Kharkiv mayor", "Kharkiv mayor Ihor Terekhov"), a body at work on the attack's
aftermath in its first sentence ("The State Emergency Service is dealing with the consequences of
the night attack"), a body's name before a colon speaking of its own sites ("DTEK: drones
attacked our power plant overnight"). The whole post is then that official's or body's word.
"""

from __future__ import annotations

import re

from geo.extract.attribution import CLAIM_VERB, independent
from geo.extract.claimant_office import OFFICE
from geo.extract.issuer import speaks_for_itself
from geo.extract.lexicon import triggers_in
from geo.extract.own_things import serves_others, tells_of_own
from geo.extract.wording import words

_NAME = r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
# "Ihor Terekhov, Kharkiv mayor", "Oleh Syniehubov, head of the Kharkiv RMA" ...
_NAME_THEN_OFFICE = re.compile(
    rf"^{_NAME}(?:\s+[A-Z][\w'’-]+)?,\s+(?:[\w'’-]+\s+){{0,2}}{OFFICE}\b[\w\s'’-]{{0,60}}$", re.I
)
# ... "Kharkiv mayor Ihor Terekhov", "Head of the Sumy RMA Oleh Hryhorov"
_OFFICE_THEN_NAME = re.compile(
    rf"^(?:[\w'’-]+\s+){{0,2}}{OFFICE}(?:\s+of\s+[\w\s'’-]{{2,50}}?)?\s+(?-i:{_NAME})$", re.I
)
_MOST_WORDS = 12


def _official_line(text: str) -> str | None:
    """An official's name and office alone as the post's first line."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first.split()) > _MOST_WORDS or first.endswith((".", ":")):
        return None
    if CLAIM_VERB.search(first) or triggers_in(first):
        return None  # a headline quoting him ("Kharkiv mayor says ...")
    if _NAME_THEN_OFFICE.match(first) or _OFFICE_THEN_NAME.match(first):
        return first
    return None


# "The State Emergency Service is dealing with the consequences of the night attack", "Police
# of the Kyiv region are documenting the aftermath of the overnight shelling"
_AT_WORK = re.compile(
    r"^\W*(?:the\s+)?(?P<who>[^,.;:\n]{3,80}?)\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:dealing|working|coping|eliminating|documenting|clearing|responding|handling|"
    r"recording|establishing)\b[^.\n]{0,40}?\b(?:consequences|aftermath|effects)\b",
    re.I,
)
# "DTEK: drones attacked our thermal power plant overnight"
_OWN_COLON = re.compile(r"^\W*(?P<who>[A-Z][^:.\n]{1,40}?)\s*:\s+[^\n]*?\b(?:our|we)\b", re.I)
# ... a company by any name, speaking of its own sites or staff: "Nova Poshta: a drone hit our
# sorting terminal", "Odesa National Philharmonic: ... the roof of our hall" (not a place's
# "Odesa: our air defence worked", a side's voice: :func:`~geo.extract.own_things.tells_of_own`)
_OWN_SITE_COLON = re.compile(
    r"^\W*(?P<who>(?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){0,3})\s*:\s+(?P<told>[^.\n]*)"
)
_SERVICE = words("police|rescuers")
# a post, not an article: no longer than this
_POST_WORDS = 300


def _body(who: str) -> str | None:
    name = who.strip()
    name = name[:1].upper() + name[1:]
    if independent(name) or len(name.split()) > 8:
        return None
    return name if speaks_for_itself(name) or _SERVICE.match(name) else None


def opened_by(text: str) -> str | None:
    """The official or body the post's opening names as its issuer, else None."""
    official = _official_line(text)
    if official or len(text.split()) > _POST_WORDS:
        return official
    opening = text.lstrip()[:400]
    m = _AT_WORK.match(opening) or _OWN_COLON.match(opening)
    who = _body(m.group("who")) if m else None
    m = _OWN_SITE_COLON.match(opening) if who is None else None
    if m and tells_of_own(m.group("told")) and not _for_others(m.group("who")):
        who = m.group("who")
    return who


def _for_others(who: str) -> bool:
    """An independent body or one serving others: its "our" is its own account."""
    return independent(who) or serves_others(who)
