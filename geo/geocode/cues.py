"""Cue words around a mention: the kind of place the text asks for."""

from __future__ import annotations

import re

from geo.geocode.facilities import followed_by_plant

# Words that make a name a region. Lower case after a name ("Sumy region", "Kursk oblast"), or
# capitalised as part of it ("Sumy Oblast"); "State" or "District" after a name is more often an
# institution ("Ohio State") and is not taken as a cue.
_REGION_WORDS = (
    "oblast|oblasts|region|regions|province|governorate|krai|kray|okrug|raion|rayon|"
    "prefecture|voivodeship|canton"
)
# "Territory" is a region word only capitalised after a name: the English of a Russian krai
# ("Krasnodar Territory", "Stavropol Territory", "Primorsky Territory"), as Moscow's and the
# wires' English writes it; a lower-case "Russian territory" is the country's land.
_TERRITORY = "Territory"
# The same words capitalised after a name, as part of it ("Donetsk Oblast", "Busko County").
REGION_WORDS_TITLE = frozenset(
    w.capitalize() for w in (_REGION_WORDS + "|county|district|parish").split("|")
) | {_TERRITORY}
# "Co." is how newspapers shorten County, after the name ("Ellis Co.") or before it in Ireland
# ("Co. Mayo", "County Mayo").
# (the name ends at another character than a space or hyphen, not inside the run before the word: a typed "Odesa" and 100,000
# spaces or hyphens before a letter tried the run from each of its characters, minutes)
SUFFIX_REGION = re.compile(
    rf"^(?P<base>.*?[^\s-])[\s-]+(?P<word>(?i:{_REGION_WORDS}|county|district|parish)|Co\.?"
    rf"|{_TERRITORY})$"
)
PREFIX_COUNTY = re.compile(r"^(?P<word>County|Co\.)\s+(?P<base>.+)$")
# Lower-case "state" after a name is the state ("New York state", "Washington state"), and so is
# a governor's ("the New York governor", "New York Governor Andrew Cuomo"): a governor heads a
# region, never a town; so do its attorney general and its legislature, also after "'s"
# ("New York's attorney general"). The region word in any case: "Sumy Region", "KURSK REGION".
_AFTER_REGION = re.compile(
    rf"^[\s-]*(?P<word>(?:(?i:{_REGION_WORDS})|county|state|{_TERRITORY})\b|Co\.|[Oo]bl\.|OBL\.)"
    r"|^(?:['’]s)?\s+(?P<head>[Gg]overnor|[Aa]ttorney [Gg]eneral|[Ll]egislature)\b"
)
# A list that ends in a plural region word names regions all along it: "Eastland and Callahan
# counties", "the Belgorod, Kursk and Volgograd regions".
_LIST_WORD = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
_AFTER_REGION_LIST = re.compile(
    rf"(?:(?:,\s*{_LIST_WORD})*,?\s+(?:and|or)\s+{_LIST_WORD})?\s+"
    r"(?P<word>counties|parishes|districts|raions)\b"
)
# A name followed by others and a plural region word of any level ("the Zaporizhzhia,
# Dnipropetrovsk and Kyiv regions"): the names after it are its peers, never its region (its
# cue is left as it was: the same rule as a cue cost a town read as one).
_IN_REGION_LIST = re.compile(
    rf"(?:,\s*{_LIST_WORD})*,?\s+(?:and|or)\s+{_LIST_WORD}\s+"
    r"(?i:regions|oblasts|provinces|counties|parishes|districts|raions)\b"
)

