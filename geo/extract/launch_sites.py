"""Where weapons were launched from ("drones launched from the Kursk region", "launch areas:
Kursk, Oryol"): a place named as a launch site is no place where anything happened."""

from __future__ import annotations

import re

_LAUNCHED_FROM = re.compile(
    r"(?:\b(?:launched|fired)\b[^;:.]*?\bfrom\b|\blaunch (?:areas?|sites?|points?|positions?)\b:?|"
    r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:bombers?|aircraft|planes?|jets?|ships?|vessels?|submarines?)\b)"
    r"(?P<tail>[^;:.]*)$",
    re.I,
)
_STRUCK_BEFORE = re.compile(
    r"\b(?:hit|struck|strikes?|striking|targeted|targeting|attacked|destroyed|shelled)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_TARGET_WORD = re.compile(r"\b(?:at|against|on|into|towards?|hitting|hit|struck|striking)\b", re.I)


def launch_site(prefix: str) -> bool:
    """ "Drones launched from the Kursk region", "a Kinzhal fired from a MiG-31K over the
    Lipetsk region", "Launch areas: Kursk, Oryol", "missiles from Tu-95MS bombers over the
    Saratov region": where weapons were launched, not where they landed."""
    m = _LAUNCHED_FROM.search(prefix)
    if m is not None and m.group(0).lower().startswith("launch "):
        # "forces hit drone launch sites in the Chernihiv region": the sites are the target
        if _STRUCK_BEFORE.search(prefix, max(0, m.start() - 40), m.start()):
            return False
    return m is not None and not _TARGET_WORD.search(m.group("tail"))
