"""A place that is the subject of the clause telling what befell it: "Kramatorsk, an industrial
city of 150,000, lost power after a missile strike", "Nikopol spent another night under
shelling", "... when the Crimean Bridge, the only road link to the peninsula, was attacked".
No preposition or hit verb stands next to the place, yet the clause is about it: its verb comes
right after it (or after an apposition between commas or dashes), and the event word is that
verb's own ("was attacked") or stands after a preposition of circumstance ("lost power after a
strike", "spent the night under shelling"). A place named by a clause about something else
("Lviv has become a refuge for families fleeing the fighting") is left a mention. A verb of
saying may open the clause without its "that" ("the ministry claimed X had been captured"), and
the event word may stand in the claim's own quotes (X had been "liberated")."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.places import LIST_GAP
from geo.extract.sentences import Sentence
from geo.extract.speakers import speaks_or_acts

# the clause opens with the place: the sentence's start (a bullet, a mark, a short adverbial of
# time and its comma: "On Monday night, "), or a conjunction ("when", "that": "bloggers write
# that X was taken")
_OPENS = re.compile(
    r"(?:^[^\w]*(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+)?|"
    r"\b(?:when|as|after|while|before|until|because|since|and|but|that)\s+|"
    # a verb of saying whose "that" is left out: "the ministry said X had been captured"
    r"\b(?:said|says|claimed|claims|announced|announces|reported|reports|insisted|insists|"
    r"stated|states|wrote|writes|confirmed|confirms|denied|denies)\s+)"
    r"(?:the\s+)?(?:(?:city|town|village|port|settlement)\s+of\s+)?$",
    re.I,
)
# an apposition: ", an industrial city of 150,000," / " — once a town of 20,000 —"
_ASIDE_TEXT = r"(?:[^,.;:()—–]|\d[,.]\d)"
_APPOSITION = rf"(?:\s*,{_ASIDE_TEXT}{{1,120}}?,|\s+[—–]\s{_ASIDE_TEXT}{{1,120}}?\s[—–])?"
# the subject's verb: an auxiliary, an adverb before it, a past tense (regular or of the few
# irregular verbs of what befalls a town)
_VERB = (
    r"(?:was|were|is|are|has|have|had|came|comes|remains|remained|again|also|still|once|then|"
    r"lost|loses|spent|spends|woke|wakes|awoke|shook|fell|went|burnt|[a-z]+ed)"
)
# verbs whose object is what the place went through: "Pokrovsk saw heavy fighting"
_UNDERGO = r"(?:saw|sees|suffered|suffers|endured|endures|faced|faces|sustained|took|takes)"
# the verb's clause up to the event word: the event word as the verb (within three words: "was
# again attacked", "came under shelling"; not as the object of another verb, which makes the
# place the one who acts: "Warsaw condemned the attack") or after a preposition of
# circumstance; or, in a telegraphic line, no verb at all: "Chuhuiv again under drone attack"
# (after the place's own possessive: "Kherson's riverside suburbs spent the night under ...")
_NOT_DETERMINER = r"(?!\s+(?:the|an?|its|their|his|her|this|these|those)\b)"
# what the place was to the event: "X was the target of a missile strike", "X was again the
# scene of fighting", "X and Y were among the towns hit"
_BE = r"(?:was|were|is|are|became|has\s+been|have\s+been)(?:\s+(?:again|also|once\s+again))?"
_ROLE_OF = (
    # (the event word "target" itself after "was the")
    rf"\s+{_BE}\s+(?:the|an?)(?:\s+(?:main|primary|latest|first|chief))?|"
    rf"\s+{_BE}\s+(?:the|an?)\s+(?:(?:main|primary|latest|first|chief)\s+)?(?:targets?|scene|"
    r"focus|epicent(?:re|er))(?:\s+of(?:\s+[\w'’-]+){0,3}?)?|"
    rf"\s+{_BE}\s+among\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:towns|cities|villages|places|"
    r"settlements|areas|regions|districts|communities|targets)"
)
# the place singled out as where it was worst, the event word after "with": "X and Y saw the
# worst of it, with 48 assaults there", "X took the brunt of it, with 17 attacks"
_WORST_OF_IT = (
    rf"\s+{_UNDERGO}\s+the\s+(?:worst|brunt)(?:\s+of\s+(?:it|them|the\s+[\w'’-]+))?,?\s+with"
    r"(?:\s+[\w'’-]+){0,3}?"
)
_PREDICATE = re.compile(
    rf"(?:['’]s(?:\s+[\w'’-]+){{1,2}}?)?{_APPOSITION}(?P<predicate>"
    rf"\s+{_VERB}\b(?:{_NOT_DETERMINER}\s+[\w'’-]+){{0,2}}|\s+{_UNDERGO}(?:\s+[\w'’-]+){{0,2}}|"
    # "endured another round of glide bomb strikes"
    rf"{_ROLE_OF}|{_WORST_OF_IT}|\s+{_UNDERGO}(?:\s+[\w'’-]+){{0,3}}?\s+of(?:\s+[\w'’-]+){{0,3}}?|"
    rf"\s+(?:{_VERB}|{_UNDERGO})\b(?:\s+[\w'’-]+){{0,6}}?\s+"
    r"(?:after|following|under|amid|during|in|from|by|with)(?:\s+[\w'’-]+){0,3}?|"
    # (the event word in quotes, the claim's own: X had been "liberated")
    r"\s+(?:(?:again|also|once\s+more)\s+)?(?:under|amid)(?:\s+[\w'’-]+){0,3}?)\s+[\"“‘']?$",
    re.I,
)
# (the event word itself the subject's verb, right after it or its apposition, opening with its
# auxiliary: "X was taken"; not a noun, "the Kramatorsk strike", nor an active verb, "Moscow
# attacked Kyiv with drones")
_BARE = re.compile(rf"(?:['’]s(?:\s+[\w'’-]+){{1,2}}?)?{_APPOSITION}\s+", re.I)
_VERB_OPENS = re.compile(r"(?:was|were|is|are|has|have|had|been|came|comes)\b", re.I)
# a capital's own verb ("Moscow credited its southern group with taking X"): a capital doing
# something stands for its state (see speakers.py): no verb of its own in a capital's clause
_ACTIVE = re.compile(r"\b(?!(?:again|also|still|once|then)\b)[a-z]+ed\b", re.I)
# words that end the clause before the event word
_CLAUSE_END = re.compile(r"\b(?:that|which|who|whose|where|said|says|told|according)\b", re.I)


def subjects_of_deeds(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """The sentence's places with those that open a clause as the subject of its event
    (alone or as a list: "Kupiansk, Izium and Balakliia spent the night under shelling") made
    event places. A sentence whose event already has its place, by the words beside it, names
    the subject in passing ("Odesa stayed calm during the attack on Mykolaiv")."""
    if any(h.event_place for h in roles):
        return roles
    k = 0
    while k < len(roles):
        j = k
        while j + 1 < len(roles) and LIST_GAP.match(text[roles[j].end : roles[j + 1].start]):
            j += 1
        run = roles[k : j + 1]
        if (
            not any(h.offset is not None for h in run)
            and _OPENS.search(text[s.start : run[0].start])
            and subject_of_deed(text, s, run[-1], triggers)
        ):
            roles[k : j + 1] = [replace_hit(h, h.geo_precision, True) for h in run]
        k = j + 1
    return roles


def subject_of_deed(text: str, s: Sentence, hit: PlaceHit, triggers: list[Trigger]) -> bool:
    """Whether the place ``hit`` (at the end of the clause's subject) is followed by a verb
    that tells the event (one of the sentence's ``triggers``) befalling it."""
    after = text[hit.end : min(s.end, hit.end + 60)]
    if speaks_or_acts(hit.place.feature == "capital", text[s.start : hit.start], after):
        return False
    for etype, m in triggers:
        start = s.start + m.start()
        if etype == "meeting" or start <= hit.end or start - hit.end > 250:
            continue
        if _VERB_OPENS.match(m.group()) and _BARE.fullmatch(text, hit.end, start):
            return True  # the event word is the verb: "bloggers write that X was taken"
        clause = _PREDICATE.fullmatch(text, hit.end, start)
        if clause is None or _CLAUSE_END.search(clause.group("predicate")):
            return False
        return not (hit.place.feature == "capital" and _ACTIVE.search(clause.group("predicate")))
    return False
