"""Extraction, verification (issue 16): a side's official gives the event with a verb of saying
that is not "said" ("the governor noted", "the administration explained", "police stressed",
"the head of the city administration pointed out") or names himself as the source in a phrase
of his words ("by the regional administration's count", "in the words of the governor"): his
claim, as with "said". The UN noting it still bears it out; "as noted earlier", the report's
own words, names no one.

Extraction (issue 16): a speaker named after an inverted verb of saying ("..., said the
governor.", "..., says Mayor Ihor Terekhov.") closes a sentence whose event is at the place
right before the comma. That place is where the event happened, not a town standing for who
speaks ("Kyiv said ..."); a place that is the subject of a verb after a comma ("the crossing at
Krakovets, reported normal traffic") still speaks."""

from __future__ import annotations

import pytest

from geo.extract.other_sayings import voiced_by
from tests.test_extract_body_records import DAY, _events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire's closing attribution with "noted"
            "A drone struck a fuel depot in Pavlohrad overnight, the regional governor noted.",
            {("Pavlohrad", "strike", "claimed", "Regional governor")},
        ),
        (  # a regional portal: the administration "explained" on its channel
            "Guided bombs hit a school in Kupiansk on Monday morning, the Kharkiv regional "
            "military administration explained on Telegram.",
            {("Kupiansk", "strike", "claimed", "Kharkiv regional military administration")},
        ),
        (  # a translated bulletin: the police "stressed" before the event
            "The regional police stressed that a Russian drone hit a bus in Nikopol, wounding "
            "the driver.",
            {("Nikopol", "strike", "claimed", "Regional police")},
        ),
        (  # an official by name and office "pointed out"
            "Roman Mrochko, head of the Kherson city military administration, pointed out that "
            "Russian artillery shelled a market in Kherson.",
            {("Kherson", "strike", "claimed", "Head of the Kherson city military administration")},
        ),
        (  # a body's count as the source
            "By the regional military administration's count, shelling wounded five people in "
            "Marhanets.",
            {("Marhanets", "strike", "claimed", "Regional military administration")},
        ),
        (  # "in the words of" an official, after the event
            "A missile destroyed a warehouse in Bila Tserkva, in the words of the regional "
            "governor.",
            {("Bila Tserkva", "strike", "claimed", "Regional governor")},
        ),
        (  # a weekly round-up: officials "described" the fighting
            "Ukrainian officials described heavy fighting near Toretsk as the fiercest in months.",
            {("near Toretsk", "fighting", "claimed", "Ukrainian officials")},
        ),
        (  # a wire: the governor "described" the strike
            "Governor Ivan Fedorov described the strike on a hospital in Zaporizhzhia as "
            "deliberate terror.",
            {("a hospital in Zaporizhzhia", "strike", "claimed", "Governor Ivan Fedorov")},
        ),
        (  # a wire: a capital's account as the source (the capital itself no event place)
            "In Moscow's telling, its forces took the village of Novopil after a week of fighting.",
            {("the village of Novopil", "fighting", "claimed", "Moscow")},
        ),
        (  # an analyst's note: "by Kyiv's account"
            "By Kyiv's account, Ukrainian troops pushed Russian units out of Stepove.",
            {("Stepove", "fighting", "claimed", "Kyiv")},
        ),
    ],
)
def test_a_sides_word_by_another_verb_or_phrase(extractor, text, expected):
    assert expected <= _events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the UN's monitors "noted" it: borne out
        "The UN human rights mission noted that a missile killed four civilians in Kryvyi Rih.",
        # the IAEA's team heard it ("the agency said": the IAEA, no side)
        "The IAEA team at the plant heard explosions near Enerhodar on Tuesday, the agency said.",
        # the report's own back-reference
        "As noted earlier, a drone hit a power line near Sumy on Monday.",
        # (speakers28) the report's own "mentioned" and "write", and a passive
        "As mentioned above, a drone hit a shop in Nikopol on Monday.",
        "The strike on Nikopol was mentioned in the council's minutes.",
        "We write this as a drone hit a shop in Nikopol on Monday.",
    ],
)
def test_no_sides_word(extractor, text):
    assert {e["verification"] for e in extractor.extract(text, "t", DAY)} == {"confirmed"}


