"""Extraction, two places of one sentence kept apart after a merge (extras26): "gains south-west
of X" joins the village told after it ("troops in central A and in the eastern part of B"), and
the merged record took in that village's sentence; the sentence's other village then joined it
too, through a sentence they share, and one of the two fights was lost. Two places named in one
sentence stay two records, also when one of them was merged first."""

from __future__ import annotations

from datetime import date


def test_the_other_village_of_a_merged_sentence_stays_its_own_record(extractor):
    text = (
        "Russian forces gained ground near Kupiansk. Ukrainian troops regained some ground "
        "south-west of Pokrovsk.\n\nPokrovsk direction\nUkrainian units pushed forward "
        "south-west of Pokrovsk this week. Geolocated clips from Tuesday place Ukrainian troops "
        "in central Kotlyne and in the eastern part of Udachne. Russian attacks elsewhere in the "
        "sector brought no confirmed gains."
    )
    records = extractor.extract(text, "t", date(2025, 3, 20))
    donetsk = [r["place"] for r in records if r["admin1"] == "Donetsk"]
    assert len(donetsk) == 2 and "Udachne" in donetsk
