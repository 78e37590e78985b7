"""Merging the mentions of one event (same type, compatible place, date and weapon); a strike or
an interception split by two kinds of weapon (:mod:`geo.extract.kinds`) stays two records."""

from __future__ import annotations

from collections.abc import Iterable

from geo import weapons as wv
from geo.extract.apart_in_day import apart_in_day
from geo.extract.dates import dates_agree, window
from geo.extract.draft import Draft
from geo.extract.joinable import Joinable
from geo.extract.one_night import one_night
from geo.extract.place_offsets import reference_point
from geo.extract.region_days import fought_apart
from geo.extract.unknown_villages import villages_agree
from geo.extract.voices import seen_over_hearsay
from geo.extract.weapon_kin import kin, precise_over
from geo.geocode import distance_km

MERGE_KM = 30.0

_FEATURE_RANK = {
    "airport": 0,
    "facility": 0,
    "city": 1,
    "capital": 1,
    "admin2": 2,
    "admin1": 3,
    "region": 4,
}


def _places_agree(a: Draft, b: Draft) -> bool:
    """One place, one inside the other's region, a facility at its town, or "near" and close;
    a point measured from a town ("30 km south of Kharkiv") is only itself."""
    pa, pb = a.place, b.place
    if pa.id == pb.id:
        return True
    if a.lists & b.lists:
        return False  # "near Robotyne and Verbove": places listed together are apart
    regional = {"admin1", "region"}
    if pa.feature in regional or pb.feature in regional:
        if pa.feature in regional and pb.feature in regional:
            return False
        region, other = (pa, pb) if pa.feature in regional else (pb, pa)
        tally, single = (a, b) if region is pa else (b, a)
        counted = tally.destroyed is not None or (
            tally.lists and tally.event_type == "interception"
        )
        told_apart = single.sentence.start != tally.sentence.start
        if (counted or tally.event_type == "interception") and told_apart:
            # a region's tally ("Cherkasy region — 22", "downed over the X, Y and Z regions") is
            # not a town's debris, even when another sentence counts the drone whose debris fell
            # there ("one of the downed drones"); nor is a region's downing with no count read
            # ("12 drones were taken out over the region. Debris fell in X")
            return False
        if counted and single.destroyed is None:
            return False
        if _total_and_part(tally, single) or fought_apart(tally, single):
            return False
        same = (
            region.country == other.country
            and region.admin1 == other.admin1
            and bool(region.admin1)
        )
        return same or distance_km(region.lat, region.lon, other.lat, other.lon) <= 2 * MERGE_KM
    if _told_in_one_sentence(a, b):
        return False  # "assaults on Niu-York and near Toretsk": one sentence, two places
    if a.lists and b.lists:
        # "attacks near A and B" ... "assaults near C and D": a place named in one list and
        # another place named in another are four positions, each its own event
        return False
    if "point" in (pa.feature, pb.feature):
        return False  # "20 km north-west of the city" says it was not in the city itself
    if a.actor and b.actor and a.actor != b.actor:
        return False  # two places, each side acting at its own: two events
    if a.hedged != b.hedged:
        return False  # a doubted claim at one place, a fact at another nearby: two events
    close = distance_km(pa.lat, pa.lon, pb.lat, pb.lon) <= MERGE_KM
    facility = {"airport", "facility"}
    if pa.feature in facility or pb.feature in facility:
        return close
    if 2 in (a.geo_precision, b.geo_precision):
        return close and not _two_fights(a, b)
    return False


def _told_in_one_sentence(a: Draft, b: Draft) -> bool:
    """Whether two places were named in one sentence, each its own: also a draft that took in
    another's sentence ("gains south-west of X" merged with "troops in A and B", then B)."""
    starts = {s.start for s in a.sentences or [a.sentence]}
    return any(s.start in starts for s in b.sentences or [b.sentence])


_SETTLEMENTS = {"city", "capital", "village"}


