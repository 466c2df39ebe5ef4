"""The projects API: /api/v1/projects/ (list, detail, create, update)."""

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from portal.api_errors import api_exception_handler
from portal.models import Membership
from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory
from projects.models import Project, ProjectChange, ProjectRole
from projects.services import project_create, project_set_activity

pytestmark = pytest.mark.django_db

LIST = "/api/v1/projects/"


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    # The test cache is shared by the whole run; throttle counts must not carry over.
    cache.clear()


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def team():
    return TeamFactory(name="Observability", slug="observability")


@pytest.fixture
def maintainer(team):
    return MembershipFactory(team=team).user


def make_project(name: str, *, team=None, actor=None, tags=None, **fields) -> Project:
    """A project registered as the register form would: through the service."""
    team = team or TeamFactory()
    if actor is not None and not Membership.objects.filter(user=actor, team=team).exists():
        MembershipFactory(user=actor, team=team)
    fields.setdefault("tagline", f"{name}, a shared building block.")
    return project_create(actor=actor, owner_team=team, name=name, tags=tags or {}, **fields)


def names(response) -> list[str]:
    return [row["name"] for row in response.json()["results"]]


def valid_payload(**overrides) -> dict:
    payload = {
        "name": "Lantern",
        "tagline": "Tracing for every service",
        "owner_team": "observability",
        "kind": "library",
        "languages": ["Go", "Python"],
        "topics": ["tracing"],
        "repository_url": "https://git.corp.example/obs/lantern",
        "packages": ["lantern-sdk"],
    }
    payload.update(overrides)
    return payload


# Reading ------------------------------------------------------------------------------------


def test_anyone_can_list_projects_most_active_first(api):
    quiet = make_project("Quiet")
    busy = make_project("Busy")
    project_set_activity(project_id=quiet.pk, activity_score=10)
    project_set_activity(project_id=busy.pk, activity_score=900)

    response = api.get(LIST)

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert body["next"] is None and body["previous"] is None
    assert names(response) == ["Busy", "Quiet"]


def test_a_list_row_carries_the_documented_fields(api, team, maintainer):
    make_project(
        "Lantern",
        team=team,
        actor=maintainer,
        tags={"language": ["Go"], "topic": ["tracing"], "skill": ["Docs"]},
        docs_url="https://docs.corp.example/lantern",
        packages=["lantern-sdk"],
    )

    row = api.get(LIST).json()["results"][0]

    assert row["slug"] == "lantern"
    assert row["owner_team"] == "observability"
    assert row["languages"] == ["Go"]
    assert row["topics"] == ["tracing"]
    assert row["skills"] == ["Docs"]
    assert row["contribution_types"] == []
    assert row["docs_url"] == "https://docs.corp.example/lantern"
    assert row["packages"] == ["lantern-sdk"]
    assert row["maintainers"] == [maintainer.username]
    assert row["url"] == "http://testserver/projects/lantern/"
    assert {"activity_score", "adopter_count", "created_at", "updated_at"} <= set(row)


def test_search_finds_projects_by_name_and_tagline(api):
    make_project("Lantern", tagline="Tracing for every service")
    make_project("Ledger", tagline="Double-entry bookkeeping")

    assert names(api.get(LIST, {"q": "tracing"})) == ["Lantern"]
    assert names(api.get(LIST, {"q": "ledger"})) == ["Ledger"]


def test_the_list_filters_by_language_team_and_stage(api):
    platform = TeamFactory(slug="platform")
    devex = TeamFactory(slug="devex", parent=platform)
    make_project("Go lib", team=devex, tags={"language": ["Go"]}, stage="active")
    make_project("Py lib", team=platform, tags={"language": ["Python"]}, stage="incubating")
    make_project("Other", tags={"language": ["Go"]}, stage="mature")

    assert sorted(names(api.get(LIST, {"language": "go"}))) == ["Go lib", "Other"]
    assert sorted(names(api.get(LIST, {"team": "platform"}))) == ["Go lib", "Py lib"]
    assert names(api.get(LIST, {"stage": "incubating"})) == ["Py lib"]
    assert names(api.get(f"{LIST}?stage=active&stage=mature&language=go&sort=name")) == [
        "Go lib",
        "Other",
    ]


