"""Issues carrying a starter label, read from a repository's issue tracker.

The kind of host comes from :func:`onboarding.repository_files.repository_kind`, the rule the
contributor-guide sync uses too, so one repository address means the same host everywhere
(``GITLAB_HOSTS`` and ``GITHUB_ENTERPRISE_HOSTS`` name the self-hosted ones, with a port if
needed; tokens go only to the hosts the operator named).

- **GitHub**: ``GET <api>/repos/<owner>/<repo>/issues?labels=<label>&state=all&per_page=100``
  where ``<api>`` is ``https://api.github.com`` for github.com and ``<scheme>://<host>/api/v3``
  for an Enterprise host. The endpoint lists pull requests too (items with a
  ``pull_request`` key); they are skipped. Further pages come from the ``Link`` header.
- **GitLab**: ``GET <scheme>://<host>/api/v4/projects/<url-encoded path>/issues?labels=<label>
  &state=all&per_page=100``, further pages from the ``X-Next-Page`` header.

Both APIs AND the labels of one request, so each label is asked for on its own and the
answers are merged by issue. Plain git repositories have no issue API: they raise
:class:`UnsupportedIssueHost`.
"""

import datetime
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import requests
from django.utils import timezone
from django.utils.translation import gettext as _

from onboarding.repository_files import (
    RepositoryFileError,
    RepositoryKind,
    _auth_headers,
    _is_read_timeout,
    _repository_path,
    _web_root,
    display_url,
    repository_kind,
)

logger = logging.getLogger(__name__)

# Module constants rather than settings: they bound how long a worker is tied up (at most
# labels × MAX_PAGES requests of HTTP_TIMEOUT each); tests lower them.
HTTP_TIMEOUT = 10
MAX_PAGES = 10
PER_PAGE = 100  # the most either API gives in one page
MAX_REDIRECTS = 3
GITHUB_API = "https://api.github.com"
USER_AGENT = "innersource-portal (starter issue sync)"


class IssueHostError(Exception):
    """The issues could not be listed; ``str(error)`` says why, for the maintainer to act on."""


class UnsupportedIssueHost(IssueHostError):
    """The repository is not on a host whose issue API the portal knows (or has no address)."""


class IssueHostUnreachable(IssueHostError):
    """No answer: the host is down, unknown, or slower than ``HTTP_TIMEOUT``."""


class IssueRepositoryNotFound(IssueHostError):
    """HTTP 404: wrong address, or a private repository hidden from the portal's token."""


class IssueHostAccessDenied(IssueHostError):
    """HTTP 401/403 without a rate limit: a token is missing or may not read the issues."""


class IssueHostRateLimited(IssueHostError):
    """HTTP 429, or 403 with an exhausted rate limit; ``reset_at`` (UTC) when it is known."""

    def __init__(self, message: str, *, reset_at: datetime.datetime | None = None):
        super().__init__(message)
        self.reset_at = reset_at


@dataclass(frozen=True)
class HostIssue:
    """One issue as the code host shows it, reduced to what a starter issue needs."""

    # "github:org/repo#12" or "gitlab:group/project#7": stable across title changes, and the
    # key the onboarding service upserts on.
    external_id: str
    number: int
    title: str
    body: str
    url: str
    labels: tuple[str, ...]
    state: str  # "open" or "closed", whatever the host calls them
    assigned: bool
    updated_at: datetime.datetime | None


class HostIssueList(list[HostIssue]):
    """The issues found. ``complete`` is False when ``MAX_PAGES`` cut a listing short: then an
    issue missing from the list may still carry its label, and must not be closed for it."""

    complete: bool = True


