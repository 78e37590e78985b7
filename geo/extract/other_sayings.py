"""A source's word given without the verbs :data:`geo.extract.attribution.CLAIM_VERB` reads: a
verb of saying of another kind ("the governor noted", "the administration explained on
Telegram", "police stressed that", "the head of the city administration pointed out") or a
phrase that names whose words they are ("by the regional administration's count", "in the words
of the governor", "in the mayor's words"). The one named is the sentence's claimant, as with
"said" (:func:`~geo.extract.attribution.claimant_in` reads him); an independent body noting it
still bears it out. The report's own back-reference ("as noted earlier") and its own count ("by
our count") name no one."""

from __future__ import annotations

import re

from geo.extract.attribution import claimant_in, official
from geo.extract.pattern_cues import cued
from geo.extract.wording import words

# Verbs of saying besides "said": not after "as", nor in a passive ("it was noted")
_OTHER_VERB = re.compile(
    r"(?<!\bas\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:noted|notes|explained|explains|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underlines|pointed\s+out|points\s+out|"
    r"highlighted|highlights|described|describes|put\s+it|puts\s+it|(?:further\s+|also\s+)?mention(?:ed|s)|"
    # "The administration write that ...", "X accused Ukrainian gunners of shelling Y", "the
    # council puts the toll at two dead"
    r"write\s+that|writes\s+that|accused|accuses|puts?\s+the\s+(?:death\s+)?toll\s+at|"
    # "the council gives two dead and six hurt", "the mayor gave three dead" (verif31)
    r"(?:gives|gave)(?=\s+(?:(?:now|first|at\s+least|some)\s+)?(?:\d|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve)\b)))\b",
    re.I,
)
_VERB_WORDS = (
    "not",
    "expla",
    "stress",
    "emphasi",
    "underl",
    "point",
    "highl",
    "descri",
    "put",
    "mention",
    "write",
    "accuse",
    "give",
    "gave",
)
# "by the regional administration's count", "in the mayor's words" (whose: not across "in",
# "by" or "on", which would take in the place before: "in Nikopol by the RMA's count")
_POSSESSIVE = re.compile(
    r"\b(?:by|in|on)\s+(?:the\s+)?(?P<who>(?:(?!\b(?:by|in|on)\b)[^,.;:()\"“”]){3,60}?)['’]s?\s+"
    r"(?:own\s+|latest\s+|preliminary\s+|official\s+|initial\s+)?"
    r"(?:count|tally|figures|estimates?|data|words|reckoning|account|version|telling)\b",
    re.I,
)
# "in the words of the regional governor", "by the count of the city council"
# "after what the Poltava governor called a drone strike", "what Naftogaz, the state energy
# company, called a missile attack": whose name for the event it is (not a pronoun's, which
# :mod:`geo.extract.relayed` carries, nor the report's own: "what we would call"; not a
# judgment of the event's size the report tells itself: "in what X called the largest attack")
_WHAT_CALLED = re.compile(
    r"\bwhat\s{1,3}(?P<who>(?!(?:he|she|they|we|I|it|some|many|one|you)\b)"
    r"[^.;:()\"“”]{2,80}?)\s{1,3}(?:calls|called|termed|terms|dubbed)\s+(?:an?\s|[\"“])",
    re.I,
)
_OF_WHOM = re.compile(
    r"\b(?:in\s+the\s+words|by\s+the\s+(?:count|tally|estimates?|reckoning))\s+of\s+"
    r"(?P<who>[^,.;:()\"“”]{3,80})",
    re.I,
)
_PHRASE_WORDS = (
    "count",
    "tally",
    "figures",
    "estimate",
    "data",
    "words",
    "reckoning",
    "account",
    "version",
    "telling",
)
# "The information comes from the regional military administration", "Photos of the damage were
# published by the regional administration": whose record it is, after the event
_FROM_WHOM = re.compile(
    r"\b(?:(?:information|data|figures|details|news|numbers)\s+(?:comes?|came)\s+from|"
    # (what was given is the account: not "a truck carrying aid provided by the city council")
    r"(?:information|data|figures|details|news|numbers|photos?|photographs|pictures|footage|"
    r"videos?|images)\b[^.;]{0,40}?\b(?:is|are|was|were|been)\s+(?:published|shared|posted|"
    r"provided|released|given|issued)\s+by)\s+"
    r"(?P<who>[^,.;:()\"“”]{3,80})",
    re.I,
)
_FROM_WORDS = (" from ", " by ")
# "The regional governor shared the news on Telegram", "Oleh Syniehubov gave these details":
# read as "said"
_GAVE = re.compile(
    r"\b(?:shared|gave|provided|published|released|posted)\s+(?:the\s+|these\s+|those\s+|"
    r"further\s+|more\s+|some\s+)?(?:news|details|information|figures|photos|pictures|footage|"
    r"videos?|images)\b",
    re.I,
)
_GAVE_WORDS = ("shared", "gave", "provided", "published", "released", "posted")
# the report's own ("by our count") or onlookers' ("videos posted by residents")
_OURS = re.compile(
    r"^(?:our|my|this\s+\w+['’]s?|its|their|his|her|(?:local\s+)?(?:residents|witnesses|"
    r"locals|users|people|onlookers))\b",
    re.I,
)


