"""What a reading of the thirty-fourth session's merged change found: a dense upload's union and a
transcript's answers whose time grew faster than their input (each test compares two sizes' CPU
in one run, never a wall-clock limit), and region names a user could not find under one option."""

from __future__ import annotations

from types import SimpleNamespace

from timing import cpu_seconds


def _linear(work, small, big, factor: float = 8) -> None:
    small_s, _ = cpu_seconds(work, small)
    big_s, _ = cpu_seconds(work, big)
    assert big_s < factor * max(small_s, 1e-3), (small_s, big_s)


# A context layer of areas that all overlap counted its pairs in chunks of 4,096 polygons before
# it stopped: 4,096 x n pairs built first (8,000 boxes 9.7 s and 1.1 GB, x10.5 for x4).
def test_a_dense_layer_of_overlapping_areas_is_joined_in_linear_time():
    import numpy as np
    import shapely

    from geo.area_union import union_all

    def boxes(n: int) -> list:
        rng = np.random.default_rng(1)
        x, y = rng.uniform(0, 1, n), rng.uniform(0, 1, n)
        return list(shapely.box(x, y, x + 5, y + 5))

    small, big = boxes(1_500), boxes(6_000)
    _linear(union_all, small, big)
    assert abs(union_all(small).area - shapely.union_all(small).area) < 1e-9


# An answer's place was looked for by reading every place hit of the report for each of its
# sentences (8,000 answers x17 for x4).
def test_an_answer_finds_its_questions_place_without_reading_every_hit():
    from geo.extract.asked import Asked

    def answers(k: int):
        text = "".join(
            "Q: What happened in Kharkiv on Tuesday?\nHEAD: A drone hit a house.\n"
            for _ in range(k)
        )
        asked = Asked(text)
        hits = [SimpleNamespace(start=q.body + 20) for q, _ in asked.pairs]
        return asked, hits

    def ask_all(given) -> list:
        asked, hits = given
        return [asked.place(a.body + 3, hits, None) for _, a in asked.pairs]

    small, big = answers(1_000), answers(4_000)
    _linear(ask_all, small, big)
    found = ask_all(small)
    # each answer's place is its own question's
    assert all(h is hits for h, hits in zip(found, small[1], strict=True))


# A city's own region with no region of its name around it was two options ("Misto Sevastopol'"
# and "Sevastopol City"), and "Kyiv-city" a third option of Kyiv's.
def test_a_city_regions_spellings_are_one_option():
    from geo import region_menu

    assert len(region_menu.menu(["Misto Sevastopol'", "Sevastopol", "Sevastopol City"])) == 1
    assert region_menu.menu(["Kyiv-city", "Kyiv City", "Kiev Special Republican city"]) == ["Kyiv"]


# A transcript of many short turns in one paragraph: each lower-case word was tried against every
# place span found (lower_case_names) and each sentence's weapons noted with a scan of every hit
# of the report (paragraph_kind): a 180 kB paste 13.9 s, x9 for x4.
def test_a_long_transcript_of_short_turns_is_read_in_linear_time(geocoder):
    from geo.extract import Extractor

    extractor = Extractor(geocoder)

    def transcript(k: int) -> str:
        turn = "Q: Kharkiv, Sumy, Izium, Odesa?\nHEAD: A drone hit. A bomb fell. A shell hit.\n"
        return "Kharkiv region, 12 May 2025\n" + turn * k

    def read(text: str) -> list:
        return extractor.extract(text, "t")

    _linear(read, transcript(250), transcript(1_000))
    assert read(transcript(2))  # the answers' strikes are found at the question's places
