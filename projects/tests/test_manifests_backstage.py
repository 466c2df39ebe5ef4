"""Backstage catalog-info.yaml: parsing, validation, planning and applying."""

import time

import pytest

from portal.models import Membership, Team, User
from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory
from projects.manifests import Source, apply_plan, build_plan
from projects.models import Project, Tag
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db


def backstage_sources(corpus, *names: str) -> list[Source]:
    root = corpus / "backstage"
    paths = []
    for name in names:
        path = root / name
        paths += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    return [
        Source(name=str(path.relative_to(root)), text=path.read_text(encoding="utf-8"))
        for path in paths
    ]


def plan_yaml(text: str, *, actor=None):
    return build_plan([Source(name="catalog-info.yaml", text=text)], actor=actor)


def entity(plan, label: str):
    return next(e for e in plan.entities if e.label == label)


def messages(entity) -> list[tuple]:
    return [(problem.line, problem.message) for problem in entity.problems]


def test_the_acme_organisation_becomes_a_team_tree_with_people(corpus):
    plan = build_plan(backstage_sources(corpus, "acme"), actor=None)

    result = apply_plan(plan, actor=None)

    assert len(result.teams) == 9
    team_a = Team.objects.get(slug="team-a")
    assert team_a.name == "team-a"  # no displayName in the file
    assert team_a.email == "team-a@example.com"
    assert team_a.description == "Team A"
    tree = [team_a.parent.slug, team_a.parent.parent.slug, team_a.parent.parent.parent.slug]
    assert tree == ["backstage", "infrastructure", "acme-corp"]
    assert Team.objects.get(slug="boxoffice").name == "Box Office"
    assert Team.objects.get(slug="team-e").name == "Team E With A Very Very Very Very Big Name Size"
    # 17 users, one of them a second "guest" from another namespace.
    assert len(result.people) == 16
    janelle = User.objects.get(username="janelle.dawe")
    assert (janelle.first_name, janelle.last_name, janelle.email) == (
        "Janelle",
        "Dawe",
        "janelle-dawe@example.com",
    )
    assert not janelle.has_usable_password()
    assert User.objects.get(username="breanna.davison").first_name == ""
    assert set(Membership.objects.filter(team=team_a).values_list("user__username", flat=True)) == {
        "breanna.davison",
        "janelle.dawe",
        "nigel.manning",
        "guest",
    }
    assert Membership.objects.filter(team__slug="team-d").count() == 2


def test_the_second_guest_in_another_namespace_is_a_problem_with_its_line(corpus):
    plan = build_plan(backstage_sources(corpus, "acme/team-a-group.yaml"), actor=None)

    guests = [e for e in plan.entities if e.label == "User guest"]
    assert [g.action for g in guests] == ["create", "skip"]
    assert guests[1].line == 64
    assert messages(guests[1]) == [
        (
            64,
            "The name “guest” (people's names are unique across namespaces in the portal) is "
            "already used by User guest (acme/team-a-group.yaml, line 51) in this import.",
        )
    ]
    # Its team's parent is not part of this import: the team goes to the top, with a note.
    team = entity(plan, "Group team-a")
    assert team.action == "create"
    assert (12, "The parent group “backstage” is neither in the portal nor in this import; "
            "the team is placed at the top of the tree.") in messages(team)  # fmt: skip


def test_it_rejects_the_invalid_backstage_component_with_a_clear_message(corpus):
    plan = build_plan(backstage_sources(corpus, "components/invalid-component.yaml"), actor=None)

    invalid = entity(plan, "Component invalid component")
    assert invalid.action == "skip"
    assert invalid.reason == "not imported because of the problems listed"
    assert messages(invalid) == [
        (
            4,
            "metadata.name “invalid component” is not a valid Backstage name: use at most 63 "
            "letters, digits, “-”, “_” and “.”, starting and ending with a letter or digit.",
        ),
        (
            11,
            "The tag “go 1.15.3” is not a valid Backstage tag: use lower-case letters, digits, "
            "“:”, “+” and “#”, joined by single hyphens, at most 63 characters (no spaces).",
        ),
        (15, "The owner must be a group (a team), but “user:guest” is a person."),
    ]
    assert plan.has_blocking_problems
    assert apply_plan(plan, actor=None).projects == []
    assert Project.objects.count() == 0


def test_an_owner_that_is_a_bare_user_name_is_refused(corpus):
    sources = backstage_sources(
        corpus, "acme/team-a-group.yaml", "components/playback-order-component.yaml"
    )

    plan = build_plan(sources, actor=None)

    playback = entity(plan, "Component playback-order")
    assert messages(playback) == [
        (12, "The owner must be a group (a team), but “guest” is a person.")
    ]


