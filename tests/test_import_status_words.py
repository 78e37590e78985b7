"""newuser27: a CSV whose status column said "reported" lost 102 of its 300 rows, each refused.
Common words for a status are read into the schema's three, and the import's note says how many
rows each word gave; a word none of them is still refuses its row, naming the three."""

from __future__ import annotations

from geo import formats

WORDS = ["reported", "Alleged", "verified", "Confirmed", "frobbed", "claimed", "unconfirmed"]


def test_status_words_are_read_into_the_schemas_three_and_said_in_the_note(gazetteer):
    rows = "date,type,location,latitude,longitude,status\n" + "".join(
        f"2025-02-{i + 1:02d},fighting,Kupiansk,49.71,37.615,{w}\n" for i, w in enumerate(WORDS)
    )
    result = formats.read(rows.encode(), "statuses.csv", gazetteer)
    assert result.frame["verification"].tolist() == [
        "unverified",
        "unverified",
        "confirmed",
        "confirmed",
        "claimed",
        "unverified",
    ]
    assert (
        '4 rows\' status read into the schema\'s: "verified" (1) as confirmed; "reported" (1), '
        '"alleged" (1), "unconfirmed" (1) as unverified' in result.notes
    )
    [(row, reason)] = list(result.refused)
    assert row == 6 and "one of confirmed, claimed, unverified, got 'frobbed'" in reason


def test_a_geojson_status_word_is_read_too(gazetteer):
    data = (
        b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
        b'"coordinates":[37.615,49.71]},"properties":{"event_type":"strike","event_date":'
        b'"2025-02-01","place":"Kupiansk","status":"reported"}}]}'
    )
    result = formats.read(data, "one.geojson", gazetteer)
    assert result.frame["verification"].tolist() == ["unverified"]
    assert any('"reported" (1) as unverified' in n for n in result.notes)