def _two_fights(a: Draft, b: Draft) -> bool:
    """Fighting told of at two settlements, each named for itself in a sentence of the body
    ("fighting inside Toretsk" ... "we hold positions in Chasiv Yar"): two events, however
    close. A town named as a reference point ("gains south-west of X") is the area that the
    other's village makes precise; a title announces what the body tells."""
    return (
        a.event_type == "fighting"
        and {a.place.feature, b.place.feature} <= _SETTLEMENTS
        and not (a.headline or b.headline)
        and not (_from_reference(a) or _from_reference(b))
    )


def _from_reference(d: Draft) -> bool:
    """Whether the draft's place is named only as a reference point ("south-west of X") in the
    sentences it was told in: a summary's "pressing south of X" joined by the body's "assaults
    near X" is X itself."""
    mention, named = d.place_mention, False
    for sentence in d.sentences or [d.sentence]:
        text = sentence.text
        at = text.find(mention) if mention else -1
        while at >= 0:
            if not reference_point(text, at):
                return False
            named = True
            at = text.find(mention, at + 1)
    return named


def _total_and_part(region: Draft, town: Draft) -> bool:
    """A province's toll for the week ("Kharkiv province: 7 killed, 56 injured") and a night's
    toll in its city told apart (three killed, or a day inside the week): the total and an
    event it counts, two records."""
    return (
        _own_figures(region)
        and region.sentence.start != town.sentence.start
        and (
            region.when.precision > town.when.precision
            or (
                _own_figures(town)
                and (region.fatalities, region.injured) != (town.fatalities, town.injured)
            )
        )
    )


# days between a day the text names and the report's own day within which a figure with no day
# of its own may still be that day's toll, revised ("the toll has since risen to five")
_REVISED_WITHIN_DAYS = 7


def _count_and_incident(a: Draft, b: Draft) -> bool:
    """A place's count with no day of its own ("Sumy: 41 attacks; 3 killed, 20 injured" in a
    month's summary) and an incident there on a day the text names, weeks before the report, with
    a toll of its own ("- 9 March, Sumy: a glide bomb hit a school; 2 killed"): two records, as a
    region's total and its town's night are (:func:`_total_and_part`); so is a count over the
    month the report covers and a day in it."""
    named = [d for d in (a, b) if d.when.explicit or d.when.carried]
    if len(named) != 1 or not (_own_figures(a) and _own_figures(b)):
        return False
    told, count = (a, b) if named[0] is a else (b, a)
    first, last = window(told.when)
    days = max((first - count.when.day).days, (count.when.day - last).days)
    spans = count.when.precision == 3 and told.when.precision == 1  # a month's count, a day
    apart = (a.fatalities, a.injured) != (b.fatalities, b.injured)
    return apart and (spans or days > _REVISED_WITHIN_DAYS)


def _weapons_agree(a: Draft, b: Draft) -> bool:
    if a.weapon and b.weapon:
        return a.weapon == b.weapon
    both = bool(a.category and b.category and a.category != b.category)
    towns = a.place.id != b.place.id and {a.place.feature, b.place.feature} <= {"city", "capital"}
    apart = a.sentence is b.sentence or (
        a.event_type == "strike" and towns and "missile" not in (a.category, b.category)
    )
    if both and apart:
        # "drones and a ballistic missile hit X": two weapons, two records; a drone near one
        # village and a rocket barrage on another nearby are two events too
        return False
    named = a if a.weapon else b if b.weapon else None
    other = b if named is a else a
    if named is not None and other.category and other.category != "missile":
        return other.category == named.category or kin(a, b)
    # "cruise missiles shot down over the Odesa region" and "drones shot down over the Odesa
    # region" are two interceptions (a missile of no kind named is any missile, not a drone nor
    # a shell: "drones hit X on the 2nd ... a missile strike on X kills three" are two strikes)
    if a.category is None or b.category is None or a.category == b.category:
        return True
    return wv.one_missile(a.category, b.category) or kin(a, b)


def _attackers_word(d: Draft) -> bool:
    """Whether the side that struck is the one saying so ("Russia's defence ministry says its
    missiles hit ..."): a claim of its own success."""
    return (
        bool(d.attributed and d.actor and d.claimed_by)
        and str(d.actor)[:5].lower() in str(d.claimed_by).lower()
    )


def _own_figures(d: Draft) -> bool:
    return (d.fatalities, d.injured) != (None, None) and not d.shared_total


