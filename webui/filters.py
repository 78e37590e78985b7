"""Sidebar filters kept in the URL (``st.query_params``) so a filtered view can be shared.

At open the sidebar shows what the filters keep in one line of text, and the filter widgets in a
folded box drawn only once opened: Streamlit's select and date widgets are most of what a
browser loads for the Map page (README, "page open"). The choice, from the address or from the
widgets, applies whether the box is open or not."""

from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

import geopandas as gpd
import streamlit as st

from geo import claimants, region_menu
from geo.filtering import EventIndex, Filters
from geo.long_text import unsteered
from geo.sides import SIDES
from geo.vocabulary import EVENT_TYPES, VERIFICATION, quoted, unknown_notice
from geo.words import counted
from webui import link_limits, near_filter, typed_dates
from webui.filter_words import named_options, unknown_words, weapon_label, weapon_options
from webui.text import literal, whole_date_range


class _Filter(NamedTuple):
    """A list filter, written once: in the link, in the page's state, its word in a notice and
    in the summary line, the box's label and what an empty box keeps, the Filters field."""

    param: str
    key: str
    word: str
    part: str
    label: str
    empty: str
    field: str


_FILTERS = (
    _Filter("weapon", "f_weapon", "weapon", "weapon", "Weapon", "All weapons", "weapons"),
    _Filter("type", "f_type", "event type", "type", "Event type", "All types", "types"),
    _Filter(
        "verification", "f_verification", "status", "status", "Status", "Any status", "verification"
    ),
    _Filter("region", "f_region", "region", "region", "Region", "All regions", "regions"),
    _Filter("side", "f_side", "side", "side", "Side of the line", "Any side", "sides"),
    _Filter(
        "claimed_by", "f_claimed_by", "claimant", "claimed by", "Claimed by", "Anyone", "claimants"
    ),
)
_KEYS = {f.param: f.key for f in _FILTERS}
_WORDS = {f.param: f.word for f in _FILTERS}
OPEN_KEY = "filters_open"
# The widgets' values outlive a folded box: not drawn, they are kept while the reader stays on
# the page (Streamlit forgets the value of a widget not drawn in a run unless told to keep it).
_KEEP: Final = "page"


def _from_url(param: str, allowed: list[str]) -> list[str]:
    return named_options(param, st.query_params.get_all(param), allowed)


def _unknown_in_url(param: str, allowed: list[str]) -> str | None:
    """The line naming the link's ``param`` words that name no option (they are left out), or
    the known systems it names that no event has (kept: the map shows none)."""
    words = st.query_params.get_all(param)
    unknown = unknown_words(param, words, allowed)
    # (a claimant's word is kept as typed when a claimant holds it: geo.claimants)
    absent = (
        [f for f in named_options(param, words, allowed) if f not in allowed]
        if param == "weapon"
        else []
    )
    lines = []
    if absent:
        lines.append(f"No event names {', '.join(absent)}: the link's weapon filter shows none.")
    if unknown and (found := unknown_notice(_WORDS[param], unknown, allowed)):
        lines.append(
            f"The link's {found} is left out (no option is spelt so): choose one in the sidebar's Filters box."
        )
    return " ".join(lines) or None


def url_notices() -> list[str]:
    """Lines naming what the page's link asked for that is unknown (a typo in a shared link),
    while that filter is still the link's: once the reader changes it, the link no longer speaks."""
    state = st.session_state
    words = [
        n
        for key in _KEYS.values()
        if (n := state.get(f"{key}_unknown"))
        and list(state.get(key, [])) == state.get(f"{key}_link")
    ]
    days_kept = tuple(state.get("f_dates", ())) == tuple(state.get("f_dates_link", ()))
    days: str | None = state.get("f_dates_unknown") if days_kept else None
    # the words that are no filter belong to no one filter: named while the page is the link's
    kept = days_kept and all(
        list(state.get(k, [])) == state.get(f"{k}_link") for k in _KEYS.values()
    )
    strange: str | None = state.get("f_link_unknown") if kept else None
    sample = None if state.get("f_sample_chosen") else state.get("f_sample_unknown")
    return [n for n in (*words, days, strange, sample, *near_filter.notices()) if n]


