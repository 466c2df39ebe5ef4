import pytest

from portal.celery import app as celery_app
from portal.models import WorkerHeartbeat
from portal.tasks import ping

pytestmark = pytest.mark.django_db


def test_it_reports_database_and_broker_healthy(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["broker"]["status"] == "ok"


def test_it_says_no_job_has_run_before_the_first_ping(client):
    body = client.get("/healthz").json()

    assert body["checks"]["worker"]["status"] == "unknown"


def test_it_shows_when_the_last_job_ran(client):
    ping.delay()

    body = client.get("/healthz").json()

    assert WorkerHeartbeat.objects.count() == 1
    assert body["checks"]["worker"]["status"] == "ok"
    assert body["checks"]["worker"]["seconds_ago"] <= 5


def test_it_answers_503_when_the_broker_is_unreachable(client, monkeypatch):
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    monkeypatch.setattr(celery_app.conf, "broker_write_url", None)

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["broker"]["status"] == "error"
    assert "error" in body["checks"]["broker"]
    assert body["checks"]["database"]["status"] == "ok"


def test_it_is_never_cached(client):
    response = client.get("/healthz")

    assert "no-cache" in response["Cache-Control"]
