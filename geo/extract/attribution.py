"""Who says so: confirmations, attributions ("according to X", "X said"), and the
verification status they add up to (the acting side: ``actors``)."""

from __future__ import annotations

import re

from geo import theatre
from geo.extract.claimant_office import opening_dropped, own_document, without_topic
from geo.extract.envoys import sides_diplomat
from geo.extract.pattern_cues import cued
from geo.extract.sentences import BULLET, CLOCK, Sentence
from geo.extract.speaker_colon import speaker_before_colon
from geo.extract.wording import words


def other_speaker(draft, named: list) -> bool:
    """Whether an event is told by another speaker than the one a doubt named (the events it
    hedged, ``named``): a body of another kind; a bare name may be the one doubted."""
    return bool(named) and draft not in named and bool(_SPEAKER_NOUN.search(draft.claimed_by or ""))


CONFIRMED = words("officially confirmed", "confirmed by", "has confirmed", "have confirmed")
ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:]+)", re.I)
# "as reported by X", "This was reported by X"
_AS_REPORTED = re.compile(
    r"\b(?:as|was|were) (?:reported|announced|stated) by (?P<who>[^,.;:]+)", re.I
)
CLAIM_VERB = re.compile(
    r"\b(?:said|says|say|reported|reports|claimed|claims|announced|stated|wrote|writes|written|added|adds|told|"
    r"posted|credited|informed|informs|notified|specified|clarified|clarifies|"
    # "Ukrainian authorities state that a drone hit ..." (not the noun: "the state energy firm")
    r"states?(?=\s+that\b)|"
    # a body's own count of the toll: "the district administration counted three wounded", "its
    # council lists nine hurt", "the briefing counts 40 assaults"
    r"counts|counted|lists|listed|tallied|tallies|"
    # "The air force has published its tally: ...", "the ministry released its daily figures"
    r"(?:published|released|issued)\s+(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:tally|figures|count|summary|update|report|data))\b"
)
# "..., said Yevgeny Balitsky, the governor", "..., said regional governor Ivan Fedorov", "...;
# three more wounded, says the regional governor": the speaker after the verb.
_SAID_BY = re.compile(
    r"[,;]\s*(?:said|says|wrote|writes|added|adds|posted)\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
    r"{0,3}|(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:governor|mayor|head|spokes(?:person|man|woman)|"
    r"minister|ministry|chief|commander|administration|military|police|officials|authorities)"
    r"(?:\s+of\s+[\w\s'’-]{3,60}?)?(?:\s+[A-Z][\w'’-]*){0,3})\s*(?:,[^.;:]*)?[.!]?\s*$"
)
# Words that open a clause before its speaker: "..., where Ukraine's General Staff reported",
# "Two barges sank after the port authority reported a mine": the speaker follows the last.
_CLAUSE_OPENER = re.compile(
    r"\b(?:where|when|while|whereas|although|though|but|after|because|since|yet)\s+", re.I
)
_RELATIVE = re.compile(r"(?:who|whom|whose|which)\s")
_OFFICE_FIRST = re.compile(r"(?:the\s+)?(?:head|chief|governor|mayor|commander|spokes\w+)\b", re.I)
_AUXILIARY = re.compile(r"\b(?:has|have|had|also)(?:\s+(?:since|now|already|also))?\s*$", re.I)
# "It listed the others as ...", "he said": the speaker of the sentence before.
PRONOUN_SPEAKER = re.compile(
    r"\b(?:it|he|she|they)\s+(?:also\s+)?(?:said|says|added|listed|reported|claimed|stated|wrote|"
    r"noted|told|announced)\b|,\s*(?:it|he|she|they)\s+(?:said|added)\b",
    re.I,
)
_SPEAKER_NOUN = words(
    "media|agency|ministry|military|army|governor|mayor|spokes(?:person|man|woman)|officials?",
    "forces?|command|staff|authorities|administration|office|police|navy|commanders?",
    "diplomats|president|minister|council|service|railways|operator|head|chief|prosecutors?",
    "sources|witnesses|residents|guards?|spokespeople|(?:mil)?bloggers?|channels?|outlets?",
    "rescuers|mission|delegation|ombudsman|intelligence|commission|commissioner|governments?|kremlin",
    "pentagon|monitors|observers|inspectors|investigators|analysts|group|project|company|authority",
    "headquarters|admin",
)
# A side's officials and bodies (not witnesses, residents or bloggers)
_OFFICIAL = words(
    "administration|admin|governor|ministry|mayor|head|police|service|military|command|staff",
    "authorities|officials?|operator|council|prosecutors?|spokes(?:person|man|woman)",
    "commander|minister|chief|secretary",
)


