"""The OpenAPI document and the interactive docs, served by the portal itself (no CDN)."""

import re

import pytest
from django.core.cache import cache
from drf_spectacular.validation import validate_schema

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    # The test cache is shared by the whole run; throttle counts must not carry over.
    cache.clear()


def test_the_schema_is_valid_openapi_and_lists_the_projects_endpoints(client):
    response = client.get("/api/schema/?format=json")

    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)  # raises on anything the OpenAPI 3 JSON schema rejects
    assert schema["info"]["title"] == "Inner-source portal API"
    assert {"/api/v1/projects/", "/api/v1/projects/{slug}/"} <= set(schema["paths"])
    assert set(schema["paths"]["/api/v1/projects/"]) >= {"get", "post"}
    assert set(schema["paths"]["/api/v1/projects/{slug}/"]) >= {"get", "put", "patch"}


def test_the_schema_documents_token_authentication_as_http_bearer(client):
    schema = client.get("/api/schema/?format=json").json()

    assert schema["components"]["securitySchemes"]["bearerAuth"]["type"] == "http"
    assert schema["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert {"bearerAuth": []} in schema["paths"]["/api/v1/projects/"]["post"]["security"]


def test_the_schema_documents_the_catalogue_query_parameters(client):
    schema = client.get("/api/schema/?format=json").json()

    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/projects/"]["get"]["parameters"]}
    expected = {"q", "language", "topic", "contribution", "skill", "team", "stage", "kind"}
    assert expected | {"archived", "sort", "page", "page_size"} <= set(parameters)
    assert parameters["language"]["schema"]["type"] == "array"


def test_the_docs_page_loads_only_the_portals_own_files(client):
    response = client.get("/api/docs/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets, "the page should load Swagger UI's files"
    assert all(url.startswith("/static/") for url in assets), assets
    assert not re.search(r"https?://", html)
    assert "/api/schema/" in html
    for url in assets:
        served = client.get(url)
        assert served.status_code == 200, url
        assert b"".join(served.streaming_content)


@pytest.mark.django_db
def test_an_unknown_api_path_answers_json_404(client):
    response = client.get("/api/v1/nothing-here/")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
