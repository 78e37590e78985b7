"""Extraction, a side's claim carried to the record (verif16): in a report citing several
sources, a speaker who opens a paragraph's first sentence ("The regional governor says ...",
"According to the administration, ...") frames the plain sentences after it in that paragraph;
one who closes his own sentence ("..., city officials said") claims that sentence alone. A
reporter's eyes in the next entry, at another place, confirm nothing of the event before it."""

from __future__ import annotations

import test_extract_relayed as relayed

from geo.extract.attribution import independent

extractor = relayed.extractor  # the same module-scoped fixture
_by_place = relayed._by_place


# A live blog: entries under clock times, several officials, the paper's reporter in Dnipro
_LIVE = """Live: strikes across the south and east

09:10
The mayor of Kharkiv, Ihor Terekhov, says a drone hit a garage in the city overnight.

10:25
Mykolaiv's regional governor, Vitalii Kim, says Russian artillery shelled a dozen villages in the region overnight. In Snihurivka, a shell set a barn on fire; nobody was hurt.

11:40
Our correspondent in Dnipro saw firefighters still working on the roof of the damaged shopping centre.
"""

# A wire roundup: each official in his own paragraph, the framing speaker first
_WIRE = """Shelling hits towns on both banks

KYIV, May 14 - According to the Kherson regional administration, Russian troops fired on Kherson 40 times on Tuesday. A shell struck a bus stop in Bilozerka, wounding two women.

In the east, Donetsk governor Vadym Filashkin said a guided bomb hit a school in Kramatorsk.
"""

# A factbox: every sentence closes on its own source; the last one, with none, is the writer's
_FACTBOX = """FACTBOX-The night's attacks

In Zaporizhzhia, drones wounded seven people, governor Ivan Fedorov said. In Kryvyi Rih, a drone hit a house and killed a man, Oleksandr Vilkul said. In Odesa, a drone struck a warehouse and started a fire; no casualties were reported.
"""


def _claimed_by(event: dict, name: str) -> None:
    assert event["event_type"] == "strike"
    assert event["verification"] == "claimed"
    assert name in (event["claimed_by"] or "")


def test_a_speaker_opening_the_paragraph_claims_the_plain_sentence_after_him(extractor):
    events = _by_place(extractor, _LIVE)
    _claimed_by(events["Snihurivka"], "Kim")
    assert events["Kharkiv"]["verification"] == "claimed"


def test_according_to_first_in_a_wire_story_claims_the_next_sentence(extractor):
    events = _by_place(extractor, _WIRE)
    assert events["Bilozerka"]["injured"] == 2
    _claimed_by(events["Bilozerka"], "Kherson")
    assert events["Kramatorsk"]["verification"] == "claimed"


def test_a_speaker_closing_his_sentence_leaves_the_next_one_the_writers_own(extractor):
    events = _by_place(extractor, _FACTBOX)
    assert events["Kryvyy Rih"]["verification"] == "claimed"
    odesa = events["Odesa"]
    assert odesa["event_type"] == "strike"
    assert odesa["verification"] == "confirmed"
    assert not odesa["claimed_by"]


# A local paper's running story: the governor's word, then the paper's photographer elsewhere
_RUNNING = """Our city after the night raid

Kherson governor Oleksandr Prokudin said a drone hit a minibus in Bilozerka at dawn, wounding the driver.

Our photographer in Mykolaiv saw black smoke rising over the port district in the morning.
"""


def test_the_reporters_eyes_at_another_place_confirm_nothing_before(extractor):
    events = _by_place(extractor, _RUNNING)
    _claimed_by(events["Bilozerka"], "Prokudin")


# A correction in a live blog and a local paper's update: the official "has since clarified"
_CLARIFIED = """Live: night of drones

10:45 CORRECTION - Earlier we wrote that a missile hit Kremenchuk. The Poltava regional governor has since clarified that a drone hit a garage on the city's outskirts; one man was lightly hurt.
"""
_UPDATE = """Update on the Kharkiv blast

Kharkiv mayor Ihor Terekhov clarified on Telegram that a missile struck an empty warehouse in the city.
"""


