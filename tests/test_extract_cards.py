"""What the cells and fields of a record say (rows35): figures told in a cell's telegraphic words
("pump operator wounded", "3 inj", "2 KIA / 1 WIA", "crew safe"), records told as cards of
"Key: value" lines (one card, one record, its fields read as a row's cells), and the day of a
block of rows (its own heading or an "Overnight" lead-in before a day the prose above told)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.cards import card_fields, field_kind, flatten_cards, whole_cards
from geo.extract.cell_figures import cell_figures, row_figures
from geo.extract.sentences import split_sentences
from geo.extract.unwrap import unwrap

PUBLISHED = date(2025, 3, 6)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _records(extractor, text, published=PUBLISHED):
    return extractor.extract(text, "test", published)


@pytest.mark.parametrize(
    ("cell", "figures"),
    [
        ("pump operator wounded", {"injured": 1}),
        ("bakery driver killed", {"killed": 1}),
        ("driver and passenger wounded", {"injured": 2}),
        ("woman killed, husband injured", {"killed": 1, "injured": 1}),
        ("3 inj", {"injured": 3}),
        ("2 KIA / 1 WIA", {"killed": 2, "injured": 1}),
        ("crew safe", {"killed": 0, "injured": 0}),
        ("none hurt", {"killed": 0, "injured": 0}),
        ("4 hurt (2 children)", {"injured": 4}),
        ("Victims: none", {"killed": 0, "injured": 0}),
        ("Bodily injury: none reported", {"killed": 0, "injured": 0}),
        ("Persons injured at address: 0", {"injured": 0}),
        ("Persons killed at address: -", {}),
        # no figures: a type's number, a bare "none" with no key of figures, customers cut
        ("MiG-31K airborne", {}),
        ("none", {}),
        ("Customers cut: 12,300", {}),
    ],
)
def test_a_cell_s_telegraphic_figures(cell, figures):
    assert cell_figures(cell) == figures


def test_an_update_s_later_death_moves_one_of_the_injured():
    assert row_figures(["Casualties: 1 killed, 4 injured", "Update: +1 died in hospital"]) == {
        "killed": 2,
        "injured": 3,
    }


def test_keys_are_read_as_a_table_s_headers():
    assert field_kind("Loss location") == "place"
    assert field_kind("Date of incident") == "day"
    assert field_kind("Peril") == "means"
    assert field_kind("Victims") == "figures"
    assert field_kind("Persons injured at address") == "figures"
    assert field_kind("Chernihiv region") is None  # a tally's line, "Chernihiv region: 24 UAVs"
    assert field_kind("Phone") is None


CARDS = (
    "Sumy Regional Military Administration - incident cards for 5 March 2025, sent the next "
    "morning\n\n"
    "Card 03-05-01\n"
    "Location: Okhtyrka\n"
    "Time: 05:20\n"
    "Means: Shahed-type UAV\n"
    "Object: boiler house\n"
    "Casualties: pump operator wounded\n\n"
    "Card 03-05-02\n"
    "Location: Lebedyn\n"
    "Time: 09:40\n"
    "Type: handing out of firewood by the hromada\n"
    "Casualties: -\n\n"
    "Card 03-05-03\n"
    "Location: Trostianets, Sloboda St. 4\n"
    "Time: 18:10\n"
    "Means: guided bomb\n"
    "Object: two houses\n"
    "Casualties: 1 KIA / 2 WIA\n"
)


def test_a_card_is_one_record_its_fields_read_as_a_row_s_cells(extractor):
    found = {r["place_mention"]: r for r in _records(extractor, CARDS)}
    assert set(found) == {"Okhtyrka", "Trostianets"}  # the firewood card is no event
    drone = found["Okhtyrka"]
    assert (drone["event_type"], drone["weapon_category"]) == ("strike", "drone")
    assert (drone["fatalities"], drone["injured"]) == (None, 1)
    assert drone["event_date"] == "2025-03-05"  # the export's day, not the morning it was sent
    bomb = found["Trostianets"]
    assert bomb["weapon_category"] == "glide bomb"
    assert (bomb["fatalities"], bomb["injured"]) == (1, 2)
    assert bomb["event_date"] == "2025-03-05"


REGISTER = (
    "Loss register of a marine insurer, extract. Losses inspected by our own surveyor.\n\n"
    "Ref.: MR-25-0101\n"
    "Loss location: Izmail, berth 3\n"
    "Date of loss: 02.03.2025\n"
    "Peril: drone attack (Shahed)\n"
    "Bodily injury: none reported\n\n"
    "Ref.: MR-25-0102\n"
    "Loss location: Chornomorsk, Portova St. 7\n"
    "Date of loss: 03.03.2025\n"
    "Peril: flooding from a burst water main\n"
    "Bodily injury: none\n"
)


def test_a_register_s_entries_take_their_own_day_and_a_loss_of_no_war_is_no_event(extractor):
    records = _records(extractor, REGISTER)
    assert [(r["place_mention"], r["event_date"]) for r in records] == [("Izmail", "2025-03-02")]
    assert (records[0]["fatalities"], records[0]["injured"]) == (0, 0)


FORMS = (
    "Damage forms, batch of 6 March 2025; each filled in by an assessor at the address.\n\n"
    "Form no.: DA-1001\n"
    "Settlement: Druzhkivka\n"
    "Street: Sobornosti St. 14\n"
    "Date of incident: 01.03.2025\n"
    "Cause of damage: artillery shell\n"
    "Damage category: C - roof and windows\n"
    "Persons injured at address: 2\n"
    "Persons killed at address: 0\n"
    "________________________________\n"
    "Form no.: DA-1002\n"
    "Settlement: Kramatorsk\n"
    "Date of incident: 02.03.2025\n"
    "Cause of damage: storm, fallen tree\n"
    "Persons injured at address: 0\n"
)


def test_a_form_s_fields_give_figures_by_their_keys_and_a_storm_is_no_event(extractor):
    records = _records(extractor, FORMS)
    assert [(r["place_mention"], r["weapon_category"]) for r in records] == [
        ("Druzhkivka", "artillery")
    ]
    assert (records[0]["fatalities"], records[0]["injured"]) == (0, 2)
    assert records[0]["event_date"] == "2025-03-01"


def test_a_card_is_one_line_and_one_sentence_of_the_same_length():
    text = "Cards\n\nEntry 1\nAddress: Kharkiv, Myru St. 2\nIncident: shelling\nVictims: none\n"
    flat = flatten_cards(text)
    assert len(flat) == len(text)
    line = flat.split("\n")[3]
    assert line == "Address: Kharkiv, Myru St. 2|Incident: shelling|Victims: none"
    start = flat.index(line)
    fields = card_fields(line, start)
    assert fields is not None
    assert [f.kind for f in fields] == ["place", "means", "figures"]
    assert flat[fields[0].value.start : fields[0].value.end] == "Kharkiv, Myru St. 2"
    sentences = whole_cards(flat, split_sentences(flat))  # (not cut after "St.")
    assert any(s.text == line for s in sentences)


def test_fields_that_are_no_card_stay_lines():
    memo = "From: logistics\nTo: all staff\nSubject: generators\nDate: 4 March\n"
    assert flatten_cards(memo) == memo
    tally = "Chernihiv region: 24 UAVs\nSumy region: 19 UAVs\nCasualties: none\n"
    assert flatten_cards(tally) == tally


def test_a_wrapped_text_keeps_a_card_s_fields_apart():
    body = (
        "The administration said in its morning statement that the night had been a hard one "
        "for the\ncity and the villages around it, with long alerts and several waves of "
        "drones, and it\npublished the cards of the night's incidents below for partners to "
        "take into their own\nrecords and maps, one card for each of the hits reported.\n\n"
    )
    card = "Location: Okhtyrka\nMeans: Shahed-type UAV\nCasualties: none\n"
    assert unwrap(body + card).endswith(card)


OVERNIGHT = (
    "ZAPORIZHZHIA, March 6 (Newswire) - A guided bomb hit a factory in Zaporizhzhia on "
    "Tuesday, injuring four workers, the governor said.\n\n"
    "Overnight log:\n"
    "Vilniansk - Shahed - private house burnt, no casualties\n"
    "Stepnohirsk - artillery - 1 wounded\n\n"
    "Night of 4-5 March:\n"
    "Orikhiv - MLRS - none hurt\n"
)


def test_an_overnight_block_is_the_publication_night_s_not_the_story_s_tuesday(extractor):
    found = {r["place_mention"]: r for r in _records(extractor, OVERNIGHT)}
    assert found["Zaporizhzhia"]["event_date"] == "2025-03-04"  # the story's Tuesday
    assert found["Vilniansk"]["event_date"] == "2025-03-06"
    assert (found["Vilniansk"]["fatalities"], found["Vilniansk"]["injured"]) == (0, 0)
    assert found["Stepnohirsk"]["event_date"] == "2025-03-06"
    assert found["Orikhiv"]["event_date"] == "2025-03-05"  # the block's own night
    assert (found["Orikhiv"]["fatalities"], found["Orikhiv"]["injured"]) == (0, 0)


def test_rows_read_figures_in_words_and_a_place_s_outskirts(extractor):
    text = (
        "Medics' log, week 10\n\n"
        "5 March:\n"
        "Rodynske area - artillery on positions - 1 KIA / 3 WIA evacuated\n"
        "Myrnohrad outskirts - FPV drone hit our van - crew safe\n"
    )
    found = {r["place_mention"]: r for r in _records(extractor, text)}
    assert (found["Rodynske"]["fatalities"], found["Rodynske"]["injured"]) == (1, 3)
    assert (found["Myrnohrad"]["fatalities"], found["Myrnohrad"]["injured"]) == (0, 0)
    assert {r["event_date"] for r in found.values()} == {"2025-03-05"}


def test_a_downing_s_debris_card_is_an_interception_with_its_figures(extractor):
    text = (
        "Power distributor - outage notices of 6 March 2025\n\n"
        "Notice 2/06\n"
        "Area: Chornomorsk\n"
        "Facility: switching station\n"
        "Cause: debris of a downed drone\n"
        "Personnel: 1 electrician injured\n"
        "Customers cut: 5,400\n"
    )
    (record,) = _records(extractor, text)
    assert (record["event_type"], record["place_mention"]) == ("interception", "Chornomorsk")
    assert (record["fatalities"], record["injured"]) == (None, 1)  # customers are no figure


def test_cards_and_a_one_line_card_paste_are_read_in_linear_time(extractor):
    """Many cards one after another (each card's headings looked up past the cards above it),
    and one line of thousands of fields joined by bars: ten times the text, never a hundred
    times the time (ratios of one run's timings, no wall-clock limit)."""
    from timing import cpu_seconds

    card = "Location: Okhtyrka\nMeans: Shahed-type UAV\nCasualties: 1 injured\n\n"
    field = "Location: Okhtyrka St. 4|Casualties: none|"
    texts = [card * n for n in (40, 400)] + [field * n for n in (500, 5_000)]
    _records(extractor, "A drone hit Kharkiv.")
    seconds = [cpu_seconds(extractor.extract, t, "paste", PUBLISHED)[0] for t in texts]
    assert seconds[1] < 30 * max(seconds[0], 0.01), seconds
    assert seconds[3] < 30 * max(seconds[2], 0.01), seconds
