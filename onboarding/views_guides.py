"""The contributor guide of a project: read it, write it or choose the file it syncs from."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from onboarding.guides import guide_sections_missing, guide_template
from onboarding.models import Guide
from onboarding.services_guides import (
    BODY_MAX_LENGTH,
    PATH_MAX_LENGTH,
    guide_request_sync,
    guide_save,
    guide_use_repository,
)
from portal.forms import add_service_errors
from projects.models import Project, ProjectRole
from projects.permissions import can_edit_project, get_project_for_maintainer


class GuideForm(forms.Form):
    source = forms.ChoiceField(
        label=gettext_lazy("Where the guide comes from"),
        choices=[
            (Guide.Source.PORTAL, gettext_lazy("Write it here, in Markdown")),
            (
                Guide.Source.REPOSITORY,
                gettext_lazy("Keep it in sync from a file in the repository"),
            ),
        ],
        initial=Guide.Source.PORTAL,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
    )
    body = forms.CharField(
        label=gettext_lazy("Guide"),
        required=False,
        max_length=BODY_MAX_LENGTH,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 24, "class": "form-control font-monospace"}),
        help_text=gettext_lazy(
            "Markdown. Use a heading for each section, e.g. “## Getting started”; raw HTML is "
            "shown as text."
        ),
    )
    source_path = forms.CharField(
        label=gettext_lazy("File in the repository"),
        required=False,
        max_length=PATH_MAX_LENGTH,
        widget=forms.TextInput(attrs={"class": "form-control", "placeholder": "CONTRIBUTING.md"}),
        help_text=gettext_lazy(
            "A Markdown file on the default branch, such as CONTRIBUTING.md, README.md or "
            "docs/contributing.md. It is read again every night."
        ),
    )


def _guide_of(project: Project) -> Guide | None:
    # Reverse one-to-one: None when the project has no guide row (no query once selected).
    return getattr(project, "guide", None)


def _starting_text(project: Project) -> str:
    """The guide template for this project, with its chat links and trusted committers."""
    roles = (
        ProjectRole.objects.filter(
            project=project,
            role__in=[ProjectRole.Role.MAINTAINER, ProjectRole.Role.TRUSTED_COMMITTER],
        )
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username")
    )
    names = list(dict.fromkeys(role.user.display_name for role in roles))
    return guide_template(
        project_name=project.name,
        chat_url=project.chat_url,
        issue_tracker_url=project.issue_tracker_url,
        forum_url=project.forum_url,
        trusted_committers=names,
    )


@require_GET
def guide_detail(request, slug: str):
    """The guide, where it comes from and, for maintainers, what it still lacks."""
    project = get_object_or_404(
        Project.objects.select_related("owner_team", "guide__updated_by"), slug=slug
    )
    guide = _guide_of(project)
    can_edit = can_edit_project(request.user, project)
    has_text = bool(guide and guide.body.strip())
    context = {
        "project": project,
        "guide": guide,
        "has_text": has_text,
        "can_edit": can_edit,
        "missing": guide_sections_missing(guide.body) if has_text and can_edit else [],
    }
    return render(request, "onboarding/guide.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def guide_edit(request, slug: str):
    """Write the guide (with a preview that saves nothing) or choose the file to sync from."""
    project = get_project_for_maintainer(request, slug)
    guide = Guide.objects.filter(project=project).first()
    preview: str | None = None

    if request.method == "POST":
        form = GuideForm(request.POST)
        if "preview" in request.POST:
            preview = request.POST.get("body", "")
            if request.htmx:
                return render(
                    request,
                    "onboarding/_guide_preview.html",
                    {"preview": preview, "missing": guide_sections_missing(preview)},
                )
        elif form.is_valid():
            data = form.cleaned_data
            try:
                if data["source"] == Guide.Source.REPOSITORY:
                    guide = guide_use_repository(
                        project=project, actor=request.user, path=data["source_path"]
                    )
                    messages.success(
                        request,
                        _(
                            "The guide will now follow %(path)s in the repository; the first "
                            "sync runs in a moment."
                        )
                        % {"path": guide.source_path},
                    )
                else:
                    guide_save(project=project, actor=request.user, body=data["body"])
                    messages.success(request, _("The contributor guide is saved."))
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                return redirect("project_guide", slug=project.slug)
    else:
        body = guide.body if guide else ""
        if not body.strip() and request.GET.get("start") == "template":
            body = _starting_text(project)
        form = GuideForm(
            initial={
                "source": guide.source if guide else Guide.Source.PORTAL,
                "body": body,
                "source_path": guide.source_path if guide else "",
            }
        )

    context = {
        "project": project,
        "guide": guide,
        "form": form,
        "preview": preview,
        "missing": guide_sections_missing(preview) if preview is not None else [],
        "offer_template": not (form["body"].value() or "").strip(),
    }
    return render(request, "onboarding/guide_edit.html", context)


@login_required
@require_POST
def guide_sync_now(request, slug: str):
    project = get_project_for_maintainer(request, slug)
    try:
        guide = guide_request_sync(project=project, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(path)s is being synced; reload this page in a moment to see the result.")
            % {"path": guide.source_path},
        )
    return redirect("project_guide", slug=project.slug)


def project_panel(request, project: Project) -> dict | None:
    """The guide card on the project page (two queries at most).

    Visitors see it only when there is a guide to read; maintainers always, with what to do
    next: write the guide, or add the sections it lacks.
    """
    can_edit = can_edit_project(request.user, project)
    guide = Guide.objects.filter(project=project).first()
    has_text = bool(guide and guide.body.strip())
    if not has_text and not can_edit:
        return None
    return {
        "guide": guide,
        "has_text": has_text,
        "can_edit": can_edit,
        "missing": guide_sections_missing(guide.body) if has_text and can_edit else [],
        "url": reverse("project_guide", args=[project.slug]),
    }
