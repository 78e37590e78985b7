"""The first run after a server start: what it loads (the map's libraries, the gazetteer, the
events, the extractor) and whether that is done. ``serve.py`` loads it in the background as the
server starts; ``app.py`` says "Starting" on a page until the pages' part is done (``READY``), and
the server's log says :data:`WARM_LINE` once all is (``WARM``): a browser test's fresh server
waits for that line before its first extraction, which under load took over two minutes cold."""

from __future__ import annotations

import sys
import threading

READY = threading.Event()  # the pages' imports and the events: a page need not say "Starting"
WARM = threading.Event()  # and the extractor's first run and the place suggestions' index
WARM_LINE = "sitrep-map: warm (extractor and place suggestions loaded)"
# a report read once at start-up: the extraction's imports and first-run costs paid before an
# analyst's first report, not during it
WARM_REPORT = "Kyiv, 2024-09-08\nRussian drones struck Kharkiv overnight, the governor said.\n"


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
    try:
        data.extractor().extract(WARM_REPORT, "warm-up")
        # the review's "did you mean" index (a few seconds), made before an analyst misspells one
        from geo.geocode.suggest import suggestions

        suggestions(data.gazetteer(), "Kramatorks")
    except Exception:  # no gazetteer: the page says so
        pass
    finally:
        WARM.set()
        print(WARM_LINE, file=sys.stderr, flush=True)
