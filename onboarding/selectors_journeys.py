"""Reads for onboarding journeys, above all Time to First Hello World (TTFHW).

Definitions (see ``docs/journeys.md``; the metrics app rolls these up, so keep them pure):

- TTFHW of a run = ``hello_world_at − started_at``. Both are aware datetimes stored in UTC, so
  the duration is real elapsed time: the viewer's time zone and DST only change how the two
  instants are *displayed*, never the difference.
- A run has *reached* hello world when ``hello_world_at`` is set (at or before ``now``).
- A run is *abandoned* when it has not reached hello world and its ``last_activity_at`` is older
  than ``JOURNEY_ABANDONED_AFTER_DAYS`` (default 14) before ``now``.
- Per journey, over the runs *started* in ``[now − days, now]``: the number of runs, of runs
  that reached hello world and of abandoned runs, and the median TTFHW of the reached ones.

Everything is computed in SQL. The median uses ``percentile_cont(0.5)`` on PostgreSQL (one
query for the whole summary); other databases (SQLite, in the newcomer mode and the default
tests) fetch only the one or two middle durations, ordered by the database, in a second query.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import connections
from django.db.models import (
    Aggregate,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from onboarding.models import Journey, JourneyRun, JourneyStep, StepProgress
from portal.models import User
from projects.models import Project

DEFAULT_WINDOW_DAYS = 90
DEFAULT_ABANDONED_AFTER_DAYS = 14


@dataclass(frozen=True)
class TtfhwSummary:
    """TTFHW of one journey over a window of days ending at a moment."""

    median: datetime.timedelta | None
    runs: int
    reached: int
    abandoned: int
    days: int = DEFAULT_WINDOW_DAYS

    @property
    def in_progress(self) -> int:
        """Runs neither at hello world nor abandoned: people still on their way."""
        return self.runs - self.reached - self.abandoned


class _Median(Aggregate):
    """PostgreSQL's ordered-set aggregate: the interpolated 50th percentile of a duration."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


def abandoned_after_days() -> int:
    """The inactivity, in days, after which a run that has not reached hello world is given up."""
    return int(getattr(settings, "JOURNEY_ABANDONED_AFTER_DAYS", DEFAULT_ABANDONED_AFTER_DAYS))


def _ttfhw_expression() -> ExpressionWrapper:
    return ExpressionWrapper(F("hello_world_at") - F("started_at"), output_field=DurationField())


def _reached(now: datetime.datetime) -> Q:
    return Q(hello_world_at__isnull=False, hello_world_at__lte=now)


def _abandoned(now: datetime.datetime) -> Q:
    cutoff = now - datetime.timedelta(days=abandoned_after_days())
    not_reached = Q(hello_world_at__isnull=True) | Q(hello_world_at__gt=now)
    return not_reached & Q(last_activity_at__lt=cutoff)


def _window_runs(*, now: datetime.datetime, days: int) -> QuerySet[JourneyRun]:
    # Inclusive at both ends; runs "started" after ``now`` exist only in tests with fixed clocks.
    return JourneyRun.objects.filter(
        started_at__gte=now - datetime.timedelta(days=days), started_at__lte=now
    )


def _uses_percentile_cont(using: str) -> bool:
    return connections[using].vendor == "postgresql"


def _scalar(queryset: QuerySet, **aggregate) -> Subquery:
    """One aggregate of ``queryset`` per outer journey row, as a correlated subquery."""
    ((name, expression),) = aggregate.items()
    return Subquery(
        queryset.order_by().values("journey").annotate(**{name: expression}).values(name)[:1]
    )


def _count(queryset: QuerySet) -> Coalesce:
    return Coalesce(_scalar(queryset, n=Count("pk")), Value(0), output_field=IntegerField())


def with_ttfhw(
    journeys: QuerySet[Journey], *, now: datetime.datetime, days: int = DEFAULT_WINDOW_DAYS
) -> QuerySet[Journey]:
    """Annotate journeys with ``ttfhw_runs``, ``ttfhw_reached``, ``ttfhw_abandoned`` and, on
    PostgreSQL, ``ttfhw_median``: one query for any number of journeys (for roll-ups)."""
    runs = _window_runs(now=now, days=days).filter(journey=OuterRef("pk"))
    annotations = {
        "ttfhw_runs": _count(runs),
        "ttfhw_reached": _count(runs.filter(_reached(now))),
        "ttfhw_abandoned": _count(runs.filter(_abandoned(now))),
    }
    if _uses_percentile_cont(journeys.db):
        annotations["ttfhw_median"] = _scalar(
            runs.filter(_reached(now)), median=_Median(_ttfhw_expression())
        )
    return journeys.annotate(**annotations)


