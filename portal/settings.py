"""Settings for the inner-source portal, read from environment variables only.

Every default works on a fresh machine (SQLite and a file-system broker under ``var/``). A value
that cannot be understood stops start-up with a message naming the variable: a portal that
starts half-configured is worse than one that does not start.
"""

import os
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from django.utils.translation import gettext_lazy as _

from portal import sso

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    """A strict boolean: an unknown word is an error, not a silent False."""
    raw = env.str(name, default=None)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; use true or false.")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = env.str(name, default=None)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum}.")
    return value


# Local state (SQLite file, broker queue, cache, uploads, the generated secret key) lives here.
VAR_DIR = Path(env.str("VAR_DIR", default=str(BASE_DIR / "var"))).resolve()
VAR_DIR.mkdir(parents=True, exist_ok=True)

# Off unless asked for: a forgotten DEBUG leaks settings and tracebacks to every visitor.
DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept under var/.

    The generated key keeps sessions valid across restarts on one machine; several web
    machines must share one key, so production sets SECRET_KEY (the deploy check says so).
    """
    configured = env.str("SECRET_KEY", default="")
    if configured:
        return configured
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(get_random_secret_key())
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
SECRET_KEY_FROM_ENVIRONMENT = bool(env.str("SECRET_KEY", default=""))

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
for origin in CSRF_TRUSTED_ORIGINS:
    if "://" not in origin:
        raise ImproperlyConfigured(
            f"CSRF_TRUSTED_ORIGINS entry {origin!r} needs a scheme, e.g. https://{origin}."
        )

# Behind a TLS-terminating proxy in production: secure cookies, HSTS, redirect to https.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
# Health probes come from inside the host or cluster over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if env_bool("BEHIND_PROXY", HTTPS):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.gitlab",
    "allauth.socialaccount.providers.github",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_htmx",
    "django_celery_beat",
    "portal",
    "projects",
    "onboarding",
    "metrics",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "portal.middleware.UserTimezoneMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.navigation",
            ],
        },
    },
]

# Database -----------------------------------------------------------------------------------

_DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql", "psql"}


def _database() -> dict:
    default = f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"
    url = env.str("DATABASE_URL", default=default)
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in _DATABASE_SCHEMES:
        raise ImproperlyConfigured(
            f"DATABASE_URL={url!r} is not a database URL this portal can use; expected "
            "postgres://user:password@host:5432/name or sqlite:////absolute/path.sqlite3."
        )
    try:
        config = env.db_url_config(url)
    except Exception as error:  # django-environ raises several kinds of error for bad URLs
        raise ImproperlyConfigured(f"DATABASE_URL could not be read: {error}") from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Web, worker and beat share one file in the newcomer mode: WAL lets readers run beside
        # the writer, IMMEDIATE takes the write lock up front and the timeout waits for it, so
        # that "database is locked" never reaches a user.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
        # A file, not memory, so that a worker process started by a test sees the test data;
        # one per test run, so that two runs on one machine do not share it.
        config["TEST"] = {"NAME": str(VAR_DIR / f"test-portal-{os.getpid()}.sqlite3")}
    else:
        config["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
        config["CONN_HEALTH_CHECKS"] = True
        # How alike a misspelt word must be to a word of a name or tag for the catalogue to
        # find it ("lantren" → Lantern is 0.5); set per connection so the trigram operators
        # can use their GIN indexes.
        options = config.setdefault("OPTIONS", {})
        options["options"] = (
            options.get("options", "")
            + " -c pg_trgm.word_similarity_threshold=0.4"
            + " -c pg_trgm.strict_word_similarity_threshold=0.4"
        ).strip()
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when there is one (shared by every process, needed for rate limits to hold
# across web workers); otherwise files under var/, still shared by the local processes.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(f"REDIS_URL={REDIS_URL!r} must start with redis:// or rediss://.")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# Users and sign-in ------------------------------------------------------------------------

AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"

ACCOUNT_ADAPTER = "portal.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "portal.adapters.SocialAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = env.str("EMAIL_SUBJECT_PREFIX", default="[Inner-source portal] ")
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if HTTPS else "http"
# allauth's rate limits (login failures, sign-ups, confirmation mails) stay on; this switch
# exists for load tests only.
if not env_bool("RATE_LIMITS", True):
    ACCOUNT_RATE_LIMITS = False
# Sign-up restricted to these email domains (comma-separated); empty means any domain.
ALLOWED_EMAIL_DOMAINS = [
    d.lower().lstrip("@") for d in env.list("ALLOWED_EMAIL_DOMAINS", default=[])
]
# Self-service sign-up with a password can be turned off when everyone comes through SSO.
PASSWORD_SIGNUP = env_bool("PASSWORD_SIGNUP", True)

SOCIALACCOUNT_PROVIDERS = sso.providers_from_environment(env)
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_AUTO_SIGNUP = True

# Email -------------------------------------------------------------------------------------

try:
    vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
except Exception as error:
    raise ImproperlyConfigured(f"EMAIL_URL could not be read: {error}") from None
if env.str("EMAIL_URL", default="").startswith("filemail:///"):
    # django-environ drops the leading slash of filemail:///absolute/folder.
    EMAIL_FILE_PATH = "/" + EMAIL_FILE_PATH.lstrip("/")  # noqa: F821 (set by the update above)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="portal@localhost")
# The portal's public address, for links in emails sent by background jobs.
PORTAL_URL = env.str("PORTAL_URL", default="http://127.0.0.1:8000")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Internationalisation and time -----------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Dates are stored in UTC and shown in the reader's zone; this is the zone for anonymous
# readers and for people who have not chosen one.
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
try:
    import zoneinfo

    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"TIME_ZONE={TIME_ZONE!r} is not a known time zone.") from None

# Static and uploaded files -----------------------------------------------------------------

STATIC_URL = "static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Hashed, compressed file names for long browser caching once `collectstatic` has run (the
# container image does); without it files are served straight from the apps.
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Tests and `make run` serve files straight from the apps without a collectstatic step.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", not STATIC_MANIFEST)
WHITENOISE_MANIFEST_STRICT = False
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Background jobs ---------------------------------------------------------------------------

if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
else:
    # Server-less transport for the newcomer mode: messages are files under var/broker.
    _broker_dir = VAR_DIR / "broker"
    for _folder in ("queue", "control"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
    # A host name (unused by this transport) keeps kombu from warning on every connection.
    CELERY_BROKER_URL = "filesystem://localhost/"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
# A task is acknowledged only after it ran, and is given back if the worker dies: jobs are
# idempotent, so running one twice is safe and losing one is not.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240, minimum=1)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300, minimum=1)
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# What tasks print (the console email backend in the newcomer mode) is logged as INFO.
CELERY_WORKER_REDIRECT_STDOUTS_LEVEL = "INFO"

# Code hosts ---------------------------------------------------------------------------------

# Tokens for reading private repositories (contributor guides, starter issues), sent only to
# github.com / gitlab.com and to the hosts listed below.
GITHUB_TOKEN = env.str("GITHUB_TOKEN", default="")
GITLAB_TOKEN = env.str("GITLAB_TOKEN", default="")
# Self-hosted code hosts, as host or host:port, e.g. github.corp.example,code.corp.example.
GITHUB_ENTERPRISE_HOSTS = env.list("GITHUB_ENTERPRISE_HOSTS", default=[])
GITLAB_HOSTS = env.list("GITLAB_HOSTS", default=[])

# Starter issues ----------------------------------------------------------------------------

# How many starter issues one person may hold at once.
STARTER_ISSUE_CLAIM_LIMIT = env_int("STARTER_ISSUE_CLAIM_LIMIT", 2, minimum=1)
# A claim with no activity for this many days is released by the expiry job...
CLAIM_EXPIRY_DAYS = env_int("CLAIM_EXPIRY_DAYS", 14, minimum=4)
# ...after a reminder this many days before.
CLAIM_REMINDER_DAYS = env_int("CLAIM_REMINDER_DAYS", 3, minimum=1)
if CLAIM_REMINDER_DAYS >= CLAIM_EXPIRY_DAYS:
    raise ImproperlyConfigured("CLAIM_REMINDER_DAYS must be smaller than CLAIM_EXPIRY_DAYS.")
# Code-host labels that make an issue a starter issue, synced hourly (any one label is enough;
# matched as the host matches them). Empty turns the sync off.
STARTER_ISSUE_LABELS = env.list("STARTER_ISSUE_LABELS", default=["good first issue", "help wanted"])

# A journey run that has not reached hello world and has been quiet this long counts as
# abandoned in Time to First Hello World figures.
JOURNEY_ABANDONED_AFTER_DAYS = env_int("JOURNEY_ABANDONED_AFTER_DAYS", 14, minimum=1)

# API -------------------------------------------------------------------------------------

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # First, because DRF asks the first class for the WWW-Authenticate challenge: with it,
        # anonymous writes get 401 "Bearer" instead of a bare 403.
        "portal.tokens.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Every error, DRF's or a service's, as {"error": {"status", "code", "message", "fields"}}.
    "EXCEPTION_HANDLER": "portal.api_errors.api_exception_handler",
    # Per client IP for anonymous callers, per person otherwise; counted in the shared cache.
    # Off with RATE_LIMITS=false, like the sign-in limits, for load tests only.
    "DEFAULT_THROTTLE_CLASSES": (
        [
            "rest_framework.throttling.AnonRateThrottle",
            "rest_framework.throttling.UserRateThrottle",
        ]
        if env_bool("RATE_LIMITS", True)
        else []
    ),
    "DEFAULT_THROTTLE_RATES": {"anon": "60/min", "user": "600/min"},
    # The client address for throttling: behind the proxy, the one it appended to
    # X-Forwarded-For; otherwise the connection's, so that a client cannot pick its own.
    "NUM_PROXIES": 1 if env_bool("BEHIND_PROXY", HTTPS) else 0,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Inner-source portal API",
    "DESCRIPTION": (
        "The catalogue of the company's internal tools, libraries, APIs and platforms. "
        "Authenticate with a personal token from /accounts/api-tokens/ sent as "
        "`Authorization: Bearer <token>`. Errors are JSON: "
        '`{"error": {"status", "code", "message", "fields"}}`.'
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the drf-spectacular-sidecar package, served as our own static files:
    # the portal runs on intranets without a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No call-out to validator.swagger.io from the docs page.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    # Read-only fields (scores, dates, maintainers, url) left out of request bodies.
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
}

# Logging: one line per record on stderr, where the process manager collects it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