# '"A drone hit a car in Nikopol," - Serhiy Lysak.': a quote closed by its speaker after a dash
_QUOTE_DASH = re.compile(r"[\"”»]\s*[,.]?\s*[-–—]{1,2}\s*(?P<who>[^.;:\"“”]{3,80}?)\.?\s*$")
# "Prokudin on Telegram: ...", "In his evening address, President Zelensky: ...": a speaker
# before a colon where he spoke, or with his office (a name alone may be a town's heading)
_COLON_SPEAKER = re.compile(
    r"^\W*(?P<lead>(?i:in|on|at|during)\s+[^,:]{3,40},\s*)?"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*)"
    r"(?P<medium>\s+(?:on|via|in)\s+(?:Telegram|Facebook|X|Twitter|television|TV|"
    r"(?:an?|his|her|the|their|its)\s+[\w\s-]{2,30}?)|"
    # "Syniehubov's morning post: ...", "Mayor Terekhov's update: ..."
    r"['’]s?\s+(?:[\w-]+\s+)?(?:post|update|statement|message|summary|address|video))?\s*:\s+\S"
)
_TITLE = words(r"President|Governor|Mayor|Minister|Head|Chief|Commander|Spokes\w+|Prosecutor")


def quoted_speaker(text: str) -> str | None:
    """Who a quote is closed by after a dash, or who opens the sentence before a colon where he
    spoke or with his office; None when neither."""
    m = _QUOTE_DASH.search(text) if "-" in text or "–" in text or "—" in text else None
    who = m.group("who").strip() if m else ""
    if who and (official(who) or who[:1].isupper()):
        return claimant_in(f"according to {who}")
    m = _COLON_SPEAKER.match(text) if ":" in text else None
    if m and (m.group("lead") or m.group("medium") or _TITLE.search(m.group("who"))):
        return claimant_in(f"according to {m.group('who')}")
    return None


