"""Extraction, verification (issue 16, second round): a speaker named after the verb, doubts
about a claim ("we have seen no imagery"), a wire story's doubt two sentences on, and evidence
the report weighs itself (geolocated footage, satellite data)."""

from __future__ import annotations

from datetime import date

import pytest

from geo import weapons as wv
from geo.extract import Extractor
from geo.extract.attribution import ATTESTED, claimant_in
from geo.extract.dates import date_in
from geo.extract.hedges import HEDGE
from geo.extract.publication import Publication
from geo.extract.transcripts import turns


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(events):
    return {e["place"]: e for e in events}


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "A shell hit a school in the town, said Ivan Petrenko, the district head.",
            "Ivan Petrenko",
        ),
        (
            "A drone fell on a garage, Petro Ivanenko, the regional governor, has posted.",
            "Regional governor",
        ),
        # a clause after "said" that is not a name is the content, not the speaker
        ("The mayor said Russian drones hit the port, wounding two.", "Mayor"),
        # a title in lower case before the name, or the title alone
        (
            "Shelling wounded four in the market, said district head Olena Marchuk.",
            "District head Olena Marchuk",
        ),
        ("Firefighters worked until dawn; two more hurt, says the city mayor", "City mayor"),
        # the present tense of a live blog's entry
        ("A drone struck a bus depot in the morning, Marchuk adds.", "Marchuk"),
        # an aside between the speaker and the verb
        (
            "The navy, in its latest morning bulletin, said two boats were sunk.",
            "Navy",
        ),
        # a capture credited to a unit; the time opening a sentence is no part of the speaker
        ("The ministry credited the Dnepr group with taking the village.", "Ministry"),
        ("At 09:15 the gas company told us a drone hit a pipeline.", "Gas company"),
        # a day after the verb is no speaker
        ("Drones hit the city, officials said on Sunday.", "Officials"),
    ],
)
def test_speaker_after_the_verb(sentence, who):
    assert claimant_in(sentence) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "Bloggers said troops entered the village; we have seen no imagery to support this.",
        "A brigade said it destroyed a group there, and we have not yet observed footage of it.",
        "We have observed no evidence of troops there and assess that the claim is premature.",
    ],
)
def test_doubts_about_a_claim_hedge(sentence):
    assert HEDGE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow says it took the village; Kyiv says it holds it. We cannot check either account.",
        "The captain said they killed four; I had no way of checking that.",
        "Neither version could be checked independently.",
        "There is no independent confirmation of the strike.",
    ],
)
def test_a_report_that_cannot_check_hedges(sentence):
    assert HEDGE.search(sentence)
    assert not HEDGE.search("Those claims could be checked later against satellite images.")


def test_evidence_the_report_weighs():
    assert ATTESTED.search("Geolocated footage shows a large fire at the site.")
    assert ATTESTED.search("a strike on a refinery that satellite data and footage corroborate")
    assert ATTESTED.search("A Newswire cameraman who reached the street filmed rescuers at work.")
    assert not ATTESTED.search("Officials said the footage was fake.")
    assert not ATTESTED.search("A cameraman was injured.")


def test_a_named_official_after_the_verb_makes_a_claim(extractor):
    text = (
        "In Enerhodar, a drone struck a car and killed its driver, said Yevhen Balytskyi, "
        "the governor installed by Moscow.\n"
    )
    (e,) = extractor.extract(text, "t", date(2024, 11, 6))
    assert e["verification"] == "claimed" and e["claimed_by"] == "Yevhen Balytskyi"


def test_footage_in_the_next_sentence_confirms_a_sides_claim(extractor):
    text = (
        "Ukraine's General Staff said its drones hit an oil depot in Novorossiysk overnight. "
        "Geolocated footage shows a large fire at the site.\n"
    )
    e = _by_place(extractor.extract(text, "t", date(2025, 8, 13)))
    assert e["Novorossiysk"]["verification"] == "confirmed"


