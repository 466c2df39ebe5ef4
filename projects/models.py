"""The catalogue: internal tools, libraries, APIs and platforms, run as products."""

from django.conf import settings
from django.db import models
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
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

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