def test_an_official_who_has_since_clarified_claims_the_event(extractor):
    _claimed_by(_by_place(extractor, _CLARIFIED)["Kremenchuk"], "Poltava regional governor")
    kharkiv = _by_place(extractor, _UPDATE)["Kharkiv"]
    _claimed_by(kharkiv, "Terekhov")
    assert not kharkiv["claimed_by"].endswith("since")


# A weekly roundup and a newsletter, each closing on a teaser of its own people's next piece
_ROUNDUP = """THE WEEK AT WAR

Russia fired about 30 missiles at Ukraine on Tuesday night; the air force said it brought down 25. In Kyiv, missiles and drones struck a power substation and two blocks of flats. One worker was killed and four wounded in the capital, the city military administration said.

Next Saturday: our correspondent's notes from the trenches near Siversk.
"""
_NEWSLETTER = """Morning briefing, 14 May

Drones struck Odesa again overnight, officials said. In Chernihiv, a missile hit a bakery. Three people were wounded in the city, the regional governor Viacheslav Chaus said.

Tomorrow: our reporters on the road to Kharkiv.
"""


def test_a_teaser_of_the_reports_own_people_leaves_a_toll_its_speakers_word(extractor):
    kyiv = [e for e in extractor.extract(_ROUNDUP, "test", None) if e["place"] == "Kyiv"]
    assert kyiv  # the missiles' and the drones' records
    for event in kyiv:
        _claimed_by(event, "administration")
    _claimed_by(_by_place(extractor, _NEWSLETTER)["Chernihiv"], "Chaus")


def test_a_who_in_the_text_is_not_the_world_health_organization():
    assert not independent("Residents who left the border town")
    assert independent("the WHO") and independent("UN monitors")


# A numbered factbox and a news brief giving whose figures they are; a satellite's data is no
# side's word
_FACTS = """The year's deadliest strikes

1. Kryvyi Rih, 4 April. A ballistic missile hit a playground. Twenty dead and 70 injured: the figures from the State Emergency Service.
"""
_BRIEF = """Brief: shelling in Nikopol

Russian artillery shelled Nikopol on Sunday, killing two men; the toll comes from the district council.
"""
_HEAT = """Depot fire

A drone hit an oil depot in Novorossiysk on Sunday; a large fire broke out, fire data from NASA showed.
"""


def test_figures_from_a_sides_body_make_its_claim(extractor):
    _claimed_by(_by_place(extractor, _FACTS)["Kryvyy Rih"], "State Emergency Service")
    _claimed_by(_by_place(extractor, _BRIEF)["Nikopol"], "District council")
    assert _by_place(extractor, _HEAT)["Novorossiysk"]["verification"] == "confirmed"


# A regional administration's morning post signed on its last line with no dash, in the side's
# own words ("the aggressor"); a governor's post retold with where he posted it before a colon
_SIGNED = """Situation in the Dnipropetrovsk region as of 08:00

Overnight the aggressor attacked the Nikopol district with drones and artillery. In Marhanets, a house and a car were damaged. A 54-year-old man was wounded.

Serhiy Lysak, head of the regional military administration
"""
_POSTED = """Air raid over Lviv

Lviv region governor Maksym Kozytskyi, in a post on Telegram: a drone hit a warehouse in Zolochiv. There were no casualties.

Meanwhile, the mayor of Lutsk, Ihor Polishchuk, said a drone hit a house in Lutsk.
"""


def test_a_post_signed_on_its_last_line_or_posted_before_a_colon_is_its_officials(extractor):
    _claimed_by(_by_place(extractor, _SIGNED)["Marhanets"], "Serhiy Lysak")
    _claimed_by(_by_place(extractor, _POSTED)["Zolochiv"], "Kozytskyi")


# An official named by his whole office and name before the verb, closing the sentence
_OFFICE = """Night in Zaporizhzhia

Zaporizhzhia was attacked overnight with drones and guided bombs, the head of the regional military administration Ivan Fedorov said on Telegram.

A drone hit a shop in Kherson, the head of the Kherson regional military administration Oleksandr Prokudin reported.
"""


def test_an_official_named_by_his_whole_office_claims_the_event(extractor):
    events = _by_place(extractor, _OFFICE)
    _claimed_by(events["Zaporizhzhya"], "Ivan Fedorov")
    _claimed_by(events["Kherson"], "Oleksandr Prokudin")
