"""What a paragraph carries forward to the events drafted in it: the meeting body, the weapon,
the kinds and the launched count it named, who spoke in it and whose claims cover its figures;
given to each draft as it is made, and once more when the report is read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.extract.actors import fallback_actor
from geo.extract.attribution import independent
from geo.extract.interception_figures import launched_count
from geo.extract.kinds import joined_kinds, paragraph_kind
from geo.extract.lexicon import BODIES
from geo.extract.missile_anaphora import MissileKinds
from geo.extract.paragraph_kind import Told, note_kinds, paragraph_weapon
from geo.extract.place_hits import hits_within
from geo.extract.region_reach import Regions, beyond_region
from geo.extract.seat_reach import ParagraphClaims, Seats
from geo.extract.weapon_lands import told_in_land
from geo.extract.weapon_words import category_near, kind_named

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence


class ParagraphMemory:
    """What each paragraph (by its number) has told so far, for the drafts made in it."""

    def __init__(self, hits: list[PlaceHit]) -> None:
        self.hits = hits
        self.hits_in = hits_within(hits)  # a sentence's own hits, without reading them all
        self.para_meeting: dict[int, str] = {}
        self.para_claim: dict[int, list[tuple[int, str]]] = {}
        self.para_weapon: dict[int, tuple[str, str]] = {}
        self.para_category: dict[int, str] = {}
        self.para_category_lands: dict[int, set[str]] = {}  # the countries it was told to hit
        self.drafted_lands: dict[int, set[str]] = {}  # by sentence start, its drafts' countries
        self.para_kinds_named: dict[int, Told] = {}
        self.para_kinds: dict[int, tuple[str, str]] = {}
        self.para_launched: dict[int, int] = {}
        self.para_speaker: dict[int, str] = {}
        self.recent_category: str | None = None
        self.missiles = MissileKinds()

    def give(
        self,
        draft: Draft,
        s: Sentence,
        facts: Facts,
        weapon: str | None,
        category: str | None,
    ) -> None:
        """What the paragraph gives a new draft of sentence ``s``: the meeting's body, the weapon
        it named, the side that opened it, the kind of its interceptions."""
        etype = draft.event_type
        if facts.weapons and draft.place.country:
            self.drafted_lands.setdefault(s.start, set()).add(draft.place.country)
        if etype == "meeting":
            body = BODIES.search(s.text)
            draft.actor = body.group(1) if body else self.para_meeting.get(s.paragraph)
        elif etype in ("strike", "interception") and not weapon and s.paragraph in self.para_weapon:
            draft.inherited = self.para_weapon[s.paragraph]
        kinds = self.para_kinds_named.get(s.paragraph)
        last_kind = self.para_category.get(s.paragraph)
        if not told_in_land(draft, self.para_category_lands.get(s.paragraph)):
            last_kind = None  # "Kharkiv was hit by glide bombs. Two were killed in Shebekino"
        paragraph_weapon(draft, facts, last_kind, kinds)
        if etype == "interception" and not facts.claimant:
            # "Ukraine's air force says Russia sent 56 drones. Forty were shot down over ...":
            # the side that opened the paragraph gives the tally, its claim.
            who = self.para_speaker.get(s.paragraph)
            if who and not independent(who):
                draft.attributed, draft.claimed_by = True, draft.claimed_by or who
        if etype == "interception" and not category:
            category = self.para_category.get(s.paragraph, self.recent_category)
            paragraph_kind(draft, category, self.para_kinds.get(s.paragraph))

    def remember(self, s: Sentence, facts: Facts) -> None:
        """Keep what sentence ``s`` names for the paragraph: its launched count, weapons, kinds
        and meeting body."""
        launched = launched_count(s.text) if facts.weapons else None
        if launched is not None:
            self.para_launched[s.paragraph] = launched
        if facts.weapons:
            self.missiles.note(s.paragraph, s.start, facts.weapons)
            note_kinds(self.para_kinds_named, s, self.hits_in(s.start, s.end), facts.weapons)
            if s.paragraph not in self.para_category or not any(w.weapon for w in facts.weapons):
                self.para_category[s.paragraph] = kind_named(facts.weapons, s.text)
                self.para_category_lands[s.paragraph] = self.drafted_lands.get(s.start, set())
            if len(facts.weapons) > 1 and (
                pair := joined_kinds(s.text, True, None, facts.triggers)
            ):
                self.para_kinds[s.paragraph] = (pair[0].category, pair[1].category)
            self.recent_category = facts.weapons[-1].category
        named = [(w, w.weapon) for w in facts.weapons if w.weapon]
        if named:
            first, name = named[0]
            self.para_weapon[s.paragraph] = (name, category_near(facts.weapons, first))
        body = BODIES.search(s.text)
        if body and "meeting" in facts.types:
            self.para_meeting.setdefault(s.paragraph, body.group(1))

    def finish(self, drafts: list[Draft], kept: list[Sentence], countries: set[str]) -> None:
        """The report read: each draft takes the paragraph's weapon it inherited, the claims
        made before it in its paragraph, and an actor by its weapon and the report's
        ``countries``."""
        told = {x.start: x.text for x in kept}  # the sentence that names each claimant
        claims = ParagraphClaims(self.para_claim, told, Seats(drafts))
        regions = Regions(drafts)
        for d in drafts:
            # "The first attack targeted a depot" after a sentence about ATACMS: that weapon,
            # unless a later sentence named one for this event.
            if not d.weapon and d.inherited and d.category in (None, "missile"):
                # (a downed "missile" is the paragraph's missile, never its drone)
                if d.event_type != "interception" or d.inherited[1].endswith("missile"):
                    d.weapon, d.category = d.inherited
            self.missiles.give(d)  # "A second missile was shot down": the one told before
            # Claims made earlier in a paragraph cover the figures that follow in it (not a
            # later sentence's: "Witnesses told the mission that ..." after the event; nor a
            # mayor's in another town: seat_reach).
            if not d.claimed_by and (d.injured or d.fatalities):
                end = max(x.start for x in d.sentences)
                claim = claims.last_reaching(d.sentence.paragraph, end, d)
                if beyond_region(claim, d, regions):  # (a governor's, another region's)
                    claim = None
                if claim:
                    d.claimed_by = claim
                    d.attributed = d.attributed or not independent(claim)
            if not d.actor and d.event_type in ("strike", "interception"):
                d.actor = fallback_actor(d.weapon, d.place.country, countries)
