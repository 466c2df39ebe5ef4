"""Export of a project as innersource.json and catalog-info.yaml, and the round trip back."""

import json

import pytest
import yaml

from portal.tests.factories import TeamFactory
from projects.manifests import Source, apply_plan, build_plan
from projects.models import Project
from projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

TAGS = {
    "language": ["Go", "Rust"],
    "topic": ["observability", "Nobel Metals"],
    "skill": ["Kubernetes"],
    "contribution": ["Bugfixes", "Documentation"],
}


@pytest.fixture
def project():
    return ProjectFactory(
        name="Lantern",
        slug="lantern",
        tagline="Tracing for every service.",
        description="Tracing for every service. It follows a request across teams.",
        kind=Project.Kind.SERVICE,
        stage=Project.Stage.MATURE,
        owner_team=TeamFactory(slug="platform", name="Platform"),
        repository_url="https://github.com/corp/lantern",
        docs_url="https://docs.corp.example/lantern",
        issue_tracker_url="https://jira.corp.example/LANT",
        chat_url="https://chat.corp.example/lantern",
        forum_url="https://forum.corp.example/c/lantern",
        sandbox_url="https://sandbox.corp.example/lantern",
        license="Inner-source licence 1.0",
        extra={
            "innersource": {"governance_level": "contributions_welcome", "logo": "Logo.png"},
            "backstage": {"spec": {"system": "observability"}},
        },
        tags=TAGS,
    )


def values(project: Project) -> dict:
    project = Project.objects.prefetch_related("tags").get(pk=project.pk)
    fields = [
        "slug",
        "name",
        "tagline",
        "description",
        "kind",
        "stage",
        "owner_team_id",
        "repository_url",
        "docs_url",
        "issue_tracker_url",
        "chat_url",
        "forum_url",
        "sandbox_url",
        "license",
        "extra",
    ]
    result = {field: getattr(project, field) for field in fields}
    result["tags"] = sorted((tag.kind, tag.slug) for tag in project.tags.all())
    return result


def reimport(name: str, text: str, *, owner_team=None) -> Project:
    plan = build_plan([Source(name=name, text=text)], actor=None, owner_team=owner_team)
    assert not plan.has_blocking_problems, [p.message for e in plan.entities for p in e.problems]
    return apply_plan(plan, actor=None).first_project


def test_it_exports_innersource_json_as_an_attachment(client, project):
    response = client.get("/projects/lantern/innersource.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="innersource.json"'
    assert json.loads(response.content) == {
        "title": "Lantern",
        "motivation": "Tracing for every service. It follows a request across teams.",
        "contributions": ["Bugfixes", "Documentation"],
        "skills": ["Kubernetes"],
        "language": "Go, Rust",
        "topics": ["Nobel Metals", "observability"],
        "docs": "https://docs.corp.example/lantern",
        "license": "Inner-source licence 1.0",
        # The fields the portal does not model come back as they were imported.
        "governance_level": "contributions_welcome",
        "logo": "Logo.png",
    }


def test_it_exports_a_backstage_component_as_an_attachment(client, project):
    response = client.get("/projects/lantern/catalog-info.yaml")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/yaml; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="catalog-info.yaml"'
    document = yaml.safe_load(response.content)
    assert document["apiVersion"] == "backstage.io/v1alpha1"
    assert document["kind"] == "Component"
    assert document["metadata"]["name"] == "lantern"
    assert document["metadata"]["title"] == "Lantern"
    assert document["metadata"]["tags"] == ["nobel-metals", "observability"]
    assert [link["title"] for link in document["metadata"]["links"]] == [
        "Repository",
        "Documentation",
        "Issue tracker",
        "Chat",
        "Forum",
        "Sandbox",
    ]
    assert document["metadata"]["annotations"]["innersource.portal/stage"] == "mature"
    assert document["spec"] == {
        "type": "service",
        "lifecycle": "production",
        "owner": "group:platform",
        "system": "observability",
    }


def test_an_archived_project_can_still_be_exported(client):
    ProjectFactory(slug="old", stage=Project.Stage.ARCHIVED)

    response = client.get("/projects/old/catalog-info.yaml")

    assert response.status_code == 200
    assert yaml.safe_load(response.content)["spec"]["lifecycle"] == "deprecated"
    assert client.get("/projects/old/innersource.json").status_code == 200


def test_an_unknown_project_is_not_found(client):
    assert client.get("/projects/nothing/innersource.json").status_code == 404
    assert client.get("/projects/nothing/catalog-info.yaml").status_code == 404


def test_export_is_read_only(client, project):
    assert client.post("/projects/lantern/innersource.json").status_code == 405


def test_innersource_json_round_trip_gives_the_same_values(client, project):
    before = values(project)
    text = client.get("/projects/lantern/innersource.json").content.decode()
    owner_team = project.owner_team
    project.delete()

    again = reimport("innersource.json", text, owner_team=owner_team)

    after = values(again)
    # innersource.json has no kind, stage or links other than docs: those take the defaults.
    for field in ("kind", "stage", "repository_url", "issue_tracker_url", "chat_url"):
        before.pop(field), after.pop(field)
    for field in ("forum_url", "sandbox_url"):
        before.pop(field), after.pop(field)
    before["extra"] = {"innersource": before["extra"]["innersource"]}
    assert after == before


def test_catalog_info_round_trip_gives_the_same_values(client, project):
    before = values(project)
    text = client.get("/projects/lantern/catalog-info.yaml").content.decode()
    project.delete()

    again = reimport("catalog-info.yaml", text)

    after = values(again)
    # catalog-info.yaml does not carry the innersource.json fields.
    before["extra"] = {"backstage": before["extra"]["backstage"]}
    assert after == before


def test_a_corpus_import_exports_back_with_its_unknown_fields(client, corpus):
    name = "salesforce__sa11y__innersource.json"
    original = json.loads((corpus / "innersource" / name).read_text())
    reimport(name, json.dumps(original), owner_team=TeamFactory())

    exported = json.loads(client.get("/projects/sa11y/innersource.json").content)

    assert exported["title"] == original["name"]
    assert exported["motivation"] == original["description"]
    for key in ("participating", "governance_level", "trusted_committers", "communication"):
        assert exported[key] == original[key]


def test_a_backstage_corpus_component_exports_back_with_its_kept_fields(client, corpus):
    TeamFactory(slug="team-a")
    path = corpus / "backstage" / "components" / "www-artist-component.yaml"
    reimport(path.name, path.read_text())

    document = yaml.safe_load(client.get("/projects/www-artist/catalog-info.yaml").content)

    assert document["spec"] == {
        "type": "website",
        "lifecycle": "production",
        "owner": "group:team-a",
        "system": "artist-engagement-portal",
    }
    assert document["metadata"]["description"] == "Artist main website"
