"""Extraction, verification: a notice a body issues about an attack on what it runs (a power
company's statement, a listed firm's announcement, a university's or a telecom operator's
notice) is that body's word (`claimed`), not the report's own (`confirmed`): its header names
the body, and its text speaks of the sites or staff hit as the body's own. Seen in four writers
of the development sets (heldout18 energy company and university, heldout20 listed company and
mobile operator, heldout21 a rescue directorate), read as `confirmed` with no claimant."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.own_notice import own_notice


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


CASES = [
    (  # a power company's statement, its name before the kind of document
        "Zakhidenergo statement on the overnight strike\n4 May 2025, 09:30\n\n"
        "Russian missiles hit the Dobrotvir power station in the Lviv region overnight. Three of "
        "our engineers were hurt and are in hospital. Repairs have begun.\n\n"
        "Zakhidenergo press office",
        "Zakhidenergo",
        {"Dobrotvir"},
    ),
    (  # a listed firm's announcement: its name alone on a line, "the Group's" sites
        "Market announcement\nPolissia Grain Holdings plc\n11 March 2025\n\n"
        'Polissia Grain Holdings plc (the "Group") reports the following.\n\n'
        "On the night of 10 to 11 March, a drone struck the Group's grain silo at Pavlohrad. "
        "One night-shift worker was slightly injured. The Board expects no material effect.",
        "Polissia Grain Holdings plc",
        {"Pavlohrad"},
    ),
    (  # a telecom operator's notice to its customers: "one of our base stations"
        "Lifecell | notice for customers in the Sumy region\n\n"
        "After last night's shelling, one of our base stations in Okhtyrka was destroyed by a "
        "guided bomb. Mobile service in the town may be patchy for several days.",
        "Lifecell",
        {"Okhtyrka"},
    ),
    (  # a university's notice: "the university's" building
        "TO ALL STUDENTS\nPoltava State Agrarian University\n2 October 2024\n\n"
        "Yesterday evening a Russian missile struck near the university's main building in "
        "Poltava, breaking most of its windows. Two cleaners were lightly injured. Classes move "
        "online until Monday.",
        "Poltava State Agrarian University",
        {"Poltava"},
    ),
]


@pytest.mark.parametrize(("text", "who", "places"), CASES)
def test_a_bodys_notice_about_its_own_sites_is_its_claim(extractor, text, who, places):
    assert own_notice(text) == who
    events = extractor.extract(text, "notice", date(2025, 5, 4))
    found = {e["place"] for e in events}
    assert places <= found, found
    for e in events:
        if e["place"] in places:
            assert e["verification"] == "claimed", e
            assert e["claimed_by"], e


@pytest.mark.parametrize(
    "text",
    [
        # a news story about a company's plant: the reporter's, "our correspondent"
        "Missile Strike Hits Power Station Near Lviv\n\nRussian missiles hit the Dobrotvir "
        "power station overnight, our correspondent in Lviv saw. Three engineers were hurt.",
        # a title-case headline naming the body as what was hit
        "Drone Hits Kyivstar Base Station In Okhtyrka\n\nA drone destroyed a base station in "
        "Okhtyrka overnight. Our reporters could not reach the company.",
        # a firm named in the header but no site of its own hit: a market note
        "Dnipro Steel Weekly\nPrices and logistics\n\nA missile hit the port of Odesa on "
        "Monday; freight rates rose by 4 %.",
    ],
)
def test_no_own_notice(extractor, text):
    assert own_notice(text) is None


def test_a_rescue_directorate_of_russia_issues_its_update(extractor):
    """Russia's emergencies ministry by its English acronym: a state service's update."""
    text = (
        "Main Directorate of the EMERCOM of Russia for the Belgorod Region\n\n"
        "On the fire in Shebekino\n\n"
        "At night, after a drone attack, a warehouse caught fire in Shebekino. The fire was put "
        "out by 05:10. Nobody was hurt."
    )
    events = extractor.extract(text, "update", date(2025, 5, 4))
    assert {e["place"] for e in events} >= {"Shebekino"}
    assert {e["verification"] for e in events} == {"claimed"}
