"""Single sign-on through OpenID Connect, against a real provider started on loopback.

The provider is the certified `oidc-provider` package for Node.js (see oidc_provider/). The
browser does the whole redirect dance: portal → provider login and consent → portal callback.
"""

import os
import re
import select
import socket
import subprocess
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from conftest import node_available, require
from portal.models import User

PROVIDER_DIR = Path(__file__).resolve().parents[1] / "oidc_provider"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oidc_provider(live_server, settings):
    require(node_available(), "Node.js is not installed, so no OpenID provider can be started")
    require(
        (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir(),
        "the OpenID provider's packages are not installed (make test runs npm ci for them)",
    )
    port = free_port()
    process = subprocess.Popen(
        ["node", "provider.mjs"],
        cwd=PROVIDER_DIR,
        env={
            **os.environ,
            "OIDC_PORT": str(port),
            "OIDC_CLIENT_ID": "portal-test",
            "OIDC_CLIENT_SECRET": "portal-test-secret",
            "OIDC_REDIRECT_URI": f"{live_server.url}/accounts/oidc/corp/login/callback/",
            "OIDC_USER_EMAIL": "jane.doe@corp.example",
            "OIDC_USER_NAME": "Jane Doe",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready, _, _ = select.select([process.stdout], [], [], 20)
    line = process.stdout.readline() if ready else ""
    if "ready" not in line:
        process.kill()
        pytest.fail(f"the OpenID provider did not start: {line}{process.stderr.read()}")
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "corp",
                    "name": "Corp login",
                    "client_id": "portal-test",
                    "secret": "portal-test-secret",
                    "settings": {
                        "server_url": f"http://127.0.0.1:{port}",
                        "oauth_pkce_enabled": True,
                    },
                }
            ]
        }
    }
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_a_person_signs_in_through_the_company_identity_provider(page, oidc_provider):
    page.goto("/accounts/login/")
    page.get_by_role("link", name="Corp login").click()
    page.get_by_role("button", name="Continue").click()

    # Now on the identity provider's own pages.
    expect(page).to_have_url(re.compile("^" + re.escape(oidc_provider)))
    page.locator("input[name=login]").fill("jane.doe")
    page.locator("input[name=password]").fill("any-password")
    page.get_by_role("button", name="Sign-in").click()
    page.get_by_role("button", name="Continue").click()

    # Back in the portal, signed in, with the account made from the provider's claims.
    expect(page.get_by_test_id("signed-in-as")).to_be_visible()
    assert not page.url.startswith(oidc_provider)
    user = User.objects.get(email="jane.doe@corp.example")
    assert EmailAddress.objects.get(user=user).verified
    assert user.socialaccount_set.get().provider == "corp"
    expect(page.get_by_test_id("signed-in-as")).to_have_text(user.display_name)


def test_a_refused_consent_returns_to_the_portal_with_a_message(page, oidc_provider):
    page.goto("/accounts/oidc/corp/login/")
    page.get_by_role("button", name="Continue").click()
    page.locator("input[name=login]").fill("jane.doe")
    page.locator("input[name=password]").fill("any-password")
    page.get_by_role("button", name="Sign-in").click()
    page.get_by_role("link", name="[ Cancel ]").click()

    expect(page.get_by_role("heading", name="Login Cancelled")).to_be_visible()
    assert not User.objects.filter(email="jane.doe@corp.example").exists()
