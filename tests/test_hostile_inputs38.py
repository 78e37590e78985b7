"""The thirty-ninth session's attack (attack38) on the entry points: what it found, each a test
written before its fix; a time is two sizes' CPU seconds compared, never a wall-clock limit."""

from __future__ import annotations

from types import SimpleNamespace

from test_hostile_inputs37 import _linear  # (CPU seconds of two sizes, one run)


# --- one long paragraph of strikes --------------------------------------------------------------
# Each open event looked for a later sentence of its paragraph naming who told it by reading the
# paragraph from its first sentence (`relayed._said_after`), and each mention that joined an
# event filed the event again under the same keys (`joinable.Joinable.add`), so the next mention
# read every earlier filing: one 600 kB paragraph of 10,000 strikes at one town, 10 s and 4 s of
# its 16 s in those two alone.
def test_a_long_paragraph_is_read_for_speakers_after_in_linear_time(geocoder):
    from geo.extract.relayed import _After

    sentences = [
        SimpleNamespace(start=i, paragraph=0, text="A drone hit Kharkiv.") for i in range(80_000)
    ]
    at = {i: [object()] for i in range(80_000)}

    def ask(n: int) -> list:
        after = _After(sentences[:n], {}, at)
        return [after.who(s) for s in sentences[:n]]

    _linear(ask, 5_000, 40_000, factor=20)
    said = {2: "Governor Oleh Syniehubov"}
    told = SimpleNamespace(start=2, paragraph=0, text="The driver died, the governor wrote.")
    after = _After([sentences[0], sentences[1], told], said, {0: [1], 1: [1]})
    assert after.who(sentences[0]) is None  # another event comes first
    assert after.who(sentences[1]) == "Governor Oleh Syniehubov"


def _draft(place_id: int = 1) -> SimpleNamespace:
    place = SimpleNamespace(
        id=place_id, admin1="Kharkiv", country="UA", lat=50.0, lon=36.2, feature="city"
    )
    when = SimpleNamespace(explicit=False, carried=False)
    return SimpleNamespace(event_type="strike", place=place, when=when, geo_precision=1)


def test_an_event_joined_many_times_is_filed_once():
    from geo.extract.joinable import Joinable

    def join(n: int) -> list[int]:
        joinable, d = Joinable(reach_km=60), _draft()
        joinable.add(d, 0)
        for _ in range(n):  # each mention joining event 0 files it again
            joinable.candidates(d)
            joinable.add(d, 0)
        return joinable.candidates(d)

    _linear(join, 2_000, 16_000, factor=20)
    assert join(3) == [0]


def test_a_paragraph_of_strikes_at_one_town_keeps_its_events(geocoder):
    from geo.extract import Extractor

    text = (
        "Kharkiv region, 12 May 2025\n"
        + "A drone hit Kharkiv. A missile hit Kharkiv, killing one. " * 3
    )
    events = Extractor(geocoder).extract(text, "t")
    assert sorted(e["weapon_category"] or "" for e in events) == ["drone", "missile"]


# --- a sentence of a hundred strikes --------------------------------------------------------------
# Each place of a sentence asked for the sentence's weapons, and each weapon word's reading looked
# back over the sentence for a verb of hitting: a 2,000-character sentence of "a drone hit Sumy, "
# a hundred times took 60 ms a place, 25 times a report's time a character (a 1 MB paste some 15
# minutes). The weapons are read once a sentence (`weapons.fired_weapons`).
def test_a_sentence_of_many_strikes_costs_what_a_report_does(geocoder):
    from timing import cpu_seconds

    from geo.extract import Extractor
    from geo.textio import decode

    extractor, head = Extractor(geocoder), "Sumy region, 12 May 2025\n"

    def read(text: str) -> list:
        return extractor.extract(decode(text.encode())[0], "t")

    prose, _ = cpu_seconds(read, head + "A drone hit Sumy. " * 300)
    run_on, events = cpu_seconds(read, head + "a drone hit Sumy, " * 300)
    assert run_on < 10 * prose, (prose, run_on)
    assert [(e["place"], e["weapon_category"]) for e in events] == [("Sumy", "drone")]


# --- an import's long notes cell ------------------------------------------------------------------
# An ACLED row's weapon is read from its notes, each weapon word's reading looking back over the
# whole cell: a notes cell of 72,000 characters took 19 s to import, four times 18,000's time
# seven times (1 MB hours). The cell is read a sentence of 2,000 characters at most at a time.
def _acled(notes: str) -> bytes:
    import csv
    import io

    out = io.StringIO()
    rows = csv.writer(out)
    rows.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "country"])
    rows.writerow(
        ["UKR1", "12 May 2025", "Explosions/Remote violence", "Air/drone strike", "Ukraine"]
    )
    head, row = out.getvalue().splitlines()
    return (
        f"{head},admin1,location,latitude,longitude,fatalities,notes,source\n"
        f'{row},Sumy,Sumy,50.9,34.8,0,"{notes}",x\n'
    ).encode()


def test_a_long_notes_cell_is_read_for_weapons_in_linear_time(gazetteer):
    from geo import formats
    from geo.weapons import read_weapons_afresh

    def notes(n: int) -> str:  # (every piece of it a text of its own)
        return "".join(f"a drone hit Sumy at {i}, " for i in range(n))

    def weapon(n: int) -> tuple:
        read_weapons_afresh()
        return formats.weapon_in(notes(n))

    _linear(weapon, 500, 4_000, factor=16)
    read = formats.read(_acled(notes(3) + "then a Shahed hit"), "acled.csv", gazetteer)
    assert list(read.frame["weapon"]) == ["Shahed"]
