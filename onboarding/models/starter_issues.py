from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects.models import Project, Tag


class StarterIssueQuerySet(models.QuerySet):
    def open(self) -> "StarterIssueQuerySet":
        """On the board: open, of a project that is not archived."""
        return self.filter(state=StarterIssue.State.OPEN).exclude(
            project__stage=Project.Stage.ARCHIVED
        )


class StarterIssue(models.Model):
    """A good first issue that a newcomer can claim, with a mentor to help."""

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        CLAIMED = "claimed", _("Claimed")
        IN_REVIEW = "in_review", _("In review")
        DONE = "done", _("Done")
        CLOSED = "closed", _("Closed")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="starter_issues")
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("description"), max_length=20_000, blank=True)
    external_url = models.URLField(_("link"), max_length=500, blank=True)
    # "github:org/repo#12" for issues synced from a code host; empty for portal-only issues.
    external_id = models.CharField(max_length=200, blank=True)
    skills = models.ManyToManyField(Tag, blank=True, related_name="starter_issues")
    effort_hours = models.PositiveSmallIntegerField(_("effort (hours)"), default=4)
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentored_issues",
    )
    points = models.PositiveSmallIntegerField(_("points"), default=0)
    state = models.CharField(_("state"), max_length=10, choices=State, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StarterIssueQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="starterissue_unique_external_id",
            ),
        ]
        indexes = [
            # The board: open issues, newest first.
            models.Index(fields=["state", "-created_at"], name="starterissue_board"),
        ]

    def __str__(self) -> str:
        return self.title


class Claim(models.Model):
    """Someone working on a starter issue. At most one active claim per issue (database rule)."""

    class Outcome(models.TextChoices):
        DONE = "done", _("Done")
        RELEASED = "released", _("Released by the claimer")
        RELEASED_BY_MAINTAINER = "released_by_maintainer", _("Released by a maintainer")
        EXPIRED = "expired", _("Expired without activity")

    issue = models.ForeignKey(StarterIssue, on_delete=models.CASCADE, related_name="claims")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="claims"
    )
    claimed_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    change_request_url = models.URLField(_("change request"), max_length=500, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    released_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=24, choices=Outcome, blank=True)
    points_awarded = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-claimed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["issue"],
                condition=models.Q(released_at__isnull=True),
                name="claim_one_active_per_issue",
            ),
        ]
        indexes = [
            # The expiry job: active claims by last activity.
            models.Index(
                fields=["last_activity_at"],
                condition=models.Q(released_at__isnull=True),
                name="claim_active_by_activity",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.issue}"

    @property
    def is_active(self) -> bool:
        return self.released_at is None


class ClaimUpdate(models.Model):
    """Progress posted on a claim, by the claimer or a maintainer."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.body[:60]
