"""The catalogue in a real browser: find, filter, register, and the limits on editing."""

import re

import pytest
from playwright.sync_api import expect

from portal.tests.factories import MembershipFactory, UserFactory
from projects.models import Project
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue():
    ProjectFactory(
        name="Lantern",
        slug="lantern",
        tagline="Distributed tracing for every service",
        activity_score=500,
        tags={"language": ["Go"], "topic": ["observability"]},
    )
    ProjectFactory(
        name="Logship",
        slug="logship",
        tagline="Ships service logs to the log store",
        activity_score=900,
        tags={"language": ["Go"], "topic": ["observability"]},
    )
    ProjectFactory(
        name="Ledger",
        slug="ledger",
        tagline="Double-entry bookkeeping for service teams",
        activity_score=700,
        tags={"language": ["Java"], "topic": ["payments"]},
    )


def result_names(page) -> list[str]:
    return page.get_by_test_id("result").locator("h3, td:first-child a").all_inner_texts()


def test_a_search_with_a_typo_finds_the_project(page, catalogue):
    page.goto("/projects/")
    page.get_by_label("Search the catalogue").fill("lantren")

    expect(page.get_by_test_id("result-count")).to_contain_text("1 project")
    expect(page.get_by_test_id("result")).to_contain_text("Lantern")
    expect(page).to_have_url(re.compile(r"q=lantren"))


def test_facets_search_and_sort_combine_and_survive_a_reload(page, catalogue):
    page.goto("/projects/")
    page.get_by_label("Search the catalogue").fill("service")
    expect(page.get_by_test_id("result-count")).to_contain_text("3 projects")
    page.get_by_role("checkbox", name=re.compile(r"^Go")).check()
    expect(page.get_by_test_id("result-count")).to_contain_text("2 projects")
    page.get_by_label("Sort").select_option("name")
    expect(page).to_have_url(re.compile(r"sort=name"))
    assert result_names(page) == ["Lantern", "Logship"]

    page.reload()

    expect(page.get_by_label("Search the catalogue")).to_have_value("service")
    expect(page.get_by_role("checkbox", name=re.compile(r"^Go"))).to_be_checked()
    expect(page.get_by_label("Sort")).to_have_value("name")
    assert result_names(page) == ["Lantern", "Logship"]

    page.go_back()
    expect(page.get_by_label("Sort")).not_to_have_value("name")


def test_the_filters_work_without_javascript(browser, live_server, catalogue):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/projects/")
    page.get_by_role("checkbox", name=re.compile(r"^Java")).check()
    page.get_by_role("button", name="Apply filters").click()

    expect(page.get_by_test_id("result-count")).to_contain_text("1 project")
    expect(page.get_by_test_id("result")).to_contain_text("Ledger")
    context.close()


def test_the_table_view_shows_the_same_results(page, catalogue):
    page.goto("/projects/?topic=observability")
    page.get_by_text("Table", exact=True).click()

    expect(page).to_have_url(re.compile(r"view=table"))
    expect(page.locator("table")).to_contain_text("Logship")
    expect(page.locator("table")).not_to_contain_text("Ledger")


def test_a_member_registers_a_project_through_the_form(page, sign_in):
    membership = MembershipFactory(team__name="Observability")
    sign_in(membership.user)

    page.get_by_role("link", name="Register a project").first.click()
    page.get_by_label("Name").fill("Beacon")
    page.get_by_label("Tagline").fill("Uptime checks for internal services")
    page.get_by_label("Description").fill("## Why\nKnow before your users do.")
    page.get_by_label("Kind").select_option("service")
    page.get_by_label("Owner team").select_option(label="Observability")
    page.get_by_label("Languages").fill("Python")
    page.get_by_label("Repository").fill("not a url")
    page.get_by_role("button", name="Register").click()

    expect(page.get_by_text("Enter a full web address starting with https://.")).to_be_visible()
    expect(page.get_by_label("Name")).to_have_value("Beacon")  # nothing typed is lost
    page.get_by_label("Repository").fill("https://git.corp.example/obs/beacon")
    page.get_by_role("button", name="Register").click()

    expect(page.get_by_role("heading", name="Beacon")).to_be_visible()
    expect(page.get_by_text("Beacon is registered.")).to_be_visible()
    expect(page.get_by_role("heading", name="Why")).to_be_visible()
    assert Project.objects.get(slug="beacon").roles.get().user == membership.user


def test_an_outsider_sees_no_edit_link_and_gets_403(page, sign_in):
    project = ProjectFactory(name="Lantern", slug="lantern")
    make_maintainer(project, UserFactory())
    sign_in(UserFactory())

    page.goto("/projects/lantern/")
    expect(page.get_by_role("heading", name="Lantern")).to_be_visible()
    expect(page.get_by_role("link", name="Edit")).to_have_count(0)

    response = page.goto("/projects/lantern/edit/")
    assert response.status == 403
    expect(page.get_by_role("heading", name="You may not do this")).to_be_visible()
    expect(page.get_by_text("Only the maintainers of Lantern can change it.")).to_be_visible()


def test_a_maintainer_edits_and_sees_the_change_in_the_history(page, sign_in):
    project = ProjectFactory(name="Lantern", slug="lantern", tagline="Tracing for services")
    maintainer = UserFactory()
    make_maintainer(project, maintainer)
    sign_in(maintainer)

    page.goto("/projects/lantern/")
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Tagline").fill("Distributed tracing for every service")
    page.get_by_role("button", name="Save changes").click()

    expect(page.get_by_text("Distributed tracing for every service").first).to_be_visible()
    expect(page.get_by_test_id("history")).to_contain_text("Changed tagline")
