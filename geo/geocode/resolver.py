"""The geocoder: candidates per mention, ranked by prior and then in context."""

from __future__ import annotations

from collections.abc import Sequence, Set
from difflib import SequenceMatcher
from functools import lru_cache
from operator import itemgetter

from geo.gazetteer import Gazetteer, Place, normalize
from geo.geocode.beside import place_features_beside
from geo.geocode.candidates import (
    Candidate,
    Resolution,
    fall_back_to_containers,
)
from geo.geocode.context import demote_regions_named_after_towns
from geo.geocode.cues import SUFFIX_REGION, cue_for, strip_the
from geo.geocode.defining import bare_counties, defining_reaches, keep_to_defined_areas
from geo.geocode.former_names import drop_places_named_otherwise
from geo.geocode.front_headings import keep_to_fronts
from geo.geocode.heading_regions import keep_to_heading_regions
from geo.geocode.hromada_centres import keep_to_hromada_centres
from geo.geocode.in_context import (
    CONTEXT_ROUNDS,  # noqa: F401 (importable from here, as before)
    rank_in_context,
)
from geo.geocode.in_context import name_key as _name_key
from geo.geocode.lookup import entries_named
from geo.geocode.meetings import meeting_places
from geo.geocode.online import NominatimBackend
from geo.geocode.paragraph_regions import keep_to_line_regions
from geo.geocode.priors import prior
from geo.geocode.respell import keep_guesses_near
from geo.geocode.rounds import context_windows
from geo.geocode.toponyms import find_area_names, find_toponyms, forget_runs

# A tie-breaker: how like the words the candidate's own name is (1 for its main name), so that a
# town whose name is the words' spelling beats one that has them only as an alternate name
# ("Sloviansk": Slovyansk, not Nikopol, which GeoNames also calls so) when the rest is equal.
W_NAME_LIKENESS = 0.005
# A place in the countries of the theatre a report is read for (``data/theatre.toml``) beats a
# far namesake of similar standing (a bare "Odessa" in a war report is Odesa, not Texas); a
# region or country named after it ("Odessa, Texas", W_NAMED_REGION) still wins.
W_THEATRE = 0.25
# What a name found in the text (not asked for) can count as; a county only when called one
# ("Ellis County"): bare, a county's name is more often a person's ("Anderson").
CONTEXT_AREAS = ("country", "admin1")
# A span longer than this is no place's name: answered "nothing found" without a look-up, which
# costs time by the span's length (2,000 spans of 100 kB over one text took 45 s and 760 MB)
MAX_NAME_CHARS = 300
KEPT_LISTS = 50_000  # candidate lists by prior kept across texts at most; all forgotten beyond
_SCORE_OF_ROW = itemgetter(1)
# A cue and its candidates by prior as columns: places, scores, main names, likenesses.
_ByPrior = tuple[str, tuple[Place, ...], tuple[float, ...], tuple[bool, ...], tuple[float, ...]]