def test_a_doubt_naming_a_place_hedges_only_that_place(extractor):
    text = (
        "Ukrainian forces advanced near Yunakivka, geolocated footage shows. "
        "The Russian Ministry of Defence claimed that its forces seized Kindrativka. "
        "We have observed no evidence of Russian forces in Kindrativka.\n"
    )
    e = _by_place(extractor.extract(text, "t", date(2025, 8, 13)))
    assert e["Kindrativka"]["verification"] == "unverified"
    assert e["Yunakivka"]["verification"] == "confirmed"


def test_a_doubt_naming_a_mentions_village_hedges_only_that_event(extractor):
    """A village the gazetteer leaves to its region ("near the village of Kotluban in the
    Volgograd region") is still the place a later doubt names ("the Kotluban post")."""
    text = (
        "The General Staff said its drones hit a fuel depot in the Bryansk region and a radar "
        "post near the village of Kotluban in the Volgograd region. Clips shared online seemed "
        "to show a blaze at the Kotluban post, but we could not verify where they were filmed.\n"
    )
    e = _by_place(extractor.extract(text, "t", date(2025, 8, 13)))
    assert e["Volgograd"]["verification"] == "unverified"
    assert e["Bryansk"]["verification"] == "claimed"


def test_a_doubt_about_two_versions_hedges_only_the_sentence_that_told_them(extractor):
    """ "Neither version could be checked" doubts the two sides' accounts told in the two
    sentences before it, not the report's own event earlier in the paragraph (confirmed by
    satellite pictures)."""
    text = (
        "On Monday drones set fire to a fuel depot at Feodosia. Satellite pictures taken the "
        "next day show three burnt tanks. On Tuesday Ukraine's navy said it had struck a ferry "
        "at Kerch, while the Russian fleet said it sank every boat. Neither version could be "
        "verified.\n"
    )
    e = _by_place(extractor.extract(text, "t", date(2025, 8, 13)))
    assert e["Feodosiya"]["verification"] == "confirmed"
    assert e["Kerch"]["verification"] == "unverified"


def test_a_wire_storys_doubt_two_sentences_on(extractor):
    text = (
        "KHARKIV, Ukraine, Sept 10, 2022 (Newswire) — Ukrainian troops entered Kupiansk on "
        "Saturday, officials said.\n\n"
        "Pictures released by the military showed soldiers with a flag. Newswire could not "
        "independently verify when the images were taken.\n"
    )
    (e,) = extractor.extract(text, "t", date(2022, 9, 10))
    assert e["place_mention"] == "Kupiansk" and e["verification"] == "unverified"


# Dates (issue 16 class 2): a day that only says when footage appeared, and what is under way.


def test_the_day_footage_appeared_dates_only_its_own_sentence(extractor):
    text = (
        "Footage geolocated on 9 June shows that Russian forces captured Yunakivka. "
        "The General Staff said its forces stopped 14 attacks near Andriivka today.\n"
    )
    # (keyed by the words: which of a dozen Andriivkas is meant is not this test's concern)
    e = {
        x["place_mention"]: x["event_date"] for x in extractor.extract(text, "t", date(2025, 6, 10))
    }
    assert e == {"Yunakivka": "2025-06-09", "near Andriivka": "2025-06-10"}


def test_fighting_under_way_is_the_reports_day(extractor):
    text = (
        "As of 12 May 2024\n\n"
        "Before dawn on 10 May, Russian forces crossed the border and shelled Vovchansk. "
        "Ground fighting is taking place near Lyptsi.\n"
    )
    e = {x["place"]: x["event_date"] for x in extractor.extract(text, "t", date(2024, 5, 12))}
    assert e["Lyptsi"] == "2024-05-12" and e["Vovchansk"] == "2024-05-10"


