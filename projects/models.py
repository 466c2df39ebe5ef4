"""The catalogue: internal tools, libraries, APIs and platforms, run as products."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models import Team


class Tag(models.Model):
    """A facet value: a programming language, a topic, a skill wanted or a contribution type."""

    class Kind(models.TextChoices):
        LANGUAGE = "language", _("Language")
        TOPIC = "topic", _("Topic")
        SKILL = "skill", _("Skill wanted")
        CONTRIBUTION = "contribution", _("Contribution type wanted")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "slug"], name="tag_unique_per_kind"),
        ]

    def __str__(self) -> str:
        return self.name


class ProjectQuerySet(models.QuerySet):
    def listed(self) -> "ProjectQuerySet":
        """Projects shown in default browsing: archived ones are kept but hidden."""
        return self.exclude(stage=Project.Stage.ARCHIVED)


class Project(models.Model):
    class Kind(models.TextChoices):
        LIBRARY = "library", _("Library")
        SERVICE = "service", _("Service")
        API = "api", _("API")
        PLATFORM = "platform", _("Platform")
        TOOL = "tool", _("Tool")
        SDK = "sdk", _("SDK")

    class Stage(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        INCUBATING = "incubating", _("Incubating")
        ACTIVE = "active", _("Active")
        MATURE = "mature", _("Mature")
        DEPRECATED = "deprecated", _("Deprecated")
        ARCHIVED = "archived", _("Archived")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=100, unique=True)
    tagline = models.CharField(_("tagline"), max_length=160)
    description = models.TextField(_("description"), max_length=20000, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.LIBRARY)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage, default=Stage.INCUBATING)
    owner_team = models.ForeignKey(
        Team, verbose_name=_("owner team"), on_delete=models.PROTECT, related_name="projects"
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="projects")

    repository_url = models.URLField(_("repository"), blank=True)
    docs_url = models.URLField(_("documentation"), blank=True)
    issue_tracker_url = models.URLField(_("issue tracker"), blank=True)
    chat_url = models.URLField(_("chat"), blank=True)
    forum_url = models.URLField(_("forum"), blank=True)
    sandbox_url = models.URLField(_("sandbox"), blank=True)

    license = models.CharField(_("licence or inner-source terms"), max_length=200, blank=True)
    warranty_days = models.PositiveIntegerField(
        _("warranty (days)"),
        null=True,
        blank=True,
        help_text=_("How long the owner team supports a contribution after merging it."),
    )
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    packages = models.JSONField(
        _("published packages"),
        default=list,
        blank=True,
        help_text=_("Package names this project publishes, used to detect adoption."),
    )
    extra = models.JSONField(
        _("imported fields"),
        default=dict,
        blank=True,
        help_text=_("Fields from an imported manifest that the portal does not model, kept."),
    )

    # Written by the metrics jobs through projects.services; read for sorting the catalogue.
    activity_score = models.IntegerField(_("activity score"), default=0)
    adopter_count = models.PositiveIntegerField(_("teams adopting"), default=0)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    # The stage to return to when an archived project is restored.
    stage_before_archive = models.CharField(max_length=20, choices=Stage, blank=True)

    # Search: the tag names, kept beside the row so that one query ranks a project on all of
    # its text; on PostgreSQL also a weighted tsvector with a GIN index (see migration 0002).
    search_tags = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [
            # Default catalogue order: most active first.
            models.Index(fields=["-activity_score", "name"], name="project_activity"),
            # "Newest" sort and the home page's newest projects.
            models.Index(fields=["-created_at"], name="project_created"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("project_detail", args=[self.slug])

    @property
    def is_archived(self) -> bool:
        return self.stage == self.Stage.ARCHIVED

    def tags_of(self, kind: str) -> list["Tag"]:
        """Tags of one kind, from the prefetched tags when there are some (no query per card)."""
        return [tag for tag in self.tags.all() if tag.kind == kind]

    @property
    def languages(self) -> list["Tag"]:
        return self.tags_of(Tag.Kind.LANGUAGE)

    @property
    def topics(self) -> list["Tag"]:
        return self.tags_of(Tag.Kind.TOPIC)

    @property
    def skills(self) -> list["Tag"]:
        return self.tags_of(Tag.Kind.SKILL)

    @property
    def contribution_types(self) -> list["Tag"]:
        return self.tags_of(Tag.Kind.CONTRIBUTION)


# Where to look and talk: every page, form, import and API lists the links in this order.
LINK_FIELDS = [
    "repository_url",
    "docs_url",
    "issue_tracker_url",
    "chat_url",
    "forum_url",
    "sandbox_url",
]

STAGE_MEANINGS = {
    Project.Stage.PROPOSED: _("An idea looking for feedback and early contributors."),
    Project.Stage.INCUBATING: _("Being built; usable by early adopters who accept change."),
    Project.Stage.ACTIVE: _("In use by several teams, supported by the owner team."),
    Project.Stage.MATURE: _("Stable and widely adopted; changes are careful and announced."),
    Project.Stage.DEPRECATED: _("Still running but being replaced; do not start new use."),
    Project.Stage.ARCHIVED: _("No longer maintained; kept for reference."),
}


class ProjectRole(models.Model):
    """Someone with a named part in a project: its influence centre."""

    class Role(models.TextChoices):
        MAINTAINER = "maintainer", _("Maintainer")
        TRUSTED_COMMITTER = "trusted_committer", _("Trusted committer")
        CHAMPION = "champion", _("Champion")
        MENTOR = "mentor", _("Mentor")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="roles")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role)
    since = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        ordering = ["project", "role", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["project", "user", "role"], name="project_role_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} of {self.project}"


class ProjectChange(models.Model):
    """One change to a project, for the history on its page: who, when, what."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="changes")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    summary = models.CharField(max_length=200)
    # {"field": [old, new]} for edits; empty for events such as registration.
    fields = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            # The history panel: newest changes of one project.
            models.Index(fields=["project", "-at"], name="projectchange_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.project}: {self.summary}"


class OwnershipTransfer(models.Model):
    """A request to hand a project to another team; a lead of that team accepts or declines."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the new team")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="transfers")
    from_team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="+")
    to_team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="incoming_transfers")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(_("note"), max_length=500, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            # One open request per project at a time.
            models.UniqueConstraint(
                fields=["project"],
                condition=models.Q(status="pending"),
                name="ownershiptransfer_one_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project}: {self.from_team} → {self.to_team} ({self.status})"