def test_an_owner_that_is_nowhere_is_named(corpus):
    plan = build_plan(
        backstage_sources(corpus, "components/playback-order-component.yaml"), actor=None
    )

    assert messages(plan.entities[0]) == [
        (12, "The owner group “guest” is neither in the portal nor in this import.")
    ]


def test_a_kind_qualified_user_owner_is_refused(corpus):
    UserFactory(username="guest")

    plan = build_plan(backstage_sources(corpus, "components/searcher-component.yaml"), actor=None)

    assert messages(plan.entities[0]) == [
        (11, "The owner must be a group (a team), but “user:guest” is a person.")
    ]


def test_a_namespace_qualified_owner_resolves_to_the_team(corpus):
    team = TeamFactory(slug="team-a")
    sources = backstage_sources(corpus, "components/different-namespace.yaml")
    assert not sources[0].text.endswith("\n")

    apply_plan(build_plan(sources, actor=None), actor=None)

    project = Project.objects.get(slug="different-namespace")
    assert project.owner_team == team
    assert project.extra == {"backstage": {"metadata": {"namespace": "alternative"}}}


def test_a_component_maps_type_lifecycle_tags_and_keeps_unclear_links(corpus):
    TeamFactory(slug="team-a")

    apply_plan(
        build_plan(
            backstage_sources(corpus, "components/artist-lookup-component.yaml"), actor=None
        ),
        actor=None,
    )

    project = Project.objects.get(slug="artist-lookup")
    assert project.name == "artist-lookup"
    assert (project.tagline, project.description) == ("Artist Lookup", "Artist Lookup")
    assert (project.kind, project.stage) == ("service", "incubating")
    assert sorted(tag.name for tag in project.topics) == ["data", "java"]
    # None of the seven links says clearly what it is: all kept, none lost.
    kept = project.extra["backstage"]
    assert [link["title"] for link in kept["metadata"]["links"]] == [
        "Examples Users",
        "Example Group",
        "Link with Cloud Icon",
        "Dashboard",
        "Support",
        "Website",
        "Alerts",
    ]
    assert kept["spec"] == {"system": "artist-engagement-portal"}
    assert project.repository_url == project.docs_url == ""


def test_a_github_link_becomes_the_repository_and_provided_apis_are_kept(corpus):
    TeamFactory(slug="team-c")

    apply_plan(
        build_plan(backstage_sources(corpus, "components/petstore-component.yaml"), actor=None),
        actor=None,
    )

    project = Project.objects.get(slug="petstore")
    assert project.repository_url == "https://github.com/swagger-api/swagger-petstore"
    assert project.extra["backstage"]["spec"] == {
        "providesApis": ["petstore", "streetlights", "hello-world"]
    }
    assert "links" not in project.extra["backstage"].get("metadata", {})


def test_a_website_becomes_a_tool_and_production_becomes_active(corpus):
    TeamFactory(slug="team-a")

    apply_plan(
        build_plan(backstage_sources(corpus, "components/www-artist-component.yaml"), actor=None),
        actor=None,
    )

    project = Project.objects.get(slug="www-artist")
    assert (project.kind, project.stage) == ("tool", "active")
    assert project.extra["backstage"]["spec"] == {
        "type": "website",
        "system": "artist-engagement-portal",
    }


def test_unmodelled_kinds_are_reported_not_dropped(corpus):
    plan = build_plan(
        backstage_sources(corpus, "systems/podcast-system.yaml", "apis/hello-world-api.yaml"),
        actor=None,
    )

    assert [(e.label, e.action, e.reason) for e in plan.entities] == [
        ("System podcast", "skip", "not imported: kind System is not modelled"),
        ("API hello-world", "skip", "not imported: kind API is not modelled"),
    ]
    assert not plan.has_blocking_problems


def test_location_targets_missing_from_the_import_are_reported(corpus):
    plan = build_plan(backstage_sources(corpus, "all-components.yaml", "components"), actor=None)

    location = entity(plan, "Location example-components")
    assert location.reason == "not imported: kind Location is not modelled"
    missing = [(p.line, p.message) for p in location.problems]
    assert len(missing) == 7
    assert missing[0] == (
        11,
        "The target ./components/podcast-api-component.yaml is not part of this import; add "
        "that file to import it.",
    )
    assert not any(p.blocking for p in location.problems)


def test_a_location_whose_targets_are_all_imported_is_quiet(corpus):
    plan = build_plan(backstage_sources(corpus, "acme"), actor=None)

    assert entity(plan, "Location example-groups").problems == []


def test_broken_yaml_is_reported_with_its_line():
    plan = plan_yaml("kind: Component\nmetadata:\n  name: x\n   bad: indentation\n")

    [problem] = plan.sources[0].problems
    assert problem.line == 4
    assert problem.message.startswith("Line 4, column 7: the YAML is not valid:")


