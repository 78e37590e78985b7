"""A strike told only by what it did to a plant: "drones knocked out equipment at the Burshtyn
TPP", "missiles knocked out the Zmiiv thermal power plant", "two thermal power plants put out
of action during the week", "damage to the Ladyzhyn thermal power station has reduced
output", "drones set a unit of the X refinery on fire". A knock-out needs a weapon before it
and a plant's part after it ("the injury knocked out the striker", "two BMPs knocked out by
FPVs", a ground assault's losses, are none); damage needs a plant ("damage to the economy" is
none). A strike pattern of :mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

__all__ = ["CUES", "PUT_OUT"]

_ARMS = (
    r"(?:drones?|UAVs?|Shaheds?|Gerans?(?:-2)?|missiles?|rockets?|strikes?|attacks?|bombs?|"
    r"Iskanders?(?:-M)?|Kinzhals?|Kalibrs?|shelling)"
)
# what of the energy grid or of a plant a strike may put out
_PLANT = (
    r"(?:power\s+(?:plants?|stations?|units?|lines?|supply)|(?:thermal|hydro\w*|nuclear|combined"
    r"\s+heat)\s+(?:power\s+)?(?:plants?|stations?|complex)|TPPs?|CHPs?|HPPs?|substations?|"
    r"transformers?|generat(?:ors?|ing\s+units?)|power\s+units?|turbines?|boilers?|equipment|"
    r"refiner(?:y|ies)|oil\s+depots?|pumping\s+stations?|plants?)"
)
PUT_OUT = re.compile(
    r"\b("
    # "drones knocked out equipment at the Burshtyn TPP", "missiles knocked out the X plant"
    # (the plant looked ahead to: its place, after the words, is read by the roles)
    rf"{_ARMS}\s+(?:[\w'’-]+\s+){{0,2}}?knock(?:ed|s)?\s+out(?=\s+(?:[\w'’-]+\s+){{0,4}}?{_PLANT})|"
    # "two thermal power plants put out of action", "the substation was taken out of service"
    rf"{_PLANT}\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:put|knocked|taken)\s+"
    r"out\s+of\s+(?:action|service|operation)|"
    # "damage to the Ladyzhyn thermal power station", "damage to the X refinery"
    rf"damage\s+to(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_PLANT})|"
    # "drones set a unit of the X refinery on fire" (the lexicon's "set" reads three words)
    rf"{_ARMS}\s+(?:[\w'’-]+\s+){{0,2}}?set\s+(?:[\w'’-]+\s+){{1,8}}?(?:on\s+fire|ablaze|alight))\b",
    re.I,
)
CUES = ("knock", "out of", "damage to", "on fire", "ablaze", "alight")
