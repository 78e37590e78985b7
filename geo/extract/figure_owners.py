"""Whose figures a sentence that makes no record of its own gives (issue 16, class 4: figures
left empty where the report gives them):

- figures alone, naming no place, a few sentences after the event, quotes between (wire copy);
- more of the same ("Two women were also hurt"): added to the event's figures;
- a town it names again ("In the evening, officials in Dnipro said five people had died", a later
  paragraph's update): that town's latest strike, not the record told last; a larger figure
  replaces the earlier one (the READMEs' rule: a later toll replaces the earlier);
- after a strike told for two weapons at one place ("In Kyiv, missiles and drones hit ..."): the
  first-named weapon's record, where a two-weapon strike's figures go (:func:`first_weapon_figures`,
  after the split and the merging: the sentence of figures, naming the place again, is a record
  of the paragraph's last-named weapon merged into the second);
- a zero ("No one was hurt"): every place it covers, each unharmed (0/0), unlike a figure told
  for several places, a total kept on the first-named (:mod:`shared_totals`): the places listed
  in the sentence before it, and the strikes told before it in its paragraph with no figures of
  their own (heldout8's closing "no one was killed or injured", heldout13's Izmail and Reni).

A figure of another attack ("a further strike ...") or of another day stays off."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.attribution import official
from geo.extract.background import background
from geo.extract.casualties import casualty_figures, revised_toll
from geo.extract.clause_figures import told_in_own_clause
from geo.extract.continuation import another_attack
from geo.extract.corrected_figures import corrects, replace_figures
from geo.extract.later_deaths import died_later
from geo.extract.layout import continues, other_bullet
from geo.extract.numbers import NUMBER, number
from geo.extract.pattern_cues import cued
from geo.extract.shared_totals import total_owner
from geo.extract.toll_updates import update_of_day
from geo.extract.wording import words

# how many sentences on figures alone may still be the last event's
_FIGURES_GAP = 3
# ... and an official's toll naming no place ("The governor said four were killed"), after the
# report's own account of the scene (a reporter's turn in a TV script and its speakers' labels, a
# letter writer's night)
_OFFICIAL_TOLL_GAP = 10
# more of the same: "were also hurt", "two more died", "another person was injured" (not "the
# governor also said ...": a figure said again)
_MORE = words(
    r"also\s+(?:(?:been|were|was)\s+)?(?:hurt|injured|wounded|killed|died)",
    rf"(?P<n>{NUMBER})\s+more",
    r"another\s+(?:person|man|woman|child|resident|civilian)",
)
# a day's or a region's summary: figures of more than the last event
_SUMMARY = words(
    r"for the (?:past )?day",
    r"over the (?:past )?(?:day|night|week)",
    r"in total|overall|altogether|in all",
    r"(?:in|across|throughout) the (?:region|oblast|province)",
)
# the event told before named again as what it was, with its figures: "The shelling wounded two
# men", "The attack killed three workers" (not "a separate attack", :func:`another_attack`)
_THE_EVENT = words(
    r"the\s+(?:(?:overnight|morning|evening|night|latest|russian|missile|drone)\s+)?"
    r"(?:strike|attack|shelling|blast|explosion|bombing|raid|barrage|impact)",
    # ... or its weapon, named with "the", doing what it did: "The missile struck at about
    # three o'clock; rescuers have pulled out two bodies"
    r"the\s+(?:missile|rocket|drone|bomb|shell)s?\s+(?:struck|hit|landed|exploded|fell|came\s+down)",
)
# the hurt told by the care they got, with no casualty word: "four passengers were taken to
# hospital with shrapnel wounds"
_CARED_FOR = words(r"hospital", r"wounds", r"treat(?:ed|ing)")

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence


def nobody_hurt(figures: dict[str, int]) -> bool:
    """Whether a sentence's figures are all zeros ("no one was hurt", "no one was killed")."""
    return bool(figures) and not any(figures.values())


def told_again(drafts: list[Draft], facts: Facts, s_hits: list[PlaceHit]) -> Draft | None:
    """The strike at the one place of earlier records a sentence of figures names again (its
    first-named weapon's record, in the latest sentence that told of it), or None."""
    if not facts.casualties or (facts.triggers and another_attack(facts.text)):
        return None
    if background(facts.text) == "past":  # (see follows_on)
        return None
    named = {h.place.id for h in s_hits}
    at = [d for d in drafts if d.place.id in named and d.event_type == "strike"]
    if len({d.place.id for d in at}) != 1:
        return None
    latest = max(d.sentence.start for d in at)
    owner = next(d for d in at if d.sentence.start == latest)
    when = facts.when
    if when is not None and when.explicit and not when.carried and when.day != owner.when.day:
        # figures of another day, unless a revision of the toll ("update to 10 Nov: ...")
        return owner if update_of_day(facts.text, facts.casualties) else None
    return owner


def raise_toll(owner: Draft, figures: dict[str, int], s: Sentence) -> None:
    """A later figure for a town named again replaces a smaller one it had."""
    for key, attr in (("killed", "fatalities"), ("injured", "injured")):
        old, new = getattr(owner, attr), figures.get(key)
        if old is not None and new is not None and new > old:
            setattr(owner, attr, new)
            owner.revised_by = s


