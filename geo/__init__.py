"""Sitrep Map: report text to geocoded, filterable, exportable conflict events.

The domain package. It never imports streamlit; the UI lives in ``app.py`` and ``pages/``.
"""

__version__ = "0.1.0"
