"""Writes for onboarding journeys: the maintainers' steps, and a newcomer's run through them.

Rules that TTFHW depends on (see ``docs/journeys.md``):

- ``hello_world_at`` is written once, when the hello-world step is first ticked, and never
  erased; the hello-world step cannot be un-ticked afterwards, because the milestone is a fact
  about the past that the metrics report.
- ``finished_at`` is written once, when every step of the journey is done; un-ticking another
  step later does not erase it either.
- Every tick, un-tick, block and unblock moves ``last_activity_at``, which decides whether a
  run that has not reached hello world counts as abandoned.
"""

import datetime
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from onboarding.models import Journey, JourneyRun, JourneyStep, StepProgress
from portal.models import User
from portal.services import notify
from projects.models import Project
from projects.permissions import can_edit_project
from projects.selectors import project_maintainers

MAX_STEPS = 30
TITLE_MAX = 160
BODY_MAX = 20_000
INTRODUCTION_MAX = 5_000
MINUTES_MIN = 1
MINUTES_MAX = 600
COMMENT_MAX = 2_000
# Kept steps move out of the way of the final positions first: ``(journey, position)`` is
# unique and PostgreSQL checks it row by row, so renumbering in place could collide.
_PARKING_POSITION = 10_000


def _now(now: datetime.datetime | None) -> datetime.datetime:
    return now or timezone.now()


# Maintainers: the steps ---------------------------------------------------------------------


