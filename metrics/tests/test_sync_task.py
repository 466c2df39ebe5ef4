"""The starter-issue sync jobs and command, end to end against a code host on 127.0.0.1."""

import logging
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command

from metrics import tasks
from metrics.tasks import sync_all_starter_issues, sync_starter_issues
from metrics.tests.code_host import CodeHost, fixture
from onboarding.models import StarterIssue
from onboarding.tests.factories import StarterIssueFactory
from projects.models import Project
from projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

GITHUB_OPEN_UNASSIGNED = [
    "github:acme/lantern#22",
    "github:acme/lantern#50",
    "github:acme/lantern#53",
    "github:acme/lantern#57",
]


@pytest.fixture
def code_host(settings):
    """One server playing the company's GitHub Enterprise and GitLab at once: the API paths
    of the two never meet."""
    host = CodeHost()
    host.start()
    settings.GITHUB_ENTERPRISE_HOSTS = [host.netloc]
    settings.GITLAB_HOSTS = []
    settings.STARTER_ISSUE_LABELS = ["good first issue", "help wanted"]
    host.github_issues(
        "acme/lantern",
        [fixture("github_issues_page1.json"), fixture("github_issues_page2.json")],
    )
    yield host
    host.stop()


@pytest.fixture
def lantern(code_host):
    return ProjectFactory(slug="lantern", repository_url=f"http://{code_host.netloc}/acme/lantern")


def synced_ids(project) -> list[str]:
    return sorted(
        StarterIssue.objects.filter(project=project, state=StarterIssue.State.OPEN).values_list(
            "external_id", flat=True
        )
    )


def test_the_job_creates_starter_issues_from_the_labelled_issues_of_the_code_host(lantern):
    result = sync_starter_issues.delay(lantern.pk).get()

    assert result == {"project": "lantern", "created": 4, "updated": 0, "closed": 0, "unchanged": 0}
    assert synced_ids(lantern) == GITHUB_OPEN_UNASSIGNED
    german = StarterIssue.objects.get(external_id="github:acme/lantern#57")
    assert german.title == "Übersetze die CLI-Hilfe ins Deutsche 🇩🇪"
    assert german.external_url == "https://github.com/acme/lantern/issues/57"


def test_a_second_run_changes_nothing(lantern):
    sync_starter_issues.delay(lantern.pk).get()

    result = sync_starter_issues.delay(lantern.pk).get()

    assert result == {"project": "lantern", "created": 0, "updated": 0, "closed": 0, "unchanged": 4}


def test_an_issue_closed_on_the_host_is_closed_on_the_board(lantern):
    StarterIssueFactory(project=lantern, external_id="github:acme/lantern#31")

    result = sync_starter_issues.delay(lantern.pk).get()

    assert result["closed"] == 1
    assert StarterIssue.objects.get(external_id="github:acme/lantern#31").state == "closed"


def test_a_code_host_error_is_logged_and_the_issues_are_left_alone(code_host, caplog):
    project = ProjectFactory(
        slug="moved", repository_url=f"http://{code_host.netloc}/acme/moved-away"
    )
    kept = StarterIssueFactory(project=project, external_id="github:acme/moved-away#3")

    with caplog.at_level(logging.WARNING, logger="metrics.tasks"):
        result = sync_starter_issues.delay(project.pk).get()

    assert result["error"].startswith("The repository acme/moved-away was not found on")
    assert "Starter issues of moved were not synced: The repository acme/moved-away" in (
        caplog.text
    )
    kept.refresh_from_db()
    assert kept.state == StarterIssue.State.OPEN


def test_a_run_for_a_project_that_is_already_syncing_is_skipped(lantern, code_host, monkeypatch):
    """The second run starts while the first is still reading the code host."""
    overlapping = []
    read = tasks.list_labelled_issues

    def read_slowly(repository_url, labels):
        overlapping.append(sync_starter_issues(lantern.pk))
        return read(repository_url, labels)

    monkeypatch.setattr(tasks, "list_labelled_issues", read_slowly)

    first = sync_starter_issues.delay(lantern.pk).get()

    assert overlapping == [{"skipped": "another sync of this project is running."}]
    assert first["created"] == 4
    assert StarterIssue.objects.count() == 4