_PLURAL_ADMIN2 = {
    "counties": "county",
    "parishes": "parish",
    "districts": "district",
    "raions": "raion",
}
_BEFORE_REGION = re.compile(rf"\b(?P<word>{_REGION_WORDS}|state) of\s*(the\s+)?$")
_AFTER_AIRPORT = re.compile(
    r"^[\s-]*(international\s+|military\s+)?(airport|airfield|air ?base|aerodrome)\b", re.I
)
_BEFORE_TOWN = re.compile(
    r"\b(city|town|village|port city|port|capital|settlement|hamlet|suburb) of\s*$", re.I
)
# A town described as some place's first, second or main town, or its capital or seat: the name
# after "of" is the area that holds it ("the largest city of Maine", "the capital of Bermuda",
# "the main town of Gozo"), not a town ("the city of Odesa" still is one).
_BEFORE_HOLDER = re.compile(
    r"\b(?:(?:largest|biggest|second|third|main|chief|principal|oldest|most\s+populous|"
    r"[a-z]+-largest)\s+(?:(?:port|industrial|inland|market|university)\s+)?"
    r"(?:city|town|port|village|settlement)|capital|seat) of\s*(?:the\s+)?$",
    re.I,
)
_AFTER_TOWN = re.compile(r"^[\s-]*(city|town|village)\b", re.I)
# A town's own bodies and officers: "the Berea Police Department", "Paris firefighters", "the
# Newark mayor" (a state's police is "State Police", its schools' bodies are left out: "the
# Ohio High School Athletic Association").
_AFTER_TOWN_BODY = re.compile(
    r"^(?:['’]s)?\s+(?:(?:[Pp]olice|[Ff]ire) [Dd]epartment|[Cc]ity [Cc]ouncil|[Cc]ity [Hh]all|"
    r"[Bb]oard of [Ss]electmen|[Ff]irefighters|(?:[Pp]olice|[Ff]ire) [Cc]hief|[Mm]ayor)\b"
)
# A person from a place, the place's bare name before the noun ("a Jordan man", "the Lebanon
# woman", "a Georgia resident"): English uses a country's adjective there ("a Jordanian man"),
# so the name is a town's or a region's, not a country's.
_AFTER_LOCAL = re.compile(
    r"^\s+(?:man|woman|men|women|boy|girl|teen|teenager|couple|residents?|native|motorist|"
    r"motorcyclist|homeowner|family)\b"
)
# A country named as a party, its people or bodies after it ("US officials", "Russia's defence
# ministry", "the US delegation", "US and Ukrainian negotiators"): who acts, not where. In a war
# report the places of the text are no more likely to lie in that country (talks with US envoys
# in Geneva are not in Illinois).
_AFTER_ACTOR = re.compile(
    r"^(?:['’]s)?(?:\s+(?:and|or)\s+[A-Z][\w'’]*)?\s+(?:[a-z]+\s+)?"
    r"(?:officials?|envoys?|negotiators?|delegations?|diplomats?|"
    r"troops|forces|military|army|navy|government|president|administration|authorities|"
    r"leaders?|counterparts?|soldiers|side|ambassador|embassy|intelligence|ministry|minister|"
    r"spokes(?:man|woman|person)|officers?|partners?|allies|"
    r"said|says|claim(?:s|ed)|announced)\b"
)
# A border is a country's or a region's, not a town's ("near the New York border"); which of the
# two the priors decide ("the Mexico border" is the country's).
_AFTER_BORDER = re.compile(r"^\s+(?:state\s+)?(?:border|line)\b")


# An encyclopedia's defining sentence, which asks for a town: every area named in "X is a town
# in A, B, C." is X's ("Kirovsk is a town in Murmansk Oblast, Russia"; "Victoria is a city in
# Ellis County, Kansas"). A bracket may come between the name and its verb ("Zolote (Ukrainian:
# Золоте) is a town"). After "the" only a seat or a capital defines ("is the county seat of"):
# "Hopkinton is the latest town hit in a string of burglaries" does not.
# So does another name set off by commas ("Victoria, also known as Rabat, is"), and "the" with a
# rank before the town ("is the main town of Gozo", "is the second city of Lebanon").
DEFINING = re.compile(
    r"(?:\s*\([^()\n]{0,120}\))?"
    r"(?:,\s+(?:also\s+|formerly\s+|now\s+|officially\s+)?(?:known|called|renamed)\b[^,.;\n]{1,60},)?"
    r"\s+(?:is|was)\s+"
    r"(?:an?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:city|town|village|hamlet|settlement|municipality|commune|community|borough|township|"
    r"suburb|neighbourhood|neighborhood|locality|place|seat|capital|port)"
    r"|the\s+(?:[\w-]+\s+){0,2}?(?:seat|capital)"
    r"|the\s+(?:largest|biggest|second|third|main|chief|principal|oldest|[a-z]+-largest)\s+"
    r"(?:[\w-]+\s+)?(?:city|town|port|village|settlement)\s+(?:of|in)\b)\b[^.;\n]*"
)


