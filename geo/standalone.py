"""The map as one HTML file that opens from disk with no network (``python -m geo map``)."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import geopandas as gpd

from geo import assets
from geo.layers import MAP_ASSETS, asset_url, build_map, own_assets


def _inline_css_images(css: str, folder: Path) -> str:
    """Replace ``url(images/x.png)`` in a stylesheet by data URIs (the layer-control icon)."""

    def data_uri(m: re.Match) -> str:
        path = folder / m.group(1)
        if not path.is_file() or path.suffix.lower() not in (".png", ".svg"):
            return m.group(0)
        mime = "image/svg+xml" if path.suffix.lower() == ".svg" else "image/png"
        return f"url(data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()})"

    return re.sub(r"url\(['\"]?(images/[\w.\-]+)['\"]?\)", data_uri, css)


def _inline(html: str, url: str, content: str, folder: Path) -> str:
    """``html`` with the link to ``url`` replaced by ``content`` (a script or a stylesheet whose
    images lie in ``folder``)."""
    if url.split("?")[0].endswith(".js"):
        tag = re.compile(rf'<script src="{re.escape(url)}"></script>')
        text = "<script>" + content.replace("</script", "<\\/script") + "</script>"
    else:
        tag = re.compile(rf'<link rel="stylesheet" href="{re.escape(url)}"\s*/>')
        text = "<style>" + _inline_css_images(content, folder) + "</style>"
    return tag.sub(lambda _: text, html)


def standalone_html(frame: gpd.GeoDataFrame) -> str:
    """The map as one HTML file that works from disk with no internet: everything inlined.

    Parameters
    ----------
    frame : GeoDataFrame
        Events in the DESIGN.md schema, EPSG:4326.

    Returns
    -------
    str
        The page, with Leaflet, fflate, the map's own script and styles and the outlines in it.
    """
    base = "__VENDOR__"
    html = build_map(frame, served_base=base, inline_outlines=True).get_root().render()
    for name in MAP_ASSETS:
        path = assets.vendor_file(name)
        html = _inline(html, asset_url(base, name), path.read_text(encoding="utf-8"), path.parent)
    for url, content in own_assets(base).values():
        html = _inline(html, url, content, assets.OWN_SOURCE)
    if base in html:
        raise assets.AssetsMissingError("a map asset was not inlined; rebuild with 'make setup'")
    return html
