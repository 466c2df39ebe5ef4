"""Journey writes: the maintainers' steps, starting, ticking, blocking and unblocking."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from onboarding.models import Journey, JourneyRun, JourneyStep, StepProgress
from onboarding.services_journeys import (
    journey_block,
    journey_save_steps,
    journey_start,
    journey_tick,
    journey_unblock,
)
from onboarding.tests.factories import step
from portal.models import Notification
from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db

T0 = datetime.datetime(2025, 11, 3, 9, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def project():
    return ProjectFactory(name="Lantern", slug="lantern")


@pytest.fixture
def journey(project, maintainer):
    return journey_save_steps(
        project=project,
        actor=maintainer,
        introduction="From zero to a first trace.",
        steps=[
            step("Install the agent"),
            step("Send a first trace", hello_world=True),
            step("Add a custom span"),
        ],
    )


def steps_of(journey):
    return list(journey.steps.order_by("position"))


def messages_of(error: ValidationError) -> str:
    return " ".join(error.value.messages)


# Saving steps ---------------------------------------------------------------------------------


def test_a_maintainer_creates_a_journey_with_ordered_steps(project, maintainer, journey):
    assert journey.project == project
    assert journey.introduction == "From zero to a first trace."
    assert [(s.position, s.title, s.is_hello_world) for s in steps_of(journey)] == [
        (1, "Install the agent", False),
        (2, "Send a first trace", True),
        (3, "Add a custom span", False),
    ]


def test_an_outsider_cannot_save_steps(project):
    with pytest.raises(PermissionDenied):
        journey_save_steps(
            project=project,
            actor=UserFactory(),
            introduction="",
            steps=[step("Mine now", hello_world=True)],
        )
    assert not Journey.objects.exists()


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([], "Add at least one step."),
        ([step(f"Step {n}", hello_world=n == 0) for n in range(31)], "at most 30 steps"),
        ([step("  ", hello_world=True)], "Step 1 needs a title."),
        ([step("x" * 161, hello_world=True)], "longer than 160 characters"),
        ([step("Install", hello_world=True, minutes=0)], "1 to 600"),
        ([step("Install", hello_world=True, minutes=601)], "1 to 600"),
        ([step("Install", hello_world=True, minutes="ten")], "1 to 600"),
        ([step("Install"), step("Build")], "exactly one step as the hello-world milestone"),
        (
            [step("Install", hello_world=True), step("Build", hello_world=True)],
            "2 are marked",
        ),
    ],
)
def test_bad_steps_are_refused_with_a_clear_message(project, maintainer, steps, message):
    with pytest.raises(ValidationError) as error:
        journey_save_steps(project=project, actor=maintainer, introduction="", steps=steps)

    assert message in messages_of(error)
    assert not JourneyStep.objects.exists()


def test_every_problem_is_reported_at_once(project, maintainer):
    with pytest.raises(ValidationError) as error:
        journey_save_steps(
            project=project,
            actor=maintainer,
            introduction="",
            steps=[step(""), step("Build", minutes=0)],
        )

    assert error.value.message_dict["steps"] == [
        "Step 1 needs a title.",
        "Step 2: expected minutes must be a whole number, 1 to 600.",
        "Mark exactly one step as the hello-world milestone; 0 are marked.",
    ]


def test_a_too_long_introduction_is_refused(project, maintainer):
    with pytest.raises(ValidationError) as error:
        journey_save_steps(
            project=project,
            actor=maintainer,
            introduction="x" * 5001,
            steps=[step("Install", hello_world=True)],
        )
    assert "introduction" in error.value.message_dict


def test_editing_reorders_renames_and_keeps_progress_of_kept_steps(journey, maintainer):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory())
    journey_tick(run=run, step=install, done=True, now=T0)
    journey_tick(run=run, step=span, done=True, now=T0)

    journey_save_steps(
        project=journey.project,
        actor=maintainer,
        introduction="New words.",
        steps=[
            step("Add a custom span", step_id=span.pk),
            step("Install the agent (v2)", step_id=install.pk, minutes=5),
            step("Send a first trace", step_id=trace.pk, hello_world=True),
        ],
    )

    assert [(s.pk, s.position, s.title) for s in steps_of(journey)] == [
        (span.pk, 1, "Add a custom span"),
        (install.pk, 2, "Install the agent (v2)"),
        (trace.pk, 3, "Send a first trace"),
    ]
    done = StepProgress.objects.filter(run=run, done_at__isnull=False)
    assert set(done.values_list("step_id", flat=True)) == {install.pk, span.pk}


def test_removed_steps_go_with_their_progress_and_new_ones_are_added(journey, maintainer):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory())
    journey_tick(run=run, step=span, done=True, now=T0)

    journey_save_steps(
        project=journey.project,
        actor=maintainer,
        introduction="",
        steps=[
            step("Install the agent", step_id=install.pk),
            step("Send a first trace", step_id=trace.pk, hello_world=True),
            step("Read the dashboards"),
        ],
    )

    assert [s.title for s in steps_of(journey)] == [
        "Install the agent",
        "Send a first trace",
        "Read the dashboards",
    ]
    assert not JourneyStep.objects.filter(pk=span.pk).exists()
    assert not StepProgress.objects.filter(run=run).exists()


def test_moving_the_milestone_credits_people_who_already_ticked_the_new_one(journey, maintainer):
    install, trace, span = steps_of(journey)
    early = journey_start(journey=journey, user=UserFactory(), now=T0)
    journey_tick(run=early, step=install, done=True, now=T0 + 20 * MINUTE)

    journey_save_steps(
        project=journey.project,
        actor=maintainer,
        introduction="",
        steps=[
            step("Install the agent", step_id=install.pk, hello_world=True),
            step("Send a first trace", step_id=trace.pk),
            step("Add a custom span", step_id=span.pk),
        ],
    )

    early.refresh_from_db()
    assert early.hello_world_at == T0 + 20 * MINUTE
    assert JourneyStep.objects.get(is_hello_world=True, journey=journey) == install


def test_a_step_of_another_journey_cannot_be_smuggled_in(journey, maintainer):
    other = journey_save_steps(
        project=ProjectFactory(),
        actor=UserFactory(is_staff=True),
        introduction="",
        steps=[step("Elsewhere", hello_world=True)],
    )
    foreign = other.steps.get()

    with pytest.raises(ValidationError) as error:
        journey_save_steps(
            project=journey.project,
            actor=maintainer,
            introduction="",
            steps=[step("Stolen", step_id=foreign.pk, hello_world=True)],
        )

    assert "removed by someone else" in messages_of(error)
    assert other.steps.get().title == "Elsewhere"
    assert journey.steps.count() == 3


# Starting and ticking ------------------------------------------------------------------------


def test_starting_twice_returns_the_same_run_and_the_first_start_time(journey):
    newcomer = UserFactory()

    first = journey_start(journey=journey, user=newcomer, now=T0)
    second = journey_start(journey=journey, user=newcomer, now=T0 + 60 * MINUTE)

    assert first.pk == second.pk
    assert second.started_at == T0
    assert JourneyRun.objects.count() == 1


def test_a_journey_without_steps_cannot_be_started(project):
    journey = Journey.objects.create(project=project)

    with pytest.raises(ValidationError, match="no steps yet"):
        journey_start(journey=journey, user=UserFactory())


def test_ticking_records_when_and_moves_last_activity(journey):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)

    progress = journey_tick(run=run, step=install, done=True, now=T0 + 5 * MINUTE)

    run.refresh_from_db()
    assert progress.done_at == T0 + 5 * MINUTE
    assert run.last_activity_at == T0 + 5 * MINUTE
    assert run.hello_world_at is None
    assert run.finished_at is None


def test_ticking_a_done_step_again_keeps_the_first_time(journey):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)
    journey_tick(run=run, step=install, done=True, now=T0 + 5 * MINUTE)

    progress = journey_tick(run=run, step=install, done=True, now=T0 + 50 * MINUTE)

    assert progress.done_at == T0 + 5 * MINUTE


def test_ticking_the_milestone_records_hello_world_and_the_last_step_finishes(journey):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)

    journey_tick(run=run, step=trace, done=True, now=T0 + 30 * MINUTE)
    journey_tick(run=run, step=install, done=True, now=T0 + 40 * MINUTE)
    run.refresh_from_db()
    assert run.hello_world_at == T0 + 30 * MINUTE
    assert run.finished_at is None

    journey_tick(run=run, step=span, done=True, now=T0 + 90 * MINUTE)
    run.refresh_from_db()
    assert run.hello_world_at == T0 + 30 * MINUTE
    assert run.finished_at == T0 + 90 * MINUTE


def test_the_milestone_cannot_be_unticked_once_reached(journey):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)
    journey_tick(run=run, step=trace, done=True, now=T0 + 30 * MINUTE)

    with pytest.raises(ValidationError, match="cannot be un-ticked"):
        journey_tick(run=run, step=trace, done=False, now=T0 + 31 * MINUTE)

    run.refresh_from_db()
    assert run.hello_world_at == T0 + 30 * MINUTE
    assert StepProgress.objects.get(run=run, step=trace).done_at == T0 + 30 * MINUTE


def test_other_steps_can_be_unticked_and_milestones_stay_recorded(journey):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)
    for minutes, each in [(1, install), (2, trace), (3, span)]:
        journey_tick(run=run, step=each, done=True, now=T0 + minutes * MINUTE)

    progress = journey_tick(run=run, step=install, done=False, now=T0 + 10 * MINUTE)

    run.refresh_from_db()
    assert progress.done_at is None
    assert run.last_activity_at == T0 + 10 * MINUTE
    assert run.hello_world_at == T0 + 2 * MINUTE
    assert run.finished_at == T0 + 3 * MINUTE


def test_unticking_a_step_never_ticked_changes_nothing(journey):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)

    progress = journey_tick(run=run, step=install, done=False, now=T0 + MINUTE)

    assert progress.done_at is None
    assert not StepProgress.objects.exists()
    run.refresh_from_db()
    assert run.last_activity_at == T0


def test_a_step_of_another_journey_cannot_be_ticked(journey, maintainer):
    run = journey_start(journey=journey, user=UserFactory())
    other = journey_save_steps(
        project=ProjectFactory(),
        actor=UserFactory(is_superuser=True),
        introduction="",
        steps=[step("Elsewhere", hello_world=True)],
    )

    with pytest.raises(ValidationError, match="another journey"):
        journey_tick(run=run, step=other.steps.get(), done=True)


# Blocking --------------------------------------------------------------------------------------


def test_blocking_records_the_comment_and_notifies_every_maintainer(
    journey, maintainer, django_capture_on_commit_callbacks
):
    second = UserFactory(first_name="Max", last_name="Keeper")
    make_maintainer(journey.project, second)
    install, trace, span = steps_of(journey)
    newcomer = UserFactory(first_name="Nina", last_name="Newcomer")
    run = journey_start(journey=journey, user=newcomer, now=T0)

    with django_capture_on_commit_callbacks(execute=True):
        progress = journey_block(
            run=run, step=span, comment="The span API returns 403.", now=T0 + 9 * MINUTE
        )

    assert progress.blocked_at == T0 + 9 * MINUTE
    assert progress.blocked_comment == "The span API returns 403."
    run.refresh_from_db()
    assert run.last_activity_at == T0 + 9 * MINUTE
    notifications = Notification.objects.order_by("user__email")
    assert {n.user for n in notifications} == {maintainer, second}
    for notification in notifications:
        assert notification.message == (
            "Nina Newcomer is blocked on step 3 of the Lantern journey: The span API returns 403."
        )
        assert notification.url == "/projects/lantern/journey/#blocked"
    assert sorted(email.to[0] for email in mail.outbox) == sorted([maintainer.email, second.email])
    assert "blocked on step 3 of the Lantern journey" in mail.outbox[0].body
    assert "/projects/lantern/journey/" in mail.outbox[0].body


def test_a_maintainer_blocked_on_their_own_journey_is_not_notified_of_it(journey, maintainer):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=maintainer)

    journey_block(run=run, step=install, comment="Testing the flow.")

    assert not Notification.objects.exists()


def test_a_long_comment_is_kept_whole_but_shortened_in_the_notification(journey, maintainer):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory())
    comment = "The agent will not start. " * 60

    progress = journey_block(run=run, step=install, comment=comment)

    assert progress.blocked_comment == comment.strip()
    message = Notification.objects.get().message
    assert len(message) <= 300
    assert message.endswith("…")


@pytest.mark.parametrize(
    ("comment", "message"),
    [
        ("", "Say what is in your way"),
        ("   \n ", "Say what is in your way"),
        ("x" * 2001, "under 2000 characters"),
    ],
)
def test_a_block_needs_a_reasonable_comment(journey, maintainer, comment, message):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory())

    with pytest.raises(ValidationError) as error:
        journey_block(run=run, step=install, comment=comment)

    assert message in messages_of(error)
    assert not StepProgress.objects.filter(blocked_at__isnull=False).exists()
    assert not Notification.objects.exists()


def test_a_done_step_cannot_be_blocked(journey, maintainer):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory())
    journey_tick(run=run, step=install, done=True)

    with pytest.raises(ValidationError, match="un-tick it first"):
        journey_block(run=run, step=install, comment="Stuck")


def test_ticking_a_blocked_step_clears_the_block(journey, maintainer):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory())
    journey_block(run=run, step=install, comment="Stuck on the proxy.")

    progress = journey_tick(run=run, step=install, done=True)

    assert progress.blocked_at is None
    assert progress.blocked_comment == ""


def test_unblocking_clears_the_block_and_counts_as_activity(journey, maintainer):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)
    journey_block(run=run, step=install, comment="Stuck on the proxy.", now=T0 + MINUTE)

    progress = journey_unblock(run=run, step=install, now=T0 + 2 * MINUTE)

    run.refresh_from_db()
    assert progress.blocked_at is None
    assert progress.blocked_comment == ""
    assert run.last_activity_at == T0 + 2 * MINUTE


def test_unblocking_a_step_that_is_not_blocked_changes_nothing(journey):
    install, trace, span = steps_of(journey)
    run = journey_start(journey=journey, user=UserFactory(), now=T0)

    assert journey_unblock(run=run, step=install, now=T0 + MINUTE) is None
    run.refresh_from_db()
    assert run.last_activity_at == T0
