from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects.models import Project


class Guide(models.Model):
    """A project's contributor guide: written here, or kept in sync from its repository."""

    class Source(models.TextChoices):
        PORTAL = "portal", _("Written in the portal")
        REPOSITORY = "repository", _("Synced from the repository")

    project = models.OneToOneField(Project, on_delete=models.CASCADE, related_name="guide")
    body = models.TextField(_("guide"), max_length=100_000, blank=True)
    source = models.CharField(_("source"), max_length=12, choices=Source, default=Source.PORTAL)
    # For a synced guide: the file it comes from, e.g. CONTRIBUTING.md on the default branch.
    source_path = models.CharField(_("file in the repository"), max_length=200, blank=True)
    source_url = models.URLField(_("synced from"), max_length=500, blank=True)
    last_synced_at = models.DateTimeField(_("last synced"), null=True, blank=True)
    sync_error = models.CharField(_("last sync problem"), max_length=500, blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    updated_by = models.ForeignKey(
        "portal.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("contributor guide")

    def __str__(self) -> str:
        return f"Guide of {self.project}"
