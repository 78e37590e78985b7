"""First-person and second-hand voices: diaries, volunteers' and medics' posts, letters,
residents' chats and night logs, forum threads, podcasts. Two readers of whose word an event is
(README, "Verification rule"):

- *Hearsay*: what the narrator was told by private people, no side and no body ("my neighbour
  says a drone hit the depot", "people in the village chat say", "the lads who came back say",
  "an old man in the queue said", "we are told", "the rumour was") is a doubt, `unverified`
  with no claimant, unless the sentence names an official or a body whose word it passes on
  ("my sister wrote that ..., so wrote the governor"). "She says ..." after a sentence telling
  that a private person rang or wrote is hearsay too.
- *Own eyes*: what the narrator, the crew or the team saw or did at the scene ("with my own
  eyes", "I was there twenty minutes later", "saw it myself", "the guys there saw", "our crew
  took two wounded out", "Just watched from my window ...") confirms the event; in a diary's
  entry the witness often comes before the official's figure that makes the record ("I saw the
  smoke. Later the city head posted that four were wounded."): the events drafted later in the
  witness's paragraph at a place it had named are confirmed too (:func:`witness_later`).
"""

from __future__ import annotations

import re

from geo.extract.hedges import HEDGE
from geo.extract.pattern_cues import cued
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.report_memo import per_report
from geo.extract.sentences import Sentence, line_bounds
from geo.extract.wording import words

# private people the narrator knows or met (not a side's official, body or soldier)
_KIN = (
    r"(?:neighbou?rs?|brother|sister|mother|mum|mom|mama|father|dad|cousins?|aunt|uncle|friends?|"
    r"husband|wife|son|daughter|colleagues?|landlady|landlord|grandmother|granny|grandma|"
    r"grandfather|grandpa|relatives?|parents|in-laws|godmother|fixer|teachers?|classmates?|"
    r"lads|guys)"
)
_SAY = (
    r"(?:says|said|say|tells|told|writes|wrote|write|rang|called|texted|messaged|"
    r"(?:is|are|was|were)\s+saying)"
)
# who they are, between them and the verb: "Our sister Valentyna, who still lives in X, told
# us", "my brother in X says", "people in the X village chat say"
_WHICH = (
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:,?\s+(?:who|from|in|at|on)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,?)?"
)
HEARSAY = cued(
    words(
        # "my neighbour says", "Our sister Valentyna ... told us", "Two of our teachers ... write"
        rf"(?:my|our|her|his|their)\s+(?:[\w'’-]+\s+)?{_KIN}{_WHICH}\s+(?:also\s+)?{_SAY}",
        # "Colleagues from another fund told us", "The lads who came from rotation say"
        rf"(?:colleagues|friends|the\s+lads|the\s+guys|people|locals){_WHICH}\s+(?:also\s+)?{_SAY}",
        # "In the local chat people write", "in their village chat they say"
        rf"chats?\s+(?:people|they)\s+{_SAY}",
        # "An old man in the queue said", "someone said", "a passer-by told us"
        r"(?:someone|somebody|an?\s+(?:old\s+|young\s+)?(?:man|woman|passer-by)"
        r"(?:\s+(?:in|at|on|from|by)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+)?)\s+(?:said|says|told)",
        # "we are told", "I was told", "I heard that", "word is", "the rumour was", "rumour has it"
        r"(?:we|I)\s+(?:are|am|was|were|have\s+been|had\s+been)\s+told|(?:we|I)\s+heard\s+that",
        r"word\s+is|rumou?rs?|rumou?red",
    )
)
# a side's official or body named in the sentence: the hearsay passes on its word
_BODY = words(
    "governor|mayor|administration|council|ministry|police|military|army|air force|command",
    "general staff|authorities|officials?|spokes(?:man|woman|person)|head of",
    "(?:city|regional|district|community) head",
)
# "She says ..." right after "Tanya from our group rang from Nikopol": the caller's word
_PRONOUN_SAYS = re.compile(rf"^\W*(?:she|he|they)\s+(?:also\s+)?{_SAY}\b", re.I)
_CALLER = words(
    r"(?:rang|phoned|called|texted|messaged|wrote\s+to\s+(?:me|us))",
    r"(?:from\s+our\s+(?:group|team|fund|parish|street|village))",
    rf"(?:my|our|her|his)\s+(?:[\w'’-]+\s+){{0,2}}?{_KIN}",
)


def hearsay(text: str, before: str = "") -> bool:
    """Whether a sentence tells what private people said or rumour has it, passing on no
    official's or body's word (``before``: the sentence before it, for "She says ...")."""
    if _BODY.search(text):
        return False
    if HEARSAY.search(text):
        return True
    if not _PRONOUN_SAYS.match(text):
        return False
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1]  # the sentence before, alone
    return bool(_CALLER.search(last) and not _BODY.search(last))


def doubts(text: str, before: str = "") -> bool:
    """Whether a sentence doubts what it tells: a hedge of the report's, or hearsay."""
    return bool(HEDGE.search(text)) or hearsay(text, before)


def seen_over_hearsay(seen, heard) -> bool:
    """Whether an event the narrator saw (``seen``, a draft) is doubted only by a mention of
    it that is hearsay (``heard``): the doubt is about a detail, not the event."""
    return not seen.hedged and heard.hedged and hearsay(heard.sentence.text)


