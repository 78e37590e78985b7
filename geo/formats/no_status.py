"""An imported event whose file gives no verification: ``unverified``, in every format, and
said in the import's notes. The schema's rule (README "Verification rule") calls an event
unverified when nobody has confirmed it and no side's claim is given; a file that gives no
status says neither, so its rows are what nobody has checked, the source they name kept. The
readers left it to themselves: a CSV read it as unverified (with a note), a GeoJSON as
``claimed`` (no claimant, no note), a KML refused each placemark ("'verification' should be one
of ..."). :func:`geo.formats.build` calls :func:`unchecked` for every reader."""

from __future__ import annotations

from geo.words import counted

STATUS = "unverified"

# what a format's rows are, and what names a field in it
_UNITS = {
    "geojson": ("feature", "property"),
    "kml": ("placemark", "field (SimpleData)"),
}


def unchecked(record: dict) -> bool:
    """Give ``record`` the status :data:`STATUS` when its file gives none (no field, None, or
    an empty or blank cell), in place; whether it did."""
    status = record.get("verification")
    if status is not None and not (isinstance(status, str) and not status.strip()):
        return False
    record["verification"] = STATUS
    return True


def unchecked_note(n: int, fmt: str, column: str = "") -> str:
    """The note on ``n`` events of a ``fmt`` file read as unverified; ``column``: the file's
    column of status when it has one (its cells were empty), else ""."""
    unit, field = _UNITS.get(fmt, ("row", "column"))
    said = counted(n, unit)
    if column:  # the file has the column, its cell is empty (it was told to give a column)
        return (
            f"{said} with an empty '{column}' read as unverified (nobody has checked them): "
            "fill it in (confirmed, claimed, unverified) to say otherwise"
        )
    return (
        f"{said} with no verification read as unverified (nobody has checked them): "
        f"give a verification {field} (confirmed, claimed, unverified) to say otherwise"
    )
