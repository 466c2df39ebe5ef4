"""Single sign-on providers come from environment variables only."""

import environ
import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.sso import providers_from_environment


def providers(monkeypatch, **variables):
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return providers_from_environment(environ.Env())


def test_no_variables_mean_no_single_sign_on(monkeypatch):
    assert providers(monkeypatch) == {}


def test_openid_connect_is_configured_from_the_issuer_and_client(monkeypatch):
    result = providers(
        monkeypatch,
        SSO_OIDC_URL="https://login.corp.example/realms/staff",
        SSO_OIDC_CLIENT_ID="portal",
        SSO_OIDC_CLIENT_SECRET="s3cret",
        SSO_OIDC_NAME="Corp login",
    )

    app = result["openid_connect"]["APPS"][0]
    assert app["provider_id"] == "corp"
    assert app["name"] == "Corp login"
    assert app["settings"]["server_url"] == "https://login.corp.example/realms/staff"
    assert app["settings"]["oauth_pkce_enabled"] is True


def test_self_hosted_gitlab_uses_its_own_url(monkeypatch):
    result = providers(
        monkeypatch,
        SSO_GITLAB_URL="https://gitlab.corp.example/",
        SSO_GITLAB_CLIENT_ID="id",
        SSO_GITLAB_CLIENT_SECRET="secret",
    )

    assert result["gitlab"]["APPS"][0]["settings"]["gitlab_url"] == "https://gitlab.corp.example"


def test_github_enterprise_uses_its_own_url(monkeypatch):
    result = providers(
        monkeypatch,
        SSO_GITHUB_URL="https://github.corp.example",
        SSO_GITHUB_CLIENT_ID="id",
        SSO_GITHUB_CLIENT_SECRET="secret",
    )

    assert result["github"]["GITHUB_URL"] == "https://github.corp.example"


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"SSO_OIDC_CLIENT_ID": "x", "SSO_OIDC_CLIENT_SECRET": "y"}, "SSO_OIDC_URL"),
        (
            {
                "SSO_OIDC_URL": "login.corp",
                "SSO_OIDC_CLIENT_ID": "x",
                "SSO_OIDC_CLIENT_SECRET": "y",
            },
            "SSO_OIDC_URL='login.corp' is not an http(s) URL",
        ),
        ({"SSO_GITHUB_CLIENT_SECRET": "y"}, "SSO_GITHUB_CLIENT_ID is required"),
    ],
)
def test_incomplete_settings_are_refused_by_name(monkeypatch, variables, message):
    with pytest.raises(ImproperlyConfigured, match=message.replace("(", r"\(").replace(")", r"\)")):
        providers(monkeypatch, **variables)


@pytest.mark.django_db
def test_the_sign_in_page_offers_the_configured_provider(client, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "corp",
                    "name": "Corp login",
                    "client_id": "portal",
                    "secret": "s3cret",
                    "settings": {"server_url": "https://login.corp.example"},
                }
            ]
        }
    }

    html = client.get("/accounts/login/").content.decode()

    assert "Corp login" in html
    assert "/accounts/oidc/corp/login/" in html
