"""The starter-issue board, an issue's page with its claim, and managing issues."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from onboarding.filters import EFFORT_BUCKETS, StarterIssueFilter
from onboarding.forms import ProgressForm, StarterIssueForm
from onboarding.models import Claim, ClaimUpdate, StarterIssue
from onboarding.services_starter_issues import (
    ClaimRefused,
    claim_complete,
    claim_issue,
    claim_post_progress,
    claim_release,
    starter_issue_close,
    starter_issue_save,
)
from portal.forms import add_service_errors
from portal.models import Team
from projects.models import Project, Tag
from projects.permissions import can_edit_project, get_project_for_maintainer


def _board_rows(queryset):
    return queryset.select_related("project__owner_team", "mentor").prefetch_related(
        "skills",
        Prefetch(
            "project__tags", queryset=Tag.objects.filter(kind=Tag.Kind.LANGUAGE), to_attr="langs"
        ),
    )


@require_GET
def starter_issue_list(request):
    """Open starter issues across every project; claimed ones are not shown as open."""
    board = StarterIssueFilter(request.GET, queryset=StarterIssue.objects.open())
    page = Paginator(_board_rows(board.qs.order_by("-created_at", "-id")), 20).get_page(
        request.GET.get("page")
    )

    def _others(name: str):
        params = request.GET.copy()
        params.pop(name, None)
        return StarterIssueFilter(params, queryset=StarterIssue.objects.open()).qs.values("pk")

    context = {
        "board": board,
        "page": page,
        "query": " ".join(request.GET.get("q", "").split())[:200],
        # Each facet counts the open issues under every *other* filter, as the catalogue does.
        "skills": Tag.objects.filter(kind=Tag.Kind.SKILL, starter_issues__in=_others("skill"))
        .annotate(count=Count("starter_issues"))
        .order_by("-count", Lower("name"))[:30],
        "languages": Tag.objects.filter(
            kind=Tag.Kind.LANGUAGE, projects__starter_issues__in=_others("language")
        )
        .annotate(count=Count("projects__starter_issues"))
        .order_by("-count", Lower("name"))[:20],
        "projects": Project.objects.filter(starter_issues__in=_others("project"))
        .annotate(count=Count("starter_issues"))
        .order_by(Lower("name")),
        "teams": Team.objects.filter(projects__starter_issues__in=_others("team"))
        .annotate(count=Count("projects__starter_issues"))
        .order_by(Lower("name")),
        "efforts": [(key, label) for key, (label, _low, _high) in EFFORT_BUCKETS.items()],
        "selected": {
            name: request.GET.getlist(name)
            for name in ["skill", "language", "effort", "project", "team"]
        },
        "mentor_only": request.GET.get("mentor") == "true",
        "my_claims": (
            Claim.objects.filter(user=request.user, released_at__isnull=True).select_related(
                "issue__project"
            )
            if request.user.is_authenticated
            else Claim.objects.none()
        ),
    }
    template = "onboarding/_board.html" if request.htmx else "onboarding/starter_issue_list.html"
    return render(request, template, context)


def _issue(pk: int) -> StarterIssue:
    return get_object_or_404(
        StarterIssue.objects.select_related("project__owner_team", "mentor").prefetch_related(
            "skills"
        ),
        pk=pk,
    )


@require_GET
def starter_issue_detail(request, pk: int):
    return _render_issue(request, pk)


def _render_issue(request, pk: int, status: int = 200):
    issue = _issue(pk)
    claims = list(
        issue.claims.select_related("user").prefetch_related(
            Prefetch("updates", queryset=ClaimUpdate.objects.select_related("author"))
        )
    )
    active = next((claim for claim in claims if claim.is_active), None)
    user = request.user
    can_manage = user.is_authenticated and (
        can_edit_project(user, issue.project) or issue.mentor_id == user.pk
    )
    return render(
        request,
        "onboarding/starter_issue_detail.html",
        {
            "issue": issue,
            "active_claim": active,
            "past_claims": [claim for claim in claims if not claim.is_active],
            "is_claimer": bool(active and user.is_authenticated and active.user_id == user.pk),
            "can_manage": can_manage,
            "can_edit": user.is_authenticated and can_edit_project(user, issue.project),
            "progress_form": ProgressForm(),
        },
        status=status,
    )


@login_required
@require_POST
def starter_issue_claim(request, pk: int):
    try:
        claim_issue(issue_id=pk, user=request.user)
    except ClaimRefused as refusal:
        # Shown on the issue page at once, with 409 so scripts can tell too.
        messages.error(request, str(refusal))
        return _render_issue(request, pk, status=409)
    messages.success(
        request,
        _(
            "It's yours! Say hello to your mentor and post progress as you go; a claim with "
            "no activity for %(days)s days goes back on the board (you get a reminder first)."
        )
        % {"days": settings.CLAIM_EXPIRY_DAYS},
    )
    return redirect("starter_issue_detail", pk=pk)


def _active_claim(issue: StarterIssue) -> Claim:
    claim = issue.claims.filter(released_at__isnull=True).select_related("user").first()
    if claim is None:
        raise ValidationError(_("Nobody is working on this issue right now."))
    return claim


@login_required
@require_POST
def starter_issue_progress(request, pk: int):
    issue = _issue(pk)
    form = ProgressForm(request.POST)
    if not form.is_valid():
        for error in form.errors.values():
            messages.error(request, " ".join(error))
        return redirect("starter_issue_detail", pk=pk)
    try:
        claim_post_progress(
            claim=_active_claim(issue),
            actor=request.user,
            body=form.cleaned_data["body"],
            change_request_url=form.cleaned_data["change_request_url"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Progress posted."))
    return redirect("starter_issue_detail", pk=pk)


@login_required
@require_POST
def starter_issue_release(request, pk: int):
    issue = _issue(pk)
    try:
        claim_release(claim=_active_claim(issue), actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The issue is back on the board."))
    return redirect("starter_issue_detail", pk=pk)


@login_required
@require_POST
def starter_issue_done(request, pk: int):
    issue = _issue(pk)
    try:
        claim = claim_complete(claim=_active_claim(issue), actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Marked done; %(name)s is credited.") % {"name": claim.user.display_name}
        )
    return redirect("starter_issue_detail", pk=pk)


@login_required
@require_POST
def starter_issue_close_view(request, pk: int):
    issue = _issue(pk)
    starter_issue_close(issue=issue, actor=request.user)
    messages.success(request, _("The issue is closed and off the board."))
    return redirect(issue.project)


def _issue_form_view(request, project: Project, issue: StarterIssue | None):
    initial = {}
    if issue is not None:
        initial = {
            "title": issue.title,
            "body": issue.body,
            "external_url": issue.external_url,
            "skills": ", ".join(tag.name for tag in issue.skills.all()),
            "effort_hours": issue.effort_hours,
            "mentor": issue.mentor.username if issue.mentor else "",
            "points": issue.points,
        }
    form = StarterIssueForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = starter_issue_save(
                project=project, actor=request.user, issue=issue, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The starter issue is on the board."))
            return redirect("starter_issue_detail", pk=saved.pk)
    return render(
        request,
        "onboarding/starter_issue_form.html",
        {"form": form, "project": project, "issue": issue},
    )


@login_required
@require_http_methods(["GET", "POST"])
def starter_issue_create(request, slug: str):
    project = get_project_for_maintainer(request, slug)
    return _issue_form_view(request, project, None)


@login_required
@require_http_methods(["GET", "POST"])
def starter_issue_edit(request, pk: int):
    issue = _issue(pk)
    project = get_project_for_maintainer(request, issue.project.slug)
    return _issue_form_view(request, project, issue)


def project_panel(request, project):
    """The project page's starter issues: up to five open ones and how many there are."""
    issues = list(StarterIssue.objects.open().filter(project=project).select_related("mentor")[:6])
    can_edit = request.user.is_authenticated and can_edit_project(request.user, project)
    if not issues and not can_edit:
        return None
    return {"issues": issues[:5], "more": len(issues) > 5, "can_edit": can_edit}
