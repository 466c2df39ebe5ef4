"""The journey pages: reading, walking, editing, the project-page panel, and who may do what."""

import datetime

import pytest
from django.test import RequestFactory

from onboarding.models import JourneyRun, JourneyStep, StepProgress
from onboarding.services_journeys import journey_block, journey_save_steps, journey_start
from onboarding.tests.factories import step
from onboarding.views_journeys import duration_text, project_panel
from portal.models import Notification
from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

URL = "/projects/lantern/journey/"
EDIT_URL = "/projects/lantern/journey/edit/"


@pytest.fixture
def project():
    return ProjectFactory(
        name="Lantern",
        slug="lantern",
        docs_url="https://docs.corp.example/lantern",
        chat_url="https://chat.corp.example/lantern",
    )


@pytest.fixture
def newcomer():
    return UserFactory(first_name="Nina", last_name="Newcomer")


def make_journey(project, maintainer, count=3):
    return journey_save_steps(
        project=project,
        actor=maintainer,
        introduction="From zero to **a first trace**.",
        steps=[
            step(f"Step title {n}", hello_world=n == 2, body=f"Run `lantern step{n}`.")
            for n in range(1, count + 1)
        ],
    )


@pytest.fixture
def journey(project, maintainer):
    return make_journey(project, maintainer)


def steps_of(journey):
    return list(journey.steps.order_by("position"))


def html_of(response) -> str:
    return response.content.decode()


def formset_data(rows, *, hello_world, introduction="", initial=0):
    """The editor's POST: ``rows`` are dicts of the step fields, in page order."""
    data = {
        "introduction": introduction,
        "hello_world": str(hello_world),
        "steps-TOTAL_FORMS": str(len(rows)),
        "steps-INITIAL_FORMS": str(initial),
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "60",
    }
    for index, row in enumerate(rows):
        for name, value in row.items():
            if name == "DELETE" and not value:
                continue
            data[f"steps-{index}-{name}"] = "" if value is None else str(value)
    return data


def row(position, title, *, minutes=10, body="", step_id=None, delete=False):
    return {
        "id": step_id,
        "position": position,
        "title": title,
        "body": body,
        "expected_minutes": minutes,
        "DELETE": "on" if delete else "",
    }


# Reading -------------------------------------------------------------------------------------


def test_anyone_reads_the_steps_and_is_invited_to_sign_in(client, journey):
    html = html_of(client.get(URL))

    assert "Step title 1" in html
    assert "<code>lantern step1</code>" in html
    assert "<strong>a first trace</strong>" in html
    assert "3 steps" in html
    assert "about 30 minutes in all" in html
    assert "Hello-world milestone" in html
    assert "Sign in to start the journey" in html
    assert "Mark as done" not in html
    assert 'data-testid="maintainer-view"' not in html


def test_markdown_from_maintainers_is_rendered_safely(client, project, maintainer):
    hostile = (
        "**bold** <script>alert('x')</script> [click](javascript:alert(1)) "
        '<img src=x onerror="alert(2)">'
    )
    journey_save_steps(
        project=project,
        actor=maintainer,
        introduction=hostile,
        steps=[step("Install", hello_world=True, body=hostile)],
    )

    html = html_of(client.get(URL))

    body = html.split('data-testid="step-body">')[1].split("</div>")[0]
    introduction = html.split('data-testid="journey-introduction">')[1].split("</div>")[0]
    for rendered in (body, introduction):
        assert "<strong>bold</strong>" in rendered
        assert "<script>" not in rendered
        assert 'href="javascript:' not in rendered
        assert "<img" not in rendered


def test_a_project_without_journey_offers_its_links_to_newcomers(client, project):
    client.force_login(UserFactory())

    html = html_of(client.get(URL))

    assert "has no step-by-step onboarding journey yet" in html
    assert "https://docs.corp.example/lantern" in html
    assert "https://chat.corp.example/lantern" in html
    assert "Create the journey" not in html


