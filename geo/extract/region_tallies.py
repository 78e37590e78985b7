"""Interceptions in the forms of an air defence tally read out a region at a time that the core
lexicon lacks (issue recall22A, in air force statements, interview transcripts and defence
ministry summaries): a sentence of a region and a figure with no verb of its own ("In the Sumy
region, 23 drones.", "Over the Mykolaiv region, 17.", "Zhytomyr region, 12 drones and two
cruise missiles."), weapons "stopped" over a place ("34 drones were stopped"), and the rest or
the bulk of the tally told over regions ("The rest were over the X and Y regions", "the bulk over
the Z region").
A region and a bare figure is a tally only "over" the region (airspace): "In the Sumy region, 23"
may count schools; with "in" the figure must name a weapon. The region's items of a tally after a
colon ("Belgorod region 14, Lipetsk region 9") are ``interception_figures.tally_after``'s."""

from __future__ import annotations

import re

from geo.extract.event_words import Cued
from geo.extract.numbers import NUMBER

# a region by its name and kind: "the Sumy region", "Krasnodar Territory", "Kyiv Oblast"
_REGION = (
    r"(?-i:[A-Z])[\w'’-]*(?:[ \t-](?-i:[A-Z])[\w'’-]*)?\s+"
    r"(?:region|oblast|territory|krai|province)"
)
# what a tally counts: "23 drones", "94 UAVs", "six cruise missiles", "60 Shahed-type drones"
_WEAPONS = (
    r"(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|Shaheds?|Gerans?|rockets|(?:aerial\s+)?targets|"
    r"Kalibrs?|Iskanders?)"
)
# (the weapons after the first figure, and a second figure's)
_COUNTED_ON = rf"{_WEAPONS}(?:,?\s+and\s+{NUMBER}\s+{_WEAPONS})?"
_COUNTED = rf"{NUMBER}\s+{_COUNTED_ON}"

# the whole sentence (a list mark before it, a stop after it): nothing else to read it by
_VERBLESS = re.compile(
    r"\A\s*(?:[-–—•*]\s*)?("
    rf"(?:over|above)\s+(?:the\s+)?{_REGION},?\s+{NUMBER}(?:\s+{_COUNTED_ON})?|"
    rf"(?:in\s+the\s+)?{_REGION},?\s+{_COUNTED})"
    r"\s*(?:[.;]\s*)?\Z",
    re.I,
)

# "34 drones were stopped", "all the missiles had been stopped"
_STOPPED = re.compile(
    r"\b((?:drones?|UAVs?|missiles?|Shaheds?|Gerans?|(?:aerial\s+)?targets)\s+"
    r"(?:was|were|(?:had|has|have)\s+been)\s+stopped)\b",
    re.I,
)

# the rest or the bulk of a night's tally told over regions with no verb of downing: "The rest
# were over the X and Y regions", "Most of them flew over the X region", "accounted for 90
# drones, the bulk over the X region" (not "the rest were over at the market": a name follows)
_SHARE_OVER = re.compile(
    r"\b((?:the\s+)?(?:rest|remainder|bulk|majority|most)(?:\s+of\s+(?:them|those|these))?,?\s+"
    r"(?:(?:were|was)\s+)?(?:(?:flew|flying|downed|destroyed)\s+)?(?:over|above))"
    r"(?=\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)


TRIGGERS: list[tuple[str, Cued]] = [
    (
        "interception",
        Cued(
            _VERBLESS,
            ("region", "oblast", "territory", "krai", "province"),
            more=(
                (_STOPPED, ("stopped",), ()),
                (_SHARE_OVER, ("rest", "remainder", "bulk", "majority", "most"), ("over", "above")),
            ),
        ),
    ),
]


def read_out(sentence: str) -> bool:
    """Whether a sentence is a region's item of a tally and nothing else ("Zhytomyr region, 12
    drones."): its region is where the interceptions were."""
    return bool(_VERBLESS.match(sentence))