def test_who_the_phrase_names():
    assert voiced_by("In the mayor's words, the strike on Sloviansk was deliberate.") == "Mayor"
    assert voiced_by("As noted above, the bridge at Zatoka was hit.") is None
    assert voiced_by("Smoke rose after what residents described as a drone attack.") == "Residents"
    assert voiced_by("A drone hit a shop in Kherson, by our count the tenth this week.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire's inverted attribution, the office alone
            "Russian shelling killed two people in Nikopol, said the regional governor.",
            {("Nikopol", "strike", "claimed", "Regional governor")},
        ),
        (  # a liveblog's entry, the official by name after "says"
            "10:40 A missile has struck a warehouse in Dnipro, says Governor Serhiy Lysak.",
            {("Dnipro", "strike", "claimed", "Governor Serhiy Lysak")},
        ),
        (  # a round-up's paragraph, the second sentence inverted
            "Drones attacked the Sumy region overnight. A drone hit a bus in Shostka, wrote "
            "the head of the regional administration.",
            {("Shostka", "strike", "claimed", "Head of the regional administration")},
        ),
        (  # a digest's line: the bloggers after "claimed"
            "Russian troops advanced near Kupiansk, claimed pro-Kremlin war bloggers.",
            {("near Kupiansk", "fighting", "claimed", "Pro-Kremlin war bloggers")},
        ),
        (  # a regional portal: the officials after "reported"
            "Shelling damaged a school in Nikopol, reported local officials.",
            {("Nikopol", "strike", "claimed", "Local officials")},
        ),
        (  # a wire: the office after "announced", with its lower-case office before the name
            "A guided bomb hit a warehouse in Kherson, announced regional governor Oleksandr "
            "Prokudin.",
            {("Kherson", "strike", "claimed", "Regional governor Oleksandr Prokudin")},
        ),
    ],
)
def test_event_before_an_inverted_speaker(extractor, text, expected):
    assert expected <= _events(extractor, text)


def test_a_clause_after_the_verb_is_no_speaker(extractor):
    """An apposition before "said" and the clause it says: the speaker is the apposition's."""
    text = (
        "Vladimir Saldo, the Moscow-installed governor, said Ukrainian shelling killed a woman "
        "in Nova Kakhovka."
    )
    assert _events(extractor, text) == {
        ("Nova Kakhovka", "strike", "claimed", "Moscow-installed governor")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a portal: where the information comes from, in the next sentence
            "Shelling went on all night. A drone hit a warehouse in Bila Tserkva. The information "
            "comes from the regional military administration.",
            ("Bila Tserkva", "strike", "claimed", "Regional military administration"),
        ),
        (  # a wire: a passive "published by" the body
            "Shelling went on all night. A drone hit a warehouse in Bila Tserkva. Photos of the "
            "damage were published by the regional military administration.",
            ("Bila Tserkva", "strike", "claimed", "Regional military administration"),
        ),
        (  # a liveblog entry: the governor "shared the news"
            "A guided bomb struck a school in Kupiansk, wounding two teachers. The regional "
            "governor shared the news on Telegram.",
            ("Kupiansk", "strike", "claimed", "Regional governor"),
        ),
    ],
)
def test_the_source_named_in_the_next_sentence(extractor, text, expected):
    assert expected in _events(extractor, text)


def test_onlookers_posts_name_no_side():
    assert voiced_by("We checked 20 videos posted by residents and rail staff.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a Ukrainian outlet's quote closed by a dash and the speaker
            '"A drone hit a car in Nikopol; the driver is wounded," - Serhiy Lysak.',
            ("Nikopol", "strike", "claimed", "Serhiy Lysak"),
        ),
        (  # a digest's line: the speaker and where he spoke before a colon
            "Prokudin on Telegram: Russian artillery shelled Antonivka, wounding a woman.",
            ("Antonivka", "strike", "claimed", "Prokudin"),
        ),
        (  # a wire's summary: the occasion, then the speaker with his office
            "In his evening address, President Zelensky: Russian missiles hit an energy "
            "facility in the Lviv region.",
            ("the Lviv region", "strike", "claimed", "President Zelensky"),
        ),
    ],
)
def test_a_speaker_by_a_quotes_dash_or_a_colon(extractor, text, expected):
    assert expected in _events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kupiansk: a drone hit a shop, two people wounded.",  # a town's heading
        "UPDATE: A missile hit a warehouse in Odesa.",  # a liveblog's label
    ],
)
def test_a_heading_before_a_colon_is_no_speaker(extractor, text):
    assert {e[2:] for e in _events(extractor, text)} == {("confirmed", None)}