def _zero_each(drafts: list[Draft], owner: Draft, figures: dict[str, int], s: Sentence) -> None:
    """Give a zero to every place it covers besides ``owner``: those listed with it, and the
    strikes of its paragraph told before it with no figures (one record a place)."""
    told = {d.place.id for d in drafts if (d.fatalities, d.injured) != (None, None)}
    here = owner.sentence.paragraph == s.paragraph
    covered = (
        d
        for d in drafts
        if (owner.lists and d.lists & owner.lists)
        or (here and d.sentence.paragraph == s.paragraph and d.event_type == "strike")
    )
    _give_each(covered, figures, {owner.place.id} | told)


def _give_each(drafts: Iterable[Draft], figures: dict[str, int], seen: set[int]) -> None:
    """The figures to the first of ``drafts`` at each place not yet ``seen``."""
    for d in drafts:
        if d.place.id not in seen:
            seen.add(d.place.id)
            d.fatalities, d.injured = figures.get("killed"), figures.get("injured")


def follows_on(
    text: str,
    s: Sentence,
    last: Draft,
    gap: int,
    drafts: list[Draft],
    facts: Facts,
    s_hits: list[PlaceHit],
) -> bool:
    """Whether sentence ``s`` may tell more of the event ``last`` (``gap`` sentences after it):
    as :func:`continues` says; or it gives figures for a town of earlier records it names again;
    or it gives figures alone or of "the attack", naming no place of an event, a few sentences on
    (wire copy: "Russian drones hit Odesa, the governor said." / a quote of his / "Four people were
    injured, he added."), in no other bullet, of no other day, and no summary of the day's or
    region's figures."""
    if facts.casualties and background(s.text) == "past":
        return False  # "A year ago, a strike on the same X killed 20": an earlier event's toll
    if continues(text, s, last, gap) or told_again(drafts, facts, s_hits) is not None:
        return True
    when = facts.when
    other_day = when is not None and when.explicit and when.day != last.when.day
    # figures alone, or with "the shelling" the event was; a city named only as where the wounded
    # were taken ("taken to hospital in Kherson") is no place of theirs
    alone = facts.figures_only or bool(
        facts.casualties
        and (_THE_EVENT.search(s.text) or (not facts.types and _CARED_FOR.search(s.text)))
        and background(s.text) != "past"
    )
    return (
        alone
        and not any(h.event_place for h in s_hits)
        and not last.lists  # after a list of places, a day's summary ("Results for the day: ...")
        and not _SUMMARY.search(s.text)
        and gap
        <= (_OFFICIAL_TOLL_GAP if facts.claimant and official(facts.claimant) else _FIGURES_GAP)
        and last.event_type == "strike"
        and not other_day
        and not other_bullet(text, s, last.sentence)
    )


def _added(owner: Draft, facts: Facts) -> Facts:
    """Figures told as more of the same ("Two women were also hurt", "Two more people died in
    hospital") add to the event's own; the facts left to tell it."""
    rest = dict(facts.casualties)
    more = _MORE.search(facts.text)
    told = number(more.group("n")) if more and more.group("n") else None
    for key, attr in (("killed", "fatalities"), ("injured", "injured")):
        old, new = getattr(owner, attr), rest.get(key)
        # ("pulled two more bodies ... gave the figure of six dead": six is the toll, not more)
        if old and new and told in (None, new):
            setattr(owner, attr, old + new)
            del rest[key]
    return replace(facts, casualties=rest)


def figures_owner(
    drafts: list[Draft],
    last: Draft,
    facts: Facts,
    s: Sentence,
    s_hits: list[PlaceHit],
    before: Sentence | None = None,
) -> tuple[Draft, Facts]:
    """The draft a sentence continuing ``last`` tells more of (see :func:`total_owner`), its
    figures given as this module says (a correction's in place of the earlier, :mod:`corrected_figures`:
    ``before`` is the sentence before ``s``); and what the sentence tells it."""
    again = told_again(drafts, facts, s_hits)
    fixed = bool(facts.casualties) and corrects(s, before)
    if again is not None:
        if fixed or update_of_day(facts.text, facts.casualties):  # the toll told as the latest
            replace_figures(again, facts.casualties)
        else:
            raise_toll(again, facts.casualties, s)
        return again, facts
    owner, facts = total_owner(drafts, last, facts)
    if fixed:
        replace_figures(owner, facts.casualties)
        return owner, replace(facts, casualties={})
    if _MORE.search(facts.text) and not revised_toll(facts.text):
        facts = _added(owner, facts)
    if nobody_hurt(facts.casualties):
        _zero_each(drafts, owner, facts.casualties, s)
    return owner, facts


def zero_each_place(placed: list[Draft], figures: dict[str, int]) -> bool:
    """A zero told in a sentence of several places is each place's (its first record's): True
    when the figures were such a zero and have been given."""
    if not nobody_hurt(figures) or len({d.place.id for d in placed}) < 2:
        return False
    _give_each(placed, figures, set())
    return True


