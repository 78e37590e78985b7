"""Dates: each sentence's date relative to the report's publication (``geo.extract.publication``);
a day named with its month is ``geo.extract.month_days``'s reading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geo.extract.clause_own_day import attack_clause
from geo.extract.counted_back import days_counted_back
from geo.extract.daytime import DAYTIME, EVE, NIGHT_TOLD, SMALL_HOURS_CLOCK, days_back
from geo.extract.front_day import front_day
from geo.extract.just_done import just_done
from geo.extract.month_days import (
    EXPLICIT_DAY,
    NIGHT_OF,
    NIGHT_OF_MONTH_FIRST,
    day_of_month,
    names_day_of_month,
    of_the_month,
)
from geo.extract.numbers import NUMBER, number
from geo.extract.numeric_days import numeric_day
from geo.extract.pattern_cues import cued
from geo.extract.publication import DAY_MONTH, MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS, Publication
from geo.extract.wording import words
from geo.extract.wounding_days import wounding_day_first


@dataclass(frozen=True, slots=True)
class When:
    """A sentence's date: the day, its precision (1 day, 2 week, 3 month), whether words gave it,
    and whether an earlier sentence of its paragraph gave it (``carried``: weaker than its own,
    yet a day the text names); ``worded``: a span its words give ("over the past day"), no named
    day, yet more than no words at all; ``to_come``: a day named without its year that falls in
    the months after the publication (read as last year's, yet likely still to come)."""

    day: date
    precision: int
    explicit: bool
    carried: bool = False
    worded: bool = False
    to_come: bool = False


_REL_WEEK = cued(words("the previous week", "last week", "the week before", "a week ago"))
_PAST_WEEK = cued(words("the past week"))  # the seven days before the report, not a calendar week
_THIS_WEEK = cued(words("this week", "earlier this week", "in recent days", "in the past few days"))
_LAST_MONTH = cued(words("last month", "the previous month", "a month ago"))
_THIS_MONTH = cued(words("this month", "earlier this month"))
_RECENTLY = cued(words("recently", "lately"))
_YESTERDAY = cued(words("yesterday"))
_TODAY = words(
    "today",
    "this morning",
    "this afternoon",
    "this evening",  # the day of writing, even in a morning report ("the summit opens this evening")
    "tonight",
    "over the day",
    # a statement's own day: "in the past twenty-four hours"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours",
    r"(?:in|over|during)\s+(?:the\s+)?(?:past|last|recent)\s+(?:few\s+|several\s+)?hours",
)
_TODAY = cued(_TODAY)  # (tried only on a text holding a word it needs, as most patterns here are)
_PAST_DAY = cued(words(r"(?:in|over|during)\s+the\s+(?:past|last|previous)\s+day"))
# the small hours the report wakes to ("before dawn"), unless its paragraph named a day
_SMALL_HOURS = words(
    r"(?:at|around|before)\s+(?:dawn|daybreak|first\s+light)",  # (not aftermath's "by dawn")
    r"in the (?:early|small|wee) hours(?! of)",
    r"(?:in\s+the\s+early|early\s+in\s+the)\s+morning(?! of)",
    NIGHT_TOLD.pattern,
    SMALL_HOURS_CLOCK.pattern,
)
_NIGHT = words(
    "overnight", "during the night", "last night", "in the night", "at night", _SMALL_HOURS.pattern
)
# in a morning report, the eve; "in the afternoon" alone may be the day the report has named
_EVENING = cued(words(DAYTIME.pattern, EVE.pattern))  # (tried where its words are)
_WEEKDAY = cued(re.compile(rf"\b(?:on\s+|last\s+)?(?P<wd>{WEEKDAY_RE})\b", re.I))
_MONTH_YEAR = cued(
    words(
        r"(?:(?:in|early|late|mid|during|(?:the\s+)?(?:end|last\s+days|middle|(?:first|second)"
        rf"\s+half)\s+of)\s+|mid-)(?P<mn>{MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)"
    )
)
# a sentence opening on a month without its day or year, over a span of it: "Throughout June",
# "During February", "In mid-April" (not a clause's "where Ukraine retook it in mid-September")
_MONTH_ALONE = re.compile(
    r"^\W*(?:In\s+)?(?:[Tt]hroughout|[Dd]uring|[Aa]ll\s+through|[Ee]arly|[Ll]ate|[Mm]id-?)\s*(?:in\s+)?"
    rf"(?P<mn>(?-i:{'|'.join(m.capitalize() for m in MONTHS if len(m) > 3)}))\b(?!\.?\s*\d)"
)
_SPAN_END = re.compile(
    r"[^.;]{0,40}?\b(?:and|to|until|into)\s+(?:[\w.:]+\s+){0,3}?(?:on\s+)?"
    rf"(?P<wd>{WEEKDAY_RE})\b",
    re.I,
)


_PRESENT = words(r"(is|are|am)\s+(also\s+)?\w+ing", "meets|meet|takes place|is taking place")
_SAYS = words("says|say|claims")


_SPOKEN_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|added|stated|wrote|confirmed)\s+"
    rf"(?:on\s+)?(?:{WEEKDAY_RE}|yesterday|today)\b",
    re.I,
)


