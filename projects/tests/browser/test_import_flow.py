"""Importing in a real browser: upload or paste, read the preview and its problems, confirm."""

import re

import pytest
from playwright.sync_api import expect

from portal.tests.factories import PASSWORD, MembershipFactory, UserFactory
from projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, user) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email:").fill(user.email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_test_id("signed-in-as")).to_be_visible()


def test_an_admin_uploads_backstage_files_sees_the_problems_and_imports(page, corpus):
    sign_in(page, UserFactory(is_staff=True))
    backstage = corpus / "backstage"

    page.goto("/projects/import/")
    page.get_by_label("Or upload files").set_input_files(
        [
            backstage / "acme" / "team-a-group.yaml",
            backstage / "components" / "artist-lookup-component.yaml",
            backstage / "components" / "invalid-component.yaml",
        ]
    )
    page.get_by_role("button", name="Preview the import").click()

    expect(page.get_by_role("heading", name="Preview: nothing has been saved yet")).to_be_visible()
    invalid = page.get_by_test_id("entity-project-invalid-component")
    expect(invalid).to_contain_text("Not imported")
    expect(invalid).to_contain_text(
        "Line 4: metadata.name “invalid component” is not a valid Backstage name"
    )
    expect(invalid).to_contain_text("Line 11: The tag “go 1.15.3” is not a valid Backstage tag")
    expect(page.get_by_test_id("entity-project-artist-lookup")).to_contain_text("Create")
    assert Project.objects.count() == 0

    page.get_by_role("button", name="Confirm and import").click()

    expect(page).to_have_url(re.compile(r"/projects/artist-lookup/$"))
    expect(page.get_by_role("heading", level=1, name="artist-lookup")).to_be_visible()
    expect(page.get_by_text("Imported 1 project, 1 team, 4 people.")).to_be_visible()
    assert Project.objects.get().owner_team.slug == "team-a"


def test_a_member_pastes_an_innersource_json_for_their_team(page, corpus):
    membership = MembershipFactory(team__name="Sailing", team__slug="sailing")
    sign_in(page, membership.user)
    manifest = corpus / "innersource" / "axeluhl__sailing-analytics__innersource.json"

    page.goto("/projects/import/")
    page.get_by_label("Paste a manifest").fill(manifest.read_text())
    page.get_by_label("Owner team").select_option(label="Sailing")
    page.get_by_role("button", name="Preview the import").click()
    expect(page.get_by_test_id("entity-project-sap-sailing-analytics")).to_contain_text(
        "Java, ReactNative"
    )
    page.get_by_role("button", name="Confirm and import").click()

    expect(page).to_have_url(re.compile(r"/projects/sap-sailing-analytics/$"))
    expect(page.get_by_text("Imported 1 project, 0 teams, 0 people.")).to_be_visible()
