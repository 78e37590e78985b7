"""Where weapons were launched from ("drones launched from the Kursk region", "launch areas:
Kursk, Oryol"): a place named as a launch site is no place where anything happened."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued

_LAUNCHED_FROM = re.compile(
    r"(?:\b(?:launched|fired)\b[^;:.]*?\bfrom\b|\blaunch (?:areas?|sites?|points?|positions?|zones?)\b:?|"
    r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:bombers?|aircraft|planes?|jets?|ships?|vessels?|submarines?)\b)"
    r"(?P<tail>[^;:.]*)$",
    re.I,
)
# Where the carriers flew: "fired by Tu-95MS bombers over the Caspian", "dropped by aircraft
# flying over the Kursk region", "bombers airborne from the Olenya base on the Kola Peninsula"
# (not "anti-aircraft gunners worked over X"); the carrier named by its model alone: "air-launched
# by Tu-95MS over the Volgograd region", "carriers MiG-31K, over the Tambov region"
_CARRIERS_OVER = re.compile(
    r"(?<!anti-)\b(?:bombers?|aircraft|planes?|jets?|(?:Tu|MiG|Su|Il)-\d+[A-Z\d]*s?,?)(?!\s+type)"
    r"\s+(?:[\w-]+\s+)??"
    r"(?:over|above|(?:airborne|flying|operating|took\s+off|taking\s+off)\s+(?:from|over|above))\b"
    r"(?P<tail>[^;:.]*)$",
    re.I,
)
_STRUCK_BEFORE = re.compile(
    r"\b(?:hit|struck|strikes?|striking|targeted|targeting|attacked|destroyed|shelled)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_TARGET_WORD = re.compile(r"\b(?:at|against|on|into|towards?|hitting|hit|struck|striking)\b", re.I)
# (but "shot down two Su-34 bombers over X", "destroyed 27 drones of aircraft type over X": the
# carriers were downed there)
_DOWNED_BEFORE = re.compile(
    r"\b(?:shot|downed|destroyed|intercepted|brought|lost|hit|struck)\b[^;:.]*$", re.I
)
# (a base "on the Kola Peninsula" is still where the bombers were)
_STRIKE_WORD = re.compile(r"\b(?:at|against|into|towards?|hitting|hit|struck|striking)\b", re.I)


def launch_site(prefix: str) -> bool:
    """ "Drones launched from the Kursk region", "a Kinzhal fired from a MiG-31K over the
    Lipetsk region", "Launch areas: Kursk, Oryol", "missiles from Tu-95MS bombers over the
    Saratov region", "Tu-95MS bombers over the Caspian", "a launch zone over the Volgograd
    region": where weapons were launched, not where they landed."""
    m = _LAUNCHED_FROM.search(prefix)
    if m is not None and m.group(0).lower().startswith("launch "):
        # "forces hit drone launch sites in the Chernihiv region": the sites are the target
        if _STRUCK_BEFORE.search(prefix, max(0, m.start() - 40), m.start()):
            return False
    if m is not None and not _TARGET_WORD.search(m.group("tail")):
        return True
    carriers = _CARRIERS_OVER.search(prefix)
    return (
        carriers is not None
        and not _STRIKE_WORD.search(carriers.group("tail"))
        and not _DOWNED_BEFORE.search(prefix, max(0, carriers.start() - 80), carriers.start())
    )


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_LAUNCHED_FROM, _CARRIERS_OVER = cued(_LAUNCHED_FROM), cued(_CARRIERS_OVER)
