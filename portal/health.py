"""Readiness probes for /healthz: each returns a small dict with a ``status`` of ok or error."""

import time

from django.conf import settings
from django.db import connection
from django.utils import timezone

from portal.celery import app as celery_app
from portal.models import WorkerHeartbeat

# A heartbeat older than this means beat or the worker has stopped (beat pings every minute).
HEARTBEAT_STALE_AFTER_SECONDS = 5 * 60


def _timed(probe):
    started = time.monotonic()
    try:
        result = probe()
    except Exception as error:  # a probe reports any failure; it must never raise
        result = {"status": "error", "error": f"{type(error).__name__}: {error}"[:300]}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def _database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": "ok", "vendor": connection.vendor}


def _broker() -> dict:
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=3)
        transport = conn.transport_cls
    return {"status": "ok", "transport": str(transport)}


def _worker() -> dict:
    heartbeat = WorkerHeartbeat.objects.filter(name="default").first()
    if heartbeat is None:
        return {"status": "unknown", "detail": "no job has run yet"}
    age = (timezone.now() - heartbeat.executed_at).total_seconds()
    return {
        "status": "ok" if age <= HEARTBEAT_STALE_AFTER_SECONDS else "stale",
        "last_job_at": heartbeat.executed_at.isoformat(),
        "seconds_ago": round(age),
    }


def report() -> tuple[bool, dict]:
    """Readiness hinges on the database and the broker; the worker heartbeat is informative."""
    checks = {"database": _timed(_database), "broker": _timed(_broker)}
    healthy = all(check["status"] == "ok" for check in checks.values())
    checks["worker"] = (
        _timed(_worker) if checks["database"]["status"] == "ok" else {"status": "unknown"}
    )
    return healthy, {
        "status": "ok" if healthy else "error",
        "checks": checks,
        "time": timezone.now().isoformat(),
        "debug": settings.DEBUG,
    }