def test_a_datelines_day_is_not_the_events():
    pub = Publication(date(2024, 11, 6), True)
    when = date_in(
        "ZAPORIZHZHIA, Ukraine, Nov 6, 2024 (Newswire) — Bombs hit the city late on Tuesday.", pub
    )
    assert when is not None and when.day == date(2024, 11, 5)
    assert date_in("ODESA, March 8 (Newswire) - A drone hit the port.", pub) is None


# Weapons (issue 16 class 4): a system named in the plural.


def test_a_systems_plural_is_that_system():
    found = [(w.weapon, w.category) for w in wv.find_weapons("Towns hit by KABs and two Iskanders")]
    assert found == [("KAB", "glide bomb"), ("Iskander", "ballistic missile")]


def test_a_partisan_groups_own_post_is_its_claim(geocoder):
    text = (
        "Steel Thread | underground resistance movement\n"
        "12.05.2025\n\n"
        "1. On 10 May our agents set a relay cabinet alight near Tokmak.\n"
    )
    (e,) = Extractor(geocoder).extract(text, "post")
    assert (e["event_type"], e["verification"]) == ("other", "claimed")
    assert "resistance movement" in e["claimed_by"]


def test_we_are_unable_to_verify_hedges_the_event_before(extractor):
    text = (
        "Kyiv, 2025-02-10\n"
        "The governor said a drone hit a depot in Lgov overnight. We are unable to verify his "
        "account."
    )
    (event,) = extractor.extract(text, "t")
    assert event["verification"] == "unverified"


# The convention every real-style writer follows (README, "Verification rule"): the report may tell
# the event in its own voice, but when a side's official supplies the toll, the record is that
# side's word; only the report's own people or an independent body make it `confirmed`.
@pytest.mark.parametrize(
    "text",
    [
        # the toll in the next sentence, from a side's official
        "A glide bomb fell on Izium late on Monday. Two men died and six were hurt, the mayor said.",
        # a bare attribution line after the event
        "In Nikopol, a woman was killed by shelling on Monday. That is according to the district "
        "head.",
        # a highlight in the report's voice and the body's account by a side: one event, the side's
        "- A drone hit a bus station in Kupiansk on Monday.\n\n"
        "The regional governor said a drone hit a bus station in Kupiansk on Monday, injuring 3.",
    ],
)
def test_a_sides_toll_makes_the_event_its_claim(extractor, text):
    events = extractor.extract(text, "t", date(2025, 3, 4))
    assert events and all(e["verification"] == "claimed" for e in events), events


@pytest.mark.parametrize(
    ("text", "place", "status"),
    [
        # a side's word on the cause alone leaves the report's own toll its own
        (
            "A blast at a market in Pavlohrad killed two and wounded nine on Monday. Police said "
            "the cause was a ballistic missile.",
            "Pavlohrad",
            "confirmed",
        ),
        # the report's own people outweigh a side's toll
        (
            "A missile hit a warehouse in Izmail on Monday. Our reporter at the site in Izmail "
            "describes a roof torn off. Two workers were injured, the regional governor said.",
            "Izmail",
            "confirmed",
        ),
        # a monitoring mission is no side
        (
            "A drone hit a bus in Snihurivka on Monday, the governor said. According to "
            "information the Mission verified, two civilians were killed.",
            "Snihurivka",
            "confirmed",
        ),
        # what the attacker keeps doing does not restate a claimed strike as the report's fact
        (
            "Russian troops shelled Orikhiv on Monday, killing one, according to the district "
            "administration. Russian forces continue to use artillery against towns on the front.",
            "Orikhiv",
            "claimed",
        ),
        # a claim about a place nearby does not make the report's own event a claim
        (
            "Russian forces continued attacks towards Chasiv Yar on 3 March and made no confirmed "
            "gains. A Russian milblogger claimed that Russian units were fighting in Ivanivske on "
            "3 March.",
            "Chasiv Yar",
            "confirmed",
        ),
    ],
)
def test_whose_word_the_event_is(extractor, text, place, status):
    events = extractor.extract(text, "t", date(2025, 3, 4))
    (event,) = [e for e in events if place in e["place_mention"]]
    assert event["verification"] == status


