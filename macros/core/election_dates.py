"""The timetable of an ordinary council election in Wales, for checking the organisation file's dates.

Ordinary local elections in Wales are held on the first Thursday in May (Representation of the
People Act 1983, s.37ZA). The notice of election, which starts the pre-election period, must be
published no later than the 25th day before polling day, not counting excluded days: weekends,
Christmas Eve, Christmas Day, Good Friday and bank holidays in England and Wales (Local Elections
(Principal Areas) (Wales) Rules 2021, rule 3 and Schedule 1).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, relativedelta

NOTICE_DAYS_BEFORE_POLL = 25


def _substitute(day: date) -> date:
    """A fixed holiday on a weekend moves to the next weekday."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def bank_holidays(year: int) -> set[date]:
    """Bank holidays in England and Wales under the usual rules. One-off days (a coronation, a
    moved May holiday) are proclaimed each time: pass them to `excluded_days` as `extra`."""
    easter_sunday = easter(year)
    christmas = _substitute(date(year, 12, 25))
    boxing_day = _substitute(max(date(year, 12, 26), christmas + timedelta(days=1)))
    return {
        _substitute(date(year, 1, 1)),
        easter_sunday + timedelta(days=1),  # Easter Monday
        date(year, 5, 1) + relativedelta(weekday=MO(1)),  # early May bank holiday
        date(year, 5, 31) + relativedelta(weekday=MO(-1)),  # spring bank holiday
        date(year, 8, 31) + relativedelta(weekday=MO(-1)),  # summer bank holiday
        christmas, boxing_day,
    }


def is_excluded(day: date, extra: Iterable[date] = ()) -> bool:
    """A day the election timetable does not count."""
    return (day.weekday() >= 5 or (day.month, day.day) in {(12, 24), (12, 25)}
            or day == easter(day.year) - timedelta(days=2)  # Good Friday
            or day in bank_holidays(day.year) or day in set(extra))


def first_thursday_in_may(year: int) -> date:
    return date(year, 5, 1) + relativedelta(weekday=TH(1))


def latest_notice_of_election(polling_day: date, extra: Iterable[date] = ()) -> date:
    """The last day the notice of election may be published: the 25th counted day before the poll."""
    extra = tuple(extra)
    day, counted = polling_day, 0
    while counted < NOTICE_DAYS_BEFORE_POLL:
        day -= timedelta(days=1)
        if not is_excluded(day, extra):
            counted += 1
    return day
