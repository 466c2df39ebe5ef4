"""A real Celery worker process executes jobs sent by the portal, on both transports."""

import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from celery import Celery
from django.db import connection

from conftest import require
from portal.models import WorkerHeartbeat

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def database_url_for_worker() -> str:
    """The URL of the database this test uses, so the worker process writes to the same one."""
    config = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{config['NAME']}"
    auth = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
    host = f"{config['HOST'] or '127.0.0.1'}:{config['PORT'] or 5432}"
    return f"postgres://{auth}@{host}/{config['NAME']}"


def start_worker(var_dir: Path, **env: str) -> subprocess.Popen:
    environment = {
        **os.environ,
        "VAR_DIR": str(var_dir),
        "DATABASE_URL": database_url_for_worker(),
        **env,
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "--app",
            "portal",
            "worker",
            "--loglevel",
            "INFO",
            "--concurrency",
            "1",
            "--pool",
            "solo",
            "--without-mingle",
            "--without-gossip",
            "--queues",
            "default",
            "--hostname",
            f"test-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop(worker: subprocess.Popen) -> str:
    worker.send_signal(signal.SIGTERM)
    try:
        output, _ = worker.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        worker.kill()
        output, _ = worker.communicate()
    return output


def wait_for_heartbeat(sent_at: datetime.datetime, timeout: float = 45) -> WorkerHeartbeat | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        heartbeat = WorkerHeartbeat.objects.filter(sent_at=sent_at).first()
        if heartbeat:
            return heartbeat
        time.sleep(0.3)
    return None


def test_a_worker_on_the_file_system_transport_runs_a_ping(tmp_path):
    """The newcomer mode: no Redis, messages are files under var/broker."""
    queue = tmp_path / "broker" / "queue"
    queue.mkdir(parents=True)
    sender = Celery("sender", broker="filesystem://", set_as_current=False)
    sender.conf.broker_transport_options = {
        "data_folder_in": str(queue),
        "data_folder_out": str(queue),
        "control_folder": str(tmp_path / "broker" / "control"),
    }
    worker = start_worker(tmp_path, REDIS_URL="")
    sent_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    try:
        sender.send_task("portal.ping", kwargs={"sent_at": sent_at.isoformat()}, queue="default")
        heartbeat = wait_for_heartbeat(sent_at)
    finally:
        output = stop(worker)

    assert heartbeat is not None, output
    assert heartbeat.executed_at >= sent_at


def test_a_worker_on_redis_runs_a_ping_sent_by_the_portal(tmp_path):
    """The production mode: the portal's own Celery app sends, a separate worker process runs."""
    redis_url = os.environ.get("REDIS_URL", "")
    require(bool(redis_url), "REDIS_URL is not set, so there is no Redis broker to test against")
    from portal.celery import app
    from portal.tasks import ping

    worker = start_worker(tmp_path, REDIS_URL=redis_url)
    app.conf.task_always_eager = False
    sent_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    try:
        ping.delay(sent_at=sent_at.isoformat())
        heartbeat = wait_for_heartbeat(sent_at)
    finally:
        output = stop(worker)

    assert heartbeat is not None, output
    assert heartbeat.worker
