"""The demo data command: a believable organisation, loaded once, ready to sign in to."""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.urls import reverse

from portal import demo_data
from portal.models import Membership, Team, User
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


@pytest.mark.django_db
def test_it_loads_only_once():
    load_demo_data()

    output = load_demo_data()

    assert "already loaded" in output
    assert Project.objects.count() == 30
    assert User.objects.count() == 51


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
