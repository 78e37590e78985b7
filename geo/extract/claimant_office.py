"""The claimant named as the text names him: with the office the sentence gives before his name
("The mayor of Kharkiv, Ihor Terekhov, said ..." is claimed by "Mayor of Kharkiv Ihor Terekhov",
not "Ihor Terekhov"), and a body rather than its document ("per the ministry's tally" is the
ministry's claim, not the tally's), without the topic of its statement ("the Ministry of Defence on
the progress of the operation")."""

from __future__ import annotations

import re

# "The mayor of Kharkiv, ", "the regional governor, ", "Head of the Sumy RMA, " just before the name
# An official's office word ("acting governor", "deputy minister", "spokesman")
OFFICE = (
    r"(?:acting\s+)?(?:mayor|governor|head|chief|commander|spokes(?:person|man|woman)|"
    r"(?:deputy\s+)?minister|secretary)"
)
_OFFICE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(\"“]))(?:the\s+)?(?P<office>(?:[\w'’-]+\s+){{0,3}}?{OFFICE}"
    r"(?:\s+of\s+(?:the\s+)?[\w'’ -]{2,60}?)?)\s*,\s*$",
    re.I,
)
# "Ministry's tally", "Police's figures", "The air force's count": the body, not the document
_DOCUMENT_AFTER = re.compile(
    r"['’]s?\s+(?:daily\s+|latest\s+|own\s+|official\s+)?(?:tally|figures|count|data|numbers|"
    r"account|statement|report|update|summary|list|records?)$",
    re.I,
)
# "Preliminary data from the regional military administration": the body
_DOCUMENT_FROM = re.compile(
    r"^(?:(?:the\s+)?(?:preliminary|latest|official|updated)\s+)?(?:data|figures|information|"
    r"numbers)\s+(?:from|of|by)\s+(?:the\s+)?(?=\S)",
    re.I,
)
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}")


# "the city's mayor Ihor Terekhov", "the region's governor", "the country's air force": an office
# named by the place it serves, which an analyst writes without the possessive (verif35)
_UNIT_OWNS = re.compile(
    r"^(?:the\s+)?(?:city|town|village|region|oblast|province|country|district|capital|state|"
    r"nation|community|hromada|republic|area)['’]s\s+(?=[a-z])",
    re.I,
)


_UNIT_WORD = {"region": "regional", "oblast": "regional", "province": "provincial"}


def without_unit(who: str) -> str:
    """``who`` without the possessive that names its office by the place it serves, the place
    kept as the office's kind: "City's mayor Ihor Terekhov" is "City mayor Ihor Terekhov", "the
    region's governor" "Regional governor", "the district's head" "District head"; a country's
    office is the office ("the country's air force": the air force, its side added later)."""
    m = _UNIT_OWNS.match(who)
    if m is None:
        return who
    bare = who[m.end() :]
    unit = m.group(0).split()[-1][:-2].lower()
    if unit not in ("country", "nation", "state", "republic"):
        bare = f"{_UNIT_WORD.get(unit, unit)} {bare}"
    return bare[:1].upper() + bare[1:]


def named_in_full(text: str, who: str | None) -> str | None:
    """``who`` as the sentence ``text`` names the claimant: a person's name with the office
    the sentence gives him just before it, a body without its document's word, an office
    without "the city's"."""
    if not who:
        return who
    who = without_unit(who)
    if body := _DOCUMENT_FROM.sub("", who) if _DOCUMENT_FROM.match(who) else None:
        who = body[:1].upper() + body[1:]
    if m := _DOCUMENT_AFTER.search(who):
        body = who[: m.start()].strip()
        return body if body else who
    if not _NAME.fullmatch(who) or (at := text.find(who)) < 0:
        return who
    office = _OFFICE_BEFORE.search(text[max(0, at - 90) : at].rsplit("\n", 1)[-1])
    if office is None:
        return who
    named = f"{office.group('office')} {who}"
    return named[:1].upper() + named[1:]


# What a body's name is followed by that is the topic of its statement or document, not the body:
# "the Ministry of Defence on the progress of the operation"; not a name's own words ("Commission
# on Human Rights", capitalised)
_TOPIC_AFTER = re.compile(r"\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?[a-z].*$")


def without_topic(name: str) -> str:
    """``name`` without the topic of the statement it gives ("... on the situation in X")."""
    return _TOPIC_AFTER.sub("", name)


# What opens a clause before its speaker: "in a Telegram statement", "meanwhile", "at about 08:00"
_OPENING = re.compile(
    r"^(?:in a [\w\s]+ statement|meanwhile|separately|(?:later|earlier)(?: in the (?:day|morning|"
    r"afternoon|evening|night)| that day| on)?|"
    r"(?:at|by|around) (?:about |around )?\d{1,2}[:.]\d\d(?: [ap]\.?m\.?)?)\s*",
    re.I,
)


def opening_dropped(segment: str) -> str:
    """The words before a verb of saying without what opens their clause."""
    return _OPENING.sub("", segment)


# "according to our own visit and the hospital list", "per our site visits": the report's own
# documentation, no claimant (verif31)
_OWN_DOCUMENT = re.compile(
    r"our\s+(?:own\s+)?(?:site\s+|field\s+)?(?:visits?|records|lists?)\b", re.I
)


def own_document(who: str) -> bool:
    """Whether an attribution names the report's own documentation, not a speaker."""
    return bool(_OWN_DOCUMENT.match(who))
