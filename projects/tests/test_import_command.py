"""manage.py import_catalog and export_catalog: bulk import of folders, and export back."""

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from portal.models import Membership, Team, User
from portal.tests.factories import TeamFactory
from projects.models import Project
from projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[str, CommandError | None]:
    out = io.StringIO()
    try:
        call_command(*args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), exc
    return out.getvalue(), None


def test_a_dry_run_prints_the_plan_and_saves_nothing(corpus):
    output, error = run("import_catalog", str(corpus / "backstage"), "--dry-run")

    assert (Project.objects.count(), Team.objects.count(), User.objects.count()) == (0, 0, 0)
    assert "backstage/components/invalid-component.yaml (Backstage catalog-info.yaml)" in output
    assert "line 1     not imported project  Component invalid component" in output
    assert "error line 4: metadata.name “invalid component” is not a valid Backstage name" in (
        output
    )
    assert "line 1     skip         other    System podcast" in output
    assert "not imported: kind System is not modelled" in output
    assert "note  line 11: The target ./components/podcast-api-component.yaml is not part" in (
        output
    )
    assert "Dry run, nothing was saved: 30 to create, 0 to update" in output
    assert error is not None and error.returncode == 1
    assert "would not be imported" in str(error)


def test_it_imports_the_valid_entries_of_a_folder_and_exits_non_zero(corpus):
    output, error = run("import_catalog", str(corpus / "backstage"))

    assert "Imported 5 projects, 9 teams, 16 people." in output
    assert sorted(Project.objects.values_list("slug", flat=True)) == [
        "artist-lookup",
        "different-namespace",
        "petstore",
        "wayback-search",
        "www-artist",
    ]
    assert Membership.objects.count() == 16
    assert error.returncode == 1
    assert str(error) == (
        "Some entries were not imported because of blocking problems (see above); the others "
        "were imported."
    )


def test_innersource_files_need_an_owner_team(corpus):
    output, error = run("import_catalog", str(corpus / "innersource"), "--dry-run")

    assert "Choose the team that owns this project" in output
    assert error.returncode == 1


def test_it_imports_every_innersource_file_and_crawl_listing_for_a_team(corpus):
    team = TeamFactory(slug="crawled")

    output, error = run("import_catalog", str(corpus / "innersource"), "--owner-team", "crawled")

    # 6 innersource.json + 42 + 2 crawl entries; "Gold" is in two files and is imported once.
    assert Project.objects.filter(owner_team=team).count() == 49
    assert "repos.json (repos.json crawl listing)" in output
    assert "The slug “gold” is already used by" in output
    assert error.returncode == 1


def test_an_unknown_owner_team_is_an_error(corpus):
    with pytest.raises(CommandError, match="There is no team with the slug nobody."):
        call_command("import_catalog", str(corpus / "innersource"), "--owner-team", "nobody")


def test_a_missing_path_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="is neither a file nor a folder"):
        call_command("import_catalog", str(tmp_path / "missing"))


def test_an_oversized_file_is_reported_and_the_others_imported(tmp_path, corpus):
    TeamFactory(slug="crawled")
    (tmp_path / "huge.json").write_bytes(b"[" + b" " * (2 * 1024 * 1024) + b"]")
    shutil.copy(corpus / "innersource" / "moochee__moochee__innersource.json", tmp_path)

    output, error = run("import_catalog", str(tmp_path), "--owner-team", "crawled")

    assert "error The file is 2.0 MB; the limit is 1 MB." in output
    assert Project.objects.get().slug == "gorilla"
    assert error.returncode == 1


def test_a_clean_import_exits_zero(corpus):
    TeamFactory(slug="team-a")

    output, error = run(
        "import_catalog", str(corpus / "backstage" / "components" / "www-artist-component.yaml")
    )

    assert error is None
    assert "Imported 1 project, 0 teams, 0 people." in output


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("innersource", "innersource.json"), ("backstage", "catalog-info.yaml")]
)
def test_export_writes_one_file_per_project_that_imports_back(tmp_path, fmt, suffix):
    # innersource.json carries no tagline: the import takes the description's first sentence.
    tagline = "It does one thing well."
    ProjectFactory(slug="lantern", name="Lantern", tagline=tagline, tags={"topic": ["tracing"]})
    ProjectFactory(slug="old", name="Old", tagline=tagline, stage=Project.Stage.ARCHIVED)

    output, error = run("export_catalog", str(tmp_path), "--format", fmt)

    assert error is None
    assert f"Exported 2 projects to {tmp_path}." in output
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        f"lantern.{suffix}",
        f"old.{suffix}",
    ]
    output, error = run("import_catalog", str(tmp_path))
    assert error is None, output
    # Nothing changed, so nothing was recorded in the history.
    assert "Imported 2 projects" in output
    assert Project.objects.get(slug="lantern").changes.count() == 0


def test_the_innersource_export_is_the_innersource_format(tmp_path):
    ProjectFactory(slug="lantern", name="Lantern", extra={"innersource": {"owner_Id": "x@y.z"}})

    call_command("export_catalog", str(tmp_path), stdout=io.StringIO())

    data = json.loads((tmp_path / "lantern.innersource.json").read_text())
    assert data["title"] == "Lantern"
    assert data["owner_Id"] == "x@y.z"