def test_a_project_without_journey_invites_its_maintainer_to_create_one(
    client, project, maintainer
):
    client.force_login(maintainer)

    html = html_of(client.get(URL))

    assert "Create the journey" in html
    assert EDIT_URL in html


def test_an_unknown_project_is_not_found(client):
    assert client.get("/projects/nope/journey/").status_code == 404


def test_maintainers_see_ttfhw_and_who_is_blocked(client, journey, maintainer, newcomer):
    install, trace, span = steps_of(journey)
    started = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=2)
    run = journey_start(journey=journey, user=newcomer, now=started)
    JourneyRun.objects.filter(pk=run.pk).update(
        hello_world_at=started + datetime.timedelta(minutes=45)
    )
    journey_block(run=run, step=span, comment="The span exporter times out.")
    client.force_login(maintainer)

    html = html_of(client.get(URL))

    assert 'data-testid="ttfhw-summary"' in html
    assert '<p class="stat mb-1" data-testid="ttfhw-median">45 minutes</p>' in html
    assert 'data-testid="ttfhw-runs">1<' in html
    assert 'data-testid="ttfhw-reached">1<' in html
    assert 'data-testid="ttfhw-abandoned">0<' in html
    assert "Nina Newcomer" in html
    assert "The span exporter times out." in html


def test_other_people_do_not_see_the_maintainer_view(client, journey, newcomer):
    client.force_login(newcomer)

    html = html_of(client.get(URL))

    assert 'data-testid="ttfhw-summary"' not in html
    assert "Edit the journey" not in html


# Walking -------------------------------------------------------------------------------------


def test_a_signed_in_person_starts_the_journey(client, journey, newcomer):
    client.force_login(newcomer)
    assert "Start the journey" in html_of(client.get(URL))

    response = client.post(URL + "start/")

    assert response.status_code == 302
    assert response["Location"] == URL + "#steps"
    run = JourneyRun.objects.get(user=newcomer)
    html = html_of(client.get(URL))
    assert "You started today." in html
    assert "0 of 3 steps done." in html
    assert html.count("Mark as done") == 3
    # Starting again (a second tab) keeps the first run.
    client.post(URL + "start/")
    assert JourneyRun.objects.get(user=newcomer).started_at == run.started_at


