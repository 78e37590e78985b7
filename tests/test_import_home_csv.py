"""A CSV an analyst made by hand, as real files come (newuser16): no verification column, the
country written out, a plain "location" column, a row with coordinates and no place name, no
event ids. Each is read, said in the import's notes where something was assumed; a row is refused
only for what is wrong with it, in one line naming the column."""

from __future__ import annotations

from conftest import run_cli
from geo import formats


def _read(gazetteer, text: str, name: str = "mine.csv") -> formats.ImportResult:
    return formats.read(text.encode(), name, gazetteer)


# Written for these tests: three strikes and a fight a researcher might keep in a spreadsheet.
HOME_MADE = (
    "date,location,region,country,latitude,longitude,event_type,weapon,killed\n"
    "2026-10-03,Izium,Kharkiv,Ukraine,,,strike,KAB,2\n"
    "2026-10-04,,,,47.84,35.14,strike,Iskander-M,\n"
    "2026-10-05,Kramatorsk,,ua,,,strike,,\n"
    "2026-10-06,Pokrovsk,Donetsk,Freedonia,,,fighting,,\n"
)


def test_a_home_made_csv_is_read_with_what_it_assumed_said(gazetteer):
    result = _read(gazetteer, HOME_MADE)
    assert result.format == "csv" and len(result.frame) == 3
    rows = result.frame.set_index("place_mention", drop=False)
    # no verification column: nobody has checked these, and the notes say so
    assert set(result.frame["verification"]) == {"unverified"}
    assert any("3 rows with no verification read as unverified" in n for n in result.notes)
    # "Ukraine" and "ua" are the country UA; the plain "location" column is the place
    assert set(result.frame["country"]) == {"UA"}
    assert rows.loc["Izium", "fatalities"] == 2 and rows.loc["Izium", "admin1"] == "Kharkiv"
    # a row with a point and no name is kept, named by its point and the town near it
    pointed = result.frame[result.frame["weapon"] == "Iskander"].iloc[0]
    assert pointed["place"] == "47.8400, 35.1400 (2 km from Zaporizhzhya)"
    assert any("1 row with coordinates and no place name" in n for n in result.notes)
    # a country that is neither a code nor a name is refused, naming the column
    assert result.refused == [
        (
            5,
            "'country' should be an ISO code or a country's name (UA, Ukraine), got "
            "'Freedonia' instead",
        )
    ]


def test_rows_without_ids_get_the_same_ids_each_time(gazetteer):
    twice = "date,location,event_type,country\n" + "2026-10-07,Kupiansk,strike,UA\n" * 2
    first, again = _read(gazetteer, twice), _read(gazetteer, twice)
    ids = list(first.frame["event_id"])
    assert len(set(ids)) == 2 and ids[1] == f"{ids[0]}-2"  # two alike rows stay two
    assert list(again.frame["event_id"]) == ids
    other = _read(gazetteer, twice, name="theirs.csv")
    assert not set(other.frame["event_id"]) & set(ids)  # another file's rows are its own


def test_a_csv_lacking_a_type_or_date_column_says_which(gazetteer):
    import pytest

    data = b"event_type,location\nstrike,Izium\n"
    with pytest.raises(formats.ImportFormatError, match="event_date missing"):
        formats.read(data, "x.csv", gazetteer, "csv")


def test_the_command_line_prints_one_line_per_refused_row_and_the_notes(scratch_store, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(HOME_MADE, encoding="utf-8")
    out = run_cli("import", str(path))
    assert out.returncode == 0
    assert out.stderr.splitlines() == [
        "refused line 5: 'country' should be an ISO code or a country's name (UA, Ukraine), got "
        "'Freedonia' instead"
    ]
    assert "3 read" in out.stdout and "note: 3 rows with no verification" in out.stdout