def official(claimant: str) -> bool:
    """Whether the one quoted is a side's official or body."""
    return bool(_OFFICIAL.search(claimant))


_WHO_NOISE = re.compile(
    r"^(?:the|an?|unconfirmed|unverified|official|some)\s+|\s+(?:reports?|information|data|sources?)$",
    re.I,
)


# Bodies that are not a side: what they say or confirm, the report confirms.
_INDEPENDENT = words(
    "(?-i:UN|OCHA|OHCHR|IAEA|UNHCR|WHO|ICRC|HRMMU|UNICEF|UNDP|UNESCO|WFP)|United Nations|Red Cross",
    "World Health Organi[sz]ation|World Food Programme",  # the UN's agencies by name
    "(?:the|monitoring) Mission|humanitarian (?:partners|organi[sz]ations|agencies)",
    "our (?:correspondent|reporters?)",
    "(?:this|the) agency's (?:reporters?|correspondents?)|satellite|geolocated|open-source",
)
_NO_SIDE = (
    r"(?:(?-i:\b(?:UN|OHCHR|HRMMU|OCHA|IAEA|ICRC|UNHCR)\b)|\bUnited Nations\b|\bRed Cross\b|"
    r"\bHuman Rights Monitoring Mission\b)"
)
_CHECKED = "(?:verified|confirmed|documented|corroborated)"
# Evidence the report itself weighs: "Geolocated footage shows a fire at the site", "satellite
# images taken the next day showed both ships burned", "NASA fire data registered a heat anomaly".
ATTESTED = re.compile(
    r"\b(?:satellite|geolocated|fire-detection)\b[\w\s,-]{0,80}?\b(?:shows?|showed|show|"
    r"confirms?|confirmed|corroborates?|corroborated|registered|recorded|"
    r"leaves?\s+(?:little|no)\s+doubt)\b|\b(?:analysts|researchers|we)\s+(?:have\s+)?geolocated\b|"
    # the report's own people on the spot: "A Newswire cameraman ... filmed rescuers", "A Baltic
    # Wire photographer at the scene saw ...", "a reporter for this paper saw"; "I watched it burn"
    r"\b(?:(?:our|the agency's) (?:own |local |staff |two |three )?|an? (?:[A-Z][\w-]+ ){1,3}?|"
    r"an? (?=\w+ (?:for|of|from) (?:this|our) )|"
    # "AFP journalists at the scene saw", "Reuters reporters saw", "Lakepress's correspondent"
    r"(?-i:[A-Z][A-Za-z]+(?:['’]s)? ))"
    r"(?:cameraman|photographer|correspondent|reporter|journalist|producer|stringer)s?\b"
    r"(?:[^.]|\.(?=\d)){0,80}?\b(?:saw|filmed|witnessed|photographed|counted|describes|"
    r"described|(?:has|have|had) seen|(?:was|were) at the scene)\b|"
    r"(?-i:\b(?:I|We)\b)\s+(?:\w+\s+)?(?:saw|watched|witnessed|filmed|photographed|counted)\b"
    r"(?!\s+(?:no|nothing|none)\b)|"  # (not "We saw no new craters": no evidence; verif32)
    # its own documentation: "we documented three killed", "we verified the death with the
    # family", "our field monitors documented", "the Mission had verified that death"
    r"\b(?:we|our (?:own |field )?(?:monitors|team|staff))\s+(?:(?:have|had)\s+)?"
    r"(?:documented|verified)\b|"
    r"(?-i:\b(?:the|The) Mission)\s+(?:(?:has|have|had)\s+)?(?:verified|documented)\b|"
    # its own team's or a body's staff's eyes: "Our Lozova team saw the drone hit the depot",
    # "Embassy staff heard explosions and saw smoke", "Staff of the agency ... saw a drone
    # brought down" (not what they only heard: "The team heard explosions over the city"; not
    # a side's "team of military investigators", "team from the police")
    r"\b(?:our\s+(?:(?-i:[A-Z])[\w-]+\s+|own\s+|field\s+)?teams?|(?-i:[Tt]he)\s+team"
    r"(?!\s+(?:of|from)\s+(?!(?:the\s+)?(?:IAEA|agency|mission|UN)\b))|"
    r"(?-i:Embassy)\s+staff|staff\s+of\s+the\s+(?:agency|mission|embassy))\b"
    r"[^.]{0,160}?\b(?:saw|watched|witnessed|observed)\b|"
    # pictures the report itself checked: "Photographs from the scene, verified by Newswire,
    # showed ...", "video ... verified by this newspaper shows ..."
    r"\b(?:photo(?:graph)?s|pictures|videos?|footage|images)\b[^.]{0,60}?(?<!be )\bverified by\b"
    r"[^.]{0,40}?\b(?:shows?|showed)\b|"
    # a body that is no side checked it, the whole or a part of the toll: "OHCHR has verified
    # four of the deaths", "the deaths were confirmed by the UN monitoring mission"
    rf"{_NO_SIDE}[\w\s'’-]{{0,40}}?\b(?:(?:has|have|had)\s+(?:\w+\s+)?)?{_CHECKED}\b|"
    rf"\b{_CHECKED}\s+by\s+(?:the\s+)?{_NO_SIDE}|"
    # its staff at the scene: "UN staff who visited the district on 4 April saw ..."
    rf"{_NO_SIDE}\s+(?:[\w-]+\s+)?(?:staff|team|monitors|inspectors|experts|personnel)\b"
    r"[^.]{0,80}?\b(?:saw|heard|witnessed|observed|photographed|filmed|counted)\b",
    re.I,
)
CLAIM_VERB, ATTESTED = map(cued, (CLAIM_VERB, ATTESTED))