def told_hitting(d: Draft) -> bool:
    """Whether a sentence continuing the strike told its own kind hitting ("attacked X with
    drones and missiles. A ballistic missile struck a school": the missile's figures)."""
    mine = d.category
    return mine is not None and any(wv.family(c) == wv.family(mine) for _, c in d.hits)


def first_weapon_figures(merged: list[Draft]) -> None:
    """A strike told for two weapons at one place is a record each, the figures on the first-named
    (:func:`geo.extract.kinds.split_weapons`); figures a later sentence gave the second ("... In
    Kyiv, missiles and drones hit a plant. Two were killed in the capital") move to the first."""
    first: dict[tuple[int, object], Draft] = {}
    for d in merged:
        if d.event_type != "strike":
            continue
        key = (d.sentence.start, d.place.id)
        one = first.setdefault(key, d)
        if one is d or one.category == d.category or (one.fatalities, one.injured) != (None, None):
            continue
        later = [w for x in d.sentences if x is not d.sentence for w in wv.find_weapons(x.text)]
        if (
            d.shared_total
            or any(w.category == d.category for w in later)
            or told_hitting(d)
            or told_in_own_clause(d.sentence.text, d.category)  # "...; later drones, killing one"
        ):
            continue  # (a hit told after by its own weapon: "Later a drone hit a bus, killing one")
        one.fatalities, one.injured, d.fatalities, d.injured = d.fatalities, d.injured, None, None


def later_deaths_moved(merged: list[Draft], prose: list[Sentence]) -> None:
    """Each sentence telling of hurt people who died later ("one of the injured died in
    hospital", "the driver wounded at dawn died two days later") moves them on the strike it
    tells of (:func:`_hurt_owner`) from its injured to its killed; the figures the sentence gives
    itself ("so the toll now stands at seven dead and 16 injured") win, and a toll raised just
    before it in its paragraph counts the death already."""
    strikes = sorted(
        (d for d in merged if d.event_type == "strike"), key=lambda d: d.sentence.start
    )
    told_in = {x.start: d for d in reversed(strikes) for x in d.sentences}
    starts = [d.sentence.start for d in strikes]
    for s in prose:
        found = died_later(s.text)
        if found is None:
            continue
        owner = told_in.get(s.start) or _hurt_owner(strikes, starts, s, found[1].group(0))
        if owner is None:
            continue
        moved, told = found[0], casualty_figures(s.text)
        hurt, raised = owner.injured, owner.revised_by
        if raised is not None and raised.paragraph == s.paragraph:
            moved_killed = owner.fatalities  # "The toll has risen to 35. One of the wounded died"
        else:
            moved_killed = (owner.fatalities or 0) + moved
        owner.fatalities = told.get("killed", moved_killed)
        owner.injured = told.get(
            "injured", hurt - moved if hurt is not None and hurt >= moved else hurt
        )
        owner.revised_by = owner.revised_by or s


# how many strikes told before a later death may be the one it tells of
_HURT_OWNER_REACH = 30


def _hurt_owner(strikes: list[Draft], starts: list[int], s: Sentence, told: str) -> Draft | None:
    """The strike (of ``strikes``, in the text's order, starting at ``starts``) a sentence of a later death tells of,
    when it was merged into none: the nearest one told before it at a place it names ("Sad
    update from Izmail: ..."; a chronology's "X, update to 10 Nov" is not X's strike of the 15th),
    else the nearest after it (a newest-first blog's update sits above its entry); else, of the
    last ones before it, the one whose sentences share most words with the clause ``told`` ("the
    tram driver wounded at dawn" after "a tram driver was wounded"; "the people injured at the
    market"), the last one with people hurt when none shares any."""
    k = bisect_left(starts, s.start)
    near = strikes[max(0, k - _HURT_OWNER_REACH) : k + _HURT_OWNER_REACH]
    named = [d for d in near if d.place_mention and d.place_mention in s.text]
    if named:  # (the nearest told before it: a chronology's update line for an earlier entry)
        earlier = [d for d in named if d.sentence.start < s.start]
        return max(
            earlier or named,
            key=lambda d: d.sentence.start if earlier else -abs(d.sentence.start - s.start),
        )
    before = strikes[max(0, k - _HURT_OWNER_REACH) : k]
    mine = _content_words(told)
    best, most = None, 0
    for d in before:  # (the later one of two sharing as many)
        shared = len(mine & _content_words(*(x.text for x in d.sentences)))
        if shared and shared >= most:
            best, most = d, shared
    if best is not None:
        return best
    hurt = [d for d in before if d.injured]
    return hurt[-1] if hurt else None


# words of a clause that tell nothing of whom or where ("one of the people injured ... died")
_PLAIN = frozenset(
    "the and that this with from were was have has had been died injured wounded hurt people "
    "later hospital them those their his her one two three four five".split()
)


def _content_words(*texts: str) -> set[str]:
    """The words of ``texts`` (four letters or more, lower case) that may tell whom or where."""
    found = (w.lower() for t in texts for w in re.findall(r"[A-Za-z]{4,}", t))
    return {w for w in found if w not in _PLAIN}


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_MORE = cued(_MORE)