def test_a_billion_laughs_yaml_is_refused_quickly():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefghij", "abcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    lines += ["k: &k [" + ",".join(["*j"] * 30) + "]"] * 2
    started = time.monotonic()

    plan = plan_yaml("\n".join(lines))

    assert time.monotonic() - started < 1
    [problem] = plan.sources[0].problems
    assert "uses more than 100 aliases" in problem.message
    assert "billion laughs" in problem.message


def test_a_few_aliases_that_multiply_are_refused():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefgh", "abcdefg", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")

    plan = plan_yaml("\n".join(lines))

    assert "aliases expand to more than 200000 values" in plan.sources[0].problems[0].message


def test_a_value_that_contains_itself_is_refused():
    plan = plan_yaml("kind: Component\nloop: &loop [*loop]\n")

    assert plan.sources[0].problems[0].message == (
        "Line 2: the YAML contains a value that contains itself."
    )


def test_deep_nesting_is_refused():
    plan = plan_yaml("a: " + "[" * 60 + "]" * 60)

    assert "nested deeper than 50 levels" in plan.sources[0].problems[0].message


def test_python_tags_are_refused_by_the_safe_loader():
    plan = plan_yaml('kind: Component\nmetadata: !!python/object/apply:os.system ["true"]\n')

    [problem] = plan.sources[0].problems
    assert problem.line == 2
    assert "could not determine a constructor" in problem.message


COMPONENT = """\
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: lantern
  title: Lantern
  description: Tracing for every service. It ships spans.
  links:
    - url: {url}
      title: Docs
spec:
  type: library
  lifecycle: production
  owner: group:platform
"""


def test_a_javascript_link_is_refused():
    TeamFactory(slug="platform")

    plan = plan_yaml(COMPONENT.format(url="javascript:alert(1)"))

    assert messages(plan.entities[0]) == [
        (
            8,
            "Link “Docs”: “javascript:alert(1)” is refused: only http and https links are "
            "accepted.",
        )
    ]


def test_a_docs_link_becomes_the_documentation_address():
    TeamFactory(slug="platform")

    apply_plan(plan_yaml(COMPONENT.format(url="https://docs.example.com/lantern")), actor=None)

    project = Project.objects.get(slug="lantern")
    assert (project.name, project.tagline) == ("Lantern", "Tracing for every service.")
    assert project.docs_url == "https://docs.example.com/lantern"
    assert (project.kind, project.stage) == ("library", "active")


def test_only_portal_admins_import_teams_and_people(corpus):
    membership = MembershipFactory(team__slug="team-a")
    sources = backstage_sources(
        corpus, "acme/team-b-group.yaml", "components/wayback-search-component.yaml"
    )

    plan = build_plan(sources, actor=membership.user)

    skipped = [e for e in plan.entities if e.kind in ("team", "person")]
    assert {e.reason for e in skipped} == {
        "skip: only portal administrators import teams and people"
    }
    assert entity(plan, "Component wayback-search").action == "create"
    result = apply_plan(plan, actor=membership.user)
    assert (len(result.projects), result.teams, result.people) == (1, [], [])
    assert not Team.objects.filter(slug="team-b").exists()


def test_a_component_owned_by_a_team_only_an_admin_could_create_is_explained(corpus):
    user = UserFactory()
    sources = backstage_sources(
        corpus, "acme/team-a-group.yaml", "components/www-artist-component.yaml"
    )

    plan = build_plan(sources, actor=user)

    assert messages(entity(plan, "Component www-artist")) == [
        (
            9,
            "The owner group “team-a” is not in the portal; only portal administrators can "
            "create teams through an import.",
        )
    ]


def test_an_update_keeps_a_finer_stage_of_the_same_lifecycle(corpus):
    team = TeamFactory(slug="team-a")
    project = ProjectFactory(slug="wayback-search", name="Wayback", owner_team=team, stage="mature")
    user = UserFactory()
    make_maintainer(project, user)

    plan = build_plan(
        backstage_sources(corpus, "components/wayback-search-component.yaml"), actor=user
    )
    assert plan.entities[0].action == "update"
    apply_plan(plan, actor=user)

    project.refresh_from_db()
    assert project.stage == "mature"
    assert project.name == "wayback-search"
    assert project.extra["backstage"]["spec"] == {
        "providesApis": ["wayback-search"],
        "consumesApis": ["wayback-archive"],
    }


def test_an_owner_change_in_the_file_is_noted_not_applied(corpus):
    TeamFactory(slug="team-a")
    project = ProjectFactory(slug="www-artist", name="WWW Artist")

    plan = build_plan(backstage_sources(corpus, "components/www-artist-component.yaml"), actor=None)
    apply_plan(plan, actor=None)

    note = plan.entities[0].problems[0]
    assert not note.blocking
    assert "hand it over from the project page" in note.message
    project.refresh_from_db()
    assert project.owner_team.slug != "team-a"


