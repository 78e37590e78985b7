"""Finding toponyms in free text (context for ``geocode --context``; the extractor builds on it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from geo.gazetteer import normalize
from geo.geocode.candidates import TOWNS
from geo.geocode.cues import REGION_WORDS_TITLE
from geo.geocode.facilities import plant_adjectives, with_kind_words
from geo.geocode.joined_names import joined_names, with_joined_names
from geo.geocode.possessives import past_possessives
from geo.geocode.words import common_word_opening, is_common

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer
    from geo.geocode.resolver import Geocoder

# Capitals: Latin, also accented ("Łódź", "Świętokrzyskie", "Évora"), and Cyrillic.
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f\u0404\u0406\u0407"
# A tab parts a run: it separates the cells of a table written as text ("15 Jan<TAB>Shostka").
_CAP_RUN = re.compile(
    rf"[{_CAPITAL}][\w'’\-.]*"
    rf"(?:(?: +(?:of|on|de|del|di|la|am|upon) +| +|-)[{_CAPITAL}][\w'’\-.]*)*"
)
# A word ending a sentence ("Mykolaiv.") ends its run; abbreviations ("U.S.", "St.") do not.
_RUN_END = re.compile(r"(?<=[a-z\u0430-\u044f]{3})\.(?=[ \t]|$)")
_STOPWORDS = frozenset(
    normalize(w)
    for w in """The A An In On At Of For And But Or If As By From To With Meanwhile However
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov
    Dec President Minister Ministry Defence Defense
    He She It They We I This That These Those His Her Their Our According Following After Before
    Mr Mrs Ms Dr General Army Forces Council Report Reports Today Yesterday Tomorrow News Agency
    Russian Ukrainian American British German French Italian Polish European Western Eastern
    North South East West Northern Southern Central Sunday's Telegram Air Force Navy One Two Three
    Four Five Six Seven Eight Nine Ten Several Many Some All Both Each Every No Not Also Then
    There Here When While Where What Who Why How
    God Jesus Allah Amen
    Shahed Shaheds Geran Gerans Kalibr Kalibrs Kinzhal Kinzhals Lancet Lancets
    Update Updates Updated""".split()
    # words of faith: "thanks God" was Göd, in Hungary; weapons before "on": "an attack by
    # Shaheds on Sumy" is no run "Shaheds on Sumy" (as "Rostov on Don") that hides the town; nor
    # does a live blog's label: "Update on Kharkiv: the toll has risen to three" names Kharkiv
)
# Words of the names of a state's or a country's institutions after its name: in "the Georgia
# Bureau of Investigation", "Kentucky State Police" or "the Ohio Department of Health" the state
# is named; read for the area scan only, and only after the name ("the University of California"
# or "Children's Hospital of Pittsburgh" name where an institution is from, not where it is).
_INSTITUTION_WORDS = frozenset(
    normalize(w)
    for w in """Bureau Investigation Department Police Patrol Highway Guard National State Senate
    House Assembly Legislature Court Supreme Appeals University College Board Commission Office
    Health Transportation Public Safety Services Corrections Education Revenue Resources
    Environmental Protection Wildlife Conservation Lottery Attorney Governor Secretary Treasury
    Emergency Management""".split()
)


def find_toponyms(geocoder: Geocoder, text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs that the gazetteer knows, longest match first.

    A name inside a longer run counts only when the run's other words are neutral (function
    words, acronyms, other places): "Meanwhile Russia" yields Russia, "John Kirby" yields nothing.
    An acronym ("NATO") only matches countries and regions, never a town of that name.
    """
    lookup = geocoder.gazetteer.lookup
    spans = _scan(
        text,
        lambda name: _is_place_name(lookup, name),
        lambda word: (
            _is_neutral(word, lambda w: bool(lookup(w, demonyms=True))) or is_common(word, text)
        ),
        # "the Bryansk Region", "Ellis County": the region word after a name is its cue (read
        # by the caller), not a word that makes the run a non-place.
        neutral_after=_region_word,
        known=_TOPONYM_RUNS.setdefault(geocoder.gazetteer, {}),
    )
    spans = [
        with_kind_words(geocoder.gazetteer, text, s, e)
        for s, e in spans
        if not common_word_opening(text, s, e)
    ]
    if any(w in text for w in _FORCE_WORDS) and _ORGANISATION_WORD.search(text):
        spans = _outside_organisations(
            lookup, text, spans
        )  # "the Black Sea Fleet", "the Azov Regiment"
    return sorted(spans + plant_adjectives(geocoder.gazetteer, text, spans))