@dataclass(frozen=True)
class _Endpoint:
    kind: RepositoryKind
    issues_url: str
    repository: str  # "org/repo" or "group/sub/project", as written in the address
    headers: dict[str, str]

    @property
    def is_gitlab(self) -> bool:
        return self.kind is RepositoryKind.GITLAB

    @property
    def token_setting(self) -> str:
        return "GITLAB_TOKEN" if self.is_gitlab else "GITHUB_TOKEN"

    @property
    def id_prefix(self) -> str:
        # Host paths are case-insensitive on both hosts: a maintainer re-typing the address
        # as "Acme/Lantern" must not turn every synced issue into a new one.
        provider = "gitlab" if self.is_gitlab else "github"
        return f"{provider}:{self.repository.lower()}"


def _endpoint(repository_url: str) -> _Endpoint:
    if not repository_url:
        raise UnsupportedIssueHost(
            _("The project has no repository address; add one on the project's edit page.")
        )
    try:
        kind = repository_kind(repository_url)
        if kind is RepositoryKind.GIT:
            raise UnsupportedIssueHost(
                _(
                    "%(url)s is not on GitHub or GitLab: this code host has no issue API the "
                    "portal knows. Add its starter issues in the portal instead. (A self-hosted "
                    "GitLab or GitHub Enterprise must be listed in GITLAB_HOSTS or "
                    "GITHUB_ENTERPRISE_HOSTS.)"
                )
                % {"url": display_url(repository_url)}
            )
        repository = _repository_path(repository_url, kind)
    except RepositoryFileError as error:
        raise UnsupportedIssueHost(str(error)) from None
    headers = {"User-Agent": USER_AGENT, **_auth_headers(repository_url, kind)}
    if kind is RepositoryKind.GITLAB:
        # GitLab takes the project's full path as one URL-encoded id: group%2Fsub%2Fproject.
        issues_url = (
            f"{_web_root(repository_url)}/api/v4/projects/{quote(repository, safe='')}/issues"
        )
    else:
        root = (
            GITHUB_API if kind is RepositoryKind.GITHUB else f"{_web_root(repository_url)}/api/v3"
        )
        issues_url = f"{root}/repos/{quote(repository)}/issues"
        headers |= {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}
    return _Endpoint(kind=kind, issues_url=issues_url, repository=repository, headers=headers)


def issues_api_url(repository_url: str) -> str:
    """The API address the issues of ``repository_url`` are listed from; raises
    :class:`UnsupportedIssueHost` for a repository without a known issue API."""
    return _endpoint(repository_url).issues_url


def issue_host_supported(repository_url: str) -> bool:
    """Whether the repository is on a host whose issues the portal can list."""
    try:
        _endpoint(repository_url)
    except IssueHostError:
        return False
    return True


def list_labelled_issues(repository_url: str, labels: Iterable[str]) -> HostIssueList:
    """Every issue, open or closed, that carries at least one of ``labels``.

    Pull requests are left out; an issue with two of the labels appears once. Raises an
    :class:`IssueHostError` subclass with a message for the maintainer when the host cannot
    be asked or refuses.
    """
    endpoint = _endpoint(repository_url)
    found: dict[str, HostIssue] = {}
    issues = HostIssueList()
    with requests.Session() as session:
        for label in dict.fromkeys(label.strip() for label in labels if label.strip()):
            items, complete = _fetch_label(session, endpoint, label)
            issues.complete = issues.complete and complete
            for item in items:
                issue = (
                    _gitlab_issue(item, endpoint)
                    if endpoint.is_gitlab
                    else _github_issue(item, endpoint)
                )
                if issue is not None:
                    found.setdefault(issue.external_id, issue)
    issues.extend(sorted(found.values(), key=lambda issue: issue.number))
    return issues


# HTTP -----------------------------------------------------------------------------------------


