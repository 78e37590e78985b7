"""Extraction, dates: a day told after an event, in a sentence that is not about it; an event
told as a day or hours from another.

A sentence with no place of its own that follows an event may tell more of it, and its day then
dates it ("A drone hit a school in Sumy. The attack came on Saturday night."). Four kinds of
sentence after an event name a day that is not the event's:

1. a plan or something still to come ("a visit planned for Wednesday", "talks are due on
   Friday", "the minister will travel there on Thursday"): its weekday is of the days ahead, not
   the day the event before it happened;
2. a list's lead-in heading the lines under it ("Strikes of 8 March:" over a list of towns):
   its day belongs to the list it opens, not to the last item of the list before it;
3. a sentence in another paragraph that opens with a day of its own and tells its own deed
   ("On the evening of 8 June, a patrol ship destroyed three boats near an island"): a new
   item, of that day, not more of the event told before it;
4. a day in a clause of its own with no event in it ("Artillery hit the town centre; families
   were told to leave last week").

The event keeps the day it had (its own, its paragraph's, the report's).

5. An event told in a clause "a day after ..." / "two days after ..." / "a
week after ...": it came that long before the day of the sentence that tells it ("NATO's head
spoke on Tuesday, a day after a meeting of European leaders in Paris": the Paris meeting was on
Monday). A place before the clause keeps the sentence's day; a clause with a day of its own ("a
day after a drone hit an ambulance in Kherson on 7 July") keeps that day.

6. An event told "hours later" than one late on a named evening ("late on Sunday", "at about 10:40
p.m. on Sunday", "on the evening of 9 March") happened in the night after it: the next day, the
morning the night ended (a report of the next day wakes to it). After a morning or an afternoon
"hours later" is the same day."""

from __future__ import annotations

from datetime import date

import pytest


def _dates(extractor, text: str, pub: date) -> dict[tuple[str, str], str]:
    """Each record's day by its place's mention and its type, and by the mention's last word
    ("a school in Sumy" is Sumy's)."""
    got = {}
    for e in extractor.extract(text, "t", pub):
        got[e["place_mention"], e["event_type"]] = e["event_date"]
        got.setdefault((e["place_mention"].split()[-1], e["event_type"]), e["event_date"])
    return got


# Tuesday 18 February 2025
_TUE = date(2025, 2, 18)


# 1. a plan's day
@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        # a ministry briefing retold: the talks took place today; the trip was to come
        (
            "Moscow, 18 February 2025\n\n"
            "Russian and American delegations met in Riyadh today. The talks in Riyadh "
            "lasted about four hours. The Ukrainian president put off a visit to Saudi Arabia "
            "that had been planned for Wednesday.",
            ("Riyadh", "meeting"),
            "2025-02-18",
        ),
        # a regional news item: a strike this morning, a minister's visit still to come
        (
            "Sumy regional news, 18 February 2025\n\n"
            "A Russian drone hit a school in Sumy this morning, injuring a janitor. Officials "
            "said the energy minister would visit the damaged school on Thursday.",
            ("Sumy", "strike"),
            "2025-02-18",
        ),
        # a wire story: the strike today; a meeting on it is due on Friday
        (
            "ODESA, Feb 18, 2025 (Wirecast) - Russian missiles hit the port of Odesa on "
            "Tuesday, killing two dock workers, the governor said. A meeting of port operators "
            "on the damage is scheduled for Friday.",
            ("Odesa", "strike"),
            "2025-02-18",
        ),
    ],
)
def test_a_plans_day_does_not_date_the_event_before(extractor, text, key, day):
    assert _dates(extractor, text, _TUE)[key] == day