def confirm_at(drafts: list, hits: list, sentences: list[Sentence], s: Sentence) -> None:
    """Evidence of the report's own (its reporter on the spot, pictures it checked) in ``s``, a
    sentence with no event of its own, confirms the events (drafts with ``place`` and
    ``confirmed``) at the places its paragraph has named so far (``hits``, with ``start`` and
    ``place``; ``sentences``, the report's)."""
    start = next(x.start for x in sentences if x.paragraph == s.paragraph)
    places = {h.place.id for h in hits if start <= h.start < s.end}
    for d in drafts:
        d.confirmed = d.confirmed or d.place.id in places


def independent(claimant: str | None) -> bool:
    """Whether the one quoted is no side of the war (the UN, the IAEA, the report's reporters;
    not a side's envoy to the UN)."""
    return bool(claimant and _INDEPENDENT.search(claimant) and not sides_diplomat(claimant))


def borne_out(text: str, claimant: str | None) -> bool:
    """Whether the sentence confirms its event: it says so, the report's own evidence shows it,
    or an independent body gives it ("According to figures the UN verified, ..."), whatever a
    side said of the same event elsewhere."""
    return bool(CONFIRMED.search(text) or ATTESTED.search(text) or independent(claimant))


# An aside between a speaker and its verb: "Russia's Defense Ministry, for its part, said".
_ASIDE = re.compile(
    r",\s*(?:for (?:its|their|his|her) part|in (?:its|their) turn|in turn|meanwhile|however|too|"
    r"separately|in a statement|in a Telegram post|"
    # "the General Staff, in its own evening update, said"
    r"in (?:its|their|his|her|an?) (?:[\w-]+ ){0,3}(?:update|statement|post|briefing|bulletin|report))"
    r"\s*,?\s*$",
    re.I,
)


def claimant_in(text: str) -> str | None:
    """Who the sentence attributes its content to ("according to X", "X said", "as reported by X")."""
    for pattern in (ACCORDING, _AS_REPORTED, _SAID_BY):
        m = pattern.search(text)
        who = _clean_who(m.group("who")) if m else None
        if who:
            return who
    for m in CLAIM_VERB.finditer(text):
        head = _AUXILIARY.sub("", text[: m.start()])  # "X, the governor, has posted"
        head = _ASIDE.sub("", head)  # "Russia's ministry, for its part, said"
        # (not the colon of a time: "At about 08:00 the energy company told us ...")
        parts = [p.strip() for p in re.split(r"[,;]|(?<!\d):(?!\d)|\bthat\b|\band\b", head)]
        # "X, who heads the region's administration, said", "X, whom Moscow installed ...",
        # "X, whose inspectors ...", "X, which runs the plant, said": the name before the clause
        segment = next((p for p in reversed(parts) if p and not _RELATIVE.match(p)), "")
        segment = opening_dropped(segment)
        segment = _CLAUSE_OPENER.split(segment)[-1]  # ", where the General Staff reported"
        # "KYIV, Oct 14 (Agency) - Russia's ministry said": the dateline ends at its dash
        segment = re.split(r"\s[-–—]\s", segment)[-1]
        # "The Ministry of Defence on the situation in the zone claimed": the body, not its topic
        segment = bare if _SPEAKER_NOUN.search(bare := without_topic(segment)) else segment
        words = segment.split()
        most = 11 if _OFFICE_FIRST.match(segment) else 8  # "the head of the ... administration X Y"
        if 0 < len(words) <= most and (_SPEAKER_NOUN.search(segment) or words[-1][:1].isupper()):
            who = _clean_who(segment)
            if who:
                return who
    return _speaker_first(text)


