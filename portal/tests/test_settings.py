"""Start-up configuration: bad values stop the portal with a message naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_URL", "REDIS_URL", "SSO_", "DJANGO_"))
    }
    environment.update({"VAR_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DATABASE_URL", "nonsense", "DATABASE_URL='nonsense' is not a database URL"),
        ("DATABASE_URL", "mysql://db/portal", "DATABASE_URL='mysql://db/portal' is not"),
        ("REDIS_URL", "localhost:6379", "REDIS_URL='localhost:6379' must start with redis://"),
        ("DEBUG", "maybe", "DEBUG='maybe' is not a boolean"),
        ("TIME_ZONE", "Mars/Olympus", "TIME_ZONE='Mars/Olympus' is not a known time zone"),
        ("CSRF_TRUSTED_ORIGINS", "portal.corp", "needs a scheme, e.g. https://portal.corp"),
        ("CELERY_TASK_TIME_LIMIT", "soon", "CELERY_TASK_TIME_LIMIT='soon' is not a whole number"),
        ("SSO_OIDC_CLIENT_ID", "portal", "SSO_OIDC_CLIENT_SECRET is required"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(tmp_path, variable, value, message):
    result = run_manage("check", tmp_path=tmp_path, **{variable: value})

    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_deploy_checks_pass_with_production_settings(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        tmp_path=tmp_path,
        SECRET_KEY="a-production-secret-that-is-long-enough-and-random-4f9c2e7d1b8a6035",
        DATABASE_URL="postgres://portal:secret@db.internal:5432/portal",
        REDIS_URL="redis://cache.internal:6379/0",
        ALLOWED_HOSTS="portal.corp.example",
        HTTPS="true",
    )

    assert result.returncode == 0, result.stderr


def test_the_deploy_checks_warn_about_a_local_setup(tmp_path):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path)

    assert result.returncode != 0
    assert "portal.W001" in result.stderr  # SECRET_KEY not from the environment
    assert "portal.W002" in result.stderr  # SQLite
    assert "portal.W003" in result.stderr  # no Redis


def test_a_fresh_machine_gets_a_secret_key_that_persists(tmp_path):
    first = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.SECRET_KEY)",
        tmp_path=tmp_path,
    )
    second = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.SECRET_KEY)",
        tmp_path=tmp_path,
    )

    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip()) >= 50
    assert first.stdout == second.stdout
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
