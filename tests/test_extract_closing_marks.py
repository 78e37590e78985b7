"""Extraction, verification (issue 16): a side's body named after a dash closing a sentence or a
paragraph ("... one worker was hurt. — Odesa regional administration") claims the events its
paragraph told before it, and a line of its own introducing an official's or a body's word with a
colon ("Mayor of Mykolaiv ... on the night attack:") claims the paragraphs below it. Neither names
a speaker with a verb of saying; before, the first read as the report's own word (a first one as
the report's header, its event lost) and the second too. A place or a date after a dash, and a
line naming no side's body before a colon, claim nothing.

First run (before geo/extract/closing_marks.py and introduced_blocks.py): the regional feed lost
its first item's event (Reni) and read the second as confirmed; the wire item was claimed by the
first item's body; the hyphen item was confirmed; the three introduced blocks were confirmed
(the mayor's, the rescuers'), or claimed under a whole sentence's name. The seven sentences
giving a side's record with no verb of saying (a body at work on the aftermath, a body's update
or channel as the subject, "as X put it", "X's morning post: ...") all read as confirmed.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 3)


def _statuses(extractor, text):
    """(place as written, verification, claimant when claimed) of each record"""
    return {
        (
            e["place_mention"].split(" in ")[-1],
            e["verification"],
            e["claimed_by"] if e["verification"] == "claimed" else None,
        )
        for e in extractor.extract(text, "t", DAY)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a regional news feed: each item closed by its body after a dash, on its own line end
            "Regional feed\n\n"
            "Drones set fire to two grain silos in Reni overnight. One dock worker is "
            "in hospital. — Odesa regional administration\n\n"
            "A drone dropped a charge on a city bus in Kherson, wounding its driver. — Kherson "
            "city military administration\n",
            {
                ("Reni", "claimed", "Odesa regional administration"),
                ("Kherson", "claimed", "Kherson city military administration"),
            },
        ),
        (  # a wire's round-up: the body closes the sentence itself
            "Evening round-up\n\n"
            "Two glide bombs fell on Kostiantynivka in the afternoon, damaging the town hospital "
            "— Donetsk regional administration.\n\n"
            "Artillery hit a farm in Chervonohryhorivka; no one was hurt — Nikopol district "
            "military administration.\n",
            {
                ("Kostiantynivka", "claimed", "Donetsk regional administration"),
                ("Chervonohryhorivka", "claimed", "Nikopol district military administration"),
            },
        ),
        (  # a channel's post closed with a hyphen after its last full stop, then the report's own
            "What we know this morning\n\n"
            "A guided bomb struck a shop in Vovchansk and the roof of a school caught fire. "
            "Two women were wounded. - Kharkiv OVA\n\n"
            "Our correspondent saw a shell hit a petrol station in Zolochiv at dawn.\n",
            {
                ("Vovchansk", "claimed", "Kharkiv OVA"),
                ("Zolochiv", "confirmed", None),
            },
        ),
    ],
)
def test_a_body_closing_its_paragraph_after_a_dash_claims_it(extractor, text, expected):
    assert _statuses(extractor, text) == expected


def test_a_place_or_a_date_after_a_dash_signs_nothing(extractor):
    text = (
        "Notes from the south\n\n"
        "A drone hit a warehouse in Izmail before dawn, starting a fire. — Odesa region\n\n"
        "Shelling damaged three houses in Beryslav. — 3 June\n"
    )
    assert {(p, v) for p, v, _ in _statuses(extractor, text)} == {
        ("Izmail", "confirmed"),
        ("Beryslav", "confirmed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a mayor's words introduced by his name and the topic
            "Mykolaiv after the night\n\n"
            "Mayor of Mykolaiv Oleksandr Sienkevych on the night attack:\n\n"
            "Around 3 a.m. a drone crashed into a block of flats in Mykolaiv. Two tenants were "
            "hurt.\n\n"
            "A second drone brought down power lines in Varvarivka.\n",
            {
                ("Mykolaiv", "claimed", "Mayor of Mykolaiv Oleksandr Sienkevych"),
                ("Varvarivka", "claimed", "Mayor of Mykolaiv Oleksandr Sienkevych"),
            },
        ),
        (  # a Russian governor's post retold under his office and name
            "Border update\n\n"
            "The governor of the Bryansk region, Alexander Bogomaz:\n\n"
            "Ukrainian artillery shelled the village of Klimovo. A woman was wounded and two "
            "houses caught fire.\n",
            {
                (
                    "the village of Klimovo",
                    "claimed",
                    "The governor of the Bryansk region, Alexander Bogomaz",
                )
            },
        ),
        (  # a state service's update introduced as such, then the report's own line after a heading
            "Odesa, 3 June\n\n"
            "From the morning update of the State Emergency Service:\n\n"
            "Firefighters put out a blaze at a warehouse in Izmail after a drone attack.\n\n"
            "Elsewhere\n\n"
            "Our correspondent saw smoke rising over Chornomorsk after an explosion.\n",
            {
                ("Izmail", "claimed", "State Emergency Service"),
                ("Chornomorsk", "confirmed", None),
            },
        ),
    ],
)
def test_a_line_introducing_an_officials_word_claims_the_block_below(extractor, text, expected):
    assert _statuses(extractor, text) == expected


def test_a_colon_line_naming_no_side_introduces_nothing(extractor):
    text = (
        "Kharkiv, 3 June\n\n"
        "What we know so far:\n\n"
        "A missile hit a printing house in Kharkiv at noon, killing two workers.\n"
    )
    assert _statuses(extractor, text) == {("Kharkiv", "confirmed", None)}


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # a side's body at work on the aftermath: its own record of what happened
        (
            "Police are investigating after a drone struck a van in Zolochiv and hurt its driver.",
            "Police",
        ),
        (
            "The regional prosecutor's office has opened criminal proceedings over the shelling "
            "of Kupiansk that killed a 70-year-old man.",
            "Regional prosecutor's office",
        ),
        (
            "Izium district authorities evacuated 35 residents after shelling destroyed a school "
            "in Izium.",
            "Izium district authorities",
        ),
        # a body's or an official's document or channel as the subject
        (
            "The city council's evening update mentions a drone hitting a clinic in Lozova.",
            "City council",
        ),
        (
            "The governor's Telegram channel showed a school in Balakliia damaged by a missile "
            "strike.",
            "Governor",
        ),
        # a speaker's words without a verb of saying
        (
            "As Governor Syniehubov put it, shelling of Kupiansk went on the whole day.",
            "Governor Syniehubov",
        ),
        ("Syniehubov's morning post: two drones struck a warehouse in Merefa.", "Syniehubov"),
    ],
)
def test_a_sides_record_without_a_verb_of_saying_is_its_claim(extractor, sentence, claimant):
    records = extractor.extract(f"Kharkiv region, 3 June\n\n{sentence}\n", "t", DAY)
    assert [(r["verification"], r["claimed_by"]) for r in records] == [("claimed", claimant)]


def test_the_reports_own_word_on_the_aftermath_stays_confirmed(extractor):
    text = (
        "Odesa, 3 June\n\n"
        "A drone hit a warehouse in Izmail overnight. Firefighters had the blaze out by dawn, our "
        "correspondent saw.\n"
    )
    assert [r["verification"] for r in extractor.extract(text, "t", DAY)] == ["confirmed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a paragraph opening with a sentence that names only a body's document
            "Kherson\n\n"
            "Morning report of the Kherson RMA. Over the day Russian troops shelled Beryslav and "
            "Bilozerka; a man was wounded in Beryslav.\n",
            {("Beryslav", "claimed", "Kherson RMA"), ("Bilozerka", "claimed", "Kherson RMA")},
        ),
        (  # an official named by his office in lower case after the closing dash
            "Dnipro\n\n"
            "A missile struck a factory in Dnipro on Tuesday morning, killing three workers — "
            "regional governor Serhiy Lysak.\n",
            {("Dnipro", "claimed", "Regional governor Serhiy Lysak")},
        ),
        (  # a wire's headline closed by who says so covers its first paragraph
            "Overnight drone attack sets port warehouse ablaze in Izmail - officials\n\n"
            "Drones struck the port of Izmail overnight and a grain warehouse burned down.\n",
            {("Izmail", "claimed", "Officials")},
        ),
        (
            "Guided bombs kill two in Kostiantynivka — governor\n\n"
            "Two guided bombs hit a market in Kostiantynivka on Monday, killing two sellers.\n",
            {("Kostiantynivka", "claimed", "Governor")},
        ),
    ],
)
def test_a_document_sentence_an_office_after_a_dash_a_headlines_speaker(extractor, text, expected):
    """First run: Beryslav and Bilozerka, Dnipro and Izmail confirmed; Kostiantynivka claimed
    under the whole headline's name."""
    assert _statuses(extractor, text) == expected
