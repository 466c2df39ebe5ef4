"""Read one file (a CONTRIBUTING.md, a README.md) from a project's repository.

Three ways, chosen by :func:`repository_kind` from the repository's address:

- GitHub and GitHub Enterprise: the raw file over HTTP
  (``https://raw.githubusercontent.com/<org>/<repo>/HEAD/<path>``, or
  ``https://<host>/raw/<org>/<repo>/HEAD/<path>`` on an Enterprise host);
- GitLab: ``https://<host>/<group>/<project>/-/raw/HEAD/<path>``;
- any other git repository (another HTTP host, ``ssh://``, ``git://``, ``file://``, a path on
  the server): a shallow ``git clone`` into a temporary directory.

``HEAD`` is the repository's default branch on every host, so nobody has to configure it.
Settings, all optional and read with defaults: ``GITHUB_TOKEN``, ``GITLAB_TOKEN``,
``GITHUB_ENTERPRISE_HOSTS`` and ``GITLAB_HOSTS`` (see docs/guides.md).
"""

import os
import re
import shutil
import subprocess
import tempfile
import time
from enum import StrEnum
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlsplit, urlunsplit

import requests
from django.conf import settings
from django.utils.translation import gettext as _

MAX_BYTES = 1024 * 1024
# Module constants rather than settings: they bound how long a worker is tied up; tests
# lower them to keep the suite fast.
HTTP_TIMEOUT = 10
CLONE_TIMEOUT = 30
ALLOWED_SCHEMES = frozenset({"http", "https", "file", "ssh", "git"})
USER_AGENT = "innersource-portal (contributor guide sync)"

# "git@host:org/repo.git", git's short form of an ssh address.
_SCP_LIKE = re.compile(r"^[\w.-]+@[\w.-]+:(?!//)")


class RepositoryFileError(Exception):
    """The file could not be read; ``str(error)`` says why, for the maintainer to act on."""


class RepositoryKind(StrEnum):
    GITHUB = "github"
    GITHUB_ENTERPRISE = "github_enterprise"
    GITLAB = "gitlab"
    GIT = "git"


def _configured_hosts(name: str) -> set[str]:
    return {str(host).strip().lower() for host in getattr(settings, name, None) or []}


def _host_is_listed(parts, name: str) -> bool:
    """Whether the address's host, with or without its port, is in the setting ``name``."""
    hosts = _configured_hosts(name)
    return (parts.netloc.rpartition("@")[2].lower() in hosts) or (parts.hostname or "") in hosts


def _scheme(repository_url: str) -> str:
    if repository_url.startswith("/") or _SCP_LIKE.match(repository_url):
        return "ssh" if _SCP_LIKE.match(repository_url) else "file"
    return urlsplit(repository_url).scheme.lower()


def repository_kind(repository_url: str) -> RepositoryKind:
    """How the files of the repository at ``repository_url`` are read.

    For ``http``/``https`` addresses, in this order:

    1. a host listed in ``settings.GITLAB_HOSTS`` → GitLab;
    2. a host listed in ``settings.GITHUB_ENTERPRISE_HOSTS`` → GitHub Enterprise;
    3. ``github.com`` → GitHub;
    4. a host whose name contains "gitlab" → GitLab; "github" → GitHub Enterprise;
    5. any other host → plain git.

    ``ssh://``, ``git://``, ``file://``, ``git@host:path`` and absolute paths are plain git.
    Listed hosts may carry a port (``"127.0.0.1:8081"``). Any other scheme raises
    :class:`RepositoryFileError`: git's helper transports (``ext::``) can run commands.
    """
    scheme = _scheme(repository_url)
    if scheme not in ALLOWED_SCHEMES:
        raise RepositoryFileError(
            _(
                "The repository address %(url)s cannot be synced: only http, https, ssh, git "
                "and file addresses are supported."
            )
            % {"url": display_url(repository_url)}
        )
    if scheme not in {"http", "https"}:
        return RepositoryKind.GIT
    parts = urlsplit(repository_url)
    hostname = (parts.hostname or "").lower()
    if _host_is_listed(parts, "GITLAB_HOSTS"):
        return RepositoryKind.GITLAB
    if _host_is_listed(parts, "GITHUB_ENTERPRISE_HOSTS"):
        return RepositoryKind.GITHUB_ENTERPRISE
    if hostname in {"github.com", "www.github.com"}:
        return RepositoryKind.GITHUB
    if "gitlab" in hostname:
        return RepositoryKind.GITLAB
    if "github" in hostname:
        return RepositoryKind.GITHUB_ENTERPRISE
    return RepositoryKind.GIT