# "Footage geolocated on 9 June shows ...": the day the footage appeared dates that sentence's
# event only; "Ground fighting is taking place near X": under way as the report is written.
_OWN_DAY_ONLY = re.compile(
    r"\b(?:footage|imagery|images|video|photos?)\s+(?:geolocated|published|posted)\s+on\b|"
    r"\bgeolocated\s+on\b",
    re.I,
)


def names_night_or_today(title: str) -> bool:
    """Whether a line names a night by its days ("the night of 6 to 7 March") or the day itself
    ("over the day"): a title saying so dates the whole report (``title_days``)."""
    return any(p.search(title) for p in (NIGHT_OF, NIGHT_OF_MONTH_FIRST, _TODAY))


def carries(sentence: str) -> bool:
    """Whether the day a sentence gives may date the undated sentences after it."""
    return not _OWN_DAY_ONLY.search(sentence)


# "The army had previously struck an air base near X": told as before the day the paragraph is
# about, so that day is not the event's (the report's own default, or a day it names, is).
_BEFORE = re.compile(r"\bhad\s+(?:previously|earlier|already)\b|\bpreviously\b", re.I)


# "On the same day", "later that same day", "the same night": the day of the sentence before
_SAME_DAY = re.compile(r"\b(?:the|that)\s+same\s+(?:day|night|evening|morning|afternoon)\b", re.I)


def same_day(sentence: str) -> bool:
    """Whether a sentence says its day is the one told just before it."""
    return bool(_SAME_DAY.search(sentence))


def told_as_before(sentence: str) -> bool:
    """Whether a sentence tells of something before the day its paragraph is about."""
    return bool(_BEFORE.search(sentence))


def ongoing(sentence: str) -> bool:
    """Whether the sentence tells of something under way (present tense): the report's day."""
    return bool(_PRESENT.search(sentence))


def spoken_on(sentence: str) -> bool:
    """Whether the sentence's day is only when someone spoke ("the UN said on Tuesday")."""
    return bool(_SPOKEN_ON.search(sentence))


# "ODESA, March 8 (Newswire) -", "MOSCOW, November 13. /Agency/.": wire copy (an agency named), its
# day the publication's. Not the splitter of pastes' (geo.extract.pasted_reports says why two).
DATELINE = re.compile(  # (the place may be left out: "Sept 7 (Corvid Wire) - ")
    r"(?m)^(?:[A-Z][A-Z .'-]+(?:, [A-Za-z .]+)?, )?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)"
    r"(?: \([^)]+\) [-–—]|\. /[^/\n]{1,20}/\.)"
)


# Days of something earlier the sentence refers back to: "after Russian units crossed the border
# on May 10", "since Ukraine's renewed push of January 5", "a village retaken by Ukrainian forces
# on July 27", "the town that fell last month": background, not the day of the sentence's own
# event.
_BACKGROUND = re.compile(
    r"\b(?:after|since|following)\s+[^,;.]{0,80}|"
    r",\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:village|town|city|settlement)\s+(?:that\s+)?"
    r"(?:was\s+|had\s+been\s+)?(?:retaken|recaptured|captured|taken|liberated|seized|lost|"
    r"abandoned|fell|had\s+fallen)\b[^,;.]{0,60}",
    re.I,
)


# A weekday a span or a plan runs to ("a truce until the end of Saturday", "classes online until
# Friday", "next Sunday's parade"): ahead of the report, no day of its events.
_AHEAD = re.compile(
    rf"\b(?:until|till|next)\s+(?:the\s+(?:end|morning|evening)\s+of\s+)?(?:{WEEKDAY_RE})\b", re.I
)
_SPAN_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?)\s+$", re.I)


def _unless_undated(m: re.Match) -> str:
    """A background clause blanked when it names a day, a week or a month of its own ("after ...
    on May 10", "the town that fell last month"), kept when it names none ("after an overnight
    drone raid" dates the headline's event)."""
    clause = m.group(0)
    # "a week after the leaders met in Rome on 3 February": the clause is the event itself; so
    # is "since the missile strike on X on 4 December" in a sentence telling nothing else
    timed = bool(_SPAN_BEFORE.search(m.string[: m.start()]))
    timed = timed or attack_clause(clause, m.string, m.start(), m.end())
    dated = (*EXPLICIT_DAY, _MONTH_YEAR, _MONTH_ALONE, _REL_WEEK, _PAST_WEEK, _LAST_MONTH)
    return " " if not timed and any(p.search(clause) for p in dated) else clause


