"""Keeping a guide in sync from its repository: real git repositories, a real HTTP code host."""

import contextlib
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from onboarding import repository_files
from onboarding.models import Guide
from onboarding.repository_files import (
    RepositoryFileError,
    RepositoryKind,
    browse_url,
    raw_file_url,
    repository_kind,
)
from onboarding.services_guides import (
    guide_save,
    guide_sync,
    guide_use_repository,
)
from onboarding.tasks_guides import sync_all_guides
from portal.models import Notification
from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
CONTRIBUTING = (FIXTURES / "CONTRIBUTING.md").read_text()


# A code host on 127.0.0.1 --------------------------------------------------------------------


class CodeHost:
    """Serves recorded raw files by path; anything else is a 404, as on GitHub and GitLab."""

    def __init__(self):
        self.files: dict[str, dict] = {}
        self.requests: list[dict] = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                host.requests.append({"path": self.path, "headers": dict(self.headers)})
                served = host.files.get(self.path)
                if served is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    self.wfile.write(b"404: Not Found")
                    return
                time.sleep(served.get("delay", 0))
                body = served["body"]
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                if served.get("content_length", True):
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The portal stops reading a huge file early, as it should.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.netloc = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def serve(self, path: str, body: bytes | str, **options) -> None:
        self.files[path] = {"body": body.encode() if isinstance(body, str) else body, **options}


@pytest.fixture
def code_host():
    host = CodeHost()
    host.thread.start()
    yield host
    host.server.shutdown()
    host.server.server_close()


@pytest.fixture
def gitlab(code_host, settings):
    """The test server, configured as the company's GitLab."""
    settings.GITLAB_HOSTS = [code_host.netloc]
    settings.GITLAB_TOKEN = "glpat-test-token"
    return code_host


@pytest.fixture
def maintainer():
    return UserFactory(first_name="Mia", last_name="Maintainer")


def project_at(repository_url: str, maintainer):
    project = ProjectFactory(name="Lantern", slug="lantern", repository_url=repository_url)
    make_maintainer(project, maintainer)
    return project


def use_file(project, maintainer, path, django_capture_on_commit_callbacks) -> Guide:
    with django_capture_on_commit_callbacks(execute=True):
        guide_use_repository(project=project, actor=maintainer, path=path)
    return Guide.objects.get(project=project)


# GitLab and GitHub over HTTP -----------------------------------------------------------------


def test_a_gitlab_guide_is_synced_from_the_raw_file_with_the_token(
    gitlab, maintainer, django_capture_on_commit_callbacks
):
    gitlab.serve("/platform/tracing/lantern/-/raw/HEAD/CONTRIBUTING.md", CONTRIBUTING)
    project = project_at(f"http://{gitlab.netloc}/platform/tracing/lantern.git", maintainer)

    guide = use_file(project, maintainer, "CONTRIBUTING.md", django_capture_on_commit_callbacks)

    assert guide.source == Guide.Source.REPOSITORY
    assert guide.body == CONTRIBUTING
    assert guide.sync_error == ""
    assert guide.last_synced_at is not None
    assert guide.source_url == (
        f"http://{gitlab.netloc}/platform/tracing/lantern/-/blob/HEAD/CONTRIBUTING.md"
    )
    assert gitlab.requests[-1]["headers"]["PRIVATE-TOKEN"] == "glpat-test-token"


def test_a_github_enterprise_guide_is_synced_from_the_raw_path_of_that_host(
    code_host, settings, maintainer, django_capture_on_commit_callbacks
):
    settings.GITHUB_ENTERPRISE_HOSTS = [code_host.netloc]
    settings.GITHUB_TOKEN = "ghp-test-token"
    code_host.serve("/raw/observability/lantern/HEAD/docs/CONTRIBUTING.md", CONTRIBUTING)
    project = project_at(f"http://{code_host.netloc}/observability/lantern", maintainer)

    guide = use_file(
        project, maintainer, "docs/CONTRIBUTING.md", django_capture_on_commit_callbacks
    )

    assert guide.body == CONTRIBUTING
    assert guide.source_url.endswith("/observability/lantern/blob/HEAD/docs/CONTRIBUTING.md")
    assert code_host.requests[-1]["headers"]["Authorization"] == "Bearer ghp-test-token"


def test_a_missing_file_keeps_the_last_good_guide_and_says_why(
    gitlab, maintainer, django_capture_on_commit_callbacks
):
    project = project_at(f"http://{gitlab.netloc}/platform/lantern", maintainer)
    guide_save(project=project, actor=maintainer, body="## Getting started\n\nAsk Mia.")

    guide = use_file(project, maintainer, "CONTRIBUTING.md", django_capture_on_commit_callbacks)

    assert guide.sync_error == "CONTRIBUTING.md was not found on the default branch."
    assert guide.body == "## Getting started\n\nAsk Mia."
    assert guide.last_synced_at is None


