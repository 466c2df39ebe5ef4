"""The demo data command: a believable organisation, loaded once, ready to sign in to."""

import datetime
from io import StringIO
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from onboarding.guides import guide_sections_missing
from onboarding.models import (
    Claim,
    ClaimUpdate,
    Guide,
    Journey,
    JourneyRun,
    JourneyStep,
    StarterIssue,
    StepProgress,
)
from onboarding.selectors import contributor_record
from onboarding.selectors_journeys import run_is_abandoned, run_ttfhw
from onboarding.services_starter_issues import claims_expire
from portal import demo_data
from portal.models import Membership, Notification, Team, User
from projects.models import Project, ProjectRole, Tag


def load_demo_data() -> str:
    out = StringIO()
    call_command("load_demo_data", stdout=out)
    return out.getvalue()


def people():
    return User.objects.exclude(email=demo_data.ADMIN_EMAIL)


@pytest.mark.django_db
def test_it_creates_a_realistic_organisation():
    load_demo_data()

    root = Team.objects.roots().get()
    assert {team.name for team in root.children.all()} == {
        "Platform Engineering",
        "Product Engineering",
        "Data & AI",
    }
    assert 12 <= Team.objects.count() <= 14
    assert all(team.description for team in Team.objects.all())
    assert people().count() == 50
    assert len({person.last_name for person in people()}) > 45


@pytest.mark.django_db
def test_every_team_has_exactly_one_lead():
    load_demo_data()

    for team in Team.objects.all():
        leads = Membership.objects.active().filter(team=team, role=Membership.Role.LEAD)
        assert leads.count() == 1, team.name


@pytest.mark.django_db
def test_everyone_is_in_a_team_and_some_people_moved():
    load_demo_data()

    for person in people():
        assert Membership.objects.active().filter(user=person).exists(), person.username
    in_two_teams = [p for p in people() if Membership.objects.active().filter(user=p).count() > 1]
    assert len(in_two_teams) >= 3
    assert 2 <= Membership.objects.filter(until__isnull=False).count() <= 3
    oldest = Membership.objects.order_by("since").first().since
    assert (Membership.objects.order_by("-since").first().since - oldest).days > 2 * 365


@pytest.mark.django_db
def test_it_creates_projects_of_every_kind_and_stage():
    load_demo_data()

    assert Project.objects.count() == 30
    assert {p.kind for p in Project.objects.all()} == set(Project.Kind.values)
    assert {p.stage for p in Project.objects.all()} == set(Project.Stage.values)
    assert 1 <= Project.objects.filter(stage=Project.Stage.ARCHIVED).count() <= 2
    assert len({p.tagline for p in Project.objects.all()}) == 30
    assert {tag.kind for tag in Tag.objects.all()} == set(Tag.Kind.values)
    for project in Project.objects.all():
        project.full_clean()
        assert project.tags.exists(), project.name


@pytest.mark.django_db
def test_maintainers_belong_to_the_owner_team():
    load_demo_data()

    for project in Project.objects.all():
        maintainers = project.roles.filter(role=ProjectRole.Role.MAINTAINER)
        assert 1 <= maintainers.count() <= 3, project.name
        for role in maintainers:
            in_owner_team = Membership.objects.active().filter(
                user=role.user, team=project.owner_team
            )
            assert in_owner_team.exists(), f"{role.user.username} maintains {project.name}"


@pytest.mark.django_db
def test_the_demo_personas_show_what_the_output_promises():
    output = load_demo_data()

    for email, _shows in demo_data.DEMO_LOGINS:
        assert email in output
    assert demo_data.DEMO_PASSWORD in output
    admin = User.objects.get(email=demo_data.ADMIN_EMAIL)
    assert admin.is_staff and admin.is_superuser
    lead = User.objects.get(username="ana.lima")
    assert lead.memberships.filter(role=Membership.Role.LEAD).exists()
    maintainer = User.objects.get(username="kenji.watanabe")
    assert maintainer.project_roles.filter(role=ProjectRole.Role.MAINTAINER).count() >= 2
    newcomer = User.objects.get(username="lea.dubois")
    assert not newcomer.project_roles.exists()


