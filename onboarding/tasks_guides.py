"""Jobs that keep repository-sourced contributor guides in sync."""

from celery import shared_task

from onboarding.models import Guide
from onboarding.services_guides import guide_sync
from projects.models import Project

__all__ = ["sync_all_guides", "sync_guide"]


@shared_task(name="onboarding.sync_guide", queue="default", acks_late=True)
def sync_guide(guide_id: int) -> None:
    """Fetch one guide's file from its repository; a failure is recorded on the guide."""
    guide_sync(guide_id=guide_id)


@shared_task(name="onboarding.sync_all_guides", queue="default", acks_late=True)
def sync_all_guides() -> int:
    """Queue one sync per repository-sourced guide (daily, from portal.schedule).

    One small job per guide, so that a slow or unreachable code host delays only its own
    guides and a worker restart loses at most one sync. Archived projects are left alone: no
    one maintains them. Running twice only repeats idempotent syncs, so no lock is needed.
    """
    guide_ids = (
        Guide.objects.filter(source=Guide.Source.REPOSITORY)
        .exclude(project__stage=Project.Stage.ARCHIVED)
        .values_list("pk", flat=True)
    )
    count = 0
    for guide_id in guide_ids.iterator(chunk_size=500):
        sync_guide.delay(guide_id)
        count += 1
    return count
