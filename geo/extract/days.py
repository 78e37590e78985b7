"""The day each sentence of a report tells of: its own words (in a live blog, read from the day
of the last day line above it), else what it carries from its paragraph, its bullet, that day
line ("12 May" over "22:15") or (in wire copy) the sentence before, else the day the report's
title or lead gives its story, a side's same-day bulletin, or the day before publication."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from geo.extract import dates as dt
from geo.extract.asked import Asked
from geo.extract.dates import Publication, When, date_in, default_date
from geo.extract.day_lines import DayLines
from geo.extract.day_of_writing import evening_story
from geo.extract.daytime import NIGHTLY, DaysTold, daytime_alone, names_a_day
from geo.extract.hours_later import LateEvenings
from geo.extract.layout import (
    lead_sentence,
    lead_when,
    line_start,
    new_story,
    on_bullet,
    stamp_hours,
    stamped,
    title_when,
)
from geo.extract.line_weekdays import line_weekday
from geo.extract.log_lines import ClockLog, own_line_day
from geo.extract.month_days import names_day_of_month
from geo.extract.night_clock import eve_by_clock
from geo.extract.night_of_named_day import night_of_the_day
from geo.extract.night_raid import morning_after_night, of_the_raid, raid_arms
from geo.extract.publication import MONTH_RE, MONTHS
from geo.extract.section_days import SectionDays
from geo.extract.sentences import Sentence, is_headline, opens_line
from geo.extract.story_days import story_day
from geo.extract.told_years import ToldYears
from geo.extract.transcripts import speaker_at, turns
from geo.extract.utc_stamps import kyiv_day, late_utc_entries

if TYPE_CHECKING:
    from geo.extract.blocks import Blocks


class Days:
    """Reads the sentences in order and keeps the days they carry forward."""

    def __init__(self, text: str, pub: Publication, live_blog: bool, blocks: Blocks) -> None:
        self.text, self.pub, self.blocks = text, pub, blocks
        self.para: dict[int, When] = {}
        self.bullet: dict[int, When] = {}  # by the start of the bullet's line
        self.item: dict[int, When] = {}  # a paragraph's heading day ("Sunday.")
        self.story: When | None = None
        self.told_last: When | None = None  # the last day told, for "on the same day"
        self.story_on_bullet = False
        self.aside: int | None = None  # the paragraph of an aside reaching back ("Earlier, ...")
        self.wire = bool(dt.DATELINE.search(text))
        self.stamps = stamp_hours(text) if live_blog else []
        self.clock_log = ClockLog(text, pub.day)  # a log's lines opening with a clock
        self.utc_late = late_utc_entries(text, self.stamps, pub)  # "22:40 GMT": Kyiv's next day
        # "12 May" over a live blog's "22:15"; a digest's "Sunday, 1 June" over its section
        self.day_lines = DayLines(text, pub, None if live_blog else blocks.header)
        self.title: When | None = None
        self.night_title = False  # the title names a night ("Night of 1 to 2 December")
        self.month_year: tuple[int, int] | None = None
        self.lead: When | None = None
        self.told = DaysTold()  # the days the body names, for its "in the afternoon"
        self.raid: frozenset[str] = frozenset()  # the arms of the lead's night raid
        self.morning_raid = False  # a morning report's lead tells of the night just ended
        self.turns = turns(text)  # a transcript's turns: its speakers tell the day they speak
        self.asked = Asked(text)  # a transcript's questions: "What happened in X on Tuesday?"
        self.asked_days: dict[int, When] = {}  # the day a question names, by its answer's start
        self.late = LateEvenings()  # "late on Sunday ... Hours later, ...": the night after
        self.years = ToldYears(text)  # "The summer of 2023 ... On 22 June": that year's
        self.sections = SectionDays(text, pub)  # "On repairs after the drone attack of 6 December"

    def read_heads(self, sentences: list[Sentence]) -> None:
        """The days the title and the lead give the whole report, and the month and year a
        title names ("Kharkiv: shelling in April 2024")."""
        self.title = title_when(self.text, sentences, self.pub)
        self.lead = lead_when(self.text, sentences, self.pub)
        lead = lead_sentence(self.text, sentences)
        self.raid = raid_arms(lead.text if lead else None, self.pub)
        self.morning_raid = morning_after_night(lead.text if lead else None, self.pub)
        titles = [s.text for s in sentences[:3] if s.paragraph <= 3 and is_headline(self.text, s)]
        m = next((m for t in titles if (m := _TITLE_MONTH.search(t))), None)
        if self.title and self.title.precision == 1 and all(map(names_a_day, titles)):
            self.told.last = self.title.day  # "Evening summary for 12.02.2025": that day's end
        self.month_year = (int(m.group("y")), MONTHS[m.group("mn").lower()]) if m else None
        # "Night of 1 to 2 December: what we know": its items' evening clocks are the 1st's
        self.night_title = bool(self.title and any(NIGHTLY.search(t) for t in titles))

    def _of_its_year(self, when: When, s: Sentence) -> When:
        """A day the sentence names without its year: of the year of the month the title names,
        or of the year its paragraph told before it ("The summer of 2023 ... On 22 June")."""
        if self.month_year and when.day.month == self.month_year[1]:
            return _of_the_titles_year(when, s.text, self.month_year[0])
        if when.precision == 1 and names_day_of_month(s.text):
            if (year := self.years.year_of(s.start, when.day, self.pub.day)) is not None:
                return _of_the_titles_year(when, s.text, year)
        return when

    def of(self, s: Sentence) -> When | None:
        """The sentence's day, its own or carried; None when it has neither."""
        day_line = self.day_lines.over(s.start) if self.day_lines else None
        base = self._stamped(s.start)
        if day_line and day_line.precision == 1 and day_line.day < base.day:  # under "12 May"
            base = dataclasses.replace(base, day=day_line.day)
        when = self._own_day(s, base)
        head = None if s.paragraph in self.para else self._headed(s.paragraph, self.para)
        if when and head and head.precision == 1:
            # under "MAY 25 - KHARKIV", "on a busy Saturday afternoon" and "late in the
            # evening" are that day's, not the ones before the report came out
            when = own_line_day(when, date_in(s.text, Publication(head.day, False)), head)
        heading_day = dt.day_heading(s.text, self.pub)
        if heading_day is not None:
            self.item[s.paragraph] = heading_day
        elif when and (item := self._headed(s.paragraph, self.item)) and dt.of_the_night(s.text):
            when = item  # "Sunday. ... a large overnight raid": Sunday's
        elif when and daytime_alone(s.text) and dt.of_the_night(s.text):
            # "Early on Tuesday ... In the evening, bombs hit Kharkiv": Tuesday's evening
            told = self.told.of_daytime(s.paragraph, base.day, base.clock)
            when = When(told, 1, True) if told else when
        elif when and (day := self.para.get(s.paragraph)) and day.precision == 1:
            when = self._in_named_day(s, when, day)
        if when and when.explicit and when.precision == 1 and self._body(s) and names_a_day(s.text):
            self.told.tell(s.paragraph, when.day)
        when = self.late.day_of(s.text, when)  # "late on Sunday ... Hours later": the night after
        # "On Tuesday ... The next morning ...": the story's day, moved as the sentence says
        when = when or story_day(s.text, self.told_last)
        if when and dt.carries(s.text):
            self.para[s.paragraph] = when
            if on_bullet(self.text, s):
                self.bullet[line_start(self.text, s)] = when
        elif not when and not dt.ongoing(s.text):
            # Carried over from an earlier sentence (in wire copy, from the one before; not from
            # a list's last bullet, nor into "Separately, ..."): weaker than a date of its own.
            # What is under way ("fighting is taking place near X") is the report's day.
            story = self.story if self.wire and not self.story_on_bullet else None
            if self.aside is not None and self.aside != s.paragraph:
                story = None  # "Earlier, ... on Wednesday": the aside's day stays in its paragraph
            headed = self._heading_day(s)
            apart = new_story(s.text) or dt.told_as_before(s.text)
            carried = None if apart else self.para.get(s.paragraph) or headed or day_line or story
            if (same := self._same_day(s)) is not None:
                return same
            # a bullet's or a heading's own day ("* 28 August: 598 drones. 23 were killed in
            # Kyiv", "MAY 25 - KHARKIV") is a day the text names for its item: no other day's
            # event takes it in
            own = carried is not None and (
                carried is self.bullet.get(line_start(self.text, s)) or carried is headed
            )
            when = When(carried.day, carried.precision, False, own) if carried else None
            when = self._of_night_title(s, when) if when else None
        self.story, self.story_on_bullet = self._ask(s.start, when), on_bullet(self.text, s)
        self.told_last = when or self.told_last
        if _ASIDE.match(s.text):
            self.aside = s.paragraph
        elif self.aside != s.paragraph:
            self.aside = None
        return when

    def _heading_day(self, s: Sentence) -> When | None:
        """The day a heading over the sentence gives it: its block's heading line's, its
        question's ("What happened in X on Tuesday?"), its section's dated event's."""
        return (
            self._headed(s.paragraph, self.para)
            or self._asked_day(s.start)
            or self.sections.over(s.start)
        )

    def _own_day(self, s: Sentence, base: Publication) -> When | None:
        """The day the sentence's own words give (of its year: ``_of_its_year``), or its log
        line's weekday ("Tue 22:45 | KRAMATORSK | ..."), its evening clock deciding the night's
        side of midnight ("Last night at about 22:30": the eve)."""
        when = date_in(s.text, base)
        if when and when.explicit:
            when = self._of_its_year(when, s)
        if (not when or not when.explicit or dt.of_the_night(s.text)) and opens_line(self.text, s):
            if (entry := line_weekday(s.text, self.pub.day)) is not None:
                when = When(entry, 1, True)
        return eve_by_clock(s.text, when, base.day)

    def _in_named_day(self, s: Sentence, when: When, day: When) -> When:
        """The small hours or a night alone in a paragraph that named ``day``: "It went on on
        Sunday. In the early hours a drone hit ...": that Sunday's; "overnight" that day's night
        (``night_of_named_day``); else ``when``, the sentence's own."""
        if dt.small_hours(s.text):
            return day
        if not dt.of_the_night(s.text):
            return when
        before = self.text[self.text.rfind("\n", 0, s.start) + 1 : s.start]
        return night_of_the_day(s.text, before, day, self.pub.day) or when

    def _same_day(self, s: Sentence) -> When | None:
        """ "- On the same day, shelling in X": the day of the sentence before, named, or the last
        day told over a sentence of what is under way ("HRMMU is working to verify these
        figures"; not for "the same night", which may end the day after)."""
        anchor = self.story or (None if _SAME_NIGHT.search(s.text) else self.told_last)
        if not dt.same_day(s.text) or anchor is None:
            return None
        self.story_on_bullet = on_bullet(self.text, s)
        self.story = anchor
        return When(anchor.day, anchor.precision, True)

    def _stamped(self, pos: int) -> Publication:
        """The publication as of the live-blog entry at ``pos`` (its stamp's), in Ukraine's day."""
        return kyiv_day(stamped(self.pub, self.stamps, pos), self.stamps, self.utc_late, pos)

    def _body(self, s: Sentence) -> bool:
        """Whether ``s`` is of the report's body: no header line ("Kyiv, 3 May 2025"), no title."""
        return s.paragraph not in self.blocks.header and not is_headline(self.text, s)

    def _ask(self, at: int, when: When | None) -> When | None:
        """Keep the day a question names ("What happened in X on Tuesday?") for its answer;
        the sentence's day, as it was."""
        if when and when.explicit and (answer := self.asked.in_question(at)) is not None:
            self.asked_days[answer] = when
        return when

    def _asked_day(self, at: int) -> When | None:
        """The day the question names whose answer holds offset ``at`` (weaker than one of the
        answer's own)."""
        answer = self.asked.answer_start(at)
        if answer is None or (told := self.asked_days.get(answer)) is None:
            return None
        return When(told.day, told.precision, False)

    def _headed(self, line: int, days: dict[int, When]) -> When | None:
        """The day of the line's own heading, else of the nearest heading line over it that
        gives one (not a header's publication day)."""
        if line in days:
            return days[line]
        heads = self.blocks.heads.get(line, [])
        over = [h for h in heads if h in days and h not in self.blocks.header]
        return days[over[-1]] if over else None

    def default(self, s: Sentence, same_day: bool, category: str | None = None) -> When:
        """The day of a sentence with none of its own: the lead's day is its story's, not that
        of "Separately, ..." (another story); a hit by the arms of the lead's night raid is the
        raid's, in a morning report a hit by any arms (``night_raid``); a speaker's in a transcript is of the day spoken, as a side's
        own bulletin is."""
        who = speaker_at(self.turns, s.start)
        same_day = same_day or who is not None
        lead = None if new_story(s.text) else self.lead
        # a morning report's night lead: its hits by any arms are that night's
        by_raid = (self.morning_raid and category is not None) or of_the_raid(
            s.text, category, self.raid
        )
        if lead is None and by_raid and not new_story(s.text):
            lead = When(self.pub.day, 1, False)
        pub = kyiv_day(self.pub, self.stamps, self.utc_late, s.start)
        # a log line stamped with a clock is its own context: its stamp's day, not the lead's
        lead = self.clock_log.day(s.start, pub) or lead or evening_story(pub)
        return self._of_night_title(s, default_date(s.text, pub, self.title, same_day, lead))

    def _of_night_title(self, s: Sentence, when: When) -> When:
        """A day the sentence takes from a title naming a night ("Night of 1 to 2 December"),
        the day before when the sentence's clock is of the evening ("at 21:45")."""
        if not (self.night_title and self.title and when.day == self.title.day) or when.explicit:
            return when
        return eve_by_clock(s.text, when, when.day, night=True) or when


# a title's month and year, with no day of the month: "shelling in April 2024", "April, 2024"
_TITLE_MONTH = re.compile(
    rf"(?<!\d)(?<!\d )\b(?P<mn>{MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I
)
# wire copy's aside that reaches back from the story ("Earlier, the ministry said ...", "Earlier
# on Wednesday, ...", "Before that, ...", "Previously, ..."): its day is its own paragraph's, the
# next paragraph's undated news the story's again
_ASIDE = re.compile(r"\W*(?:earlier|previously|before\s+that|prior\s+to\s+that)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SAME_NIGHT = re.compile(r"\bsame\s+night\b", re.I)


def _of_the_titles_year(when: When, sentence: str, year: int) -> When:
    """A day of the month told with no year is of the year its title names ("On 14 April" under
    "Kharkiv: shelling in April 2024") or its paragraph told before it (``geo.extract.told_years``)."""
    if _YEAR.search(sentence) or when.day.year == year:
        return when
    try:
        return dataclasses.replace(when, day=when.day.replace(year=year))
    except ValueError:  # 29 February
        return when
