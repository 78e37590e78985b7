"""``python -m geo context add|list|remove``: the store's dated context layers from the shell."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from geo.words import counted

if TYPE_CHECKING:  # geopandas loads only when a context command runs, not to build the parser
    from geo import context


def configure(parser: argparse.ArgumentParser, parser_class: type) -> None:
    """Add the ``add``, ``list`` and ``remove`` actions to the ``context`` command's parser."""
    actions: argparse._SubParsersAction = parser.add_subparsers(
        dest="action", parser_class=parser_class, metavar="ACTION", required=True
    )
    add = actions.add_parser("add", help="import a polygon file as a named, dated layer")
    add.add_argument("file", type=Path, metavar="FILE", help="GeoJSON, KML or GeoPackage")
    add.add_argument("--name", required=True, help="layer name, e.g. occupied")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day it shows")
    listing = actions.add_parser("list", help="the layers, oldest first, one JSON object a line")
    remove = actions.add_parser("remove", help="remove a layer (every date, or one)")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--date", metavar="YYYY-MM-DD", help="only the layer of this day")
    for action, sub in (("add", add), ("list", listing), ("remove", remove)):
        sub._sub = f"context {action}"


def _describe(layer: context.ContextLayer) -> dict:
    west, south, east, north = layer.geometry.bounds
    return {
        "name": layer.name,
        "date": layer.date,
        "parts": layer.parts,
        "vertices": layer.vertices,
        "bounds": [round(v, 4) for v in (west, south, east, north)],
        "source": layer.source,
        "imported_at": layer.imported_at,
    }


def run(args: argparse.Namespace) -> int:
    """Carry out the action; :class:`geo.context.ContextError` for bad input (nothing changed)."""
    from geo import context

    path = context.path_for()
    if args.action == "add":
        layer, replaced = context.add(args.file, args.name, args.date, path)
        verb = "replaced" if replaced else "added"
        print(
            f"{verb} context layer {layer.name!r} of {layer.date}: {counted(layer.parts, 'area')}, "
            f"{layer.vertices:,} vertices, from {layer.source} (in {path})"
        )
    elif args.action == "list":
        for layer in context.load(path):
            print(json.dumps(_describe(layer), ensure_ascii=False))
    else:
        gone = context.remove(args.name, args.date, path)
        print(f"removed {gone} context layer{'s' if gone != 1 else ''} called {args.name!r}")
    return 0
