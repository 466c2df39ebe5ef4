"""The hourly expiry job, run by a real worker process: reminder first, then release, once."""

import datetime
import email
from email.policy import default
from pathlib import Path

import pytest
from django.utils import timezone

from conftest import wait_until
from onboarding.models import Claim, StarterIssue
from onboarding.tests.factories import ClaimFactory, StarterIssueFactory
from portal.models import Notification
from portal.tests.factories import UserFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def mails(folder: Path) -> list[email.message.Message]:
    messages = []
    for path in sorted(folder.glob("*.log")):
        # The file backend writes every message of a connection into one file, separated by a
        # line of dashes.
        for chunk in path.read_text().split("-" * 79):
            if chunk.strip():
                messages.append(email.message_from_string(chunk.strip(), policy=default))
    return messages


def test_the_worker_reminds_then_releases_and_two_runs_at_once_do_it_once(job_runner, tmp_path):
    outbox = tmp_path / "mail"
    outbox.mkdir()
    now = timezone.now()
    newcomer = UserFactory(email="newcomer@corp.example")
    issue = StarterIssueFactory(state=StarterIssue.State.CLAIMED, mentor=UserFactory())
    claim = ClaimFactory(
        issue=issue, user=newcomer, last_activity_at=now - datetime.timedelta(days=12)
    )
    runner = job_runner(concurrency=2, EMAIL_URL=f"filemail://{outbox}")

    runner.send("onboarding.expire_claims")
    runner.send("onboarding.expire_claims")
    reminded = wait_until(
        lambda: Claim.objects.filter(pk=claim.pk, reminder_sent_at__isnull=False).exists()
    )
    assert reminded, runner.stop()
    wait_until(lambda: mails(outbox), timeout=20)

    # Three days later the reminder has had its time: move the clock by moving the claim.
    Claim.objects.filter(pk=claim.pk).update(
        last_activity_at=now - datetime.timedelta(days=15),
        reminder_sent_at=now - datetime.timedelta(days=3, minutes=5),
    )
    runner.send("onboarding.expire_claims")
    runner.send("onboarding.expire_claims")
    released = wait_until(
        lambda: Claim.objects.filter(pk=claim.pk, outcome=Claim.Outcome.EXPIRED).exists()
    )
    wait_until(lambda: len(mails(outbox)) >= 3, timeout=20)
    output = runner.stop()

    assert released, output
    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.OPEN
    subjects = [message["Subject"] for message in mails(outbox)]
    to_newcomer = [m for m in mails(outbox) if m["To"] == "newcomer@corp.example"]
    assert sum("Still working on" in subject for subject in subjects) == 1
    assert sum("went back on the board" in subject for subject in subjects) == 2  # + mentor
    assert len(to_newcomer) == 2
    assert Notification.objects.filter(user=newcomer).count() == 2
