"""The guide page, its editor with preview, "Sync now", and the card on the project page."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone

from onboarding.guides import guide_template
from onboarding.models import Guide
from onboarding.views_guides import project_panel
from portal.tests.factories import UserFactory
from projects.models import ProjectRole
from projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

COMPLETE = guide_template(project_name="Lantern")
PARTIAL = "# Contributing to Lantern\n\n## Getting started\n\nRun `make dev`.\n"


@pytest.fixture
def project():
    return ProjectFactory(
        name="Lantern",
        slug="lantern",
        repository_url="https://github.com/acme/lantern",
        chat_url="https://chat.corp.example/lantern",
        issue_tracker_url="https://issues.corp.example/lantern",
    )


@pytest.fixture
def as_maintainer(client, maintainer):
    client.force_login(maintainer)
    return client


def written_guide(project, body=PARTIAL, by=None) -> Guide:
    return Guide.objects.create(
        project=project,
        body=body,
        updated_by=by,
        updated_at=timezone.make_aware(datetime.datetime(2025, 3, 4, 10, 0)),
    )


def html_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


# Reading ------------------------------------------------------------------------------------


def test_anyone_reads_the_guide_and_sees_who_wrote_it(client, project, maintainer):
    written_guide(project, by=maintainer)

    html = html_of(client.get("/projects/lantern/guide/"))

    assert "<h4>Getting started</h4>" in html
    assert "Written in the portal, last edited 4 Mar 2025 by Mia Maintainer" in html


def test_a_synced_guide_says_where_it_comes_from_and_when(client, project):
    Guide.objects.create(
        project=project,
        body=PARTIAL,
        source=Guide.Source.REPOSITORY,
        source_path="CONTRIBUTING.md",
        source_url="https://github.com/acme/lantern/blob/HEAD/CONTRIBUTING.md",
        last_synced_at=timezone.now() - datetime.timedelta(hours=3),
    )

    html = html_of(client.get("/projects/lantern/guide/"))

    assert "Synced from" in html
    assert 'href="https://github.com/acme/lantern/blob/HEAD/CONTRIBUTING.md"' in html
    assert "<code>CONTRIBUTING.md</code></a> in" in html
    assert "(3\xa0hours ago)" in html


def test_a_failed_sync_is_shown_as_a_warning_above_the_last_good_copy(client, project):
    Guide.objects.create(
        project=project,
        body=PARTIAL,
        source=Guide.Source.REPOSITORY,
        source_path="CONTRIBUTING.md",
        sync_error="CONTRIBUTING.md was not found on the default branch.",
    )

    html = html_of(client.get("/projects/lantern/guide/"))

    warning = html.split('data-testid="sync-error">')[1].split("</div>")[0]
    assert "CONTRIBUTING.md was not found on the default branch." in warning
    assert "last copy that could be read" in warning
    assert "<h4>Getting started</h4>" in html


def test_hostile_markdown_is_rendered_harmless(client, project):
    written_guide(
        project,
        body="## Setup\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1)) "
        '<img src=x onerror="alert(2)">\n\n[ok](https://docs.corp.example)',
    )

    html = html_of(client.get("/projects/lantern/guide/"))
    body = html.split('data-testid="guide-body">')[1].split("</article>")[0]

    assert "<script>" not in body
    assert 'href="javascript:' not in body
    assert "<img" not in body
    assert "&lt;script&gt;" in body
    assert '<a href="https://docs.corp.example" rel="noopener noreferrer nofollow">ok</a>' in body


def test_maintainers_are_told_which_sections_are_missing_and_others_are_not(
    client, project, maintainer
):
    written_guide(project)

    visitor_html = html_of(client.get("/projects/lantern/guide/"))
    client.force_login(maintainer)
    maintainer_html = html_of(client.get("/projects/lantern/guide/"))

    assert 'data-testid="missing-sections"' not in visitor_html
    hints = maintainer_html.split('data-testid="missing-sections"')[1].split("</div>")[0]
    for title in ["Build and test", "How to submit a change", "Trusted committers"]:
        assert title in hints
    assert "Getting started" not in hints


def test_without_a_guide_a_maintainer_is_invited_to_start_from_the_template(as_maintainer, project):
    html = html_of(as_maintainer.get("/projects/lantern/guide/"))

    assert 'href="/projects/lantern/guide/edit/?start=template"' in html


def test_without_a_guide_a_visitor_is_pointed_to_the_teams_channels(client, project):
    html = html_of(client.get("/projects/lantern/guide/"))
    empty = html.split('data-testid="guide-empty">')[1].split("</ul>")[0]

    assert "No contributor guide yet" in empty
    assert 'href="https://chat.corp.example/lantern"' in empty
    assert 'href="https://issues.corp.example/lantern"' in empty
    assert "/guide/edit/" not in html


def test_an_unknown_project_has_no_guide_page(client):
    assert client.get("/projects/nope/guide/").status_code == 404


def test_the_guide_page_needs_one_query_for_a_visitor(client, project, django_assert_num_queries):
    written_guide(project, by=UserFactory())

    with django_assert_num_queries(1):
        client.get("/projects/lantern/guide/")


# Editing --------------------------------------------------------------------------------------


def test_an_outsider_gets_403_and_changes_nothing(client, project):
    written_guide(project)
    client.force_login(UserFactory())

    assert client.get("/projects/lantern/guide/edit/").status_code == 403
    response = client.post(
        "/projects/lantern/guide/edit/", {"source": "portal", "body": "Hijacked"}
    )
    assert response.status_code == 403
    assert client.post("/projects/lantern/guide/sync/").status_code == 403
    assert Guide.objects.get().body == PARTIAL


def test_anonymous_people_are_sent_to_sign_in(client, project):
    response = client.get("/projects/lantern/guide/edit/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_a_portal_admin_may_edit_any_guide(client, project):
    client.force_login(UserFactory(is_staff=True))

    assert client.get("/projects/lantern/guide/edit/").status_code == 200


def test_the_template_is_filled_with_what_the_portal_knows(as_maintainer, project):
    committer = UserFactory(first_name="Tess", last_name="Committer")
    ProjectRole.objects.create(
        project=project, user=committer, role=ProjectRole.Role.TRUSTED_COMMITTER
    )

    html = html_of(as_maintainer.get("/projects/lantern/guide/edit/?start=template"))
    textarea = html.split("<textarea")[1].split("</textarea>")[0]

    assert "# Contributing to Lantern" in textarea
    assert "https://chat.corp.example/lantern" in textarea
    assert "- Mia Maintainer\n- Tess Committer" in textarea


def test_the_template_never_replaces_an_existing_guide(as_maintainer, project):
    written_guide(project)

    html = html_of(as_maintainer.get("/projects/lantern/guide/edit/?start=template"))

    assert "Run `make dev`." in html
    assert "Contributing to Lantern\n\nThank you" not in html


def test_a_maintainer_writes_the_guide(as_maintainer, project, maintainer):
    response = as_maintainer.post(
        "/projects/lantern/guide/edit/", {"source": "portal", "body": "## Setup\r\n\r\nRun it."}
    )

    assert response.status_code == 302
    assert response.url == "/projects/lantern/guide/"
    guide = Guide.objects.get(project=project)
    assert guide.body == "## Setup\n\nRun it."
    assert guide.source == Guide.Source.PORTAL
    assert guide.updated_by == maintainer


def test_the_preview_renders_without_javascript_and_saves_nothing(as_maintainer, project):
    html = html_of(
        as_maintainer.post(
            "/projects/lantern/guide/edit/",
            {"source": "portal", "body": "## Getting started\n\n**Ask** us.", "preview": "1"},
        )
    )

    preview = html.split('data-testid="guide-preview">')[1].split("</section>")[0]
    assert "<strong>Ask</strong>" in preview
    assert "Trusted committers" in preview  # still missing
    assert "**Ask** us." in html.split("<textarea")[1]  # the text is kept for more editing
    assert not Guide.objects.exists()


def test_the_htmx_preview_returns_only_the_preview(as_maintainer, project):
    response = as_maintainer.post(
        "/projects/lantern/guide/edit/",
        {"source": "portal", "body": "<script>x</script> _hi_", "preview": "1"},
        HTTP_HX_REQUEST="true",
    )

    html = html_of(response)
    assert html.lstrip().startswith("<section")
    assert "<em>hi</em>" in html
    assert "<script>" not in html
    assert "<html" not in html
    assert not Guide.objects.exists()


def test_a_guide_too_long_is_refused_next_to_the_field(as_maintainer, project):
    html = html_of(
        as_maintainer.post(
            "/projects/lantern/guide/edit/", {"source": "portal", "body": "x" * 100_001}
        )
    )

    assert "Please correct the fields marked below." in html
    assert 'id="id_body_error"' in html
    assert not Guide.objects.exists()


def test_a_maintainer_switches_to_a_repository_file_and_it_syncs(
    as_maintainer, project, monkeypatch, django_capture_on_commit_callbacks
):
    written_guide(project)
    monkeypatch.setattr(
        "onboarding.services_guides.fetch_repository_file",
        lambda url, path: f"## Quick start\n\nFrom {url} {path}.",
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = as_maintainer.post(
            "/projects/lantern/guide/edit/",
            {"source": "repository", "body": PARTIAL, "source_path": "docs/CONTRIBUTING.md"},
        )

    assert response.status_code == 302
    guide = Guide.objects.get(project=project)
    assert guide.source == Guide.Source.REPOSITORY
    assert guide.body.endswith("From https://github.com/acme/lantern docs/CONTRIBUTING.md.")
    html = html_of(as_maintainer.get("/projects/lantern/guide/"))
    assert "will now follow docs/CONTRIBUTING.md" in html
    assert "Sync now" in html


def test_a_bad_file_path_is_explained_next_to_the_field(as_maintainer, project):
    written_guide(project)

    html = html_of(
        as_maintainer.post(
            "/projects/lantern/guide/edit/",
            {"source": "repository", "body": PARTIAL, "source_path": "../../etc/passwd.md"},
        )
    )

    error = html.split('id="id_source_path_error"')[1].split("</div>")[0]
    assert "Give a path inside the repository" in error
    assert Guide.objects.get().source == Guide.Source.PORTAL


def test_sync_now_fetches_the_file_again(
    as_maintainer, project, monkeypatch, django_capture_on_commit_callbacks
):
    Guide.objects.create(
        project=project, source=Guide.Source.REPOSITORY, source_path="README.md", body="Old"
    )
    monkeypatch.setattr(
        "onboarding.services_guides.fetch_repository_file", lambda url, path: "## Setup\n\nNew"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = as_maintainer.post("/projects/lantern/guide/sync/", follow=True)

    assert "README.md is being synced" in html_of(response)
    assert Guide.objects.get().body == "## Setup\n\nNew"


def test_sync_now_explains_that_a_written_guide_has_nothing_to_sync(as_maintainer, project):
    written_guide(project)

    response = as_maintainer.post("/projects/lantern/guide/sync/", follow=True)

    assert "written in the portal; there is nothing to sync" in html_of(response)


def test_sync_now_only_accepts_post(as_maintainer, project):
    assert as_maintainer.get("/projects/lantern/guide/sync/").status_code == 405


# The card on the project page ------------------------------------------------------------------


def panel_html(client) -> str:
    html = html_of(client.get("/projects/lantern/"))
    return html.split('id="panel-guide"')[1].split("</section>")[0] if "panel-guide" in html else ""


def test_the_project_page_invites_a_maintainer_to_write_the_guide(as_maintainer, project):
    panel = panel_html(as_maintainer)

    assert "Write the contributor guide" in panel
    assert 'href="/projects/lantern/guide/edit/"' in panel


def test_a_visitor_sees_no_guide_card_until_there_is_a_guide(client, project):
    assert panel_html(client) == ""

    written_guide(project)

    assert "Read the contributor guide" in panel_html(client)
    assert "no heading yet" not in panel_html(client)


def test_the_project_page_hints_at_missing_sections_until_all_exist(as_maintainer, project):
    guide = written_guide(project)

    assert "Review turnaround" in panel_html(as_maintainer)

    guide.body = COMPLETE
    guide.save()

    panel = panel_html(as_maintainer)
    assert "Read the contributor guide" in panel
    assert 'data-testid="guide-missing-sections"' not in panel


def test_the_card_costs_two_queries_at_most(project, maintainer, django_assert_max_num_queries):
    written_guide(project)
    request = RequestFactory().get("/projects/lantern/")
    request.user = maintainer

    with django_assert_max_num_queries(2):
        context = project_panel(request, project)

    assert [section.key for section in context["missing"]][:1] == ["build_and_test"]
