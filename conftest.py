"""Test set-up shared by every app: eager jobs, fast hashing, browsers and real workers.

Where a part is missing on the machine (Chromium, Node.js, Redis) the tests that need it are
skipped with the reason; with CI=true a skip fails the run instead, because CI has every part.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls made beside it
# are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "shared" / "corpus"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() == "true"

_skipped: list[str] = []


def require(condition: bool, reason: str) -> None:
    """Skip the current test when a part of the machine is missing; in CI, fail instead."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must have every part, but: {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_runtest_logreport(report):
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        _skipped.append(f"{report.nodeid}: {reason}")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _skipped:
        terminalreporter.section("skipped, and why")
        for line in _skipped:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session, exitstatus):
    if IN_CI and _skipped and session.exitstatus == 0:
        session.exitstatus = 1


@pytest.fixture(autouse=True)
def _fast_and_eager(settings):
    """Unit tests run jobs in-process and hash passwords cheaply."""
    from portal.celery import app

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.ALLOWED_EMAIL_DOMAINS = []
    # Rate-limit counters must not leak from one test (or run) to the next through Redis.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Local-memory caches share their store by name across instances: start each test empty.
    from django.core.cache import cache

    cache.clear()
    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    yield
    app.conf.task_always_eager = True


@pytest.fixture
def corpus() -> Path:
    require(CORPUS.is_dir(), f"the sample corpus is not at {CORPUS}")
    return CORPUS


# Browsers -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    require(Path(CHROMIUM).exists(), f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


def node_available() -> bool:
    return shutil.which("node") is not None


@pytest.fixture
def sign_in(page):
    """Sign a person in through the real sign-in form."""

    def _sign_in(user, password: str | None = None):
        from portal.tests.factories import PASSWORD

        page.goto("/accounts/login/")
        page.get_by_label("Email:").fill(user.email)
        page.get_by_label("Password:", exact=True).fill(password or PASSWORD)
        page.get_by_role("button", name="Sign In").click()
        page.get_by_test_id("signed-in-as").wait_for()

    return _sign_in


# Real Celery workers -------------------------------------------------------------------------


def database_url_for_worker() -> str:
    """The URL of the database the current test uses, so a worker process writes to it too."""
    from django.db import connection

    config = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{config['NAME']}"
    auth = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
    host = f"{config['HOST'] or '127.0.0.1'}:{config['PORT'] or 5432}"
    return f"postgres://{auth}@{host}/{config['NAME']}"


class JobRunner:
    """A real worker process plus a way to send it jobs: on Redis when REDIS_URL is set,
    otherwise on the file-system transport in a temporary folder."""

    def __init__(self, tmp_path: Path, concurrency: int, env: dict[str, str]):
        import subprocess
        import sys

        from celery import Celery

        self.redis_url = os.environ.get("REDIS_URL", "")
        if self.redis_url:
            from portal.celery import app

            app.conf.task_always_eager = False
            self.sender = app
        else:
            queue = tmp_path / "broker" / "queue"
            queue.mkdir(parents=True)
            self.sender = Celery("sender", broker="filesystem://localhost/", set_as_current=False)
            self.sender.conf.broker_transport_options = {
                "data_folder_in": str(queue),
                "data_folder_out": str(queue),
                "control_folder": str(tmp_path / "broker" / "control"),
            }
        environment = {
            **os.environ,
            "VAR_DIR": str(tmp_path),
            "DATABASE_URL": database_url_for_worker(),
            "REDIS_URL": self.redis_url,
            **env,
        }
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "celery", "--app", "portal", "worker",
                "--loglevel", "INFO", "--concurrency", str(concurrency),
                "--without-mingle", "--without-gossip", "--queues", "default",
                "--hostname", f"test-{os.getpid()}-{id(self)}@%h",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )  # fmt: skip

    def send(self, task: str, **kwargs) -> None:
        self.sender.send_task(task, kwargs=kwargs, queue="default")

    def stop(self) -> str:
        import signal
        import subprocess

        self.process.send_signal(signal.SIGTERM)
        try:
            output, _ = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
        return output


@pytest.fixture
def job_runner(tmp_path):
    """Start a real worker: ``runner = job_runner(concurrency=2, EMAIL_URL=...)``."""
    runners: list[JobRunner] = []

    def start(concurrency: int = 1, **env: str) -> JobRunner:
        runner = JobRunner(tmp_path, concurrency, env)
        runners.append(runner)
        return runner

    yield start
    for runner in runners:
        if runner.process.poll() is None:
            runner.stop()


def wait_until(predicate, timeout: float = 45, interval: float = 0.3):
    """Poll ``predicate`` until it returns something true, or give up after ``timeout``."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    return predicate()
