"""What the text names right after a mention: the region or country of a place ("Odessa,
Texas", "Novoandriivka in the Zaporizhzhia region"), the whole of a defining sentence ("X is a
village in A, B"), and which mentions are such a region right after a town."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from geo.geocode.candidates import Resolution
from geo.geocode.cues import DEFINING, IN_ITS_AREA, in_region_list

REGION_AFTER_CHARS = 3  # ", " or " (" between a place and its region
_ENDS_SENTENCE = re.compile(r"[.!?]\s")  # a full stop between them: no region of the place


def ends_of_mentions(mentions: list[Resolution], text: str) -> list[tuple[re.Match | None, bool]]:
    """Per mention, what :func:`regions_after_names` and :func:`regions_right_after_towns` read
    at its end: the defining sentence that follows it, if any, and else whether it can be a
    region or a country itself (False after a defining sentence: not asked)."""
    out = []
    for m in mentions:
        defining = DEFINING.match(text, m.end)
        # A name that opens a list of regions ("the Zaporizhzhia, Dnipropetrovsk and Kyiv
        # regions") is one of them too, whatever the gazetteer has of it bare.
        area = not defining and (_can_be_area(m) or in_region_list(text, m.end))
        out.append((defining, area))
    return out


def regions_after_names(
    mentions: list[Resolution],
    keys: list[str],
    text: str,
    ends: list[tuple[re.Match | None, bool]] | None = None,
) -> dict[str, list[int]]:
    """For each name, the mentions that name its region or country: anywhere in the sentence
    that defines it ("X is a village in A, B"), or right after one of its mentions ("Odessa,
    Texas", "Novoandriivka in the Zaporizhzhia region") unless it can be a region or country
    itself ("California, Oregon, Idaho" is a list of peers). One name, one place in a text: the
    region after one "Springfield, Ohio" is the region of every other "Springfield" of the
    text too. ``ends``: :func:`ends_of_mentions`, when already read."""
    after_name: dict[str, list[int]] = {key: [] for key in keys}
    by_start = sorted(range(len(mentions)), key=lambda j: mentions[j].start)
    starts = [mentions[j].start for j in by_start]
    for i, (m, (defining, area)) in enumerate(
        zip(mentions, ends or ends_of_mentions(mentions, text), strict=True)
    ):
        if defining:
            reach = defining.end()
        elif area:
            continue
        elif inside := IN_ITS_AREA.match(text, m.end):
            reach = inside.end()
        elif _ENDS_SENTENCE.match(text, m.end):
            continue  # "Sloviansk. Zaporizhzhia oblast — ...": the next sentence's region
        else:
            reach = m.end + REGION_AFTER_CHARS
        # The mentions that start from its end to the reach, in their order.
        after_name[keys[i]] += sorted(
            j
            for j in by_start[bisect_left(starts, m.end) : bisect_right(starts, reach)]
            if keys[j] != keys[i]
        )
    _add_framing_regions(after_name, mentions, keys, text, ends, by_start, starts)
    return after_name


# A sentence that opens on a region sets the scene for the places in it: "In the Odesa
# province, two crew members were injured at a substation near Berezivka".
_FRAME_OPENS = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))\s*In\s+(?:the\s+)?$")
# So does a region the places are then said to be near, or one that heads a list: "fighting
# went on in Kursk Oblast near A and B", "in the Kursk region, near A", "Kursk region: A and B".
_FRAME_LEADS = re.compile(
    r"(?:[\s-]++(?:oblast|region|province|governorate|krai|okrug|district|raion|rayon))?"
    r"\s*+(?::|(?:,\s++|(?<=\s))(?:near|around|outside|close\s+to)\b)",  # (a run read once)
    re.I,
)
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")  # where a sentence (or a line) ends


def _add_framing_regions(
    after_name: dict[str, list[int]],
    mentions: list[Resolution],
    keys: list[str],
    text: str,
    ends: list[tuple[re.Match | None, bool]] | None,
    by_start: list[int],
    starts: list[int],
) -> None:
    """A region called so ("the Odesa province") that opens a sentence after "In", or that the
    places are then said to be near ("in Kursk Oblast near A and B") or that heads a list ("Kursk
    region: A and B"), is the region of the places named after it in that sentence, up to another region called so: it counts
    for them as a region right after their name does."""
    ends = ends or ends_of_mentions(mentions, text)
    for j, m in enumerate(mentions):
        if m.cue != "region" or not (
            _FRAME_OPENS.search(text, max(0, m.start - 12), m.start)
            or _FRAME_LEADS.match(text, m.end)
        ):
            continue
        stop = SENTENCE_END.search(text, m.end)
        reach = stop.start() if stop else len(text)
        for i in by_start[bisect_right(starts, m.end) : bisect_right(starts, reach)]:
            if mentions[i].cue == "region":
                break
            if keys[i] != keys[j] and not ends[i][1] and j not in after_name[keys[i]]:
                after_name[keys[i]].append(j)


def regions_right_after_towns(
    mentions: list[Resolution], text: str, ends: list[tuple[re.Match | None, bool]] | None = None
) -> list[bool]:
    """Per mention, whether it comes right after the name of a town ("Morgantown, W. Va."): that
    town's region, not one the text names for its other towns. Not in a defining sentence ("X is
    a village in A, B", where the region is the article's) nor after a name that can itself be a
    region or country (a list of peers). ``ends``: :func:`ends_of_mentions`, when already read."""
    town_ends = {
        m.end
        for m, (defining, area) in zip(
            mentions, ends or ends_of_mentions(mentions, text), strict=True
        )
        if not defining and not area
    }
    return [
        any(n.start - gap in town_ends for gap in range(1, REGION_AFTER_CHARS + 1))
        and not _ENDS_SENTENCE.search(text, max(0, n.start - REGION_AFTER_CHARS), n.start)
        for n in mentions
    ]


def _can_be_area(m: Resolution) -> bool:
    """Whether a mention can be a region or a country itself (then a name after it is its peer
    in a list, not its region)."""
    return any(c.place.feature in ("admin1", "country") for c in m.candidates)
