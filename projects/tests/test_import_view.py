"""The import page: form, preview (nothing saved), confirm (signed), and who may do what."""

import json
import time

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.models import Membership, Team, User
from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory
from projects.manifests import Source
from projects.manifests import plan as plan_module
from projects.models import Project, ProjectChange, Tag
from projects.views_import import _encode

pytestmark = pytest.mark.django_db

URL = "/projects/import/"
MANIFEST = json.dumps(
    {
        "title": "Lantern",
        "motivation": "Tracing for every service. Spans, not logs.",
        "skills": ["Go"],
        "docs": "https://docs.example.com/lantern",
    },
    indent=2,
)


@pytest.fixture
def member(client):
    membership = MembershipFactory(team__slug="platform", team__name="Platform")
    client.force_login(membership.user)
    return membership


@pytest.fixture
def admin(client):
    user = UserFactory(is_staff=True)
    client.force_login(user)
    return user


def counts() -> tuple[int, int, int, int, int]:
    return (
        Project.objects.count(),
        Team.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
        Tag.objects.count(),
    )


def preview(client, **data):
    data.setdefault("format", "auto")
    return client.post(URL, {"preview": "1", **data})


def confirm_data(response) -> dict:
    return {**response.context["confirm"], "confirm": "1"}


def corpus_upload(corpus, relative: str) -> SimpleUploadedFile:
    path = corpus / relative
    return SimpleUploadedFile(path.name, path.read_bytes(), content_type="application/yaml")


def test_it_sends_anonymous_people_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/projects/import/"


def test_it_shows_the_form_with_only_the_teams_of_the_person(client, member):
    TeamFactory(name="Someone else's team")

    response = client.get(URL)

    assert response.status_code == 200
    assert list(response.context["form"].fields["owner_team"].queryset) == [member.team]
    content = response.content.decode()
    assert 'for="id_text">Paste a manifest</label>' in content
    assert 'for="id_files">Or upload files</label>' in content


def test_the_preview_lists_what_would_happen_and_saves_nothing(client, member):
    before = counts()

    response = preview(client, text=MANIFEST, owner_team=member.team.pk)

    assert response.status_code == 200
    assert counts() == before
    content = response.content.decode()
    assert "Preview: nothing has been saved yet" in content
    assert "Lantern" in content
    assert "Tracing for every service." in content
    assert "Confirm and import" in content


def test_confirming_imports_and_lands_on_the_project_page(client, member):
    response = preview(client, text=MANIFEST, owner_team=member.team.pk)

    response = client.post(URL, confirm_data(response))

    project = Project.objects.get(slug="lantern")
    assert response.status_code == 302
    assert response["Location"] == "/projects/lantern/"
    assert project.owner_team == member.team
    assert project.roles.get().user == member.user
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Imported 1 project, 0 teams, 0 people."
    ]


def test_a_tampered_text_is_refused_and_nothing_is_saved(client, member):
    response = preview(client, text=MANIFEST, owner_team=member.team.pk)
    data = confirm_data(response)
    tampered = MANIFEST.replace("Lantern", "Trojan")
    data["sources"] = _encode([Source(name="pasted text", text=tampered)])

    response = client.post(URL, data)

    assert response.status_code == 400
    assert "The confirmed import is not the one you previewed." in response.content.decode()
    assert Project.objects.count() == 0


def test_a_forged_signature_is_refused(client, member):
    response = preview(client, text=MANIFEST, owner_team=member.team.pk)
    data = {**confirm_data(response), "signature": "forged"}

    response = client.post(URL, data)

    assert response.status_code == 400
    assert Project.objects.count() == 0


def test_a_preview_older_than_an_hour_must_be_made_again(client, member, monkeypatch):
    response = preview(client, text=MANIFEST, owner_team=member.team.pk)
    data = confirm_data(response)
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 2 * 60 * 60)

    response = client.post(URL, data)

    assert response.status_code == 400
    assert "This preview is more than an hour old." in response.content.decode()
    assert Project.objects.count() == 0


def test_a_preview_cannot_be_confirmed_by_someone_else(client, member):
    response = preview(client, text=MANIFEST, owner_team=member.team.pk)
    data = confirm_data(response)
    other = MembershipFactory(team=member.team).user
    client.force_login(other)

    response = client.post(URL, data)

    assert response.status_code == 400
    assert Project.objects.count() == 0