OWN_EYES = cued(
    words(
        # "with my own eyes", "saw it myself", "I was there twenty minutes later"
        r"with\s+(?:my|our|his|her|their)\s+own\s+eyes",
        r"saw\s+(?:it|them|this|that|all\s+of\s+it)\s+(?:myself|ourselves|for\s+ourselves)",
        r"(?-i:I|We|we)\s+(?:was|were|got|arrived|came)\s+(?:there|to\s+the\s+(?:scene|site|spot))",
        # "The team was on that street ten minutes after the impact"
        r"(?:team|crew|we)\s+(?:was|were)\s+(?:on|at)\s+(?:that|the)\s+(?:street|scene|spot|site)",
        # "the guys there saw", "our driver watched", "our volunteers saw"
        r"(?:the|our)\s+(?:[\w-]+\s+)?(?:guys|lads|crew|driver|volunteers|medics|paramedics)\b"
        r"[^.;:]{0,60}?\b(?:saw|watched|witnessed|filmed)",
        # "our crew took two wounded civilians out of X", "we received three wounded"
        r"(?:our\s+(?:[\w-]+\s+)?(?:crew|team|medics|volunteers)|(?-i:we|We))\s+(?:took|carried|"
        r"evacuated|pulled|brought|received|treated)\s+(?:\w+\s+){0,3}?(?:wounded|injured|"
        r"casualties)",
    )
)
# a witness without a subject, as chats and forum posts write: "Just watched from my window ...",
# "...: saw the flash from the balcony"
_SUBJECTLESS = re.compile(
    r"(?:^|:\s)\W*(?:just\s+|also\s+)?(?:saw|watched|filmed)\s+(?:from|with|the|two|three|a|an)\b",
    re.I,
)


@per_report
def own_eyes(text: str) -> bool:
    """Whether a sentence gives the narrator's, the crew's or the team's own eyes on the scene."""
    return bool(OWN_EYES.search(text) or _SUBJECTLESS.search(text))


def witness_later(drafts: list, sentences: list[Sentence], hits: list, eyes) -> None:
    """The events (drafts with ``sentence``, ``place``, ``confirmed`` and ``hedged``) drafted
    after a witness sentence of their paragraph (``eyes``: whether a sentence is one), at a
    place the paragraph named up to the witness's end (``hits``, with ``start`` and ``place``),
    are confirmed: the narrator saw what the official's later figure is about."""
    witnesses = [s for s in sentences if eyes(s.text)]
    if not witnesses:
        return
    first: dict[int, int] = {}
    for s in sentences:
        first.setdefault(s.paragraph, s.start)
    for w in witnesses:
        start = first[w.paragraph]
        places = {h.place.id for h in hits if start <= h.start < w.end}
        for d in drafts:
            if (
                d.sentence.paragraph == w.paragraph
                and d.sentence.start > w.start
                and d.place.id in places
                and not d.hedged
            ):
                d.confirmed = True


# Where the narrator writes from: "Diary of a Belgorod resident", "Night notes, Kherson", "I
# live in X", "Home in Dnipro", "residents of one building in X", or a closing line signed with
# the town and the day ("Zaporizhzhia, Sunday 26 January 2025")
_HOME_BEFORE = re.compile(
    r"(?:\b(?:diary|notes|notebook|letters?|journal)\s+(?:of|from)\s+an?\s+|\b(?:I|we)\s+live\s+in\s+|"
    r"\b(?:home|here)\s+in\s+|\bresidents?\s+of\s+[^.\n]{0,60}?\bin\s+|"
    r"^[^\n.]{0,20}\b(?:notes|diary|log|journal),\s+)$",
    re.I | re.M,
)
_SIGNED = re.compile(rf",\s*(?:(?:{WEEKDAY_RE}),?\s+)?\d{{1,2}}\s+(?:{MONTH_RE})\b", re.I)
_TOWNS = ("city", "capital")


def narrator_home(text: str, hits: list) -> object | None:
    """The town the narrator writes from (a hit with ``start``, ``end`` and ``place``), None
    when the text does not say."""
    end = len(text.rstrip())
    for h in hits:
        if h.place.feature not in _TOWNS:
            continue
        if _HOME_BEFORE.search(text, max(0, h.start - 80), h.start):
            return h
        own_line = line_bounds(text, h.start)[0] == h.start
        if own_line and h.start >= end - 120 and _SIGNED.match(text, h.end):
            return h
    return None


# The narrator's own surroundings, with no place named: "the garages behind our school", "the
# tram depot at the end of our street", "from my window", "over our district"
NEAR_US = words(
    r"(?:our|my)\s+(?:own\s+)?(?:street|district|yard|building|block|house|neighbou?rhood|lyceum|"
    r"school|parish\s+house|microdistrict|courtyard)",
    r"from\s+(?:my|our|the)\s+(?:kitchen\s+)?(?:window|balcony|roof)|near\s+us|next\s+to\s+us",
)


def near_home(text: str, s_hits: list, home):
    """The narrator's town (``home``) as the place of a sentence that names none and tells of
    the narrator's own surroundings."""
    return home if home is not None and not s_hits and NEAR_US.search(text) else None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_BODY, _SUBJECTLESS = cued(_BODY), cued(_SUBJECTLESS)
