"""Scheduled and queued jobs of the metrics app: they read code hosts and hand what they read
to the owning app's services."""

import logging
from dataclasses import asdict
from typing import Any

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from metrics.connectors.issues import IssueHostError, issue_host_supported, list_labelled_issues
from onboarding.services_sync import starter_issues_sync
from projects.models import Project

logger = logging.getLogger(__name__)

# Longer than a run can take (the hard time limit, 300 s by default), so a lock left by a
# killed worker frees itself before the next hourly run.
STARTER_ISSUE_LOCK_SECONDS = 10 * 60


def _starter_issue_lock(project_id: int) -> str:
    return f"lock:metrics.sync_starter_issues:{project_id}"


@shared_task(name="metrics.sync_starter_issues", queue="default", acks_late=True)
def sync_starter_issues(project_id: int) -> dict[str, Any]:
    """Sync one project's starter issues from the labelled issues of its code host.

    Never two runs for one project at once (a cache lock): both would read the same "before"
    and could create the same issues. A code host that cannot be read is logged and the
    portal's issues are left as they are; the result says what happened, for the management
    command and the worker log.
    """
    labels = list(settings.STARTER_ISSUE_LABELS)
    if not labels:
        return {"skipped": _("STARTER_ISSUE_LABELS is empty, which turns the sync off.")}
    lock = _starter_issue_lock(project_id)
    if not cache.add(lock, "1", STARTER_ISSUE_LOCK_SECONDS):
        return {"skipped": _("another sync of this project is running.")}
    try:
        project = Project.objects.filter(pk=project_id).first()
        if project is None:
            return {"skipped": _("the project no longer exists.")}
        if project.is_archived:
            return {"project": project.slug, "skipped": _("the project is archived.")}
        try:
            issues = list_labelled_issues(project.repository_url, labels)
        except IssueHostError as error:
            logger.warning("Starter issues of %s were not synced: %s", project.slug, error)
            return {"project": project.slug, "error": str(error)}
        result = starter_issues_sync(project=project, issues=issues, complete=issues.complete)
    finally:
        cache.delete(lock)
    logger.info("Starter issues of %s synced: %s", project.slug, result)
    return {"project": project.slug, **asdict(result)}


@shared_task(name="metrics.sync_all_starter_issues", queue="default", acks_late=True)
def sync_all_starter_issues() -> int:
    """Queue one starter-issue sync per live project on GitHub or GitLab (hourly, from
    portal.schedule); returns how many were queued.

    One job per project, so that a slow or failing host delays only its own projects.
    Archived projects are skipped: no one maintains them.
    """
    if not settings.STARTER_ISSUE_LABELS:
        return 0
    projects = (
        Project.objects.exclude(stage=Project.Stage.ARCHIVED)
        .exclude(repository_url="")
        .values_list("pk", "repository_url")
    )
    queued = 0
    for project_id, repository_url in projects.iterator(chunk_size=500):
        if issue_host_supported(repository_url):
            sync_starter_issues.delay(project_id)
            queued += 1
    return queued
