"""Every periodic job of the portal, in one place.

The database scheduler of django-celery-beat copies these entries into its tables at start-up,
where operators can pause them or change their timing in the admin.
"""

from celery.schedules import crontab

BEAT_SCHEDULE = {
    # A heartbeat through the whole pipeline (beat → broker → worker → database), shown by
    # /healthz so that operators see a stalled worker, not just a reachable broker.
    "portal-ping": {
        "task": "portal.ping",
        "schedule": crontab(minute="*"),
        "options": {"expires": 55},
    },
    # Remind quiet claimers, then give their starter issues back to the board.
    "onboarding-expire-claims": {
        "task": "onboarding.expire_claims",
        "schedule": crontab(minute=7),
        "options": {"expires": 50 * 60},
    },
    # Refresh contributor guides kept in sync from CONTRIBUTING.md / README.md, at night.
    "onboarding-sync-all-guides": {
        "task": "onboarding.sync_all_guides",
        "schedule": crontab(hour=3, minute=10),
        "options": {"expires": 6 * 60 * 60},
    },
    # Starter issues from the code hosts' labelled issues (STARTER_ISSUE_LABELS), one job per
    # project; off the full hour, when code hosts are busiest with everyone's cron jobs.
    "metrics-sync-all-starter-issues": {
        "task": "metrics.sync_all_starter_issues",
        "schedule": crontab(minute=23),
        "options": {"expires": 50 * 60},
    },
}
