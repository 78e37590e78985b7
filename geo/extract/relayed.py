"""A source relayed across a document: an official cited once ("Governor X said ...") whose
account the report carries on ("He added that ...", "According to him, ...", plain sentences
with no speaker of their own) until another source or the reporter's own voice takes over (a
doubt, its own reporters' eyes, an independent body, a new section); and a sentence that speaks
as one side ("the occupiers shelled", "the Kyiv regime's militants", "our air defence worked"),
which is that side's word whoever relays it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo.extract.attribution import ATTESTED, independent
from geo.extract.draft import Draft
from geo.extract.issuer import OUR_SIDE
from geo.extract.one_source import sources
from geo.extract.pattern_cues import cued
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.region_reach import Regions, reaching
from geo.extract.seat_reach import Seats, in_seat
from geo.extract.sentences import CLOCK, Sentence
from geo.extract.sourced import GIVEN
from geo.extract.voices import doubts, own_eyes
from geo.extract.wording import words

# A side speaking of its enemy or its own: Ukraine's word ("the occupiers", "the Russian
# terrorists", "the racists", "orcs"), Russia's ("the Kyiv regime", "Ukronazis", "the
# militants of the AFU"), either's ("the enemy", "our air defence worked")
_UKRAINES_VOICE = words(
    "occupiers|occupying forces|invaders|racists|ruscists|rashists|orcs",
    "(?:Russian|russian|Moscow) terrorists|terrorist state|aggressor state",
)
_RUSSIAS_VOICE = words(
    r"Kyiv regime|Kiev regime|Ukronazis?|neo-?Nazis|Banderites|(?:AFU|VSU) militants",
    r"militants of the (?:AFU|VSU|Kyiv regime|Ukrainian armed formations)",
    r"Ukrainian (?:armed )?formations|VSU|Ukrainian (?:nationalists|militants)",
)
_THE_ENEMY = words(r"(?:the )?enemy")

# Where the reporter speaks again: its own section heading ("KURSK REGION", "Around the city")
_HEADING = re.compile(r"^[^.!?;:]{1,60}$")
# ... or opens an entry of its own: a list's bullet, a log's time, a timeline's or a new
# account's date ("- ...", "07:40 - ...", "8 November – ...", "On 13 September, ...", "In
# April 2024, ...", "Around 09:30 the village ...")
_OWN_ENTRY = re.compile(
    rf"^\s*[-–—•*·]\s|^\W*(?:{CLOCK}\b|\d{{1,2}}\s+(?:{MONTH_RE})\b|(?:{MONTH_RE})\s+\d|"
    rf"(?:on|in|around|at|by|since|from)\s+(?:about\s+)?(?:\d|(?:{MONTH_RE})\b)|"
    # a new account's weekday: "On Monday morning a drone hit ..." (verif32)
    rf"on\s+(?:{WEEKDAY_RE})\b|"
    # ... or a later day of its own: "Two days later a drone ...", "The next day, ..."
    r"(?:(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)\s+later|"
    r"the\s+(?:next|following)\s+(?:day|morning|night|evening)\b))",
    re.I,
)
# Who relays no side's account: onlookers, unnamed sources, those who watch the war
_NO_SIDES_SPEAKER = words(
    "witness(?:es)?|residents?|locals?|sources?|analysts?|monitors?|observers?|experts?",
    "journalists?|reporters?|correspondents?|footage|videos?|images?|photos?",
)
_SIDE_OF = {"UA": "Ukrainian side", "RU": "Russian side"}
# The report's own people (no body's report of its own)
_OWN_PEOPLE = words(r"our (?:correspondents?|reporters?)(?:['’]s)?")


# A list's item that goes on with the sentence above it, ending on a colon: a bullet and a
# lower-case word ("- its forces hit an oil depot;") or an item closing on a semicolon (verif32)
_ITEM = re.compile(r"^\s*[-–—•*·]\s+(?:[a-z0-9]|.*;\s*$)")


def sides_voice(text: str, country: str, side: str | None = None) -> str | None:
    """The side whose own words a sentence uses ("Ukrainian side", "Russian side"), when it
    speaks as one: its name for the enemy, or "our air defence" (the side the report speaks
    for, ``side``, else the side of the place hit)."""
    if _UKRAINES_VOICE.search(text):
        return "Ukrainian side"
    if _RUSSIAS_VOICE.search(text):
        return "Russian side"
    if _THE_ENEMY.search(text) or OUR_SIDE.search(text):
        return side or _SIDE_OF.get(country)
    return None


_VOICED = 2  # the sentences of its own a report speaks as a side in, to be that side's word
_POST_SENTENCES = 12  # ... or the opening of a post no longer than this


def _own_side(sentences: list[Sentence], said: dict[int, str]) -> tuple[bool, str | None]:
    """Whether the report itself speaks as a side (a channel's post with no header: "the enemy
    attacked ...", "our air defence worked ..." in sentences of its own, no reporter's eyes),
    and which side its words name, when they do."""
    own = [x.text for x in sentences if x.start not in said]
    ua = sum(bool(_UKRAINES_VOICE.search(t)) for t in own)
    ru = sum(bool(_RUSSIAS_VOICE.search(t)) for t in own)
    either = sum(bool(_THE_ENEMY.search(t) or OUR_SIDE.search(t)) for t in own)
    # (a short post with no speaker whose opening speaks as a side: "The occupiers attacked
    # Kherson again overnight." above its plain list of what was hit)
    lead = (
        not said
        and len(sentences) <= _POST_SENTENCES
        and any(
            sides_voice(x.text, "") or _THE_ENEMY.search(x.text) or OUR_SIDE.search(x.text)
            for x in sentences[:2]
        )
    )
    if (ua + ru + either < _VOICED and not lead) or any(ATTESTED.search(t) for t in own):
        return False, None
    return True, "Ukrainian side" if ua > ru else "Russian side" if ru > ua else None


# A speaker named by office alone ("Governor", "The regional governor", "Mayor")
_TITLE_ALONE = re.compile(
    r"(?:(?:the|regional|city|district|acting|local)\s+)*(?:governor|mayor|head|chief|minister|"
    r"spokes(?:man|woman|person)|commander)",
    re.I,
)


def _same_one(title: str, speaker: str | None) -> bool:
    """Whether an office or a surname named alone is the speaker's, named before ("Mayor
    Artem Kobzar")."""
    office = title.split()[-1].lower()
    return bool(speaker) and office in re.findall(r"[\w'’-]+", str(speaker).lower())


_MARK_WORDS = 12


def _again(speaker: str | None, told: str, s: Sentence, claims: dict[int, list]) -> bool:
    """Whether ``speaker`` (named in the sentence ``told``) speaks again later in the paragraph
    of ``s``: by the same words, its office or its surname ("Syniehubov said")."""
    return bool(speaker) and any(
        at > s.start and (who == speaker or _same_one(who, speaker) or who in told)
        for at, who in claims.get(s.paragraph, [])
    )


def _leads(told: str, speaker: str | None) -> bool:
    """Whether the sentence ``told`` opens with its speaker's word, framing what follows in its
    paragraph ("The regional governor says troops shelled 20 villages. In X, a shell ...",
    "According to the administration, ...", a long office and name opening it), not a speaker
    closing its own sentence ("..., city officials said")."""
    at = told.lower().find(str(speaker).lower()) if speaker else -1
    opens = told[:at].strip(" \"“'").lower() in ("", "the")  # "The head of ... X reported"
    return 0 <= at and (opens or at + len(str(speaker)) <= len(told) // 2)


# "Drones also damaged what he called an energy facility": the speaker named before, by his
# pronoun, speaks in the sentence again
_HIS_NAME_FOR_IT = re.compile(
    r"\bwhat\s+(?:he|she|they)\s+(?:calls|called|termed|terms|dubbed|descri(?:bed|bes)\s+as)"
    r"\s+(?:an?\s|[\"“])",
    re.I,
)


def _frames(speaker: str | None, told: str, s: Sentence, claims: dict[int, list]) -> bool:
    """Whether ``speaker`` (named in ``told``) frames the plain sentence ``s`` of its paragraph:
    he opens his sentence, speaks again after it, or by his pronoun in it ("Drones also damaged
    what he called an energy facility")."""
    again = _again(speaker, told, s, claims) or bool(_HIS_NAME_FOR_IT.search(s.text))
    return _leads(told, speaker) or again


def _open(d: Draft) -> bool:
    """Whether an event is still the report's own word: no speaker, no doubt, no evidence."""
    return not (d.claimed_by or d.attributed or d.hedged or d.confirmed)


# A sentence after the event that tells more of it, or says whose word it was: its toll ("The
# driver died, the governor wrote"), "This was reported by ..."
_TELLS_MORE = words(
    r"killed|died|dead|wounded|injured|hurt|hospitali[sz]ed|shrapnel|burns|concussion",
    r"lost (?:an? |his |her |both )?(?:eye|leg|arm|hand|foot|fingers?)s?|(?:taken|rushed) to hospital",
    r"^(?:this|that|it)\s+was\s+(?:reported|announced|stated|said|posted)",
    # "The information was provided by the regional administration", "The figures were given by"
    rf"^{GIVEN}",
)

# (not a claim of its own, "X claimed that 20,000 of his men had died", nor a toll elsewhere,
# "officials reported four dead in Kyiv")
_OF_ITS_OWN = re.compile(r"\bclaim(?:s|ed)?\b|\b(?:in|at|near|over)\s+(?-i:[A-Z])", re.I)


# A sentence that goes on with the speaker's word: "He explained that ...", "According to
# her, ...", "In his words, ...", "The official also said ..."
_HIS_WORD = re.compile(
    r"^\W*(?:(?:he|she|they)\s+(?:also\s+|further\s+|then\s+)?[a-z]+(?:ed|s)\b|"
    r"according\s+to\s+(?:him|her|them)\b|"
    # "In his words", "By her account", "In their telling": the pronoun's "by X's count"
    r"(?:in|by)\s+(?:his|her|their)\s+(?:own\s+)?(?:words|account|telling|version|count|reckoning)\b|"
    r"the\s+(?:official|governor|mayor|head|spokes(?:man|woman|person))\s+(?:also\s+)?[a-z]+ed\b)",
    re.I,
)


def _said_after(
    after: Iterable[Sentence], said: dict[int, str], at: dict[int, list[Draft]]
) -> str | None:
    """The side's speaker a later sentence of the paragraph (``after``: those after the event's)
    names, with no event of its own but the event's toll or whose word it was, before any other
    event or the reporter's doubt or eyes: "A drone hit a car in X. The driver died, the
    governor wrote.", "... . This was reported by the head of ..."."""
    for x in after:
        who = said.get(x.start)
        if who is not None:
            side = not (independent(who) or _NO_SIDES_SPEAKER.search(who))
            more = _TELLS_MORE.search(x.text) and not _OF_ITS_OWN.search(x.text)
            return who if side and more else None
        if at.get(x.start) or doubts(x.text) or ATTESTED.search(x.text) or own_eyes(x.text):
            return None
    return None


def _reporter_again(s: Sentence, events: bool) -> bool:
    """Whether the reporter speaks again in ``s`` (with ``events`` of its own or not): a doubt,
    its own eyes, an entry of its own, a section heading."""
    return bool(
        _OWN_ENTRY.match(s.text)
        or doubts(s.text)
        or ATTESTED.search(s.text)
        or own_eyes(s.text)
        or (_HEADING.match(s.text) and not events)
    )


def _speakers(sentences: list[Sentence], claims: dict[int, list]) -> dict[int, str]:
    """Each sentence's speaker (by its start), but a doubt's: "The reports could not be
    verified" is the reporter's own voice, whatever word it reads as a speaker."""
    said = {start: who for told in claims.values() for start, who in told}
    return {x.start: said[x.start] for x in sentences if x.start in said and not doubts(x.text)}


def _independents_own(sentences: list[Sentence], at: dict[int, list[Draft]]) -> bool:
    """Whether the report is an independent body's own, by its header or its closing mark
    ("Media enquiries: OCHA Ukraine, public information unit"; a teaser of its own reporter's
    next piece is no mark: "Next week: our correspondent's ...")."""
    mark = [x for x in sentences[-1:] if x.start not in at and len(x.text.split()) <= _MARK_WORDS]
    return independent(_OWN_PEOPLE.sub("", " ".join(x.text for x in sentences[:3] + mark)))


def _by_sentence(drafts: list[Draft]) -> dict[int, list[Draft]]:
    at: dict[int, list[Draft]] = {}
    for d in drafts:
        at.setdefault(d.sentence.start, []).append(d)
    return at


class _After:
    """Who a later sentence of an event's paragraph says told it (:func:`_said_after`), read
    once for each sentence: each event read its paragraph from its first sentence, and every
    event of a sentence again (one paragraph of 10,000 events, 600 kB, 10 s of 16)."""

    def __init__(self, sentences: list[Sentence], said: dict[int, str], at: dict) -> None:
        self._paras: dict[int, list[Sentence]] = {}
        self._index: dict[int, int] = {}
        for x in sentences:
            para = self._paras.setdefault(x.paragraph, [])
            self._index[x.start] = len(para)
            para.append(x)
        self._said, self._at = said, at
        self._known: dict[int, str | None] = {}

    def who(self, s: Sentence) -> str | None:
        if s.start not in self._known:
            para, i = self._paras[s.paragraph], self._index[s.start]
            after = (para[k] for k in range(i + 1, len(para)))
            self._known[s.start] = _said_after(after, self._said, self._at)
        return self._known[s.start]


def relay_speakers(
    drafts: list[Draft],
    sentences: list[Sentence],
    claims: dict[int, list[tuple[int, str]]],
    author: str | None,
) -> None:
    """Events (``drafts``) told with no speaker of their own after a side's speaker was cited
    (``claims``: each paragraph's (start, speaker) of the sentences naming one) are that
    speaker's word until another source or the reporter's own voice takes over; a sentence
    speaking as one side is that side's (or the report's issuer's, ``author``) word."""
    if not any(_open(d) for d in drafts):
        return  # every event has its speaker, its doubt or its evidence already
    said = _speakers(sentences, claims)
    at, seats, regions = _by_sentence(drafts), Seats(drafts), Regions(drafts)  # (looked up once)
    if _independents_own(sentences, at):
        return  # the UN's or the IAEA's own report: what it tells, it tells itself
    # A report that relays several sources carries none of them into the next paragraph: the
    # reporter's own account takes it up (a report relaying one official carries him on)
    one = len(sources(w for w in said.values() if not _TITLE_ALONE.fullmatch(w))) <= 1
    voiced, side = _own_side(sentences, said)
    after = _After(sentences, said, at)
    speaker: str | None = None
    listed: str | None = None  # the speaker whose list the bullets below go on with
    told = ""  # the sentence that named the speaker
    his, paragraph = False, -1  # (whether the paragraph goes on with the speaker's word)
    for s in sentences:
        if s.paragraph != paragraph and not one:
            # (unless the paragraph opens with the speaker's word: "He explained that ...")
            his = bool(_HIS_WORD.match(s.text))
            speaker = speaker if his else None
        paragraph = s.paragraph
        who = said.get(s.start)
        own = at.get(s.start, [])
        listed = listed if who is None and _ITEM.match(s.text) else None
        for d in own if listed else []:  # "X said that: - its forces hit ...; - a store ..."
            if _open(d):
                d.claimed_by, d.attributed = listed, True
        if who is not None and s.text.rstrip().endswith(":") and not _NO_SIDES_SPEAKER.search(who):
            listed = None if independent(who) else who
        if who is not None and _TITLE_ALONE.fullmatch(who) and _same_one(who, speaker):
            for d in own:  # "The governor also reported ...": the one named before
                d.claimed_by = speaker if d.claimed_by == who else d.claimed_by
        elif who is not None:
            speaker = None if independent(who) or _NO_SIDES_SPEAKER.search(who) else who
            told = s.text
        elif speaker is not None and _reporter_again(s, bool(own)):
            speaker = None
        for d in own:
            if not _open(d):
                continue
            voice = sides_voice(s.text, d.place.country, side)
            if voiced and not voice:  # the rest of a side's own post
                voice = side or _SIDE_OF.get(d.place.country)
            # (among several sources one carries on only where it speaks again, "X said ... . In
            # Y, debris hit a pipe. ..., X said", or over a paragraph it frames; a mayor, his city)
            framed = one or his or _frames(speaker, told, s, claims)
            carried = in_seat(reaching(speaker, d, regions), d, seats, told) if framed else None
            carried = carried or after.who(s)
            if voice or carried:
                d.claimed_by, d.attributed = carried or author or voice, True


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_RUSSIAS_VOICE, _THE_ENEMY, _UKRAINES_VOICE = (
    cued(_RUSSIAS_VOICE),
    cued(_THE_ENEMY),
    cued(_UKRAINES_VOICE),
)
