"""The words of an armed cause, written once for the three readers that ask whether a death, a
harm or a blast came of the war: :mod:`geo.extract.not_war` (a natural death beside an armed
word is the war's), :mod:`geo.extract.event_words` (a fire or a blast put down to an earthquake,
unless an armed word is by) and :mod:`geo.extract.outcome_words` (an outcome's cause after a
link word, "hurt by a mortar round").

The three differ where their purpose does, and only here:
- ``ARMED`` (event_words) takes no blast or explosion: a blast is what its no-war cause explains.
- ``ARMED_OR_BLAST`` (not_war) takes them: beside an illness or a road accident a blast is war.
- ``CAUSE`` (outcome_words) is a noun after a link word: no "attacked" or "struck" (a verb is
  no cause), no "debris" (the remains of a downed weapon are the interception's), and the
  phrases of a cause ("enemy fire", "shell fragments", a guided bomb, a launcher's name).
"""

from __future__ import annotations

import re

# the weapons (and what they send flying) every reader takes as an armed cause
WEAPONS = r"shrapnel|missiles?|rockets?|drones?|UAVs?|Shaheds?|mortars?|artillery"
# an attack of the body is no armed one: "died of a heart attack", "a panic attack", "an asthma
# attack" (a natural death beside it was counted the war's)
_NO_BODY = r"(?<!\bheart\s)(?<!\bheart-)(?<!\bpanic\s)(?<!\basthma\s)"
_ATTACKS = rf"{_NO_BODY}attack\w*|strikes?|struck|shell\w*|bomb\w*|debris"
_BLASTS = r"explosions?|blasts?"

ARMED = re.compile(rf"\b(?:{_ATTACKS}|{WEAPONS})\b", re.I)
ARMED_OR_BLAST = re.compile(rf"\b(?:{_ATTACKS}|{WEAPONS}|{_BLASTS})\b", re.I)
# an armed cause: a weapon, what it sends flying, or an attack named as a noun (a regex part;
# "mortars?" comes before "mortar rounds", as the shorter reading was always tried first)
CAUSE = (
    r"(?:(?:enemy|Russian|Ukrainian|hostile|artillery|mortar|tank|rocket|sniper)\s+fire|"
    r"(?:shell|mine|bomb)[\s-]fragments?|splinters|"
    rf"blast(?:\s+wave)?|explosions?|shelling|shells?|{_NO_BODY}attacks?|strikes?|raids?|bombardment|"
    rf"{WEAPONS}|Gerans?|(?:aerial\s+|guided\s+)?bombs?|KABs?|"
    r"mortar\s+(?:rounds?|bombs?)|munitions?|Grads?|MLRS|Iskanders?|FPVs?|Lancets?)"
)
