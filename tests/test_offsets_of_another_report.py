"""After "Update the stored event" from a later report (a revised toll), pasting the original
report again: the stored event's sentence offsets were read from the later report's text, so the
review must mark this report's own sentence, and say in plain words what differs (newuser26:
the offsets marked "2 k[illed" through the next paragraph, and the notice named "sentence ends
at, sentence starts at, source" as "an analyst's earlier correction")."""

from __future__ import annotations

from conftest import BASE_EVENT
from geo import store
from geo.events import to_frame
from geo.stored_differences import notice

FIRST = "Kyiv, 10 July 2025. Missiles struck Kyiv overnight, killing 2 and injuring 16 people."
LATER = "Update. The toll of the Kyiv strike rose to 3 killed and 22 injured, the mayor said."


def _read_from(text: str, sentence: str, source: str, killed: int, injured: int) -> dict:
    start = text.index(sentence)
    return {
        **BASE_EVENT,
        "event_id": "kyiv-0710",
        "place": "Kyiv",
        "event_date": "2025-07-10",
        "source": source,
        "source_text": sentence,
        "span_start": start,
        "span_end": start + len(sentence),
        "fatalities": killed,
        "injured": injured,
    }


def test_the_original_report_keeps_its_own_offsets_and_the_notice_says_what_differs(scratch_store):
    original = _read_from(FIRST, FIRST[20:], "first.txt", 2, 16)
    store.save(to_frame([original]))
    store.save(to_frame([_read_from(LATER, LATER[8:], "later.txt", 3, 22)]))  # the update
    shown, fields = store.with_corrections([dict(original)])
    record = shown[0]
    assert FIRST[record["span_start"] : record["span_end"]] == FIRST[20:]  # this report's words
    assert "span_start" not in fields["kyiv-0710"] and "span_end" not in fields["kyiv-0710"]
    assert (record["fatalities"], record["injured"]) == (3, 22)  # the revised toll is kept
    assert notice([original], shown, fields) == [
        "Kyiv, 2025-07-10: the stored event holds the later toll of later.txt, 3 killed, "
        "22 injured (this report: 2 killed, 16 injured); saving keeps the later toll"
    ]


def test_the_same_report_again_keeps_the_stored_offsets(scratch_store):
    original = _read_from(FIRST, FIRST[20:], "first.txt", 2, 16)
    store.save(to_frame([original]))
    moved = {**original, "span_start": 25, "fatalities": 3}  # the same text, read again
    store.save(to_frame([moved]))
    shown, fields = store.with_corrections([dict(original)])
    assert shown[0]["span_start"] == 25 and "span_start" in fields["kyiv-0710"]
    assert notice([original], shown, fields) == [
        "Kyiv, 2025-07-10: the stored event differs: killed 3 (this report: 2)"
    ]


def test_a_text_value_is_quoted_and_an_empty_one_is_none():
    shown = [
        {"event_id": "e", "place": "Kyiv", "event_date": "2025-07-10", "notes": "was 2 killed"}
    ]
    assert notice([{"notes": None}], shown, {"e": ["notes"]}) == [
        'Kyiv, 2025-07-10: the stored event differs: notes "was 2 killed" (this report: none)'
    ]
