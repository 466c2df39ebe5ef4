"""A maintainer writes the contributor guide from the template, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def maintainer():
    project = ProjectFactory(
        name="Lantern", slug="lantern", chat_url="https://chat.corp.example/lantern"
    )
    user = UserFactory(first_name="Mia", last_name="Maintainer")
    make_maintainer(project, user)
    return user


def test_a_maintainer_writes_the_guide_from_the_template_until_no_section_is_missing(
    page, sign_in, maintainer
):
    sign_in(maintainer)
    page.goto("/projects/lantern/")
    page.get_by_role("link", name="Write the contributor guide").click()
    page.get_by_role("link", name="Start from the template").click()

    guide = page.get_by_label("Guide", exact=True)
    expect(guide).to_have_value(re.compile(r"^# Contributing to Lantern"))
    # Leave one section out, to see the portal notice it.
    guide.fill(guide.input_value().split("## Trusted committers")[0])
    page.get_by_role("button", name="Preview").click()

    preview = page.get_by_test_id("guide-preview")
    expect(preview.get_by_role("heading", name="Where to ask")).to_be_visible()
    expect(page.get_by_test_id("preview-missing")).to_contain_text("Trusted committers")
    # htmx swapped the preview in place: the page itself was not submitted.
    expect(page).to_have_url(re.compile(r"/guide/edit/\?start=template$"))

    page.get_by_role("button", name="Save", exact=True).click()

    expect(page).to_have_url(re.compile(r"/projects/lantern/guide/$"))
    expect(page.get_by_text("The contributor guide is saved.")).to_be_visible()
    body = page.get_by_test_id("guide-body")
    for section in ["Getting started", "Build and test", "How to submit a change"]:
        expect(body.get_by_role("heading", name=section)).to_be_visible()
    expect(page.get_by_test_id("guide-source")).to_contain_text("by Mia Maintainer")

    page.goto("/projects/lantern/")
    hint = page.get_by_test_id("guide-missing-sections")
    expect(hint).to_contain_text("Trusted committers")
    hint.get_by_role("link", name="Complete the guide").click()
    guide = page.get_by_label("Guide", exact=True)
    guide.fill(guide.input_value() + "\n## Trusted committers\n\n- Mia Maintainer\n")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(
        page.get_by_test_id("guide-body").get_by_role("heading", name="Trusted committers")
    ).to_be_visible()

    page.goto("/projects/lantern/")
    expect(page.get_by_test_id("guide-panel")).to_contain_text("Read the contributor guide")
    expect(page.get_by_test_id("guide-missing-sections")).to_have_count(0)