class Geocoder:
    """Resolve mentions with the gazetteer, and online as a last resort when enabled.

    Parameters
    ----------
    gazetteer : Gazetteer
    online : NominatimBackend, optional
        Asked only for mentions the gazetteer has no entry for.
    max_candidates : int
        How many candidates (by prior) are scored and returned per mention.
    whole_text : bool
        Read every place name of a text as context, not only the spans asked for (off only to
        measure what it brings).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        online: NominatimBackend | None = None,
        max_candidates: int = 25,
        whole_text: bool = True,
    ) -> None:
        self.gazetteer = gazetteer
        self.online = online
        self.max_candidates = max_candidates
        self.whole_text = whole_text
        # Candidates by prior, by words, cue, reading and theatre (see :meth:`_by_prior`).
        self._by_prior_kept: dict[tuple, _ByPrior] = {}
        # Words spelled the Russian way: the places only their respelling found, by place id.
        self._guessed: dict[str, frozenset[int]] = {}

    # Public API ---------------------------------------------------------------------------

    def resolve(
        self, text: str, spans: Sequence[tuple[int, int]], theatre: Set[str] = frozenset()
    ) -> list[Resolution]:
        """Resolve every span of ``text`` in the context of the whole text.

        Parameters
        ----------
        text : str
        spans : sequence of (start, end)
            Character offsets of the place mentions.
        theatre : set of str
            Country codes of the theatre the text is read for (a war report: the belligerents
            of ``data/theatre.toml``); their places win over far namesakes of similar standing.
            Empty for world text.

        Returns
        -------
        list of Resolution
            In span order; ``place`` is None where nothing was found.
        """
        for start, end in spans:
            if not (0 <= start < end <= len(text)):
                raise ValueError(
                    f"'spans' should lie within the text (0..{len(text)}), start before end, "
                    f"got {[start, end]}"
                )
        if any(end - start > MAX_NAME_CHARS for start, end in spans):
            return _long_spans_unresolved(self, text, spans, theatre)
        # Every other place name of the text is context too: the county and state of "a city in
        # Ellis County, Kansas" decide which Victoria is meant even when only Victoria is asked.
        other_spans = self._other_names(text, spans)
        named = {_name_key(text[s:e]) for s, e in (*spans, *other_spans)}
        made: dict = {}  # the candidate lists made so far, by words and cue
        mentions = [self._mention(text, s, e, named, theatre=theatre, made=made) for s, e in spans]
        drop_places_named_otherwise(mentions, [_name_key(m.query) for m in mentions], text, theatre)
        reaches = defining_reaches(text, spans)
        counties = bare_counties(text, other_spans, reaches)
        others = [
            self._area_mention(text, s, e, named, county, theatre, made)
            for (s, e), county in zip(other_spans, counties, strict=True)
        ]
        for window in context_windows(mentions + [m for m in others if m.candidates]):
            rank_in_context(self.gazetteer, window, text, bool(theatre))
        keep_guesses_near(mentions, mentions + others, self._guessed)
        for m in mentions:
            if m.place is None and self.online is not None:
                self._ask_online(m)
        fall_back_to_containers(mentions, mentions + others)
        keep_to_defined_areas(mentions, mentions + others, reaches, text)
        place_features_beside(mentions, mentions, text)
        if theatre:  # a war report: talks are held in big cities; a heading region places
            meeting_places(mentions, text)
            keep_to_heading_regions(mentions, mentions + others, text)
            keep_to_line_regions(mentions, mentions + others, text, self.gazetteer, theatre)
            keep_to_hromada_centres(mentions, text)
            keep_to_fronts(mentions, text)
        return mentions

    def geocode(self, name: str, context: str = "", theatre: Set[str] = frozenset()) -> Resolution:
        """Resolve one name, using the places found in ``context`` as its document (``theatre``:
        see :meth:`resolve`)."""
        name = name.strip()
        if not name:
            raise ValueError("'name' should be a place name, got an empty string instead")
        # The context is given to decide this name: every place in it counts, towns too.
        spans = [(0, len(name))]
        spans += [(s + len(name) + 1, e + len(name) + 1) for s, e in find_toponyms(self, context)]
        return self.resolve(f"{name}\n{context}", spans, theatre)[0]

    def forget_texts(self) -> None:
        """Empty what is kept across texts (candidate lists by prior, the area scan's and the
        toponym scan's runs), as for a process that has read nothing yet: the benchmarks'
        cold passes (a text nobody has seen before). The gazetteer's own lookups are kept."""
        self._by_prior_kept.clear()
        self._guessed.clear()  # made with those lists (the words' respelled places)
        forget_runs(self.gazetteer)

    # Internals ----------------------------------------------------------------------------

    def _other_names(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of the place names in ``text`` that overlap none of ``spans``."""
        if not self.whole_text:
            return []
        taken = bytearray(len(text) + 1)
        for start, end in spans:
            taken[start:end] = b"\x01" * (end - start)
        found = find_area_names(self, text, CONTEXT_AREAS + ("admin2",))
        return [(s, e) for s, e in found if not any(taken[s:e])]

    def _area_mention(
        self,
        text: str,
        start: int,
        end: int,
        named: set[str],
        counties: bool,
        theatre: Set[str],
        made: dict | None = None,
    ) -> Resolution:
        """A name found in the text, read only as the country or region it can be, and as a
        county where ``counties`` or where it is called one: as context its readings as towns
        (often a person's or a street's name) mislead more than they help."""
        return self._mention(text, start, end, named, True, counties, theatre, made)

    def _mention(
        self,
        text: str,
        start: int,
        end: int,
        named: Set[str] = frozenset(),
        areas_only: bool = False,
        counties: bool = False,
        theatre: Set[str] = frozenset(),
        made: dict | None = None,
    ) -> Resolution:
        """Candidates for one mention by prior (see :meth:`_ranked`). ``made``, when given, keeps
        the lists made for this text's mentions so far: another mention of the same words with
        the same cue gets a copy instead of a second lookup and ranking (all mentions of a text
        are made before any is ranked in context, so the kept lists are still as made)."""
        query = text[start:end]
        cue = cue_for(text, start, end)
        key = (query, cue, areas_only, counties)
        kept = made.get(key) if made is not None else None
        if kept is None:
            kept = self._ranked(query, cue, named, areas_only, counties, theatre)
            if made is not None:
                made[key] = kept
            cue, candidates = kept
        else:
            cue = kept[0]
            candidates = [Candidate(c.place, c.score, c.main_name, c.likeness) for c in kept[1]]
        return Resolution(query=query, start=start, end=end, cue=cue, candidates=candidates)

    def _ranked(
        self,
        query: str,
        cue: str,
        named: Set[str],
        areas_only: bool,
        counties: bool,
        theatre: Set[str],
    ) -> tuple[str, list[Candidate]]:
        """The cue (a region word in the words themselves overrides the one around them) and the
        candidates for ``query`` by prior: the ``max_candidates`` best, and any other that
        lies in a region or county the text names (``named``: the keys of its place names), so
        that the Victoria of "a city in Ellis County, Kansas" is still there to be chosen, and
        every village (no population known, so the prior cannot rank them: the dozens of
        Andriivkas are told apart by the places around them)."""
        cue, places, scores, mains, likenesses = self._by_prior(
            query, cue, areas_only, counties, theatre
        )
        n = self.max_candidates
        candidates = list(map(Candidate, places[:n], scores[:n], mains[:n], likenesses[:n]))
        if len(places) > n:  # (most lists: no more)
            candidates += [
                Candidate(p, score, main, likeness)
                for p, score, main, likeness in zip(
                    places[n:], scores[n:], mains[n:], likenesses[n:], strict=True
                )
                if p.feature == "village"
                or normalize(p.admin1) in named
                or normalize(p.admin2) in named
            ]
        demote_regions_named_after_towns(candidates, cue)
        return cue, candidates

    def _by_prior(
        self, query: str, cue: str, areas_only: bool, counties: bool, theatre: Set[str]
    ) -> _ByPrior:
        """The cue and every candidate for ``query``, best prior first, as columns of places,
        scores, main names and likenesses: the same for the same words and cue in any text, so
        kept across texts (a news stream names the same places again and again). Columns, not
        a row per candidate: a text nobody has seen before keeps a tuple per words, not one per
        place, for the garbage collector to count and sweep."""
        key = (query, cue, areas_only, counties, frozenset(theatre))
        kept = self._by_prior_kept.get(key)
        if kept is not None:
            return kept
        cue, hits, guessed = entries_named(self.gazetteer, query, cue, areas_only)
        if guessed is not None:
            self._guessed[query] = guessed
        if areas_only:
            called_county = counties or cue == "admin2" or SUFFIX_REGION.match(strip_the(query))
            areas = CONTEXT_AREAS + (("admin2",) if called_county else ())
            hits = [(p, main) for p, main in hits if p.feature in areas]
        ranked = [self._row(p, main, cue, query, theatre) for p, main in hits]
        ranked.sort(key=_SCORE_OF_ROW, reverse=True)  # as best_first: stable, best first
        if len(self._by_prior_kept) >= KEPT_LISTS:
            self._by_prior_kept.clear()
        places, scores, mains, likenesses = tuple(zip(*ranked, strict=True)) or ((), (), (), ())
        kept = self._by_prior_kept[key] = (cue, places, scores, mains, likenesses)
        return kept

    @classmethod
    def _row(
        cls, place: Place, main: bool, cue: str, query: str, theatre: Set[str]
    ) -> tuple[Place, float, bool, float]:
        """A candidate by prior (place, score, main name, likeness): :meth:`_by_prior` keeps
        its columns."""
        likeness = 1.0 if main else _likeness(query, place.name)
        score = prior(place, main, cue) + W_NAME_LIKENESS * likeness
        score += W_THEATRE if place.country in theatre else 0.0
        return place, score, main, likeness

    def _ask_online(self, m: Resolution) -> None:
        place = self.online.geocode(m.query) if self.online else None
        if place is not None:
            m.place = place
            m.candidates = [Candidate(place, 0.0, True)]
            m.source = "nominatim"


@lru_cache(maxsize=1 << 16)
def _likeness(query: str, name: str) -> float:
    """How alike the words and a place's own name are, 0 to 1, spelling aside (accents, case)."""
    return SequenceMatcher(None, _name_key(query), normalize(name), autojunk=False).ratio()


def _long_spans_unresolved(
    geocoder: Geocoder, text: str, spans: Sequence[tuple[int, int]], theatre: Set[str]
) -> list[Resolution]:
    """:meth:`Geocoder.resolve` of the spans of at most :data:`MAX_NAME_CHARS`, the longer ones
    answered with no place (their query cut to that length, never copied whole)."""
    short = [(s, e) for s, e in spans if e - s <= MAX_NAME_CHARS]
    found = iter(geocoder.resolve(text, short, theatre))
    return [
        next(found) if e - s <= MAX_NAME_CHARS else Resolution(text[s : s + MAX_NAME_CHARS], s, e)
        for s, e in spans
    ]