def test_starting_needs_a_post_and_a_signed_in_person(client, journey):
    assert client.get(URL + "start/").status_code in {302, 405}
    response = client.post(URL + "start/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not JourneyRun.objects.exists()


def test_ticks_are_kept_when_the_person_leaves_and_comes_back(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)
    client.post(URL + "start/")

    response = client.post(f"{URL}steps/{install.pk}/tick/", {"done": "1"})
    assert response["Location"] == f"{URL}#step-{install.pk}"
    client.post(f"{URL}steps/{trace.pk}/tick/", {"done": "1"})
    client.get("/projects/")  # leaves

    html = html_of(client.get(URL))  # comes back
    assert "2 of 3 steps done." in html
    assert "Hello world reached in under a minute." in html
    assert html.count("✓ Done") == 2
    assert "Mark as done" in html  # the last step


def test_times_are_shown_in_the_viewers_time_zone(client, journey):
    install, trace, span = steps_of(journey)
    tokyo = UserFactory(time_zone="Asia/Tokyo")
    run = journey_start(journey=journey, user=tokyo)
    client.force_login(tokyo)
    client.post(f"{URL}steps/{install.pk}/tick/", {"done": "1"})
    StepProgress.objects.filter(run=run, step=install).update(
        done_at=datetime.datetime(2025, 11, 1, 15, 15, tzinfo=datetime.UTC)
    )

    html = html_of(client.get(URL))

    assert "2 Nov 2025 00:15 JST" in html
    assert 'datetime="2025-11-02T00:15:00+09:00"' in html


def test_the_started_days_and_hello_world_duration_are_shown(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    started = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=3)
    run = JourneyRun.objects.create(
        journey=journey,
        user=newcomer,
        started_at=started,
        last_activity_at=started,
        hello_world_at=started + datetime.timedelta(hours=1, minutes=30),
    )
    StepProgress.objects.create(run=run, step=trace, done_at=run.hello_world_at)
    client.force_login(newcomer)

    html = html_of(client.get(URL))

    assert "You started 3 days ago." in html
    assert "Hello world reached in 1 hour 30 minutes." in html


def test_htmx_gets_the_step_and_the_progress_only(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)
    client.post(URL + "start/")

    response = client.post(
        f"{URL}steps/{trace.pk}/tick/", {"done": "1"}, headers={"HX-Request": "true"}
    )

    html = html_of(response)
    assert response.status_code == 200
    assert "<html" not in html
    assert html.strip().startswith(f'<li id="step-{trace.pk}"')
    assert "✓ Done" in html
    assert 'id="journey-summary"' in html
    assert 'hx-swap-oob="true"' in html
    assert "1 of 3 steps done." in html
    assert "Hello world reached in" in html


def test_the_milestone_cannot_be_unticked(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)
    client.post(URL + "start/")
    client.post(f"{URL}steps/{trace.pk}/tick/", {"done": "1"})

    response = client.post(f"{URL}steps/{trace.pk}/tick/", {"done": "0"}, follow=True)

    assert "cannot be un-ticked" in html_of(response)
    assert StepProgress.objects.get(step=trace).done_at is not None


def test_blocking_tells_the_maintainers(client, journey, maintainer, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)
    client.post(URL + "start/")

    response = client.post(
        f"{URL}steps/{span.pk}/block/", {"comment": "The exporter needs a token I lack."}
    )

    assert response.status_code == 302
    notification = Notification.objects.get(user=maintainer)
    assert "Nina Newcomer is blocked on step 3 of the Lantern journey" in notification.message
    html = html_of(client.get(URL))
    assert "The exporter needs a token I lack." in html
    assert "I'm no longer blocked" in html

    client.post(f"{URL}steps/{span.pk}/unblock/")
    assert not StepProgress.objects.filter(blocked_at__isnull=False).exists()


def test_a_block_without_comment_shows_the_error_next_to_the_field(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)
    client.post(URL + "start/")

    response = client.post(f"{URL}steps/{span.pk}/block/", {"comment": "   "})

    html = html_of(response)
    assert response.status_code == 200
    assert f'id="step-{span.pk}-comment-error"' in html
    assert "Say what is in your way" in html
    assert '<details class="mt-3" open>' in html
    assert not Notification.objects.exists()


def test_htmx_block_errors_keep_the_comment(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)
    client.post(URL + "start/")

    response = client.post(
        f"{URL}steps/{span.pk}/block/", {"comment": "x" * 2001}, headers={"HX-Request": "true"}
    )

    html = html_of(response)
    assert "under 2000 characters" in html
    assert "x" * 2001 in html


def test_steps_are_actionable_only_in_ones_own_run_of_that_project(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)

    assert client.post(f"{URL}steps/{install.pk}/tick/", {"done": "1"}).status_code == 404
    client.post(URL + "start/")
    other = ProjectFactory(slug="other")
    assert (
        client.post(f"/projects/other/journey/steps/{install.pk}/tick/", {"done": "1"}).status_code
        == 404
    )
    assert other.pk


# Query counts --------------------------------------------------------------------------------


def _journey_page_queries(client, project, maintainer, newcomer, count, capture):
    journey = make_journey(project, maintainer, count=count)
    started = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    run = journey_start(journey=journey, user=newcomer, now=started)
    JourneyRun.objects.filter(pk=run.pk).update(
        hello_world_at=started + datetime.timedelta(hours=1)
    )
    for each in steps_of(journey)[:2]:
        StepProgress.objects.create(run=run, step=each, done_at=run.started_at)
    journey_block(run=run, step=steps_of(journey)[-1], comment="Stuck")
    client.force_login(maintainer)
    journey_start(journey=journey, user=maintainer)
    with capture() as context:
        response = client.get(URL)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_journey_page_query_count_does_not_grow_with_the_steps(
    client, project, maintainer, newcomer, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def capture():
        return CaptureQueriesContext(connection)

    few = _journey_page_queries(client, project, maintainer, newcomer, 3, capture)
    JourneyStep.objects.all().delete()
    many = _journey_page_queries(client, project, maintainer, newcomer, 30, capture)

    assert few == many
    # Session, user, project, journey, steps, role check, run, progress, TTFHW (two on
    # SQLite), blocked steps, unread notifications.
    with django_assert_max_num_queries(12):
        client.get(URL)


# Editing -------------------------------------------------------------------------------------


def test_anonymous_people_are_sent_to_sign_in_to_edit(client, journey):
    response = client.get(EDIT_URL)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_an_outsider_may_not_edit(client, journey, newcomer):
    client.force_login(newcomer)

    assert client.get(EDIT_URL).status_code == 403
    data = formset_data([row(1, "Mine")], hello_world=0)
    assert client.post(EDIT_URL, data).status_code == 403
    assert JourneyStep.objects.filter(title="Mine").count() == 0


def test_a_maintainer_creates_the_journey(client, project, maintainer):
    client.force_login(maintainer)
    html = html_of(client.get(EDIT_URL))
    assert "Create the onboarding journey" in html
    assert html.count('data-testid="step-row"') == 3

    data = formset_data(
        [row(1, "Install"), row(2, "First call", minutes=20), row(3, "")],
        hello_world=1,
        introduction="Welcome!",
    )
    response = client.post(EDIT_URL, data)

    assert response.status_code == 302
    assert response["Location"] == URL
    assert [
        (s.title, s.expected_minutes, s.is_hello_world) for s in project.journey.steps.all()
    ] == [
        ("Install", 10, False),
        ("First call", 20, True),
    ]
    assert project.journey.introduction == "Welcome!"


def test_the_editor_shows_the_steps_and_the_milestone(client, journey, maintainer):
    install, trace, span = steps_of(journey)
    client.force_login(maintainer)

    html = html_of(client.get(EDIT_URL))

    assert 'value="Step title 2"' in html
    assert html.count('data-testid="step-row"') == 5  # three steps and two blank rows
    assert 'name="hello_world" value="1" id="id_steps-1-hello-world" checked' not in html
    assert 'value="1" id="steps-1-hello-world" checked' in html


def test_the_editor_reorders_renames_and_removes_by_position(client, journey, maintainer):
    install, trace, span = steps_of(journey)
    client.force_login(maintainer)
    data = formset_data(
        [
            row(3, "Install", step_id=install.pk),
            row(1, "Send a trace", step_id=trace.pk),
            row(2, "Span", step_id=span.pk, delete=True),
            row(2, "Look at the dashboard"),
        ],
        hello_world=1,
        initial=3,
    )

    response = client.post(EDIT_URL, data)

    assert response.status_code == 302
    assert [(s.title, s.is_hello_world) for s in steps_of(journey)] == [
        ("Send a trace", True),
        ("Look at the dashboard", False),
        ("Install", False),
    ]
    assert not JourneyStep.objects.filter(pk=span.pk).exists()


def test_formset_errors_keep_everything_typed(client, project, maintainer):
    client.force_login(maintainer)
    data = formset_data(
        [
            row(1, "Install the agent", body="Use `brew install lantern`."),
            row(2, "", minutes=20, body="Call the API."),
            row(3, "Too long a wait", minutes=900),
        ],
        hello_world=0,
        introduction="My careful introduction.",
    )

    response = client.post(EDIT_URL, data)

    html = html_of(response)
    assert response.status_code == 200
    assert "Nothing was saved yet" in html
    assert "Give the step a title." in html
    assert 'id="id_steps-1-title_error"' in html
    assert "less than or equal to 600" in html
    for kept in [
        "Install the agent",
        "Use `brew install lantern`.",
        "Call the API.",
        'value="900"',
        "My careful introduction.",
        'value="0" id="steps-0-hello-world" checked',
    ]:
        assert kept in html, kept
    assert not JourneyStep.objects.exists()


def test_the_editor_asks_for_a_milestone(client, project, maintainer):
    client.force_login(maintainer)
    data = formset_data([row(1, "Install")], hello_world="")

    html = html_of(client.post(EDIT_URL, data))

    assert "Choose which step is the hello-world milestone." in html
    assert not JourneyStep.objects.exists()


def test_a_blank_row_cannot_be_the_milestone(client, project, maintainer):
    client.force_login(maintainer)
    data = formset_data([row(1, "Install"), row(2, "")], hello_world=1)

    html = html_of(client.post(EDIT_URL, data))

    assert "empty or being removed" in html
    assert not JourneyStep.objects.exists()


def test_adding_a_row_keeps_the_input_and_judges_nothing_yet(client, project, maintainer):
    client.force_login(maintainer)
    data = formset_data([row(1, "Install"), row(2, "")], hello_world=0, introduction="Half written")
    data["add_row"] = "1"

    html = html_of(client.post(EDIT_URL, data))

    assert html.count('data-testid="step-row"') == 3
    assert 'value="Install"' in html
    assert "Half written" in html
    assert "Nothing was saved yet" not in html
    assert 'aria-invalid="true"' not in html
    assert not JourneyStep.objects.exists()

    # The rows shown again post back as they are: the blank ones are still skipped.
    data = formset_data(
        [row(1, "Install"), row(2, ""), row(3, "First call")], hello_world=2, initial=2
    )
    assert client.post(EDIT_URL, data).status_code == 302
    assert [s.title for s in project.journey.steps.all()] == ["Install", "First call"]


# The project page ----------------------------------------------------------------------------


def test_the_project_page_shows_the_journey_panel(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    started = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=2)
    run = journey_start(journey=journey, user=newcomer, now=started)
    JourneyRun.objects.filter(pk=run.pk).update(
        hello_world_at=started + datetime.timedelta(minutes=12)
    )

    html = html_of(client.get("/projects/lantern/"))

    assert 'data-testid="journey-panel"' in html
    assert "Time to first hello world: <strong>12 minutes</strong>" in html
    assert "1 run started" in html
    assert "1 reached hello world, 0 abandoned" in html
    assert f'href="{URL}#start">Start the journey' in html


def test_the_panel_shows_the_viewers_own_progress(client, journey, newcomer):
    install, trace, span = steps_of(journey)
    client.force_login(newcomer)
    client.post(URL + "start/")
    client.post(f"{URL}steps/{install.pk}/tick/", {"done": "1"})

    html = html_of(client.get("/projects/lantern/"))

    assert "Your progress: 1 of 3 steps done." in html
    assert "Continue the journey" in html


def test_no_panel_without_a_journey(client, project):
    html = html_of(client.get("/projects/lantern/"))

    assert 'data-testid="journey-panel"' not in html


def test_the_panel_reads_in_two_queries_at_most(journey, newcomer, django_assert_max_num_queries):
    install, trace, span = steps_of(journey)
    for _n in range(5):
        run = journey_start(journey=journey, user=UserFactory())
        JourneyRun.objects.filter(pk=run.pk).update(hello_world_at=run.started_at)
    mine = journey_start(journey=journey, user=newcomer)
    StepProgress.objects.create(run=mine, step=install, done_at=mine.started_at)
    request = RequestFactory().get("/projects/lantern/")
    request.user = newcomer

    with django_assert_max_num_queries(2):
        panel = project_panel(request, journey.project)

    assert panel["step_count"] == 3
    assert panel["total_minutes"] == 30
    assert panel["summary"].runs == 6
    assert panel["summary"].reached == 5
    assert panel["summary"].median == datetime.timedelta(0)
    assert panel["mine"]["steps_done"] == 1


def test_durations_read_naturally():
    assert duration_text(None) == ""
    assert duration_text(datetime.timedelta(seconds=20)) == "under a minute"
    assert duration_text(datetime.timedelta(minutes=1)) == "1 minute"
    assert duration_text(datetime.timedelta(hours=2, minutes=5)) == "2 hours 5 minutes"
    assert duration_text(datetime.timedelta(days=1, hours=3, minutes=9)) == "1 day 3 hours"
    assert duration_text(datetime.timedelta(days=4)) == "4 days"
