"""Spoken turns (geo/extract/asked.py, transcripts.py): a question's place and day are its
answer's, "A:" is the interviewee the header names, an age said in words is no count. Our own
sentences, none taken from the reports."""

from __future__ import annotations

from datetime import date

import pytest
from timing import cpu_seconds

from geo.extract.asked import Asked
from geo.extract.casualties import casualty_figures
from geo.extract.transcripts import turns

PRESSER = """City council briefing, transcript of 5 March 2026

MAYOR: Good morning. The night was quiet in the city itself.

QUESTION (Radio Pivden): What happened in Bilozerka on Monday?

MAYOR: Two shells hit the grain store; a guard was wounded by glass.

QUESTION (Radio Pivden): And the ferry?

MAYOR: It runs again from tomorrow.
"""


def test_question_locates_its_answer() -> None:
    asked = Asked(PRESSER)
    answer = PRESSER.index("Two shells")
    start, end = asked.question_of(answer) or (0, 0)
    assert "Bilozerka on Monday" in PRESSER[start:end]
    assert asked.question_of(PRESSER.index("The night was quiet")) is None
    # the question itself is no answer; it knows where its answer starts
    assert asked.in_question(PRESSER.index("What happened")) == PRESSER.index("MAYOR: Two")


def test_host_words_that_ask_nothing_locate_nothing() -> None:
    text = (
        "MODERATOR: With us is the spokesman of the southern group.\n\n"
        "SPOKESMAN: Thank you. There were forty clashes in our zone.\n\n"
        "MODERATOR: Questions, please.\n\nSPOKESMAN: Yes.\n"
    )
    assert Asked(text).question_of(text.index("There were")) is None


def test_labels_alone_are_no_transcript() -> None:
    text = "UPDATE: a drone hit Nikopol.\n\nKherson region: calm.\n"
    assert Asked(text).pairs == []


def test_answer_takes_the_question_place_and_day(extractor) -> None:
    records = extractor.extract(PRESSER, "t", date(2026, 3, 5))
    [r] = [r for r in records if r["place"] == "Bilozerka"]
    assert r["event_type"] == "strike"
    assert r["event_date"] == "2026-03-02"  # the Monday before Thursday 5 March
    assert r["injured"] == 1


def test_answer_that_told_its_own_event_goes_on_with_it(extractor) -> None:
    text = (
        "Interview published 9 June 2026.\n\n"
        "Q: People are talking about Huliaipole.\n\n"
        "OSTAP: On Sunday a drone hit our truck in Polohy. We lost nobody, one man was hurt.\n"
    )
    records = extractor.extract(text, "t", date(2026, 6, 9))
    assert [r["place"] for r in records] == ["Polohy"]


def test_answers_are_the_interviewee_the_header_names() -> None:
    text = (
        "Phone interview with the spokesman of a border guard unit, 3 May 2026\n\n"
        "Q: How was the night?\n\nA: Two drones hit the checkpoint.\n\n"
        "Q: Anyone hurt?\n\nA: No.\n"
    )
    who = [w for _, w in turns(text)]
    assert who == [
        None,
        "spokesman of a border guard unit",
        None,
        "spokesman of a border guard unit",
    ]
    talk = (
        "A conversation with the head of Sloviansk council, recorded 2 May 2026\n\n"
        + text[text.index("Q:") :]
    )
    assert [w for _, w in turns(talk)][1] == "head of Sloviansk council"
    # an explainer's Q and A name nobody: no speaker's word
    assert turns("Explainer\n\nQ: What is a KAB?\n\nA: A bomb.\n\nQ: Why?\n\nA: Range.\n") == []


def test_age_in_words_is_no_count() -> None:
    assert casualty_figures("A man of sixty was killed by artillery fire.") == {"killed": 1}
    assert casualty_figures("A woman of seventy-two was cut by glass.") == {"injured": 1}
    assert casualty_figures("Twelve wounded, one of them a girl of nine.") == {"injured": 12}
    # "of one of the cars": no age
    assert casualty_figures("The driver of one of the cars was injured.") == {"injured": 1}


def _cpu(fn, text: str) -> float:
    return cpu_seconds(fn, text)[0]  # (the least of three, the garbage collector paused)


@pytest.mark.parametrize(
    "piece",
    [
        "Q (X): " * 50 + "\n",  # labels on labels
        "[00:01:04] ROMAN " + "A" * 40 + " (" * 30 + ":\n",  # a label that never closes
        "A" * 3000 + ": Kharkiv?\n",  # one long upper-case word before a colon
        "QUESTION: In Kharkiv?\nMAYOR: Yes.\n",  # a real transcript, repeated
    ],
)
def test_turns_read_in_time_that_grows_with_the_text(piece: str) -> None:
    """Reading the turns of a paste 4 times longer takes about 4 times as long, not 16
    (ratios in one run, no wall-clock limit)."""

    def read(text: str) -> None:
        Asked(text)
        turns(text)

    small, large = piece * 60, piece * 240
    _cpu(read, small)  # (warm)
    ratio = _cpu(read, large) / max(_cpu(read, small), 1e-3)
    assert ratio < 10, ratio


def test_hearing_members_claim_nothing() -> None:
    text = (
        "SENATOR LUND: General, a missile killed twelve in Sumy last week.\n\n"
        "GENERAL OKAFOR: That is our assessment too.\n\n"
        "SENATOR LUND: And Kharkiv?\n\nGENERAL OKAFOR: Struck twice.\n"
    )
    assert [w for _, w in turns(text)] == [None, "General Okafor", None, "General Okafor"]
