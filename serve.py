"""What `make run` serves: app.py, with the map's libraries, the gazetteer and the events loaded in
the background as the server starts (``webui.warm``), so that the first visitor does not wait for
them (it was 6-10 s of a blank page on a loaded machine)."""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

import streamlit as st
from starlette.middleware import Middleware

from webui.link_limits import TooLongLink


@asynccontextmanager
async def _lifespan(app):
    from webui import warm

    threading.Thread(target=warm.load, name="warm-up", daemon=True).start()
    yield


# a link of more than 1,000 parameters, dropped whole by Streamlit, is said on the page
app = st.App("app.py", lifespan=_lifespan, middleware=[Middleware(TooLongLink)])
