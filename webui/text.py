"""User text in Streamlit's elements: shown literally, never as markup, never as a live formula."""

from __future__ import annotations

import re

import streamlit as st

from geo.long_text import unsteered
from geo.words import counted

__all__ = ["counted", "hide_table_csv_download", "literal", "wrap_chosen"]  # counted: for the pages

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~$:])")
# Streamlit links bare addresses (http://..., www...., a@b.c) and draws icons (:material/...:)
# from the text after the escapes are read: an invisible word joiner after each colon, before
# each @ and after a "www" breaks those patterns and changes nothing on screen.
_LINKS = re.compile(r"(?<=\\:)|(?=@)|(?i:(?<=www)(?=\\\.))")
WORD_JOINER = "\u2060"


def literal(text: object) -> str:
    """``text`` with every markdown and HTML character escaped, so that file names or report
    words like ``[x](javascript:...)``, ``http://e.com`` or ``<img ...>`` show as typed, not as
    a link, an icon or markup; without direction overrides (a weapon imported as U+202E "Shahed"
    turned the rest of a notice around: :func:`geo.long_text.unsteered`)."""
    return _LINKS.sub(WORD_JOINER, _MARKDOWN.sub(r"\\\1", unsteered(str(text))))


def file_name(name: str, most: int = 80) -> str:
    """An uploaded file's name as the page uses it: its middle cut when longer than ``most``
    characters, the suffix kept (the browser sends any name a script gives it: 10,000
    characters filled the page's lines, its errors and the store's name of the import)."""
    if len(name) <= most:
        return name
    keep = (most - 1) // 2
    return f"{name[:keep]}…{name[-keep:]}"


# Streamlit's own "Download as CSV" in a table's toolbar writes cells as they are, so a place
# named "=HYPERLINK(...)" would run in a spreadsheet; our download buttons defuse every cell.
_NO_TABLE_CSV = (
    "<style>[data-testid='stElementToolbarButton']:has(button[aria-label^='Download as CSV'])"
    "{display:none !important}</style>"
)


def hide_table_csv_download() -> None:
    """Hide the toolbar download of every table on the page (ours defuse formulas; it does not).
    Called before each table rather than once per page: a page without a table at open (the Map
    page, its table folded) then loads neither the HTML element's script nor its sanitiser."""
    st.html(_NO_TABLE_CSV)


def wrap_chosen(key: str) -> None:
    """Let the multiselect ``key``'s chosen items wrap onto more lines: Streamlit keeps them on
    one line, and on a phone the second weapon of the range tool was cut to "Storm Sh"."""
    box = f".st-key-{key} .react-aria-ComboBox > div"
    st.html(
        f"<style>{box}{{max-height:none;height:auto}}"
        f"{box} > div:first-child{{flex-wrap:wrap;height:auto;overflow:visible}}</style>"
    )


# The sidebar's date range, start and end side by side: each field's 13 px lead and its parts'
# 2 px sides made 194 px of a 172 px box, and the end day was cut ("2026-12-0", newuser27).
_DATES = "[data-testid='stSidebar'] [data-testid='stDateInput']"
_WHOLE_RANGE = (
    f"<style>{_DATES} [data-range-field]{{padding-left:4px}}"
    f"{_DATES} [data-range-field] span{{padding-left:0.5px;padding-right:0.5px}}"
    f"{_DATES} [data-testid='stDateInputFieldsScroller'] > span{{padding:0 2px}}</style>"
)


def whole_date_range() -> None:
    """Tighten the sidebar's date box so that both days show whole in the sidebar's width."""
    st.html(_WHOLE_RANGE)


def listed_notice(lead: str, items: list[str], closing: str) -> str:
    """A notice's ``lead``, its ``items`` one a line under it and ``closing`` after them, as
    Markdown with every piece escaped (a paragraph of pairs filled a phone's screen)."""
    lines = "\n".join(f"- {literal(item)}" for item in items)
    return f"{literal(lead)}:\n\n{lines}\n\n{literal(closing)}"


NARROW_PX = 1000  # a window narrower than this (a tablet's, the sidebar open) stacks the columns


def page_style(name: str, css: str) -> None:
    """Our own ``css`` (no text of a user's in it) put on the page as Markdown, not st.html: the
    HTML element's script loads after the page draws, so a rule sent through it could take effect
    seconds late (a phone showed the review's wide table beside its stacked fields meanwhile: the
    fresh-clone CI of stop 42) and the page opened with one more script (README, "page open").
    The style's own element is hidden: it took a 16 px gap above the map."""
    st.markdown(
        f"<style id='sm-{name}'>[data-testid='stElementContainer']:has(#sm-{name}){{display:none}}"
        f"{css}</style>",
        unsafe_allow_html=True,
    )


def stacked_when_narrow(key: str):
    """A container ``key`` whose columns stack in a window under NARROW_PX wide: at 820 px the
    sidebar took 300 and the Map page's map column was 277 px, markers cut at its right edge
    (newuser21), as the Ingest page's review map was at 768 px; Streamlit stacks columns only
    under 640 px."""
    row = f".st-key-{key} [data-testid='stHorizontalBlock']"
    page_style(
        key,
        f"@media (max-width:{NARROW_PX}px){{{row}{{flex-wrap:wrap}}"
        f"{row} > [data-testid='stColumn']{{flex:1 1 100% !important;width:100% !important;"
        "min-width:100% !important}}",
    )
    return st.container(key=key)


def shown_category(category: object) -> str | None:
    """A category as the compact table's weapon column shows it ("(drone)"), for an event with
    no weapon named; None for no category (None or NaN). The Map page's table shows it so too."""
    return f"({category})" if isinstance(category, str) and category else None


def file_stem(kept: list[str], limit: int = 100) -> str:
    """A download's name for the view the filters ``kept`` ("weapon drone", "2026-10-01 to
    2026-10-31": :func:`webui.filters.named`): "sitrep-events_weapon-drone_2026-10-01-to-2026-10-31".
    Every view downloaded as "sitrep-events.geojson", so an investigator's four filtered exports
    were "sitrep-events (1).geojson" and on, none saying what it held (newuser37). ASCII letters,
    digits and dashes only, at most ``limit`` characters."""
    parts = [re.sub(r"[^a-z0-9]+", "-", p.casefold()).strip("-") for p in kept]
    stem = "_".join(["sitrep-events", *(p for p in parts if p)])
    return stem[:limit].rstrip("-_")
