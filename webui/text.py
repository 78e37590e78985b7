"""User text in Streamlit's markdown elements (titles, alerts): shown literally, never as markup."""

from __future__ import annotations

import re

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~$:])")


def literal(text: object) -> str:
    """``text`` with every markdown and HTML character escaped, so that file names or report
    words like ``[x](javascript:...)`` or ``<img ...>`` show as typed."""
    return _MARKDOWN.sub(r"\\\1", str(text))
