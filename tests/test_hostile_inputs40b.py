"""attack40b: the session's new features attacked (decimal commas in a comma-separated file, the
near filter's ring, the weekly chart, the long-link middleware, the form of an incident added by
hand, the claimants' automaton); each test failed before its fix."""

from __future__ import annotations

# --- a quoted "37,500" in a comma-separated file --------------------------------------------------
# A comma-separated file's "37,500" in quotes is a thousands separator as often as a decimal mark:
# it was put at 37.5 without a word. Only a file of ';' or tabs between cells has decimal commas.
_COMMAS = (
    "event_date,event_type,latitude,longitude,country,admin1,place,source\n"
    '2024-05-01,strike,48.0,"37,500",UA,Donetsk,Donetsk,s\n'
    "2024-05-02,strike,48.0,37.8,UA,Donetsk,Donetsk,s\n"
)


def test_a_comma_in_a_number_of_a_comma_separated_file_is_refused(gazetteer):
    from geo import formats

    result = formats.read(_COMMAS.encode(), "commas.csv", gazetteer)
    assert len(result.frame) == 1  # the other row is read
    (geometry,) = result.frame.geometry
    assert (geometry.y, geometry.x) == (48.0, 37.8)
    ((line, reason),) = list(result.refused)
    assert line == 2
    assert "'longitude' should be a number, got '37,500' instead" in reason
    assert "\n" not in reason


def test_the_same_number_of_a_semicolon_file_is_a_decimal(gazetteer):
    from geo import formats

    text = _COMMAS.replace(",", ";").replace('"37;500"', "37,500")
    result = formats.read(text.encode(), "semicolons.csv", gazetteer)
    assert not result.refused, result.refused
    assert sorted(result.frame.geometry.x) == [37.5, 37.8]