def test_a_team_the_person_is_not_in_is_refused(client, member):
    other_team = TeamFactory()

    response = preview(client, text=MANIFEST, owner_team=other_team.pk)

    assert response.status_code == 200
    assert response.context["form"].errors["owner_team"] == [
        "You can import projects only for a team you belong to."
    ]
    assert "plan" not in response.context


def test_an_oversized_upload_is_refused_with_its_size(client, member):
    upload = SimpleUploadedFile("big.json", b" " * int(3.2 * 1024 * 1024))

    response = client.post(URL, {"preview": "1", "format": "auto", "files": [upload]})

    assert response.context["form"].errors["files"] == [
        "The file big.json is 3.2 MB; the limit is 1 MB."
    ]


def test_an_oversized_paste_is_refused_with_its_size(client, member):
    response = preview(client, text=" " * int(1.5 * 1024 * 1024) + MANIFEST)

    assert response.context["form"].errors["text"] == [
        "The pasted text is 1.5 MB; the limit is 1 MB."
    ]


def test_it_asks_for_something_to_import(client, member):
    response = preview(client, text="   ")

    assert response.context["form"].non_field_errors() == [
        "Paste a manifest or choose a file to upload."
    ]


def test_broken_json_is_shown_with_its_line(client, member):
    response = preview(client, text='{"title": "Lantern",\n "skills": [}')

    content = response.content.decode()
    assert "Line 2, column 13: the JSON is not valid: Expecting value." in content
    assert "Nothing can be imported." in content


def test_a_javascript_docs_url_cannot_be_imported(client, member):
    manifest = json.dumps({"title": "Trap", "motivation": "Hi.", "docs": "javascript:alert(1)"})

    response = preview(client, text=manifest, owner_team=member.team.pk)

    content = response.content.decode()
    assert "is refused: only http and https links are accepted" in content
    assert "Confirm and import" not in content


def test_an_admin_uploads_backstage_files_and_sees_the_invalid_component(client, admin, corpus):
    files = [
        corpus_upload(corpus, "backstage/acme/team-a-group.yaml"),
        corpus_upload(corpus, "backstage/components/artist-lookup-component.yaml"),
        corpus_upload(corpus, "backstage/components/invalid-component.yaml"),
    ]
    before = counts()

    response = client.post(URL, {"preview": "1", "format": "auto", "files": files})

    assert counts() == before
    content = response.content.decode()
    assert "invalid-component.yaml" in content
    assert "Line 4: metadata.name “invalid component” is not a valid Backstage name" in content
    assert "Line 64: The name “guest”" in content

    response = client.post(URL, confirm_data(response))

    assert response["Location"] == "/projects/artist-lookup/"
    assert Project.objects.get().owner_team.slug == "team-a"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Imported 1 project, 1 team, 4 people.",
        "2 entries were not imported because of their problems.",
    ]


def test_for_others_teams_and_people_are_skipped(client, member, corpus):
    files = [corpus_upload(corpus, "backstage/acme/team-b-group.yaml")]

    response = client.post(URL, {"preview": "1", "format": "auto", "files": files})

    content = response.content.decode()
    assert content.count("skip: only portal administrators import teams and people") == 6
    assert "Nothing can be imported." in content


def test_both_a_paste_and_files_is_ambiguous(client, member, corpus):
    files = [corpus_upload(corpus, "backstage/acme/team-b-group.yaml")]

    response = client.post(
        URL, {"preview": "1", "format": "auto", "text": MANIFEST, "files": files}
    )

    assert response.context["form"].non_field_errors() == [
        "Paste a manifest or upload files, not both."
    ]


def test_a_failed_write_saves_nothing(client, member, monkeypatch):
    manifest = json.dumps([{"name": "one", "description": "First."}, {"name": "two"}])
    response = preview(client, text=manifest, owner_team=member.team.pk)
    before = counts()
    real_create = plan_module.project_create

    def fail_on_second(**kwargs):
        if kwargs["slug"] == "two":
            raise ValidationError("The disk is full.")
        return real_create(**kwargs)

    monkeypatch.setattr(plan_module, "project_create", fail_on_second)

    response = client.post(URL, confirm_data(response))

    assert response.status_code == 400
    assert "Nothing was imported: repository two (pasted text, line 1): The disk is full." in (
        response.content.decode()
    )
    assert counts() == before
    assert ProjectChange.objects.count() == 0
