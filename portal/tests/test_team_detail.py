import datetime

import pytest
from django.utils import timezone

from portal.models import Membership
from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_it_lists_leads_and_members(client):
    team = TeamFactory(name="Payments Platform", slug="payments")
    MembershipFactory(
        team=team, role=Membership.Role.LEAD, user=UserFactory(first_name="Ana", last_name="Lima")
    )
    MembershipFactory(team=team, user=UserFactory(first_name="Ben", last_name="Okafor"))

    response = client.get("/teams/payments/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Payments Platform" in html
    leads = html.split('data-testid="team-leads"')[1].split("</ul>")[0]
    members = html.split('data-testid="team-members"')[1].split("</ul>")[0]
    assert "Ana Lima" in leads and "Ben Okafor" not in leads
    assert "Ben Okafor" in members


def test_it_leaves_out_people_who_left(client):
    team = TeamFactory(slug="search")
    MembershipFactory(
        team=team,
        user=UserFactory(first_name="Gone", last_name="Away"),
        since=timezone.localdate() - datetime.timedelta(days=400),
        until=timezone.localdate() - datetime.timedelta(days=10),
    )

    response = client.get("/teams/search/")

    assert "Gone Away" not in response.content.decode()
    assert "No members yet." in response.content.decode()


def test_it_shows_the_place_in_the_org_tree(client):
    org = TeamFactory(name="Northwind", slug="northwind")
    department = TeamFactory(name="Platform Engineering", slug="platform", parent=org)
    TeamFactory(name="Developer Experience", slug="devex", parent=department)

    html = client.get("/teams/platform/").content.decode()

    assert 'href="/teams/northwind/"' in html  # breadcrumb to the parent
    assert 'href="/teams/devex/"' in html  # teams within


def test_it_answers_404_for_an_unknown_team(client):
    response = client.get("/teams/no-such-team/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_its_query_count_does_not_grow_with_the_team(client, django_assert_max_num_queries):
    team = TeamFactory(slug="big")
    for _ in range(3):
        MembershipFactory(team=team)
    with django_assert_max_num_queries(8) as small:
        client.get("/teams/big/")
    for _ in range(30):
        MembershipFactory(team=team)
        TeamFactory(parent=team)

    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/teams/big/")


def test_the_team_list_shows_every_team_with_its_size(client):
    team = TeamFactory(name="Data Platform")
    MembershipFactory.create_batch(3, team=team)

    html = client.get("/teams/").content.decode()

    assert "Data Platform" in html
    assert '<td class="text-end">3</td>' in html


def test_the_breadcrumb_costs_one_query_however_deep_the_tree(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    parent = TeamFactory(slug="level-0")
    TeamFactory(slug="shallow", parent=parent)
    with CaptureQueriesContext(connection) as shallow:
        client.get("/teams/shallow/")
    for level in range(1, 7):
        parent = TeamFactory(slug=f"level-{level}", parent=parent)
    TeamFactory(slug="deep", parent=parent)

    with django_assert_max_num_queries(len(shallow.captured_queries)):
        html = client.get("/teams/deep/").content.decode()
    assert html.index('href="/teams/level-0/"') < html.index('href="/teams/level-6/"')