# speakers28: "after what X called a drone attack" names whose word the event is (a wire's
# brief, an encyclopaedia's current-events line, a liveblog's power-cut entry: three writers);
# "what he called" in a paragraph whose official spoke before it is that official's word again
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a wire's brief: the governor by office, "called"
            "A fire broke out at a fuel depot near Kremenchuk overnight after what the Poltava "
            "governor called a Russian drone strike.",
            {("near Kremenchuk", "strike", "claimed", "Poltava governor")},
        ),
        (  # a current-events line, present tense and a name with office
            "Windows are blown out in Bilhorod-Dnistrovskyi after what Mayor Vitalii Hrabar "
            "calls a missile strike on the harbour.",
            {("Bilhorod-Dnistrovskyi", "strike", "claimed", "Mayor Vitalii Hrabar")},
        ),
        (  # a body with its gloss after a comma
            "Gas supply was cut in the morning after what Naftogaz, the state energy company, "
            "called a heavy missile attack on its wells near Poltava.",
            {("its wells near Poltava", "strike", "claimed", "Naftogaz")},
        ),
    ],
)
def test_what_the_speaker_called(extractor, text, expected):
    assert _events(extractor, text) == expected


def test_what_he_called_after_his_own_sentence(extractor):
    text = (
        "A missile hit a school in Sumy on Monday, governor Ivan Petrenko said. Police chief "
        "Oleh Marko said a man was hurt in Konotop.\n\n"
        "In Okhtyrka a drone hit a garage, Petrenko added. Shelling also damaged what he "
        'called "a water facility" in Trostianets, leaving the town without water.'
    )
    events = {e["place_mention"]: e for e in extractor.extract(text, "t", DAY)}
    assert events["Trostianets"]["verification"] == "claimed"
    assert events["Trostianets"]["claimed_by"] == events["Okhtyrka"]["claimed_by"]


def test_what_the_report_calls_is_its_own(extractor):
    text = "A drone hit what we would call a warehouse district in Izmail on Tuesday."
    assert {e["verification"] for e in extractor.extract(text, "t", DAY)} == {"confirmed"}


def test_what_the_speaker_called_its_size_is_the_reports_own(extractor):
    text = (
        "On 10 October 2022, in what the grid operator called the heaviest blow to the grid, "
        "missiles hit a substation in Lviv."
    )
    assert {e["verification"] for e in extractor.extract(text, "t", DAY)} == {"confirmed"}


# speakers28: verbs of saying read nowhere else, each in one writer (a
# diaspora letter's "write that", a wire's "further mentioned that", a wire's "accused ... of
# shelling": three writers)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a letter in learner's English: the body with a plural verb
            "The regional administration write that a drone hit a house in Shostka and two "
            "people are wounded.",
            {("Shostka", "strike", "claimed", "Regional administration")},
        ),
        (
            "The city council further mentioned that a shell hit a shop in Nikopol, wounding "
            "the owner.",
            {("Nikopol", "strike", "claimed", "City council")},
        ),
        (  # the other side's official blaming the enemy
            "The Belgorod governor accused Ukrainian gunners of shelling Valuyki on Monday; a "
            "man was wounded.",
            {("Valuyki", "strike", "claimed", "Belgorod governor")},
        ),
    ],
)
def test_verbs_of_saying_read_nowhere_else(extractor, text, expected):
    assert _events(extractor, text) == expected


# speakers28: "X puts the toll at ..." after the event (show notes, a current-events line, a
# consultancy's weekly, a wire's wrap: four writers) is X's toll, so X's claim; the report's
# own people at the scene still bear it out ("Our two photographers were at the scene")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A missile hit a warehouse in Pavlohrad overnight; the district administration "
            "puts the toll at two dead.",
            {("Pavlohrad", "strike", "claimed", "District administration")},
        ),
        (  # a time before the body is no part of its name
            "A drone hit a garage in Sumy after midnight. By morning the regional "
            "administration put the toll at one wounded.",
            {("Sumy", "strike", "claimed", "The regional administration")},
        ),
        (
            "A drone hit a garage in Sumy after midnight. By morning the regional "
            "administration put the toll at one wounded. Our two photographers were at the "
            "scene.",
            {("Sumy", "strike", "confirmed", "The regional administration")},
        ),
    ],
)
def test_whose_toll(extractor, text, expected):
    assert _events(extractor, text) == expected
