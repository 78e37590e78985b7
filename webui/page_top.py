"""Less blank above every page's title: Streamlit's main block starts 6rem (96 px) down, under
its 3.75rem (60 px) header, so a title's first letters sat some 120 px down the screen (a new
analyst's finding, newuser24). The block starts right under the header now: the header's
controls (the sidebar's button, the toolbar) keep their band and the title is not under it."""

from __future__ import annotations

import streamlit as st

# Streamlit's header height (its CSS: 3.75rem); the main block starts there.
HEADER_REM = 3.75
_KEY = "sm-page-top"


def less_blank_above_title() -> None:
    """The rule, on every page (app.py calls it before the page runs)."""
    # as Markdown, not st.html: a page opens without the HTML element's script (README, "page
    # open"); its own element hidden, so that it takes no gap above the title
    st.markdown(
        f"<style id='{_KEY}'>[data-testid='stElementContainer']:has(#{_KEY}){{display:none}}"
        f"[data-testid='stMainBlockContainer']{{padding-top:{HEADER_REM}rem}}</style>",
        unsafe_allow_html=True,
    )
