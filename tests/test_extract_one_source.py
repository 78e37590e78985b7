"""Extraction, verification (issue 16): a report relaying one source carries his word over its
plain paragraphs; a governor and the regional administration he heads, a mayor and his city's
administration or council, and an official named later by his surname alone are one source.
A governor and a mayor are two: the plain paragraph after them stays the report's own.
First run (before geo/extract/one_source.py): the plain paragraph was confirmed in the first two
texts."""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _statuses(extractor, text):
    return {(e["place_mention"], e["verification"]) for e in extractor.extract(text, "t", DAY)}


def test_a_governor_and_his_administration_are_one_source(extractor):
    text = (
        "Kharkiv\n\n"
        "KHARKIV, June 3 - Russian glide bombs struck Kharkiv on Tuesday, killing two people, "
        "regional governor Oleh Syniehubov said.\n\n"
        "Syniehubov said one bomb fell next to a block of flats.\n\n"
        "The regional administration later put the number of wounded at 14.\n\n"
        "Further east, shelling damaged a school in Zolochiv.\n"
    )
    assert _statuses(extractor, text) == {("Kharkiv", "claimed"), ("Zolochiv", "claimed")}


def test_a_mayor_and_his_city_council_are_one_source(extractor):
    text = (
        "Mykolaiv after the night\n\n"
        "A drone crashed into a block of flats in Mykolaiv at dawn, Mayor Oleksandr Sienkevych "
        "wrote.\n\n"
        "The city council later said 30 windows had been blown out.\n\n"
        "A second drone hit power lines in Varvarivka.\n"
    )
    assert _statuses(extractor, text) == {("Mykolaiv", "claimed"), ("Varvarivka", "claimed")}


def test_a_governor_and_a_mayor_are_two_sources(extractor):
    text = (
        "Kharkiv\n\n"
        "Russian glide bombs struck Kharkiv on Tuesday, killing two people, regional governor "
        "Oleh Syniehubov said.\n\n"
        "Mayor Ihor Terekhov said the bombs fell on a residential district.\n\n"
        "Further east, shelling damaged a school in Zolochiv.\n"
    )
    assert _statuses(extractor, text) == {("Kharkiv", "claimed"), ("Zolochiv", "confirmed")}
