"""Uploaded files parsed one at a time on the server.

Streamlit holds an upload in memory (up to ``maxUploadSize``, 20 MB) and parsing it takes more:
a 19.4 MB CSV of 81,000 events peaks 552 MB above the page's start, a GeoJSON of the same size
253 MB (``benchmarks/upload_memory.py``). One parse at a time for the whole server keeps that
peak the same however many visitors upload at once; the others wait with a spinner.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from webui.text import literal


@st.cache_resource(show_spinner=False)
def _parsing() -> threading.Lock:
    return threading.Lock()  # one for the server process, shared by every session


@contextmanager
def one_parse_at_a_time(name: str) -> Iterator[None]:
    """Hold the server's parse lock while the block runs, saying so if another parse runs."""
    lock = _parsing()
    if lock.acquire(blocking=False):
        try:
            yield
        finally:
            lock.release()
        return
    with st.spinner(f"Another visitor's file is being read; {literal(name)} is next..."):
        with lock:
            yield