_SUBJECT = re.compile(
    r"^\W*(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:shot|hit|struck|brought|took|[a-z]+ed)\b"
)


def pronoun_speaker(text: str, last: str | None) -> str | None:
    """Who "it said", "he added" stands for: the body that opens the sentence when it is one
    that speaks ("The Ukrainian air force shot down 20 drones, it said"), else the speaker of
    the sentences before (``last``; the caller leaves out a headline's: "Moscow says it downed
    30 drones" does not speak for the body)."""
    if not PRONOUN_SPEAKER.search(text):
        return None
    m = _SUBJECT.match(text)
    if m is None or not _SPEAKER_NOUN.search(m.group("who")):
        return last
    return _clean_who(m.group("who")) or last


# A post's time stamp before its speaker ("03:20 The ministry reports"): when, not who
_CLOCK_FIRST = re.compile(rf"^{CLOCK}\s*[-–—|]?\s*")
# "Acting governor of X region Y: in Z a drone struck a car": a post that opens with its speaker
# (``speaker_colon``), but not a text's heading
_NO_SPEAKER_COLON = words("updates?|summary|briefing|digest|news|overview|timeline|latest|live")


def _speaker_first(text: str) -> str | None:
    """The speaker a sentence opens with before a colon (a time stamp before it left out)."""
    who = speaker_before_colon(_CLOCK_FIRST.sub("", text.strip())) or ""
    if _NO_SPEAKER_COLON.search(who) or len(who.split()) > 10 or not _SPEAKER_NOUN.search(who):
        return None  # "Military update: ...", "Police news: ..." head a text, not a speaker
    return _clean_who(who)


def _clean_who(who: str) -> str | None:
    who = _CLOCK_FIRST.sub("", who.strip())
    who = _WHO_NOISE.sub("", BULLET.sub("", who))  # "- Ukraine said": a list's dash
    who = _WHO_NOISE.sub("", who).strip(" .\"“”‘’'")
    if (
        not who
        or len(who) > 80
        or re.fullmatch(r"(?i)(it|he|she|they|this|that|which|its|his|her|him|them)", who)
        or who.endswith(" I")  # "A correction to what I said": the writer names no one
        or own_document(who)
    ):
        return None
    return who[:1].upper() + who[1:]


# A side by its capital or seat: "Moscow's defence ministry", "the Kremlin", "Kyiv's general staff"
_SEATS = {"Russia": ("russia", "moscow", "kremlin"), "Ukraine": ("ukrain", "kyiv", "kiev")}


def attackers_word(claimant: str | None, actor: str | None) -> bool:
    """Whether the one speaking is the side that struck (``actor``): "Moscow's defence ministry
    described the strike as a hit on military targets" of a Russian strike."""
    who = str(claimant or "").lower()
    return bool(who and actor) and any(
        n in who for n in _SEATS.get(str(actor), (str(actor)[:5].lower(),))
    )


def no_sides_word(event_type: str, country: str) -> bool:
    """Whether an event is no side's claim whoever tells it: a meeting, or wreckage found and an
    airspace crossed (``other``) in a country not at war, which its own police, ministry or
    command report."""
    return event_type == "meeting" or (
        event_type == "other" and bool(country) and country not in theatre.current().countries
    )


def verification(hedged: bool, confirmed: bool, attributed: bool) -> str:
    """``unverified`` when the report hedges, ``confirmed`` when it states the event itself (or
    says it was confirmed), else ``claimed``."""
    return "unverified" if hedged else ("confirmed" if confirmed or not attributed else "claimed")


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
PRONOUN_SPEAKER, CONFIRMED, _INDEPENDENT, _SPEAKER_NOUN, _AS_REPORTED, ACCORDING, _SAID_BY = (
    cued(PRONOUN_SPEAKER),
    cued(CONFIRMED),
    cued(_INDEPENDENT),
    cued(_SPEAKER_NOUN),
    cued(_AS_REPORTED),
    cued(ACCORDING),
    cued(_SAID_BY),
)
