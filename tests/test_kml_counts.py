"""An interception's counts in a KML export are numbers, as its killed and injured are: the
schema declared "launched" and "destroyed" as text, so QGIS and GeoPandas read "64" and "14" as
strings, and a layer of a night's interceptions could not be summed or sized by them (newuser36,
exporting one oblast's interceptions)."""

from __future__ import annotations

import pyogrio

from conftest import one_event
from geo.export import export_bytes


def test_kml_counts_read_back_as_integers(tmp_path):
    frame = one_event(
        event_type="interception", weapon_category="drone", launched=64, destroyed=14, injured=2
    )
    path = tmp_path / "night.kml"
    path.write_bytes(export_bytes(frame, "kml"))
    info = pyogrio.read_info(path)
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert types["launched"] == types["destroyed"] == types["injured"] == "int32", types
    back = pyogrio.read_dataframe(path)
    assert (back.loc[0, "launched"], back.loc[0, "destroyed"]) == (64, 14)