# A town's region or country after "in": "the village of Novoandriivka in the Zaporizhzhia region",
# "near Dachne, in the Donetsk region", "Springfield in Illinois". Whatever follows counts only
# when it resolves to a region or a country.
# Also after an apposition that says what the town is: "Kamianske, a village on the shore of the
# reservoir in the Zaporizhzhia region", "X, a town in Ukraine's Donetsk region" (the country's
# name before the region is read with it).
IN_ITS_AREA = re.compile(
    r"(?:,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|settlement|hamlet|port)\b"
    r"[^,.;:()\n]{0,60}?)?,?\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?(?=\w)"
)


def cue_for(text: str, start: int, end: int) -> str:
    """The kind of place the words next to a mention ask for: region, admin2, airport, facility
    (a power plant), town, area (a country or region, not a town), local (a town or region,
    not a country) or actor (a party: "US officials", or who speaks: "Moscow said", which the
    priors read as a bare name)."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    # The patterns before a mention end in " of" (and the blanks or "the" after it): where no
    # " of" comes before it (most mentions) they cannot match, and their searches, the slowest
    # part of this function, are skipped.
    of = " of" in before.lower()
    for pattern, where in ((_AFTER_REGION, after), (_BEFORE_REGION, before if of else "")):
        m = pattern.search(where)
        if m:
            return region_cue(m.group("word") or m.group("head"))
    m = _AFTER_REGION_LIST.match(text, end, end + 90)
    if m:
        return region_cue(_PLURAL_ADMIN2.get(m.group("word"), "region"))
    if _AFTER_AIRPORT.search(after):
        return "airport"
    if followed_by_plant(text, end):
        return "facility"  # "the Trypilska thermal power plant": a town's adjective may name it
    if of and _BEFORE_HOLDER.search(before):
        return "area"
    town = (of and _BEFORE_TOWN.search(before)) or _AFTER_TOWN.search(after)
    if town and town.group(1).lower() in ("village", "hamlet"):
        return "village"  # "the village of X", "X village": a small place
    if town or _AFTER_TOWN_BODY.match(after) or DEFINING.match(text, end):
        return "town"
    if _AFTER_LOCAL.match(after):
        return "local"
    if _AFTER_BORDER.match(after):
        return "area"
    if _AFTER_ACTOR.match(after):
        return "actor"
    return ""


def in_region_list(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens or continues a list of regions that ends in a
    plural region word: the names after it are its peers."""
    return _IN_REGION_LIST.match(text, end, end + 90) is not None


def region_cue(word: str) -> str:
    """The cue a region word gives: "admin2" for counties and districts, else "region"."""
    word = word.lower().rstrip(".")
    if word in ("county", "co", "parish", "raion", "rayon", "district"):
        return "admin2"
    return "region"


def after_the(text: str, start: int) -> bool:
    """Whether the word before ``start`` is "the"."""
    return text[max(0, start - 4) : start].lower() == "the "


def strip_the(name: str) -> str:
    """The name without a leading "the"."""
    if name[:3].lower() != "the":  # most names: no pattern to run
        return name
    return _THE.sub("", name)


_THE = re.compile(r"^the\s+", re.I)
