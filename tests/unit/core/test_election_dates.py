"""The sample election follows the rule for ordinary council elections in Wales: polling day on
the first Thursday in May, and the pre-election period from the latest day the notice of election
may be published, 25 days before the poll not counting weekends and bank holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from macros.core.election_dates import (bank_holidays, first_thursday_in_may, is_excluded,
                                        latest_notice_of_election)
from tests.default_edition import default_only
from tests.edition import edition


def test_the_2022_timetable_is_reproduced() -> None:
    # The last all-Wales council elections: poll on 5 May 2022, notice of election by 28 March,
    # with Good Friday, Easter Monday and the early May bank holiday between them.
    assert first_thursday_in_may(2022) == date(2022, 5, 5)
    assert latest_notice_of_election(date(2022, 5, 5)) == date(2022, 3, 28)


def test_2027_poll_and_notice() -> None:
    assert first_thursday_in_may(2027) == date(2027, 5, 6)
    assert {date(2027, 3, 29), date(2027, 5, 3)} <= bank_holidays(2027)  # Easter Monday, early May
    assert is_excluded(date(2027, 3, 26))  # Good Friday
    assert latest_notice_of_election(date(2027, 5, 6)) == date(2027, 3, 31)


def test_weekdays_alone_give_the_wrong_date() -> None:
    # Negative control: counting 25 weekdays and forgetting the holidays lands three days late.
    day, counted = date(2027, 5, 6), 0
    while counted < 25:
        day -= timedelta(days=1)
        counted += day.weekday() < 5
    assert day != latest_notice_of_election(date(2027, 5, 6))


def test_a_proclaimed_holiday_moves_the_notice_earlier() -> None:
    assert latest_notice_of_election(date(2027, 5, 6), extra=[date(2027, 4, 20)]) == date(2027, 3, 30)


@default_only
def test_the_sample_election_follows_the_welsh_rule() -> None:
    elections = edition().organisation.elections
    assert elections, "the default edition has a sample election"
    for election in elections:
        polling = election.polling_day
        assert polling == first_thursday_in_may(polling.year), f"{election.name}: not the first Thursday in May"
        assert election.pre_election_starts == latest_notice_of_election(polling), \
            f"{election.name}: the period should start on {latest_notice_of_election(polling)}"
        assert not is_excluded(election.pre_election_starts), "the period cannot start on a bank holiday"


@pytest.mark.parametrize("year", range(2026, 2036))
def test_the_notice_never_falls_on_an_excluded_day(year: int) -> None:
    assert not is_excluded(latest_notice_of_election(first_thursday_in_may(year)))
