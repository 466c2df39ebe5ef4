"""Twenty people claim one starter issue at the same moment, through the real web server."""

import secrets
import threading

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client

from onboarding.models import Claim, StarterIssue
from onboarding.tests.factories import StarterIssueFactory
from portal.tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def session_for(user) -> tuple[str, str]:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value, secrets.token_hex(16)


def test_twenty_simultaneous_claims_give_one_winner_and_clear_refusals(live_server):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writer at a time; this race is proven on PostgreSQL")
    issue = StarterIssueFactory()
    sessions = [session_for(UserFactory()) for _ in range(20)]
    barrier = threading.Barrier(len(sessions))
    results: list[tuple[int, str]] = []

    def claim(session_id: str, csrf: str) -> None:
        barrier.wait()
        response = requests.post(
            f"{live_server.url}/starter-issues/{issue.pk}/claim/",
            cookies={settings.SESSION_COOKIE_NAME: session_id, settings.CSRF_COOKIE_NAME: csrf},
            headers={"X-CSRFToken": csrf, "Referer": live_server.url},
            allow_redirects=False,
            timeout=60,
        )
        results.append((response.status_code, response.text))

    threads = [threading.Thread(target=claim, args=session) for session in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = sorted(status for status, _ in results)
    assert statuses == [302] + [409] * 19
    refusals = [text for status, text in results if status == 409]
    assert all("Someone else claimed this issue a moment ago" in text for text in refusals)
    assert Claim.objects.filter(issue=issue, released_at__isnull=True).count() == 1
    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.CLAIMED


def test_two_expiry_runs_at_once_remind_once():
    """The conditional updates hold even without the job's lock (two threads, one database)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writer at a time; this race is proven on PostgreSQL")
    import datetime

    from django.core import mail
    from django.utils import timezone

    from onboarding.services_starter_issues import claims_expire
    from onboarding.tests.factories import ClaimFactory
    from portal.models import Notification

    now = timezone.now()
    for _ in range(5):
        ClaimFactory(last_activity_at=now - datetime.timedelta(days=12))
    barrier = threading.Barrier(2)
    outcomes = []

    def run():
        barrier.wait()
        try:
            outcomes.append(claims_expire(now=now))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(reminded for reminded, _ in outcomes) == 5
    assert Notification.objects.filter(message__startswith="Still working").count() == 5
    assert len(mail.outbox) == 5