def test_archived_projects_are_listed_only_when_asked_for(api):
    make_project("Current")
    make_project("Old", stage="archived")

    assert names(api.get(LIST)) == ["Current"]
    assert sorted(names(api.get(LIST, {"archived": "true"}))) == ["Current", "Old"]


def test_the_list_sorts_by_name_and_newest(api):
    make_project("Beta")
    make_project("Alpha")
    make_project("Gamma")

    assert names(api.get(LIST, {"sort": "name"})) == ["Alpha", "Beta", "Gamma"]
    assert names(api.get(LIST, {"sort": "newest"})) == ["Gamma", "Alpha", "Beta"]


def test_an_unknown_stage_is_a_400_with_a_field_error(api):
    response = api.get(LIST, {"stage": "legendary"})

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert "stage" in error["fields"]


def test_the_list_is_paginated_with_a_page_size_parameter(api):
    for number in range(5):
        make_project(f"Project {number}")

    first = api.get(LIST, {"sort": "name", "page_size": 2}).json()
    last = api.get(LIST, {"sort": "name", "page_size": 2, "page": 3}).json()

    assert first["count"] == 5
    assert [row["name"] for row in first["results"]] == ["Project 0", "Project 1"]
    assert "page=2" in first["next"] and "page_size=2" in first["next"]
    assert [row["name"] for row in last["results"]] == ["Project 4"]
    assert last["next"] is None


def test_the_page_size_is_capped_at_100(api):
    team = TeamFactory()
    for number in range(101):
        Project.objects.create(
            name=f"P{number:03}", slug=f"p{number:03}", tagline="x", owner_team=team
        )

    response = api.get(LIST, {"page_size": 1000})

    assert len(response.json()["results"]) == 100


def test_a_page_past_the_end_is_a_json_404(api):
    response = api.get(LIST, {"page": 9})

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("count", [5, 40])
def test_the_list_runs_the_same_number_of_queries_whatever_the_page_size(
    api, django_assert_num_queries, count
):
    team = TeamFactory()
    for number in range(count):
        project = make_project(
            f"Project {number}",
            team=team,
            actor=UserFactory(),
            tags={"language": ["Go", "Rust"], "topic": ["tracing"]},
        )
        ProjectRole.objects.create(
            project=project, user=UserFactory(), role=ProjectRole.Role.MAINTAINER
        )

    # Count, page of projects, their tags, their maintainers (with usernames).
    with django_assert_num_queries(4):
        response = api.get(LIST, {"page_size": 50, "language": "go"})

    assert len(response.json()["results"]) == count
    assert all(len(row["maintainers"]) == 2 for row in response.json()["results"])


def test_anyone_can_read_a_project_by_its_slug(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)

    response = api.get(f"{LIST}lantern/")

    assert response.status_code == 200
    assert response.json()["name"] == "Lantern"
    assert response.json()["maintainers"] == [maintainer.username]


def test_an_archived_project_can_still_be_read_by_its_slug(api):
    make_project("Old", stage="archived")

    assert api.get(f"{LIST}old/").status_code == 200


def test_an_unknown_slug_is_a_json_404(api):
    response = api.get(f"{LIST}no-such-project/")

    assert response.status_code == 404
    assert response.json() == {
        "error": {
            "status": 404,
            "code": "not_found",
            "message": "There is no project with the slug “no-such-project”.",
        }
    }


