"""Keep every run going through app.py's ``st.navigation``.

Streamlit treats an app with a ``pages/`` folder as a legacy multipage app until the entry script
first calls ``st.navigation``; a deep link (``/ingest``) opened right after the server starts would
then run the page alone, without app.py's navigation and sidebar. Pages call :func:`ensure` first:
in that case it switches Streamlit to ``st.navigation`` mode and reruns through app.py, which opens
the same page. (Uses ``PagesManager.uses_pages_directory``, the flag st.navigation itself clears.)
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure() -> None:
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
