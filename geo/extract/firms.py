"""Names that look like places and are none: businesses ("O'Neill & Sons", "Acme Ltd", "the Marks
& Spencer store"), which pasted reports name as hit, and persons named after their office
("governor Ivan Fedorov": Fedorov is a town too), then by their surname alone ("Fedorov said")."""

from __future__ import annotations

import re

from geo.extract.named_persons import named_person

# "O'Neill & Sons", "Smith Brothers Ltd", "the Marks & Spencer store": a business, not a place.
_FIRM_WORD = r"(?:Sons|Brothers|Bros|Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|Corp|Corporation)\b"
_FIRM_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,2}},?\s+{_FIRM_WORD}")
_PAIR = re.compile(r"[A-Z][\w'’-]*\s*&\s*[A-Z][\w'’-]*")
_SHOP_AFTER = re.compile(
    r"\s+(?:store|shop|supermarket|warehouse|factory|plant|office|outlet|branch|company|firm|"
    r"brand|chain|headquarters|premises)s?\b"
)


def business(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the name is part of a business's name: a firm's word after it ("O'Neill & Sons",
    "Acme Ltd"), or an "&" joining it to a word that is no place or to a name a business noun
    follows ("the Marks & Spencer store"); "drones hit Kharkiv & Sumy" names two places."""
    if _FIRM_AFTER.match(text, end):
        return True
    lo = max(0, start - 40)
    for pair in _PAIR.finditer(text, lo, min(len(text), end + 40)):
        if not pair.start() <= start < pair.end():
            continue
        left, right = pair.start(), pair.end() - len(pair.group().split("&")[-1].strip())
        both_places = left in dict(spans) and right in dict(spans)
        return not both_places or bool(_SHOP_AFTER.match(text, pair.end()))
    return False


# An office or honorific right before a person's name: "according to governor Ivan Fedorov",
# "mayor Ihor Terekhov said", "Dr Fedorov". Not the words that also describe things ("a major
# Kharkiv plant", "official Kyiv", "the general Pokrovsk direction"). A full stop only after an
# abbreviation ("Gov. Ivan Fedorov"): after a whole word it ends the sentence ("according to the
# regional prosecutor. In Kherson, ...": no person "In Kherson").
_OFFICE_WORD = (
    r"\b(?:(?:[Gg]overnor|[Mm]ayor|[Ss]pokes(?:man|woman|person)|[Mm]inister|[Cc]ommander|"
    r"[Pp]resident|[Oo]mbudsman|[Pp]rosecutor|[Aa]mbassador|[Ee]nvoy)|(?:Gov|Mr|Mrs|Ms|Dr)\.?)\s+"
)
# the person's first names before the one read as a place (no possessive: "President Zelensky's
# Odesa visit" names Odesa)
_FIRST_NAMES = r"(?:[A-Z][\w-]*\s+){0,2}"
_OFFICE = re.compile(_OFFICE_WORD + _FIRST_NAMES + "$")


# the rest of the person's name after the word read as a place ("Oleh Fedorov": Oleh is a village
# too), up to the end of the capitalised run
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}(?![\w'’-]|\s+[A-Z])")
# words that make the run a thing named after a person: "Governor Shevchenko Street"
_NAMED_AFTER = re.compile(
    r"\b(?:Street|Avenue|Square|Boulevard|Lane|Road|Prospekt|Park|Bridge|School|Hospital|"
    r"University|Region|Oblast|District|Airport|Station|Plant|Port)\b"
)


def person(text: str, start: int, end: int) -> bool:
    """Whether the name is a person's, after the office they hold ("governor Ivan Fedorov",
    "spokesman Oleh Fedorov"): a word of a run of up to three capitalised words that an office
    word opens, which names nothing after them."""
    before = _OFFICE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    after = _NAME_AFTER.match(text, end)
    if after is None:
        return False
    words = len(text[before.end() : start].split()) + 1 + len(after.group().split())
    return words <= 3 and not _NAMED_AFTER.search(after.group())


# a place word before the name makes it a place again: "in Fedorov", "near Fedorov"
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|to|from|of|on|outside|around)\s+$", re.I)


# an office word and a person's full name after it: "governor Ivan Fedorov", "Gov. Ivan Fedorov"
_OFFICE_AND_NAME = re.compile(
    _OFFICE_WORD + _FIRST_NAMES + r"(?P<surname>[A-Z][\w-]*)\b(?!\s+[A-Z])"
)


def surnames(text: str) -> set[str]:
    """The surnames of the persons the text names after their office ("governor Ivan Fedorov":
    Fedorov), a first name before it (a bare "Governor Fedorov" names nobody in full)."""
    return {
        m.group("surname")
        for m in _OFFICE_AND_NAME.finditer(text)
        if text[m.start() : m.start("surname")].split()[1:]
        and not _NAMED_AFTER.fullmatch(m.group("surname"))
    }


def surname_alone(text: str, start: int, end: int, known: set[str]) -> bool:
    """Whether the name is a surname of a person the report named in full ("Fedorov said" after
    "governor Ivan Fedorov"), no place word before it."""
    return text[start:end] in known and not _PLACE_WORD_BEFORE.search(
        text, max(0, start - 12), start
    )


def no_firms_nor_people(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names among ``spans`` that are no business's nor person's: not "O'Neill & Sons", not
    "governor Ivan Fedorov", nor his "Fedorov" alone later, nor "Olena, 47" (``named_persons``)."""
    known = surnames(text)
    return [
        (s, e)
        for s, e in spans
        if not business(text, s, e, spans)
        and not person(text, s, e)
        and not named_person(text, s, e)
        and not surname_alone(text, s, e, known)
    ]
