"""Listing labelled issues from GitHub and GitLab: recorded API answers served by a real HTTP
server on 127.0.0.1, with the hosts' own pagination and error answers."""

import datetime
import socket

import pytest

from metrics.connectors import issues as connector
from metrics.connectors.issues import (
    IssueHostAccessDenied,
    IssueHostError,
    IssueHostRateLimited,
    IssueHostUnreachable,
    IssueRepositoryNotFound,
    UnsupportedIssueHost,
    issue_host_supported,
    issues_api_url,
    list_labelled_issues,
)
from metrics.tests.code_host import CodeHost, fixture

LABELS = ["good first issue", "help wanted"]


@pytest.fixture
def code_host():
    host = CodeHost()
    host.start()
    yield host
    host.stop()


@pytest.fixture
def github(code_host, settings):
    """The test server as the company's GitHub Enterprise, serving acme/lantern's issues."""
    settings.GITHUB_ENTERPRISE_HOSTS = [code_host.netloc]
    settings.GITHUB_TOKEN = "ghp-test-token"
    code_host.github_issues(
        "acme/lantern",
        [fixture("github_issues_page1.json"), fixture("github_issues_page2.json")],
    )
    return code_host


@pytest.fixture
def gitlab(code_host, settings):
    """The test server as the company's GitLab, serving platform/tracing/lantern's issues."""
    settings.GITLAB_HOSTS = [code_host.netloc]
    settings.GITLAB_TOKEN = "glpat-test-token"
    code_host.gitlab_issues("platform/tracing/lantern", fixture("gitlab_issues.json"))
    return code_host


def by_number(issues):
    return {issue.number: issue for issue in issues}


# GitHub --------------------------------------------------------------------------------------


def test_github_issues_with_any_starter_label_are_listed_once_without_pull_requests(github):
    issues = list_labelled_issues(f"http://{github.netloc}/acme/lantern", LABELS)

    # #56 is a pull request; #53 carries both labels.
    assert [issue.number for issue in issues] == [22, 31, 48, 50, 53, 57]
    assert issues.complete is True


def test_github_is_asked_once_per_label_and_its_link_header_is_followed(github):
    list_labelled_issues(f"http://{github.netloc}/acme/lantern.git", LABELS)

    asked = [
        (request["query"]["labels"], request["query"].get("page")) for request in github.requests
    ]
    assert asked == [("good first issue", None), ("good first issue", "2"), ("help wanted", None)]
    assert all(
        request["path"] == "/api/v3/repos/acme/lantern/issues" for request in github.requests
    )
    assert all(
        request["query"]["state"] == "all" and request["query"]["per_page"] == "100"
        for request in github.requests
    )
    headers = github.requests[0]["headers"]
    assert headers["Authorization"] == "Bearer ghp-test-token"
    assert headers["Accept"] == "application/vnd.github+json"


def test_a_github_issue_is_read_into_what_a_starter_issue_needs(github):
    issues = by_number(list_labelled_issues(f"http://{github.netloc}/acme/lantern", LABELS))

    german = issues[57]
    assert german.external_id == "github:acme/lantern#57"
    assert german.title == "Übersetze die CLI-Hilfe ins Deutsche 🇩🇪"
    assert german.body.startswith("Die Hilfe von `lantern --help` ist nur auf Englisch.")
    assert german.url == "https://github.com/acme/lantern/issues/57"
    assert german.labels == ("good first issue", "i18n")
    assert german.state == "open"
    assert german.assigned is False
    assert german.updated_at == datetime.datetime(2024, 11, 5, 16, 3, 10, tzinfo=datetime.UTC)
    assert issues[31].title == "日本語のエラーメッセージを追加する"
    assert issues[31].state == "closed"
    assert issues[48].assigned is True
    assert issues[22].body == ""  # GitHub sends null for an issue without a description


def test_the_page_cap_stops_a_runaway_listing_and_says_it_is_incomplete(github, monkeypatch):
    monkeypatch.setattr(connector, "MAX_PAGES", 1)

    issues = list_labelled_issues(f"http://{github.netloc}/acme/lantern", ["good first issue"])

    assert [issue.number for issue in issues] == [48, 53, 57]
    assert issues.complete is False


