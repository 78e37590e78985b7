"""The columns that tell the CSV formats an import reads apart, and the line saying which a
file's header is nearest (or, having none of them, which columns are needed)."""

from __future__ import annotations

import re

from geo.vocabulary import shortened

# The columns that tell each CSV format, in the order they are asked (ours first: our own CSV has
# ACLED's columns too), with the words naming such a file.
CSV_SIGNATURES: tuple[tuple[str, frozenset[str], str], ...] = (
    ("csv", frozenset({"sitrep_event_type"}), "a Sitrep Map CSV export"),
    ("acled", frozenset({"event_id_cnty", "sub_event_type"}), "an ACLED export"),
    ("ucdp", frozenset({"where_prec", "date_prec", "type_of_violence"}), "a UCDP GED file"),
    ("csv", frozenset({"event_type", "event_date"}), "a CSV of the event fields"),  # ids made
)


def _listed(words: list[str], joiner: str = "and") -> str:
    """ "a and b", "a, b and c" (or with ``joiner`` "or")."""
    if len(words) < 3:
        return f" {joiner} ".join(words)
    return f"{', '.join(words[:-1])} {joiner} {words[-1]}"


# The columns that give an event's type in some format an import reads
_TYPE_COLUMNS = {"event_type", "sitrep_event_type", "sub_event_type", "type_of_violence"}


def _no_event_type(columns: set[str], name: str, header: str) -> None:
    """A file of dated events with no column giving their type ("event_date, location,
    fatalities") is refused saying so plainly: no format reads events without a type, and the
    nearest format's missing ids (event_id_cnty) are not what the analyst has to add."""
    from geo.formats import ImportFormatError
    from geo.vocabulary import EVENT_TYPES

    if "event_date" not in columns or columns & _TYPE_COLUMNS:
        return
    cells = ", ".join(c.strip().strip('"') for c in re.split(r"[,;\t]", header))
    raise ImportFormatError(
        f"{name} has no event type column (its columns: {shortened(cells, 80)}): add event_type "
        f"({_listed(list(EVENT_TYPES), 'or')}) to import it as a CSV of the event fields"
    )


def nearest(columns: set[str], name: str, header: str) -> str:
    """What each CSV format expects, the one whose columns the file has most of first, with the
    ones it lacks: "nearest an ACLED export, which needs event_id_cnty and sub_event_type:
    event_id_cnty is missing (...)". A file with none of any format's columns is refused here, in
    one line saying which are needed: no format chosen would read it."""
    from geo.formats import ImportFormatError, columns_in, dataset_columns
    from geo.records import COLUMNS

    known = (
        {"sitrep_event_type", "sitrep_fatalities", "country_code", "weapon", "claimed_by"},
        columns_in(dataset_columns("acled")),
        columns_in(dataset_columns("ucdp")),
        {*COLUMNS, "lat", "lon"},
    )
    ranked = sorted(  # stable: of equals, the order asked
        zip(CSV_SIGNATURES, known, strict=True), key=lambda p: -len((p[0][1] | p[1]) & columns)
    )
    _no_event_type(columns, name, header)
    (_, needed, words), most = ranked[0]
    lacking = sorted(needed - columns)
    others = "; ".join(f"{w} needs {', '.join(sorted(n))}" for (_, n, w), _ in ranked[1:])
    if not (needed | most) & columns:
        every = "; ".join(f"{w} needs {_listed(sorted(n))}" for _, n, w in CSV_SIGNATURES)
        cells = ", ".join(c.strip().strip('"') for c in re.split(r"[,;\t]", header))
        raise ImportFormatError(
            f"{name} has none of the columns an import reads ({shortened(cells, 80)}): {every}"
        )
    return (
        f"nearest {words}, which needs {' and '.join(sorted(needed))}: {', '.join(lacking)} "
        f"{'is' if len(lacking) == 1 else 'are'} missing ({others})"
    )
