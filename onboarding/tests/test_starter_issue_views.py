import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from onboarding.models import Claim, StarterIssue
from onboarding.tests.factories import ClaimFactory, StarterIssueFactory
from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [issue.title for issue in response.context["page"].object_list]


def test_the_board_lists_open_issues_only(client):
    StarterIssueFactory(title="Open one")
    ClaimFactory(issue__title="Claimed one")
    StarterIssueFactory(title="Done one", state=StarterIssue.State.DONE)
    StarterIssueFactory(title="Of an archived project", project=ProjectFactory(stage="archived"))

    assert titles(client.get("/starter-issues/")) == ["Open one"]


def test_the_board_filters_by_skill_language_effort_project_and_mentor(client):
    go = ProjectFactory(slug="gopher", tags={"language": ["Go"]})
    small = StarterIssueFactory(
        title="Small Go task", project=go, effort_hours=1, mentor=UserFactory()
    )
    small.skills.set([])
    big = StarterIssueFactory(title="Big Java task", effort_hours=20)
    from projects.services import tags_from_names

    big.skills.set(tags_from_names(kind="skill", names=["SQL"]))

    assert titles(client.get("/starter-issues/?language=go")) == ["Small Go task"]
    assert titles(client.get("/starter-issues/?skill=sql")) == ["Big Java task"]
    assert titles(client.get("/starter-issues/?effort=2")) == ["Small Go task"]
    assert titles(client.get("/starter-issues/?effort=more")) == ["Big Java task"]
    assert titles(client.get("/starter-issues/?project=gopher")) == ["Small Go task"]
    assert titles(client.get("/starter-issues/?mentor=true")) == ["Small Go task"]
    assert titles(client.get("/starter-issues/?q=java")) == ["Big Java task"]


def test_an_empty_board_says_what_to_do(client):
    html = client.get("/starter-issues/").content.decode()

    assert "There is no open starter issue right now" in html


def test_the_board_query_count_does_not_grow(client, django_assert_max_num_queries):
    StarterIssueFactory.create_batch(2, mentor=UserFactory())
    with CaptureQueriesContext(connection) as few:
        client.get("/starter-issues/")
    StarterIssueFactory.create_batch(18, mentor=UserFactory())

    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/starter-issues/")


def test_claiming_needs_a_signed_in_person(client):
    issue = StarterIssueFactory()

    response = client.post(f"/starter-issues/{issue.pk}/claim/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not Claim.objects.exists()


def test_claiming_by_get_is_refused(client):
    client.force_login(UserFactory())
    issue = StarterIssueFactory()

    assert client.get(f"/starter-issues/{issue.pk}/claim/").status_code == 405


def test_a_refused_claim_answers_409_with_the_reason(client):
    issue = StarterIssueFactory()
    ClaimFactory(issue=issue)
    issue.state = StarterIssue.State.CLAIMED
    issue.save()
    client.force_login(UserFactory())

    response = client.post(f"/starter-issues/{issue.pk}/claim/")

    assert response.status_code == 409
    assert "Someone else claimed this issue a moment ago" in response.content.decode()


def test_the_claimer_posts_progress_and_others_cannot(client):
    claim = ClaimFactory()
    client.force_login(claim.user)

    client.post(f"/starter-issues/{claim.issue.pk}/progress/", {"body": "Found the file"})
    assert claim.updates.get().body == "Found the file"

    client.force_login(UserFactory())
    response = client.post(f"/starter-issues/{claim.issue.pk}/progress/", {"body": "Hijack"})
    assert response.status_code == 403
    assert claim.updates.count() == 1


def test_progress_needs_words_or_a_link(client):
    claim = ClaimFactory()
    client.force_login(claim.user)

    response = client.post(
        f"/starter-issues/{claim.issue.pk}/progress/", {"body": " "}, follow=True
    )

    assert "Write what you did, or link your change request." in response.content.decode()


def test_only_maintainers_create_starter_issues(client):
    project = ProjectFactory(slug="lantern")
    client.force_login(UserFactory())
    assert client.get("/projects/lantern/starter-issues/new/").status_code == 403

    maintainer = UserFactory()
    make_maintainer(project, maintainer)
    client.force_login(maintainer)
    response = client.post(
        "/projects/lantern/starter-issues/new/",
        {
            "title": "Add a --verbose flag",
            "body": "",
            "external_url": "",
            "skills": "Go, CLI",
            "effort_hours": 3,
            "mentor": maintainer.username,
            "points": 10,
        },
    )

    issue = StarterIssue.objects.get()
    assert response["Location"] == f"/starter-issues/{issue.pk}/"
    assert issue.mentor == maintainer
    assert sorted(tag.name for tag in issue.skills.all()) == ["CLI", "Go"]


def test_the_project_page_lists_its_open_starter_issues(client):
    issue = StarterIssueFactory(title="Improve the README", project__slug="lantern")

    html = client.get("/projects/lantern/").content.decode()

    assert "Improve the README" in html
    assert f"/starter-issues/{issue.pk}/" in html


def test_the_profile_shows_done_work_points_and_the_badge(client):
    claim = ClaimFactory(issue__points=7, user__username="lea")
    maintainer = UserFactory()
    make_maintainer(claim.issue.project, maintainer)
    from onboarding.services_starter_issues import claim_complete

    claim_complete(claim=claim, actor=maintainer)

    html = client.get("/people/lea/").content.decode()
    assert claim.issue.title in html
    assert 'data-testid="first-contribution-badge"' in html
    assert 'data-testid="points">7<' in html
    assert 'data-testid="time-to-first-contribution"' in html


def test_an_unknown_profile_is_a_404(client):
    assert client.get("/people/nobody/").status_code == 404


def test_a_successful_claim_says_what_happens_next(client):
    issue = StarterIssueFactory()
    client.force_login(UserFactory())

    response = client.post(f"/starter-issues/{issue.pk}/claim/", follow=True)

    assert "It&#x27;s yours!" in response.content.decode()


def test_the_board_filters_by_owner_team_including_sub_teams(client):
    from portal.tests.factories import TeamFactory

    department = TeamFactory(slug="platform")
    StarterIssueFactory(title="Below", project__owner_team=TeamFactory(parent=department))
    StarterIssueFactory(title="Elsewhere")

    response = client.get("/starter-issues/?team=platform")

    assert titles(response) == ["Below"]


def test_filter_counts_follow_the_other_filters(client):
    from projects.services import tags_from_names

    go = ProjectFactory(slug="gopher", tags={"language": ["Go"]})
    for title, project in [("Go docs", go), ("Java docs", None)]:
        issue = StarterIssueFactory(title=title, **({"project": project} if project else {}))
        issue.skills.set(tags_from_names(kind="skill", names=["Documentation"]))

    response = client.get("/starter-issues/?language=go")

    skills = {tag.name: tag.count for tag in response.context["skills"]}
    assert skills == {"Documentation": 1}


def test_the_board_pages_keep_the_filters(client):
    StarterIssueFactory.create_batch(25, effort_hours=1)

    html = client.get("/starter-issues/?effort=2").content.decode()

    assert "Page 1 of 2" in html
    assert 'href="?effort=2&amp;page=2"' in html