def test_a_renamed_github_repository_is_followed_on_the_same_host(github):
    new_path = "/api/v3/repositories/715826412/issues"
    github.github_issues("acme/lantern", [fixture("github_issues_page2.json")], path=new_path)
    github.answer(
        "/api/v3/repos/acme/old-lantern/issues",
        301,
        headers={"Location": github.url(new_path) + "?labels=good+first+issue&state=all"},
    )

    issues = list_labelled_issues(f"http://{github.netloc}/acme/old-lantern", ["good first issue"])

    assert [issue.external_id for issue in issues] == [
        "github:acme/old-lantern#22",
        "github:acme/old-lantern#31",
    ]


def test_a_redirect_to_another_host_is_not_followed_with_the_token(github):
    github.answer(
        "/api/v3/repos/acme/lantern/issues",
        302,
        headers={"Location": "http://elsewhere.example/collect?token=1"},
    )

    with pytest.raises(IssueHostError, match="redirected the portal to another host"):
        list_labelled_issues(f"http://{github.netloc}/acme/lantern", LABELS)


# GitLab --------------------------------------------------------------------------------------


def test_gitlab_issues_are_listed_page_by_page_through_x_next_page(gitlab):
    issues = list_labelled_issues(
        f"http://{gitlab.netloc}/platform/tracing/lantern/-/tree/main", LABELS
    )

    assert [issue.number for issue in issues] == [3, 7, 9, 12, 14]
    asked = [
        (request["query"]["labels"], request["query"].get("page")) for request in gitlab.requests
    ]
    assert asked == [("good first issue", None), ("good first issue", "2"), ("help wanted", None)]
    assert {request["path"] for request in gitlab.requests} == {
        "/api/v4/projects/platform%2Ftracing%2Flantern/issues"
    }
    assert gitlab.requests[0]["headers"]["PRIVATE-TOKEN"] == "glpat-test-token"


def test_a_gitlab_issue_is_read_into_what_a_starter_issue_needs(gitlab):
    issues = by_number(
        list_labelled_issues(f"http://{gitlab.netloc}/platform/tracing/lantern", LABELS)
    )

    french = issues[14]
    assert french.external_id == "gitlab:platform/tracing/lantern#14"
    assert french.title == "Traduire les messages d’erreur en français"
    assert french.url == "https://gitlab.com/platform/tracing/lantern/-/issues/14"
    assert french.state == "open"  # GitLab says "opened"
    assert french.updated_at == datetime.datetime(
        2024, 11, 6, 10, 5, 33, 412000, tzinfo=datetime.UTC
    )
    assert issues[9].state == "closed"
    assert issues[7].assigned is True
    assert issues[7].labels == ("frontend", "help wanted")
    assert issues[3].body == ""


# Which API ------------------------------------------------------------------------------------


def test_the_api_address_follows_the_host_of_the_repository(settings):
    settings.GITHUB_ENTERPRISE_HOSTS = ["github.corp.example"]
    settings.GITLAB_HOSTS = ["code.corp.example:8443"]

    assert issues_api_url("https://github.com/acme/lantern") == (
        "https://api.github.com/repos/acme/lantern/issues"
    )
    assert issues_api_url("https://github.corp.example/acme/lantern.git") == (
        "https://github.corp.example/api/v3/repos/acme/lantern/issues"
    )
    assert issues_api_url("https://gitlab.com/platform/tracing/lantern") == (
        "https://gitlab.com/api/v4/projects/platform%2Ftracing%2Flantern/issues"
    )
    assert issues_api_url("https://code.corp.example:8443/platform/lantern/-/issues") == (
        "https://code.corp.example:8443/api/v4/projects/platform%2Flantern/issues"
    )


@pytest.mark.parametrize(
    "address",
    [
        "https://git.corp.example/lantern.git",
        "ssh://git@code.corp.example/platform/lantern.git",
        "git@code.corp.example:platform/lantern.git",
        "/srv/git/lantern.git",
    ],
)
def test_a_plain_git_repository_has_no_issue_api_the_portal_knows(address):
    assert issue_host_supported(address) is False
    with pytest.raises(UnsupportedIssueHost, match="this code host has no issue API the portal"):
        list_labelled_issues(address, LABELS)


