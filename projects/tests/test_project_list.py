import pytest
from django.test import override_settings

from portal.tests.factories import TeamFactory
from projects.models import Project
from projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [project.name for project in response.context["page"].object_list]


def test_it_lists_projects_most_active_first(client):
    ProjectFactory(name="Quiet", activity_score=10)
    ProjectFactory(name="Busy", activity_score=900)

    response = client.get("/projects/")

    assert names(response) == ["Busy", "Quiet"]
    assert "2 projects" in response.content.decode()


def test_search_matches_name_tagline_description_and_tags(client):
    ProjectFactory(name="Lantern", tagline="Tracing for every service in the company")
    ProjectFactory(name="Ledger", tagline="Double-entry bookkeeping", tags={"topic": ["payments"]})
    ProjectFactory(name="Quill", description="Renders **PDF invoices** from templates.")

    assert names(client.get("/projects/?q=tracing")) == ["Lantern"]
    assert names(client.get("/projects/?q=payments")) == ["Ledger"]
    assert names(client.get("/projects/?q=invoices")) == ["Quill"]


def test_search_ranks_a_name_match_first(client):
    ProjectFactory(name="Other", tagline="Works well with Beacon dashboards", activity_score=999)
    ProjectFactory(name="Beacon", tagline="Dashboards", activity_score=1)

    assert names(client.get("/projects/?q=beacon")) == ["Beacon", "Other"]


def test_facets_combine_and_count_under_the_other_filters(client):
    ProjectFactory(name="Go lib", tags={"language": ["Go"]}, kind=Project.Kind.LIBRARY)
    ProjectFactory(name="Go svc", tags={"language": ["Go"]}, kind=Project.Kind.SERVICE)
    ProjectFactory(name="Py lib", tags={"language": ["Python"]}, kind=Project.Kind.LIBRARY)

    response = client.get("/projects/?language=go&kind=library")

    assert names(response) == ["Go lib"]
    facets = {facet.name: facet for facet in response.context["facets"]}
    language_counts = {value.value: value.count for value in facets["language"].values}
    kind_counts = {value.value: value.count for value in facets["kind"].values}
    assert language_counts == {"go": 1, "python": 1}  # languages among libraries
    assert kind_counts == {"library": 1, "service": 1}  # kinds among Go projects


def test_several_values_of_one_facet_mean_any_of_them(client):
    ProjectFactory(name="A", tags={"language": ["Go"]})
    ProjectFactory(name="B", tags={"language": ["Rust"]})
    ProjectFactory(name="C", tags={"language": ["Java"]})

    assert sorted(names(client.get("/projects/?language=go&language=rust"))) == ["A", "B"]


def test_the_team_facet_includes_sub_teams(client):
    department = TeamFactory(slug="platform")
    ProjectFactory(name="Top", owner_team=department)
    ProjectFactory(name="Below", owner_team=TeamFactory(parent=department))
    ProjectFactory(name="Elsewhere")

    assert sorted(names(client.get("/projects/?team=platform"))) == ["Below", "Top"]


def test_archived_projects_are_hidden_unless_asked_for(client):
    ProjectFactory(name="Old", stage=Project.Stage.ARCHIVED)
    ProjectFactory(name="New")

    assert names(client.get("/projects/")) == ["New"]
    assert sorted(names(client.get("/projects/?archived=true"))) == ["New", "Old"]
    assert names(client.get("/projects/?stage=archived")) == ["Old"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", ["Alpha", "Beta", "Gamma"]),
        ("newest", ["Gamma", "Beta", "Alpha"]),
        ("adoption", ["Beta", "Alpha", "Gamma"]),
        ("activity", ["Alpha", "Gamma", "Beta"]),
    ],
)
def test_it_sorts(client, sort, expected):
    import datetime

    from django.utils import timezone

    now = timezone.now()
    ProjectFactory(
        name="Alpha",
        activity_score=300,
        adopter_count=2,
        created_at=now - datetime.timedelta(days=3),
    )
    ProjectFactory(
        name="Beta",
        activity_score=100,
        adopter_count=9,
        created_at=now - datetime.timedelta(days=2),
    )
    ProjectFactory(
        name="Gamma",
        activity_score=200,
        adopter_count=0,
        created_at=now - datetime.timedelta(days=1),
    )

    assert names(client.get(f"/projects/?sort={sort}")) == expected


