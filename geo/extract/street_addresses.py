"""A city's own address in a sentence that names no town (issue 16, local documents): a city
council's notice, a local channel or an office's security note tells where in its own city a
strike fell by the street, square or park alone ("a drone hit a car park on Sumska Street", "the
sports hall on Pushkinska street was hit"). Such a sentence is read in the city the report
writes from, as one naming a city district is (:func:`geo.extract.locating.district_city`)."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued
from geo.extract.places import STREET_WORDS

# A capitalised name and the word that makes it an address ("Sumska Street", "Shevchenko Park",
# "Soborna avenue"); not a road named by a town ("the Kharkiv road": lower-case road is left).
CITY_ADDRESS = cued(re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+" + STREET_WORDS))
