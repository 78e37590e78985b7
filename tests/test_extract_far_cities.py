"""A village spelt the Russian way beside front-line towns: a Russian city of that very spelling
far off (Ivanovskoye of the Moscow region, Seversk of the Tomsk region) is no reason to leave the
Ukrainian place that lies by the report's other towns (all of its namesakes had yielded to the
far city alike, and a third namesake won the tie)."""

from __future__ import annotations

import pytest

from geo.extract.places import find_places

# (text, name, its region)
BY_THE_FRONT = [
    (
        "Moscow said its troops had beaten back two brigades between Bakhmut, Chasov Yar and "
        "Ivanovskoye over the weekend.",
        "Ivanovskoye",
        "Donetsk",
    ),
    (
        "Assault units pushed on around Konstantinovka, Dyleyevka and Seversk, the ministry in "
        "Moscow claimed on Sunday.",
        "Seversk",
        "Donetsk",
    ),
]

# Guards: a city of the words near the report's places still wins; a village alone keeps its
# reading.
GUARDS = [
    (
        "Shelling hit Zaporizhzhia and Huliaipole overnight, the governor said.",
        "Zaporizhzhia",
        "Zaporizhia",
    ),
    (
        "A drone struck an oil depot in Seversk near Tomsk, the regional governor said.",
        "Seversk",
        "Tomsk",
    ),
]


@pytest.mark.parametrize(("text", "name", "region"), BY_THE_FRONT + GUARDS)
def test_a_far_city_of_the_spelling_leaves_the_front_village(geocoder, text, name, region):
    regions = {h.place.admin1 for h in find_places(geocoder, text) if h.mention == name}
    assert regions == {region}
