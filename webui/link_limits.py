"""A link Streamlit drops whole, said on the page.

Streamlit reads a query string of more than 1,000 parameters (``?region=a&region=b&...``) or
512 KiB as no query at all, with a line in the server's log only: the page showed every event
as if the link's filters applied (attack39b left it), and the raw string is gone before the
page runs. :class:`TooLongLink`, before Streamlit in ``serve.py``, sends such a page request on to
the same page with ``?too_long_link=PARAMETERS,CHARACTERS``, which :func:`notice` puts in words.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote

import streamlit as st
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_FIELDS as MOST_PARAMETERS,
)
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_LENGTH as MOST_CHARACTERS,
)

from geo.words import counted

PARAM = "too_long_link"
_NOT_PAGES = ("/_stcore/", "/app/static/", "/static/", "/component/", "/media/")
_Scope = MutableMapping[str, Any]
_Asgi = Callable[..., Awaitable[None]]


def _too_long(query: str) -> tuple[int, int] | None:
    """The query's parameters and characters when Streamlit would drop it, else None."""
    fields = query.count("&") + 1
    return (fields, len(query)) if _over(fields, len(query)) else None


def _over(fields: int, chars: int) -> bool:
    """Whether Streamlit drops a query of ``fields`` parameters and ``chars`` characters."""
    return fields > MOST_PARAMETERS or chars > MOST_CHARACTERS


class TooLongLink:
    """ASGI middleware: a page request whose link Streamlit would drop goes on to the same page
    with the link's size only (303), so the page can say what was left out."""

    def __init__(self, app: _Asgi) -> None:
        self.app = app

    async def __call__(self, scope: _Scope, receive: _Asgi, send: _Asgi) -> None:
        path = str(scope.get("path", "/"))
        query = bytes(scope.get("query_string", b"")).decode("latin-1")
        size = _too_long(query) if scope["type"] == "http" and query else None
        if size is None or path.startswith(_NOT_PAGES) or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        # one slash first: a path of two ("//evil.example/") was a link to another site, the
        # page sent there (attack40b)
        where = f"/{quote(path.lstrip('/'))}?{PARAM}={size[0]},{size[1]}"
        headers = [(b"location", where.encode("ascii")), (b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def notice(value: str | None) -> str | None:
    """The page's line for the link's ``too_long_link`` value (None when there is none)."""
    try:
        fields, chars = (int(v) for v in str(value or "").split(","))
    except ValueError:
        return None
    # only sizes a dropped link can have (a link's ?too_long_link=5,5 or 1000000000,1 typed by
    # hand said "The link had 5 parameters, more than the 1,000 ...": attack40b)
    if not (0 < fields <= chars + 1 and _over(fields, chars)):
        return None
    if chars > MOST_CHARACTERS:
        what = f"{counted(chars, 'character')}, more than the {MOST_CHARACTERS:,}"
    else:
        what = f"{counted(fields, 'parameter')}, more than the {MOST_PARAMETERS:,}"
    return (
        f"The link had {what} the app reads: all of it was left out and every event is shown. "
        "Choose the filters in the sidebar's Filters box (each list takes many values at once)."
    )


def said() -> str | None:
    """The page's line for its link's ``too_long_link``, if it has one."""
    return notice(st.query_params.get(PARAM))
