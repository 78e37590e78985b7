"""A day typed into the Map page's date filter applies as it is typed.

Streamlit's date box takes a typed day only when its calendar closes: newuser24 typed a date,
saw the calendar open and nothing change until Enter and a click beside it. This script, in the
folded Filters box (loaded only once it is opened), closes the sidebar date box's calendar a
moment after the last digit typed, which is when Streamlit applies the day: the map follows the
typing. The calendar opens again on the next click. Nothing else of the page is touched.
"""

from __future__ import annotations

import streamlit as st

PAUSE_MS = 700  # after the last digit or deletion: a day's two digits are one change

SCRIPT = f"""<script>
(() => {{
  const doc = window.parent.document;  // (the page itself, whether or not in a frame)
  if (doc.documentElement.dataset.smTypedDates) return;
  doc.documentElement.dataset.smTypedDates = "1";
  const BOX = '[data-testid="stSidebar"] [data-testid="stDateInput"]';
  let timer = null;
  const close = () => {{
    const el = doc.activeElement;
    if (!el || !el.closest(BOX)) return;
    el.dispatchEvent(new KeyboardEvent("keydown", {{
      key: "Escape", code: "Escape", keyCode: 27, bubbles: true, cancelable: true,
    }}));
  }};
  doc.addEventListener("keyup", (e) => {{
    const t = e.target;
    if (!(t instanceof Element) || !t.closest(BOX)) return;
    if (!/^[0-9]$/.test(e.key) && e.key !== "Backspace" && e.key !== "Delete") return;
    clearTimeout(timer);
    timer = setTimeout(close, {PAUSE_MS});
  }}, true);
}})();
</script>"""


def apply_as_typed() -> None:
    """Add the script (once per page: it marks the document, so a rerun adds no second one)."""
    st.html(SCRIPT, unsafe_allow_javascript=True)