# The words a link may give its days by: ``?from=...&to=...`` and ``?date=...`` (one day) were
# dropped without a word and the page showed every event as if filtered (newuser34).
_DAY_WORDS = {"since": ("since", "from", "start", "date"), "until": ("until", "to", "end", "date")}
_LINK_WORDS = {
    *_KEYS,
    *_DAY_WORDS["since"],
    *_DAY_WORDS["until"],
    "sample",
    *near_filter.LINK_WORDS,
}


def _link_day(param: str) -> str | None:
    """The link's day for ``param`` ("since", "until"), by its name or another it may go by."""
    return next((st.query_params[w] for w in _DAY_WORDS[param] if w in st.query_params), None)


def _unknown_words() -> str | None:
    """The line naming the link's words that are no filter (``?weapn=``), which are left out."""
    asked = [w for w in st.query_params if w not in _LINK_WORDS]
    found = unknown_notice("filter", asked, sorted(_LINK_WORDS))
    one_day = set(_DAY_WORDS["since"]) & set(_DAY_WORDS["until"])  # "date": both ends at once
    ends = [
        f"{w} (or {', '.join(a for a in others if a not in one_day)})"
        for w, *others in _DAY_WORDS.values()
    ]
    takes = ", ".join([*_KEYS, *ends, *sorted(one_day), "sample", *near_filter.LINK_WORDS])
    return f"The link's {found} is left out: the address takes {takes}." if found else None


def _date_from_url(param: str, fallback: date) -> tuple[date, str | None]:
    """The link's ``param`` day, or ``fallback`` and the words saying the link's value is none."""
    raw = _link_day(param)
    if raw is None:
        return fallback, None
    try:
        return date.fromisoformat(raw), None
    except ValueError:
        return fallback, f"{param} {quoted(raw)}"


def _link_range(start: date, end: date, given: tuple[bool, bool]) -> tuple[date, date]:
    """The dates a link keeps: both its days in order (a link may give them swapped); one day
    alone beyond the data's (``end`` or ``start`` the data's last or first) keeps that day only,
    no event: ``?since=`` a day after the last event showed the last day's events, the data's
    last day taken as the end and the two swapped (newuser32)."""
    if start <= end:
        return start, end
    if all(given) or not any(given):
        return end, start
    return (start, start) if given[0] else (end, end)


def _options(frame: gpd.GeoDataFrame) -> dict[str, list[str]]:
    return {
        "weapon": weapon_options(frame),
        "type": list(EVENT_TYPES),
        "verification": list(VERIFICATION),
        "region": region_menu.menu(frame["admin1"]) if "admin1" in frame else [],
        "side": list(SIDES),
        "claimed_by": claimants.menu(frame["claimed_by"]) if "claimed_by" in frame else [],
    }


def _date_span(frame: gpd.GeoDataFrame) -> tuple[date, date]:
    """The first and last day of the data (today if it has none); read once per run, by
    :func:`chosen`, which keeps it for the other parts of the run."""
    dates = [str(d) for d in frame["event_date"].dropna().unique()]  # categories have no order
    if not dates:
        return date.today(), date.today()
    return date.fromisoformat(min(dates)), date.fromisoformat(max(dates))


def _data_dates(frame: gpd.GeoDataFrame) -> tuple[date, date]:
    """The data's first and last day as :func:`chosen` found them in this run."""
    return st.session_state.get("f_dates_all") or _date_span(frame)


def _has_sides(frame: gpd.GeoDataFrame) -> bool:
    """Whether the store has context layers, so that events have a side of the line."""
    return "side_of_line" in frame and bool(frame["side_of_line"].notna().any())


SAMPLE_KEY = "f_sample"
_SAMPLE_WORDS = {"show": True, "hide": False}


def _sample(index: EventIndex | None) -> bool:
    """Whether the sample (the reference report's events) is shown: as the link or the reader
    asked, else only while the store holds no event of the reader's own, following the store
    as it grows until the reader chooses."""
    state = st.session_state
    if index is None or not index.sample.any():
        state["f_sample_count"] = 0
        return True
    state["f_sample_count"] = int(index.sample.sum())
    default = not index.has_own
    if SAMPLE_KEY not in state:
        raw = str(st.query_params.get("sample", "")).strip()
        asked = _SAMPLE_WORDS.get(raw.lower())
        state[SAMPLE_KEY] = default if asked is None else asked
        state["f_sample_chosen"] = asked is not None
        # ?sample=yes was left out without a word, the sample shown or not by default (attack39b)
        bad = f"The link's sample {quoted(raw)} is left out: the address takes sample=show or hide."
        state["f_sample_unknown"] = bad if raw and asked is None else None
    elif not state.get("f_sample_chosen"):
        state[SAMPLE_KEY] = default
    state["f_sample_default"] = default
    return bool(state[SAMPLE_KEY])


