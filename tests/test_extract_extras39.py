"""Records nobody would map (extras39): holding words told as a state that goes on ("the dam
remains under Russian control"), event words inside a depiction, a rehearsal or a mourning ("an
exhibition of tanks captured near X", "a drill rehearsing a drone hitting Y", "a vigil for the
victims of the strike on Z"), relatives gathering at a memorial read as a meeting, and the town
where drones are built read as a strike. Each with the real event beside it kept."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.depictions import depicted
from geo.extract.held_states import merely_held
from geo.extract.lexicon import triggers_in
from geo.extract.mentioned_only import mentioned_only


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _types(sentence: str) -> list[str]:
    return [t for t, _ in triggers_in(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Staff said on Friday that Bilozerske remained under Ukrainian control.",
        "The dam at Kakhovka still remains under Russian control.",
        "If the town falls, Moscow will aim at Kostiantynivka, one of the last towns of the area "
        "under Kyiv's control.",
        "The station, in Russian hands since 2022, has been idle for years.",
    ],
)
def test_a_hold_that_goes_on_is_no_fighting(sentence):
    assert "fighting" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow said on Monday that Velyka Novosilka is now under Russian control.",
        "Ukrainian officers said the village was back in Ukrainian hands by the evening.",
        "Russian units brought the hamlet of Pishchane under their control, the ministry said.",
    ],
)
def test_a_change_of_hands_is_fighting(sentence):
    assert "fighting" in _types(sentence)


def test_merely_held_reads_only_holding_words():
    sentence = "The bridge remained shut after shelling."
    assert not any(merely_held(m, sentence) for _, m in triggers_in(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "An exhibition of Russian tanks captured near Izium opened in Ternopil on Saturday.",
        "Students staged a play about the 1943 battles for Kharkiv at the city theatre.",
        "The city held a civil-defence drill on Tuesday, rehearsing the response to a drone "
        "hitting a substation.",
        "A vigil was held in Uman on Sunday for the victims of the missile strike on the "
        "residential block.",
    ],
)
def test_a_depiction_rehearsal_or_mourning_is_no_event(sentence):
    assert _types(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A missile struck the square during an exhibition of drones, wounding two visitors.",
        "During a drill on Monday, a Russian missile hit the training ground near Yavoriv.",
        "Footage of the strike shows a drone diving on the depot in Liski.",
        "Mourners gathered at the cemetery when shelling hit the village of Kindrashivka.",
    ],
)
def test_the_real_event_beside_a_frame_is_kept(sentence):
    assert "strike" in _types(sentence)


def test_depicted_needs_the_frame_before_the_word():
    sentence = "Shelling hit the museum, which had opened an exhibition of old maps."
    assert not any(depicted(m, sentence) for _, m in triggers_in(sentence))


@pytest.mark.parametrize(
    ("sentence", "meeting"),
    [
        ("Relatives gathered at the memorial stone in Kramatorsk on Wednesday.", False),
        ("Hundreds of residents gathered in the square of Bucha for the service.", False),
        ("Defence ministers gathered in Brussels on Thursday to discuss air defence.", True),
    ],
)
def test_a_crowd_gathering_is_no_meeting(sentence, meeting):
    assert ("meeting" in _types(sentence)) is meeting


def test_where_drones_are_built_is_only_mentioned():
    assert mentioned_only("Russia fired 400 drones last week, many of them built at the ")
    assert mentioned_only("the ministry said the Shaheds were mostly assembled in ")
    assert not mentioned_only("the strike hit a workshop where boats were being assembled near ")


def test_records_of_a_newsletter_item(extractor):
    text = (
        "WEEKLY NOTES (3-9 March 2025)\n\n"
        "An exhibition of Russian armour captured near Kyiv in 2022 opened in Lutsk on Thursday "
        "and moves to Rivne next month.\n\n"
        "On Friday a Russian drone hit a warehouse in Kherson, the regional administration said, "
        "injuring two workers.\n\n"
        "The Ukrainian General Staff said Bilozerske remained under Ukrainian control.\n"
    )
    records = extractor.extract(text, "notes", date(2025, 3, 9))
    assert {(r["event_type"], r["place"]) for r in records} == {("strike", "Kherson")}


def test_a_mourning_tells_its_figures_back(extractor):
    text = (
        "A Russian drone hit a minibus near Krasnopillia on Saturday, killing six people, the "
        "regional prosecutor said.\n\n"
        "Memorial services were held in Sumy on Monday for the victims of the minibus strike "
        "and for the 20 people killed by the missile strike on the city centre in April.\n"
    )
    records = extractor.extract(text, "monitor", date(2025, 5, 20))
    assert [(r["place"], r["fatalities"]) for r in records] == [("Krasnopillya", 6)]


def test_a_remembrance_day_is_not_the_old_attack(extractor):
    text = (
        "ODESA - Some three hundred people gathered on Sunday to read aloud the names of those "
        "killed two years ago, when a missile struck a block of flats on the harbour road.\n\n"
        "Overnight into Sunday a Russian drone hit a warehouse in Izmail, the governor said, "
        "injuring one worker.\n"
    )
    records = extractor.extract(text, "remembrance", date(2026, 3, 2))
    assert [(r["event_type"], r["place"]) for r in records] == [("strike", "Izmayil")]