def test_a_code_host_that_does_not_answer_in_time_is_reported(
    gitlab, maintainer, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(repository_files, "HTTP_TIMEOUT", 0.5)
    gitlab.serve("/platform/lantern/-/raw/HEAD/CONTRIBUTING.md", CONTRIBUTING, delay=2)
    project = project_at(f"http://{gitlab.netloc}/platform/lantern", maintainer)

    guide = use_file(project, maintainer, "CONTRIBUTING.md", django_capture_on_commit_callbacks)

    assert guide.sync_error == "The code host did not answer within 0.5 s."
    assert guide.body == ""


@pytest.mark.parametrize("declared", [True, False], ids=["declared size", "streamed"])
def test_a_file_over_one_megabyte_is_refused(
    gitlab, maintainer, declared, django_capture_on_commit_callbacks
):
    gitlab.serve(
        "/platform/lantern/-/raw/HEAD/README.md",
        b"# Big\n" + b"x" * (1024 * 1024 + 10),
        content_length=declared,
    )
    project = project_at(f"http://{gitlab.netloc}/platform/lantern", maintainer)
    guide_save(project=project, actor=maintainer, body="Kept.")

    guide = use_file(project, maintainer, "README.md", django_capture_on_commit_callbacks)

    assert "README.md is larger than 1 MB" in guide.sync_error
    assert guide.body == "Kept."


def test_a_file_too_long_for_a_guide_is_not_stored(
    gitlab, maintainer, django_capture_on_commit_callbacks
):
    gitlab.serve("/platform/lantern/-/raw/HEAD/README.md", "# Long\n" + "y" * 100_001)
    project = project_at(f"http://{gitlab.netloc}/platform/lantern", maintainer)

    guide = use_file(project, maintainer, "README.md", django_capture_on_commit_callbacks)

    assert "a guide can have at most 100000" in guide.sync_error
    assert guide.body == ""


def test_a_file_that_is_not_utf8_text_is_reported(
    gitlab, maintainer, django_capture_on_commit_callbacks
):
    gitlab.serve("/platform/lantern/-/raw/HEAD/README.md", "Café".encode("latin-1"))
    project = project_at(f"http://{gitlab.netloc}/platform/lantern", maintainer)

    guide = use_file(project, maintainer, "README.md", django_capture_on_commit_callbacks)

    assert guide.sync_error == "README.md is not UTF-8 text, so it cannot be shown as a guide."


def test_an_unreachable_code_host_is_reported(
    settings, maintainer, django_capture_on_commit_callbacks
):
    settings.GITLAB_HOSTS = ["127.0.0.1:9"]  # the discard port: nothing listens there
    project = project_at("http://127.0.0.1:9/platform/lantern", maintainer)

    guide = use_file(project, maintainer, "README.md", django_capture_on_commit_callbacks)

    assert guide.sync_error == "The code host 127.0.0.1:9 could not be reached."


def test_a_good_sync_after_a_failure_clears_the_problem(
    gitlab, maintainer, django_capture_on_commit_callbacks
):
    project = project_at(f"http://{gitlab.netloc}/platform/lantern", maintainer)
    guide = use_file(project, maintainer, "CONTRIBUTING.md", django_capture_on_commit_callbacks)
    assert guide.sync_error
    gitlab.serve("/platform/lantern/-/raw/HEAD/CONTRIBUTING.md", CONTRIBUTING)

    guide = guide_sync(guide_id=guide.pk)

    assert guide.sync_error == ""
    assert guide.body == CONTRIBUTING


def test_maintainers_are_told_once_when_a_sync_starts_failing(
    gitlab, maintainer, django_capture_on_commit_callbacks
):
    project = project_at(f"http://{gitlab.netloc}/platform/lantern", maintainer)
    guide = use_file(project, maintainer, "CONTRIBUTING.md", django_capture_on_commit_callbacks)

    guide_sync(guide_id=guide.pk)
    guide_sync(guide_id=guide.pk)

    notification = Notification.objects.get(user=maintainer)
    assert "Lantern could not be synced" in notification.message
    assert notification.url == "/projects/lantern/guide/"


# Plain git, for real -------------------------------------------------------------------------


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@corp.example", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def git_repository(tmp_path) -> Path:
    repository = tmp_path / "lantern"
    repository.mkdir()
    git("init", "--quiet", "--initial-branch=trunk", cwd=repository)
    (repository / "CONTRIBUTING.md").write_text(CONTRIBUTING)
    (repository / "docs").mkdir()
    (repository / "docs" / "hacking.md").write_text("## Building\n\nRun `make`.\n")
    git("add", ".", cwd=repository)
    git("commit", "--quiet", "-m", "Guide", cwd=repository)
    return repository


@pytest.mark.parametrize("as_url", [True, False], ids=["file URL", "local path"])
def test_a_plain_git_repository_is_cloned_and_its_file_read(
    git_repository, maintainer, as_url, django_capture_on_commit_callbacks
):
    address = git_repository.as_uri() if as_url else str(git_repository)
    project = project_at(address, maintainer)

    guide = use_file(project, maintainer, "CONTRIBUTING.md", django_capture_on_commit_callbacks)

    assert guide.body == CONTRIBUTING
    assert guide.sync_error == ""
    assert guide.source_url == ""  # no web page to link to


def test_a_file_in_a_subfolder_of_a_git_repository_is_read(git_repository):
    text = repository_files.fetch_repository_file(git_repository.as_uri(), "docs/hacking.md")

    assert text == "## Building\n\nRun `make`.\n"


def test_a_file_missing_from_a_git_repository_is_reported(git_repository):
    with pytest.raises(RepositoryFileError, match="^README.md was not found on the default"):
        repository_files.fetch_repository_file(git_repository.as_uri(), "README.md")


def test_a_symlink_out_of_the_repository_is_not_followed(git_repository, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("the server's secrets")
    (git_repository / "SECURITY.md").symlink_to(secret)
    git("add", ".", cwd=git_repository)
    git("commit", "--quiet", "-m", "Sneaky link", cwd=git_repository)

    with pytest.raises(RepositoryFileError, match="SECURITY.md was not found"):
        repository_files.fetch_repository_file(git_repository.as_uri(), "SECURITY.md")


def test_a_repository_that_cannot_be_cloned_is_reported(tmp_path):
    with pytest.raises(RepositoryFileError, match="^git could not clone .*nowhere"):
        repository_files.fetch_repository_file((tmp_path / "nowhere").as_uri(), "README.md")


# Which kind of repository, and its raw file address -------------------------------------------


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://github.com/acme/lantern", RepositoryKind.GITHUB),
        ("https://github.corp.example/acme/lantern", RepositoryKind.GITHUB_ENTERPRISE),
        ("https://gitlab.com/acme/tracing/lantern", RepositoryKind.GITLAB),
        ("https://gitlab.corp.example/acme/lantern", RepositoryKind.GITLAB),
        ("https://code.corp.example/lantern.git", RepositoryKind.GIT),
        ("ssh://git@code.corp.example/lantern.git", RepositoryKind.GIT),
        ("git@code.corp.example:acme/lantern.git", RepositoryKind.GIT),
        ("git://code.corp.example/lantern.git", RepositoryKind.GIT),
        ("file:///srv/git/lantern.git", RepositoryKind.GIT),
        ("/srv/git/lantern.git", RepositoryKind.GIT),
    ],
)
def test_the_kind_of_repository_is_told_from_its_address(url, kind):
    assert repository_kind(url) is kind


