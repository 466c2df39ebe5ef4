"""Single sign-on providers for django-allauth, built from environment variables only.

A provider is on when its client id is set; its secret must then be set too. Nothing is kept
in the database, so an operator configures SSO the same way as every other setting.
"""

from urllib.parse import urlparse

import environ
from django.core.exceptions import ImproperlyConfigured


def _url(env: environ.Env, name: str, default: str = "") -> str:
    value = env.str(name, default=default).rstrip("/")
    parsed = urlparse(value)
    if value and (parsed.scheme not in {"http", "https"} or not parsed.netloc):
        raise ImproperlyConfigured(f"{name}={value!r} is not an http(s) URL.")
    return value


def _client(env: environ.Env, prefix: str) -> tuple[str, str] | None:
    client_id = env.str(f"{prefix}_CLIENT_ID", default="")
    secret = env.str(f"{prefix}_CLIENT_SECRET", default="")
    if not client_id and not secret:
        return None
    if not client_id or not secret:
        missing = f"{prefix}_CLIENT_SECRET" if client_id else f"{prefix}_CLIENT_ID"
        raise ImproperlyConfigured(f"{missing} is required when {prefix} sign-in is configured.")
    return client_id, secret


def providers_from_environment(env: environ.Env) -> dict:
    """The ``SOCIALACCOUNT_PROVIDERS`` setting for the providers the environment turns on."""
    providers: dict = {}

    if oidc := _client(env, "SSO_OIDC"):
        server_url = _url(env, "SSO_OIDC_URL")
        if not server_url:
            raise ImproperlyConfigured("SSO_OIDC_URL (the issuer URL) is required for OIDC.")
        providers["openid_connect"] = {
            "OAUTH_PKCE_ENABLED": True,
            "APPS": [
                {
                    "provider_id": env.str("SSO_OIDC_ID", default="corp"),
                    "name": env.str("SSO_OIDC_NAME", default="Company single sign-on"),
                    "client_id": oidc[0],
                    "secret": oidc[1],
                    "settings": {"server_url": server_url, "oauth_pkce_enabled": True},
                }
            ],
        }

    if gitlab := _client(env, "SSO_GITLAB"):
        providers["gitlab"] = {
            "APPS": [
                {
                    "client_id": gitlab[0],
                    "secret": gitlab[1],
                    "settings": {
                        "gitlab_url": _url(env, "SSO_GITLAB_URL", "https://gitlab.com"),
                    },
                }
            ],
            "SCOPE": ["read_user"],
        }

    if github := _client(env, "SSO_GITHUB"):
        providers["github"] = {
            "APPS": [{"client_id": github[0], "secret": github[1]}],
            "SCOPE": ["read:user", "user:email"],
        }
        if enterprise_url := _url(env, "SSO_GITHUB_URL"):
            providers["github"]["GITHUB_URL"] = enterprise_url

    return providers