def test_it_paginates_and_keeps_the_filters_in_the_links(client):
    for number in range(30):
        ProjectFactory(name=f"Go {number:02}", tags={"language": ["Go"]})

    response = client.get("/projects/?language=go&sort=name&per_page=12&page=2")

    assert names(response)[0] == "Go 12"
    html = response.content.decode()
    assert "language=go" in html and "page=3" in html
    assert "30 projects" in html


def test_bad_parameters_fall_back_instead_of_failing(client):
    ProjectFactory(name="Only")

    response = client.get("/projects/?page=999&per_page=7&sort=bogus&language=%3Cscript%3E")

    assert response.status_code == 200
    assert names(response) == ["Only"]


def test_an_empty_result_says_what_to_try(client):
    ProjectFactory(name="Lantern")

    html = client.get("/projects/?q=zebra").content.decode()

    assert "No project matches “zebra”" in html
    assert "clear all filters" in html


def test_htmx_requests_get_only_the_results(client):
    ProjectFactory(name="Lantern")

    response = client.get("/projects/?q=lantern", headers={"HX-Request": "true"})

    html = response.content.decode()
    assert "Lantern" in html
    assert "<html" not in html


def test_the_csv_export_has_the_current_view(client):
    ProjectFactory(name="Go lib", tags={"language": ["Go"]})
    ProjectFactory(name="Py lib", tags={"language": ["Python"]})

    response = client.get("/projects/?language=go&format=csv")

    body = b"".join(response.streaming_content).decode()
    assert response["Content-Type"].startswith("text/csv")
    assert "Go lib" in body and "Py lib" not in body
    assert body.splitlines()[0].startswith("slug,name,tagline")


@pytest.mark.parametrize("url", ["/projects/", "/projects/?q=project&language=go&team=x"])
def test_its_query_count_does_not_grow_with_the_page(client, django_assert_max_num_queries, url):
    def fill(count):
        team = TeamFactory()
        for _ in range(count):
            ProjectFactory(owner_team=team, tags={"language": ["Go"], "topic": ["ci-cd"]})

    fill(3)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url + ("&" if "?" in url else "?") + "per_page=96")
    fill(60)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url + ("&" if "?" in url else "?") + "per_page=96")
    assert response.status_code == 200


@override_settings(LANGUAGE_CODE="en")
def test_the_page_works_without_javascript(client):
    ProjectFactory(name="Lantern")

    html = client.get("/projects/").content.decode()

    assert '<form id="catalogue-form" method="get" action="/projects/"' in html
    assert "<noscript>" in html


def test_search_tolerates_a_typo(client):
    ProjectFactory(name="Lantern", tagline="Tracing for every service")
    ProjectFactory(name="Ledger", tagline="Double-entry bookkeeping")

    assert names(client.get("/projects/?q=lantren")) == ["Lantern"]
    assert names(client.get("/projects/?q=bookeeping")) == ["Ledger"]


def test_an_exact_match_is_not_drowned_in_lookalikes(client):
    ProjectFactory(name="Ledger", tagline="Double-entry bookkeeping")
    ProjectFactory(name="Leger", tagline="Lightweight object pools")

    assert names(client.get("/projects/?q=ledger")) == ["Ledger"]
    assert names(client.get("/projects/?q=ledgre")) != []  # typos still find something


def test_a_misspelt_search_ranks_the_closest_name_first(client):
    ProjectFactory(name="Launchpad", tagline="Lantern dashboards and more", activity_score=900)
    ProjectFactory(name="Lantern", tagline="Tracing for every service", activity_score=10)

    assert names(client.get("/projects/?q=lantren"))[0] == "Lantern"


def test_a_search_that_fell_back_to_close_spellings_says_so(client):
    ProjectFactory(name="Lantern")

    assert 'data-testid="close-spellings"' in client.get("/projects/?q=lantren").content.decode()
    assert (
        'data-testid="close-spellings"' not in client.get("/projects/?q=lantern").content.decode()
    )
