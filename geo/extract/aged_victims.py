"""A victim told by name and age, with what they were and a relative clause between the age and
the harm: "our colleague Sofia Kravets, 34, a ward nurse, who was killed when a drone hit her
car" is one dead; "Vira, 41, who was in the car with her, was wounded" one hurt; "his colleague
Ivanna Shevchuk, 29, suffered a concussion" one hurt (errors37: an obituary's or a notice's
victims, whom the name-first reader of ``listed_victims`` missed when a word stood before the
name or two asides stood after it). The age is what makes the name a person's: "Kyiv, 12,
Chernihiv, 5" names no victim, nor does "Serhii Lysak, the governor, said"."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued

# the harm: "who was killed", "was seriously wounded", "had been injured", "died", "suffered a
# concussion and burns", "sustained shrapnel wounds"
_HARM = (
    r"(?:who\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"(?P<v>killed|wounded|injured|hurt)|(?P<d>died|perished)|"
    r"(?P<s>suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:injur(?:y|ies)|wounds?|burns|concussion|fractures?))\b"
)
# a name (one to three capitalised words), its age between commas, then at most two asides
# ("a ward nurse", "who was in the car with her") before the harm
_AGED = re.compile(
    r"(?<![\w'’-])(?-i:[A-Z][a-z'’]+(?:[\s-][A-Z][a-z'’]+){0,2}),\s*(?:aged\s+)?(?:[1-9]\d?|1[01]\d),"
    r"(?:\s*(?!who\s+(?:was|were|had|has)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b)"
    r"[^,;.\d]{1,80}?,){0,2}\s*" + _HARM,
    re.I,
)
_AGED = cued(_AGED)  # (tried only on a text holding a word it needs)


def aged_victims(text: str) -> list[str]:
    """ "killed" or "injured" for each victim the sentence tells by name and age (see the
    module)."""
    return [
        "killed" if m.group("v") == "killed" or m.group("d") else "injured"
        for m in _AGED.finditer(text)
    ]
