"""The onboarding journey in a real browser: a maintainer writes it, a newcomer walks it."""

import re

import pytest
from playwright.sync_api import expect

from onboarding.models import JourneyRun, StepProgress
from onboarding.services_journeys import journey_save_steps
from portal.tests.factories import PASSWORD, UserFactory
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def project():
    return ProjectFactory(name="Lantern", slug="lantern", tagline="Tracing for every service")


@pytest.fixture
def maintainer(project):
    user = UserFactory(first_name="Mia", last_name="Maintainer")
    make_maintainer(project, user)
    return user


def step_card(page, title: str):
    return page.get_by_test_id("step").filter(has_text=title)


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_test_id("signed-in-as")).to_have_count(0)


def test_a_maintainer_writes_a_journey_and_a_newcomer_walks_it(page, sign_in, project, maintainer):
    newcomer = UserFactory(first_name="Nina", last_name="Newcomer")

    # The maintainer creates a three-step journey with its hello-world milestone.
    sign_in(maintainer)
    page.goto("/projects/lantern/journey/")
    page.get_by_role("link", name="Create the journey").click()
    page.get_by_label("Introduction").fill("From nothing to **a first trace**.")
    rows = page.get_by_test_id("step-row")
    expect(rows).to_have_count(3)
    for index, title in enumerate(["Install the agent", "Send a first trace", "Add a span"]):
        rows.nth(index).get_by_label("Title").fill(title)
    rows.nth(1).get_by_label("Expected minutes").fill("20")
    rows.nth(1).get_by_label("This step is the hello-world milestone").check()
    page.get_by_role("button", name="Save the journey").click()

    expect(page.get_by_text("The journey is saved.")).to_be_visible()
    expect(page.get_by_test_id("step")).to_have_count(3)
    expect(page.get_by_test_id("journey-size")).to_contain_text("about 40 minutes in all")
    expect(
        step_card(page, "Send a first trace").get_by_test_id("hello-world-badge")
    ).to_be_visible()
    sign_out(page)

    # A newcomer starts it and ticks two steps; htmx swaps only the step and the progress.
    sign_in(newcomer)
    page.goto("/projects/lantern/")
    page.get_by_test_id("journey-panel").get_by_role("link", name="Start the journey").click()
    page.get_by_role("button", name="Start the journey").click()
    expect(page.get_by_test_id("my-progress")).to_contain_text("0 of 3 steps done.")
    step_card(page, "Install the agent").get_by_role(
        "button", name=re.compile("Mark as done")
    ).click()
    expect(step_card(page, "Install the agent").get_by_test_id("step-status")).to_be_visible()
    step_card(page, "Send a first trace").get_by_role(
        "button", name=re.compile("Mark as done")
    ).click()
    expect(page.get_by_test_id("my-hello-world")).to_contain_text("Hello world reached in")
    expect(page.get_by_test_id("my-progress")).to_contain_text("2 of 3 steps done.")
    # No page load happened: a full page would carry the flash message of a plain post.
    expect(page.get_by_text("You reached the milestone of this journey")).to_have_count(0)

    # They leave, and come back to their progress.
    page.get_by_role("link", name="Lantern").first.click()
    expect(page.get_by_test_id("journey-panel")).to_contain_text(
        "Your progress: 2 of 3 steps done."
    )
    page.get_by_role("link", name="Continue the journey").click()
    expect(page.get_by_test_id("my-progress")).to_contain_text("2 of 3 steps done.")
    expect(page.get_by_test_id("my-hello-world")).to_contain_text("Hello world reached in")
    expect(page.get_by_test_id("step-status")).to_have_count(2)

    # Stuck on the last step, they say so.
    last = step_card(page, "Add a span")
    last.get_by_text("I'm blocked").click()
    last.get_by_label(re.compile("What is in your way")).fill("The span API answers 403.")
    last.get_by_role("button", name="Tell the maintainers").click()
    expect(step_card(page, "Add a span").get_by_test_id("step-blocked")).to_contain_text(
        "The span API answers 403."
    )
    sign_out(page)

    # The maintainer sees the block and the Time to First Hello World.
    sign_in(maintainer)
    page.goto("/projects/lantern/journey/")
    expect(page.get_by_test_id("blocked-list")).to_contain_text("Nina Newcomer")
    expect(page.get_by_test_id("blocked-list")).to_contain_text("The span API answers 403.")
    expect(page.get_by_test_id("ttfhw-runs")).to_have_text("1")
    expect(page.get_by_test_id("ttfhw-reached")).to_have_text("1")
    expect(page.get_by_test_id("ttfhw-abandoned")).to_have_text("0")
    expect(page.get_by_test_id("ttfhw-median")).to_be_visible()
    run = JourneyRun.objects.get(user=newcomer)
    assert run.hello_world_at is not None and run.hello_world_at >= run.started_at


def test_the_journey_can_be_walked_without_javascript(browser, live_server, project, maintainer):
    journey = journey_save_steps(
        project=project,
        actor=maintainer,
        introduction="",
        steps=[
            {"title": "Install the agent", "expected_minutes": 5, "is_hello_world": False},
            {"title": "Send a first trace", "expected_minutes": 5, "is_hello_world": True},
        ],
    )
    newcomer = UserFactory()
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.get_by_label("Email:").fill(newcomer.email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    page.goto("/projects/lantern/journey/")
    page.get_by_role("button", name="Start the journey").click()
    step_card(page, "Send a first trace").get_by_role(
        "button", name=re.compile("Mark as done")
    ).click()
    expect(page.get_by_text("Hello world! You reached the milestone")).to_be_visible()
    last = step_card(page, "Install the agent")
    last.get_by_text("I'm blocked").click()
    last.get_by_role("button", name="Tell the maintainers").click()
    expect(page.get_by_text("Say what is in your way")).to_be_visible()

    assert StepProgress.objects.filter(run__journey=journey, done_at__isnull=False).count() == 1
    context.close()


def test_ticking_the_milestone_keeps_keyboard_focus_on_the_step(page, sign_in):
    from onboarding.services_journeys import journey_save_steps
    from onboarding.tests.factories import step
    from portal.tests.factories import UserFactory
    from projects.tests.factories import ProjectFactory, make_maintainer

    project = ProjectFactory(name="Lantern", slug="lantern")
    maintainer = UserFactory()
    make_maintainer(project, maintainer)
    journey_save_steps(
        project=project,
        actor=maintainer,
        introduction="",
        steps=[step("Install"), step("First trace", hello_world=True)],
    )
    sign_in(UserFactory())
    page.goto("/projects/lantern/journey/")
    page.get_by_role("button", name="Start the journey").click()

    expect(page.get_by_test_id("my-progress")).to_contain_text("0 of 2 steps done.")
    card = page.locator("li[data-testid=step]", has_text="First trace")
    card.get_by_role("button", name=re.compile("Mark as done")).focus()
    page.keyboard.press("Enter")

    focused = page.locator("li[data-testid=step]:focus")
    expect(focused).to_contain_text("First trace")
    expect(focused).to_contain_text("Done")