def _absorb_figures(m: Draft, d: Draft) -> None:
    """The larger of two mentions' figures ("No one was hurt", 0, is a figure too: kept unless a
    mention gives more); a place's own figures over a total it shares with other places."""
    if _own_figures(m) and d.shared_total:
        return
    if d.corrected:  # "Correction: ... two were killed": the corrected figures, lower or not
        m.corrected = True
        m.fatalities = d.fatalities if d.fatalities is not None else m.fatalities
        m.injured = d.injured if d.injured is not None else m.injured
        return
    if _own_figures(d) and m.shared_total:
        m.fatalities, m.injured = d.fatalities, d.injured
        m.shared_total, m.notes = frozenset(), None
        return
    if any(a is not None and b is not None and b > a for a, b in _pairs(m, d)):
        m.revised_by = d.revised_by or d.sentence  # a later, larger toll: its sentence quoted too
    m.fatalities = max((x for x in (m.fatalities, d.fatalities) if x is not None), default=None)
    m.injured = max((x for x in (m.injured, d.injured) if x is not None), default=None)


def _pairs(m: Draft, d: Draft) -> tuple[tuple[int | None, int | None], ...]:
    return (m.fatalities, d.fatalities), (m.injured, d.injured)


def _settle_shared_totals(merged: list[Draft]) -> None:
    """A total given once for several places ("killing seven in Kharkiv and Zaporizhzhia") that
    the report then gives place by place ("In Kharkiv, four were killed ... In Zaporizhzhia,
    three died") is told by those figures: kept as well, it would count the dead twice."""
    for t in merged:
        if not t.shared_total:
            continue
        own = [d for d in merged if d is not t and d.event_type == t.event_type and _own_figures(d)]
        if all(any(d.place.id == pid for d in own) for pid in t.shared_total):
            t.fatalities, t.injured, t.shared_total, t.notes = None, None, frozenset(), None


def merge(drafts: Iterable[Draft]) -> list[Draft]:
    """Mentions of one event as one draft: same type, places that agree (one place, one inside
    the other's region, within ``MERGE_KM``), dates and weapons that agree; a total shared by
    several places gives way to their own figures."""
    merged: list[Draft] = []
    joinable = Joinable(reach_km=2 * MERGE_KM)  # (the farthest two places agree)
    for d in drafts:
        for i in joinable.candidates(d):
            m = merged[i]
            if m.event_type != d.event_type:
                continue
            # "overnight" and "late on Wednesday": one night, Wednesday's strike
            night = None if dates_agree(m.when, d.when) else one_night(m, d)
            if (
                (night is not None or dates_agree(m.when, d.when))
                and _weapons_agree(m, d)
                and villages_agree(m, d)
                and _places_agree(m, d)
                and not _count_and_incident(m, d)
                and not apart_in_day(m, d)  # "13:20 - X: two hurt" ... "21:10 - X: one killed"
            ):
                _absorb(m, d)
                m.when = night or m.when
                joinable.add(m, i)  # (its day or place may have changed)
                break
        else:
            joinable.add(d, len(merged))
            merged.append(d)
    _settle_shared_totals(merged)
    return merged