# "in the six hours from 23:00 on Sunday", "over three hours starting at 22:00 on Monday": a
# count of hours from a clock that runs past midnight ends on the next day
_HOURS_FROM = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{NUMBER})\s+hours\s+(?:from|since|starting\s+at|after)\s+"
    r"(?P<h>\d{1,2})[:.]\d\d\s+(?:\([^)]{0,20}\)\s+)?(?:on\s+)?$",
    re.I,
)


def _hours_past_midnight(before: str) -> bool:
    """Whether the text before a weekday counts hours from a clock that runs past midnight."""
    m = _HOURS_FROM.search(before)
    n = m and number(m.group("n"))
    return bool(m and n and int(m.group("h")) + n >= 24)


def _event_weekday(sentence: str) -> re.Match | None:
    """The sentence's first weekday, passing over the day someone spoke when another weekday
    follows: "the port authority said on Wednesday that Monday's missile attack ..." is Monday."""
    found = list(_WEEKDAY.finditer(sentence))
    if len(found) > 1 and any(
        s.end() == found[0].end() for s in _SPOKEN_ON.finditer(sentence, 0, found[0].end())
    ):
        return found[1]
    return found[0] if found else None


# A dateline without its agency, "MOSCOW, Dec 2 — ", "KHARKIV, Ukraine, March 4 — ": the day
# the story was filed, yielding to a day the sentence names after it ("late on Monday")
_BARE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’ .-]{1,40}(?:,\s*[A-Z][\w'’ .-]{1,30})?,\s+"
    rf"(?i:{DAY_MONTH})(?:,?\s+\d{{4}})?\s*[-–—]\s"
)


def date_in(sentence: str, pub: Publication) -> When | None:
    """The date a sentence gives, relative to the publication date, or None."""
    if (bare := _BARE_DATELINE.match(sentence)) and not DATELINE.match(sentence):
        own = _date_in(sentence[bare.end() :], pub)
        if own is not None and own.explicit:
            return own
    return _date_in(sentence, pub)


def _date_in(sentence: str, pub: Publication) -> When | None:
    p = pub.day
    head = DATELINE.match(sentence)
    sentence = sentence[head.end() :] if head else sentence
    sentence = _AHEAD.sub(" ", _BACKGROUND.sub(_unless_undated, sentence))
    sentence = wounding_day_first(sentence, (*EXPLICIT_DAY, _WEEKDAY))  # "died ... of wounds"
    if named := day_of_month(sentence, p):
        return When(named[0], 1, True, to_come=named[1])
    if numeric := numeric_day(sentence, p):  # "02.06.2025", "Sat 04.10"
        return When(numeric, 1, True)
    if m := _MONTH_YEAR.search(sentence):  # "In December 2022": month precision
        return When(date(int(m.group("y")), MONTHS[m.group("mn").lower()], 1), 3, True)
    if m := _MONTH_ALONE.search(sentence):  # "Throughout June": the last such month
        month = MONTHS[m.group("mn").lower()]
        return When(date(p.year - (month > p.month), month, 1), 3, True)
    if m := _event_weekday(sentence):
        # "between late on Monday and 7 a.m. on Tuesday", "the night of Monday to Tuesday": a
        # span is dated by its end
        span = re.search(
            r"\b(?:between|from|night\s+of)\s+(?:\w+\s+){0,3}$", sentence[: m.start()], re.I
        )
        # "Saturday night into Sunday": the night ends on the second day
        night = re.match(r"\s+night\s+(?:into|to)\b", sentence[m.end() :], re.I)
        later = _SPAN_END.match(sentence, m.end()) if span or night else None
        m = later or m
        back = (p.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
        if not later and back and _hours_past_midnight(sentence[: m.start()]):
            back -= 1  # "in the six hours from 23:00 on Sunday": the night into Monday
        return When(of_the_month(sentence, m.end(), p - timedelta(days=back)), 1, True)
    if counted := days_counted_back(sentence, p):  # "three days ago", "at the weekend"
        return When(*counted, True)
    if m := _YESTERDAY.search(sentence):  # "from yesterday evening until this morning": its end
        return When(p - timedelta(days=days_back(sentence, m.end())), 1, True)
    if _REL_WEEK.search(sentence):
        return When(p - timedelta(days=p.weekday() + 7), 2, True)
    if _PAST_WEEK.search(sentence):  # the calendar week holding most of those seven days
        return When(p - timedelta(days=4), 2, True)
    if _THIS_WEEK.search(sentence):
        return When(p - timedelta(days=p.weekday()), 2, True)
    if _LAST_MONTH.search(sentence):  # the first of the month before
        return When((p.replace(day=1) - timedelta(days=1)).replace(day=1), 3, True)
    if _THIS_MONTH.search(sentence):
        return When(p.replace(day=1), 3, True)
    if _EVENING.search(sentence):
        return When(p - timedelta(days=1) if pub.morning else p, 1, True)
    if _NIGHT.search(sentence) or _TODAY.search(sentence):
        return When(p, 1, True)
    if _PAST_DAY.search(sentence) and not (pub.clock and pub.morning and front_day(sentence)):
        # a side's "over the past day" is the day of its statement, a morning one's too; a
        # general staff's front-wide tally out before noon counts the day before (left to the
        # default); a span, not a named day, so it yields to one ("yesterday at 19:00")
        return When(p, 1, False, worded=True)
    if _RECENTLY.search(sentence):
        return When(p - timedelta(days=1), 2, True)
    return None


def past_day_of_morning(sentence: str, pub: Publication) -> When | None:
    """The day a report stamped before noon means by a front-wide tally's "over the past day":
    the day before its own (its lead's day for the undated items of a general staff's update)."""
    if pub.clock and pub.morning and _PAST_DAY.search(sentence) and front_day(sentence):
        return When(pub.day - timedelta(days=1), 1, False, worded=True)
    return None


def small_hours(sentence: str) -> bool:
    """Whether the sentence's only date words are the small hours' ("before dawn")."""
    return bool(_SMALL_HOURS.search(sentence)) and of_the_night(sentence)


def of_the_night(sentence: str) -> bool:
    """Whether the sentence's only date words are the night's or the day's ("overnight", "this
    morning", "in the evening"): no day or date of its own."""
    if not (_NIGHT.search(sentence) or _TODAY.search(sentence) or _EVENING.search(sentence)):
        return False
    return not (
        _WEEKDAY.search(sentence) or _YESTERDAY.search(sentence) or names_day_of_month(sentence)
    )


def day_heading(sentence: str, pub: Publication) -> When | None:
    """The day a short heading line gives its item ("Sunday.", "Saturday evening.", "Also
    Saturday night."): the night and the evening its item tells of are that day's."""
    if len(sentence.split()) > 4:
        return None
    when = date_in(sentence, pub)
    return when if when is not None and when.precision == 1 and not of_the_night(sentence) else None


def default_date(
    sentence: str,
    pub: Publication,
    title: When | None = None,
    bulletin: bool = False,
    lead: When | None = None,
) -> When:
    """No date words: the date the report's title gives for the whole report (``title``), if
    any; else the publication day for present tense ("fighting is under way", "the governor
    says ...", "drones have hit ...") or a side's own same-day bulletin (``bulletin``: a ministry's statement, an air
    force's tally), unless its lead is a morning update's "over the past day"; else the day the
    report's lead names (``lead``); else the day before."""
    if title is not None and past_day_of_morning(sentence, pub) is None:
        # (a morning report's "over the past day" has words of its own: the day before)
        return When(title.day, title.precision, False)
    if bulletin and lead is not None and lead.worded and not ongoing(sentence):
        return When(lead.day, 1, False)  # a morning update's "over the past day": the day before
    if bulletin or ongoing(sentence) or _SAYS.search(sentence) or just_done(sentence):
        return When(pub.day, 1, False)
    if lead is not None:
        return When(lead.day, 1, False)
    return When(pub.day - timedelta(days=1), 1, False)


def window(w: When) -> tuple[date, date]:
    """The first and last day a date of this precision covers."""
    if w.precision == 1:
        return w.day, w.day
    if w.precision == 2:
        start = w.day - timedelta(days=w.day.weekday())
        return start, start + timedelta(days=6)
    start = w.day.replace(day=1)
    nxt = (start + timedelta(days=32)).replace(day=1)
    return start, nxt - timedelta(days=1)


def dates_agree(a: When, b: When) -> bool:
    """Two dates can be one event's: either is only the report's default, or their windows
    overlap. A day carried from an earlier sentence is named by the text: "* 28 August - 598
    drones. 23 were killed in Kyiv" is not the Kyiv strike of the night the report is about."""
    if not ((a.explicit or a.carried) and (b.explicit or b.carried)):
        return True
    (s1, e1), (s2, e2) = window(a), window(b)
    return s1 <= e2 and s2 <= e1


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_NIGHT, _OWN_DAY_ONLY, _MONTH_ALONE, _PRESENT = (
    cued(_NIGHT),
    cued(_OWN_DAY_ONLY),
    cued(_MONTH_ALONE),
    cued(_PRESENT),
)