def display_url(repository_url: str) -> str:
    """The address without any user name or password in it, for messages and pages."""
    if _scheme(repository_url) in {"http", "https", "ssh", "git"} and "://" in repository_url:
        parts = urlsplit(repository_url)
        if "@" in parts.netloc:
            return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    return repository_url


def _repository_path(repository_url: str, kind: RepositoryKind) -> str:
    """``org/repo`` (GitHub) or ``group/subgroup/project`` (GitLab) from a web address such
    as ``https://gitlab.example/group/project/-/tree/main`` or ``…/repo.git``."""
    path = urlsplit(repository_url).path
    if kind is RepositoryKind.GITLAB:
        path = path.split("/-/", 1)[0]
    segments = [segment for segment in path.split("/") if segment]
    if kind is not RepositoryKind.GITLAB:
        segments = segments[:2]
    if segments:
        segments[-1] = segments[-1].removesuffix(".git")
    if len(segments) < 2 or not all(segments):
        raise RepositoryFileError(
            _(
                "%(url)s does not look like the address of a repository; it should look like "
                "https://host/<organisation>/<repository>."
            )
            % {"url": display_url(repository_url)}
        )
    return "/".join(segments)


def _web_root(repository_url: str) -> str:
    parts = urlsplit(repository_url)
    return f"{parts.scheme.lower()}://{parts.netloc.rpartition('@')[2]}"


def raw_file_url(repository_url: str, path: str) -> str:
    """The address of the raw file on a GitHub or GitLab host; the host (and port) come from
    ``repository_url``, so a test server or an Enterprise host works like the real one."""
    kind = repository_kind(repository_url)
    repo = _repository_path(repository_url, kind)
    quoted = quote(path)
    if kind is RepositoryKind.GITHUB:
        return f"https://raw.githubusercontent.com/{repo}/HEAD/{quoted}"
    if kind is RepositoryKind.GITHUB_ENTERPRISE:
        return f"{_web_root(repository_url)}/raw/{repo}/HEAD/{quoted}"
    if kind is RepositoryKind.GITLAB:
        return f"{_web_root(repository_url)}/{repo}/-/raw/HEAD/{quoted}"
    raise ValueError(f"{kind} repositories have no raw file address")


def browse_url(repository_url: str, path: str) -> str:
    """Where a person can look at the file on the code host; empty when there is no page."""
    try:
        kind = repository_kind(repository_url)
        if kind is RepositoryKind.GIT:
            scheme = _scheme(repository_url)
            return display_url(repository_url) if scheme in {"http", "https"} else ""
        repo = _repository_path(repository_url, kind)
    except RepositoryFileError:
        return ""
    root = "https://github.com" if kind is RepositoryKind.GITHUB else _web_root(repository_url)
    separator = "/-/blob/" if kind is RepositoryKind.GITLAB else "/blob/"
    return f"{root}/{repo}{separator}HEAD/{quote(path)}"


def _auth_headers(repository_url: str, kind: RepositoryKind) -> dict[str, str]:
    """Token headers, only for hosts the operator named: a host recognised just by "gitlab" in
    its name could belong to anyone, and must not receive the company's token."""
    parts = urlsplit(repository_url)
    hostname = (parts.hostname or "").lower()
    if kind is RepositoryKind.GITHUB or (
        kind is RepositoryKind.GITHUB_ENTERPRISE
        and _host_is_listed(parts, "GITHUB_ENTERPRISE_HOSTS")
    ):
        token = getattr(settings, "GITHUB_TOKEN", "")
        return {"Authorization": f"Bearer {token}"} if token else {}
    if kind is RepositoryKind.GITLAB and (
        hostname == "gitlab.com" or _host_is_listed(parts, "GITLAB_HOSTS")
    ):
        token = getattr(settings, "GITLAB_TOKEN", "")
        return {"PRIVATE-TOKEN": token} if token else {}
    return {}


def _not_found(path: str) -> RepositoryFileError:
    return RepositoryFileError(_("%(path)s was not found on the default branch.") % {"path": path})


