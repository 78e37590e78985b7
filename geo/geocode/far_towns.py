"""In a war report, a town of the words far from every place the text names is no town for its
namesakes by the front to yield to.

A namesake yields to a city or a larger town of the words (``city_namesakes.villages_yield_to_cities``,
``towns_over_villages``): "Zaporizhzhia" is the city, not a village of the Donetsk front. A
village spelt the Russian way matches a Russian town of that very spelling as its main name
(Ivanovskoye of the Moscow region, 128,000 people; Seversk of the Tomsk region), and every
Ukrainian namesake the respelling finds yielded to it alike: the one by Chasiv Yar, named in the
same sentence, tied with those of other regions, and a third one won. A town of the words lying
``FAR_KM`` or more from every other place the text names, while another candidate lies within
``BY_TEXT_KM`` of one, is left out of the yielding: the places around them decide.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from geo.geocode.candidates import Candidate

FAR_KM = 500.0  # farther than a front's length from every place the text names
BY_TEXT_KM = 100.0  # a short drive from one of them
CITIES = ("city", "capital")  # what a namesake yields to (a village keeps its yielding)


def without_far_towns(
    cells: Sequence[tuple[Candidate, float, int, int, bool]], nearest_km: np.ndarray
) -> list[Candidate]:
    """The candidates of one mention (``cells``: each with its row, see ``rounds.Nearness``)
    less its towns ``FAR_KM`` or more from every other place the text names, when another lies
    within ``BY_TEXT_KM`` of one (``nearest_km``: by row, the km to the nearest); all of them
    otherwise."""
    km = [float(nearest_km[row]) for _, _, row, _, _ in cells]
    if not km or min(km) > BY_TEXT_KM:
        return [c for c, *_ in cells]
    return [
        c
        for (c, *_), d in zip(cells, km, strict=True)
        if d < FAR_KM or c.place.feature not in CITIES
    ]
