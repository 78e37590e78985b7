"""The pipeline: report text to event records (DESIGN.md schema), by lexicons and rules.

For one report:

0. HTML tags and entities blanked, keeping offsets (``markup``); a hard-wrapped text's soft line
   breaks made spaces, keeping offsets (``unwrap``); a log's lines and a card's "Key: value"
   lines rewritten in place as rows (``log_lines``, ``cards``);
1. split into paragraphs and sentences, keeping character offsets (``sentences``);
2. find the places (capitalised names the gazetteer knows, plus "the capital"), resolve them all in
   the context of the whole report, and decide each one's *role*: where something happened ("in",
   "near", "the city of", "X was hit", "struck X") or only mentioned ("the mayor of Kyiv",
   "soldiers from North Korea", "Washington allowed", "80 km outside Rome") (``places``);
3. for every sentence, the event words (strike, fighting, interception, meeting) and weapons
   (``lexicon``), the date relative to publication (``dates``), casualty figures
   (``casualties``), hedges and attributions (``attribution``);
4. sentences without a place of their own add to the event just before them ("An Iskander
   exploded there", "The Russian side had used an S-400 missile") (``drafts``);
5. mentions of the same thing are merged (same type, compatible weapon and date, places within
   30 km or one inside the other's region), keeping the most specific place and the first
   sentence (``merging``).
"""

from __future__ import annotations

import re
from datetime import date

from geo import theatre
from geo.extract.aftermath import fold_aftermath
from geo.extract.air_defence_at_work import air_defence_told_twice
from geo.extract.arsenal_hits import narrow_to_hits, own_stories, unsure_inherited
from geo.extract.attack_told_earlier import strikes_told, weapons_told_earlier
from geo.extract.attempts_downed import attempts_downed
from geo.extract.attribution import independent, no_sides_word, verification
from geo.extract.bare_directions import note_bare_directions
from geo.extract.bracketed_tolls import bracketed_tolls
from geo.extract.bracketed_weapons import bracketed_weapons
from geo.extract.cards import flatten_cards, whole_cards
from geo.extract.claimant_office import named_in_full
from geo.extract.closing_marks import claim_by_form
from geo.extract.compared_since import drop_compared
from geo.extract.continuation import another_target
from geo.extract.corrected_figures import mark_corrections
from geo.extract.corrections import drop_retracted
from geo.extract.days_after import days_after
from geo.extract.draft import Draft, with_note
from geo.extract.drafts import Drafter
from geo.extract.drone_force_voice import force_drones
from geo.extract.entries import entry_lines
from geo.extract.figure_owners import first_weapon_figures, later_deaths_moved
from geo.extract.fragments_of_downing import fragments_of_downing
from geo.extract.given_points import at_given_points
from geo.extract.inventory import give_launched
from geo.extract.kinds import split_weapons
from geo.extract.language import language_warning
from geo.extract.layout import is_digest
from geo.extract.lexicon import read_afresh
from geo.extract.log_lines import flatten_log, fold_revisions
from geo.extract.markup import plain
from geo.extract.merging import merge
from geo.extract.not_war import drop_not_war
from geo.extract.own_tally import own_tallies
from geo.extract.pasted_reports import pasted_reports
from geo.extract.pattern_cues import cued
from geo.extract.places import find_places
from geo.extract.publication import Publication, impossible_header_date, publication_from_header
from geo.extract.recaps import drop_recapped
from geo.extract.region_tables import table_events
from geo.extract.relayed import relay_speakers
from geo.extract.scene_witness import seen
from geo.extract.seat_areas import seat_areas
from geo.extract.sentence_weapons import sentence_weapons
from geo.extract.sentences import Sentence, is_headline, split_sentences
from geo.extract.service_sides import with_its_side
from geo.extract.shells import outside_frame
from geo.extract.side_words import read_sides
from geo.extract.spoken_corrections import struck_out
from geo.extract.tables import covered, find_tables, row_starts
from geo.extract.told_before import weapons_told_before
from geo.extract.transcripts import speak_for
from geo.extract.two_days import note_two_days
from geo.extract.unknown_villages import name_unknown_villages
from geo.extract.unwrap import unwrap
from geo.extract.verdicts import doubted_by_verdict
from geo.extract.voices import witness_later
from geo.extract.war_ground import on_war_ground
from geo.extract.weapon_revisions import revise_weapons
from geo.extract.weapon_told_after import weapons_told_after
from geo.geocode import Geocoder
from geo.records import distinct_ids, validate, within_range
from geo.weapons import read_weapons_afresh


