"""Places as a reader reads them: the gazetteer's common name, the region spelled as the map
writes it, the country, and what was typed when it differs."""

from __future__ import annotations

from geo.assets import region_label_of
from geo.gazetteer.index import Place
from geo.gazetteer.names import normalize
from webui import data


def place_line(place: Place) -> str:
    """ "Odesa, UA" or "Bakhmut, Donetsk, UA": the region as the basemap labels it ("Odesa", not
    GeoNames' "Odessa"; "Sevastopol'", not "Misto Sevastopol'"), left out when it repeats the
    name."""
    region = region_label_of(data.gazetteer(), place.country, place.admin1) if place.admin1 else ""
    shown = region if normalize(region) not in {normalize(place.name), ""} else ""
    return ", ".join(part for part in (place.name, shown, place.country) if part)


def place_name(typed: str, place: Place) -> str:
    """:func:`place_line`, with what was typed when it is not the name found ("Kyiv, UA (for
    “kiev”)")."""
    line = place_line(place)
    typed = typed.strip()
    return line if normalize(typed) == normalize(place.name) else f"{line} (for “{typed}”)"
