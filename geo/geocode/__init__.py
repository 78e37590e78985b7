"""Resolve place mentions in the context of their document.

Each mention gets ranked candidates from the offline gazetteer. A candidate's score adds:

- a prior: population (log scale), feature type, and whether the words are its main name;
- the kind of place the words around it say ("the region of", "X Oblast", "X airport", "city of");
- the document: countries it names or keeps returning to, regions it names (``Odessa, Texas``),
  and how close the candidate lies to the places chosen for the other mentions.

The document terms are computed from the previous round's choices; two rounds settle it.
An optional online backend (Nominatim through geopy) answers only what the gazetteer cannot.

Modules: ``resolver`` (the :class:`Geocoder`), ``context`` (the document terms), ``cues`` (the
words around a mention), ``toponyms`` (names in free text), ``online`` (Nominatim, opt-in),
``candidates``, ``distance`` and ``rounds`` (the terms of a round computed once per name and place).
"""

from __future__ import annotations

from geo.geocode.candidates import Candidate, Resolution, iter_candidates, source_of
from geo.geocode.cues import cue_for
from geo.geocode.distance import EARTH_RADIUS_KM, distance_km, distances_km
from geo.geocode.online import NominatimBackend, place_from_nominatim
from geo.geocode.resolver import Geocoder
from geo.geocode.toponyms import find_toponyms

__all__ = [
    "EARTH_RADIUS_KM",
    "Candidate",
    "Geocoder",
    "NominatimBackend",
    "Resolution",
    "cue_for",
    "distance_km",
    "distances_km",
    "find_toponyms",
    "iter_candidates",
    "place_from_nominatim",
    "source_of",
]
