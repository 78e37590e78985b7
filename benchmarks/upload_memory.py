"""Peak memory of reading the largest file the Import page accepts, per format.

Usage: .venv/bin/python benchmarks/upload_memory.py [--mb 20]

The page holds an upload in memory (Streamlit receives it whole; ``maxUploadSize`` and
``geo.formats.MAX_UPLOAD_BYTES`` cap it at 20 MB) and then parses it. This writes a file of each
importable text format just under the cap from generated events, reads it in a fresh process
with :func:`geo.formats.read`, and reports the process's peak resident memory above what it held
before reading (the upload already in memory), as a multiple of the file's size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current size, so the peak read
# after is the parse's own, above what the process held with the upload in memory.
_READ = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from geo import formats
from geo.gazetteer import Gazetteer

def kb(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])

gazetteer = Gazetteer()
data = Path({path!r}).read_bytes()
Path("/proc/self/clear_refs").write_text("5")
before = kb("VmRSS:")
result = formats.read(data, {name!r}, gazetteer, {fmt!r})
print(len(result.frame), before, kb("VmHWM:"))
"""


def _file(fmt: str, folder: Path, limit: int) -> Path:
    """Generated events exported as ``fmt``, as many as fit under ``limit`` bytes."""
    from benchmarks.generate import generate
    from geo.export import export_bytes

    count = 20_000
    while True:
        data = export_bytes(generate(count, seed=3), fmt, {})
        if len(data) > limit:
            break
        count *= 2
    count = int(count * limit / len(data) * 0.97)
    data = export_bytes(generate(count, seed=3), fmt, {})
    path = folder / f"events.{fmt}"
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20)
    args = ap.parse_args(argv)
    limit = int(args.mb * 2**20)
    with tempfile.TemporaryDirectory(prefix="sitrep-upload-") as tmp:
        for fmt in ("geojson", "csv"):
            path = _file(fmt, Path(tmp), limit)
            code = _READ.format(root=str(ROOT), path=str(path), name=path.name, fmt=fmt)
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout.split()
            events, before, after = (int(v) for v in out)
            size_mb = path.stat().st_size / 2**20
            extra_mb = (after - before) / 1024
            print(
                json.dumps(
                    {
                        "format": fmt,
                        "file_mb": round(size_mb, 1),
                        "events": events,
                        "peak_mb_above_start": round(extra_mb),
                        "times_file": round(extra_mb / size_mb, 1),
                    }
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