def _absorb(m: Draft, d: Draft) -> None:
    """Mention ``d`` folded into the event ``m`` drafted before it: place, weapon, day, figures
    and whose word it is."""
    body_over_title = m.headline and not d.headline
    same_place = m.place.id == d.place.id
    took_place = _absorb_place(m, d, body_over_title)
    _absorb_weapon_and_day(m, d)
    m.actor = m.actor or d.actor
    m.lists |= d.lists
    # A side's rival version of what the report states itself ("Russia says its missiles hit
    # a gathering of soldiers and killed 60") joins the event, but its figures and the doubts
    # about them stay out.
    rival = (
        _attackers_word(d)
        and not _attackers_word(m)
        and not (d.headline or m.headline)
        and (m.fatalities, m.injured) != (None, None)
        and (d.fatalities, d.injured) != (None, None)
    )
    if not rival:
        _absorb_figures(m, d)
        # a doubt the report's own evidence resolves later ("UNCONFIRMED: an explosion at X" ...
        # "CONFIRMED: satellite images show a damaged hangar at X"), at the same place: borne out
        # (verif32)
        resolved = same_place and m.hedged and not m.confirmed and d.confirmed and not d.hedged
        # ... nor does hearsay on what the narrator saw there ("we saw it with our own eyes" ...
        # "People say the bomb came at dawn")
        resolved = resolved or (same_place and m.confirmed and seen_over_hearsay(m, d))
        m.hedged = (m.hedged or d.hedged) and not resolved
        # the body names its own source ("..., Ukraine's air force said"): a headline's speaker
        # ("Moscow says it downed 30 drones") does not stand for it
        m.claimed_by = (
            d.claimed_by if body_over_title and d.claimed_by else m.claimed_by
        ) or d.claimed_by
    if body_over_title:
        m.sentence = d.sentence  # the body's sentence, not the title's, is the event's source
    _whose_word(m, d, rival, same_place, took_place)
    m.notes = m.notes or d.notes
    if body_over_title and (d.launched, d.destroyed) != (None, None):
        m.launched, m.destroyed = d.launched, d.destroyed  # the body's own count, not the title's
    m.launched = m.launched if m.launched is not None else d.launched
    m.destroyed = m.destroyed if m.destroyed is not None else d.destroyed
    m.sentences.extend(d.sentences)


def _absorb_place(m: Draft, d: Draft, body_over_title: bool) -> bool:
    """The more precise place of two mentions (a town over its region, a nearer point, the
    body's place over a title's), and whether ``m`` took ``d``'s."""
    rank_d, rank_m = _FEATURE_RANK.get(d.place.feature, 1), _FEATURE_RANK.get(m.place.feature, 1)
    if (
        rank_d < rank_m
        or (
            d.place.id != m.place.id
            and d.geo_precision < m.geo_precision
            and d.place.feature == m.place.feature
        )
        # "Heavy fighting east of Pokrovsk" over "attacks ... around Hrodivka": the body's place
        or (body_over_title and rank_d <= rank_m and d.geo_precision <= m.geo_precision)
    ):
        m.place, m.place_mention, m.geo_precision = d.place, d.place_mention, d.geo_precision
        m.extra, m.village = d.extra, d.village or m.village
        return True
    if m.place.id == d.place.id and m.village is None:
        # "attacks into Belgorod Oblast" told first, then "near A and B in Belgorod Oblast", A and
        # B unknown and put at the region: the region's mention is A's, and B stays apart
        m.village = d.village
    return False


def _absorb_weapon_and_day(m: Draft, d: Draft) -> None:
    """The named weapon or the more precise category of two mentions, and the more precise
    day."""
    if d.weapon and not m.weapon:
        m.weapon, m.category = d.weapon, d.category
    elif not m.category or (m.category == "missile" and not m.weapon and d.category):
        m.category = d.category  # "a missile" in the title, "two ballistic missiles" after
    elif precise_over(m, d):
        m.category = d.category  # "an air strike" in the lede, "a guided bomb" after
    if d.when.explicit and (not m.when.explicit or d.when.precision < m.when.precision):
        m.when = d.when
    elif d.when.worded and not (m.when.explicit or m.when.carried or m.when.worded):
        m.when = d.when  # the body's "over the past day" over a summary's mention with no date


def _whose_word(m: Draft, d: Draft, rival: bool, same_place: bool, took_place: bool) -> None:
    """Whether the merged event is a side's word. A headline yields to its body. In the body, a
    side's figures or account of the very place ("a bomb hit X" in the highlights, "the governor
    said it killed two in X" below) make the event the side's word, unless the side is the
    attacker with a rival version; of two places, the mention whose place the record keeps
    speaks (a milblogger's claim of fighting at Y does not make the report's own "an offensive
    towards X" a claim). The report's own people or an independent body confirm it either way."""
    if m.headline:
        m.attributed, m.headline = d.attributed, d.headline
    elif not d.headline and not rival:
        if same_place:
            m.attributed = m.attributed or d.attributed
        elif took_place:
            m.attributed = d.attributed
    m.confirmed = m.confirmed or d.confirmed