def _fetch_label(
    session: requests.Session, endpoint: _Endpoint, label: str
) -> tuple[list[dict[str, Any]], bool]:
    """The raw items for one label, page after page; False when ``MAX_PAGES`` stopped it."""
    url = endpoint.issues_url
    params: dict[str, Any] | None = {"labels": label, "state": "all", "per_page": PER_PAGE}
    items: list[dict[str, Any]] = []
    for _page in range(MAX_PAGES):
        response = _get(session, url, params=params, endpoint=endpoint)
        items.extend(_json_items(response, endpoint))
        if endpoint.is_gitlab:
            next_page = response.headers.get("X-Next-Page", "").strip()
            if not next_page.isdigit():
                return items, True
            params = {"labels": label, "state": "all", "per_page": PER_PAGE, "page": next_page}
        else:
            next_url = response.links.get("next", {}).get("url")
            if not next_url:
                return items, True
            # The next link already carries every parameter.
            url, params = urljoin(response.url, next_url), None
    logger.warning(
        "Listing the %r issues of %s stopped after %s pages; issues beyond them were not read.",
        label,
        endpoint.repository,
        MAX_PAGES,
    )
    return items, False


def _same_origin(url: str, other: str) -> bool:
    first, second = urlsplit(url), urlsplit(other)
    return (first.scheme, first.netloc) == (second.scheme, second.netloc)


def _get(
    session: requests.Session,
    url: str,
    *,
    params: dict[str, Any] | None,
    endpoint: _Endpoint,
) -> requests.Response:
    """GET one page. Redirects are followed by hand and only on the same host: requests would
    carry a GitLab ``PRIVATE-TOKEN`` header to any host a redirect names."""
    for _hop in range(MAX_REDIRECTS + 1):
        host = urlsplit(url).netloc
        try:
            response = session.get(
                url,
                params=params,
                headers=endpoint.headers,
                timeout=HTTP_TIMEOUT,
                allow_redirects=False,
            )
        except requests.Timeout:
            raise _timed_out(host) from None
        except requests.ConnectionError as error:
            if _is_read_timeout(error):
                raise _timed_out(host) from None
            raise IssueHostUnreachable(
                _("The code host %(host)s could not be reached.") % {"host": host}
            ) from None
        except requests.RequestException as error:
            raise IssueHostError(
                _("The issues could not be listed from %(host)s (%(problem)s).")
                % {"host": host, "problem": type(error).__name__}
            ) from None
        if not response.is_redirect:
            _raise_for_status(response, endpoint)
            return response
        # GitHub answers 301 for a renamed repository, pointing at /repositories/<id>/….
        target = urljoin(response.url, response.headers["Location"])
        if not _same_origin(target, endpoint.issues_url):
            raise IssueHostError(
                _(
                    "%(host)s redirected the portal to another host (%(target)s); it does not "
                    "follow, so that its token stays with the code host it belongs to."
                )
                % {"host": host, "target": urlsplit(target).netloc}
            )
        url, params = target, None
    raise IssueHostError(
        _("%(host)s redirected the portal too many times.") % {"host": urlsplit(url).netloc}
    )


def _timed_out(host: str) -> IssueHostUnreachable:
    return IssueHostUnreachable(
        _("The code host %(host)s did not answer within %(seconds)s s.")
        % {"host": host, "seconds": HTTP_TIMEOUT}
    )


def _rate_limit_reset(response: requests.Response) -> datetime.datetime | None:
    """When the host will answer again. ``Retry-After`` comes first: GitHub's secondary limits
    send it while ``X-RateLimit-Remaining`` is not zero."""
    retry_after = response.headers.get("Retry-After", "").strip()
    if retry_after.isdigit():
        return timezone.now() + datetime.timedelta(seconds=int(retry_after))
    for header in ("X-RateLimit-Reset", "RateLimit-Reset"):  # GitHub, GitLab: epoch seconds
        value = response.headers.get(header, "").strip()
        if value.isdigit():
            return datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC)
    return None


def _is_rate_limited(response: requests.Response) -> bool:
    if response.status_code == 429:
        return True
    # GitHub signals an exhausted limit with 403, distinguishable from "forbidden" only by
    # its headers.
    return response.status_code == 403 and (
        response.headers.get("X-RateLimit-Remaining", "").strip() == "0"
        or "Retry-After" in response.headers
    )