# 2. a list's lead-in with its day
@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a digest's lists of strikes under dated lead-ins
        (
            "Weekly strike digest\n\n"
            "Strikes of 14 February:\n"
            "- A drone hit a school in Sumy.\n"
            "- Shelling wounded two people in Nikopol.\n\n"
            "Strikes of 15 February:\n"
            "- A guided bomb hit a house in Kherson.",
            {"Nikopol": "2025-02-14", "Kherson": "2025-02-15", "Sumy": "2025-02-14"},
        ),
        # an NGO's log: numbered items under a dated lead-in
        (
            "Field log, week 7\n\n"
            "Incidents recorded on 13 February:\n"
            "1. Artillery damaged a clinic in Kupiansk.\n"
            "2. A drone struck an ambulance in Bilopillia.\n\n"
            "Incidents recorded on 14 February:\n"
            "1. A missile hit a warehouse in Kharkiv.",
            {"Bilopillia": "2025-02-13", "Kharkiv": "2025-02-14"},
        ),
        # a channel's post with bulleted towns under the day it sums up
        (
            "Evening notes\n\n"
            "What the enemy hit on Sunday, 16 February:\n"
            "• Kherson: a drone dropped explosives on a bus stop, one man wounded.\n"
            "• Beryslav: mortar fire on a street of houses.\n\n"
            "What the enemy hit on Monday, 17 February:\n"
            "• Nikopol: artillery fire on a power line.",
            {"Beryslav": "2025-02-16", "Nikopol": "2025-02-17"},
        ),
    ],
)
def test_a_list_lead_ins_day_is_of_its_own_list(extractor, text, days):
    got = {place: day for (place, _), day in _dates(extractor, text, _TUE).items()}
    assert {p: got.get(p) for p in days} == days


# 3. another paragraph opening with its own day
@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        # a defence ministry's statement: today's tally, then yesterday evening's boats
        (
            "Statement of the Ministry of Defence (18 February 2025)\n\n"
            "Air defence means shot down 20 unmanned aerial vehicles: 12 over the Belgorod "
            "region and 8 over the Kherson region.\n\n"
            "On the evening of 16 February, a patrol ship of the fleet destroyed three uncrewed "
            "boats in the area of Tendrivska Kosa.",
            ("Kherson region", "interception"),
            "2025-02-18",
        ),
        # a long piece: an old event told as background, then a new strike on Sunday
        (
            "The plant on the river, 18 February 2025\n\n"
            "When the dam at Nova Kakhovka was destroyed, the water drained away within days.\n\n"
            "The past days have shown that none of this is over. On Sunday a drone struck the "
            "roof of a training centre near the plant.",
            ("Nova Kakhovka", "strike"),
            "not 2025-02-16",
        ),
        # a governor's post: today's shelling, then a paragraph about Saturday's attack
        (
            "Governor's update, 18 February 2025\n\n"
            "The enemy shelled Nikopol with heavy artillery; a gas pipe was damaged.\n\n"
            "On Saturday, two drones hit the roof of a workshop, the district head added.",
            ("Nikopol", "strike"),
            "not 2025-02-15",
        ),
    ],
)
def test_another_paragraphs_own_day_does_not_date_the_event_before(extractor, text, key, day):
    got = _dates(extractor, text, _TUE)
    if day.startswith("not "):  # the event is no record of the later paragraph's day
        assert got.get(key) != day.removeprefix("not ")
    else:
        assert got[key] == day


# 4. a day in another clause of the sentence, one with no event of its own
@pytest.mark.parametrize(
    ("text", "key", "not_day"),
    [
        # a headline, then its line: the shelling, and an evacuation ordered last week
        (
            "Briefing notes, 18 February 2025\n\n"
            "SHELLING WOUNDS THREE IN KUPIANSK\n"
            "Russian artillery hit the town centre, local officials say; families with children "
            "were told to leave the nearby villages last week",
            ("KUPIANSK", "strike"),
            "2025-02-10",
        ),
        # a wire story: the strike, then the route closed on a day before
        (
            "KHERSON, Feb 18, 2025 (Wirecast) - A Russian drone hit a city bus in Kherson, the "
            "governor said.\n\n"
            "A drone dropped a charge on the bus; the route had been shortened on Saturday "
            "because of the danger.",
            ("Kherson", "strike"),
            "2025-02-15",
        ),
        # a local paper: the fire at the depot, and the depot's earlier repairs
        (
            "Local news, 18 February 2025\n\n"
            "A Russian missile struck the rail depot in Lozova, the mayor said. The blast "
            "destroyed two engine sheds; their roofs had been mended on 3 February.",
            ("Lozova", "strike"),
            "2025-02-03",
        ),
    ],
)
def test_a_day_in_another_clause_does_not_date_the_event_before(extractor, text, key, not_day):
    assert _dates(extractor, text, _TUE).get(key) != not_day