def test_the_lock_is_per_project_and_freed_after_a_failure(lantern, code_host):
    other = ProjectFactory(repository_url=f"http://{code_host.netloc}/acme/missing")
    cache.add(f"lock:metrics.sync_starter_issues:{other.pk}", "1", 60)

    assert sync_starter_issues(lantern.pk)["created"] == 4
    cache.delete(f"lock:metrics.sync_starter_issues:{other.pk}")
    assert "error" in sync_starter_issues(other.pk)
    assert "error" in sync_starter_issues(other.pk)  # not "skipped": the failure freed it


def test_an_archived_project_is_not_synced(lantern, code_host):
    lantern.stage = Project.Stage.ARCHIVED
    lantern.save()

    result = sync_starter_issues(lantern.pk)

    assert result == {"project": "lantern", "skipped": "the project is archived."}
    assert code_host.requests == []


def test_the_hourly_job_queues_live_projects_on_github_and_gitlab(lantern, code_host, settings):
    gitlab = CodeHost()
    gitlab.start()
    settings.GITLAB_HOSTS = [gitlab.netloc]
    gitlab.gitlab_issues("platform/tracing/lantern", fixture("gitlab_issues.json"))
    on_gitlab = ProjectFactory(repository_url=f"http://{gitlab.netloc}/platform/tracing/lantern")
    ProjectFactory(repository_url="https://git.corp.example/tools/lantern.git")
    ProjectFactory(repository_url="")
    archived = ProjectFactory(
        repository_url=f"http://{code_host.netloc}/acme/lantern", stage="archived"
    )

    try:
        queued = sync_all_starter_issues.delay().get()
    finally:
        gitlab.stop()

    assert queued == 2
    assert synced_ids(lantern) == GITHUB_OPEN_UNASSIGNED
    assert synced_ids(on_gitlab) == [
        "gitlab:platform/tracing/lantern#12",
        "gitlab:platform/tracing/lantern#14",
        "gitlab:platform/tracing/lantern#3",
    ]
    assert not StarterIssue.objects.filter(project=archived).exists()


def test_no_labels_turn_the_sync_off(lantern, code_host, settings):
    settings.STARTER_ISSUE_LABELS = []

    assert sync_all_starter_issues.delay().get() == 0
    assert "skipped" in sync_starter_issues(lantern.pk)
    assert code_host.requests == []


def test_the_jobs_are_registered_and_scheduled_hourly():
    from portal.celery import app
    from portal.schedule import BEAT_SCHEDULE

    app.loader.import_default_modules()
    entry = BEAT_SCHEDULE["metrics-sync-all-starter-issues"]

    assert {"metrics.sync_starter_issues", "metrics.sync_all_starter_issues"} <= set(app.tasks)
    assert entry["task"] == "metrics.sync_all_starter_issues"
    assert entry["schedule"].minute == {23}
    assert entry["schedule"].hour == set(range(24))


# The command -----------------------------------------------------------------------------------


def test_the_command_syncs_now_and_prints_what_changed(lantern):
    out = StringIO()

    call_command("sync_starter_issues", "lantern", stdout=out)
    call_command("sync_starter_issues", stdout=out)

    assert out.getvalue().splitlines() == [
        "lantern: 4 created, 0 updated, 0 closed, 0 unchanged.",
        "lantern: 0 created, 0 updated, 0 closed, 4 unchanged.",
    ]


def test_the_command_says_why_a_project_cannot_be_synced_and_fails(lantern):
    ProjectFactory(slug="plain", repository_url="https://git.corp.example/tools/plain.git")
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match="1 of 2 projects could not be synced"):
        call_command("sync_starter_issues", "plain", "lantern", stdout=out, stderr=err)

    assert err.getvalue().startswith(
        "plain: https://git.corp.example/tools/plain.git is not on GitHub or GitLab: this code "
        "host has no issue API the portal knows."
    )
    assert out.getvalue() == "lantern: 4 created, 0 updated, 0 closed, 0 unchanged.\n"


def test_the_command_refuses_an_unknown_project():
    with pytest.raises(CommandError, match="No project has the slug lanter."):
        call_command("sync_starter_issues", "lanter")
