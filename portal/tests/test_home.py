import pytest

from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_it_greets_an_anonymous_visitor_with_a_sign_in_link(client):
    html = client.get("/").content.decode()

    assert "Find, use and improve what other teams built" in html
    assert "/accounts/login/" in html


def test_it_shows_a_signed_in_person_their_teams(client):
    user = UserFactory(first_name="Mei", last_name="Chen")
    MembershipFactory(user=user, team=TeamFactory(name="Search Infrastructure"), role="lead")
    client.force_login(user)

    html = client.get("/").content.decode()

    assert "Mei Chen" in html
    assert "Search Infrastructure" in html


def test_it_tells_someone_without_a_team_how_to_join_one(client):
    client.force_login(UserFactory())

    html = client.get("/").content.decode()

    assert "You are not in a team yet" in html


def test_the_navigation_only_links_to_pages_that_exist(client):
    from django.urls import NoReverseMatch, reverse

    from portal.context_processors import NAVIGATION

    html = client.get("/").content.decode()

    for url_name, label in NAVIGATION:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            assert f">{label}<" not in html
        else:
            assert f'href="{url}"' in html


def test_every_page_loads_its_scripts_from_the_portal_itself(client):
    html = client.get("/").content.decode()

    assert "/static/vendor/htmx/htmx.min.js" in html
    assert "/static/vendor/bootstrap/bootstrap.min.css" in html
    assert "cdn" not in html.lower()
    assert 'src="http' not in html and 'href="http' not in html


def test_it_shows_new_starter_issues_and_my_open_work(client):
    from onboarding.tests.factories import ClaimFactory, StarterIssueFactory

    StarterIssueFactory(title="Document the retry flag")
    claim = ClaimFactory(issue__title="Fix the flaky test")
    client.force_login(claim.user)

    html = client.get("/").content.decode()

    newest = html.split('data-testid="newest-starter-issues"')[1].split("</ul>")[0]
    mine = html.split('data-testid="my-work"')[1].split("</ul>")[0]
    assert "Document the retry flag" in newest and "Fix the flaky test" not in newest
    assert "Fix the flaky test" in mine
