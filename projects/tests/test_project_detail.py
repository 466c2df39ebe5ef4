import pytest

from portal.models import Membership
from portal.tests.factories import MembershipFactory, UserFactory
from projects.models import ProjectRole
from projects.services import ownership_transfer_request
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db


def test_it_shows_the_product_view(client):
    project = ProjectFactory(
        name="Lantern",
        slug="lantern",
        tagline="Tracing for every service",
        stage="mature",
        docs_url="https://docs.corp.example/lantern",
        chat_url="https://chat.corp.example/lantern",
        license="Inner-source licence v1",
        warranty_days=30,
        packages=["pypi:lantern-client"],
        tags={"language": ["Go"], "contribution": ["documentation"], "skill": ["Kubernetes"]},
    )
    mentor = UserFactory(first_name="Mo", last_name="Mentor")
    ProjectRole.objects.create(project=project, user=mentor, role=ProjectRole.Role.MENTOR)

    html = client.get("/projects/lantern/").content.decode()

    for text in [
        "Tracing for every service",
        "Mature",
        "Stable and widely adopted",
        project.owner_team.name,
        "Inner-source licence v1",
        "for 30 days",
        "pip install lantern-client",
        "documentation",
        "Kubernetes",
        "Mo Mentor",
        "https://chat.corp.example/lantern",
        "How to contribute",
        "How to use it",
    ]:
        assert text in html, text


def test_the_description_is_rendered_and_sanitised(client):
    ProjectFactory(
        slug="xss",
        description="**bold** <script>alert('x')</script> [click](javascript:alert(1)) "
        '<img src=x onerror="alert(2)">',
    )

    html = client.get("/projects/xss/").content.decode()
    description = html.split('data-testid="description">')[1].split("</div>")[0]

    assert "<strong>bold</strong>" in description
    assert "<script>" not in description
    assert 'href="javascript:' not in description
    assert "<img" not in description  # raw HTML is shown as text, never as a tag


def test_an_outsider_sees_no_maintainer_actions(client):
    ProjectFactory(slug="lantern")
    client.force_login(UserFactory())

    html = client.get("/projects/lantern/").content.decode()

    assert 'data-testid="maintainer-actions"' not in html
    assert "/projects/lantern/edit/" not in html


def test_a_maintainer_sees_the_actions(client):
    project = ProjectFactory(slug="lantern")
    user = UserFactory()
    make_maintainer(project, user)
    client.force_login(user)

    html = client.get("/projects/lantern/").content.decode()

    assert "/projects/lantern/edit/" in html


def test_the_lead_of_the_receiving_team_can_decide_a_hand_over(client):
    project = ProjectFactory(slug="lantern")
    maintainer = UserFactory()
    make_maintainer(project, maintainer)
    lead = MembershipFactory(role=Membership.Role.LEAD).user
    ownership_transfer_request(
        project=project, actor=maintainer, to_team=lead.memberships.get().team
    )
    client.force_login(lead)

    html = client.get("/projects/lantern/").content.decode()

    assert "Accept ownership" in html


def test_an_unknown_project_is_a_404(client):
    assert client.get("/projects/nothing-here/").status_code == 404


def test_its_query_count_does_not_grow_with_people_and_tags(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    project = ProjectFactory(slug="big", tags={"language": ["Go"]})
    with CaptureQueriesContext(connection) as few:
        client.get("/projects/big/")
    for _ in range(20):
        ProjectRole.objects.create(project=project, user=UserFactory(), role="mentor")

    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/projects/big/")
