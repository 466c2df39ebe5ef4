"""A newcomer finds a starter issue, claims it, reports progress; a maintainer marks it done."""

import pytest
from playwright.sync_api import expect

from onboarding.tests.factories import StarterIssueFactory
from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_newcomer_claims_works_on_and_finishes_a_starter_issue(page, sign_in):
    project = ProjectFactory(name="Lantern", slug="lantern", tags={"language": ["Go"]})
    maintainer = UserFactory(first_name="Kenji", last_name="Watanabe")
    make_maintainer(project, maintainer)
    StarterIssueFactory(project=project, title="Add a --verbose flag", mentor=maintainer, points=10)
    StarterIssueFactory(title="Translate the error messages")
    newcomer = UserFactory(first_name="Lea", last_name="Dubois", username="lea")

    sign_in(newcomer)
    page.get_by_role("link", name="Starter issues").first.click()
    expect(page.get_by_test_id("board-count")).to_contain_text("2 open starter issues")
    page.get_by_role("checkbox", name="Go").check()
    expect(page.get_by_test_id("board-count")).to_contain_text("1 open starter issue")
    page.get_by_role("link", name="Add a --verbose flag").click()
    page.get_by_role("button", name="Claim this issue").click()

    expect(page.get_by_text("It's yours!")).to_be_visible()
    expect(page.get_by_test_id("issue-state")).to_have_text("Claimed")

    page.get_by_role("link", name="Starter issues").first.click()
    expect(page.get_by_test_id("board-count")).to_contain_text("1 open starter issue")
    expect(page.get_by_test_id("starter-issue")).not_to_contain_text("Add a --verbose flag")
    expect(page.get_by_test_id("my-claims")).to_contain_text("Add a --verbose flag")

    page.get_by_test_id("my-claims").get_by_role("link", name="Add a --verbose flag").click()
    page.get_by_label("Progress").fill("Found where flags are parsed; adding it now.")
    page.get_by_label("Your change request (pull or merge request)").fill(
        "https://git.corp.example/obs/lantern/pull/42"
    )
    page.get_by_role("button", name="Post progress").click()
    expect(page.get_by_test_id("progress")).to_contain_text("Found where flags are parsed")
    expect(page.get_by_test_id("issue-state")).to_have_text("In review")
    page.get_by_role("button", name="Sign out").click()

    sign_in(maintainer)
    expect(page.get_by_test_id("unread-count")).to_be_visible()
    page.get_by_role("link", name="Notifications").click()
    page.get_by_role("link", name="Lea Dubois claimed “Add a --verbose flag” in Lantern.").click()
    page.get_by_role("button", name="Mark done, credit Lea Dubois").click()
    expect(page.get_by_text("Marked done; Lea Dubois is credited.")).to_be_visible()
    expect(page.get_by_test_id("issue-state")).to_have_text("Done")

    page.goto("/people/lea/")
    expect(page.get_by_test_id("done-issues")).to_contain_text("Add a --verbose flag")
    expect(page.get_by_test_id("points")).to_have_text("10")
    expect(page.get_by_test_id("first-contribution-badge")).to_be_visible()


def test_a_second_person_is_told_the_issue_was_taken(browser, live_server, sign_in, page):
    issue = StarterIssueFactory(title="Fix the flaky test")
    first, second = UserFactory(), UserFactory()

    sign_in(second)
    page.goto(f"/starter-issues/{issue.pk}/")  # the page still offers the claim button
    from onboarding.services_starter_issues import claim_issue

    claim_issue(issue_id=issue.pk, user=first)
    page.get_by_role("button", name="Claim this issue").click()

    expect(page.get_by_text("Someone else claimed this issue a moment ago.")).to_be_visible()
