"""A side's body as the subject of a verb of recording: "the air force recorded a missile strike
on Kryvyi Rih", "police registered 14 damaged houses", "the regional administration logged 312
attacks", "Ukrzaliznytsia confirmed that a drone hit a locomotive", "the Ukrainian side reports
that ...". No verb of saying, but the body's own record, so its claim (as a body that counts or
lists the toll is, :data:`geo.extract.attribution.CLAIM_VERB`). An independent body's record
(the UN's monitors, the HRMMU, NASA's fire data) and a passive "hits were recorded" name no
side; "has confirmed" is left to :func:`geo.extract.attribution.borne_out`. So are a body named
with a participle (", the state railway operator reporting two workers hurt") and a body's
document as the subject ("the regional administration's morning update shows").
"""

from __future__ import annotations

import re

from geo.extract.attribution import independent
from geo.extract.issuer import speaks_for_itself
from geo.extract.wording import words

# "recorded", "has registered", "are documenting", "logs" (not "were recorded": no subject)
_RECORD = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:(?:also|now|already)\s+)?|(?:is|are)\s+(?:still\s+)?)?"
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"(?:recorded|registered|logged|documented|confirmed|records|registers|logs|documents|"
    r"confirms|recording|registering|logging|documenting)\b",
    re.I,
)
# A clause's start before its subject: "..., and police registered", "after the RMA logged"
_CLAUSE = re.compile(r"[,;:(]|\s[—–-]\s|\b(?:that|and|but|while|when|where|after|as|which)\s", re.I)
_LEAD = re.compile(
    r"^\W*(?:(?:overnight|meanwhile|separately|in total|also|by (?:dawn|morning|noon|evening)|"
    r"on \w+|in the (?:morning|evening|afternoon))\s*,?\s*)*(?:the\s+)?",
    re.I,
)
# officials and a side named by office alone: "police", "rescuers", "the Ukrainian side"
_OFFICE = words(
    r"police|officials|authorities|governor|mayor|rescuers|prosecutors?|investigators",
    r"(?:Ukrainian|Russian)\s+side",
)
_MOST_WORDS = 8
# "The Ukrainian side reports that ...": a side named as such, with a verb of saying (which
# attribution's speakers read only for a body's or an official's name)
_SIDE_SAYS = re.compile(
    r"\b(?P<who>(?:Ukrainian|Russian)\s+side)\s+(?:has\s+|have\s+)?"
    r"(?:says|said|reports|reported|claims|claimed|stated|states|announced)\b",
    re.I,
)


# ", the state railway operator reporting two workers hurt", "..., police saying the driver died"
_PARTICIPLE = re.compile(
    r"[,;]\s+(?:with\s+)?(?:the\s+)?(?P<who>[^,;.()]{3,60}?)\s+(?:reporting|saying|adding|"
    r"noting|writing|citing)\b",
    re.I,
)
# "the regional military administration's morning update shows", "police data show"
_DOCUMENT_SAYS = re.compile(
    r"(?:^|[,;]\s+)(?:the\s+)?(?P<who>[^,;.()]{3,60}?)(?:['’]s?)?\s+(?:(?:morning|evening|daily|"
    r"latest|preliminary|official|own)\s+)?(?:update|data|figures|report|tally|summary|statement|"
    r"count|records?|list|post|message|channel|page|briefing|bulletin)\s+(?:shows?|showed|says?|"
    r"said|lists?|listed|gives?|gave|puts?|mentions?|mentioned|reports?|reported|notes?|noted)\b",
    re.I,
)
# A side's body at work on the aftermath, its own record of what happened: "Police are
# investigating after a drone hit a car in X", "the regional prosecutor's office opened criminal
# proceedings over the shelling of X", "district authorities evacuated 40 people after ..."
_AT_WORK = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|after|as|while)\s+)(?:the\s+)?(?P<who>[^,;.()]{3,60}?)\s+"
    r"(?:(?:is|are|were|was)\s+(?:now\s+)?investigating|(?:has\s+|have\s+)?(?:opened|launched|"
    r"started)\s+(?:a\s+|an\s+)?(?:criminal\s+)?(?:proceedings|case|investigation|probe)|"
    r"(?:has\s+|have\s+)?(?:evacuated|put\s+out|extinguished))\b",
    re.I,
)
_AT_WORK_WORDS = (
    "investigat",
    "proceedings",
    "case",
    "probe",
    "evacuated",
    "put out",
    "extinguished",
)


