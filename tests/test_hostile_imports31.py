"""An imported weapon or category cell with an invisible character in it (a direction override
or a zero-width space copied from another document) is the weapon it names: "\\u202eShahed" was
kept as an unknown weapon, drawn as "Shahed (?)" and left out by the Shahed filter (attack31).
A typed place, a report's text and the review's boxes already drop them (geo.textio.as_report)."""

from __future__ import annotations

from geo import formats


def test_an_invisible_character_in_an_imported_weapon_is_dropped_to_name_it(gazetteer):
    data = (
        "date,type,location,latitude,longitude,weapon,weapon_category\n"
        "2024-02-01,strike,Kupiansk,49.71,37.61,\u202eShahed,\n"
        "2024-02-02,strike,Kupiansk,49.71,37.61,Sha\u200bhed,\n"
        "2024-02-03,strike,Kupiansk,49.71,37.61,,\u202edrone\u202c\n"
        "2024-02-04,strike,Kupiansk,49.71,37.61,\u202eNo Such Thing,\n"
    ).encode()
    frame = formats.read(data, "rlo.csv", gazetteer).frame.sort_values("event_date")
    assert frame["weapon"].tolist()[:3] == ["Shahed", "Shahed", None]
    assert frame["weapon_category"].tolist()[:3] == ["drone", "drone", "drone"]
    assert frame["weapon"].tolist()[3] == "\u202eNo Such Thing"  # unknown: kept as written