class Extractor:
    """Turns report text into event records, with places from the geocoder.

    Parameters
    ----------
    geocoder : Geocoder
        Finds and resolves the places (offline gazetteer).
    """

    def __init__(self, geocoder: Geocoder) -> None:
        self.geocoder = geocoder
        self._countries: dict[str, tuple[str, int]] | None = None

    def extract(self, text: str, source: str, published: date | None = None) -> list[dict]:
        """Event records (dicts in the DESIGN.md schema, with lat/lon) found in ``text``.

        Parameters
        ----------
        text : str
            The report.
        source : str
            Report identifier stored with every event (file name or title and date).
        published : date, optional
            Publication date; else the report's header line; else today.
        """
        return self.extract_with_warnings(text, source, published)[0]

    def extract_with_warnings(
        self, text: str, source: str, published: date | None = None
    ) -> tuple[list[dict], list[str]]:
        """Like :meth:`extract`, with the warnings a user should see beside the events (a text
        that does not look like English: the rules read English only)."""
        if not isinstance(text, str):
            raise TypeError(f"'text' should be a str, got {type(text).__name__} instead")
        clean = flatten_cards(flatten_log(unwrap(struck_out(plain(text)))))  # log lines, cards
        read_afresh(clean)  # (a sentence's event words and weapons are read once per report)
        read_weapons_afresh()
        records = self._reports(clean, source, published)
        warnings = [w] if (w := language_warning(text, len(records))) else []
        if published is None and (bad := impossible_header_date(clean)):
            warnings.append(
                f"The report's first lines give a date no calendar has ({bad}): its events are "
                "dated from today; give the publication date."
            )
        return records, warnings

    def _reports(self, text: str, source: str, published: date | None) -> list[dict]:
        """The records of ``text``, read report by report when it holds several datelines (a
        paste of many: :mod:`geo.extract.pasted_reports`), each later one from its own date."""
        parts = pasted_reports(text)
        if len(parts) == 1:
            return self._records(text, source, published)
        records = []
        for n, (offset, part) in enumerate(parts):
            for r in self._records(part, source, published if n == 0 else None):
                r["span_start"] += offset
                r["span_end"] += offset
                records.append(r)
        return distinct_ids(records)

    def _country_name(self, code: str) -> str | None:
        """A country's English name (read once, at the first event placed off the war's ground)."""
        if self._countries is None:
            self._countries = self.geocoder.gazetteer.country_codes()
        entry = self._countries.get(code)
        return entry[0] if entry else None

    def _records(self, text: str, source: str, published: date | None) -> list[dict]:
        pub = _publication(text, published)
        sentences = whole_cards(text, split_sentences(text))  # a card is one sentence
        if not sentences:
            return []
        hits = outside_frame(text, find_places(self.geocoder, text))  # no addressee's place
        drafter = Drafter(self.geocoder.gazetteer, text, hits, pub)
        # a table's rows are read by columns, not sentences (a row of no source: the issuer's)
        tables = find_tables(text, drafter.author)
        prose = [s for s in sentences if not covered(tables, s.start)]
        drafts = _read_drafts(drafter, text, prose, hits)
        drafts += table_events(tables, hits, pub, sentences, self.geocoder, drafts)
        force_drones(drafts, text)  # a drone force's channel: "near Tokmak our crews burned a Tor"
        # A title only announces what the body tells: events found in titles alone are dropped,
        # unless the report is all titles (a digest of headlines and sub-headlines).
        # A log's or a list's entry lines are no titles, whatever their shape.
        told = strikes_told(drafts)
        digest = is_digest(text, sentences)
        # a table's row is no title, nor a line the row reader read
        entries = entry_lines(text, sentences) | row_starts(tables) | drafter.rows
        merged = [
            d
            for d in own_stories(
                merge(narrow_to_hits(split_weapons(air_defence_told_twice(drafts))))
            )
            if (
                digest
                or not all(is_headline(text, x) and x.start not in entries for x in d.sentences)
            )
            and not case_file(d.sentence.text, pub.day)
        ]
        weapons_told_earlier(merged, told, prose)
        for d in merged:
            stray_wreck(d)
            # "Mayor of Kharkiv Ihor Terekhov"; "the Navy" in a report of "Ukraine's navy"
            d.claimed_by = with_its_side(text, named_in_full(text, d.claimed_by))
        first_weapon_figures(merged)  # "missiles and drones hit X. Two died in X": the missiles'
        later_deaths_moved(merged, prose)  # "one of the injured died": from hurt to killed
        attempts_downed(merged, prose)  # "attempted to strike X"; "Two were brought down"
        merged = fold_aftermath(merged)  # a downing's blast or debris told as a strike
        # "Part" is no Perth; "near Damascus in Syria" is Damascus
        records = on_war_ground([record(d, source) for d in merged], self._country_name)
        read_sides(records)  # "the enemy shelled X", "its units seized Y": a side's words
        seat_areas(records)  # "over the Konotop district": near the seat
        at_given_points(records, text)  # "Geolocated to 48.2721, 37.1765"
        return distinct_ids(records)