def test_configured_hosts_win_over_the_name_of_the_host(settings):
    settings.GITLAB_HOSTS = ["code.corp.example"]
    settings.GITHUB_ENTERPRISE_HOSTS = ["git.corp.example:8443"]

    assert repository_kind("https://code.corp.example/a/b") is RepositoryKind.GITLAB
    assert repository_kind("https://git.corp.example:8443/a/b") is RepositoryKind.GITHUB_ENTERPRISE


@pytest.mark.parametrize("url", ["ext::sh -c touch% /tmp/pwned", "ftp://x/y", "lantern"])
def test_addresses_git_could_abuse_are_refused(url):
    with pytest.raises(RepositoryFileError, match="only http, https, ssh, git and file"):
        repository_kind(url)


@pytest.mark.parametrize(
    ("url", "raw"),
    [
        (
            "https://github.com/acme/lantern/tree/main/docs",
            "https://raw.githubusercontent.com/acme/lantern/HEAD/CONTRIBUTING.md",
        ),
        (
            "https://github.corp.example/acme/lantern.git",
            "https://github.corp.example/raw/acme/lantern/HEAD/CONTRIBUTING.md",
        ),
        (
            "https://gitlab.corp.example/acme/tracing/lantern/-/tree/main",
            "https://gitlab.corp.example/acme/tracing/lantern/-/raw/HEAD/CONTRIBUTING.md",
        ),
    ],
)
def test_the_raw_file_address_follows_each_code_host(url, raw):
    assert raw_file_url(url, "CONTRIBUTING.md") == raw


def test_the_page_of_a_github_file_is_linked():
    assert (
        browse_url("https://github.com/acme/lantern", "docs/CONTRIBUTING.md")
        == "https://github.com/acme/lantern/blob/HEAD/docs/CONTRIBUTING.md"
    )