def _median_from_middle_rows(
    *, journey_id: int, now: datetime.datetime, days: int, reached: int, using: str
) -> datetime.timedelta | None:
    """The median without percentile_cont: the database orders the durations and returns only
    the middle one (odd count) or two (even count)."""
    if reached == 0:
        return None
    middle = list(
        _window_runs(now=now, days=days)
        .using(using)
        .filter(_reached(now), journey_id=journey_id)
        .annotate(ttfhw=_ttfhw_expression())
        .order_by("ttfhw", "pk")
        .values_list("ttfhw", flat=True)[(reached - 1) // 2 : reached // 2 + 1]
    )
    if not middle:  # a run changed between the two queries
        return None
    return sum(middle, datetime.timedelta()) / len(middle)


def _summary(journey: Journey, *, now: datetime.datetime, days: int) -> TtfhwSummary:
    """The summary from a journey annotated by ``with_ttfhw``."""
    median = getattr(journey, "ttfhw_median", None)
    if not _uses_percentile_cont(journey._state.db or "default"):
        median = _median_from_middle_rows(
            journey_id=journey.pk,
            now=now,
            days=days,
            reached=journey.ttfhw_reached,
            using=journey._state.db or "default",
        )
    return TtfhwSummary(
        median=median,
        runs=journey.ttfhw_runs,
        reached=journey.ttfhw_reached,
        abandoned=journey.ttfhw_abandoned,
        days=days,
    )


def journey_ttfhw(
    *, journey: Journey, now: datetime.datetime | None = None, days: int = DEFAULT_WINDOW_DAYS
) -> TtfhwSummary:
    """TTFHW of a journey over the runs started in the ``days`` up to ``now``.

    One query on PostgreSQL, two elsewhere (only one when no run reached hello world).
    """
    now = now or timezone.now()
    annotated = with_ttfhw(Journey.objects.filter(pk=journey.pk), now=now, days=days).get()
    return _summary(annotated, now=now, days=days)


def elapsed(start: datetime.datetime, end: datetime.datetime) -> datetime.timedelta:
    """Real time between two aware datetimes.

    Python subtracts two datetimes that share a tzinfo by their *wall clocks* (02:30 CEST to
    02:30 CET gives zero), so both are converted to UTC first.
    """
    return end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC)


def run_ttfhw(run: JourneyRun) -> datetime.timedelta | None:
    """Time to First Hello World of one run, or None while it has not got there."""
    if run.hello_world_at is None:
        return None
    return elapsed(run.started_at, run.hello_world_at)


def run_is_abandoned(run: JourneyRun, *, now: datetime.datetime | None = None) -> bool:
    """The same rule as the per-journey count, for one run already in memory."""
    now = now or timezone.now()
    if run.hello_world_at is not None and run.hello_world_at <= now:
        return False
    return run.last_activity_at < now - datetime.timedelta(days=abandoned_after_days())


# Pages ---------------------------------------------------------------------------------------


def journey_with_steps(*, project: Project) -> tuple[Journey | None, list[JourneyStep]]:
    """The project's journey and its ordered steps (two queries, whatever the step count)."""
    journey = Journey.objects.filter(project=project).first()
    if journey is None:
        return None, []
    journey.project = project  # already loaded: no query when templates follow the relation
    return journey, list(journey.steps.order_by("position"))


def journey_run_for(*, journey: Journey, user: User) -> tuple[JourneyRun | None, dict]:
    """A person's run of a journey and its progress by step id (two queries at most)."""
    if not user.is_authenticated:
        return None, {}
    run = JourneyRun.objects.filter(journey=journey, user=user).first()
    if run is None:
        return None, {}
    return run, {progress.step_id: progress for progress in run.progress.all()}


def journey_blocked(*, journey: Journey, limit: int = 50) -> list[StepProgress]:
    """Steps people are stuck on right now, newest first, with who and where (one query)."""
    return list(
        StepProgress.objects.filter(step__journey=journey, blocked_at__isnull=False)
        .select_related("step", "run__user")
        .order_by("-blocked_at", "-pk")[:limit]
    )


@dataclass(frozen=True)
class JourneyPanel:
    """What the project page shows about a journey, read in at most two queries."""

    journey: Journey
    step_count: int
    total_minutes: int
    summary: TtfhwSummary
    # The viewer's own run, or None when they have not started (or are anonymous).
    my_started_at: datetime.datetime | None
    my_hello_world_at: datetime.datetime | None
    my_finished_at: datetime.datetime | None
    my_steps_done: int


def journey_panel(
    *,
    project: Project,
    user: User,
    now: datetime.datetime | None = None,
    days: int = DEFAULT_WINDOW_DAYS,
) -> JourneyPanel | None:
    """The journey summary for the project page, or None when the project has no journey.

    One query (journey, step totals, TTFHW counts and the viewer's run as correlated
    subqueries), plus the middle-rows query for the median outside PostgreSQL.
    """
    now = now or timezone.now()
    steps = JourneyStep.objects.filter(journey=OuterRef("pk"))
    journeys = with_ttfhw(Journey.objects.filter(project=project), now=now, days=days).annotate(
        step_count=_count(steps),
        total_minutes=Coalesce(
            _scalar(steps, total=Sum("expected_minutes")), Value(0), output_field=IntegerField()
        ),
    )
    if user.is_authenticated:
        mine = JourneyRun.objects.filter(journey=OuterRef("pk"), user=user)
        journeys = journeys.annotate(
            my_started_at=Subquery(mine.values("started_at")[:1]),
            my_hello_world_at=Subquery(mine.values("hello_world_at")[:1]),
            my_finished_at=Subquery(mine.values("finished_at")[:1]),
            my_steps_done=_count(
                StepProgress.objects.filter(
                    run__journey=OuterRef("pk"), run__user=user, done_at__isnull=False
                ).annotate(journey=F("run__journey"))
            ),
        )
    journey = journeys.first()
    if journey is None:
        return None
    journey.project = project
    return JourneyPanel(
        journey=journey,
        step_count=journey.step_count,
        total_minutes=journey.total_minutes,
        summary=_summary(journey, now=now, days=days),
        my_started_at=getattr(journey, "my_started_at", None),
        my_hello_world_at=getattr(journey, "my_hello_world_at", None),
        my_finished_at=getattr(journey, "my_finished_at", None),
        my_steps_done=getattr(journey, "my_steps_done", 0),
    )