def _hidden_sample(chosen: Filters) -> int:
    """How many of the sample's events the filters leave out: all of them when it is hidden."""
    return 0 if chosen.sample else st.session_state.get("f_sample_count", 0)


def sample_words(chosen: Filters) -> str:
    """What the Map page's line says of the sample: "" when it is shown or there is none."""
    hidden = _hidden_sample(chosen)
    if not hidden:
        return ""
    return (
        f" · the sample ({counted(hidden, 'reference event')}) is left out, here and in the "
        'downloads: "Show the sample" in the Filters box brings it back'
    )


def listed(frame: gpd.GeoDataFrame, index: EventIndex, chosen: Filters) -> gpd.GeoDataFrame:
    """The events a reader chooses among: without the sample's while it is hidden ("16 of 28
    match the filters" counted the 12 it hides, and the Weapon box listed weapons only it has)."""
    if chosen.sample or not index.sample.any():
        return frame
    return frame[~index.sample]


def _sample_chosen() -> None:
    st.session_state["f_sample_chosen"] = True


def chosen(frame: gpd.GeoDataFrame, index: EventIndex | None = None) -> Filters:
    """The filters chosen, without drawing them: the widgets' values (seeded from the URL on the
    first run). The page can draw the map first and the filters after it (:func:`sidebar`), so
    that the map's element reaches the browser before the widgets' scripts are asked for. With
    the frame's ``index``, the sample setting too (:func:`_sample`)."""
    options = _options(frame)
    sample = _sample(index)
    # the dates of the events there are to show: a hidden sample's earlier days are none of them
    shown = frame if sample or index is None or not index.has_own else frame[~index.sample]
    first, last = _date_span(shown)
    for param, key in _KEYS.items():
        if key not in st.session_state:
            st.session_state[key] = _from_url(param, options[param])
            st.session_state[f"{key}_unknown"] = _unknown_in_url(param, options[param])
            st.session_state[f"{key}_link"] = list(st.session_state[key])
    if "f_dates" not in st.session_state:
        (start, bad_start), (end, bad_end) = (
            _date_from_url("since", first),
            _date_from_url("until", last),
        )
        st.session_state["f_dates"] = st.session_state["f_dates_link"] = _link_range(
            start, end, given=(_link_day("since") is not None, _link_day("until") is not None)
        )
        bad = " and ".join(b for b in (bad_start, bad_end) if b)
        words = f"The link's {bad} is not a day as YYYY-MM-DD: left out." if bad else None
        st.session_state["f_dates_unknown"] = words
        st.session_state["f_link_unknown"] = link_limits.said() or _unknown_words()
    elif tuple(st.session_state["f_dates"]) == st.session_state.get("f_dates_all"):
        st.session_state["f_dates"] = (first, last)  # untouched: follow the data as it grows
    st.session_state["f_dates_all"] = (first, last)
    picked = st.session_state["f_dates"]
    since: date | None = None
    until: date | None = None
    if isinstance(picked, list | tuple) and picked:  # one day while a range is being picked
        since, until = picked[0], picked[-1]
    lists = {f.field: tuple(st.session_state[f.key]) for f in _FILTERS}
    return Filters(
        **lists | {"sides": lists["sides"] if _has_sides(frame) else ()},
        since=since,
        until=until,
        sample=sample,
        near=near_filter.chosen(),
    )


def named(frame: gpd.GeoDataFrame, chosen: Filters) -> list[str]:
    """What the filters ``chosen`` keep, a part each ("weapon ATACMS", "2024-03-01 to
    2024-03-09"); the dates only when they narrow the data's."""
    asked = ((f.part, getattr(chosen, f.field)) for f in _FILTERS)
    parts = [f"{name} {', '.join(values)}" for name, values in asked if values]
    parts += [near] if chosen.near and (near := near_filter.part()) else []
    first, last = _data_dates(frame)
    since, until = chosen.since or first, chosen.until or last
    if (since, until) != (first, last):
        parts.append(str(since) if since == until else f"{since} to {until}")
    return parts