def test_a_speakers_turns_in_a_transcript_are_the_speakers_word(extractor):
    text = (
        "Briefing of the Southern Defence Forces\n3 March 2025, 12:00\n\n"
        "MODERATOR: Welcome. Our guest is Ivan Petrenko, the spokesman of the southern group.\n\n"
        "PETRENKO: Thank you. Yesterday our units repelled nine assaults near Robotyne.\n\n"
        "QUESTION (Radio): Is Stepnohirsk still held?\n\n"
        "PETRENKO: Yes. Yesterday the enemy shelled Stepnohirsk with artillery.\n"
    )
    events = extractor.extract(text, "t", date(2025, 3, 3))
    assert events and {e["verification"] for e in events} == {"claimed"}
    assert {e["claimed_by"] for e in events} == {"Petrenko"}


def test_labels_that_do_not_repeat_are_no_transcript():
    assert turns("CLAIM: a post says X.\n\nVERDICT: misleading.\n") == []


def test_a_war_bloggers_channel_post_is_its_sides_word(extractor):
    text = (
        "[Translated. Posted to a pro-Kremlin Telegram channel, 4 March 2025, 08:10]\n\n"
        "Morning summary.\n\n"
        "Kupyansk. Our drones hit a depot on the edge of the town overnight."
    )
    events = extractor.extract(text, "t", date(2025, 3, 4))
    assert events and {e["verification"] for e in events} == {"claimed"}
    assert {e["claimed_by"] for e in events} == {"Pro-Kremlin Telegram channel"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A Harbour Post News photographer at the site saw two gutted warehouses.",
        "I watched the roof collapse from across the street.",
        "We saw smoke over the depot for most of the afternoon.",
        "Pictures from the yard, verified by our desk, show a crater beside the rails.",
        # (verif27: the verbs and agents five development writers used)
        "Updated: Our correspondent in Obolon has seen rescuers lift a second body.",
        "Lakepress's correspondent heard blasts at 02.40 and saw a glow over the port.",
        "Our local producer was 600 m away and saw the impact.",
    ],
)
def test_the_reports_own_eyes_bear_an_event_out(sentence):
    assert ATTESTED.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pictures said to show the yard could not be verified by the agency but show a crater.",
        "The governor said residents saw smoke.",
        "Our correspondent heard from the governor that two people were killed.",
        "Our correspondent heard that the depot burned.",
    ],
)
def test_unchecked_pictures_and_others_eyes_bear_out_nothing(sentence):
    assert not ATTESTED.search(sentence)


def test_a_staff_photographer_after_an_officials_toll_confirms_the_strike(extractor):
    text = (
        "Missiles hit the port of Mykolaiv late on Monday, killing three people, regional "
        "officials said. A Harbour Post News photographer at the scene saw a burnt-out crane."
    )
    (event,) = extractor.extract(text, "t", date(2025, 5, 6))
    assert event["verification"] == "confirmed"


def test_an_agencys_correspondent_who_heard_the_blasts_confirms_the_strike(extractor):
    text = (
        "Drones hit the port of Izmail overnight and two firefighters were injured, the governor "
        "said. Lakepress's correspondent in Izmail heard at least four explosions between 02.40 "
        "and 03.10 and saw a glow over the port."
    )
    (event,) = extractor.extract(text, "t", date(2025, 5, 6))
    assert event["verification"] == "confirmed"


