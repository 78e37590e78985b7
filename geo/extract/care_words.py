"""The hurt counted by the care they got and the dead counted as reported or by their wounds,
in words the patterns of casualties.py and victims.py do not read: "medics treated 11 people",
"nine people needed hospital treatment", "two workers were evacuated with injuries", "one person
received a shrapnel wound" (injured); "seven people are known to have died", "two later
succumbed to their injuries" (killed). Care for shock or stress, and a clinic's patients, are no
injuries."""

from __future__ import annotations

import re

from geo.extract.numbers import NUMBER, number

_N = rf"(?P<n>{NUMBER})"
_WHO = r"(?!patients\b)(?:[\w-]+\s+){0,3}?"  # "people", "residents of the building"
_NOT_SHOCK = r"(?![^.;]{0,30}\b(?:shock|stress|panic|anxiety)\b)"
_HURT = [
    # "paramedics treated 11 people", "our doctors are treating three"
    rf"\b(?:medics|paramedics|doctors|surgeons|ambulance\s+crews?|hospitals?)\s+"
    rf"(?:have\s+|had\s+|are\s+|were\s+)?(?:treated|treating)\s+{_N}\s+(?!patients\b)",
    # "nine people needed hospital treatment", "four received medical treatment"
    rf"\b{_N}\s+{_WHO}(?:ha(?:ve|s|d)\s+)?(?:needed|need|received|required|were\s+given|got)\s+"
    r"(?:urgent\s+|emergency\s+)?(?:hospital\s+|medical\s+|inpatient\s+)?treatment\b",
    # "two workers were evacuated with injuries"
    rf"\b{_N}\s+{_WHO}(?:were|was|have\s+been|has\s+been)\s+(?:evacuated|taken\s+away|rescued|"
    r"brought\s+out|left)\s+with\s+(?:[\w-]+\s+)?(?:injuries|wounds|burns)\b",
    # "one person received a shrapnel wound", "two passengers got shrapnel wounds"
    rf"\b{_N}\s+{_WHO}(?:got|received)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:wounds?|injur(?:y|ies))\b",
]
_DEAD = [
    # "seven people are known to have died"
    rf"\b{_N}\s+{_WHO}(?:are|were|is|was)\s+(?:known|reported|said|believed|feared|confirmed)\s+"
    r"to\s+have\s+died\b",
    # "two later succumbed to their injuries", "one died of his wounds"
    rf"\b{_N}\s+{_WHO}(?:later\s+)?succumbed\s+to\s+(?:their|his|her|the)\s+(?:injuries|wounds)\b",
]
_PATTERNS = [(re.compile(p + _NOT_SHOCK, re.I), "injured") for p in _HURT] + [
    (re.compile(p, re.I), "killed") for p in _DEAD
]


def cared_for(text: str) -> list[tuple[str, int]]:
    """The ("injured" or "killed", count) pairs these wordings give in a sentence."""
    found = []
    for pattern, key in _PATTERNS:
        for m in pattern.finditer(text):
            n = number(m.group("n").lower())
            if n is not None:
                found.append((key, n))
    return found
