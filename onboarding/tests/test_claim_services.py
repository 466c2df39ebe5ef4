import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onboarding.models import Claim, StarterIssue
from onboarding.services_starter_issues import (
    ClaimRefused,
    claim_complete,
    claim_issue,
    claim_post_progress,
    claim_release,
    claims_expire,
)
from onboarding.tests.factories import ClaimFactory, StarterIssueFactory
from portal.models import Notification
from portal.tests.factories import UserFactory
from projects.tests.factories import make_maintainer

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue():
    issue = StarterIssueFactory(mentor=UserFactory(username="mentor"))
    make_maintainer(issue.project, UserFactory(username="maintainer"))
    return issue


def test_a_claim_takes_the_issue_off_the_board_and_tells_mentor_and_maintainers(
    issue, django_capture_on_commit_callbacks
):
    newcomer = UserFactory(first_name="Lea", last_name="Dubois")

    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_issue(issue_id=issue.pk, user=newcomer)

    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.CLAIMED
    assert not StarterIssue.objects.open().filter(pk=issue.pk).exists()
    told = set(Notification.objects.values_list("user__username", flat=True))
    assert told == {"mentor", "maintainer"}
    assert len(mail.outbox) == 2
    assert "Lea Dubois claimed" in mail.outbox[0].subject
    assert claim.user == newcomer


def test_a_second_claim_is_refused_with_a_clear_message(issue):
    claim_issue(issue_id=issue.pk, user=UserFactory())

    with pytest.raises(ClaimRefused, match="Someone else claimed this issue a moment ago"):
        claim_issue(issue_id=issue.pk, user=UserFactory())

    assert Claim.objects.count() == 1


def test_the_database_allows_one_active_claim_per_issue(issue):
    Claim.objects.create(issue=issue, user=UserFactory())

    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(issue=issue, user=UserFactory())


def test_one_person_holds_at_most_the_configured_number_of_claims(settings):
    settings.STARTER_ISSUE_CLAIM_LIMIT = 2
    newcomer = UserFactory()
    first, second, third = StarterIssueFactory.create_batch(3)
    claim_issue(issue_id=first.pk, user=newcomer)
    claim_issue(issue_id=second.pk, user=newcomer)

    with pytest.raises(ClaimRefused, match="already work on 2 starter issues"):
        claim_issue(issue_id=third.pk, user=newcomer)


def test_progress_with_a_change_request_moves_the_issue_to_review(issue):
    newcomer = UserFactory()
    claim = claim_issue(issue_id=issue.pk, user=newcomer)

    claim_post_progress(
        claim=claim,
        actor=newcomer,
        body="Opened a PR",
        change_request_url="https://git.corp.example/lantern/pull/12",
    )

    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.IN_REVIEW
    assert claim.updates.get().body == "Opened a PR"


def test_someone_else_cannot_post_progress_on_a_claim(issue):
    claim = claim_issue(issue_id=issue.pk, user=UserFactory())

    with pytest.raises(PermissionDenied):
        claim_post_progress(claim=claim, actor=UserFactory(), body="Mine now")


def test_releasing_puts_the_issue_back_and_keeps_the_history(issue):
    newcomer = UserFactory()
    claim = claim_issue(issue_id=issue.pk, user=newcomer)

    claim_release(claim=claim, actor=newcomer)

    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.OPEN
    claim.refresh_from_db()
    assert claim.outcome == Claim.Outcome.RELEASED
    assert claim.released_at is not None
    claim_issue(issue_id=issue.pk, user=UserFactory())  # claimable again
    assert issue.claims.count() == 2


def test_a_maintainer_marks_it_done_crediting_the_claimer(issue):
    newcomer = UserFactory()
    claim = claim_issue(issue_id=issue.pk, user=newcomer)
    maintainer = issue.project.roles.get().user

    claim_complete(claim=claim, actor=maintainer)

    claim.refresh_from_db()
    assert claim.outcome == Claim.Outcome.DONE
    assert claim.points_awarded == 5
    assert Notification.objects.filter(user=newcomer, message__contains="first contribution")


def test_the_claimer_cannot_mark_their_own_work_done(issue):
    newcomer = UserFactory()
    claim = claim_issue(issue_id=issue.pk, user=newcomer)

    with pytest.raises(PermissionDenied):
        claim_complete(claim=claim, actor=newcomer)


class TestExpiry:
    """With the defaults: a reminder after 11 quiet days, release 3 days after the reminder."""

    def test_a_quiet_claim_gets_a_reminder_first(self, issue, django_capture_on_commit_callbacks):
        now = timezone.now()
        claim = ClaimFactory(
            issue=issue, last_activity_at=now - datetime.timedelta(days=11, hours=1)
        )

        with django_capture_on_commit_callbacks(execute=True):
            assert claims_expire(now=now) == (1, 0)

        claim.refresh_from_db()
        assert claim.reminder_sent_at == now
        assert claim.released_at is None
        assert "Still working on" in mail.outbox[-1].subject

    def test_a_reminded_claim_is_released_after_the_grace_period(self, issue):
        now = timezone.now()
        claim = ClaimFactory(
            issue=issue,
            last_activity_at=now - datetime.timedelta(days=15),
            reminder_sent_at=now - datetime.timedelta(days=3, minutes=1),
        )

        assert claims_expire(now=now) == (0, 1)

        claim.refresh_from_db()
        issue.refresh_from_db()
        assert claim.outcome == Claim.Outcome.EXPIRED
        assert issue.state == StarterIssue.State.OPEN

    def test_a_claim_never_reminded_is_reminded_not_released(self, issue):
        now = timezone.now()
        claim = ClaimFactory(issue=issue, last_activity_at=now - datetime.timedelta(days=40))

        assert claims_expire(now=now) == (1, 0)

        claim.refresh_from_db()
        assert claim.released_at is None

    def test_running_it_twice_reminds_and_releases_once(self, issue):
        now = timezone.now()
        ClaimFactory(issue=issue, last_activity_at=now - datetime.timedelta(days=12))

        assert claims_expire(now=now) == (1, 0)
        assert claims_expire(now=now) == (0, 0)
        later = now + datetime.timedelta(days=3)
        assert claims_expire(now=later) == (0, 1)
        assert claims_expire(now=later) == (0, 0)
        assert Notification.objects.filter(message__startswith="Still working").count() == 1

    def test_progress_restarts_the_clock(self, issue):
        now = timezone.now()
        claim = ClaimFactory(
            issue=issue,
            last_activity_at=now - datetime.timedelta(days=12),
            reminder_sent_at=now - datetime.timedelta(days=1),
        )

        claim_post_progress(claim=claim, actor=claim.user, body="Back at it")

        assert claims_expire(now=now + datetime.timedelta(days=5)) == (0, 0)
        claim.refresh_from_db()
        assert claim.reminder_sent_at is None

    def test_released_claims_stay_in_the_history(self, issue):
        now = timezone.now()
        ClaimFactory(
            issue=issue,
            last_activity_at=now - datetime.timedelta(days=20),
            reminder_sent_at=now - datetime.timedelta(days=5),
        )

        claims_expire(now=now)

        assert issue.claims.count() == 1


def test_the_expiry_settings_are_checked():
    with pytest.raises(ValidationError):
        claim_post_progress(
            claim=ClaimFactory(released_at=timezone.now()), actor=UserFactory(), body="x"
        )