# 5. a day after


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        # a key-events list: a speech today, a day after a summit
        (
            "Key events, 18 February 2025\n\n"
            "- The head of NATO said on Tuesday that Europe must spend more on defence, a day "
            "after an emergency meeting of European leaders in Paris.",
            ("Paris", "meeting"),
            "2025-02-17",
        ),
        # a wire story: new strikes, two days after a missile hit a school in Sumy
        (
            "KYIV, Feb 18, 2025 (Wirecast) - Russia launched more drones at Ukraine on Tuesday, "
            "two days after a missile strike on a school in Sumy that killed four children.",
            ("Sumy", "strike"),
            "2025-02-16",
        ),
        # a weekly newsletter: a week after troops entered a village
        (
            "The week in review, 18 February 2025\n\n"
            "On Tuesday Ukrainian commanders said they held the line, a week after Russian "
            "troops attacked near Toretsk.",
            ("Toretsk", "fighting"),
            "2025-02-11",
        ),
    ],
)
def test_an_event_told_days_after_is_that_many_days_before(extractor, text, key, day):
    assert _dates(extractor, text, _TUE)[key] == day


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        # the place before the clause: the sentence's own day
        (
            "KHARKIV, Feb 18, 2025 (Wirecast) - A glide bomb hit a shop in Kharkiv on Tuesday, "
            "a day after peace talks opened abroad.",
            ("Kharkiv", "strike"),
            "2025-02-18",
        ),
        # the clause names its own day
        (
            "Health notes, 18 February 2025\n\n"
            "- Clinics closed on Tuesday, a day after a drone hit an ambulance in Kherson on 14 "
            "February.",
            ("Kherson", "strike"),
            "2025-02-14",
        ),
    ],
)
def test_a_place_before_the_clause_or_a_day_of_its_own_stays(extractor, text, key, day):
    assert _dates(extractor, text, _TUE)[key] == day


# 6. hours later

_MON = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # wire copy: a bomb late on Sunday, drones hours later
        (
            "KHERSON, March 10, 2025 (Wirecast) - A Russian guided bomb hit a market in Kherson "
            "late on Sunday, killing three people, the governor said.\n\n"
            "Hours later, drones struck a substation in Beryslav, cutting power to the town.",
            "Beryslav",
            "2025-03-10",
        ),
        # a regional administration's post with a clock of the evening
        (
            "Update from the regional administration, 10 March 2025\n\n"
            "At about 10:40 p.m. on Sunday, shelling hit a five-storey building in Nikopol; two "
            "people were injured.\n\n"
            "A few hours later the enemy attacked Marhanets with drones, damaging a school.",
            "Marhanets",
            "2025-03-10",
        ),
        # a long piece: the evening of a dated day, then several hours later
        (
            "The long night in the east, 10 March 2025\n\n"
            "On the evening of 9 March, artillery hit a bakery in Kupiansk as it was closing. "
            "Several hours later, glide bombs hit two houses in Izium.",
            "Izium",
            "2025-03-10",
        ),
        # wire copy: the small hours of the aftermath between do not end the evening
        (
            "MYKOLAIV, March 10, 2025 (Wirecast) - A missile that struck a hotel in Mykolaiv "
            "late on Sunday killed two guests, the mayor said.\n\n"
            "Rescuers reached the upper floors shortly after midnight.\n\n"
            "In a separate attack hours later, drones hit a fuel depot in Ochakiv.",
            "Ochakiv",
            "2025-03-10",
        ),
    ],
)
def test_hours_after_a_late_evening_are_the_next_day(extractor, text, place, day):
    assert {k[0]: d for k, d in _dates(extractor, text, _MON).items()}[place] == day


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a morning strike, hours later another: the same day
        (
            "SUMY, March 10, 2025 (Wirecast) - A Russian drone hit a school in Sumy on Sunday "
            "morning, the governor said.\n\n"
            "Hours later, shelling damaged houses in Bilopillia.",
            "Bilopillia",
            "2025-03-09",
        ),
        # an afternoon strike told with a clock
        (
            "Regional news, 10 March 2025\n\n"
            "At 2 p.m. on Sunday a guided bomb hit a shop in Kupiansk.\n\n"
            "A few hours later artillery hit a gas pipe in Balakliia.",
            "Balakliia",
            "2025-03-09",
        ),
    ],
)
def test_hours_after_a_morning_or_an_afternoon_are_the_same_day(extractor, text, place, day):
    assert {k[0]: d for k, d in _dates(extractor, text, _MON).items()}[place] == day
