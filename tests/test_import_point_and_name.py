"""A row that gives both coordinates and a place name takes the country and region whose outlines
hold its point, as a row with only coordinates and a point typed in the review do (newuser18: such
a row was exported with country and region empty in every format)."""

from __future__ import annotations

from geo import formats
from geo.outline_of import country_at, region_at

# Written for these tests: a strike with a point and its town's name, one with only a name, one
# with only a point, and one whose own country and region columns are filled in.
ROWS = (
    "event_date,event_type,place,latitude,longitude,country,admin1\n"
    "2026-11-03,strike,Kupiansk,49.7106,37.6156,,\n"
    "2026-11-04,strike,Nikopol,,,,\n"
    "2026-11-05,fighting,,48.58,37.96,,\n"
    "2026-11-06,strike,Kupiansk,49.7106,37.6156,UA,Own region\n"
)


def test_a_row_with_a_point_and_a_name_is_in_the_country_and_region_of_its_point(gazetteer):
    result = formats.read(ROWS.encode(), "mine.csv", gazetteer)
    frame = result.frame.sort_values("event_date")
    assert len(frame) == 4, result.refused
    region = region_at(49.7106, 37.6156, "UA")
    assert country_at(49.7106, 37.6156) == "UA" and region
    named = frame.iloc[0]
    # the row keeps its own name; its country and region are those of its point
    assert named["place"] == "Kupiansk"
    assert (named["country"], named["admin1"]) == ("UA", region)
    # rows with only a name or only a point had them already: every row now has one
    assert all(frame["country"] == "UA") and all(frame["admin1"].astype(bool))
    # a row's own country and region stand
    assert frame.iloc[3]["admin1"] == "Own region"
