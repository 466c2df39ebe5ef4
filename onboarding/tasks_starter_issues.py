from celery import shared_task
from django.core.cache import cache

from onboarding.services_starter_issues import claims_expire

# Longer than a run can take (the hard time limit), so a crashed run frees the lock in time.
EXPIRY_LOCK_SECONDS = 10 * 60


@shared_task(name="onboarding.expire_claims", queue="default", acks_late=True)
def expire_claims() -> dict:
    """Remind and release stale claims. Runs hourly; never two at once (a cache lock), and
    safe even if two did run (the service's conditional updates)."""
    if not cache.add("lock:onboarding.expire_claims", "1", EXPIRY_LOCK_SECONDS):
        return {"skipped": "another run holds the lock"}
    try:
        reminded, released = claims_expire()
    finally:
        cache.delete("lock:onboarding.expire_claims")
    return {"reminded": reminded, "released": released}