def onboarding_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            StarterIssue,
            Claim,
            ClaimUpdate,
            Journey,
            JourneyStep,
            JourneyRun,
            StepProgress,
            Guide,
            Notification,
        )
    }


@pytest.mark.django_db
def test_it_loads_only_once():
    load_demo_data()
    loaded = onboarding_counts()

    output = load_demo_data()

    assert "already loaded" in output
    assert Project.objects.count() == 30
    assert User.objects.count() == 51
    assert onboarding_counts() == loaded


@pytest.mark.django_db
def test_it_leaves_a_portal_with_projects_alone():
    team = Team.objects.create(name="Payments", slug="payments")
    Project.objects.create(name="Ledger", slug="ledger", tagline="Books", owner_team=team)

    load_demo_data()

    assert Project.objects.count() == 1
    assert not User.objects.exists()


@pytest.mark.django_db
def test_demo_users_can_sign_in(client):
    load_demo_data()
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == User.objects.count()

    response = client.post(
        reverse("account_login"),
        {"login": "lea.dubois@fernhill.example.com", "password": demo_data.DEMO_PASSWORD},
    )

    assert response.status_code == 302
    assert response.url == reverse("home")
    assert client.session["_auth_user_id"] == str(User.objects.get(username="lea.dubois").pk)


# Onboarding ----------------------------------------------------------------------------------


def roles_of(project: Project, *roles: str) -> set[int]:
    return set(project.roles.filter(role__in=roles).values_list("user_id", flat=True))


@pytest.mark.django_db
def test_the_starter_issue_board_is_stocked_with_mentored_issues():
    load_demo_data()

    board = StarterIssue.objects.open().select_related("project", "mentor")
    assert board.count() >= 20
    assert len({issue.project_id for issue in board}) >= 10
    for issue in StarterIssue.objects.select_related("project"):
        assert issue.project.stage in {"incubating", "active", "mature"}, issue.title
        assert 1 <= issue.effort_hours <= 16, issue.title
        assert 5 <= issue.points <= 30, issue.title
        assert issue.skills.filter(kind=Tag.Kind.SKILL).exists(), issue.title
        assert "Where to start" in issue.body and "What done looks like" in issue.body
        mentors = roles_of(issue.project, ProjectRole.Role.MENTOR, ProjectRole.Role.MAINTAINER)
        assert issue.mentor_id in mentors, issue.title
        if issue.project.issue_tracker_url:
            tracker = urlsplit(issue.project.issue_tracker_url).hostname
            assert urlsplit(issue.external_url).hostname == tracker, issue.title
        else:
            assert issue.external_url == ""
        issue.full_clean()


@pytest.mark.django_db
def test_claims_show_work_in_progress_done_and_released():
    load_demo_data()
    now = timezone.now()

    active = Claim.objects.filter(released_at__isnull=True).select_related("issue")
    assert active.count() == 3
    assert len({claim.user_id for claim in active}) == 3
    in_review = [claim for claim in active if claim.issue.state == StarterIssue.State.IN_REVIEW]
    assert len(in_review) == 1 and in_review[0].change_request_url
    for claim in active:
        # The hourly expiry job must not release (or even remind about) a demo claim.
        assert claim.last_activity_at >= now - datetime.timedelta(days=5)
        assert claim.reminder_sent_at is None

    done = Claim.objects.filter(outcome=Claim.Outcome.DONE).select_related("issue", "user")
    assert done.count() == 4
    assert len({claim.user_id for claim in done}) == 4
    assert "ana.lima" in {claim.user.username for claim in done}
    for claim in done:
        assert claim.points_awarded == claim.issue.points > 0
        assert claim.issue.state == StarterIssue.State.DONE
        assert contributor_record(user=claim.user).points >= claim.points_awarded

    released = Claim.objects.get(outcome=Claim.Outcome.RELEASED)
    assert released.issue.state == StarterIssue.State.OPEN
    assert released.points_awarded == 0

    for claim in Claim.objects.select_related("issue", "user"):
        assert claim.user.date_joined <= claim.claimed_at
        assert claim.issue.created_at <= claim.claimed_at
        assert claim.claimed_at <= claim.last_activity_at <= now
        assert claim.released_at is None or claim.last_activity_at <= claim.released_at <= now
        for update in claim.updates.all():
            assert claim.claimed_at <= update.created_at <= claim.last_activity_at
        # The claimer is a contributor, not one of the project's own maintainers.
        assert claim.user_id not in roles_of(claim.issue.project, ProjectRole.Role.MAINTAINER)


