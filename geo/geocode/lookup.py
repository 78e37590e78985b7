"""Which gazetteer entries a mention's words can name: the lookup and its fall-backs.

The words as written first; failing that, the words without "the", a region or county word
("the Kharkiv region", "Ellis County") or a possessive; the residents' word ("Kharkivites");
a facility's adjective ("the Trypilska power plant"); a Russian spelling respelled the
Ukrainian way; a facility spelled otherwise; and the other grammatical gender of a town's name
("Pivdennyi" for Pivdenne). Respelled and other-gender entries are guesses: their ids are
returned so that the resolver keeps them only near the report's other places.
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer, Place
from geo.geocode.candidates import residents_of
from geo.geocode.cues import PREFIX_COUNTY, SUFFIX_REGION, region_cue, strip_the
from geo.geocode.facilities import FACILITIES, facilities_spelled_otherwise, towns_of_adjective
from geo.geocode.respell import other_gender, respelled, russian_form

Hit = tuple[Place, bool]  # a place and whether the words are its main name


def entries_named(
    gazetteer: Gazetteer, query: str, cue: str, areas_only: bool
) -> tuple[str, list[Hit], frozenset[int] | None]:
    """The cue (a region word in the words overrides ``cue``), the entries the words can name,
    and the ids among them that are guesses (None when no guess was tried)."""
    guessed: frozenset[int] | None = None
    hits = gazetteer.lookup(query, demonyms=True)
    if not hits:
        base, word = strip_the(query), ""
        m = SUFFIX_REGION.match(base) or PREFIX_COUNTY.match(base)
        if m:
            base, word = m.group("base"), m.group("word")
        if base != query:
            hits = gazetteer.lookup(base)
            cue = region_cue(word) if word else cue
        if not hits and base.lower().endswith(("'s", "’s")):
            hits = gazetteer.lookup(base[:-2])
        if not hits and not areas_only:
            hits = residents_of(gazetteer, base)
        if not hits and not areas_only and cue == "facility":
            hits = towns_of_adjective(gazetteer, base)  # "the Trypilska power plant"
        if not hits and not areas_only and russian_form(base, unknown=True):
            hits = respelled(gazetteer, base)  # a facility is no guess: its kind is named
            towns = [h for h in hits if h[0].feature not in FACILITIES]
            hits = hits if cue == "facility" or not towns else towns  # not the town's airport
            guessed = frozenset(p.id for p, _ in towns)  # (the hits that are no facility)
        if not hits and not areas_only:  # "Zaporizhia NPP": a facility in another spelling
            hits = facilities_spelled_otherwise(gazetteer, base)
    elif not areas_only and russian_form(query):
        known = {p.id for p, _ in hits}
        added = [h for h in respelled(gazetteer, query) if h[0].id not in known]
        guessed = frozenset(p.id for p, _ in added)
        hits = hits + added
    if not areas_only:  # "Pivdennyi" port: the town of Pivdenne too (a guess where it is all)
        larger_than = max((p.population for p, _ in hits), default=0)
        added = other_gender(gazetteer, query, larger_than)
        if added and not hits:
            guessed = frozenset(p.id for p, _ in added)
        hits = hits + added
    return cue, hits, guessed
