"""Export a project as the manifests it can be imported from: innersource.json and a Backstage
catalog-info.yaml. Public, like the project page; archived projects can still be exported."""

import json

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from projects.manifests import backstage, innersource
from projects.models import Project


def _project(slug: str) -> Project:
    return get_object_or_404(
        Project.objects.select_related("owner_team").prefetch_related("tags"), slug=slug
    )


def _attachment(body: str, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def innersource_json_text(project: Project, *, logo_url: str = "") -> str:
    """The innersource.json file for a project (shared with the export_catalog command)."""
    data = innersource.dump_project(project, logo_url=logo_url)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def catalog_info_text(project: Project) -> str:
    """The catalog-info.yaml file for a project (shared with the export_catalog command)."""
    return backstage.dump_yaml(backstage.dump_project(project))


@require_GET
def project_innersource_json(request: HttpRequest, slug: str) -> HttpResponse:
    project = _project(slug)
    logo_url = request.build_absolute_uri(project.logo.url) if project.logo else ""
    return _attachment(
        innersource_json_text(project, logo_url=logo_url),
        content_type="application/json; charset=utf-8",
        filename="innersource.json",
    )


@require_GET
def project_catalog_info(request: HttpRequest, slug: str) -> HttpResponse:
    return _attachment(
        catalog_info_text(_project(slug)),
        content_type="application/yaml; charset=utf-8",
        filename="catalog-info.yaml",
    )