@pytest.mark.django_db
def test_the_expiry_job_right_after_loading_changes_nothing():
    load_demo_data()

    assert claims_expire() == (0, 0)
    assert Claim.objects.filter(outcome=Claim.Outcome.EXPIRED).count() == 0


@pytest.mark.django_db
def test_journeys_have_one_hello_world_and_lived_in_runs():
    load_demo_data()
    now = timezone.now()

    assert Journey.objects.count() == 5
    for journey in Journey.objects.all():
        assert 3 <= journey.steps.count() <= 6, journey.project.name
        assert journey.steps.filter(is_hello_world=True).count() == 1, journey.project.name

    runs = list(JourneyRun.objects.select_related("journey__project"))
    assert len(runs) >= 18
    for run in runs:
        assert now - datetime.timedelta(days=60) <= run.started_at <= run.last_activity_at <= now
        ttfhw = run_ttfhw(run)
        if ttfhw is not None:
            assert datetime.timedelta(minutes=30) <= ttfhw <= datetime.timedelta(days=3)
    assert sum(run.finished_at is not None for run in runs) >= 5
    abandoned = [run for run in runs if run_is_abandoned(run)]
    assert len(abandoned) == 3
    for run in abandoned:
        assert 20 <= (now - run.started_at).days <= 40

    blocked = StepProgress.objects.filter(blocked_at__isnull=False).select_related("step")
    assert blocked.count() == 1
    assert blocked[0].step.journey.project.slug == "lantern"
    assert blocked[0].blocked_comment
    kenji = User.objects.get(username="kenji.watanabe")
    assert kenji.notifications.filter(message__contains="blocked", read_at__isnull=True).exists()


@pytest.mark.django_db
def test_the_newcomer_has_nothing_started_yet():
    load_demo_data()

    newcomer = User.objects.get(username=demo_data.NEWCOMER)
    assert not newcomer.claims.exists()
    assert not newcomer.journey_runs.exists()


@pytest.mark.django_db
def test_guides_are_written_synced_and_some_miss_sections():
    load_demo_data()

    guides = Guide.objects.select_related("project")
    assert guides.count() == 8
    missing = {guide.project.slug: guide_sections_missing(guide.body) for guide in guides}
    incomplete = [slug for slug, sections in missing.items() if sections]
    assert len(incomplete) == 2
    assert all(1 <= len(missing[slug]) <= 2 for slug in incomplete)
    for guide in guides:
        # Filled in: no prompts or "…" placeholders of the template are left.
        assert "…" not in guide.body and "\n> " not in guide.body, guide.project.name
        assert guide.updated_at < timezone.now() - datetime.timedelta(days=1)

    synced = guides.get(source=Guide.Source.REPOSITORY)
    assert synced.source_path == "CONTRIBUTING.md"
    assert synced.sync_error == ""
    assert synced.source_url
    age = timezone.now() - synced.last_synced_at
    assert datetime.timedelta(hours=23) < age < datetime.timedelta(hours=25)


@pytest.mark.django_db
def test_the_demo_history_sends_no_email():
    load_demo_data()

    assert Notification.objects.exists()
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()
    assert not Notification.objects.filter(created_at__gt=timezone.now()).exists()


@pytest.mark.django_db
def test_the_onboarding_pages_show_the_demo(client):
    load_demo_data()
    done = Claim.objects.filter(outcome=Claim.Outcome.DONE).select_related("user").first()

    assert client.get(reverse("starter_issue_list")).status_code == 200
    assert client.get(reverse("person_profile", args=[done.user.username])).status_code == 200
    client.force_login(User.objects.get(username="kenji.watanabe"))
    response = client.get(reverse("project_journey", args=["lantern"]))
    assert response.status_code == 200
    assert StepProgress.objects.get(blocked_at__isnull=False).blocked_comment[:40] in (
        response.content.decode()
    )
