"""Import from manifests: paste or upload, see a preview of every change and problem, confirm.

Nothing is written on preview. The confirm step re-posts the previewed sources with a signature
over them, so what is written is exactly what was shown; the plan is rebuilt from the portal as
it is at that moment and applied in one transaction (projects.manifests.plan).
"""

import base64
import binascii
import hashlib
import json

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods

from portal.models import Team
from projects.manifests import (
    FORMAT_AUTO,
    MAX_BYTES,
    ImportFailed,
    Plan,
    Source,
    apply_plan,
    build_plan,
    size_problem,
)
from projects.manifests.base import InputRefused, decode_text
from projects.permissions import registrable_teams

SIGNING_SALT = "projects.import.preview"
# A preview is confirmed within minutes; an old one may no longer match what the person saw.
PREVIEW_MAX_AGE = 60 * 60
FORMAT_CHOICES = [
    (FORMAT_AUTO, gettext_lazy("Recognise it from the file name and content")),
    ("innersource", gettext_lazy("innersource.json, or a repos.json crawl listing")),
    ("backstage", gettext_lazy("Backstage catalog-info.yaml")),
]


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one ``<input type="file" multiple>``."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"class": "form-control"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class ImportForm(forms.Form):
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=FORMAT_CHOICES,
        initial=FORMAT_AUTO,
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    text = forms.CharField(
        label=gettext_lazy("Paste a manifest"),
        required=False,
        strip=False,
        widget=forms.Textarea(
            attrs={"class": "form-control font-monospace", "rows": 14, "spellcheck": "false"}
        ),
        help_text=gettext_lazy(
            "An innersource.json, a repos.json crawl listing, or catalog-info.yaml documents "
            "separated by “---”."
        ),
    )
    files = MultipleFileField(
        label=gettext_lazy("Or upload files"),
        required=False,
        help_text=gettext_lazy("One or more .json, .yaml or .yml files, up to 1 MB in all."),
    )
    owner_team = forms.ModelChoiceField(
        label=gettext_lazy("Owner team"),
        queryset=Team.objects.none(),
        required=False,
        empty_label=gettext_lazy("— Choose a team —"),
        widget=forms.Select(attrs={"class": "form-select"}),
        help_text=gettext_lazy(
            "Owns the projects of an innersource.json or a repos.json listing, which name no "
            "owner. Backstage components name their own owner group."
        ),
        error_messages={
            "invalid_choice": gettext_lazy("You can import projects only for a team you belong to.")
        },
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner_team"].queryset = registrable_teams(user).order_by("name")

    def clean_files(self) -> list:
        files = self.cleaned_data["files"]
        for upload in files:
            problem = size_problem(upload.size, what=_("The file %(name)s") % {"name": upload.name})
            if problem:
                raise ValidationError(problem)
        total = sum(upload.size for upload in files)
        problem = size_problem(total, what=_("The files together"))
        if problem:
            raise ValidationError(problem)
        return files

    def clean(self) -> dict:
        cleaned = super().clean()
        text = cleaned.get("text") or ""
        files = cleaned.get("files") or []
        if self.errors:
            return cleaned
        if text.strip() and files:
            raise ValidationError(_("Paste a manifest or upload files, not both."))
        if not text.strip() and not files:
            raise ValidationError(_("Paste a manifest or choose a file to upload."))
        sources = []
        if text.strip():
            # Browsers send a textarea's line breaks as CRLF; lines are counted the same way.
            text = text.replace("\r\n", "\n")
            problem = size_problem(len(text.encode("utf-8")), what=_("The pasted text"))
            if problem:
                self.add_error("text", problem)
            sources.append(Source(name=_("pasted text"), text=text))
        for upload in files:
            # Read no more than the limit allows, whatever the client claimed about the size.
            data = upload.read(MAX_BYTES + 1)
            problem = size_problem(len(data), what=_("The file %(name)s") % {"name": upload.name})
            if problem:
                self.add_error("files", problem)
                continue
            try:
                sources.append(Source(name=upload.name, text=decode_text(data)))
            except InputRefused as exc:
                self.add_error("files", f"{upload.name}: {exc.message}")
        cleaned["sources"] = sources
        return cleaned


def _encode(sources: list[Source]) -> str:
    """The sources as one hidden-field value. Base64, because browsers rewrite the line breaks
    of submitted values, which would change the text that was previewed."""
    payload = json.dumps([[source.name, source.text] for source in sources], ensure_ascii=False)
    return base64.b64encode(payload.encode("utf-8")).decode("ascii")


def _decode(encoded: str) -> list[Source]:
    payload = json.loads(base64.b64decode(encoded.encode("ascii"), validate=True))
    return [Source(name=str(name), text=str(text)) for name, text in payload]


def _digest(encoded: str, fmt: str, owner_team_id: str) -> str:
    return hashlib.sha256(f"{encoded}\n{fmt}\n{owner_team_id}".encode()).hexdigest()


def _render_form(
    request: HttpRequest, form: ImportForm, *, error: str = "", status: int = 200
) -> HttpResponse:
    return render(request, "projects/import.html", {"form": form, "error": error}, status=status)


def _render_preview(
    request: HttpRequest,
    form: ImportForm,
    plan: Plan,
    *,
    encoded: str,
    fmt: str,
    owner_team_id: str,
    error: str = "",
    status: int = 200,
) -> HttpResponse:
    signature = signing.dumps(
        {"digest": _digest(encoded, fmt, owner_team_id), "user": request.user.pk},
        salt=SIGNING_SALT,
    )
    context = {
        "form": form,
        "plan": plan,
        "error": error,
        "confirm": {
            "sources": encoded,
            "format": fmt,
            "owner_team": owner_team_id,
            "signature": signature,
        },
        "counts": {
            "create": plan.count("create"),
            "update": plan.count("update"),
            "skip": plan.count("skip"),
            "problems": plan.problem_count,
            "applicable": len(plan.applicable),
        },
    }
    return render(request, "projects/import_preview.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def project_import(request: HttpRequest) -> HttpResponse:
    """The import page: GET shows the form, POST "preview" shows the plan, "confirm" applies."""
    if request.method == "GET":
        return _render_form(request, ImportForm(user=request.user))
    if "confirm" in request.POST:
        return _confirm(request)
    form = ImportForm(request.POST, request.FILES, user=request.user)
    if not form.is_valid():
        return _render_form(request, form)
    sources = form.cleaned_data["sources"]
    owner_team = form.cleaned_data["owner_team"]
    fmt = form.cleaned_data["format"]
    plan = build_plan(sources, actor=request.user, owner_team=owner_team, fmt=fmt)
    return _render_preview(
        request,
        form,
        plan,
        encoded=_encode(sources),
        fmt=fmt,
        owner_team_id=str(owner_team.pk) if owner_team else "",
    )


def _confirm(request: HttpRequest) -> HttpResponse:
    encoded = request.POST.get("sources", "")
    fmt = request.POST.get("format", FORMAT_AUTO)
    owner_team_id = request.POST.get("owner_team", "")
    refused = _("The confirmed import is not the one you previewed. Preview it again.")
    try:
        signed = signing.loads(
            request.POST.get("signature", ""), salt=SIGNING_SALT, max_age=PREVIEW_MAX_AGE
        )
    except signing.SignatureExpired:
        return _render_form(
            request,
            ImportForm(user=request.user),
            error=_("This preview is more than an hour old. Preview the import again."),
            status=400,
        )
    except signing.BadSignature:
        return _render_form(request, ImportForm(user=request.user), error=refused, status=400)
    expected = {"digest": _digest(encoded, fmt, owner_team_id), "user": request.user.pk}
    if signed != expected:
        return _render_form(request, ImportForm(user=request.user), error=refused, status=400)
    try:
        sources = _decode(encoded)
    except (ValueError, TypeError, binascii.Error):
        return _render_form(request, ImportForm(user=request.user), error=refused, status=400)

    # The team was offered to this person at preview; they may have left it since.
    owner_team = None
    if owner_team_id:
        owner_team = registrable_teams(request.user).filter(pk=owner_team_id).first()
        if owner_team is None:
            return _render_form(
                request,
                ImportForm(user=request.user),
                error=_("You can import projects only for a team you belong to."),
                status=403,
            )
    plan = build_plan(sources, actor=request.user, owner_team=owner_team, fmt=fmt)
    form = ImportForm(user=request.user, initial={"format": fmt, "owner_team": owner_team})
    preview = {"encoded": encoded, "fmt": fmt, "owner_team_id": owner_team_id}
    if not plan.applicable:
        return _render_preview(
            request,
            form,
            plan,
            error=_("Nothing can be imported: every entry has problems or is skipped."),
            status=400,
            **preview,
        )
    try:
        result = apply_plan(plan, actor=request.user)
    except ImportFailed as exc:
        return _render_preview(
            request,
            form,
            plan,
            error=_("Nothing was imported: %(error)s") % {"error": exc.message},
            status=400,
            **preview,
        )
    messages.success(request, result.message())
    not_imported = sum(1 for entity in plan.entities if entity.blocked)
    if not_imported:
        messages.warning(
            request,
            ngettext(
                "%(count)d entry was not imported because of its problems.",
                "%(count)d entries were not imported because of their problems.",
                not_imported,
            )
            % {"count": not_imported},
        )
    if result.first_project is not None:
        return redirect(result.first_project.get_absolute_url())
    return redirect(reverse("project_list"))