def _too_large(path: str) -> RepositoryFileError:
    return RepositoryFileError(
        _("%(path)s is larger than %(size)s MB, which is too much for a guide; it was not read.")
        % {"path": path, "size": MAX_BYTES // (1024 * 1024)}
    )


def _timed_out(seconds: int) -> RepositoryFileError:
    return RepositoryFileError(
        _("The code host did not answer within %(seconds)s s.") % {"seconds": seconds}
    )


def _is_read_timeout(error: BaseException) -> bool:
    # requests reports a read timeout while streaming as a ConnectionError wrapping urllib3's
    # ReadTimeoutError, not as requests.Timeout.
    seen: BaseException | None = error
    for _depth in range(10):  # exception chains are short; a bound guards against cycles
        if seen is None:
            break
        if isinstance(seen, TimeoutError) or type(seen).__name__ == "ReadTimeoutError":
            return True
        inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = inner or seen.__cause__ or seen.__context__
    return False


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RepositoryFileError(
            _("%(path)s is not UTF-8 text, so it cannot be shown as a guide.") % {"path": path}
        ) from None


def _http_get(url: str, *, path: str, headers: dict[str, str]) -> str:
    host = urlsplit(url).netloc
    deadline = time.monotonic() + HTTP_TIMEOUT
    try:
        with requests.get(
            url,
            headers={"User-Agent": USER_AGENT, **headers},
            timeout=HTTP_TIMEOUT,
            stream=True,
        ) as response:
            if response.status_code == 404:
                raise _not_found(path)
            if response.status_code in {401, 403}:
                raise RepositoryFileError(
                    _(
                        "The code host refused to give %(path)s (HTTP %(status)s): the "
                        "repository may be private, and the portal's access token missing or "
                        "not allowed to read it."
                    )
                    % {"path": path, "status": response.status_code}
                )
            if response.status_code != 200:
                raise RepositoryFileError(
                    _("The code host answered HTTP %(status)s when asked for %(path)s.")
                    % {"path": path, "status": response.status_code}
                )
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise _too_large(path)
            # Read in chunks and stop early: neither a huge file nor a host that trickles
            # bytes forever may hold the worker.
            data = bytearray()
            for chunk in response.iter_content(chunk_size=64 * 1024):
                data += chunk
                if len(data) > MAX_BYTES:
                    raise _too_large(path)
                if time.monotonic() > deadline:
                    raise _timed_out(HTTP_TIMEOUT)
    except requests.Timeout:
        raise _timed_out(HTTP_TIMEOUT) from None
    except requests.ConnectionError as error:
        if _is_read_timeout(error):
            raise _timed_out(HTTP_TIMEOUT) from None
        raise RepositoryFileError(
            _("The code host %(host)s could not be reached.") % {"host": host}
        ) from None
    except requests.RequestException as error:
        raise RepositoryFileError(
            _("%(path)s could not be fetched from %(host)s (%(problem)s).")
            % {"path": path, "host": host, "problem": type(error).__name__}
        ) from None
    return _decode(bytes(data), path)


def _clone_and_read(repository_url: str, path: str) -> str:
    git = shutil.which("git")
    if git is None:
        raise RepositoryFileError(_("git is not installed on the portal's server."))
    shown = display_url(repository_url)
    # Never wait for a password or a host-key question that nobody will answer.
    env = {
        **os.environ,
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_SSH_COMMAND": "ssh -o BatchMode=yes",
        "GIT_LFS_SKIP_SMUDGE": "1",
    }
    with tempfile.TemporaryDirectory(prefix="portal-guide-") as workdir:
        checkout = Path(workdir, "repository")
        try:
            result = subprocess.run(  # no shell; "--" so an address cannot pose as an option
                [git, "clone", "--depth", "1", "--quiet", "--", repository_url, str(checkout)],
                capture_output=True,
                text=True,
                timeout=CLONE_TIMEOUT,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise RepositoryFileError(
                _("Cloning %(url)s took longer than %(seconds)s s; it was stopped.")
                % {"url": shown, "seconds": CLONE_TIMEOUT}
            ) from None
        if result.returncode != 0:
            lines = [line for line in result.stderr.splitlines() if line.strip()]
            problem = (lines[-1] if lines else "").replace(repository_url, shown)[:200]
            raise RepositoryFileError(
                _("git could not clone %(url)s: %(problem)s") % {"url": shown, "problem": problem}
            )
        root = checkout.resolve()
        target = (checkout / path).resolve()
        # A committed symlink named CONTRIBUTING.md could point anywhere on the server.
        if not target.is_relative_to(root) or not target.is_file():
            raise _not_found(path)
        if target.stat().st_size > MAX_BYTES:
            raise _too_large(path)
        return _decode(target.read_bytes(), path)


def fetch_repository_file(repository_url: str, path: str) -> str:
    """The text of ``path`` on the default branch of the repository at ``repository_url``.

    ``path`` must already be validated (relative, no ``..``); raises
    :class:`RepositoryFileError` with a message for the maintainer when the file cannot be read.
    """
    if not repository_url:
        raise RepositoryFileError(
            _("The project has no repository address; add one on the project's edit page.")
        )
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts:
        raise ValueError(f"unsafe repository file path {path!r}")
    kind = repository_kind(repository_url)
    if kind is RepositoryKind.GIT:
        return _clone_and_read(repository_url, path)
    return _http_get(
        raw_file_url(repository_url, path),
        path=path,
        headers=_auth_headers(repository_url, kind),
    )
