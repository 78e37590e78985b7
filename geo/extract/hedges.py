"""Doubts: the hedges a report puts on what it tells ("could not be independently verified",
"reportedly"), whose word a doubt names, and which events it covers (the paragraph's, those at
the places it names, or the two versions just told)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.first_letters import by_first_letter
from geo.extract.pattern_cues import cued
from geo.extract.sentences import Sentence
from geo.extract.wording import words

HEDGE = cued(  # (tried at each word start with the alternatives its letter may begin)
    by_first_letter(
        words(
            "unconfirmed|unverified|presumably|reportedly|allegedly|apparently|rumou?r(?:s|ed)",
            "(?:could not|cannot) be (?:independently |immediately )?(?:verified|confirmed|geolocated)",
            "not (?:been )?independently (?:verified|confirmed)",
            r"(?:independent )?(?:assessment|verification)\b[^.]{0,40}\b(?:was|is|were) not possible",
            "not possible to verify|could not verify|it is unclear|it was unclear",
            "(?:have|has|had) not (?:been able to |been )?(?:independently )?(?:verify|verified|confirm|confirmed)",
            "(?:can['’]t|couldn['’]t) (?:independently |immediately )?(?:verify|confirm)",
            "(?:cannot|can not|could not|(?:were|was|are|is|am|been) unable to) (?:independently |immediately )?"
            "(?:verify|confirm|check)",
            "(?:hard|impossible|difficult) to (?:independently )?(?:confirm|verify)|(?:appear|seem)(?:ed|s)? to show",
            "(?:said|purported|claimed) to (?:show|have)|purportedly|there (?:were|have been) reports of",
            r"social media (?:posts?|videos?|footage|images|users)\b[^.]{0,40}?\b(?:show(?:s|ed)?|appear)",
            # "has not yet been able to verify this report", "... verify it." (not "the additional cases")
            r"not yet been able to (?:independently )?(?:verify|confirm) (?:(?:this|that|the) "
            r"(?:report|claim|account|information)|(?:it|this|that)(?=\s*(?:[.;]|$)))",
            "not (?:yet )?(?:seen|observed|found) (?:any )?(?:visual )?(?:confirmation|evidence|imagery|footage)",
            "(?:see|seen|observed|found) no (?:visual |geolocated )?(?:confirmation|evidence|imagery|footage)",
            "claims? (?:is|was|are|were|as) premature|without (?:independent |visual )?confirmation",
            # a verdict on a claim: "We judge the claim premature", "the ministry's claim to have seized
            # X is premature", "not supported by any footage", "did not support this claim"
            r"(?:judge|judged|assess|assessed|consider|considered|deem|deemed) (?:the|this|that|these|"
            r"those|its|their|such) claims? (?:to be )?premature",
            r"\bclaims?\b[^.;:]{0,80}?\b(?:is|was|are|were) (?:still |probably |likely |false or "
            r"(?:at least )?)?premature(?! to\b)",
            r"not supported by (?:any |the )?(?:footage|imagery|evidence|videos?|images)",
            r"(?:did|does|do) not support (?:this|that|the|these|its|their) claims?",
            "without (?:providing |offering |giving |citing )?(?:any )?evidence|unsubstantiated",
            # "not yet verified", "was not able to verify these allegations"; alone, "HRMMU is working to
            # verify these figures" (not "...; the UN is still working to verify that figure": a part)
            "not yet (?:been )?(?:independently )?(?:verified|confirmed)",
            "(?:was|were|is|are|am) not able to (?:independently )?(?:verify|confirm)",
            r"^[\w\s'’()-]{1,60}?\b(?:is|are|was|were)\s+(?:still\s+)?(?:working\s+to\s+"
            r"(?:independently\s+)?(?:verify|confirm)|verifying)",
            # "We can't check either version", "I had no way of checking that", "Neither version could
            # be checked", "there is no independent confirmation"
            r"(?:can(?:no|')t|could not|couldn't) (?:independently )?check",
            r"no way (?:of checking|to check)|(?:could not|cannot) be checked|no independent confirmation",
            r"neither\b[^.]{0,60}?\b(?:can|could) be (?:independently )?(?:checked|verified|confirmed|tested)",
            # "Neither version is something we can check", "hard for journalists to check who is right"
            r"neither\b[^.]{0,60}?\b(?:something|anything) (?:we|anyone|one) can (?:check|verify|confirm)",
            r"(?:hard|impossible|difficult)\b[^.]{0,40}?\bto (?:check|tell|verify|confirm) who(?: is|['’]s) right",
            # "We were unable to establish who controls it", "not in a position to confirm the cause",
            # "I have no confirmation of a bomb there", "No confirmation yet"
            r"(?:cannot|can not|could not|couldn't|(?:were|was|are|is|am) unable to|"
            r"(?:have|has|had) not (?:yet )?been able to) (?:independently )?establish",
            r"not in a position to (?:independently )?(?:verify|confirm|establish|check)",
            r"(?:(?:have|has|had)|there (?:is|was)) no (?:official |immediate )?confirmation|^no confirmation",
            # hearsay the writer doubts: "I don't know if that's true", "how much of that is true"
            r"(?:don['’]t|do not) know (?:if|whether|how much of) (?:that|this|it)(?: is|['’]s)? true",
            # "corroborate" as "verify": "have not yet corroborated this", "still working to corroborate"
            r"(?:(?:ha(?:s|ve|d)) not (?:yet )?(?:been able to )?|(?:cannot|can not|could not|couldn['’]t|"
            r"can['’]t|unable to|not able to) (?:yet )?|working to |not yet )corroborat(?:e|ed)|uncorroborated",
            # a project's grading words (verif32): "footage not yet checked", "pending verification",
            # "awaiting confirmation", "Grade C: pending", "Status: pending review"
            r"not yet (?:been )?(?:checked|reviewed)|awaiting (?:verification|confirmation|corroboration)",
            r"pending (?:verification|confirmation|review|checks?|corroboration)",
            # the report's own guess at the event: "Russian forces likely struck X", "a drone may have
            # hit the depot", "is believed to have hit" (not "likely to", "more likely")
            r"(?<!more )(?<!most )\b(?:likely|probably|possibly)\s+(?:also\s+)?(?:struck|hit|shot|took|"
            r"seized|captured|advanced|destroyed|damaged|targeted|attacked)\b",
            r"\b(?:may|might|could)\s+have\s+(?:been\s+)?(?:struck|hit|shot|seized|captured|advanced|"
            r"destroyed|damaged|targeted|attacked)\b|\b(?:is|are|was|were) believed to have\b",
            r"(?:grade|status|confidence|rating)\b[\w ]{0,12}:\s*(?:[A-E]\b\W*)?pending\b",
        )
    )
)
# Whose word a doubt names: "unable to check the ministry's claims", "the governor's figures".
_DOUBTS_OF = r"(?:claims?|figures?|accounts?|statements?|reports?|versions?|tall(?:y|ies))"
_DOUBTED = re.compile(
    rf"\b(?P<who>[A-Za-z-]+)['’]s?\s+(?:own\s+|latest\s+|daily\s+)?{_DOUBTS_OF}\b|"
    # "the accounts of either governor", "the claims of both ministries"
    rf"\b{_DOUBTS_OF}\s+of\s+(?:the\s+|either\s+|both\s+|each\s+)?(?P<whose>[a-z-]+)"
)


def doubted(text: str) -> str | None:
    """The speaker a hedge is about, by its head word ("ministry"), when it names one."""
    if not HEDGE.search(text):
        return None
    m = _DOUBTED.search(text)
    if m is None:
        return None
    return m.group("who").lower() if m.group("who") else m.group("whose").removesuffix("s")


def hedge_named(drafts: list, text: str) -> list:
    """ "We could not check the ministry's claims": the events (drafts with ``claimed_by`` and
    ``hedged``) the speaker a doubt names told before it are hedged; which they are."""
    who = doubted(text)
    named = [d for d in drafts if who and who in (d.claimed_by or "").lower()]
    for d in named:
        d.hedged = True
    return named


# A doubt about the two versions just told ("Neither account could be checked", "we could not
# verify either claim"): the events of the sentence that told them, not the paragraph's.
BOTH_ACCOUNTS = words(
    r"(?:neither|either|both)\s+(?:of\s+the\s+)?(?:sides?['’]s?\s+)?(?:versions?|accounts?|claims?)"
)


# A capitalised word inside a sentence, not a possessive: a name it gives.
_NAME_IN_SENTENCE = re.compile(r"(?<=[\s(])[A-Z][\w’'-]{2,}\b(?!['’]s\b)")


# A doubt about the weapon alone ("The claim that a Kinzhal was also used could not be
# verified", "Reports that a Kinzhal was among the missiles ...", "not able to confirm the type
# of warhead"): a detail of the events told, not the events (heldout32, heldout36 annotations).
# (An article's blanks are taken with it: a "\s+", an optional word and "\s*" side by side try
# every split of a long run of blanks.)
_WEAPONRY = r"(?:warhead|missile|weapon|munition|drone|bomb|rocket|ammunition|shell)s?"
DETAIL_DOUBT = cued(
    words(
        rf"(?:type|kind|model|make|sort)s?\s+of\s+(?:the\s+)?(?:\w+\s+)?{_WEAPONRY}",
        rf"(?:which|what)\s+(?:kind\s+of\s+|type\s+of\s+)?{_WEAPONRY}\s+(?:was|were|had\s+been)",
        r"(?:claims?|reports?|suggestions?|accounts?)\s+(?:that|of)\s+(?:(?:a|an|the)\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:(?:was|were|had\s+been)\s+(?:(?:also\s+)?(?:used|among\s+the)|"
        r"also\s+(?:fired|launched))"
        r"|(?:was|were)\s+(?:also\s+)?(?:fitted|armed|tipped)\s+with)",
        rf"(?:whether|that)\s+(?:(?:a|an)\s+)?cluster\s+{_WEAPONRY}\s+(?:was|were|had\s+been)",
    )
)


def doubts_detail(
    text: str, hits: Sequence = (), drafts: Sequence = (), paragraph: int = -1
) -> bool:
    """Whether a sentence doubts only the weapon of events told, not an event: the places it
    names (``hits``, place hits) are those of events (``drafts``) already told in its paragraph
    ("Reports that a Kinzhal was among the missiles fired at the capital ...")."""
    return bool(DETAIL_DOUBT.search(text)) and told_places(hits, drafts, paragraph)


def told_places(hits: Sequence, drafts: Sequence, paragraph: int) -> bool:
    """Whether every place ``hits`` name is that of an event already told in ``paragraph``."""
    told = {d.place.id for d in drafts if d.sentence.paragraph == paragraph}
    return all(h.place.id in told for h in hits)


def hedge_paragraph(drafts: list, s: Sentence, named: set[str], weapon_doubt: bool) -> None:
    """A hedge about the paragraph's events (drafts with ``sentence``, ``place``,
    ``place_mention`` and ``hedged``), or about those at the places it names (``named``); a name
    the gazetteer left to its region ("the Kotluban site" after "the village of Kotluban in the
    Volgograd region") still names that mention's event. A doubt about the weapon alone hedges
    none of them (``weapon_doubt``: the sentence's DETAIL_DOUBT, read once in its Facts)."""
    if weapon_doubt:
        return
    names = set(_NAME_IN_SENTENCE.findall(s.text))
    mine = [d for d in drafts if d.sentence.paragraph == s.paragraph]

    def is_named(d) -> bool:
        return d.place.name in named or bool(names & set(d.place_mention.split()))

    if any(is_named(d) for d in mine):
        mine = [d for d in mine if is_named(d)]
    # "Geolocated videos show troops in X. Moscow claims Y. We could not establish who holds
    # it": the doubt is about the claims, not about what the report's own evidence shows.
    if any(not d.confirmed for d in mine):
        mine = [d for d in mine if not d.confirmed]
    for d in mine:
        d.hedged = True


def hedge_versions(drafts: list, s: Sentence, told: list[Sentence]) -> bool:
    """ "Neither account could be checked": the doubt is about the versions told in ``told``
    (the sentences right before it, in its paragraph), not about the paragraph's other events;
    whether it found them."""
    if not BOTH_ACCOUNTS.search(s.text):
        return False
    starts = {x.start for x in told}
    versions = [
        d for d in drafts if d.sentence.start in starts and d.sentence.paragraph == s.paragraph
    ]
    for d in versions:
        d.hedged = True
    return bool(versions)
