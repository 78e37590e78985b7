"""Read the map's packed events back in Python, as the browser's data.js does (tests only)."""

from __future__ import annotations

import base64
import gzip
import json

import numpy as np

from geo.layers import COORD_SCALE


def decode_events(payload: str) -> dict[str, list]:
    """The columns ``geo.layers.encode_events`` packed, as lists (None for empty)."""
    raw = gzip.decompress(base64.b64decode(payload))
    size = int.from_bytes(raw[:4], "little")
    header = json.loads(raw[4 : 4 + size])
    start = 4 + size
    out: dict[str, list] = {}
    for name, (dtype, offset, length) in header["arrays"].items():
        values = np.frombuffer(
            raw, dtype=np.dtype(dtype).newbyteorder("<"), count=length, offset=start + offset
        ).tolist()
        if name in header["values"]:
            table = header["values"][name]
            out[name] = [None if c < 0 else table[c] for c in values]
        elif name in ("lat", "lon", "stack_lat", "stack_lon"):
            out[name] = [v / COORD_SCALE for v in values]
        else:
            out[name] = [None if v < 0 else v for v in values]
    out["omitted"] = header["omitted"]
    return out
