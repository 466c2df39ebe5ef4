import pytest

from portal.models import Membership
from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory
from projects.models import OwnershipTransfer, Project, ProjectChange
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    return ProjectFactory(
        name="Lantern",
        slug="lantern",
        tagline="Tracing for every service",
        kind="service",
        tags={"language": ["Go"]},
    )


@pytest.fixture
def maintainer(client, project):
    user = UserFactory()
    make_maintainer(project, user)
    client.force_login(user)
    return user


def edit_data(**overrides):
    data = {
        "name": "Lantern",
        "tagline": "Tracing for every service",
        "description": "It does one thing well.",
        "kind": "service",
        "stage": "active",
        "languages": "Go",
        "topics": "",
        "skills": "",
        "contributions": "",
        "repository_url": "",
        "docs_url": "",
        "issue_tracker_url": "",
        "chat_url": "",
        "forum_url": "",
        "sandbox_url": "",
        "license": "",
        "warranty_days": "",
        "packages": "",
    }
    data.update(overrides)
    return data


def test_an_outsider_gets_403(client, project):
    client.force_login(UserFactory())

    assert client.get("/projects/lantern/edit/").status_code == 403
    response = client.post("/projects/lantern/edit/", edit_data(tagline="Hijacked tagline text"))
    assert response.status_code == 403
    project.refresh_from_db()
    assert project.tagline == "Tracing for every service"


def test_anonymous_people_are_sent_to_sign_in(client, project):
    response = client.get("/projects/lantern/edit/")

    assert response.status_code == 302


def test_a_maintainer_edits_and_the_history_says_what_changed(client, project, maintainer):
    response = client.post(
        "/projects/lantern/edit/",
        edit_data(tagline="Distributed tracing for all services", languages="Go, Rust"),
    )

    assert response.status_code == 302
    change = ProjectChange.objects.filter(project=project).first()
    assert change.actor == maintainer
    assert change.fields["tagline"] == [
        "Tracing for every service",
        "Distributed tracing for all services",
    ]
    assert change.fields["language"] == ["Go", "Go, Rust"]
    html = client.get("/projects/lantern/").content.decode()
    assert "Changed tagline, Language" in html


def test_a_portal_admin_can_edit(client, project):
    client.force_login(UserFactory(is_staff=True))

    response = client.post("/projects/lantern/edit/", edit_data(stage="mature"))

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.stage == "mature"


def test_archive_hides_and_restore_brings_back_the_stage(client, project, maintainer):
    client.post("/projects/lantern/archive/")
    project.refresh_from_db()
    assert project.stage == Project.Stage.ARCHIVED
    listed = client.get("/projects/").context["page"].object_list
    assert project not in listed

    client.post("/projects/lantern/restore/")

    project.refresh_from_db()
    assert project.stage == Project.Stage.ACTIVE


def test_archive_needs_a_post(client, project, maintainer):
    assert client.get("/projects/lantern/archive/").status_code == 405


def test_an_outsider_cannot_archive(client, project):
    client.force_login(UserFactory())

    assert client.post("/projects/lantern/archive/").status_code == 403


def test_ownership_moves_only_when_the_new_teams_lead_accepts(client, project, maintainer):
    new_team = TeamFactory(name="Observability")
    lead = MembershipFactory(team=new_team, role=Membership.Role.LEAD).user
    member = MembershipFactory(team=new_team).user

    client.post("/projects/lantern/transfer/", {"to_team": new_team.pk, "note": "Yours now?"})
    transfer = OwnershipTransfer.objects.get()
    project.refresh_from_db()
    assert project.owner_team != new_team

    client.force_login(member)
    response = client.post(f"/projects/lantern/transfer/{transfer.pk}/", {"decision": "accept"})
    assert response.status_code == 403

    client.force_login(lead)
    client.post(f"/projects/lantern/transfer/{transfer.pk}/", {"decision": "accept"})

    project.refresh_from_db()
    assert project.owner_team == new_team
    assert ProjectChange.objects.filter(summary__startswith="Ownership moved").exists()


def test_a_declined_hand_over_keeps_the_owner(client, project, maintainer):
    new_team = TeamFactory()
    lead = MembershipFactory(team=new_team, role=Membership.Role.LEAD).user
    client.post("/projects/lantern/transfer/", {"to_team": new_team.pk})
    transfer = OwnershipTransfer.objects.get()

    client.force_login(lead)
    client.post(f"/projects/lantern/transfer/{transfer.pk}/", {"decision": "decline"})

    transfer.refresh_from_db()
    assert transfer.status == "declined"
    project.refresh_from_db()
    assert project.owner_team != new_team


def test_only_one_hand_over_waits_at_a_time(client, project, maintainer):
    client.post("/projects/lantern/transfer/", {"to_team": TeamFactory().pk})

    response = client.get("/projects/lantern/transfer/")

    assert "has been asked to take over" in response.content.decode()
    assert OwnershipTransfer.objects.count() == 1


def test_maintainers_add_and_remove_people_but_keep_one_maintainer(client, project, maintainer):
    mentor = UserFactory(username="mo")

    client.post("/projects/lantern/people/", {"person": "mo", "role": "mentor"})
    assert project.roles.filter(user=mentor, role="mentor").exists()

    only_maintainer = project.roles.get(role="maintainer")
    response = client.post("/projects/lantern/people/", {"remove": only_maintainer.pk}, follow=True)
    assert "A project keeps at least one maintainer." in response.content.decode()
    assert project.roles.filter(role="maintainer").exists()


def test_an_unknown_person_gets_a_clear_message(client, project, maintainer):
    response = client.post("/projects/lantern/people/", {"person": "nobody", "role": "mentor"})

    assert "Nobody with the username or email “nobody”." in response.content.decode()


def test_the_history_page_lists_every_change(client, project, maintainer):
    client.post("/projects/lantern/edit/", edit_data(stage="mature"))

    html = client.get("/projects/lantern/history/").content.decode()

    assert "Changed stage" in html
    assert "active → mature" in html


def test_the_receiving_teams_leads_are_asked_to_decide(
    client, project, maintainer, django_capture_on_commit_callbacks
):
    from django.core import mail

    new_team = TeamFactory(name="Observability")
    lead = MembershipFactory(team=new_team, role=Membership.Role.LEAD).user
    MembershipFactory(team=new_team)  # a member is not asked

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/projects/lantern/transfer/", {"to_team": new_team.pk})

    assert [message.to for message in mail.outbox] == [[lead.email]]
    assert "asks Observability to take over Lantern" in mail.outbox[0].subject


def test_a_long_history_is_paged_newest_first(client, project):
    for number in range(55):
        ProjectChange.objects.create(project=project, summary=f"Change {number}")

    html = client.get("/projects/lantern/history/").content.decode()

    assert "Change 54" in html and "Change 0" not in html
    assert "Page 1 of 2" in html
    assert 'href="?page=2"' in html and ">Older<" in html