def _read_drafts(drafter: Drafter, text: str, prose: list[Sentence], hits: list) -> list:
    """The drafts of the prose (a table's rows are read apart), with what the sentences around
    each say of its weapon, day, figures and speaker."""
    drafts = drop_not_war(drafter.run(prose), prose)  # "gas blast, not related to shelling"
    witness_later(drafts, prose, hits, seen)  # "I saw the smoke. Later the mayor posted ..."
    drafts = drop_compared(name_unknown_villages(drafts, prose, hits))
    drafts = drop_recapped(drafts)  # "Summary: four killed in X, a drone on Y": told before
    unsure_inherited(drafts, prose)  # "... drones and missiles. In X a site was hit"
    sentence_weapons(drafts)  # "In X two were injured, and a drone hit Y": Y's drone
    weapons_told_before(drafts, prose)
    drafts = days_after(weapons_told_after(drafts, prose, hits))  # "Later ...", "a day after"
    note_two_days(drafts)  # "on November 17 and 18": the first day, the span in its notes
    note_bare_directions(drafts)  # "southeast of Pokrovsk": near the town, said so
    bracketed_tolls(drafts)  # "Kupiansk (2 wounded), Izium (1 killed)"
    bracketed_weapons(drafts)  # "Nikopol (artillery, drones), Marhanets (a KAB)"
    drafts = revise_weapons(mark_corrections(drop_retracted(drafts, text, prose, hits), prose))
    drafts = fold_revisions(drafts, text)  # a log's REV line: the entry it revises
    give_launched(drafts, prose)
    another_target(drafts)
    fragments_of_downing(drafts, text)  # "in X fragments damaged a roof" after a downing
    speak_for(drafts, drafter.days.turns)  # (the turns the days' reader read)
    claim_by_form(drafts, text, drafter.author)  # a digest's posts, "... hurt. — Odesa RMA"
    relay_speakers(drafts, prose, drafter.memory.para_claim, drafter.author)
    own_tallies(drafts, drafter.author)  # what was shot down is the defender's own count
    doubted_by_verdict(drafts, text)  # a fact-check's "VERDICT: False"
    return drafts


def _publication(text: str, published: date | None) -> Publication:
    """The report's publication: the day given, with its header's time of day, else its
    header's, else today."""
    header = publication_from_header(text)
    if published is None:
        return header or Publication(date.today())
    return (
        Publication(published, header.morning, header.clock) if header else Publication(published)
    )


# "found the wreckage of a drone in a field outside X": debris, with nothing said of shooting
_WRECKAGE = re.compile(r"\b(?:wreckage|debris|fragments?|remains)\b", re.I)
_DOWNED = re.compile(r"\b(?:shot|brought)\s+down|downed|intercept", re.I)
# (a strike is one when something was hit: wreckage found alone is not)
_STRUCK = re.compile(r"\b(?:hit|struck|strikes?|attack(?:ed|s)|explo\w+|damag\w+|killed)\b", re.I)


def stray_wreck(d: Draft) -> None:
    """The wreckage of a drone found in a country that is no side of the war is no interception
    there (nobody says it was shot down over it), nor a strike when nothing was hit: an
    ``other`` event, with its weapon."""
    text = " ".join(x.text for x in d.sentences)
    if (
        d.event_type in ("interception", "strike")
        and d.place.country not in theatre.current().countries
        and _WRECKAGE.search(text)
        and not _DOWNED.search(text)
        and (d.event_type == "interception" or not _STRUCK.search(text))
    ):
        d.event_type = "other"