def test_people_already_in_the_portal_join_the_imported_teams(corpus):
    UserFactory(username="amelia.park", email="amelia-park@example.com")
    TeamFactory(slug="team-b", name="Team B")

    plan = build_plan(backstage_sources(corpus, "acme/team-b-group.yaml"), actor=None)

    assert entity(plan, "Group team-b").action == "skip"
    assert entity(plan, "User amelia.park").action == "update"
    result = apply_plan(plan, actor=None)
    assert len(result.people) == 5
    assert Membership.objects.filter(team__slug="team-b").count() == 5


def test_a_username_taken_by_someone_else_is_a_problem(corpus):
    UserFactory(username="amelia.park", email="someone.else@corp.example")

    plan = build_plan(backstage_sources(corpus, "acme/team-b-group.yaml"), actor=None)

    amelia = entity(plan, "User amelia.park")
    assert amelia.blocked
    assert (
        15,
        "The username “amelia.park” belongs to another person in the portal (with a "
        "different email address).",
    ) in messages(amelia)


def test_groups_that_name_each_other_as_parent_are_refused():
    text = "\n---\n".join(
        f"kind: Group\napiVersion: backstage.io/v1alpha1\nmetadata:\n  name: {name}\n"
        f"spec:\n  type: team\n  parent: {parent}\n  children: []"
        for name, parent in [("left", "right"), ("right", "left")]
    )

    plan = plan_yaml(text)

    assert all(e.blocked for e in plan.entities)
    assert "name each other as parent" in plan.entities[0].problems[0].message


def test_group_members_become_memberships():
    UserFactory(username="ada", email="ada@corp.example")
    text = (
        "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: compilers\n"
        "spec:\n  type: team\n  children: []\n  members: [ada, user:default/nobody]\n"
    )

    plan = plan_yaml(text)
    apply_plan(plan, actor=None)

    assert messages(plan.entities[0]) == [
        (8, "The member “user:default/nobody” is neither in the portal nor in this import; "
            "that membership is skipped.")
    ]  # fmt: skip
    assert Membership.objects.get().user.username == "ada"


def test_a_json_descriptor_is_read_as_backstage():
    TeamFactory(slug="platform")
    text = (
        '{"apiVersion": "backstage.io/v1alpha1", "kind": "Component", '
        '"metadata": {"name": "beacon", "description": "Signals."}, '
        '"spec": {"type": "service", "lifecycle": "deprecated", "owner": "platform"}}'
    )

    apply_plan(build_plan([Source(name="beacon.json", text=text)], actor=None), actor=None)

    assert Project.objects.get(slug="beacon").stage == "deprecated"


def test_portal_annotations_carry_what_backstage_has_no_field_for():
    TeamFactory(slug="platform")
    text = COMPONENT.format(url="https://docs.example.com/lantern").replace(
        "  links:",
        "  annotations:\n"
        "    innersource.portal/stage: mature\n"
        "    innersource.portal/tagline: Follow a request through every service\n"
        "    innersource.portal/languages: Go, Rust\n"
        "    backstage.io/techdocs-ref: dir:.\n"
        "  links:",
    )

    apply_plan(plan_yaml(text), actor=None)

    project = Project.objects.get(slug="lantern")
    assert project.stage == "mature"
    assert project.tagline == "Follow a request through every service"
    assert sorted(t.name for t in project.tags.filter(kind=Tag.Kind.LANGUAGE)) == ["Go", "Rust"]
    assert project.extra["backstage"]["metadata"]["annotations"] == {
        "backstage.io/techdocs-ref": "dir:."
    }


def test_a_document_that_is_not_a_mapping_is_reported():
    plan = plan_yaml("- just\n- a list\n")

    assert plan.entities[0].problems[0].message.startswith("This document is a list, not a")


def test_an_empty_file_is_noted():
    plan = plan_yaml("# only a comment\n---\n")

    assert [(p.message, p.blocking) for p in plan.sources[0].problems] == [
        ("There is nothing to import in this file.", False)
    ]


def test_yaml_dates_and_odd_numbers_are_kept_as_json():
    TeamFactory(slug="platform")
    text = COMPONENT.format(url="https://docs.example.com/lantern").replace(
        "  owner: group:platform", "  owner: group:platform\n  since: 2021-06-26\n  ratio: .nan"
    )

    apply_plan(plan_yaml(text), actor=None)

    spec = Project.objects.get(slug="lantern").extra["backstage"]["spec"]
    assert spec == {"since": "2021-06-26", "ratio": "nan"}