def test_deleting_is_not_allowed_and_says_so_in_json(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    api.force_authenticate(maintainer)

    response = api.delete(f"{LIST}lantern/")

    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


# Creating -----------------------------------------------------------------------------------


def test_a_team_member_registers_a_project_and_becomes_its_maintainer(api, team, maintainer):
    api.force_authenticate(maintainer)

    response = api.post(LIST, valid_payload(), format="json")

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["slug"] == "lantern"
    assert body["languages"] == ["Go", "Python"]
    assert body["maintainers"] == [maintainer.username]
    assert body["url"] == "http://testserver/projects/lantern/"
    project = Project.objects.get(slug="lantern")
    assert project.owner_team == team
    assert project.packages == ["lantern-sdk"]
    assert ProjectChange.objects.filter(project=project, actor=maintainer).exists()


def test_registering_for_a_team_one_is_not_in_is_a_400_on_owner_team(api, maintainer):
    TeamFactory(slug="payments")
    api.force_authenticate(maintainer)

    response = api.post(LIST, valid_payload(owner_team="payments"), format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert error["fields"] == {
        "owner_team": ["You can register projects only for a team you belong to."]
    }
    assert not Project.objects.exists()


def test_an_unknown_team_is_a_400_on_owner_team(api, maintainer):
    api.force_authenticate(maintainer)

    response = api.post(LIST, valid_payload(owner_team="nobody"), format="json")

    assert response.status_code == 400
    assert "owner_team" in response.json()["error"]["fields"]


def test_an_anonymous_caller_cannot_register_a_project(api, team):
    response = api.post(LIST, valid_payload(), format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["error"] == {
        "status": 401,
        "code": "not_authenticated",
        "message": "Authentication credentials were not provided.",
    }
    assert not Project.objects.exists()


def test_a_malformed_json_body_is_a_json_400(api, maintainer):
    api.force_authenticate(maintainer)

    response = api.post(LIST, data='{"name": "Lantern",', content_type="application/json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "parse_error"
    assert error["message"].startswith("JSON parse error")


@pytest.mark.parametrize("bad_url", ["javascript:alert(1)", "not a url", "ftp//nowhere"])
def test_an_invalid_link_is_a_400_on_that_field(api, maintainer, bad_url):
    api.force_authenticate(maintainer)

    response = api.post(LIST, valid_payload(repository_url=bad_url), format="json")

    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"repository_url": ["Enter a valid URL."]}
    assert not Project.objects.exists()


def test_a_duplicate_name_is_a_400_on_name(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    api.force_authenticate(maintainer)

    response = api.post(LIST, valid_payload(), format="json")

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["name"]
    assert Project.objects.count() == 1


def test_missing_required_fields_are_listed_in_one_error(api, maintainer):
    api.force_authenticate(maintainer)

    response = api.post(LIST, {"name": "Lantern"}, format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert set(error["fields"]) == {"tagline", "owner_team"}
    assert error["message"] == "Some fields are not valid; see “fields” for each problem."


def test_read_only_fields_are_ignored_on_create(api, maintainer):
    api.force_authenticate(maintainer)

    response = api.post(
        LIST, valid_payload(activity_score=9999, adopter_count=50, maintainers=["x"]), format="json"
    )

    assert response.status_code == 201
    project = Project.objects.get()
    assert (project.activity_score, project.adopter_count) == (0, 0)


# Updating -----------------------------------------------------------------------------------


def test_a_maintainer_updates_a_project_and_the_change_is_recorded(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer, tags={"language": ["Go"]})
    api.force_authenticate(maintainer)

    response = api.patch(
        f"{LIST}lantern/",
        {"tagline": "Distributed tracing", "stage": "active", "languages": ["Go", "Rust"]},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert response.json()["tagline"] == "Distributed tracing"
    assert response.json()["languages"] == ["Go", "Rust"]
    change = ProjectChange.objects.filter(project__slug="lantern").first()
    assert change.actor == maintainer
    assert change.fields["tagline"][1] == "Distributed tracing"
    assert change.fields["stage"] == ["incubating", "active"]
    assert change.fields["language"] == ["Go", "Go, Rust"]


def test_a_full_update_with_put_works_for_a_maintainer(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    api.force_authenticate(maintainer)

    response = api.put(
        f"{LIST}lantern/",
        {"name": "Lantern", "tagline": "New words", "owner_team": "observability"},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert Project.objects.get(slug="lantern").tagline == "New words"


def test_an_outsider_cannot_update_a_project(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    api.force_authenticate(UserFactory())

    response = api.patch(f"{LIST}lantern/", {"tagline": "Hijacked"}, format="json")

    assert response.status_code == 403
    assert response.json()["error"] == {
        "status": 403,
        "code": "permission_denied",
        "message": "Only the maintainers of this project can change it.",
    }
    assert Project.objects.get(slug="lantern").tagline != "Hijacked"


def test_a_member_of_the_owner_team_who_is_not_a_maintainer_cannot_update(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    api.force_authenticate(MembershipFactory(team=team, role=Membership.Role.LEAD).user)

    assert api.patch(f"{LIST}lantern/", {"tagline": "x"}, format="json").status_code == 403


def test_an_anonymous_caller_cannot_update_a_project(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)

    response = api.patch(f"{LIST}lantern/", {"tagline": "x"}, format="json")

    assert response.status_code == 401


def test_a_portal_admin_can_update_any_project(api):
    make_project("Lantern")
    admin = UserFactory(is_staff=True)
    api.force_authenticate(admin)

    response = api.patch(f"{LIST}lantern/", {"stage": "mature"}, format="json")

    assert response.status_code == 200
    assert Project.objects.get(slug="lantern").stage == "mature"
    assert ProjectChange.objects.filter(project__slug="lantern", actor=admin).exists()


def test_the_owner_team_and_slug_cannot_be_changed_through_an_update(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    MembershipFactory(user=maintainer, team=TeamFactory(slug="other"))
    api.force_authenticate(maintainer)

    response = api.patch(
        f"{LIST}lantern/", {"owner_team": "other", "slug": "renamed"}, format="json"
    )

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"owner_team", "slug"}
    assert Project.objects.get().owner_team == team


def test_an_update_with_an_invalid_link_changes_nothing(api, team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    api.force_authenticate(maintainer)

    response = api.patch(
        f"{LIST}lantern/",
        {"tagline": "Changed", "docs_url": "javascript:alert(1)"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"docs_url": ["Enter a valid URL."]}
    assert Project.objects.get().tagline != "Changed"


def test_session_authenticated_writes_need_the_csrf_token(team, maintainer):
    make_project("Lantern", team=team, actor=maintainer)
    browser = APIClient(enforce_csrf_checks=True)
    browser.force_login(maintainer)

    response = browser.patch(f"{LIST}lantern/", {"tagline": "x"}, format="json")

    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]["message"]


# Errors share one shape ---------------------------------------------------------------------


def test_an_error_inside_a_list_names_the_item(api, maintainer):
    api.force_authenticate(maintainer)

    response = api.post(LIST, valid_payload(topics=["tracing", "x" * 61]), format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["fields"] == {"topics.1": ["Ensure this field has no more than 60 characters."]}
    assert error["message"] == "topics.1: Ensure this field has no more than 60 characters."


def test_a_service_error_without_a_field_becomes_the_message():
    response = api_exception_handler(
        ValidationError("A project keeps at least one maintainer."), {}
    )

    assert response.status_code == 400
    assert response.data == {
        "error": {
            "status": 400,
            "code": "invalid",
            "message": "A project keeps at least one maintainer.",
        }
    }


def test_too_many_requests_is_a_json_429_saying_when_to_retry(api, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "2/min", raising=False)

    statuses = [api.get(LIST).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    response = api.get(LIST)
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (429, "throttled")
    assert error["retry_after"] > 0
    assert int(response["Retry-After"]) > 0
