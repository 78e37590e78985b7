"""What the command line says on stderr about the events its filters selected (``geo export``,
``geo map``): events set aside on reading the store, a weapon or region word that names nothing, and, when
the filters keep no event, how many they left out and whether the sample would have matched (the
README's ``--weapon ATACMS`` after a UCDP import wrote "wrote 0 events" with no hint: the
reference report's ATACMS events are the sample, left out once the store holds events of yours).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import geopandas as gpd
import pandas as pd

from geo.filtering import EventIndex, Filters
from geo.words import counted


def notices(
    frame: gpd.GeoDataFrame,
    gazetteer,
    filters: Filters,
    weapon_words: Sequence[str],
    sample: bool | None,
) -> Iterator[str]:
    """The warning lines for ``frame``, the events ``filters`` selected (``sample`` as asked:
    see :func:`geo.store.load_all`)."""
    from geo import weapon_menu
    from geo.store import checks

    if notice := checks.summary(frame):
        yield notice
    if notice := weapon_menu.unknown_notice(list(weapon_words), frame["weapon"].dropna().unique()):
        yield f"{notice}: no event matches it"
    if frame.empty:
        from geo.store import load_all

        everything = load_all(gazetteer, sample=True)  # the whole store, read once for both lines
        if notice := unknown_regions(everything["admin1"], filters.regions):
            yield notice
        if notice := unknown_claimants(everything["claimed_by"], filters.claimants):
            yield notice
        yield left_out(everything, gazetteer, filters, sample)


def unknown_regions(admin1: pd.Series, regions: Sequence[str]) -> str | None:
    """The line naming the ``--region`` words no stored event's region (``admin1``, all the
    store holds) is spelt as, with the nearest regions there are (``--region Khersn`` wrote
    "wrote 0 events" alone)."""
    from geo import region_menu
    from geo.vocabulary import unknown_notice

    if not regions:
        return None
    options = region_menu.menu(admin1)
    found = unknown_notice("region", region_menu.unknown(regions, options), options)
    return f"{found}: no stored event lies in it" if found else None


def unknown_claimants(claimed_by: pd.Series, words: Sequence[str]) -> str | None:
    """The line naming the ``--claimed-by`` words no stored event's claimant holds, with the
    nearest claimants there are."""
    from geo import claimants
    from geo.vocabulary import unknown_notice

    options = claimants.menu(claimed_by)
    found = unknown_notice("claimant", claimants.unknown(words, options), options)
    return f"{found}: no stored event's claimant holds it" if found else None


def left_out(everything: gpd.GeoDataFrame, gazetteer, filters: Filters, sample: bool | None) -> str:
    """The line for filters that kept nothing: how many events there were to choose from
    (among ``everything``, the store and the sample, as ``sample`` shows them: see
    :func:`geo.store.load_all`), and how many of the sample's would match when it was left out."""
    from geo.store import load_all, reference_ids

    index = EventIndex(everything, reference_ids(gazetteer))
    shown = sample is True or (sample is None and not index.has_own)
    every = len(everything) if shown else int((~index.sample).sum())
    line = f"the filters left out all {counted(every, 'event')}" if every else "no event stored"
    if sample is not True:
        hidden = len(load_all(gazetteer, filters=filters, sample=True))
        if hidden:
            line += (
                f"; {counted(hidden, 'event')} of the sample (the reference report's, left out "
                "while the store holds events of yours) would match: add --sample"
            )
    return line
