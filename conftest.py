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
