"""The first run after a server start: what it loads (the map's libraries, the gazetteer, the
events) and whether that is done. ``serve.py`` loads it in the background as the server starts;
``app.py`` says "Starting" on a page until it is done."""

from __future__ import annotations

import threading

READY = threading.Event()


def load() -> None:
    """Import what the pages import and fill the shared caches; then :data:`READY` is set."""
    from geo import context_map, export  # noqa: F401  # geopandas, shapely, folium: most of it
    from webui import data, filters, mapview, table, time_chart  # noqa: F401  # the Map page's

    try:
        data.events(spinner=False)  # no page to draw a spinner in
    except Exception:  # a store that cannot be read: the page says so, not this
        pass
    finally:
        READY.set()
    # the review's "did you mean" index (a few seconds), made before an analyst misspells a place
    from geo.geocode.suggest import suggestions

    try:
        suggestions(data.gazetteer(), "Kramatorks")
    except Exception:  # no gazetteer: the page says so
        pass