def test_tokens_go_only_to_hosts_the_operator_named(settings):
    settings.GITHUB_TOKEN = "ghp-secret"
    settings.GITLAB_TOKEN = "glpat-secret"
    settings.GITLAB_HOSTS = ["gitlab.corp.example"]
    headers = repository_files._auth_headers

    assert headers("https://gitlab.corp.example/a/b", RepositoryKind.GITLAB) == {
        "PRIVATE-TOKEN": "glpat-secret"
    }
    assert headers("https://gitlab.attacker.example/a/b", RepositoryKind.GITLAB) == {}
    assert headers("https://github.attacker.example/a/b", RepositoryKind.GITHUB_ENTERPRISE) == {}
    assert headers("https://github.com/a/b", RepositoryKind.GITHUB) == {
        "Authorization": "Bearer ghp-secret"
    }


def test_a_repository_address_without_an_organisation_is_explained():
    with pytest.raises(RepositoryFileError, match="does not look like the address"):
        raw_file_url("https://github.com/lantern", "README.md")


# Choosing the file, and the rules around it ---------------------------------------------------


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("", "Give the path of a file"),
        ("../secrets.md", "Give a path inside the repository"),
        ("docs/../../x.md", "Give a path inside the repository"),
        ("/etc/guide.md", "Give a path inside the repository"),
        ("docs\\guide.md", "Give a path inside the repository"),
        ("CONTRIBUTING.txt", "must be a Markdown file"),
        ("d/" * 99 + "x.md", "too long"),
    ],
)
def test_a_bad_file_path_is_refused_with_a_reason(maintainer, path, message):
    project = project_at("https://github.com/acme/lantern", maintainer)

    with pytest.raises(ValidationError, match=message):
        guide_use_repository(project=project, actor=maintainer, path=path)

    assert not Guide.objects.exists()


def test_a_project_without_a_repository_cannot_sync(maintainer):
    project = project_at("", maintainer)

    with pytest.raises(ValidationError, match="no repository address"):
        guide_use_repository(project=project, actor=maintainer, path="CONTRIBUTING.md")


def test_only_maintainers_can_change_the_guide(maintainer):
    project = project_at("https://github.com/acme/lantern", maintainer)
    outsider = UserFactory()

    with pytest.raises(PermissionDenied):
        guide_save(project=project, actor=outsider, body="Hijacked")
    with pytest.raises(PermissionDenied):
        guide_use_repository(project=project, actor=outsider, path="README.md")
    assert not Guide.objects.exists()


def test_a_result_for_a_file_no_longer_used_is_dropped(maintainer, monkeypatch):
    project = project_at("https://github.com/acme/lantern", maintainer)
    guide = Guide.objects.create(
        project=project, source=Guide.Source.REPOSITORY, source_path="README.md"
    )

    def slow_fetch(url, path):
        # Meanwhile, the maintainer decides to write the guide in the portal.
        guide_save(project=project, actor=maintainer, body="Written by hand.")
        return "From the repository."

    monkeypatch.setattr("onboarding.services_guides.fetch_repository_file", slow_fetch)

    guide_sync(guide_id=guide.pk)

    guide.refresh_from_db()
    assert guide.source == Guide.Source.PORTAL
    assert guide.body == "Written by hand."


def test_syncing_a_deleted_guide_does_nothing():
    assert guide_sync(guide_id=424242) is None


# The daily job ---------------------------------------------------------------------------------


def test_the_daily_job_syncs_every_repository_guide_of_live_projects(gitlab, maintainer):
    gitlab.serve("/platform/lantern/-/raw/HEAD/CONTRIBUTING.md", CONTRIBUTING)
    live = ProjectFactory(repository_url=f"http://{gitlab.netloc}/platform/lantern")
    archived = ProjectFactory(
        repository_url=f"http://{gitlab.netloc}/platform/lantern", stage="archived"
    )
    written = ProjectFactory(repository_url=f"http://{gitlab.netloc}/platform/lantern")
    for project in (live, archived):
        Guide.objects.create(
            project=project, source=Guide.Source.REPOSITORY, source_path="CONTRIBUTING.md"
        )
    Guide.objects.create(project=written, body="Our own words.")

    queued = sync_all_guides.delay().get()

    assert queued == 1
    assert Guide.objects.get(project=live).body == CONTRIBUTING
    assert Guide.objects.get(project=archived).body == ""
    assert Guide.objects.get(project=written).body == "Our own words."


def test_the_jobs_are_registered_and_scheduled_every_night():
    from portal.celery import app
    from portal.schedule import BEAT_SCHEDULE

    app.loader.import_default_modules()
    entry = BEAT_SCHEDULE["onboarding-sync-all-guides"]

    assert {"onboarding.sync_guide", "onboarding.sync_all_guides"} <= set(app.tasks)
    assert entry["task"] == "onboarding.sync_all_guides"
    assert entry["schedule"].hour == {3}
    assert entry["schedule"].minute == {10}
