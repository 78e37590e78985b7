"""Extraction, verification: an official named with no verb of saying and no quote marks, after a
dash or alone in a bracket closing the line ("... 4 hurt in the Shevchenkivskyi district
(Terekhov)", "... a dead man in Nikopol — regional head Lysak", "... no one hurt — governor.
Power is out"), or a bracket giving whose information it is ("(information of the mayor X)").
Seen in three development writers (heldout18's timeline "(regional head)", heldout37's log
"(information of the mayor ...)", heldout40's push alerts "— regional head X", "— Surname",
"— governor. ..."), and a new analyst's Telegram digest. Before: each read as confirmed.
A place after a dash ("— Kharkiv") still claims nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 9, 14)


def _claims(extractor, text):
    return [(e["verification"], e["claimed_by"]) for e in extractor.extract(text, "t", DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Sun 14 Sep · 06:40\nDnipro: a drone hit a block of flats overnight, 4 injured — regional head Lysak",
        "Sun 14 Sep · 06:40\nDnipro: a drone hit a block of flats overnight, 4 injured (regional head)",
        "Sun 14 Sep · 06:40\nKharkiv: 4 injured in the Shevchenkivskyi district after a drone hit overnight (Terekhov)",
        "Sun 14 Sep · 06:40\nKyiv: 4 injured after a drone hit in the Obolonskyi district overnight — Tkachenko",
        "08:10 A drone hit a block of flats in Dnipro overnight, 4 persons injured "
        "(information of the regional head Serhiy Lysak).",
        "Sun 14 Sep · 06:40\nOdesa: drones hit a substation overnight, no casualties — governor. "
        "Lights are out in two districts",
    ],
)
def test_a_bare_speaker_claims_the_line(extractor, text):
    got = _claims(extractor, text)
    assert got and all(v == "claimed" and who for v, who in got), got


def test_a_place_after_a_dash_claims_nothing(extractor):
    text = "Sun 14 Sep · 06:40\nA drone hit a block of flats overnight, 4 injured — Dnipro"
    assert all(v != "claimed" for v, _ in _claims(extractor, text))
