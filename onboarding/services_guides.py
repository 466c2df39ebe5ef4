"""Writes to contributor guides: written in the portal, or kept in sync from the repository."""

import logging
from pathlib import PurePosixPath

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from onboarding.models import Guide
from onboarding.repository_files import (
    RepositoryFileError,
    browse_url,
    fetch_repository_file,
    repository_kind,
)
from portal.models import User
from portal.services import notify
from projects.models import Project
from projects.permissions import can_edit_project
from projects.selectors import project_maintainers

logger = logging.getLogger(__name__)

PATH_MAX_LENGTH = 200
BODY_MAX_LENGTH = Guide._meta.get_field("body").max_length


def _ensure_maintainer(actor: User, project: Project) -> None:
    if not can_edit_project(actor, project):
        raise PermissionDenied(
            _("Only the maintainers of %(project)s can change its contributor guide.")
            % {"project": project.name}
        )


def guide_clean_path(path: str) -> str:
    """A repository file path fit to sync from, such as ``docs/CONTRIBUTING.md``.

    Relative, without ``..``, a Markdown file, at most 200 characters: the path ends up in a
    URL on the code host and in a file name inside a clone, so nothing may climb out of either.
    """
    path = (path or "").strip()
    if not path:
        raise ValidationError({"source_path": _("Give the path of a file, e.g. CONTRIBUTING.md.")})
    if len(path) > PATH_MAX_LENGTH:
        raise ValidationError(
            {"source_path": _("The path is too long (at most %(max)s characters).")
             % {"max": PATH_MAX_LENGTH}}
        )  # fmt: skip
    pure = PurePosixPath(path)
    if (
        pure.is_absolute()
        or "\\" in path
        or ".." in pure.parts
        or any(ord(char) < 32 for char in path)
    ):
        raise ValidationError(
            {
                "source_path": _(
                    "Give a path inside the repository, such as docs/CONTRIBUTING.md: no "
                    "leading /, no .., no backslashes."
                )
            }
        )
    if pure.suffix.lower() != ".md":
        raise ValidationError(
            {"source_path": _("The guide must be a Markdown file ending in .md.")}
        )
    return str(pure)


@transaction.atomic
def guide_save(*, project: Project, actor: User, body: str) -> Guide:
    """Write the guide in the portal; a synced guide becomes a written one from here on."""
    _ensure_maintainer(actor, project)
    guide, _created = Guide.objects.select_for_update().get_or_create(project=project)
    # Browsers send textarea line ends as CRLF; store what the file would hold.
    guide.body = body.replace("\r\n", "\n")
    guide.source = Guide.Source.PORTAL
    guide.sync_error = ""
    guide.updated_by = actor
    guide.updated_at = timezone.now()
    guide.full_clean()
    guide.save()
    return guide


@transaction.atomic
def guide_use_repository(*, project: Project, actor: User, path: str) -> Guide:
    """Keep the guide in sync from a file in the project's repository, and sync it now.

    The current text stays until the first sync succeeds, so the guide page is never empty
    while the job runs.
    """
    _ensure_maintainer(actor, project)
    path = guide_clean_path(path)
    if not project.repository_url:
        raise ValidationError(
            {
                "source_path": _(
                    "The project has no repository address yet; add it on the project's edit "
                    "page first."
                )
            }
        )
    try:
        repository_kind(project.repository_url)
    except RepositoryFileError as error:
        raise ValidationError({"source_path": str(error)}) from None
    guide, _created = Guide.objects.select_for_update().get_or_create(project=project)
    if guide.source_path != path:
        # "Last synced" would otherwise describe another file.
        guide.last_synced_at = None
    guide.source = Guide.Source.REPOSITORY
    guide.source_path = path
    guide.source_url = browse_url(project.repository_url, path)
    guide.sync_error = ""
    guide.updated_by = actor
    guide.updated_at = timezone.now()
    guide.full_clean()
    guide.save()
    _queue_sync(guide)
    return guide


def guide_request_sync(*, project: Project, actor: User) -> Guide:
    """Sync a repository-sourced guide now rather than at the next daily run."""
    _ensure_maintainer(actor, project)
    guide = Guide.objects.filter(project=project).first()
    if guide is None or guide.source != Guide.Source.REPOSITORY:
        raise ValidationError(_("This guide is written in the portal; there is nothing to sync."))
    _queue_sync(guide)
    return guide


def _queue_sync(guide: Guide) -> None:
    # Imported here: the task module imports this one.
    from onboarding.tasks_guides import sync_guide

    sync_guide.delay_on_commit(guide.pk)


def guide_sync(*, guide_id: int) -> Guide | None:
    """Fetch a repository-sourced guide's file and store it; safe to run twice.

    On failure the last good text stays and ``sync_error`` says what went wrong; the
    maintainers are told once when a working sync starts failing, not every day after.
    The fetch (up to 30 s) runs outside any transaction: the row is locked only to store the
    result, and a result for a file the maintainers have meanwhile stopped using is dropped.
    """
    guide = Guide.objects.select_related("project").filter(pk=guide_id).first()
    if guide is None or guide.source != Guide.Source.REPOSITORY:
        return guide
    repository_url, path = guide.project.repository_url, guide.source_path
    text, error = "", ""
    try:
        text = fetch_repository_file(repository_url, path)
    except RepositoryFileError as problem:
        error = str(problem)
    if not error and len(text) > BODY_MAX_LENGTH:
        error = _(
            "%(path)s has %(length)s characters; a guide can have at most %(max)s, so it was "
            "not stored."
        ) % {"path": path, "length": len(text), "max": BODY_MAX_LENGTH}

    with transaction.atomic():
        guide = (
            Guide.objects.select_for_update(of=("self",))
            .select_related("project")
            .filter(pk=guide_id)
            .first()
        )
        if (
            guide is None
            or guide.source != Guide.Source.REPOSITORY
            or guide.source_path != path
            or guide.project.repository_url != repository_url
        ):
            return guide
        if error:
            logger.info("Guide %s did not sync: %s", guide_id, error)
            newly_failing = not guide.sync_error
            guide.sync_error = error[: Guide._meta.get_field("sync_error").max_length]
            guide.save(update_fields=["sync_error"])
            if newly_failing:
                _tell_maintainers(guide)
            return guide
        now = timezone.now()
        if guide.body != text:
            guide.body = text
            guide.updated_at = now
        guide.sync_error = ""
        guide.last_synced_at = now
        guide.source_url = browse_url(repository_url, path)
        guide.save(
            update_fields=["body", "updated_at", "sync_error", "last_synced_at", "source_url"]
        )
    return guide


def _tell_maintainers(guide: Guide) -> None:
    project = guide.project
    notify(
        users=project_maintainers(project),
        message=_("The contributor guide of %(project)s could not be synced: %(problem)s")
        % {"project": project.name, "problem": guide.sync_error},
        url=reverse("project_guide", args=[project.slug]),
    )
