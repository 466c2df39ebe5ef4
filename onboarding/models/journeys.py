from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects.models import Project


class Journey(models.Model):
    """The way in to a project for a newcomer: ordered steps up to a first hello world."""

    project = models.OneToOneField(Project, on_delete=models.CASCADE, related_name="journey")
    introduction = models.TextField(_("introduction"), max_length=5000, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Journey of {self.project}"


class JourneyStep(models.Model):
    journey = models.ForeignKey(Journey, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=160)
    body = models.TextField(_("what to do"), max_length=20_000, blank=True)
    expected_minutes = models.PositiveSmallIntegerField(_("expected minutes"), default=10)
    # The milestone that ends Time to First Hello World (first build, first API call…).
    is_hello_world = models.BooleanField(_("hello-world milestone"), default=False)

    class Meta:
        ordering = ["journey", "position"]
        constraints = [
            models.UniqueConstraint(fields=["journey", "position"], name="step_unique_position"),
            models.UniqueConstraint(
                fields=["journey"],
                condition=models.Q(is_hello_world=True),
                name="step_one_hello_world",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.title}"


class JourneyRun(models.Model):
    """One person's walk through a journey; times are stored in UTC."""

    journey = models.ForeignKey(Journey, on_delete=models.CASCADE, related_name="runs")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journey_runs"
    )
    started_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    hello_world_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["journey", "user"], name="journeyrun_one_per_person"),
        ]
        indexes = [
            # TTFHW over a period: runs of one journey started in a window.
            models.Index(fields=["journey", "started_at"], name="journeyrun_started"),
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.journey}"


class StepProgress(models.Model):
    run = models.ForeignKey(JourneyRun, on_delete=models.CASCADE, related_name="progress")
    step = models.ForeignKey(JourneyStep, on_delete=models.CASCADE, related_name="progress")
    done_at = models.DateTimeField(null=True, blank=True)
    blocked_at = models.DateTimeField(null=True, blank=True)
    blocked_comment = models.TextField(max_length=2000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "step"], name="stepprogress_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.run}: {self.step}"