def test_a_doubt_about_one_speakers_claims_covers_them_all_and_no_one_elses(extractor):
    """A paragraph of its own that doubts what one body said ("We could not check any of the
    ministry's claims") makes every event that body claimed earlier `unverified`; another
    speaker's account, told beside them, stays its claim."""
    text = (
        "Moscow reports new gains\n\n"
        "The defence ministry said on Monday that its troops had beaten back two attacks near "
        "Korenevo in the Kursk region.\n\n"
        "Air defences shot down 12 drones over the Bryansk region overnight, the ministry "
        "added.\n\n"
        "We were unable to check the ministry's claims independently.\n\n"
        "Ukraine's General Staff said its forces had repelled 30 assaults near Pokrovsk in the "
        "Donetsk region."
    )
    events = _by_place(extractor.extract(text, "t", date(2025, 3, 10)))
    assert events["Korenevo"]["verification"] == "unverified"
    assert events["Bryansk"]["verification"] == "unverified"
    assert events["Pokrovsk"]["verification"] == "claimed"


def test_being_unable_to_check_is_a_hedge():
    assert HEDGE.search("We were unable to check the figures.")
    assert HEDGE.search("Reporters are unable to independently check these accounts.")


@pytest.mark.parametrize(
    "sentence",
    [
        "OHCHR has verified four of the deaths.",
        "The UN monitoring mission has so far confirmed two of them.",
        "Three of the deaths were documented by the Human Rights Monitoring Mission.",
        "UN staff who went to the district the next morning saw two gutted apartment blocks.",
    ],
)
def test_a_body_of_no_side_checking_the_toll_bears_it_out(sentence):
    assert ATTESTED.search(sentence)


def test_the_un_checking_part_of_a_sides_toll_confirms_the_event(extractor):
    """Issue 16 (a new analyst): an administration's toll, then the UN's check of a part of it:
    the event is confirmed, whatever part of the toll was checked."""
    text = (
        "A missile hit the port of Odesa on Sunday. The strike killed four civilians and injured "
        "19, according to the regional military administration. OHCHR has verified three of the "
        "deaths."
    )
    (event,) = extractor.extract(text, "t", date(2025, 5, 6))
    assert (event["verification"], event["fatalities"]) == ("confirmed", 4)
    doubted = text.replace("OHCHR has verified", "OHCHR has not been able to verify")
    (event,) = extractor.extract(doubted, "t", date(2025, 5, 6))
    assert event["verification"] == "unverified"


def test_a_doubt_about_a_further_attacks_figures_stays_with_that_attack(extractor):
    """A sentence with no place of its own about a further attack ("a further strike on the
    city's east injured two; the UN could not confirm these figures") is no more of the event
    before it: neither its figures nor its doubt are that event's."""
    text = (
        "Drones hit Sumy overnight, killing three civilians, according to the regional "
        "administration. UN monitors who visited the site on Monday saw a burnt-out school. "
        "The administration said a further strike on the city's outskirts the next night "
        "injured five people; the UN could not independently confirm these figures."
    )
    (event,) = extractor.extract(text, "t", date(2025, 5, 6))
    assert (event["place"], event["fatalities"], event["injured"]) == ("Sumy", 3, None)
    assert event["verification"] == "confirmed"


# "X informed the monitors that ...", "X notified the agency that ...": X's word, though the one
# told is independent.
@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The national grid operator informed the agency on Friday that a drone damaged a "
            "substation near Zelenodolsk.",
            "National grid operator",
        ),
        (
            "Local officials notified the monitoring mission that shelling hit a clinic in "
            "Beryslav.",
            "Local officials",
        ),
        (
            "The regional governor informed the visiting inspectors that two shells hit the "
            "dam road at Kozatske.",
            "Regional governor",
        ),
    ],
)
def test_a_body_that_informed_an_independent_one_is_the_claimant(sentence, who):
    assert claimant_in(sentence) == who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a side's body that counts, lists or tallies the toll gives it
        (
            "Two shells fell on a bakery; the district administration counted three wounded.",
            "District administration",
        ),
        (
            "The village was shelled all week; the village council lists nine hurt.",
            "Village council",
        ),
        (
            "The army's evening briefing counts 40 assaults near the river.",
            "Army's evening briefing",
        ),
        ("A barn burned and nobody was hurt, Marchenko specified.", "Marchenko"),
        ("The regional police tallied four dead after the attack.", "Regional police"),
    ],
)
def test_a_side_that_counts_or_lists_gives_the_figures(sentence, who):
    assert claimant_in(sentence) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop listed its prices in hryvnias.",
        "Twelve houses were listed as damaged.",
        "The town counts 20,000 residents.",
    ],
)
def test_counting_with_no_speaker_gives_no_claimant(sentence):
    assert claimant_in(sentence) is None