def _int_or_none(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _clean_steps(steps: Sequence[dict[str, Any]], existing_ids: set[int]) -> list[dict]:
    """Normalised steps, or a ValidationError listing every problem with its step number."""
    errors: list[str] = []
    if not steps:
        errors.append(_("Add at least one step."))
    if len(steps) > MAX_STEPS:
        errors.append(
            _("A journey has at most %(max)s steps; this one has %(count)s.")
            % {"max": MAX_STEPS, "count": len(steps)}
        )
    cleaned = []
    for number, raw in enumerate(steps, start=1):
        title = " ".join(str(raw.get("title") or "").split())
        body = str(raw.get("body") or "")
        step_id = _int_or_none(raw.get("id"))
        minutes = _int_or_none(raw.get("expected_minutes"))
        if not title:
            errors.append(_("Step %(number)s needs a title.") % {"number": number})
        elif len(title) > TITLE_MAX:
            errors.append(
                _("The title of step %(number)s is longer than %(max)s characters.")
                % {"number": number, "max": TITLE_MAX}
            )
        if len(body) > BODY_MAX:
            errors.append(
                _("The text of step %(number)s is longer than %(max)s characters.")
                % {"number": number, "max": BODY_MAX}
            )
        if minutes is None or not MINUTES_MIN <= minutes <= MINUTES_MAX:
            errors.append(
                _("Step %(number)s: expected minutes must be a whole number, %(min)s to %(max)s.")
                % {"number": number, "min": MINUTES_MIN, "max": MINUTES_MAX}
            )
        if step_id is not None and step_id not in existing_ids:
            errors.append(
                _(
                    "Step %(number)s was removed by someone else meanwhile; reload the page "
                    "and make your change again."
                )
                % {"number": number}
            )
        cleaned.append(
            {
                "id": step_id,
                "title": title,
                "body": body,
                "expected_minutes": minutes,
                "is_hello_world": bool(raw.get("is_hello_world")),
            }
        )
    hello_worlds = sum(step["is_hello_world"] for step in cleaned)
    if steps and hello_worlds != 1:
        errors.append(
            _("Mark exactly one step as the hello-world milestone; %(count)s are marked.")
            % {"count": hello_worlds}
        )
    ids = [step["id"] for step in cleaned if step["id"] is not None]
    if len(ids) != len(set(ids)):
        errors.append(_("A step appears twice; reload the page and make your change again."))
    if errors:
        raise ValidationError({"steps": errors})
    return cleaned


@transaction.atomic
def journey_save_steps(
    *,
    project: Project,
    actor: User,
    introduction: str,
    steps: Sequence[dict[str, Any]],
    now: datetime.datetime | None = None,
) -> Journey:
    """Create or replace a project's journey: its introduction and its ordered steps.

    ``steps`` is the new order, each a dict with ``title``, ``body``, ``expected_minutes``,
    ``is_hello_world`` and, for a step that already exists, its ``id``. Existing steps are
    matched by id so that people's progress on them is kept; steps left out are deleted with
    their progress. All or nothing: any problem raises a ValidationError and changes nothing.
    """
    if not can_edit_project(actor, project):
        raise PermissionDenied(
            _("Only the maintainers of %(project)s can change its journey.")
            % {"project": project.name}
        )
    introduction = introduction or ""
    if len(introduction) > INTRODUCTION_MAX:
        raise ValidationError(
            {
                "introduction": _("The introduction is longer than %(max)s characters.")
                % {"max": INTRODUCTION_MAX}
            }
        )
    journey, _created = Journey.objects.select_for_update().get_or_create(project=project)
    existing = {step.pk: step for step in journey.steps.all()}
    cleaned = _clean_steps(steps, set(existing))

    kept_ids = {step["id"] for step in cleaned if step["id"] is not None}
    JourneyStep.objects.filter(journey=journey).exclude(pk__in=kept_ids).delete()
    kept = [existing[step_id] for step_id in kept_ids]
    for parking, step in enumerate(kept):
        step.position = _PARKING_POSITION + parking
        step.is_hello_world = False
    JourneyStep.objects.bulk_update(kept, ["position", "is_hello_world"])

    to_update, to_create = [], []
    for position, data in enumerate(cleaned, start=1):
        step = existing[data["id"]] if data["id"] is not None else JourneyStep(journey=journey)
        step.position = position
        step.title = data["title"]
        step.body = data["body"]
        step.expected_minutes = data["expected_minutes"]
        step.is_hello_world = data["is_hello_world"]
        step.full_clean(exclude=["journey"], validate_unique=False, validate_constraints=False)
        (to_update if step.pk else to_create).append(step)
    JourneyStep.objects.bulk_update(
        to_update, ["position", "title", "body", "expected_minutes", "is_hello_world"]
    )
    JourneyStep.objects.bulk_create(to_create)

    _backfill_hello_world(journey)
    journey.introduction = introduction
    journey.updated_at = _now(now)
    journey.full_clean()
    journey.save(update_fields=["introduction", "updated_at"])
    return journey


def _backfill_hello_world(journey: Journey) -> None:
    """When the milestone moves to a step someone already ticked, they reached the new
    milestone when they ticked it: record that, so their TTFHW is not lost. Runs that already
    have a hello world keep it (history is never rewritten)."""
    ticked = StepProgress.objects.filter(
        run=OuterRef("pk"), step__is_hello_world=True, done_at__isnull=False
    ).values("done_at")[:1]
    JourneyRun.objects.filter(
        journey=journey,
        hello_world_at__isnull=True,
        progress__step__is_hello_world=True,
        progress__done_at__isnull=False,
    ).update(hello_world_at=Subquery(ticked))


# Newcomers: a run ---------------------------------------------------------------------------


def journey_start(
    *, journey: Journey, user: User, now: datetime.datetime | None = None
) -> JourneyRun:
    """Start ``user``'s run of a journey, or return the run they already have.

    Idempotent: a second click (or a second tab) returns the same run with its original
    ``started_at``, so TTFHW is measured from the first start.
    """
    if not user.is_authenticated:
        raise PermissionDenied(_("Sign in to start the journey."))
    if not journey.steps.exists():
        raise ValidationError(_("This journey has no steps yet."))
    started = _now(now)
    # get_or_create retries the read when a concurrent start wins the unique constraint.
    run, _created = JourneyRun.objects.get_or_create(
        journey=journey,
        user=user,
        defaults={"started_at": started, "last_activity_at": started},
    )
    return run


def _check_step(run: JourneyRun, step: JourneyStep) -> None:
    if step.journey_id != run.journey_id:
        raise ValidationError(_("This step belongs to another journey."))


@transaction.atomic
def journey_tick(
    *, run: JourneyRun, step: JourneyStep, done: bool, now: datetime.datetime | None = None
) -> StepProgress:
    """Mark a step of a run done (``done=True``) or not done.

    Ticking records ``done_at``, clears a block on that step (it got solved), sets
    ``hello_world_at`` when the step is the milestone and ``finished_at`` when it was the last
    step left. Ticking a done step again changes nothing. The hello-world step cannot be
    un-ticked once the milestone is recorded.
    """
    _check_step(run, step)
    at = _now(now)
    # Lock the run: two tabs ticking the last two steps must both see "finished" correctly.
    run = JourneyRun.objects.select_for_update().get(pk=run.pk)
    if done:
        progress, _created = StepProgress.objects.get_or_create(run=run, step=step)
        if progress.done_at is not None:
            return progress
        progress.done_at = at
        progress.blocked_at = None
        progress.blocked_comment = ""
    else:
        progress = StepProgress.objects.filter(run=run, step=step).first()
        if progress is None or progress.done_at is None:
            return progress or StepProgress(run=run, step=step)
        if step.is_hello_world and run.hello_world_at is not None:
            raise ValidationError(
                _(
                    "You reached hello world with this step; that milestone stays recorded, "
                    "so it cannot be un-ticked."
                )
            )
        progress.done_at = None
    progress.save(update_fields=["done_at", "blocked_at", "blocked_comment"])

    run.last_activity_at = at
    fields = ["last_activity_at"]
    if done and step.is_hello_world and run.hello_world_at is None:
        run.hello_world_at = at
        fields.append("hello_world_at")
    if done and run.finished_at is None:
        total = JourneyStep.objects.filter(journey_id=run.journey_id).count()
        done_count = StepProgress.objects.filter(run=run, done_at__isnull=False).count()
        if done_count >= total:
            run.finished_at = at
            fields.append("finished_at")
    run.save(update_fields=fields)
    return progress


@transaction.atomic
def journey_block(
    *,
    run: JourneyRun,
    step: JourneyStep,
    comment: str,
    now: datetime.datetime | None = None,
) -> StepProgress:
    """Record that the person is stuck on a step, and tell the project's maintainers.

    The comment is what reaches the maintainers, so it is required. Blocking again replaces
    the comment and notifies again. A done step cannot be blocked: un-tick it first.
    """
    _check_step(run, step)
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(
            {"comment": _("Say what is in your way, so that the maintainers can help.")}
        )
    if len(comment) > COMMENT_MAX:
        raise ValidationError(
            {
                "comment": _("Keep it under %(max)s characters; you have %(count)s.")
                % {"max": COMMENT_MAX, "count": len(comment)}
            }
        )
    at = _now(now)
    run = (
        # Lock only the run row, not the person and project joined in for the message.
        JourneyRun.objects.select_for_update(of=("self",))
        .select_related("user", "journey__project")
        .get(pk=run.pk)
    )
    progress, _created = StepProgress.objects.get_or_create(run=run, step=step)
    if progress.done_at is not None:
        raise ValidationError(
            {"comment": _("This step is ticked as done; un-tick it first if you are stuck on it.")}
        )
    progress.blocked_at = at
    progress.blocked_comment = comment
    progress.full_clean(exclude=["run", "step"], validate_unique=False)
    progress.save(update_fields=["blocked_at", "blocked_comment"])
    run.last_activity_at = at
    run.save(update_fields=["last_activity_at"])

    project = run.journey.project
    notify(
        users=[user for user in project_maintainers(project) if user.pk != run.user_id],
        message=_("%(name)s is blocked on step %(number)s of the %(project)s journey: %(comment)s")
        % {
            "name": run.user.display_name,
            "number": step.position,
            "project": project.name,
            "comment": Truncator(" ".join(comment.split())).chars(140),
        },
        url=reverse("project_journey", args=[project.slug]) + "#blocked",
    )
    return progress


@transaction.atomic
def journey_unblock(
    *, run: JourneyRun, step: JourneyStep, now: datetime.datetime | None = None
) -> StepProgress | None:
    """Clear a block on a step (the person got unstuck). Unblocking a step that is not blocked
    changes nothing."""
    _check_step(run, step)
    progress = StepProgress.objects.filter(run=run, step=step, blocked_at__isnull=False).first()
    if progress is None:
        return None
    progress.blocked_at = None
    progress.blocked_comment = ""
    progress.save(update_fields=["blocked_at", "blocked_comment"])
    JourneyRun.objects.filter(pk=run.pk).update(last_activity_at=_now(now))
    return progress