def test_a_project_without_a_repository_address_is_told_to_add_one():
    with pytest.raises(UnsupportedIssueHost, match="has no repository address"):
        list_labelled_issues("", LABELS)


# Errors the maintainer can act on --------------------------------------------------------------


def test_a_missing_repository_is_reported_as_not_found(github):
    with pytest.raises(IssueRepositoryNotFound) as error:
        list_labelled_issues(f"http://{github.netloc}/acme/no-such-repo", LABELS)

    assert str(error.value) == (
        f"The repository acme/no-such-repo was not found on {github.netloc} (HTTP 404). Check "
        "its address; if it is private, the portal needs a token that can read it "
        "(GITHUB_TOKEN)."
    )


def test_a_refused_token_names_the_setting_to_fix(gitlab):
    gitlab.answer(
        "/api/v4/projects/platform%2Fsecret/issues", 401, body=b'{"message":"401 Unauthorized"}'
    )

    with pytest.raises(IssueHostAccessDenied) as error:
        list_labelled_issues(f"http://{gitlab.netloc}/platform/secret", LABELS)

    assert "refused to list the issues of platform/secret (HTTP 401)" in str(error.value)
    assert "(GITLAB_TOKEN)" in str(error.value)


def test_gitlab_rate_limiting_says_when_it_resets(gitlab):
    gitlab.answer(
        "/api/v4/projects/platform%2Ftracing%2Flantern/issues",
        429,
        headers={"RateLimit-Remaining": "0", "RateLimit-Reset": "1767225600"},
        body=b'{"message":"429 Too Many Requests"}',
    )

    with pytest.raises(IssueHostRateLimited) as error:
        list_labelled_issues(f"http://{gitlab.netloc}/platform/tracing/lantern", LABELS)

    assert error.value.reset_at == datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert "rate limit is used up (HTTP 429) until 2026-01-01 00:00 UTC" in str(error.value)


def test_a_github_403_with_an_exhausted_rate_limit_is_rate_limiting_not_a_refusal(github):
    github.answer(
        "/api/v3/repos/acme/lantern/issues",
        403,
        headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1767229200"},
        body=b'{"message":"API rate limit exceeded for user ID 5012345."}',
    )

    with pytest.raises(IssueHostRateLimited, match="until 2026-01-01 01:00 UTC"):
        list_labelled_issues(f"http://{github.netloc}/acme/lantern", LABELS)


def test_a_plain_github_403_is_a_refusal(github):
    github.answer(
        "/api/v3/repos/acme/lantern/issues",
        403,
        headers={"X-RateLimit-Remaining": "4990"},
        body=b'{"message":"Resource not accessible by personal access token"}',
    )

    with pytest.raises(IssueHostAccessDenied, match=r"\(GITHUB_TOKEN\) missing or not allowed"):
        list_labelled_issues(f"http://{github.netloc}/acme/lantern", LABELS)


def test_a_code_host_that_does_not_answer_in_time_is_reported(github, monkeypatch):
    monkeypatch.setattr(connector, "HTTP_TIMEOUT", 0.5)
    github.delay("/api/v3/repos/acme/lantern/issues", 2)

    with pytest.raises(IssueHostUnreachable) as error:
        list_labelled_issues(f"http://{github.netloc}/acme/lantern", LABELS)

    assert str(error.value) == f"The code host {github.netloc} did not answer within 0.5 s."


def test_a_code_host_that_is_down_is_reported_as_unreachable(settings):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.GITLAB_HOSTS = [f"127.0.0.1:{port}"]

    with pytest.raises(IssueHostUnreachable) as error:
        list_labelled_issues(f"http://127.0.0.1:{port}/platform/lantern", LABELS)

    assert str(error.value) == f"The code host 127.0.0.1:{port} could not be reached."


def test_an_answer_that_is_not_a_list_of_issues_is_reported(github):
    github.answer("/api/v3/repos/acme/lantern/issues", 200, body=b"<html>Sign in</html>")

    with pytest.raises(IssueHostError, match="did not answer with a list of issues"):
        list_labelled_issues(f"http://{github.netloc}/acme/lantern", LABELS)
