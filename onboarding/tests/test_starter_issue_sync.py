"""The rules that keep synced starter issues in step with the code host's labelled issues."""

import datetime
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from onboarding.models import Claim, StarterIssue
from onboarding.services_starter_issues import claim_complete
from onboarding.services_sync import SyncResult, starter_issues_sync
from onboarding.tests.factories import ClaimFactory, StarterIssueFactory
from portal.tests.factories import UserFactory
from projects.models import Tag
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def host_issue(number: int, **changes) -> dict:
    """One issue as the metrics connector reports it, as a plain mapping."""
    return {
        "external_id": f"github:acme/lantern#{number}",
        "title": f"Document the flag number {number}",
        "body": "Add a short section to docs/cli.md.",
        "url": f"https://github.com/acme/lantern/issues/{number}",
        "labels": ("good first issue",),
        "state": "open",
        "assigned": False,
        "updated_at": NOW - datetime.timedelta(days=1),
        **changes,
    }


@pytest.fixture
def project():
    return ProjectFactory(name="Lantern", slug="lantern")


def synced(project, number: int, **fields) -> StarterIssue:
    """A starter issue the sync created earlier."""
    issue = StarterIssueFactory(
        project=project,
        external_id=f"github:acme/lantern#{number}",
        title=f"Document the flag number {number}",
        body="Add a short section to docs/cli.md.",
        external_url=f"https://github.com/acme/lantern/issues/{number}",
        **fields,
    )
    return issue


def test_open_labelled_issues_become_open_starter_issues(project):
    result = starter_issues_sync(
        project=project,
        issues=[host_issue(57, title="Übersetze   die CLI-Hilfe 🇩🇪"), host_issue(53)],
    )

    assert result == SyncResult(created=2)
    issue = StarterIssue.objects.get(external_id="github:acme/lantern#57")
    assert issue.project == project
    assert issue.title == "Übersetze die CLI-Hilfe 🇩🇪"
    assert issue.external_url == "https://github.com/acme/lantern/issues/57"
    assert issue.state == StarterIssue.State.OPEN
    assert StarterIssue.objects.open().count() == 2


def test_closed_or_assigned_host_issues_are_not_imported(project):
    result = starter_issues_sync(
        project=project,
        issues=[host_issue(31, state="closed"), host_issue(48, assigned=True)],
    )

    assert result == SyncResult()
    assert not StarterIssue.objects.exists()


def test_new_title_description_and_link_are_copied_and_curated_fields_kept(project):
    mentor = UserFactory()
    issue = synced(project, 53, mentor=mentor, effort_hours=8, points=20)
    issue.skills.add(Tag.objects.create(kind=Tag.Kind.SKILL, slug="go", name="Go"))

    result = starter_issues_sync(
        project=project,
        issues=[
            host_issue(
                53,
                title="Document the --dry-run flag",
                body="With an example run.",
                url="https://github.com/acme/lantern-cli/issues/53",
            )
        ],
    )

    assert result == SyncResult(updated=1)
    issue.refresh_from_db()
    assert issue.title == "Document the --dry-run flag"
    assert issue.body == "With an example run."
    assert issue.external_url == "https://github.com/acme/lantern-cli/issues/53"
    assert (issue.mentor, issue.effort_hours, issue.points) == (mentor, 8, 20)
    assert [skill.name for skill in issue.skills.all()] == ["Go"]


def test_an_issue_closed_on_the_host_without_a_claim_is_closed(project):
    issue = synced(project, 31)

    result = starter_issues_sync(project=project, issues=[host_issue(31, state="closed")])

    assert result == SyncResult(closed=1)
    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.CLOSED


@pytest.mark.parametrize("state", [StarterIssue.State.CLAIMED, StarterIssue.State.IN_REVIEW])
def test_an_issue_closed_on_the_host_keeps_its_claim_for_a_maintainer_to_finish(project, state):
    maintainer = UserFactory()
    make_maintainer(project, maintainer)
    issue = synced(project, 31, state=state)
    claim = ClaimFactory(issue=issue)

    result = starter_issues_sync(project=project, issues=[host_issue(31, state="closed")])

    assert result == SyncResult(unchanged=1)
    issue.refresh_from_db()
    claim.refresh_from_db()
    assert issue.state == state
    assert claim.is_active

    claim_complete(claim=claim, actor=maintainer)
    again = starter_issues_sync(project=project, issues=[host_issue(31, state="closed")])

    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.DONE
    assert again == SyncResult(unchanged=1)
    assert Claim.objects.get(pk=claim.pk).outcome == Claim.Outcome.DONE