@pytest.mark.parametrize(
    "text",
    [
        # wire
        "KHERSON, May 4 (Newsline) - Artillery hit a market in Bilozerka on Sunday morning; "
        "the district administration counted five wounded.\n",
        # timeline line
        "4 May – Bilozerka shelled again, with mortars and drones; the town's council lists "
        "five wounded.\n",
        # live blog entry, speaker specifying after the fact
        "09:40 - A drone hit a shop in Bilozerka. Five people were hurt, Petrenko specified.\n",
    ],
)
def test_a_toll_a_side_counts_is_its_claim(extractor, text):
    e = _by_place(extractor.extract(text, "t", date(2025, 5, 4)))
    assert e["Bilozerka"]["verification"] == "claimed"


@pytest.mark.parametrize(
    "sentence",
    [
        "We have not been able to establish who holds the station.",
        "The agency could not establish whether the bridge was hit.",
        "Our correspondents were unable to establish which side fired.",
        "The monitors were not in a position to confirm the cause of the blast.",
        "I have no confirmation of a strike there.",
        "No confirmation yet; we are waiting for pictures.",
    ],
)
def test_a_report_that_cannot_establish_or_has_no_confirmation_hedges(sentence):
    assert HEDGE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators established that the missile came from the north.",
        "The village was established in 1781.",
        "The ministry is in a position to repair the line within a week.",
        "The governor gave confirmation of two deaths.",
    ],
)
def test_establishing_or_confirming_a_fact_is_no_hedge(sentence):
    assert not HEDGE.search(sentence)


@pytest.mark.parametrize(
    "text",
    [
        # weekly roundup
        "In the east, Moscow claimed on Tuesday that its troops had taken Siversk. Kyiv says the "
        "fight for the town goes on. We were unable to establish who controls it.\n",
        # longform feature
        "On Monday the Russian defence ministry announced the capture of Siversk, a town of "
        "11,000 before the war. Ukraine's army called this false. We have not been able to "
        "establish who holds the centre.\n",
        # agency update about a side's account of a hit
        "The Russian-installed authorities said a drone damaged a pumping station in Siversk "
        "on Monday. The monitoring team was not in a position to confirm the damage.\n",
    ],
)
def test_a_doubt_about_who_holds_a_town_hedges_the_claim(extractor, text):
    e = _by_place(extractor.extract(text, "t", date(2025, 5, 7)))
    assert e["Siversk"]["verification"] == "unverified"


@pytest.mark.parametrize(
    "text",
    [
        "The heaviest fighting was near Lyman. Geolocated videos show Russian infantry in its "
        "northern streets. Farther south, Moscow claimed on Monday that it had captured "
        "Siversk; Kyiv said it still held half the town. We were unable to establish who "
        "controls it.\n",
        "Satellite images taken on Monday show a burnt hangar at the airfield in Kramatorsk "
        "after a strike. The Russian ministry also claimed a strike on Siversk. We have not "
        "been able to establish what was hit.\n",
    ],
)
def test_a_paragraphs_doubt_leaves_what_its_own_evidence_shows(extractor, text):
    e = _by_place(extractor.extract(text, "t", date(2025, 5, 7)))
    assert e["Siversk"]["verification"] == "unverified"
    assert (e.get("Lyman") or e["Kramatorsk"])["verification"] == "confirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Poltava, 4 May 2025\nThe mayor of Kremenchuk has written that a drone struck a bakery "
        "in Kremenchuk overnight; two workers were hurt.",
        "Poltava, 4 May 2025\nIn Kremenchuk a drone struck a bakery overnight. The city's mayor "
        "has written on his channel that two workers were hurt.",
    ],
)
def test_a_verb_of_saying_in_the_perfect_tense_claims(geocoder, text):
    (event,) = Extractor(geocoder).extract(text, "t")
    assert event["verification"] == "claimed" and "mayor" in (event["claimed_by"] or "").lower()


