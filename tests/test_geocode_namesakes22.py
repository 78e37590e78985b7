"""Namesakes in war reports (issue 16, the writers of heldout22-29): places that went to a far
namesake or to the wrong region because the gazetteer lacked the name the report used. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from geo.geocode import distance_km, find_toponyms

THEATRE = frozenset({"UA", "RU"})


def _place(geocoder, text: str, name: str):
    found = geocoder.resolve(text, find_toponyms(geocoder, text), THEATRE)
    return next(r.place for r in found if r.query == name)


# Russian names of Ukrainian places, as a Russian ministry writes them: Mykolaiv spelled
# Nikolayev, the Donetsk and Luhansk regions called "people's republics" ----------------------


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the region named in its Russian spelling decides which town is meant
        ("Gunners struck a boat yard near Ochakov, Nikolayev region, on Friday.", "Ochakov", "Mykolaiv"),
        ("Missiles hit the shipyard in Nikolayev overnight, the ministry said.", "Nikolayev", "Mykolaiv"),
        # Seversk and Gornyak are first towns in Siberia and the Urals: the republic named
        # after them is the Donetsk region, which holds Siversk and Hirnyk
        ("Our units took better lines near Seversk, Donetsk People's Republic, on Tuesday.", "Seversk", "Donetsk"),
        ("Assault groups cleared the settlement of Gornyak in the Donetsk People's Republic.", "Gornyak", "Donetsk"),
        ("Shelling damaged a school in Gornyak (DPR), the local head said.", "Gornyak", "Donetsk"),
        ("Drones hit an oil depot in Lisichansk, Lugansk People's Republic, at dawn.", "Lisichansk", "Luhansk"),
    ],
)  # fmt: skip
def test_russian_names_of_ukrainian_places(geocoder, text, name, admin1):
    place = _place(geocoder, text, name)
    assert place is not None and place.country == "UA" and place.admin1 == admin1


# Russian border villages no package has: the governor's posts name them ------------------------


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("A drone dropped a charge on a car in Zhuravlevka, Belgorod region; two men were hurt.", "Zhuravlevka", (50.31, 36.32)),
        ("In the village of Dorogoshch an FPV drone hit a tractor this morning.", "Dorogoshch", (50.58, 35.57)),
        ("Debris of a downed drone fell on two houses in Dubovoye near Belgorod.", "Dubovoye", (50.54, 36.59)),
    ],
)  # fmt: skip
def test_belgorod_border_villages(geocoder, text, name, point):
    # Zhuravlevka had gone to a Zhuravlivka of Vinnytsia, Dubovoye to a Zaporizhzhia village
    # once called so, Dorogoshch to nothing
    place = _place(geocoder, text, name)
    assert place is not None and place.country == "RU"
    assert distance_km(place.lat, place.lon, *point) < 5
