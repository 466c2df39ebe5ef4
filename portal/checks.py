"""System checks that ``manage.py check --deploy`` adds to Django's own."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def secret_key_from_environment(app_configs, **kwargs):
    if settings.SECRET_KEY_FROM_ENVIRONMENT:
        return []
    return [
        Warning(
            "SECRET_KEY is not set in the environment; a key generated on this machine is used.",
            hint="Set SECRET_KEY so that every web process and machine signs with one key.",
            id="portal.W001",
        )
    ]


@register(Tags.database, deploy=True)
def production_database(app_configs, **kwargs):
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        return []
    return [
        Warning(
            "The database is SQLite; production runs on PostgreSQL.",
            hint="Set DATABASE_URL=postgres://user:password@host:5432/portal.",
            id="portal.W002",
        )
    ]


@register(deploy=True)
def production_broker(app_configs, **kwargs):
    if settings.REDIS_URL:
        return []
    return [
        Warning(
            "REDIS_URL is not set: jobs run on the file-system broker of a single machine.",
            hint="Set REDIS_URL=redis://host:6379/0.",
            id="portal.W003",
        )
    ]
