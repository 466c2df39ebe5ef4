"""docker-compose.yml runs the production stack; every command it runs must exist here."""

import shutil
from pathlib import Path

import pytest
import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
PORTAL_SERVICES = ["migrate", "web", "worker", "beat"]


def test_it_runs_the_whole_production_stack():
    assert {"postgres", "redis", *PORTAL_SERVICES} <= set(SERVICES)
    for name in ["postgres", "redis", "web", "worker"]:
        assert "healthcheck" in SERVICES[name], name
    assert {"postgres", "redis"} <= set(COMPOSE["volumes"])


@pytest.mark.parametrize("name", PORTAL_SERVICES)
def test_every_portal_service_reads_the_same_settings(name):
    environment = SERVICES[name]["environment"]

    assert environment["DATABASE_URL"].startswith("postgres://")
    assert environment["REDIS_URL"].startswith("redis://redis:6379")
    assert "SECRET_KEY" in environment


def _commands():
    for name, service in SERVICES.items():
        for key in ("command", "healthcheck"):
            value = service.get(key)
            if key == "healthcheck" and value:
                value = value["test"][1:]  # drop "CMD"
            if value:
                yield name, list(value)


@pytest.mark.parametrize(("service", "command"), list(_commands()))
def test_every_command_it_runs_exists(service, command):
    program, *arguments = command
    if service in {"postgres", "redis"}:
        # Commands of the official images, not of this project.
        assert program in {"pg_isready", "redis-server", "redis-cli"}
        return
    if program == "python" and arguments[0] == "manage.py":
        assert arguments[1] in get_commands(), arguments[1]
    elif program == "python" and arguments[0] == "-c":
        compile(arguments[1], "<healthcheck>", "exec")
    elif program == "gunicorn":
        module, attribute = (
            arguments[0].split(":") if ":" in arguments[0] else (arguments[0], "application")
        )
        imported = __import__(module, fromlist=[attribute])
        assert callable(getattr(imported, attribute))
    elif program == "celery":
        assert arguments[:2] == ["--app", "portal"]
        assert arguments[2] in {"worker", "beat", "inspect"}
        from portal.celery import app

        assert app.main == "portal"
    else:
        pytest.fail(f"{service} runs {program}, which this test does not know")
    assert (
        shutil.which(program) or program == "python" or (ROOT / ".venv" / "bin" / program).exists()
    )


def test_the_image_is_built_from_the_projects_own_dockerfile():
    dockerfile = (ROOT / "Dockerfile").read_text()

    assert SERVICES["web"]["build"] == "."
    assert "pip install --constraint constraints.txt ." in dockerfile
    assert "collectstatic" in dockerfile