# A body's long name opening the sentence before its verb of saying, which attribution's
# speakers read up to eight words: "The Main Directorate of the National Police in the Kharkiv
# region informs: ..."
_LONG_NAME_SAYS = re.compile(
    r"^\W*(?P<who>[^,;:.()]{3,140}?)\s+(?:informs|reports|says|said|reported|announced|"
    r"states|stated)\b",
    re.I,
)
# ... a name, its words capitalised or of a body's name ("A brigade operating in the area" is none)
_NAME_ONLY = re.compile(
    r"(?:(?:[A-Z0-9][\w'’.-]*|of|the|in|for|and|on|region|oblast|city|district|regional|"
    r"military|state|administration|police|service|main|national|department|directorate)"
    r"(?:\s+|$))+"
)


# where a body posted, not who: "the governor's Telegram channel"
_MEDIUM = re.compile(
    r"['’]s?\s+(?:official\s+)?(?:Telegram|Facebook|website|page|channel)\b.*$", re.I
)


def _side(who: str, most: int = _MOST_WORDS) -> str | None:
    name = _MEDIUM.sub("", _LEAD.sub("", who.strip()).strip())
    name = name[:1].upper() + name[1:]
    if not name or len(name.split()) > most or independent(name):
        return None
    if speaks_for_itself(name) or (_OFFICE.search(name) and len(name.split()) <= 4):
        return name
    return None


# The words each form needs, looked for in the lower-cased sentence before its pattern is run
_SIDE_WORD = " side "
_RECORD_WORDS = ("record", "regist", "logg", "logs", "document", "confirm")
_LONG_WORDS = ("informs", "reports", "says", "said", "reported", "announced", "states", "stated")
_PARTICIPLE_WORDS = ("reporting", "saying", "adding", "noting", "writing", "citing")
_DOCUMENT_WORDS = (
    " show",
    " say",
    " said",
    " list",
    " give",
    " gave",
    " put",
    " mention",
    " report",
    " note",
)


# "checked against hospital records", "from police logs": the noun after a preposition and its
# body, the document's keeper, not the body recording the event (verif31)
_NOUN_FORMS = ("records", "logs", "registers", "documents")
_KEEPER = re.compile(
    r"\b(?:from|with|against|in|of|by|through|per)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:[\w'’-]+\s+)?[\w'’-]+\s*$",
    re.I,
)


def recorded_by(text: str) -> str | None:
    """The side's body whose record the sentence gives as the subject of a verb of recording
    ("The State Emergency Service recorded three fires in Bila Tserkva"), else None."""
    lower = text.lower()
    if _SIDE_WORD in lower and (m := _SIDE_SAYS.search(text)):
        return m.group("who")[:1].upper() + m.group("who")[1:]
    for m in _RECORD.finditer(text) if any(w in lower for w in _RECORD_WORDS) else ():
        if m.group().lower().startswith(("has conf", "have conf", "had conf")):
            continue  # "the ministry has confirmed": borne out (attribution.CONFIRMED)
        head = _CLAUSE.split(text[: m.start()])[-1]
        if m.group().lower() in _NOUN_FORMS and _KEEPER.search(head):
            continue
        if who := _side(head):
            return who
    m = _LONG_NAME_SAYS.match(text) if any(w in lower for w in _LONG_WORDS) else None
    if m and _NAME_ONLY.fullmatch(m.group("who")) and (who := _side(m.group("who"), 14)):
        return who
    forms = ((_PARTICIPLE, _PARTICIPLE_WORDS), (_DOCUMENT_SAYS, _DOCUMENT_WORDS))
    for form, marks in (*forms, (_AT_WORK, _AT_WORK_WORDS)):
        for m in form.finditer(text) if any(w in lower for w in marks) else ():
            if who := _side(m.group("who")):
                return who
    return None
