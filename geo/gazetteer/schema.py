"""What the built gazetteer file holds, read by the build and checked by the run-time index.

Its own module so that ``make`` rebuilds the file when the build changes (this module, the
build steps, ``names``' keys, the data) and not when only the lookup code does (``index``):
a change to what the file holds must raise :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

# Features whose names area_keys gives (the build keeps them in a table of their own).
AREA_FEATURES = ("continent", "country", "admin1", "admin2", "region", "sea")
SCHEMA_VERSION = 9  # 6: area_names table; 7: feature codes (`code`); 8: "St." keyed "saint";
# 9: US post-office towns (villages)
