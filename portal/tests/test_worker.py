"""A real Celery worker process executes jobs sent by the portal, on both transports."""

import datetime
import os

import pytest

from conftest import require, wait_until
from portal.models import WorkerHeartbeat

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def heartbeat_for(sent_at):
    return lambda: WorkerHeartbeat.objects.filter(sent_at=sent_at).first()


def test_a_worker_runs_a_ping_sent_by_the_portal(job_runner):
    """On Redis when REDIS_URL is set (production), else on files under var/ (make run)."""
    runner = job_runner()
    sent_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0)

    runner.send("portal.ping", sent_at=sent_at.isoformat())
    heartbeat = wait_until(heartbeat_for(sent_at))

    output = runner.stop()
    assert heartbeat is not None, output
    assert heartbeat.executed_at >= sent_at
    assert ("redis://" if os.environ.get("REDIS_URL") else "filesystem://") in output


def test_a_worker_on_the_file_system_transport_runs_a_ping(job_runner, monkeypatch):
    """The newcomer mode, tested even where Redis exists."""
    monkeypatch.delenv("REDIS_URL", raising=False)
    runner = job_runner()
    sent_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0) - datetime.timedelta(
        seconds=5
    )

    runner.send("portal.ping", sent_at=sent_at.isoformat())
    heartbeat = wait_until(heartbeat_for(sent_at))

    output = runner.stop()
    assert heartbeat is not None, output
    assert "filesystem://" in output


def test_ping_delay_from_the_portal_reaches_a_redis_worker(job_runner):
    require(bool(os.environ.get("REDIS_URL")), "REDIS_URL is not set, so there is no Redis")
    from portal.tasks import ping

    runner = job_runner()
    sent_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(
        seconds=5
    )

    ping.delay(sent_at=sent_at.isoformat())
    heartbeat = wait_until(heartbeat_for(sent_at))

    output = runner.stop()
    assert heartbeat is not None, output
    assert heartbeat.worker