def test_an_issue_reopened_on_the_host_is_back_on_the_board(project):
    issue = synced(project, 31, state=StarterIssue.State.CLOSED)
    StarterIssue.objects.filter(pk=issue.pk).update(updated_at=NOW - datetime.timedelta(days=3))

    result = starter_issues_sync(project=project, issues=[host_issue(31)])

    assert result == SyncResult(updated=1)
    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.OPEN


def test_a_close_in_the_portal_holds_while_the_host_issue_does_not_change(project):
    # The maintainer closed it here today; the host issue last changed yesterday.
    issue = synced(project, 31, state=StarterIssue.State.CLOSED)

    result = starter_issues_sync(project=project, issues=[host_issue(31)])

    assert result == SyncResult(unchanged=1)
    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.CLOSED


def test_an_issue_that_lost_its_label_is_closed_unless_claimed(project):
    unlabelled = synced(project, 22)
    claimed = synced(project, 48, state=StarterIssue.State.CLAIMED)
    ClaimFactory(issue=claimed)

    result = starter_issues_sync(project=project, issues=[])

    assert result == SyncResult(closed=1)
    unlabelled.refresh_from_db()
    claimed.refresh_from_db()
    assert unlabelled.state == StarterIssue.State.CLOSED
    assert claimed.state == StarterIssue.State.CLAIMED


def test_missing_issues_stay_open_when_the_host_listing_was_cut_short(project):
    issue = synced(project, 22)

    result = starter_issues_sync(project=project, issues=[host_issue(57)], complete=False)

    assert result == SyncResult(created=1)
    issue.refresh_from_db()
    assert issue.state == StarterIssue.State.OPEN


def test_issues_written_in_the_portal_are_never_touched(project):
    portal_only = StarterIssueFactory(project=project, title="Pair on the release notes")

    starter_issues_sync(project=project, issues=[host_issue(57, title="Pair on the release notes")])

    portal_only.refresh_from_db()
    assert portal_only.state == StarterIssue.State.OPEN
    assert portal_only.external_id == ""
    assert StarterIssue.objects.filter(project=project).count() == 2


def test_a_second_run_with_the_same_issues_changes_nothing(project):
    issues = [host_issue(57), host_issue(53), host_issue(31, state="closed"), host_issue(22)]
    first = starter_issues_sync(project=project, issues=issues)
    stamps = dict(StarterIssue.objects.values_list("external_id", "updated_at"))

    second = starter_issues_sync(project=project, issues=issues)

    assert first == SyncResult(created=3)
    assert second == SyncResult(unchanged=3)
    assert second.changed is False
    assert dict(StarterIssue.objects.values_list("external_id", "updated_at")) == stamps


def test_an_issue_another_project_already_synced_is_left_to_it(project):
    first = ProjectFactory()
    synced(first, 57)

    result = starter_issues_sync(project=project, issues=[host_issue(57), host_issue(53)])

    assert result == SyncResult(created=1)
    assert StarterIssue.objects.get(external_id="github:acme/lantern#57").project == first


def test_connector_objects_are_read_like_mappings_and_long_titles_are_cut(project):
    issue = SimpleNamespace(**host_issue(57, title="Ü" * 300, updated_at=None))

    result = starter_issues_sync(project=project, issues=[issue])

    assert result == SyncResult(created=1)
    title = StarterIssue.objects.get().title
    assert len(title) == 200
    assert title.endswith("…")


def test_the_number_of_queries_does_not_grow_with_the_number_of_issues():
    def run(count: int) -> int:
        project = ProjectFactory()
        ids = [f"github:{project.slug}/lantern#{number}" for number in range(2 * count)]
        # The first half was synced earlier and is now closed on the host; the second is new.
        for external_id in ids[:count]:
            StarterIssueFactory(project=project, external_id=external_id)
        issues = [
            host_issue(0, external_id=external_id, state="closed") for external_id in ids[:count]
        ]
        issues += [host_issue(0, external_id=external_id) for external_id in ids[count:]]
        with CaptureQueriesContext(connection) as queries:
            result = starter_issues_sync(project=project, issues=issues)
        assert result == SyncResult(created=count, closed=count)
        return len(queries)

    few, many = run(3), run(30)
    assert few == many
    assert many <= 6  # savepoint, read with locks, ids taken elsewhere, insert, update, release
