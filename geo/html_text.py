"""The visible text of an HTML page, one block per line, read once whatever its markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _TextOfHtml(HTMLParser):
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "title",
    }
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line; scripts and styles dropped."""
    parser = _TextOfHtml()
    parser.feed(_closable(html))
    parser.close()
    lines = [
        re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")
    ]
    return "\n".join(line for line in lines if line)


def _closable(html: str) -> str:
    """``html`` with the markup HTMLParser cannot close made text, so that it reads the page
    once (attack33): a tag opened after the last ">" and a comment opened after the last "-->"
    made it read the rest of the page again for each (a 30 kB page of "<a " 9.9 s, x16 for x4);
    a marked section "<![" it stopped on (AssertionError) or searched to the end each time is a
    bogus comment up to its ">", as browsers read it."""
    last = html.rfind(">")
    head, tail = html[: last + 1], html[last + 1 :].replace("<", "&lt;")
    ends = head.rfind("-->")
    head = (
        head[:ends] + head[ends:].replace("<!--", "&lt;!--")
        if ends >= 0
        else head.replace("<!--", "&lt;!--")
    )
    return head.replace("<![", "<!_[") + tail


def looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(p|div|body|article)\b", head)
    )
