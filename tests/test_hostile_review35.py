"""What a second reading of the thirty-third session's merged change found: patterns and loops
whose time grew faster than their input (each test compares two sizes' CPU in one run, never a
wall-clock limit), and a region name from an imported file shown with its direction override."""

from __future__ import annotations

from timing import cpu_seconds

from conftest import ROOT


def _linear(work, small, big, factor: float = 8) -> None:
    small_s, _ = cpu_seconds(work, small)
    big_s, _ = cpu_seconds(work, big)
    assert big_s < factor * max(small_s, 1e-3), (small_s, big_s)


# A list of victims that fails to match tried 2^k readings: "one" was both a NUMBER and a word
# of its own ("- one man, one man, ... and x"; 20 items 3.9 s, 16 items 0.25 s). Four items more
# cost x16 then; now a little more (the lists are tried from each item: within a sentence's cap).
def test_a_long_list_of_people_that_is_no_entry_is_not_read_in_exponential_time():
    from geo.extract.listed_victims import listed_victims

    def entry(k: int) -> str:
        return "- " + ", ".join(["one man"] * k) + " and x; two were killed"

    _linear(listed_victims, entry(20), entry(24), factor=4)
    assert listed_victims("- a man, one woman and their son were injured") == {"injured": 3}


# A run of "Speaker: words" lines that is no card was read again from each of its lines (1,000
# lines 2.4 s, 4,000 lines 42.6 s).
def test_a_long_run_of_field_lines_that_is_no_card_is_read_in_linear_time():
    from geo.extract.cards import flatten_cards

    def chat(n: int) -> str:
        return "\n".join(f"Speaker{i % 3}: we talked about the weather" for i in range(n))

    _linear(flatten_cards, chat(2_000), chat(8_000))  # (500 lines read in 3 ms: noise decided)
    card = "Location: Kupiansk\nMeans: guided bomb\nCasualties: 2 injured"
    flat = card.replace("\n", "|")
    assert flatten_cards(f"Speaker1: hello\n{card}") == f"Speaker1: hello|{flat}"  # one run
    assert flatten_cards(f"A|B: c\n{card}") == f"A|B: c\n{flat}"  # (a card holds no bar)


# The sentences of one card were joined again for each of its sentences (quadratic), and a card
# line could be longer than a sentence may be, which the readers' patterns assume.
def test_a_card_is_joined_once_and_no_longer_than_a_sentence():
    from geo.extract.cards import card_fields, whole_cards
    from geo.extract.sentences import MAX_SENTENCE, split_sentences

    def card(n: int) -> str:
        return "Location: Sumy|Means: shelling|Notes: " + "A b. " * n

    def joined(text: str):
        return whole_cards(text, split_sentences(text))

    short = card(50)
    assert len(joined(short)) == 1
    _linear(joined, card(100), card(400))
    long = card(MAX_SENTENCE)
    assert card_fields(long, 0) is None


# "\s+", an optional article and "\s*" side by side tried every split of a long run of blanks;
# "^\W*" before a name shared "'" and "-" with it.
def test_doubts_and_denials_are_read_in_linear_time_on_runs_of_blanks_and_dashes():
    from geo.extract.hedges import DETAIL_DOUBT
    from geo.extract.other_sayings import _DENIER

    def doubt(n: int):
        return list(DETAIL_DOUBT.finditer("Reports that" + " " * n + "x."))

    def denier(n: int):
        return _DENIER.search("-" * n + " x")

    small_s, _ = cpu_seconds(doubt, 2_000)
    big_s, _ = cpu_seconds(doubt, 8_000)
    assert big_s < 8 * max(small_s, 1e-3), (small_s, big_s)
    small_s, _ = cpu_seconds(denier, 2_000)
    big_s, _ = cpu_seconds(denier, 8_000)
    assert big_s < 8 * max(small_s, 1e-3), (small_s, big_s)
    assert DETAIL_DOUBT.search("The claim that a Kinzhal was also used could not be verified")


# The Region box's options come from imported files: shown as the Weapon box shows an imported
# weapon, without the direction override that turns the chips after it around (attack32).
def test_the_region_box_shows_no_direction_override(scratch_store):
    from streamlit.testing.v1 import AppTest

    from conftest import BASE_EVENT
    from geo import store
    from geo.events import to_frame
    from geo.store import Report

    rlo = "\u202e"
    event = {**BASE_EVENT, "event_id": "rlo-region", "admin1": f"{rlo}Nowhere oblast"}
    store.save(to_frame([event]), report=Report("rlo.csv", "import of rlo.csv (csv)"))
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=120)
    at.session_state["filters_open"] = True
    at.run()
    assert not at.exception
    box = at.multiselect(key="f_region")
    assert any("Nowhere" in o for o in box.options)
    assert not any(rlo in o for o in box.options), ascii(box.options)
