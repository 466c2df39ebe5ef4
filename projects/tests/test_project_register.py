import io

import pytest
from PIL import Image

from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory
from projects.models import Project, ProjectChange, ProjectRole

pytestmark = pytest.mark.django_db


def form_data(team, **overrides):
    data = {
        "name": "Lantern",
        "tagline": "Tracing for every service in the company",
        "description": "# Lantern\nDistributed tracing.",
        "kind": "service",
        "stage": "incubating",
        "owner_team": team.pk,
        "languages": "Go, Python",
        "topics": "observability",
        "skills": "",
        "contributions": "code, documentation",
        "repository_url": "https://git.corp.example/obs/lantern",
        "docs_url": "",
        "issue_tracker_url": "",
        "chat_url": "",
        "forum_url": "",
        "sandbox_url": "",
        "license": "",
        "warranty_days": "",
        "packages": "pypi:lantern-client\nnpm:@corp/lantern",
    }
    data.update(overrides)
    return data


@pytest.fixture
def member(client):
    membership = MembershipFactory()
    client.force_login(membership.user)
    return membership


def png(size=(64, 64), color="red") -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    buffer.seek(0)
    buffer.name = "logo.png"
    return buffer


def test_anonymous_people_are_sent_to_sign_in(client):
    response = client.get("/projects/register/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_member_registers_a_project_for_their_team(client, member):
    response = client.post("/projects/register/", form_data(member.team))

    project = Project.objects.get()
    assert response["Location"] == "/projects/lantern/"
    assert project.owner_team == member.team
    assert project.roles.get().user == member.user
    assert project.roles.get().role == ProjectRole.Role.MAINTAINER
    assert sorted(t.name for t in project.languages) == ["Go", "Python"]
    assert project.packages == ["pypi:lantern-client", "npm:@corp/lantern"]
    assert ProjectChange.objects.filter(project=project, actor=member.user).exists()


def test_the_slug_is_suggested_from_the_name(client, member):
    client.post("/projects/register/", form_data(member.team, name="Release Train Tools"))

    assert Project.objects.get().slug == "release-train-tools"


def test_someone_cannot_register_for_a_team_they_are_not_in(client, member):
    other = TeamFactory()

    response = client.post("/projects/register/", form_data(other))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Project.objects.exists()


def test_a_portal_admin_registers_for_any_team(client):
    admin = UserFactory(is_staff=True)
    client.force_login(admin)
    team = TeamFactory()

    client.post("/projects/register/", form_data(team))

    assert Project.objects.get().owner_team == team


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "This field is required."),
        ("tagline", "short", "Ensure this value has at least 10 characters"),
        ("description", "x" * 20001, "at most 20000 characters"),
        ("repository_url", "javascript:alert(1)", "Enter a full web address"),
        ("docs_url", "ftp://files.corp/x", "Enter a full web address"),
        ("packages", "pypi:ok\nrm -rf /", "is not a package name"),
        ("warranty_days", "-3", "greater than or equal to 0"),
        ("languages", "<script>", "letters, digits, spaces and + # . - _ / only"),
    ],
)
def test_bad_input_gets_a_message_next_to_the_field(client, member, field, value, message):
    response = client.post("/projects/register/", form_data(member.team, **{field: value}))

    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    assert not Project.objects.exists()


def test_a_taken_name_is_refused_whatever_its_case(client, member):
    client.post("/projects/register/", form_data(member.team))

    response = client.post("/projects/register/", form_data(member.team, name="LANTERN"))

    assert "already registered" in " ".join(response.context["form"].errors["name"])
    assert Project.objects.count() == 1


def test_a_taken_slug_is_refused(client, member):
    client.post("/projects/register/", form_data(member.team))

    response = client.post(
        "/projects/register/", form_data(member.team, name="Lantern Two", slug="lantern")
    )

    assert "is taken" in " ".join(response.context["form"].errors["slug"])


def test_a_logo_is_re_encoded_as_a_small_png(client, member):
    response = client.post(
        "/projects/register/", {**form_data(member.team), "logo": png(size=(1200, 600))}
    )

    assert response.status_code == 302
    with Image.open(Project.objects.get().logo.path) as image:
        assert image.format == "PNG"
        assert max(image.size) == 256


def test_a_logo_that_is_not_an_image_is_refused(client, member):
    fake = io.BytesIO(b"<svg onload=alert(1)></svg>")
    fake.name = "logo.png"

    response = client.post("/projects/register/", {**form_data(member.team), "logo": fake})

    assert "not an image we can read" in " ".join(response.context["form"].errors["logo"])
    assert not Project.objects.exists()


def test_a_huge_logo_is_refused(client, member, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
    huge = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * (20 * 1024 * 1024))
    huge.name = "logo.png"

    response = client.post("/projects/register/", {**form_data(member.team), "logo": huge})

    assert "the limit is 1024 KB" in " ".join(response.context["form"].errors["logo"])
    assert not Project.objects.exists()


def test_someone_without_a_team_is_told_how_to_get_one(client):
    client.force_login(UserFactory())

    response = client.get("/projects/register/")

    assert "You are not in a team yet" in response.content.decode()
