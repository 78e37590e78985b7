"""Places named as speakers or agents: a town or capital standing for the people who speak or act
there ("Kyiv said", "Moscow's forces", "officials in Moscow", "In Budapest, the minister told
..."), which is no place where anything happened."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued
from geo.extract.wording import just_before

_SPEAKER_AFTER = re.compile(
    r"^['’]?s?\s*(?:,\s*)?(?:has\s+|had\s+)?(?:said|says|allowed|announced|reported|claimed|stated|warned|"
    r"confirmed|denied|accused|wants|demanded|agreed|decided|urged|insists|refused|refuses|rejected|rejects|threatened|threatens|responded|vowed)\b",
    re.I,
)
# "... in Nikopol, said the regional governor.", "..., says Governor Serhiy Lysak", "..., claimed
# pro-Kremlin war bloggers": a verb of saying after the comma with its speaker after it closes
# the sentence told at the place ("Krakovets, reported normal traffic" names none).
_INVERTED = re.compile(
    r"^\s*,\s*(?:said|says|wrote|writes|added|adds|reported|reports|claimed|claims|announced|"
    r"stated|posted|noted)\s+(?:the\s+|(?-i:[A-Z])|(?:[\w'’-]+\s+){0,3}?(?:governor|mayor|head|"
    r"chief|officials?|authorities|administration|ministry|police|military|spokes\w+|bloggers?|"
    r"channels?|media|agency|sources|commanders?|command|staff|service|council)\b)",
    re.I,
)
# "Kyiv's air defences shot down ten drones": the city's own defences bring them down over it.
DEFENCES_AFTER = re.compile(r"^['’]s\s+air[\s-]+defen[cs]es?\b", re.I)
# "Kyiv's cross-border push", "Moscow's forces": a capital standing for its government or army,
# whose action is told elsewhere, not the place where it happened.
_AGENT_AFTER = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|army|military|soldiers|units|navy|push|"
    r"offensive|counteroffensive|counter-offensive|incursion|operation|campaign|government|"
    r"leadership|leaders?|allies|partners|officials|decision|plan|strategy|request|position|war|"
    r"ministry|ministries|envoys?|diplomats|delegation|negotiators|spokes(?:wo)?man|authorities|"
    r"commanders?|generals|regime|account|version|telling|contempt|disregard|aims|goals|demands|"
    r"drones|missiles|strikes)\b",
    re.I,
)
# "since Moscow opened a new front", "Kyiv has denied ...": a capital as the subject that acts
# or speaks for its state (read for capitals only; "Kharkiv burned" is the city).
_CAPITAL_ACTS_AFTER = re.compile(
    r"^\s+(?:(?:has|have|had|also|then|later|now|again)\s+){0,2}(?:opened|launched|began|"
    r"started|responded|retaliated|said|says|claimed|claims|denied|denies|accused|accuses|"
    r"announced|insisted|insists|warned|warns|rejected|rejects|demanded|blamed|vowed|threatened|"
    r"refused|agreed|ordered|sent|deployed|escalated|stepped up)\b",
    re.I,
)
# "Officials in Moscow describe their offensive as ...", "according to the General Staff in
# Kyiv": a capital's government bodies speak where they sit.
_OFFICIALS_IN = just_before(
    "officials in",
    "authorities in",
    "leaders in",
    # "according to analysts in Kyiv", "diplomats in Moscow say": those who speak where they sit
    r"(?:analysts|experts|diplomats|observers|commentators)\s+in",
    r"(?:general staff|ministry|government|command|headquarters|spokes(?:man|woman|person))\s+in",
)
# "Washington urged Kyiv to avoid energy targets", "pressed Moscow not to": a capital asked or
# told to do something is its government
_ADDRESSED_BEFORE = just_before(
    "urged|urges|pressed|presses|asked|asks|told|tells|warned|warns|advised|encouraged|called on",
    gap=r"(?:(?:at\s+)?times\s+|repeatedly\s+|again\s+)?",
)
_TO_AFTER = re.compile(r"^\s+(?:to|not\s+to|against)\b", re.I)
# "a town retaken by Kyiv in 2022", "the villages held by Moscow": a capital as the agent of a
# passive is its state's army or government
_AGENT_OF_PASSIVE = just_before(
    r"(?:re)?(?:taken|captured|liberated|seized|occupied|held|controlled|annexed|launched|fired|"
    r"ordered|claimed|denied|blamed|backed)\s+by",
    gap="",
)
# "... after a meeting of European leaders in Paris": the leaders are there for the meeting
_MEETING_OF = re.compile(r"\b(?:meeting|summit|talks|conference|gathering)\s+of\b", re.I)
# "In Budapest, the foreign minister told state media ...", "In Kyiv, officials insist ...": a
# capital opening the sentence before its government speaks is where it speaks, not an event.
# (A mayor speaks for the city: "In Kyiv, the mayor said a drone hit a house" stays Kyiv.)
_GOVERNMENT_SPEAKS_AFTER = re.compile(
    r"^\s*,\s+(?:[\w'’.-]+\s+){0,4}?(?:officials|ministers?|ministry|government|president|"
    r"prime\s+minister|Kremlin|spokes(?:man|woman|person)|leaders|diplomats|general\s+staff)\b"
    r"[^,.;:]{0,40}?\b(?:said|says|told|tells|insist(?:s|ed)?|stated|announced|claimed|claims|"
    r"denied|denies|warned|warns|accused|accuses|argued|argue|maintain(?:s|ed)?|believe[sd]?)\b",
    re.I,
)


def speaks_or_acts(capital: bool, before: str, after: str) -> bool:
    """Whether the place, with the words ``before`` and ``after`` it in its sentence, stands for
    who speaks or acts there: anyone's town before "said"; a capital's forces, ministry or
    officials; a capital as the subject of its state's deeds."""
    return bool(
        (_SPEAKER_AFTER.search(after) and not _INVERTED.match(after))
        or (_AGENT_AFTER.match(after) and not DEFENCES_AFTER.match(after))
        or (
            capital
            and (
                (_OFFICIALS_IN.search(before) and not _MEETING_OF.search(before))
                or _GOVERNMENT_SPEAKS_AFTER.match(after)
                or _CAPITAL_ACTS_AFTER.match(after)
                or (_ADDRESSED_BEFORE.search(before) and _TO_AFTER.match(after))
                or _AGENT_OF_PASSIVE.search(before)
            )
        )
    )


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_SPEAKER_AFTER = cued(_SPEAKER_AFTER)