# A verdict on a side's claim in the report's own voice (verif27: five development writers)
@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("We judge the claim premature: the newest footage shows defenders in the centre.", True),
        ("We assess that the ministry's claim to have seized the village is premature.", True),
        ("In our view the claim of full control was still premature on Sunday.", True),
        ("The claim is not supported by any footage we have seen.", True),
        ("Our own review of the footage did not support this claim.", True),
        ("We see no imagery supporting it.", True),
        (
            "The ministry said the claim of a strike on the hospital was premature to discuss.",
            False,
        ),
        ("Footage supports the claim that the bridge was hit.", False),
        ("Premature babies were moved to the shelter of the maternity hospital.", False),
    ],
)
def test_a_verdict_on_a_claim_hedges_a_claim_borne_out_does_not(sentence, hedged):
    assert bool(HEDGE.search(sentence)) is hedged


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # a verdict on one side's claim
            "Russia's defence ministry said on Monday its troops had captured Kurakhove. We judge "
            "the claim premature: the latest footage shows Ukrainian troops in the town centre.",
            "Kurakhove",
        ),
        (
            "Moscow said its forces took Toretsk on Friday. The claim is not supported by any "
            "footage we have seen.",
            "Toretsk",
        ),
        (  # two versions the report cannot tell apart
            "[00:19:30] Kurakhove. Russia's defence ministry announced on Wednesday that its "
            "troops had taken the town. The Ukrainian side says fighting continues in the western "
            "quarters. We couldn't verify either account.",
            "Kurakhove",
        ),
        (
            "- Russia's MoD claims its troops took Yunakivka; Ukraine's northern command calls "
            "this false. We can't verify either version.",
            "Yunakivka",
        ),
        (
            "Russia's defence ministry announced the capture of Kurakhove on 26 May. Ukraine's "
            "army said the same day its troops had moved to new lines west of the town. Neither "
            "side's account can be tested independently yet.",
            "Kurakhove",
        ),
        (
            "Soldiers are still fighting around a town called Toretsk. Russia says its army is "
            "getting closer. Ukraine says its soldiers are holding on. It is very hard for "
            "journalists to check who is right.",
            "Toretsk",
        ),
        (
            "Russia's defence ministry says that assault units have entered the outskirts of "
            "Huliaipole. A spokesman for Ukraine's southern forces calls this a fantasy. "
            "Neither version is something we can check for now.",
            "Huliaipole",
        ),
    ],
)
def test_a_claim_judged_or_two_versions_not_told_apart_are_unverified_claims(
    extractor, text, place
):
    events = extractor.extract("Notes, 12 June 2025\n\n" + text, "t", date(2025, 6, 12))
    mine = [e for e in events if place in e["place_mention"]]
    assert [e["verification"] for e in mine] == ["unverified"]
    assert mine[0]["claimed_by"]


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour says a shell hit the school in Bilozerka this morning. I don't know if "
        "that's true.",
        "My cousin writes that a drone hit the market in Bilozerka. I do not know how much of "
        "that is true, the line kept dropping.",
        "Colleagues say debris fell on garages in Bilozerka, but I did not see it myself, so I "
        "don't know if it is true.",
    ],
)
def test_hearsay_the_writer_doubts_is_unverified(extractor, text):
    events = extractor.extract("Diary, 12 June 2025\n\n" + text, "t", date(2025, 6, 12))
    assert [e["verification"] for e in events] == ["unverified"]
