"""Onboarding journey pages: read and walk a journey, edit it, and its panel on the project page.

Thin views: access checks through ``projects.permissions``, reads through
``onboarding.selectors_journeys``, writes through ``onboarding.services_journeys``. The forms
for the editor live here too because only these views use them.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from onboarding.models import JourneyRun, JourneyStep, StepProgress
from onboarding.selectors_journeys import (
    elapsed,
    journey_blocked,
    journey_panel,
    journey_run_for,
    journey_ttfhw,
    journey_with_steps,
    run_ttfhw,
)
from onboarding.services_journeys import (
    BODY_MAX,
    COMMENT_MAX,
    INTRODUCTION_MAX,
    MAX_STEPS,
    MINUTES_MAX,
    MINUTES_MIN,
    TITLE_MAX,
    journey_block,
    journey_save_steps,
    journey_start,
    journey_tick,
    journey_unblock,
)
from projects.models import Project
from projects.permissions import can_edit_project, get_project_for_maintainer

# Presentation helpers -------------------------------------------------------------------------


def duration_text(value: datetime.timedelta | None) -> str:
    """A duration for people: the two largest units, e.g. "1 day 3 hours", "45 minutes"."""
    if value is None:
        return ""
    total_minutes = int(value.total_seconds() // 60)
    if total_minutes < 1:
        return _("under a minute")
    days, rest = divmod(total_minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(ngettext("%(count)d day", "%(count)d days", days) % {"count": days})
    if hours:
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if minutes and not days:
        parts.append(
            ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
        )
    return " ".join(parts[:2])


@dataclass
class StepRow:
    """One step as the viewer sees it: their progress and, after a failed post, what they
    typed and why it was refused."""

    step: JourneyStep
    progress: StepProgress | None = None
    comment: str = ""
    block_error: str = ""
    tick_error: str = ""

    @property
    def done(self) -> bool:
        return bool(self.progress and self.progress.done_at)

    @property
    def blocked(self) -> bool:
        return bool(self.progress and self.progress.blocked_at)


def _run_summary(run: JourneyRun | None, steps_done: int) -> dict | None:
    if run is None:
        return None
    return {
        "run": run,
        "steps_done": steps_done,
        "started_days_ago": elapsed(run.started_at, timezone.now()).days,
        "hello_world_text": duration_text(run_ttfhw(run)),
    }


# The journey page ------------------------------------------------------------------------------


def _journey_context(request, project: Project, *, refused: dict | None = None) -> dict:
    """Everything the journey page shows; the query count does not depend on the step count."""
    journey, steps = journey_with_steps(project=project)
    can_edit = can_edit_project(request.user, project)
    context = {"project": project, "journey": journey, "can_edit": can_edit}
    if journey is None:
        return context
    run, progress = journey_run_for(journey=journey, user=request.user)
    refused = refused or {}
    rows = [
        StepRow(step=step, progress=progress.get(step.pk), **refused.get(step.pk, {}))
        for step in steps
    ]
    context.update(
        rows=rows,
        run=run,
        mine=_run_summary(run, sum(row.done for row in rows)),
        step_count=len(steps),
        total_minutes=sum(step.expected_minutes for step in steps),
        hello_world_step=next((step for step in steps if step.is_hello_world), None),
        comment_max=COMMENT_MAX,
    )
    if can_edit:
        summary = journey_ttfhw(journey=journey)
        context.update(
            summary=summary,
            median_text=duration_text(summary.median),
            blocked=journey_blocked(journey=journey),
        )
    return context


@require_GET
def project_journey(request, slug: str):
    """The journey: public steps; for a signed-in person their run; for maintainers TTFHW."""
    project = get_object_or_404(Project.objects.select_related("owner_team"), slug=slug)
    return render(request, "onboarding/journey.html", _journey_context(request, project))


@login_required
@require_POST
def project_journey_start(request, slug: str):
    """Start the viewer's run (or keep the one they have) and show the steps."""
    project = get_object_or_404(Project, slug=slug)
    journey, _steps = journey_with_steps(project=project)
    if journey is None:
        messages.error(request, _("This project has no onboarding journey yet."))
        return redirect("project_journey", slug=slug)
    try:
        journey_start(journey=journey, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Your journey has started. Tick each step off as you go; take breaks.")
        )
    return redirect(reverse("project_journey", args=[slug]) + "#steps")


def _step_and_run(request, slug: str, step_id: int) -> tuple[Project, JourneyStep, JourneyRun]:
    """The step of this project's journey and the viewer's run of it (404 when either is not
    there: steps are only actionable after "Start the journey")."""
    project = get_object_or_404(Project, slug=slug)
    step = get_object_or_404(
        JourneyStep.objects.select_related("journey"), pk=step_id, journey__project=project
    )
    run = get_object_or_404(JourneyRun, journey=step.journey, user=request.user)
    return project, step, run