def _raise_for_status(response: requests.Response, endpoint: _Endpoint) -> None:
    status = response.status_code
    if status == 200:
        return
    host = urlsplit(response.url).netloc
    names = {
        "host": host,
        "repository": endpoint.repository,
        "status": status,
        "setting": endpoint.token_setting,
    }
    if _is_rate_limited(response):
        reset_at = _rate_limit_reset(response)
        if reset_at is None:
            message = _(
                "%(host)s's API rate limit is used up (HTTP %(status)s); the next sync will "
                "try again."
            )
        else:
            names["reset"] = reset_at.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
            message = _(
                "%(host)s's API rate limit is used up (HTTP %(status)s) until %(reset)s; the "
                "next sync after that will try again."
            )
        raise IssueHostRateLimited(message % names, reset_at=reset_at)
    if status == 404:
        raise IssueRepositoryNotFound(
            _(
                "The repository %(repository)s was not found on %(host)s (HTTP 404). Check its "
                "address; if it is private, the portal needs a token that can read it "
                "(%(setting)s)."
            )
            % names
        )
    if status in {401, 403}:
        raise IssueHostAccessDenied(
            _(
                "%(host)s refused to list the issues of %(repository)s (HTTP %(status)s): the "
                "repository may be private, and the portal's token (%(setting)s) missing or "
                "not allowed to read it."
            )
            % names
        )
    if status == 410:
        raise IssueHostError(_("Issues are turned off for %(repository)s on %(host)s.") % names)
    raise IssueHostError(
        _("%(host)s answered HTTP %(status)s when asked for the issues of %(repository)s.") % names
    )


def _json_items(response: requests.Response, endpoint: _Endpoint) -> list[dict[str, Any]]:
    try:
        # From bytes, so that the JSON's own UTF-8 wins over a missing or wrong charset.
        data = json.loads(response.content)
    except ValueError:
        data = None
    if not isinstance(data, list):
        raise IssueHostError(
            _("%(host)s did not answer with a list of issues for %(repository)s.")
            % {"host": urlsplit(response.url).netloc, "repository": endpoint.repository}
        )
    return [item for item in data if isinstance(item, dict)]


# Translating the hosts' issue objects -------------------------------------------------------


def _parse_time(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _label_names(labels: Any) -> tuple[str, ...]:
    # Names by default on GitLab, objects on GitHub (and on GitLab with_labels_details).
    names = []
    for label in labels or []:
        name = label.get("name") if isinstance(label, dict) else label
        if isinstance(name, str) and name:
            names.append(name)
    return tuple(names)


def _github_issue(item: dict[str, Any], endpoint: _Endpoint) -> HostIssue | None:
    number = item.get("number")
    if "pull_request" in item or not isinstance(number, int):
        return None
    return HostIssue(
        external_id=f"{endpoint.id_prefix}#{number}",
        number=number,
        title=str(item.get("title") or ""),
        body=str(item.get("body") or ""),
        url=str(item.get("html_url") or ""),
        labels=_label_names(item.get("labels")),
        state="closed" if item.get("state") == "closed" else "open",
        assigned=bool(item.get("assignee") or item.get("assignees")),
        updated_at=_parse_time(item.get("updated_at")),
    )


def _gitlab_issue(item: dict[str, Any], endpoint: _Endpoint) -> HostIssue | None:
    number = item.get("iid")  # the number people see (#7); "id" is instance-wide
    if not isinstance(number, int):
        return None
    return HostIssue(
        external_id=f"{endpoint.id_prefix}#{number}",
        number=number,
        title=str(item.get("title") or ""),
        body=str(item.get("description") or ""),
        url=str(item.get("web_url") or ""),
        labels=_label_names(item.get("labels")),
        state="closed" if item.get("state") == "closed" else "open",
        assigned=bool(item.get("assignees") or item.get("assignee")),
        updated_at=_parse_time(item.get("updated_at")),
    )
