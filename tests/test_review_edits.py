"""The review's map beside its table (issue 16's new user): it draws the events as the analyst
edited them in the table, before they are saved."""

from __future__ import annotations

from conftest import BASE_EVENT
from geo.records import validate
from geo.review import with_table_edits


def _record(**fields):
    return validate({**BASE_EVENT, **fields})


def test_the_map_shows_the_tables_edits():
    records = [_record(fatalities=1957, verification="confirmed"), _record(place="Sumy")]
    shown = with_table_edits(
        records,
        {0: {"fatalities": 1, "verification": "claimed", "geo_precision": "near it"}},
    )
    assert (shown[0]["fatalities"], shown[0]["verification"]) == (1, "claimed")
    assert shown[0]["geo_precision"] == 2
    assert shown[1] == records[1]
    assert records[0]["fatalities"] == 1957  # the extracted records are left as they were


def test_an_edit_the_record_would_not_take_leaves_it_as_it_was():
    records = [_record()]
    for bad in ({"event_date": "2025-02-3"}, {"event_type": "picnic"}, {"place": "Elsewhere"}):
        assert with_table_edits(records, {0: bad})[0]["event_date"] == records[0]["event_date"]
        assert with_table_edits(records, {0: bad})[0]["place"] == records[0]["place"]
    assert with_table_edits(records, {"0": {"injured": 3}, 7: {"injured": 1}})[0]["injured"] == 3