# A past attack named as the matter of a court case or an investigation ("the strike on X in
# October 2023, for which prosecutors named suspects"; "sentenced for the shelling of X in the
# first weeks of the invasion") is background to the story, not news.
_PROCEEDINGS = re.compile(
    r"\b(?:prosecutors?|court|sentenced|convicted|trial|tried|cases?|case files?|suspects|"
    r"indicted|in absentia)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:in|of|since)\s+(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d)\b|"
                   r"\bweeks? of the (?:full-scale )?invasion\b")  # fmt: skip


def case_file(sentence: str, published: date) -> bool:
    """Whether the sentence tells of a court case or investigation about an attack of a past
    year (or of the invasion's first weeks)."""
    if not _PROCEEDINGS.search(sentence):
        return False
    return any(
        not m.group("y") or int(m.group("y")) < published.year for m in _PAST.finditer(sentence)
    )


def _evidence(d: Draft) -> Sentence:
    """The sentence a record quotes: the event's own, or, when a merge moved the event to a more
    precise place ("last night's attack on Odesa oblast" then "explosions were heard in Izmail"),
    the first of its sentences that names that place, so the popup quotes what befell it."""
    if not d.place_mention or d.place_mention in d.sentence.text:
        return d.sentence
    return next((x for x in d.sentences if d.place_mention in x.text), d.sentence)


def _with_revision(d: Draft, evidence: Sentence) -> str | None:
    """The record's notes, with the later sentence that raised its figures quoted when the
    record quotes an earlier one (an update's "has risen to 11" below "killing five")."""
    later = d.revised_by
    if later is None or later.start <= evidence.start or later.text in evidence.text:
        return d.notes
    quoted = later.text if len(later.text) <= 240 else later.text[:239] + "…"
    note = f"figures as revised later in the report: {quoted}"
    return with_note(d.notes, note)


def _claimant(d: Draft, status: str) -> str | None:
    """Whose word the record is: a side's claimant; not the independent body (a UN mission)
    that bears a confirmed record out, which its notes name (``_with_bearer``)."""
    # a post's header line ends with its colon ("Oleh ..., head of the administration:")
    who = (d.claimed_by or "").rstrip(" :;,—–-") or None
    return None if status == "confirmed" and independent(who) else who


def _with_bearer(d: Draft, status: str, notes: str | None) -> str | None:
    """The notes of a record an independent body bears out, naming it ("borne out by the UN
    Human Rights Monitoring Mission in Ukraine")."""
    who = (d.claimed_by or "").rstrip(" :;,—–-")
    if status != "confirmed" or not independent(who):
        return notes
    return with_note(notes, f"borne out by {who}")


def record(d: Draft, source: str) -> dict:
    """The event record (DESIGN.md schema, with lat/lon) of a merged draft, validated. A
    meeting is no side's claim about its successes or the other's losses: the report states it
    (``confirmed``) unless it hedges, and it carries no weapon; nor is a drone's wreckage found
    in a country not at war."""
    meeting = d.event_type == "meeting"
    evidence = _evidence(d)
    sides_word = d.attributed and not no_sides_word(d.event_type, d.place.country)
    fields = {
        "event_date": d.when.day.isoformat(),
        "time_precision": d.when.precision,
        "event_type": d.event_type,
        "weapon": None if meeting else d.weapon,
        "weapon_category": d.category
        if d.event_type in ("strike", "interception", "other") or (d.weapon and not meeting)
        else None,
        "actor": d.actor,
        "place": d.place.name,
        "place_mention": d.place_mention,
        "country": d.place.country,
        "admin1": d.place.admin1,
        "geo_precision": d.geo_precision,
        "fatalities": within_range(d.fatalities),
        "injured": within_range(d.injured),
        "launched": within_range(d.launched),
        "destroyed": within_range(d.destroyed),
        "verification": (status := verification(d.hedged, d.confirmed, sides_word)),
        "claimed_by": _claimant(d, status),
        "source": source,
        "source_text": evidence.text,
        "span_start": evidence.start,
        "span_end": evidence.end,
        "notes": _with_bearer(d, status, _with_revision(d, evidence)),
        "extra": d.extra,
        "lat": d.place.lat,
        "lon": d.place.lon,
    }
    return validate(fields)


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_PROCEEDINGS = cued(_PROCEEDINGS)
