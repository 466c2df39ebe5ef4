"""Catalogue pages: browse, project page, register, edit, people, hand-over, history."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.forms import add_service_errors
from projects import panels, services
from projects.filters import SORTS, ProjectFilter, found_by_close_spelling
from projects.forms import OwnershipTransferForm, ProjectForm, ProjectRoleForm
from projects.models import STAGE_MEANINGS, OwnershipTransfer, Project, ProjectChange, ProjectRole
from projects.permissions import can_edit_project, get_project_for_maintainer, is_team_lead
from projects.selectors import catalogue_facets, catalogue_page_rows

PAGE_SIZES = [12, 24, 48, 96]
CSV_COLUMNS = [
    "slug", "name", "tagline", "kind", "stage", "owner_team", "languages", "topics",
    "skills", "contributions", "repository_url", "docs_url", "activity_score",
    "adopter_count", "created_at",
]  # fmt: skip


def _page_size(request) -> int:
    try:
        size = int(request.GET.get("per_page", 24))
    except ValueError:
        return 24
    return size if size in PAGE_SIZES else 24


@require_GET
def project_list(request):
    """The catalogue: search, facets, sort, pagination; the whole state lives in the URL."""
    project_filter = ProjectFilter(request.GET, queryset=Project.objects.all())
    if request.GET.get("format") == "csv":
        return _catalogue_csv(project_filter.qs)
    paginator = Paginator(catalogue_page_rows(project_filter.qs), _page_size(request))
    page = paginator.get_page(request.GET.get("page"))
    view = "table" if request.GET.get("view") == "table" else "cards"
    context = {
        "filter": project_filter,
        "page": page,
        "facets": catalogue_facets(request.GET),
        "sorts": SORTS,
        "active_sort": project_filter.active_sort,
        "view": view,
        "query": " ".join(request.GET.get("q", "").split())[:200],
        "close_spellings": found_by_close_spelling(Project, request.GET.get("q", "")),
        "page_sizes": PAGE_SIZES,
        "per_page": _page_size(request),
        "include_archived": request.GET.get("archived") in {"true", "on", "1"},
    }
    template = "projects/_catalogue.html" if request.htmx else "projects/project_list.html"
    return render(request, template, context)


class _Echo:
    def write(self, value):
        return value


def _catalogue_csv(queryset) -> StreamingHttpResponse:
    """The current catalogue view as CSV, streamed so a large catalogue never sits in memory."""
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(CSV_COLUMNS)
        for project in catalogue_page_rows(queryset).iterator(chunk_size=500):
            yield writer.writerow(
                [
                    project.slug,
                    project.name,
                    project.tagline,
                    project.kind,
                    project.stage,
                    project.owner_team.slug,
                    "; ".join(t.name for t in project.languages),
                    "; ".join(t.name for t in project.topics),
                    "; ".join(t.name for t in project.skills),
                    "; ".join(t.name for t in project.contribution_types),
                    project.repository_url,
                    project.docs_url,
                    project.activity_score,
                    project.adopter_count,
                    project.created_at.isoformat(),
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="catalogue.csv"'
    return response


def _project_for_page(slug: str) -> Project:
    roles = ProjectRole.objects.select_related("user").order_by(
        "user__first_name", "user__username"
    )
    return get_object_or_404(
        Project.objects.select_related("owner_team").prefetch_related(
            "tags", Prefetch("roles", queryset=roles)
        ),
        slug=slug,
    )


@require_GET
def project_detail(request, slug: str):
    project = _project_for_page(slug)
    people: dict[str, list] = {role: [] for role in ProjectRole.Role.values}
    for project_role in project.roles.all():
        people[project_role.role].append(project_role.user)
    pending = (
        OwnershipTransfer.objects.filter(project=project, status="pending")
        .select_related("to_team", "requested_by")
        .first()
    )
    context = {
        "project": project,
        "stage_meaning": STAGE_MEANINGS.get(project.stage, ""),
        "people": [(ProjectRole.Role(role).label, users) for role, users in people.items()],
        "maintainers": people[ProjectRole.Role.MAINTAINER],
        "mentors": people[ProjectRole.Role.MENTOR],
        "can_edit": can_edit_project(request.user, project),
        "pending_transfer": pending,
        "can_decide_transfer": bool(pending and is_team_lead(request.user, pending.to_team)),
        "recent_changes": project.changes.select_related("actor")[:5],
        "panels": panels.panels_for(request, project),
    }
    return render(request, "projects/project_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def project_register(request):
    form = ProjectForm(request.POST or None, request.FILES or None, user=request.user)
    if not form.fields["owner_team"].queryset.exists():
        messages.warning(
            request,
            _(
                "You are not in a team yet, and projects are registered for a team. Ask your "
                "team lead or a portal administrator to add you."
            ),
        )
    if request.method == "POST" and form.is_valid():
        try:
            project = services.project_create(
                actor=request.user,
                owner_team=form.cleaned_data["owner_team"],
                slug=form.cleaned_data["slug"],
                **form.service_arguments(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(name)s is registered. Welcome to the catalogue!") % {"name": project.name},
            )
            return redirect(project)
    return render(request, "projects/project_form.html", {"form": form, "project": None})


@login_required
@require_http_methods(["GET", "POST"])
def project_edit(request, slug: str):
    project = get_project_for_maintainer(request, slug)
    project = _project_for_page(project.slug)
    form = ProjectForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        project=project,
        initial=ProjectForm.initial_for(project),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.project_update(
                project=project,
                actor=request.user,
                remove_logo=request.POST.get("logo-clear") == "on",
                **form.service_arguments(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, _("Your changes to %(name)s are saved.") % {"name": project.name}
            )
            return redirect(project)
    return render(request, "projects/project_form.html", {"form": form, "project": project})


@login_required
@require_POST
def project_archive(request, slug: str):
    project = get_project_for_maintainer(request, slug)
    services.project_archive(project=project, actor=request.user)
    messages.success(
        request,
        _("%(name)s is archived: hidden from the catalogue, kept, and restorable here.")
        % {"name": project.name},
    )
    return redirect(project)


@login_required
@require_POST
def project_restore(request, slug: str):
    project = get_project_for_maintainer(request, slug)
    project = services.project_restore(project=project, actor=request.user)
    messages.success(
        request,
        _("%(name)s is back in the catalogue as %(stage)s.")
        % {"name": project.name, "stage": project.get_stage_display().lower()},
    )
    return redirect(project)


@login_required
@require_http_methods(["GET", "POST"])
def project_people(request, slug: str):
    project = get_project_for_maintainer(request, slug)
    form = ProjectRoleForm(request.POST or None)
    if request.method == "POST" and "remove" in request.POST:
        project_role = get_object_or_404(ProjectRole, pk=request.POST["remove"], project=project)
        try:
            services.project_role_remove(project_role=project_role, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(person)s no longer has that role.")
                % {"person": project_role.user.display_name},
            )
        return redirect("project_people", slug=project.slug)
    if request.method == "POST" and form.is_valid():
        services.project_role_add(
            project=project,
            user=form.cleaned_data["person"],
            role=form.cleaned_data["role"],
            actor=request.user,
        )
        messages.success(
            request,
            _("%(person)s now has that role.")
            % {"person": form.cleaned_data["person"].display_name},
        )
        return redirect("project_people", slug=project.slug)
    roles = project.roles.select_related("user").order_by("role", "user__username")
    return render(
        request, "projects/project_people.html", {"project": project, "form": form, "roles": roles}
    )


@login_required
@require_http_methods(["GET", "POST"])
def project_transfer(request, slug: str):
    project = get_project_for_maintainer(request, slug)
    pending = OwnershipTransfer.objects.filter(project=project, status="pending").first()
    form = OwnershipTransferForm(request.POST or None, project=project)
    if request.method == "POST" and "cancel" in request.POST and pending:
        services.ownership_transfer_cancel(transfer=pending, actor=request.user)
        messages.success(request, _("The hand-over is cancelled."))
        return redirect(project)
    if request.method == "POST" and form.is_valid():
        try:
            transfer = services.ownership_transfer_request(
                project=project,
                actor=request.user,
                to_team=form.cleaned_data["to_team"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(team)s has been asked to take over %(name)s; a lead of that team decides.")
                % {"team": transfer.to_team.name, "name": project.name},
            )
            return redirect(project)
    return render(
        request,
        "projects/project_transfer.html",
        {"project": project, "form": form, "pending": pending},
    )


@login_required
@require_POST
def project_transfer_decide(request, slug: str, transfer_id: int):
    transfer = get_object_or_404(
        OwnershipTransfer.objects.select_related("project", "to_team", "from_team"),
        pk=transfer_id,
        project__slug=slug,
    )
    if not is_team_lead(request.user, transfer.to_team):
        raise PermissionDenied(
            _("Only a lead of %(team)s can decide.") % {"team": transfer.to_team.name}
        )
    accept = request.POST.get("decision") == "accept"
    try:
        services.ownership_transfer_decide(transfer=transfer, actor=request.user, accept=accept)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if accept:
            messages.success(
                request,
                _("%(team)s now owns %(name)s.")
                % {"team": transfer.to_team.name, "name": transfer.project.name},
            )
        else:
            messages.info(
                request, _("You declined ownership of %(name)s.") % {"name": transfer.project.name}
            )
    return redirect(transfer.project)


@require_GET
def project_history(request, slug: str):
    project = get_object_or_404(Project, slug=slug)
    changes = ProjectChange.objects.filter(project=project).select_related("actor")
    page = Paginator(changes, 50).get_page(request.GET.get("page"))
    return render(request, "projects/project_history.html", {"project": project, "page": page})