def voiced_by(text: str) -> str | None:
    """Whose word the sentence gives by a verb of saying other than those ``claimant_in``
    reads, or by a phrase naming whose count or words they are; None when neither is there."""
    lower = text.lower()
    if any(w in lower for w in _PHRASE_WORDS):
        for form in (_OF_WHOM, _POSSESSIVE):
            m = form.search(text)
            who = m.group("who").strip() if m else ""
            if who and not _OURS.match(who) and (official(who) or who[:1].isupper()):
                return claimant_in(f"according to {who}")
    if "what " in lower and (m := _WHAT_CALLED.search(text)):
        who = m.group("who").split(",")[0].strip()
        if official(who) or who[:1].isupper():
            return claimant_in(f"according to {who}")
    if any(w in lower for w in _FROM_WORDS) and (m := _FROM_WHOM.search(text)):
        who = m.group("who").strip()
        if not _OURS.match(who) and (official(who) or who[:1].isupper()):
            return claimant_in(f"according to {who}")
    if any(w in lower for w in _GAVE_WORDS) and _GAVE.search(text):
        return claimant_in(_GAVE.sub("said", text))
    if any(w in lower for w in _VERB_WORDS) and _OTHER_VERB.search(text):
        who = claimant_in(_OTHER_VERB.sub("said", text)) or ""
        # "what local residents described as a drone attack": the residents
        # "As Governor X put it", "By evening the administration put the toll at ..."
        who = re.sub(
            r"^(?:What|Which|As|By\s+(?:\w+\s+)?(?:morning|noon|evening|night))\s+", "", who
        )
        return who[:1].upper() + who[1:] or None
    if (m := _DENIER.match(text)) is not None:
        return claimant_in(f"according to {m.group('who')}")
    return None


# A side's denial that gives its own account: "Moscow called the report fake, adding that its
# gunners had downed 24 drones", "The ministry denied it, saying troops still hold the village":
# what follows the participle is the denier's word, not the claim it denies (verif35); (the
# marks before the name take no character a name holds: "^\W*" shares "'" and "-" with it)
_DENIER = re.compile(
    r"^[^\w'’-]*(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:called|dismissed|denied|rejected|branded|"
    r"disputed|refuted)\b[^.;,]{0,80},\s*(?:saying|adding|claiming|insisting|stating)\b"
)


# "..., reported local officials.", "..., claimed pro-Kremlin war bloggers.", "..., announced the
# city military administration.": a verb of saying after a comma with its speaker closing the
# sentence (the last word a body's or an office's, or a name's)
_INVERTED = re.compile(
    r"[,;]\s*(?:said|says|reported|reports|claimed|claims|announced|stated|wrote|writes|added|"
    r"adds|posted|noted|explained|stressed)\s+(?!(?:on|in|via|at|during|late|earlier|later|after|"
    r"before|by|to|from|yesterday|today|overnight|this|last)\b)"  # "..., said on Telegram."
    r"(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){0,7}?"
    r"(?P<last>[\w'’-]+))\s*(?:,[^.;:]*)?[.!]?[\"”’']?\s*$"
)
_INVERTED_WORDS = (
    " said ",
    " says ",
    " report",
    " claim",
    " announced ",
    " stated ",
    " wr",
    " add",
    " posted ",
    " noted ",
    " explained ",
    " stressed ",
)
_SPEAKER_LAST = words(
    r"governor|mayor|head|chief|officials?|authorities|administration|ministry|police|military|"
    r"spokes\w+|(?:mil|war\s+)?bloggers?|channels?|media|agency|sources|commanders?|command|"
    r"staff|service|council|force|forces|army|navy|prosecutors?|rescuers|operator|office"
)


# ... not a clause of its own ("..., said Ukrainian shelling killed a woman in Nova Kakhovka",
# "..., said Russian forces had advanced near X"): a verb or "that" in it
_CLAUSE_WORD = re.compile(
    r"\b(?:that|was|were|is|are|has|had|have|been|hit|struck|shot|took|(?!(?:armed|united|"
    r"installed|appointed|backed|based)\b)[a-z]+ed)\b"
)


def inverted_speaker(text: str) -> str | None:
    """The speaker named after the verb that closes the sentence ("..., reported local
    officials."), else None."""
    lower = text.lower()
    if not any(w in lower for w in _INVERTED_WORDS):
        return None
    m = _INVERTED.search(text)
    if m is None or _CLAUSE_WORD.search(m.group("who")):
        return None
    last = m.group("last")
    if not (_SPEAKER_LAST.fullmatch(last) or last[:1].isupper()):
        return None
    who = re.sub(r"\s+(?:on|via|in)\s+(?:Telegram|Facebook|TV)\b.*$", "", m.group("who"))
    return claimant_in(f"according to {who}")


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_OTHER_VERB = cued(_OTHER_VERB)
