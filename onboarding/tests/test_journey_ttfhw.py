"""Time to First Hello World with fixed clocks: zones, DST, abandoned runs and the window."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.utils import timezone

from onboarding.models import Journey, JourneyRun
from onboarding.selectors_journeys import (
    TtfhwSummary,
    journey_ttfhw,
    run_is_abandoned,
    run_ttfhw,
    with_ttfhw,
)
from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime.datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
MINUTE = datetime.timedelta(minutes=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def journey():
    return Journey.objects.create(project=ProjectFactory(name="Lantern"))


def make_run(journey, *, started_at, hello_world_at=None, last_activity_at=None):
    return JourneyRun.objects.create(
        journey=journey,
        user=UserFactory(),
        started_at=started_at,
        hello_world_at=hello_world_at,
        last_activity_at=last_activity_at or hello_world_at or started_at,
    )


def test_a_run_started_at_2330_in_tokyo_counts_the_real_45_minutes(journey):
    started = datetime.datetime(2025, 11, 1, 23, 30, tzinfo=TOKYO)  # 14:30 UTC
    reached = datetime.datetime(2025, 11, 2, 0, 15, tzinfo=TOKYO)  # the next calendar day there
    run = make_run(journey, started_at=started, hello_world_at=reached)

    run.refresh_from_db()

    assert run.started_at == datetime.datetime(2025, 11, 1, 14, 30, tzinfo=UTC)
    assert run_ttfhw(run) == 45 * MINUTE
    assert journey_ttfhw(journey=journey, now=NOW).median == 45 * MINUTE


def test_the_same_wall_clock_times_in_tokyo_and_utc_give_the_same_duration(journey):
    make_run(
        journey,
        started_at=datetime.datetime(2025, 11, 1, 23, 30, tzinfo=TOKYO),
        hello_world_at=datetime.datetime(2025, 11, 2, 0, 15, tzinfo=TOKYO),
    )
    make_run(
        journey,
        started_at=datetime.datetime(2025, 11, 1, 23, 30, tzinfo=UTC),
        hello_world_at=datetime.datetime(2025, 11, 2, 0, 15, tzinfo=UTC),
    )

    summaries = []
    for zone in ["UTC", "Asia/Tokyo", "America/Los_Angeles"]:
        # The zone a viewer (or the server) is in only changes how dates are shown.
        with timezone.override(ZoneInfo(zone)):
            summaries.append(journey_ttfhw(journey=journey, now=NOW))

    assert summaries[0] == TtfhwSummary(median=45 * MINUTE, runs=2, reached=2, abandoned=0)
    assert summaries[0] == summaries[1] == summaries[2]


def test_dst_transitions_in_berlin_count_elapsed_time_not_wall_clock_time(journey):
    # Spring forward: 01:30 CET to 03:30 CEST on 30 March looks like two hours; it is one.
    spring = make_run(
        journey,
        started_at=datetime.datetime(2025, 3, 30, 1, 30, tzinfo=BERLIN),
        hello_world_at=datetime.datetime(2025, 3, 30, 3, 30, tzinfo=BERLIN),
    )
    # Fall back: 02:30 CEST to 02:30 CET on 26 October looks like no time at all; it is one hour.
    autumn = make_run(
        journey,
        started_at=datetime.datetime(2025, 10, 26, 2, 30, fold=0, tzinfo=BERLIN),
        hello_world_at=datetime.datetime(2025, 10, 26, 2, 30, fold=1, tzinfo=BERLIN),
    )
    # In memory, both ends share the Berlin tzinfo, where plain Python subtraction would
    # compare wall clocks (2 h and 0 h); read back from the database they are UTC.
    assert run_ttfhw(spring) == datetime.timedelta(hours=1)
    assert run_ttfhw(autumn) == datetime.timedelta(hours=1)
    spring.refresh_from_db()
    autumn.refresh_from_db()
    assert run_ttfhw(spring) == datetime.timedelta(hours=1)
    assert run_ttfhw(autumn) == datetime.timedelta(hours=1)
    summary = journey_ttfhw(
        journey=journey, now=datetime.datetime(2025, 11, 1, tzinfo=UTC), days=365
    )
    assert summary.median == datetime.timedelta(hours=1)
    assert summary.runs == summary.reached == 2


def test_the_median_of_an_odd_count_is_the_middle_run(journey):
    for minutes in [90, 10, 20]:
        start = NOW - 5 * DAY
        make_run(journey, started_at=start, hello_world_at=start + minutes * MINUTE)

    assert journey_ttfhw(journey=journey, now=NOW).median == 20 * MINUTE


def test_the_median_of_an_even_count_is_the_mean_of_the_two_middle_runs(journey):
    for minutes in [90, 10, 20, 40]:
        start = NOW - 5 * DAY
        make_run(journey, started_at=start, hello_world_at=start + minutes * MINUTE)

    assert journey_ttfhw(journey=journey, now=NOW).median == 30 * MINUTE


def test_runs_that_did_not_reach_hello_world_do_not_enter_the_median(journey):
    start = NOW - 2 * DAY
    make_run(journey, started_at=start, hello_world_at=start + 30 * MINUTE)
    make_run(journey, started_at=start, last_activity_at=NOW - DAY)

    summary = journey_ttfhw(journey=journey, now=NOW)

    assert summary == TtfhwSummary(median=30 * MINUTE, runs=2, reached=1, abandoned=0)
    assert summary.in_progress == 1


def test_a_run_without_hello_world_and_idle_for_over_14_days_is_abandoned(journey):
    gave_up = make_run(journey, started_at=NOW - 30 * DAY, last_activity_at=NOW - 15 * DAY)
    on_the_edge = make_run(journey, started_at=NOW - 30 * DAY, last_activity_at=NOW - 14 * DAY)
    still_going = make_run(journey, started_at=NOW - 20 * DAY, last_activity_at=NOW - 13 * DAY)
    reached_then_idle = make_run(journey, started_at=NOW - 60 * DAY, hello_world_at=NOW - 59 * DAY)

    summary = journey_ttfhw(journey=journey, now=NOW)

    assert summary.runs == 4
    assert summary.reached == 1
    assert summary.abandoned == 1
    assert summary.in_progress == 2
    assert run_is_abandoned(gave_up, now=NOW)
    assert not run_is_abandoned(on_the_edge, now=NOW)  # "older than" 14 days: strictly
    assert not run_is_abandoned(still_going, now=NOW)
    assert not run_is_abandoned(reached_then_idle, now=NOW)


def test_the_abandoned_rule_follows_its_setting(journey, settings):
    make_run(journey, started_at=NOW - 10 * DAY, last_activity_at=NOW - 4 * DAY)
    assert journey_ttfhw(journey=journey, now=NOW).abandoned == 0

    settings.JOURNEY_ABANDONED_AFTER_DAYS = 3

    assert journey_ttfhw(journey=journey, now=NOW).abandoned == 1


def test_an_abandoned_run_that_comes_back_is_no_longer_abandoned(journey):
    run = make_run(journey, started_at=NOW - 40 * DAY, last_activity_at=NOW - 20 * DAY)
    assert journey_ttfhw(journey=journey, now=NOW).abandoned == 1

    run.last_activity_at = NOW - DAY
    run.save()

    assert journey_ttfhw(journey=journey, now=NOW).abandoned == 0


def test_only_runs_started_in_the_last_90_days_count(journey):
    make_run(journey, started_at=NOW - 90 * DAY, hello_world_at=NOW - 90 * DAY + 10 * MINUTE)
    # Started just before the window and reached hello world inside it: still left out, the
    # window is about when people started.
    make_run(journey, started_at=NOW - 90 * DAY - MINUTE, hello_world_at=NOW - 80 * DAY)
    make_run(journey, started_at=NOW - 200 * DAY, last_activity_at=NOW - 199 * DAY)
    # A run "after" the fixed clock does not exist yet at that moment.
    make_run(journey, started_at=NOW + MINUTE, hello_world_at=NOW + 2 * MINUTE)

    summary = journey_ttfhw(journey=journey, now=NOW)

    assert summary == TtfhwSummary(median=10 * MINUTE, runs=1, reached=1, abandoned=0)


def test_the_window_can_be_shorter(journey):
    make_run(journey, started_at=NOW - 10 * DAY, hello_world_at=NOW - 10 * DAY + 5 * MINUTE)
    make_run(journey, started_at=NOW - 40 * DAY, hello_world_at=NOW - 40 * DAY + 50 * MINUTE)

    summary = journey_ttfhw(journey=journey, now=NOW, days=30)

    assert summary == TtfhwSummary(median=5 * MINUTE, runs=1, reached=1, abandoned=0, days=30)


def test_hello_world_after_the_fixed_clock_has_not_happened_yet(journey):
    make_run(journey, started_at=NOW - DAY, hello_world_at=NOW + DAY)

    summary = journey_ttfhw(journey=journey, now=NOW)

    assert summary == TtfhwSummary(median=None, runs=1, reached=0, abandoned=0)


def test_a_journey_without_runs_has_no_median(journey):
    assert journey_ttfhw(journey=journey, now=NOW) == TtfhwSummary(
        median=None, runs=0, reached=0, abandoned=0
    )


def test_runs_of_other_journeys_do_not_count(journey):
    other = Journey.objects.create(project=ProjectFactory())
    make_run(other, started_at=NOW - DAY, hello_world_at=NOW - DAY + 5 * MINUTE)
    make_run(journey, started_at=NOW - DAY, hello_world_at=NOW - DAY + 60 * MINUTE)

    assert journey_ttfhw(journey=journey, now=NOW).median == 60 * MINUTE
    assert journey_ttfhw(journey=other, now=NOW).median == 5 * MINUTE


def test_the_summary_takes_a_fixed_number_of_queries_however_many_runs(
    journey, django_assert_num_queries
):
    for minutes in range(1, 40):
        make_run(journey, started_at=NOW - DAY, hello_world_at=NOW - DAY + minutes * MINUTE)
    # percentile_cont on PostgreSQL; elsewhere a second query fetches the middle durations.
    expected = 1 if connection.vendor == "postgresql" else 2

    with django_assert_num_queries(expected):
        summary = journey_ttfhw(journey=journey, now=NOW)

    assert summary.median == 20 * MINUTE


def test_many_journeys_are_annotated_in_one_query(journey, django_assert_num_queries):
    other = Journey.objects.create(project=ProjectFactory())
    make_run(journey, started_at=NOW - DAY, hello_world_at=NOW - DAY + MINUTE)
    make_run(other, started_at=NOW - DAY, last_activity_at=NOW - DAY)
    make_run(other, started_at=NOW - 30 * DAY, last_activity_at=NOW - 29 * DAY)

    with django_assert_num_queries(1):
        rows = {
            j.pk: (j.ttfhw_runs, j.ttfhw_reached, j.ttfhw_abandoned)
            for j in with_ttfhw(Journey.objects.all(), now=NOW)
        }

    assert rows == {journey.pk: (1, 1, 0), other.pk: (2, 0, 1)}
