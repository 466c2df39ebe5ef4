"""A person signs in, creates an API token, uses it against the API, revokes it."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from portal.models import ApiToken
from portal.tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_person_creates_uses_and_revokes_an_api_token(page):
    cache.clear()  # throttle counters from earlier tests in this process
    person = UserFactory(username="ana.lima")

    page.goto("/accounts/api-tokens/")
    # Signed out: the page sends us to sign in and brings us back afterwards.
    page.get_by_label("Email:").fill(person.email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    expect(page.get_by_role("heading", name="API tokens")).to_be_visible()
    expect(page.get_by_text("You have no API tokens yet.")).to_be_visible()
    page.get_by_label("Name").fill("release script")
    page.get_by_label("Expires after (days)").fill("30")
    page.get_by_role("button", name="Create token").click()

    expect(page.get_by_text("Copy it now: it will not be shown again.")).to_be_visible()
    token = page.get_by_test_id("new-token").input_value()
    assert token.startswith("pt_")
    stored = ApiToken.objects.get(user=person)
    assert stored.prefix == token[:8]
    expect(page.get_by_test_id("token-table")).to_contain_text("release script")

    api = "/api/v1/projects/"  # relative to the live server, like the page
    headers = {"Authorization": f"Bearer {token}"}
    assert page.request.get(api, headers=headers).status == 200
    stored.refresh_from_db()
    assert stored.last_used_at is not None

    page.get_by_role("link", name="Revoke release script").click()
    expect(page.get_by_role("heading", name="Revoke this token?")).to_be_visible()
    page.get_by_role("button", name="Revoke token").click()

    expect(page.get_by_text("is revoked; requests using it are refused")).to_be_visible()
    expect(page.get_by_test_id("token-table")).to_contain_text("Revoked")
    expect(page.get_by_test_id("new-token")).to_have_count(0)
    refused = page.request.get(api, headers=headers)
    assert refused.status == 401
    assert refused.json()["error"]["message"] == "This token was revoked."
