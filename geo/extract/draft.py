"""The records the drafting works on: one mention of an event (``Draft``) and what one sentence
says besides its places (``Facts``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.attribution import official
from geo.extract.dates import When
from geo.extract.lexicon import Trigger
from geo.extract.sentences import Sentence
from geo.gazetteer import Place

if TYPE_CHECKING:
    from geo.extract.row_events import RowEvent


def with_note(notes: str | None, note: str) -> str:
    """A record's notes with one more note after them ("a; b")."""
    return f"{notes}; {note}" if notes else note


@dataclass(slots=True)
class Draft:
    """One mention of an event, before merging."""

    event_type: str
    place: Place
    place_mention: str
    geo_precision: int
    sentence: Sentence
    when: When
    weapon: str | None = None
    category: str | None = None
    actor: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    hedged: bool = False
    claimed_by: str | None = None
    attributed: bool = False
    confirmed: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    inherited: tuple[str, str] | None = None
    headline: bool = False
    notes: str | None = None
    launched: int | None = None
    destroyed: int | None = None
    extra: str | None = None
    lists: set[int] = field(default_factory=set)
    # the places (ids) whose total ``fatalities``/``injured`` are, when one sentence gives a
    # figure for several ("killing seven in Kharkiv and Zaporizhzhia"); empty: its own figures
    shared_total: frozenset[int] = frozenset()
    # the two weapon categories the paragraph's tally named, for an interception told without a
    # weapon of its own ("... 532 drones and 31 missiles. Air defences worked over X")
    kinds: tuple[str, str] | None = None
    # a village the gazetteer does not know, told of at ``place`` (:mod:`unknown_villages`)
    village: str | None = None
    # the weapons (system, category) that sentences continuing the event told hitting it ("A
    # ballistic missile struck a warehouse" after "attacked X with drones and missiles")
    hits: tuple[tuple[str | None, str], ...] = ()
    # the later sentence that raised the figures the event was first told with ("has risen to
    # 11" in an update below the first version's "killing five"), quoted beside the event's own
    revised_by: Sentence | None = None
    # its figures correct what earlier mentions said (:mod:`corrected_figures`): kept over them
    corrected: bool = False

    def place_offset(self) -> int:
        """Where the place's words stand in the draft's sentence (-1: not there as written)."""
        return self.sentence.text.find(self.place_mention)


@dataclass(slots=True)
class Facts:
    """What one sentence says besides its places."""

    triggers: list[Trigger]
    types: list[str]
    weapons: list[wv.WeaponMention]
    when: When | None
    casualties: dict[str, int]
    hedged: bool
    claimant: str | None
    actor: str | None
    text: str = ""
    figures_only: bool = False
    confirmed: bool = False  # (attribution.borne_out: once a sentence, not once a place)
    row: RowEvent | None = None  # the line read as a row (``row_events``)
    weapon_doubt: bool = False  # a doubt about a weapon or a detail (hedges.DETAIL_DOUBT)
    # the weapons of the sentence a list goes on from ("... with drones. Among them X, Y"), at
    # their positions in that sentence (``weapons`` are the sentence's own, in ``text``)
    carried: list[wv.WeaponMention] = field(default_factory=list)

    def tells_more(self) -> bool:
        """Whether the sentence adds to an event: a cue, a weapon, figures, or only whose word
        it is ("That's according to the regional administration."; at any length when an
        official gives it and the sentence names no day: "Some 30,000 homes lost power, the
        city's military administration said"; not a doubt, nor what witnesses told)."""
        short = len(self.text.split()) <= 8
        aside = (self.when is not None and self.when.explicit) or self.hedged
        source_only = bool(self.claimant) and (
            short or (official(self.claimant or "") and not aside)
        )
        return bool(self.triggers or self.weapons or self.casualties or source_only)
