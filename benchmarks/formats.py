"""Import speed on the real UCDP GED file, and export speed per format.

Usage: .venv/bin/python benchmarks/formats.py ../shared/data/ucdp-ged-ukraine.csv
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo import formats, store  # noqa: E402
from geo.export import EXPORT_FORMATS, export_bytes  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ucdp", type=Path)
    args = ap.parse_args(argv)
    gazetteer = Gazetteer()
    data = args.ucdp.read_bytes()
    t0 = time.perf_counter()
    result = formats.read(data, args.ucdp.name, gazetteer)
    read_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.gpkg"
        t1 = time.perf_counter()
        store.save(result.frame, path)
        save_s = time.perf_counter() - t1
    exports = {}
    for fmt in EXPORT_FORMATS:
        t = time.perf_counter()
        size = len(export_bytes(result.frame, fmt, gazetteer.country_codes()))
        exports[fmt] = {"s": round(time.perf_counter() - t, 3), "bytes": size}
    print(
        json.dumps(
            {
                "rows": result.rows,
                "read": len(result.frame),
                "refused": len(result.refused),
                "read_and_map_s": round(read_s, 3),
                "save_to_new_store_s": round(save_s, 3),
                "import_total_s": round(read_s + save_s, 3),
                "exports": exports,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
