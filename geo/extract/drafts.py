"""Drafts of events, sentence by sentence: one per place where something happened, with what the
sentence (and its paragraph) says about it; sentences without a place add to the event before."""

from __future__ import annotations

import json
from dataclasses import replace

from geo import offsets as off
from geo import weapons as wv
from geo.extract import continuation as cont
from geo.extract import dates as dt
from geo.extract.actors import actor_in
from geo.extract.attribution import (
    borne_out,
    independent,
    pronoun_speaker,
)
from geo.extract.background import background
from geo.extract.blocks import Blocks
from geo.extract.casualties import casualty_figures, first_casualty, note_shared_counts
from geo.extract.dated_past import dated_past
from geo.extract.days import Days
from geo.extract.depictions import mourned
from geo.extract.doubt_reach import doubt_or_witness
from geo.extract.draft import Draft, Facts
from geo.extract.event_type import topic_type, type_for
from geo.extract.figure_owners import figures_owner, follows_on
from geo.extract.figure_places import give_figures
from geo.extract.heading_town import DraftedPlaces, clause_weapon, heading_alone, town_clause
from geo.extract.hedges import DETAIL_DOUBT, HEDGE, told_places
from geo.extract.interception_figures import counts_around
from geo.extract.inventory import own_launched
from geo.extract.layout import TIME_STAMP, ListIntro, is_live_blog, on_bullet, same_target
from geo.extract.lexicon import THERE, no_meeting, triggers_in
from geo.extract.locating import city_of_report, district_city, home_city, piece_town, tally_region
from geo.extract.neutral_issuer import neutral_issuer
from geo.extract.paragraph_memory import ParagraphMemory
from geo.extract.place_hits import PlaceHit, hits_within, short_mention
from geo.extract.place_offsets import approximate_km
from geo.extract.places import LIST_GAP
from geo.extract.roles import sentence_roles
from geo.extract.row_events import row_event, row_roles
from geo.extract.same_place import beside_strike, next_block, other_arms_there
from geo.extract.sentences import Sentence, is_headline
from geo.extract.sourced import claimant_of, issued_by
from geo.extract.town_told_back import named_town, own_places, seat_told_back, told_here
from geo.extract.voices import hearsay, narrator_home, near_home, own_eyes
from geo.extract.weapon_words import weapon_for
from geo.gazetteer import Gazetteer