# The head word of an armed force's or unit's name: a capitalised run that has one after its
# first word names the force, not a town ("the Black Sea Fleet" is no vote for Fleet, England;
# "the Pacific Fleet" none for Pacific, Missouri). An area in it still counts ("Black Sea").
_FORCE_WORDS = "Fleet Flotilla Army Navy Corps Brigade Regiment Battalion Squadron Division".split()
_ORGANISATION_WORD = re.compile(rf"(?<=[\w.] )(?:{'|'.join(_FORCE_WORDS)})\b")


def _outside_organisations(
    lookup: Callable[[str], list], text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``spans`` less the towns named inside a force's name (see :data:`_ORGANISATION_WORD`)."""
    forces = [
        (start, end)
        for start, end in _runs(text)
        if _ORGANISATION_WORD.search(text, start + 1, end)
    ]
    if not forces:
        return spans

    def in_force(s: int, e: int) -> bool:
        return any(start <= s and e <= end for start, end in forces)

    return [
        (s, e)
        for s, e in spans
        if not in_force(s, e) or any(p.feature not in TOWNS for p, _ in lookup(text[s:e]))
    ]


# What the runs of the texts scanned so far came to, by the gazetteer they were looked up in.
_TOPONYM_RUNS: WeakKeyDictionary[Gazetteer, dict[str, _Read]] = WeakKeyDictionary()


def find_area_names(
    geocoder: Geocoder, text: str, features: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Spans of the names in ``text`` that can be a place of one of ``features`` (countries,
    regions, counties), found like :func:`find_toponyms` but against the set of those names
    alone, without a query per word: fast enough to read every text whole for context. A
    region word after a name is part of it ("Donetsk Oblast", "Swietokrzyskie Voivodeship"):
    the name is found and the word is its cue.
    """
    keys = geocoder.gazetteer.area_keys(features)
    plain = geocoder.gazetteer.area_keys(features, demonyms=True)
    first_words = geocoder.gazetteer.area_first_words(features)

    def is_area(name: str) -> bool:
        key = normalize(name)
        return key in keys and key not in _STOPWORDS

    spans = _scan(
        text,
        is_area,
        lambda word: (
            _region_word(word)
            or _is_neutral(word, lambda w: normalize(w) in plain)
            or is_common(word, text)
        ),
        lambda word: _first_word(word) in first_words,
        lambda word: normalize(word.rstrip(".,'’")) in _INSTITUTION_WORDS,
        known=_AREA_RUNS.setdefault(keys, {}),
    )
    if " and " in text:  # a capitalised run ends at "and": "Trinidad and Tobago" is two runs
        spans = with_joined_names(spans, text, joined_names(keys))
    return spans


# What the runs of the texts scanned so far came to, by the set of area names they were read
# against (``is_area`` and the words that may start a name read nothing else).
_AREA_RUNS: dict[frozenset[str], dict[str, _Read]] = {}


def forget_runs(gazetteer: Gazetteer) -> None:
    """Forget what the runs of the texts scanned so far came to (see :func:`_scan`)."""
    _TOPONYM_RUNS.pop(gazetteer, None)
    _AREA_RUNS.clear()


def _region_word(word: str) -> bool:
    """A region word after a name ("Region", "Oblast", "County"): the name's cue."""
    return word.rstrip(".,") in REGION_WORDS_TITLE


def _scan(
    text: str,
    is_name: Callable[[str], bool],
    is_neutral: Callable[[str], bool],
    may_start: Callable[[str], bool] | None = None,
    neutral_after: Callable[[str], bool] | None = None,
    known: dict[str, _Read] | None = None,
) -> list[tuple[int, int]]:
    """Names in capitalised runs, longest first (up to four words), kept where every other word
    of their run is neutral. ``may_start``, when given, says whether a name can begin with a
    word: word groups beginning with any other word are not looked up. ``neutral_after``, when
    given, says which words are neutral too once a name has come before them in the run.
    ``known``, when given, keeps what each run came to (:func:`_read_run`) across texts, for
    functions that read nothing but the words given them: most runs were seen in earlier texts.
    Whether the other words are neutral is asked anew (it may read the text)."""
    spans: list[tuple[int, int]] = []

    def names(run_start: int, run_end: int) -> bool:
        run = text[run_start:run_end]
        read = known.get(run) if known is not None else None
        if read is None:
            read = _read_run(run, is_name, may_start, neutral_after)
            if known is not None:
                if len(known) >= _KNOWN_RUNS:
                    known.clear()
                known[run] = read
        found, loose = read
        if not found or (loose and not all(is_neutral(w) for w in loose)):
            return False  # (most runs: no name, or a single word that is one)
        spans.extend((run_start + start, run_start + end) for start, end in found)
        return True

    for run_start, run_end in _runs(text):
        if not names(run_start, run_end):
            past_possessives(text, run_start, run_end, names, _is_stopword)
    return spans


def _is_stopword(word: str) -> bool:
    return normalize(word) in _STOPWORDS


# The names of a run (spans within it) and its other words, which must be neutral for them.
_Read = tuple[tuple[tuple[int, int], ...], tuple[str, ...]]
_KNOWN_RUNS = 100_000  # runs kept at most in a ``known`` store; all forgotten beyond


def _read_run(
    run: str,
    is_name: Callable[[str], bool],
    may_start: Callable[[str], bool] | None,
    neutral_after: Callable[[str], bool] | None,
) -> _Read:
    """The names of one capitalised run and its other words (see :func:`_scan`)."""
    # A run holds only word characters, ' ’ - . and blanks: its words are its blank-split.
    words_of_run = run.split()
    if len(words_of_run) == 1:  # most runs: the word is the name or nothing
        end = _known_end(run, 0, len(run), is_name)
        return ((0, end),) if end else (), ()
    starts = (
        [True] * len(words_of_run) if may_start is None else [may_start(w) for w in words_of_run]
    )
    if not any(starts):
        return (), ()
    words = [w.span() for w in _WORD.finditer(run)]
    found: list[tuple[int, int]] = []
    loose: list[str] = []
    i = 0
    while i < len(words):
        j = _longest_name(run, words, i, is_name) if starts[i] else i
        if j > i:
            found.append((words[i][0], _known_end(run, words[i][0], words[j - 1][1], is_name)))
            i = j
        else:
            after = found and neutral_after is not None and neutral_after(words_of_run[i])
            if not after:
                loose.append(words_of_run[i])
            i += 1
    return tuple(found), tuple(loose)


def _longest_name(
    text: str, words: list[tuple[int, int]], i: int, is_name: Callable[[str], bool]
) -> int:
    """The end (in words, exclusive) of the longest name of up to four words starting at word
    ``i``, or ``i`` when there is none."""
    for j in range(min(len(words), i + 4), i, -1):
        if _known_end(text, words[i][0], words[j - 1][1], is_name):
            return j
    return i


_POSSESSIVE = re.compile(r"['’]s?$")


def _known_end(text: str, start: int, end: int, is_name: Callable[[str], bool]) -> int:
    """Where the name from ``start`` to ``end`` ends when the gazetteer knows it, else 0; a
    possessive is not part of a name ("Odesa's port", "the Sumy region's villages") unless the
    name has it ("St. John's")."""
    end = _name_end(text, start, end)
    name = text[start:end]
    if is_name(name):
        return end
    if name[-6:].lower() == _BASED:  # "a Sumy-based plant" is in Sumy ("Kharkiv-born": not)
        end = _name_end(text, start, end - len(_BASED))
        return end if is_name(text[start:end]) else 0
    if "'" not in name and "’" not in name:  # most words: no possessive to look for
        return 0
    m = _POSSESSIVE.search(text, start, end)
    if m is not None and m.start() > start:
        end = _name_end(text, start, m.start())
        return end if is_name(text[start:end]) else 0
    return 0


# the word that makes a name the seat of what it qualifies: "an Odesa-based shipping firm"
_BASED = "-based"


def _name_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the punctuation that ends a word but not a name ("Mykolaiv.")."""
    while end > start and text[end - 1] in ".-'’":
        end -= 1
    return end


def _runs(text: str) -> list[tuple[int, int]]:
    """Capitalised word runs, cut where a sentence ends inside one."""
    out = []
    for m in _CAP_RUN.finditer(text):
        run = m.group()
        if "." not in run:  # most runs: no sentence end inside; a run starts with its capital
            out.append(m.span())
            continue
        at = m.start()
        pieces = []
        start = 0
        for end in _RUN_END.finditer(run):
            pieces.append((start, end.start()))
            start = end.end()
        pieces.append((start, len(run)))
        for s, e in pieces:  # a piece after a sentence end starts with blanks
            blanks = len(run[s:e]) - len(run[s:e].lstrip())
            if s + blanks < e:
                out.append((at + s + blanks, at + e))
    return out


@lru_cache(maxsize=1 << 16)
def _first_word(word: str) -> str:
    """The first word of a name's key: that of any longer name that begins with ``word``."""
    return normalize(word).partition(" ")[0]


def _is_place_name(lookup, name: str) -> bool:
    if not name[:1].isupper() or normalize(name) in _STOPWORDS:
        return False
    hits = lookup(name)
    if name.isupper() and len(name) <= 5:
        return any(p.feature not in TOWNS for p, _ in hits)
    return bool(hits)


def _is_neutral(word: str, is_known: Callable[[str], bool]) -> bool:
    """A word that does not make its run a non-place: empty, a function word, an acronym, lower
    case, or a known name (``is_known``)."""
    word = word.rstrip(".,'’")
    return (
        not word
        or normalize(word) in _STOPWORDS
        or word.isupper()
        or not word[:1].isupper()
        or is_known(word)
    )


_WORD = re.compile(r"[\w'’\-.]+")