def _after_step_change(request, project, step, run, **refused):
    """htmx gets the step (and, out of band, the viewer's summary); a plain form post goes
    back to the page, or shows it again with a refused comment kept next to its error.

    ``refused`` holds ``comment``, ``block_error`` or ``tick_error`` after a refusal."""
    if request.htmx:
        run.refresh_from_db()
        progress = StepProgress.objects.filter(run=run, step=step).first()
        steps_done = StepProgress.objects.filter(run=run, done_at__isnull=False).count()
        context = {
            "project": project,
            "row": StepRow(step=step, progress=progress, **refused),
            "run": run,
            "mine": _run_summary(run, steps_done),
            "step_count": JourneyStep.objects.filter(journey_id=run.journey_id).count(),
            "comment_max": COMMENT_MAX,
            "oob_summary": True,
        }
        return render(request, "onboarding/_journey_step.html", context)
    if refused.get("block_error"):
        context = _journey_context(request, project, refused={step.pk: refused})
        return render(request, "onboarding/journey.html", context)
    return redirect(reverse("project_journey", args=[project.slug]) + f"#step-{step.pk}")


@login_required
@require_POST
def project_journey_tick(request, slug: str, step_id: int):
    """Tick a step off (``done=1``) or back (``done=0``)."""
    project, step, run = _step_and_run(request, slug, step_id)
    done = request.POST.get("done") == "1"
    try:
        journey_tick(run=run, step=step, done=done)
    except ValidationError as error:
        if not request.htmx:
            messages.error(request, " ".join(error.messages))
            return _after_step_change(request, project, step, run)
        return _after_step_change(request, project, step, run, tick_error=" ".join(error.messages))
    if done and step.is_hello_world and not request.htmx:
        messages.success(request, _("Hello world! You reached the milestone of this journey."))
    return _after_step_change(request, project, step, run)


@login_required
@require_POST
def project_journey_block(request, slug: str, step_id: int):
    """Record that the viewer is blocked on a step, with a comment, and tell the maintainers."""
    project, step, run = _step_and_run(request, slug, step_id)
    comment = request.POST.get("comment", "")
    try:
        journey_block(run=run, step=step, comment=comment)
    except ValidationError as error:
        return _after_step_change(
            request, project, step, run, comment=comment, block_error=" ".join(error.messages)
        )
    if not request.htmx:
        messages.info(request, _("The maintainers have been told; they will get back to you."))
    return _after_step_change(request, project, step, run)


@login_required
@require_POST
def project_journey_unblock(request, slug: str, step_id: int):
    """The viewer got past the step they were blocked on."""
    project, step, run = _step_and_run(request, slug, step_id)
    journey_unblock(run=run, step=step)
    return _after_step_change(request, project, step, run)


# The editor ------------------------------------------------------------------------------------


class JourneyForm(forms.Form):
    introduction = forms.CharField(
        label=gettext_lazy("Introduction"),
        required=False,
        max_length=INTRODUCTION_MAX,
        widget=forms.Textarea(attrs={"rows": 4, "class": "form-control"}),
        help_text=gettext_lazy(
            "Markdown. Who the journey is for and what they will have at the end."
        ),
    )


class StepForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    position = forms.IntegerField(
        label=gettext_lazy("Position"),
        min_value=1,
        max_value=999,
        error_messages={"required": gettext_lazy("Give the step a position, such as 1.")},
    )
    title = forms.CharField(
        label=gettext_lazy("Title"),
        max_length=TITLE_MAX,
        error_messages={"required": gettext_lazy("Give the step a title.")},
    )
    body = forms.CharField(
        label=gettext_lazy("What to do"),
        required=False,
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Markdown: commands, links, what success looks like."),
    )
    expected_minutes = forms.IntegerField(
        label=gettext_lazy("Expected minutes"),
        min_value=MINUTES_MIN,
        max_value=MINUTES_MAX,
        initial=10,
        error_messages={"required": gettext_lazy("Say how many minutes the step takes.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "form-control")
        self.fields["position"].widget.attrs["inputmode"] = "numeric"


class BaseStepFormSet(forms.BaseFormSet):
    """Rows of steps. A row for a step that exists (it has an id) must be valid or removed;
    a new row left untouched is skipped, so blank rows can always be offered for adding.
    The hello-world step is one radio group, ``hello_world``, whose value is a row index."""

    def __init__(self, *args, hello_world: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.hello_world = self.data.get("hello_world", "") if self.is_bound else hello_world

    def _row_has_id(self, index: int) -> bool:
        if self.is_bound:
            return bool(self.data.get(f"{self.add_prefix(index)}-id"))
        return bool(index < len(self.initial or []) and self.initial[index].get("id"))

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is not None:
            kwargs["empty_permitted"] = not self._row_has_id(index)
        return kwargs

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["DELETE"].label = _("Remove this step")
        form.fields["DELETE"].widget.attrs["class"] = "form-check-input"
        if index is not None:
            # A new row offers the next position, so that filling it in appends a step.
            form.fields["position"].initial = index + 1
            form.row_index = str(index)
            form.row_number = index + 1

    def _used_rows(self) -> list[tuple[int, forms.Form]]:
        return [
            (index, form)
            for index, form in enumerate(self.forms)
            if (form.has_changed() or self._row_has_id(index))
            and not self._should_delete_form(form)
        ]

    def clean(self):
        if any(self.errors):
            return
        used = self._used_rows()
        if not used:
            raise ValidationError(_("Add at least one step."))
        if len(used) > MAX_STEPS:
            raise ValidationError(
                _("A journey has at most %(max)s steps; remove %(extra)s.")
                % {"max": MAX_STEPS, "extra": len(used) - MAX_STEPS}
            )
        if not self.hello_world:
            raise ValidationError(_("Choose which step is the hello-world milestone."))
        if self.hello_world not in {str(index) for index, _form in used}:
            raise ValidationError(
                _(
                    "The step chosen as the hello-world milestone is empty or being removed; "
                    "choose another."
                )
            )

    def steps_in_order(self) -> list[dict]:
        """The used rows ordered by position (ties keep the order on the page)."""
        used = sorted(self._used_rows(), key=lambda row: (row[1].cleaned_data["position"], row[0]))
        return [
            {
                "id": form.cleaned_data.get("id"),
                "title": form.cleaned_data["title"],
                "body": form.cleaned_data.get("body", ""),
                "expected_minutes": form.cleaned_data["expected_minutes"],
                "is_hello_world": str(index) == self.hello_world,
            }
            for index, form in used
        ]

    def raw_rows(self) -> list[dict]:
        """What was typed in each row, unjudged: to show the rows again with one more."""
        return [{name: form[name].value() for name in form.fields} for form in self.forms]


StepFormSet = forms.formset_factory(
    StepForm,
    formset=BaseStepFormSet,
    extra=0,
    can_delete=True,
    max_num=MAX_STEPS * 2,
    absolute_max=MAX_STEPS * 2,
)
STEP_PREFIX = "steps"


def _blank_formset(journey_form_initial: dict, rows: list[dict], *, hello_world: str, extra: int):
    formset = StepFormSet(initial=rows, prefix=STEP_PREFIX, hello_world=hello_world)
    formset.extra = extra
    return JourneyForm(initial=journey_form_initial), formset


@login_required
@require_http_methods(["GET", "POST"])
def project_journey_edit(request, slug: str):
    """Write or change the journey: introduction, steps, their order and the milestone."""
    project = get_project_for_maintainer(request, slug)
    journey, steps = journey_with_steps(project=project)
    service_errors: list[str] = []
    if request.method == "POST" and "add_row" in request.POST:
        # Room for one more step without JavaScript: show what was typed again, plus a blank
        # row, without judging the unfinished rows yet.
        posted = StepFormSet(request.POST, prefix=STEP_PREFIX)
        journey_form, formset = _blank_formset(
            {"introduction": request.POST.get("introduction", "")},
            posted.raw_rows(),
            hello_world=posted.hello_world,
            extra=1 if posted.total_form_count() < StepFormSet.absolute_max else 0,
        )
    elif request.method == "POST":
        journey_form = JourneyForm(request.POST)
        formset = StepFormSet(request.POST, prefix=STEP_PREFIX)
        if journey_form.is_valid() and formset.is_valid():
            try:
                journey_save_steps(
                    project=project,
                    actor=request.user,
                    introduction=journey_form.cleaned_data["introduction"],
                    steps=formset.steps_in_order(),
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    if field == "introduction":
                        journey_form.add_error("introduction", errors)
                    else:
                        service_errors.extend(errors)
            else:
                messages.success(request, _("The journey is saved."))
                return redirect("project_journey", slug=project.slug)
    else:
        rows = [
            {
                "id": step.pk,
                "position": step.position,
                "title": step.title,
                "body": step.body,
                "expected_minutes": step.expected_minutes,
            }
            for step in steps
        ]
        hello_world = next((str(i) for i, step in enumerate(steps) if step.is_hello_world), "")
        journey_form, formset = _blank_formset(
            {"introduction": journey.introduction if journey else ""},
            rows,
            hello_world=hello_world,
            extra=2 if steps else 3,
        )
    context = {
        "project": project,
        "journey": journey,
        "journey_form": journey_form,
        "formset": formset,
        "service_errors": service_errors,
        "max_steps": MAX_STEPS,
    }
    return render(request, "onboarding/journey_edit.html", context)


# The project page panel ------------------------------------------------------------------------


def project_panel(request, project: Project) -> dict | None:
    """The journey's section on the project page, or None when there is no journey.

    At most two queries (see ``journey_panel``); the viewer is already loaded by the page.
    """
    panel = journey_panel(project=project, user=request.user)
    if panel is None:
        return None
    mine = None
    if panel.my_started_at is not None:
        hello_world_in = (
            elapsed(panel.my_started_at, panel.my_hello_world_at)
            if panel.my_hello_world_at
            else None
        )
        mine = {
            "started_at": panel.my_started_at,
            "steps_done": panel.my_steps_done,
            "hello_world_at": panel.my_hello_world_at,
            "hello_world_text": duration_text(hello_world_in),
            "finished_at": panel.my_finished_at,
        }
    return {
        "journey_url": reverse("project_journey", args=[project.slug]),
        "step_count": panel.step_count,
        "total_minutes": panel.total_minutes,
        "summary": panel.summary,
        "median_text": duration_text(panel.summary.median),
        "mine": mine,
    }