class Drafter:
    """Reads a report's sentences in order and keeps what each paragraph carries forward (its
    date, who it quotes, the weapon and meeting body it named) and the last event drafted.

    Parameters
    ----------
    gazetteer : Gazetteer
        For the regions of places ("the Sumy and Poltava regions").
    text : str
        The report.
    hits : list of PlaceHit
        Its places, in text order.
    pub : Publication
        When it was published.
    """

    def __init__(
        self, gazetteer: Gazetteer, text: str, hits: list[PlaceHit], pub: dt.Publication
    ) -> None:
        self.gazetteer, self.text, self.hits, self.pub = gazetteer, text, hits, pub
        self.drafts: list[Draft] = []
        self.drafted = DraftedPlaces(self.drafts)  # (the same list, its places read once each)
        self.kept: list[Sentence] = []
        self.memory = ParagraphMemory(hits)
        self.named: dict[int, tuple[PlaceHit, int]] = {}  # a paragraph's last town, where said
        self.roles: list[PlaceHit] = []  # the places of the sentence drafted last, with roles
        self.list_intro = ListIntro(text)
        self.last_claimant: str | None = None
        self.headline_claimant = False
        self.wire = bool(dt.DATELINE.search(text))
        self.doc_countries = {h.place.country for h in hits}
        self.last: Draft | None = None
        self.last_index = -9
        author = issued_by(text)  # (not a state's that is no side: Romania's ministry)
        self.author = None if neutral_issuer(author, text, gazetteer) else author
        piece = self.piece_town = piece_town(text, hits)
        self.home, self.about = home_city(text, hits, gazetteer), city_of_report(hits, piece)
        self.narrator = self.home or narrator_home(text, hits)  # "Night notes, Kherson"
        self.live_blog = is_live_blog(text)
        self.blocks = Blocks(text)
        self.days = Days(text, pub, self.live_blog, self.blocks)
        self.rows: set[int] = set()  # the starts of the lines read as rows: entries, no titles
        self.asked = self.days.asked  # a transcript's questions: the place an answer tells of

    def run(self, sentences: list[Sentence]) -> list[Draft]:
        """The drafts of all the sentences, in order."""
        self.days.read_heads(sentences)
        # A live blog's time stamps are not sentences: an entry follows on from the one before.
        kept = [s for s in sentences if not (self.live_blog and TIME_STAMP.fullmatch(s.text))]
        self.kept = kept
        hits_in = hits_within(self.hits)
        for index, s in enumerate(kept):
            s_hits = hits_in(s.start, s.end)
            facts = self._facts(s, s_hits)
            if self.list_intro.background and not s.text.endswith(":"):
                continue  # an item of a list of earlier events: background, no record
            placed = self._placed(s, facts, s_hits) or self._at_topic(s, facts, s_hits)
            placed += self._heading_town(s, facts, s_hits, placed)  # "shelled the town and ..."
            self._attach(index, s, facts, placed, s_hits)
            if facts.claimant and not placed:
                self.memory.para_speaker[s.paragraph] = facts.claimant
            self.memory.remember(s, facts)
        self.memory.finish(self.drafts, self.kept, self.doc_countries)
        return self.drafts

    def _facts(self, s: Sentence, s_hits: list[PlaceHit]) -> Facts:
        triggers = self.list_intro.triggers(s, triggers_in(s.text))
        when = self.days.of(s)
        casualties = casualty_figures(s.text)
        headline = is_headline(self.text, s)
        last = None if self.headline_claimant and not headline else self.last_claimant
        before = self.text[max(0, s.start - 160) : s.start]  # "Tanya rang. She says ..."
        private = hearsay(s.text, before)  # "my neighbour says": a doubt, no one's claim
        claimant = None if private else claimant_of(s.text) or pronoun_speaker(s.text, last)
        if claimant:
            self.memory.para_claim.setdefault(s.paragraph, []).append((s.start, claimant))
            self.last_claimant, self.headline_claimant = claimant, headline
        own_day = when and when.explicit and when.precision == 1 and not mourned(s.text)
        if (kind := background(s.text)) and not own_day:  # (a mourning's day is not the event's)
            triggers = []  # background that recurs, or long past, with no day of its own
        actor = actor_in(self.gazetteer, s.text, triggers)
        row = row_event(self.text, s, s_hits, self.pub) if kind != "past" else None
        if row is not None:  # a line read as a row: its cells' event, day, figures and source
            triggers, when, casualties, claimant = row.read(s, triggers, when, casualties, claimant)
            self.rows |= {s.start} if row.tells or row.card else set()
        weapon_doubt = bool(DETAIL_DOUBT.search(s.text))  # "reports that a Kinzhal was used"
        detail = weapon_doubt and told_places(s_hits, self.drafts, s.paragraph)
        triggers = [] if detail else triggers
        types = [t for t, _ in triggers]
        word = first_casualty(s.text) if casualties and not types and kind != "past" else None
        lead = self.list_intro.carried_from  # "... shelled 38 settlements. Among them X"
        if word is not None:  # figures alone: a strike
            types, triggers = ["strike"], [("strike", word)]
        return Facts(
            triggers=triggers,
            types=types,
            weapons=[] if detail else wv.fired_weapons(s.text),
            carried=[] if detail or not lead else wv.fired_weapons(lead),
            when=when,
            casualties=casualties,
            hedged=private or bool(HEDGE.search(s.text)) or (row is not None and row.unchecked),
            claimant=claimant,
            actor=actor,
            text=s.text,
            confirmed=borne_out(s.text, claimant)
            or (own_eyes(s.text) and not private)
            or (row is not None and row.vouched),
            figures_only=word is not None,
            row=row,
            weapon_doubt=weapon_doubt,
        )

    def _at_topic(self, s: Sentence, facts: Facts, s_hits: list[PlaceHit]) -> list[Draft]:
        """A paragraph headed by a place alone ("🔹 Kharkiv.", "More from Kharkiv."): its
        sentences with an event word and no place of their own tell of that place, unless they
        continue an event already drafted in the paragraph."""
        if self.blocks.heading(s, s_hits, facts.triggers):
            return []
        # "In X we loaded. Later the village came under fire", "... shelled it": the town named last
        back = told_here(self.named.get(s.paragraph), self.text, s, bool(s_hits), facts)
        seat = seat_told_back(self.text, self.roles, s.end)  # "the mayor of X ... the city"
        back = seat or back
        home = district_city(self.text, s, s_hits, self.home, self.last, self.about, facts.when)
        home = home or near_home(s.text, s_hits, self.narrator)  # "at the end of our street"
        over = self.blocks.over(s.paragraph, self.last)
        past = None if s_hits or not dated_past(facts, self.last, s.paragraph) else self.piece_town
        told = self.kept[self.last_index].start if self.last_index >= 0 else None  # (told, went on)
        asked = (  # "Q: And in X?" (not for figures alone: "We lost nobody")
            None if s_hits or facts.figures_only else self.asked.place(s.start, self.hits, told)
        )
        topic = self.blocks.own(s.paragraph) or back or asked or over or home or past
        if not facts.triggers and (town := named_town(self.roles, self.text, s.text)):
            self.named[s.paragraph] = (town, s.end)
        if not s_hits and "interception" in facts.types:
            topic = topic or tally_region(self.gazetteer, self.text, self.hits, s, self.last)
        last_here = cont.continues_last(self.last, s.paragraph, topic)  # (not "over the province")
        own = own_places(self.roles, s_hits, topic, back)  # (not a speaker's place)
        if topic is None or own or not facts.triggers or (last_here and not (home or seat or past)):
            return []
        etype = topic_type(facts.triggers, facts.types)  # (debris fell: an interception)
        if etype == "meeting":
            return []
        weapon, category = weapon_for(facts.weapons, len(s.text), 0, s.text)
        region = topic.place.feature in ("admin1", "admin2", "region")
        hit = PlaceHit(topic.start, topic.end, topic.place, topic.mention, 3 if region else 1, True)
        draft = self._draft(s, facts, hit, etype, weapon, category)
        if etype == "interception":  # "Across the region, air defence destroyed 12 drones"
            draft.launched, draft.destroyed = counts_around(s.text, s.text, "", s.text)
        give_figures([draft], facts.casualties)
        return [draft]

    def _heading_town(self, s: Sentence, facts: Facts, s_hits: list, placed: list) -> list[Draft]:
        """Under a place heading, a clause telling "the town" back beside another place."""
        topic = self.blocks.own(s.paragraph) or self.blocks.over(s.paragraph, self.last)
        if not s_hits or topic is None or any(d.place.id == topic.place.id for d in placed):
            return []
        if topic.place.id in self.drafted or not heading_alone(self.text, topic):
            return []  # (the heading's place told already; or no heading of its own line)
        if not (told := town_clause(s.text, [h.start - s.start for h in s_hits], facts.triggers)):
            return []
        hit = PlaceHit(topic.start, topic.end, topic.place, topic.mention, 1, True)
        weapon, category = clause_weapon(facts.weapons, s.text, told[0], told[1])
        return [self._draft(s, facts, hit, told[2], weapon, category)]

    def _placed(self, s: Sentence, facts: Facts, s_hits: list[PlaceHit]) -> list[Draft]:
        """One draft per place in the sentence where something happened."""
        placed: list[Draft] = []
        last_event_end: int | None = None
        roles = sentence_roles(self.gazetteer, self.text, s, s_hits, facts.triggers)
        roles = self.roles = row_roles(roles, facts.row)  # a row's place cell: its place
        list_head: dict[int, tuple[str | None, str | None]] = {}
        for k, h in enumerate(roles):
            if not h.event_place or not facts.triggers:
                continue
            floor = last_event_end - s.start if last_event_end is not None else 0
            etype = type_for(facts.triggers, h.start - s.start, floor)
            if etype == "meeting" and no_meeting(s.text, h.end - s.start, facts.when):
                continue  # a meeting still to come, or one of years past, is no event
            if h.place.feature == "sea" and etype != "interception":
                continue  # a sea is where drones are downed, not a target or a front
            lead = self.list_intro.carried_from  # "... shelled 38 settlements. Among them X"
            at = (len(lead), 0, lead) if lead else (h.start - s.start, floor, s.text)
            weapon, category = weapon_for(facts.carried if lead else facts.weapons, *at)
            listed = k > 0 and LIST_GAP.match(self.text[roles[k - 1].end : h.start])
            if listed and k - 1 in list_head:
                weapon, category = list_head[k - 1]  # "over the Mykolaiv, Kherson ... regions"
            elif category is None and placed and placed[-1].event_type == etype != "fighting":
                # "59 drones: 16 over the Belgorod region, 13 over the Kursk region"; "bombs fell
                # on X in the Y region and on Z in the W region"
                weapon, category = placed[-1].weapon, placed[-1].category
            list_head[k] = (weapon, category)
            if etype == "meeting" or (etype == "fighting" and not weapon):
                weapon, category = None, None
            last_event_end = h.end
            draft = self._draft(s, facts, h, etype, weapon, category)
            if listed and placed:
                placed[-1].lists.add(placed[-1].sentence.start + k)
                draft.lists |= placed[-1].lists
            if etype == "interception" and not listed:
                start = s.start + floor
                # "launched 40 drones at Odesa ... 37 of them were shot down": the sentence's
                # first interception takes what follows it too.
                first = not any(d.event_type == "interception" for d in placed)
                nxt = next((o.start for o in roles[k + 1 :]), s.end) if first else h.end
                draft.launched, draft.destroyed = counts_around(
                    self.text[start : h.start],
                    s.text if first else self.text[s.start : h.start],
                    self.text[h.end : s.end],
                    self.text[h.end : nxt],
                )
                if draft.destroyed is None and facts.row is not None:
                    draft.destroyed = facts.row.destroyed  # "Poltava oblast — 9 UAVs"
                if draft.launched is None and draft.destroyed is not None:
                    # "Russia sent 56 drones. Forty were shot down over ...": sent before
                    own = own_launched(s.text, draft.destroyed, draft.category) if first else None
                    draft.launched = own or self.memory.para_launched.pop(s.paragraph, None)
            placed.append(draft)
        give_figures(placed, facts.casualties, s.text)
        note_shared_counts(placed)
        return placed

    def _draft(
        self,
        s: Sentence,
        facts: Facts,
        h: PlaceHit,
        etype: str,
        weapon: str | None,
        category: str | None,
    ) -> Draft:
        # undated news of the day: a side's own bulletin, a "key events" bullet, a live blog entry
        same_day = bool(self.author) or self.live_blog or on_bullet(self.text, s)
        draft = Draft(
            event_type=etype,
            place=h.place,
            place_mention=short_mention(h.mention),
            geo_precision=h.geo_precision,
            sentence=s,
            when=facts.when or self.days.default(s, same_day, category),
            weapon=weapon,
            category=category,
            actor=facts.actor,
            hedged=facts.hedged,
            claimed_by=facts.claimant or self.author,
            attributed=bool(facts.claimant and not independent(facts.claimant))
            or bool(self.author),
            confirmed=facts.confirmed,
            sentences=[s],
            headline=is_headline(self.text, s),
        )
        if h.offset is not None:
            radius = off.precision_km(h.offset)
            draft.extra = json.dumps({"precision_km": radius, "measured_from": h.offset.anchor})
            draft.notes = f"{h.offset.text}: the point lies within {radius:g} km"
        elif approximate_km(h.place):
            radius = approximate_km(h.place)
            draft.extra = json.dumps({"precision_km": radius})
            draft.notes = (
                f"{h.place.name} is placed at its community's centre, within {radius:g} km"
            )
        self.memory.give(draft, s, facts, weapon, category)
        return draft

    def _second_strike(
        self, s: Sentence, facts: Facts, last: Draft, follows: bool, gap: int, s_hits: list
    ) -> list[Draft]:
        """A sentence with no draft of its own telling a second strike at the place of ``last``:
        a hit on "the city" with other arms than its interception, or a strike by another kind
        of weapon beside it ("After lunch they shelled it"; :mod:`geo.extract.same_place`)."""
        found = other_arms_there(s, facts, last) if follows and not s_hits else None
        beside = found is None and (follows or next_block(self.text, s, last, gap))
        if beside:
            found = beside_strike(s, facts, last, bool(s_hits))
        if found is None:
            return []
        hit, weapon, category = found
        draft = self._draft(s, facts, hit, "strike", weapon, category)
        if beside:
            draft.actor = draft.actor or last.actor
        give_figures([draft], facts.casualties)
        return [draft]

    def _under_its_title(self, s: Sentence, facts: Facts, s_hits: list[PlaceHit]) -> bool:
        """Whether ``s`` tells, in the body, the event the report's title placed in the one city
        the report names ("Ternopil wakes to explosions" ... "A warehouse caught fire"): the
        title drafted the only event so far, and the body's sentence names no place and tells
        an event of the same kind. (Not a title with a colon: "Talk:List of attacks on X".)"""
        if not facts.triggers or s_hits or is_headline(self.text, s) or len(self.drafts) != 1:
            return False
        title = self.drafts[0]
        return (
            title.headline
            and ":" not in title.sentence.text
            and self.about is not None
            and self.about.place.id == title.place.id
            and title.event_type in facts.types
            and title.event_type != "meeting"
        )

    def _attach(
        self, index: int, s: Sentence, facts: Facts, placed: list[Draft], s_hits: list[PlaceHit]
    ) -> None:
        """Keep the sentence's drafts; or, with none, let it continue the event before it (in the
        same paragraph, or the very next sentence: wire copy puts each sentence on its own line)
        or hedge its paragraph's events."""
        last = self.last
        gap, text = index - self.last_index, self.text
        follows = last is not None and (
            follows_on(text, s, last, gap, self.drafts, facts, s_hits)
            or self._under_its_title(s, facts, s_hits)
        )
        if not placed and last is not None:
            placed = self._second_strike(s, facts, last, follows, gap, s_hits)
        if placed:
            self.drafts.extend(placed)
            self.last, self.last_index = placed[-1], index
        elif (
            last is not None
            and follows
            and not (facts.triggers and cont.another_attack(s.text))
            # "Bloggers say troops reached Xville, which we cannot check": a claim of its own
            and not (facts.hedged and facts.claimant and not s_hits and cont.unknown_place(facts))
            and (not last.lists or (facts.casualties and not facts.weapons))
            and facts.tells_more()
        ):
            # a sentence after a list of places ("hit Kherson, Bilozerka and Stanislav") tells
            # of them all, not of the last one: its figures are a total, kept on the first
            last, facts = figures_owner(self.drafts, last, facts, s, s_hits, self.kept[index - 1])
            facts.claimant = facts.claimant or self.author  # a side's post: its word throughout
            if any(h.event_place and h.place.id != last.place.id for h in self.roles):
                # "X was shelled. Rocket launchers were used against Y": Y's weapon, not X's
                facts = replace(facts, weapons=[])
            cont.continue_event(last, facts, all(h.place.id == last.place.id for h in s_hits), s)
            self.last_index = index
            if (THERE.search(s.text) or same_target(last, s.text)) and facts.triggers:
                last.sentences.append(s)
        doubt_or_witness(self, index, s, facts, placed, follows, s_hits, last)