def summary(frame: gpd.GeoDataFrame, chosen: Filters) -> str:
    """The filters ``chosen`` in one line ("Filters: weapon ATACMS · type strike · 2024-03-01 to
    2024-03-09"), or "No filters: all N events"."""
    parts = named(frame, chosen)
    hidden = _hidden_sample(chosen)
    if hidden:
        parts.append(f"without the sample ({counted(hidden, 'reference event')})")
    if not parts:
        return "No filters: " + ("all " if len(frame) > 1 else "") + counted(len(frame), "event")
    return "Filters: " + " · ".join(parts)


# The other filters' boxes (their labels and placeholders in _FILTERS). Region names each
# first-level region once whatever its spelling ("Kherson" takes UCDP's "Kherson oblast"): one
# oblast's events could be had by no filter (newuser35).
_BOXES = _FILTERS[1:]
# Who claims: a claimant of the list, or words typed (Enter adds them) that keep every claimant
# holding them ("Telegram", "Ministry of Defence").
_CLAIMANT_HELP: Final = (
    "Who says so: choose a claimant, or type words of one and press Enter "
    '("Telegram" keeps every claimant whose name holds the word, in any case).'
)


def _widgets(frame: gpd.GeoDataFrame) -> None:
    """The filter widgets, their values :func:`chosen`'s."""
    options = _options(frame)
    picked = st.session_state.get("f_weapon", [])  # (one the sample alone has, while it is hidden)
    weapon = _FILTERS[0]
    st.multiselect(
        weapon.label,
        [*options["weapon"], *(w for w in picked if w not in options["weapon"])],
        key=weapon.key,
        placeholder=weapon.empty,
        format_func=weapon_label,
        help="A system, or a kind of weapon with its sub-kinds: drone takes in naval drones, "
        "missile every missile (ballistic, cruise, air defence), artillery rocket artillery.",
        persist_state=_KEEP,
    )
    for box in _BOXES:
        if box.param != "side" or _has_sides(frame):
            picked = st.session_state.get(box.key, [])  # (a region only the sample has)
            allowed = [*options[box.param], *(p for p in picked if p not in options[box.param])]
            # (a region's name comes from imported files: shown without direction overrides, as
            # the Weapon box shows an imported weapon)
            st.multiselect(
                box.label,
                allowed,
                key=box.key,
                placeholder=box.empty,
                format_func=unsteered,
                persist_state=_KEEP,
                accept_new_options=box.param == "claimed_by",
                help=_CLAIMANT_HELP if box.param == "claimed_by" else None,
            )
    if st.session_state.get("f_sample_count"):
        st.checkbox(
            "Show the sample",
            key=SAMPLE_KEY,
            on_change=_sample_chosen,
            persist_state=_KEEP,
            help=f"The reference report's {st.session_state['f_sample_count']} events, which every "
            "store starts with. Shown until the store holds events of your own; the map, the "
            "table and every download follow this box.",
        )
    st.date_input(
        "Dates",
        key="f_dates",
        format="YYYY-MM-DD",
        help="Pick the first and last day, or type them: a typed day applies a moment after "
        "its last digit.",
        persist_state=_KEEP,
    )
    near_filter.widgets()
    whole_date_range()
    typed_dates.apply_as_typed()


def sidebar(frame: gpd.GeoDataFrame, chosen: Filters) -> None:
    """The filters in the sidebar: a line saying what they keep, the widgets in a folded box
    (drawn once opened; opening it reruns the page), and the choice written back to the URL."""
    st.sidebar.markdown(literal(summary(frame, chosen)))
    with st.sidebar.expander("Filters", key=OPEN_KEY, on_change="rerun") as box:
        if box.open:
            _widgets(frame)
    first, last = _data_dates(frame)
    params: dict[str, list[str] | str] = {
        p: st.session_state[k] for p, k in _KEYS.items() if st.session_state[k]
    }
    if chosen.since and chosen.since != first:
        params["since"] = chosen.since.isoformat()
    if chosen.until and chosen.until != last:
        params["until"] = chosen.until.isoformat()
    params |= near_filter.params()
    if st.session_state.get("f_sample_chosen") or st.query_params.get("sample"):
        params["sample"] = "show" if chosen.sample else "hide"
    st.query_params.from_dict(params)
