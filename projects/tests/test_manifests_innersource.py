"""innersource.json and repos.json crawl listings: parsing, planning and applying."""

import json

import pytest

from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory
from projects.manifests import Source, apply_plan, build_plan
from projects.models import Project, Tag
from projects.tests.factories import ProjectFactory, make_maintainer

pytestmark = pytest.mark.django_db

INNERSOURCE_FILES = [
    "HCL-TECH-SOFTWARE__domino-jnx__innersource.json",
    "SAP__crossplane-provider-cloudfoundry__innersource.json",
    "aws-samples__codecommit-crawler-innersource__innersource.json",
    "axeluhl__sailing-analytics__innersource.json",
    "moochee__moochee__innersource.json",
    "salesforce__sa11y__innersource.json",
]


def corpus_source(corpus, name: str) -> Source:
    return Source(name=name, text=(corpus / "innersource" / name).read_text(encoding="utf-8"))


def plan_text(text: str, *, owner_team=None, actor=None, name: str = "innersource.json"):
    return build_plan([Source(name=name, text=text)], actor=actor, owner_team=owner_team)


def tag_names(project: Project, kind: str) -> list[str]:
    return sorted(tag.name for tag in project.tags.filter(kind=kind))


def problems(plan) -> list[tuple]:
    return [
        (problem.line, problem.message) for entity in plan.entities for problem in entity.problems
    ] + [(problem.line, problem.message) for source in plan.sources for problem in source.problems]


@pytest.mark.parametrize("name", INNERSOURCE_FILES)
def test_every_corpus_innersource_json_becomes_one_project(corpus, name):
    team = TeamFactory()
    plan = build_plan([corpus_source(corpus, name)], actor=None, owner_team=team)

    assert [entity.action for entity in plan.entities] == ["create"]
    assert not plan.has_blocking_problems, problems(plan)

    result = apply_plan(plan, actor=None)
    project = Project.objects.get()
    assert result.projects == [project]
    assert project.owner_team == team
    assert project.tagline


def test_it_maps_every_standard_field_of_the_complete_sample(corpus):
    team = TeamFactory()
    source = corpus_source(corpus, "aws-samples__codecommit-crawler-innersource__innersource.json")

    apply_plan(build_plan([source], actor=None, owner_team=team), actor=None)

    project = Project.objects.get(slug="gold")
    assert project.name == "Gold"
    assert project.description.startswith("Gold is a chemical element")
    assert project.tagline == (
        "Gold is a chemical element with the symbol Au and atomic number 79, making it one of "
        "the higher atomic number elements that occur naturally."
    )
    assert tag_names(project, Tag.Kind.CONTRIBUTION) == [
        "Bugfixes",
        "Documentation",
        "Features",
        "Infrastructure",
    ]
    assert tag_names(project, Tag.Kind.SKILL) == ["C++", "Java", "Node.js"]
    assert tag_names(project, Tag.Kind.LANGUAGE) == ["Node.js"]
    assert tag_names(project, Tag.Kind.TOPIC) == ["Java", "Mineral", "Nobel Metals"]
    assert project.docs_url == "https://acmecorp.com/projects/au/docs"
    assert project.license == "Apache"
    # The logo is kept as text, not fetched.
    assert project.extra == {
        "innersource": {
            "logo": "https://upload.wikimedia.org/wikipedia/commons/1/10/Au_gold_symbol.svg"
        }
    }


def test_it_splits_a_comma_separated_language_and_keeps_the_placeholder_logo(corpus):
    source = corpus_source(corpus, "axeluhl__sailing-analytics__innersource.json")

    apply_plan(build_plan([source], actor=None, owner_team=TeamFactory()), actor=None)

    project = Project.objects.get(slug="sap-sailing-analytics")
    assert tag_names(project, Tag.Kind.LANGUAGE) == ["Java", "ReactNative"]
    assert project.extra["innersource"]["logo"] == "path/to/your/project-logo.png (optional)"
    assert len(project.contribution_types) == 7


SA11Y = "salesforce__sa11y__innersource.json"


def test_it_reads_the_salesforce_schema_and_keeps_every_unknown_field(corpus):
    source = corpus_source(corpus, "salesforce__sa11y__innersource.json")

    apply_plan(build_plan([source], actor=None, owner_team=TeamFactory()), actor=None)

    project = Project.objects.get(slug="sa11y")
    assert project.name == "@sa11y"
    assert project.description.startswith("Salesforce Accessibility Automated Testing Libraries —")
    kept = project.extra["innersource"]
    assert kept["participating"] is True
    assert kept["governance_level"] == "contributions_welcome"
    assert kept["trusted_committers"][0]["github"] == "NavatejAlagam"
    # The placeholder text in the file's channel is kept verbatim, like everything else.
    original = json.loads(
        (corpus / "innersource" / "salesforce__sa11y__innersource.json").read_text()
    )
    assert kept["communication"] == original["communication"]
    assert kept["communication"]["issues"] == "https://github.com/salesforce/sa11y/issues"


def test_it_keeps_the_non_standard_keys_of_the_hcl_file(corpus):
    source = corpus_source(corpus, "HCL-TECH-SOFTWARE__domino-jnx__innersource.json")

    apply_plan(build_plan([source], actor=None, owner_team=TeamFactory()), actor=None)

    project = Project.objects.get(slug="dominojnx")
    assert project.extra["innersource"] == {
        "project_logo": "https://github.com/HCL-TECH-SOFTWARE/domino-jnx/logo.png",
        "owner_Id": "jason.gary@hcl-software.com",
    }
    assert project.docs_url == "https://opensource.hcltechsw.com/domino-jnx/"


def test_a_minimal_file_without_a_final_newline_imports(corpus):
    source = corpus_source(corpus, "moochee__moochee__innersource.json")
    assert not source.text.endswith("\n")

    apply_plan(build_plan([source], actor=None, owner_team=TeamFactory()), actor=None)

    project = Project.objects.get(slug="gorilla")
    assert project.tagline == "Run fun quizzes to juice up trainings and workshops."
    assert project.docs_url == ""
    assert project.extra == {}


def test_it_imports_the_sap_crawl_listing_entry_by_entry(corpus):
    source = Source(name="repos.json", text=(corpus / "innersource" / "repos.json").read_text())

    plan = build_plan([source], actor=None, owner_team=TeamFactory())

    assert plan.sources[0].format == "crawl"
    assert len(plan.entities) == 42
    # Crawled topics hold nulls where the language was unknown: left out, with a note.
    notes = [p for e in plan.entities for p in e.problems if "null" in p.message]
    assert notes and not any(p.blocking for p in notes)
    assert not plan.has_blocking_problems, problems(plan)

    apply_plan(plan, actor=None)

    assert Project.objects.count() == 42
    mars = Project.objects.get(slug="mars")
    assert mars.repository_url == "https://github.instance/Mars/mars"
    assert mars.tagline.startswith("Mars can easily be seen")
    assert "Groovy" in tag_names(mars, Tag.Kind.LANGUAGE)
    assert len(mars.extra["innersource"]["participation"]) == 52
    assert mars.extra["crawl"]["stargazers_count"] == 56
    venus = Project.objects.get(slug="venus")
    assert venus.extra["innersource"]["guidelines"] == "CONTRIBUTING.md"
    assert venus.extra["crawl"]["name"] == "ve_nus"
    assert Project.objects.get(slug="jupiter-io").name == "Jupiter/io"


def test_it_imports_the_codecommit_crawl_listing_with_odd_values(corpus):
    name = "aws-samples__codecommit-crawler-innersource__repos_sample.json"

    apply_plan(
        build_plan([corpus_source(corpus, name)], actor=None, owner_team=TeamFactory()),
        actor=None,
    )

    bare = Project.objects.get(slug="repowithoutinnersourcejson")
    assert bare.tagline == "sdsdsd"
    assert bare.extra["crawl"]["stargazers_count"] == ""
    assert bare.extra["crawl"]["created_at"] == "2021-06-26 14:29:18.092000+05:30"
    gold = Project.objects.get(slug="gold")
    assert gold.repository_url == "https://git-codecommit.us-east-1.amazonaws.com/v1/repos/Gold"
    assert gold.extra["innersource"]["score"] == 1210


def test_broken_json_is_one_problem_with_its_line_and_column():
    plan = plan_text('{\n  "title": "Broken",\n  "skills": ["Go" "Rust"]\n}\n')

    assert plan.entities == []
    [problem] = plan.sources[0].problems
    assert problem.line == 3
    assert problem.message.startswith(
        "Line 3, column 19: the JSON is not valid: Expecting ',' delimiter"
    )


def test_a_javascript_docs_url_is_refused():
    plan = plan_text(
        json.dumps({"title": "Trap", "motivation": "Hi.", "docs": "javascript:alert(1)"}, indent=1),
        owner_team=TeamFactory(),
    )

    [entity] = plan.entities
    assert entity.blocked
    assert (
        4,
        "docs: “javascript:alert(1)” is refused: only http and https links are accepted",
    ) in [(p.line, p.message) for p in entity.problems]
    assert plan.applicable == []


def test_a_script_in_the_motivation_is_stored_as_text():
    motivation = "<script>alert('x')</script> A helpful library."

    apply_plan(
        plan_text(
            json.dumps({"title": "Scripted", "motivation": motivation}), owner_team=TeamFactory()
        ),
        actor=None,
    )

    assert Project.objects.get(slug="scripted").description == motivation


def test_nan_and_infinity_are_not_json():
    plan = plan_text('{"title": "Odd", "score": NaN}')

    assert plan.sources[0].problems[0].message == "The JSON is not valid: NaN is not a JSON value."


def test_deeply_nested_json_is_refused():
    plan = plan_text('{"title": "Deep", "x": ' + "[" * 60 + "]" * 60 + "}")

    assert "nested deeper than 50 levels" in plan.sources[0].problems[0].message


def test_input_over_one_megabyte_is_refused_with_its_size():
    text = json.dumps({"title": "Big", "motivation": "x" * int(3.2 * 1024 * 1024)})

    plan = plan_text(text)

    assert [p.message for p in plan.sources[0].problems] == [
        "The file is 3.2 MB; the limit is 1 MB."
    ]


def test_more_than_500_entries_are_refused():
    plan = plan_text(json.dumps([{"name": f"repo-{n}"} for n in range(501)]))

    assert plan.entities == []
    assert plan.sources[0].problems[0].message == (
        "The file holds 501 entities; the limit is 500. Split it up."
    )


def test_it_asks_for_the_owner_team_which_innersource_json_does_not_name():
    plan = plan_text(json.dumps({"title": "Orphan", "motivation": "Nobody owns it."}))

    [entity] = plan.entities
    assert [p.message for p in entity.problems] == [
        "Choose the team that owns this project: an innersource.json names no owner."
    ]


def test_a_person_cannot_import_for_a_team_they_are_not_in():
    member = MembershipFactory().user
    other_team = TeamFactory(slug="other-team")

    plan = plan_text(
        json.dumps({"title": "Sneaky", "motivation": "Not mine."}),
        actor=member,
        owner_team=other_team,
    )

    [entity] = plan.entities
    assert entity.blocked
    assert entity.problems[0].message == (
        "You can register projects only for a team you belong to; you are not in other-team."
    )


def test_a_member_imports_for_their_team_and_becomes_maintainer():
    membership = MembershipFactory()

    result = apply_plan(
        plan_text(
            json.dumps({"title": "Mine", "motivation": "Ours."}),
            actor=membership.user,
            owner_team=membership.team,
        ),
        actor=membership.user,
    )

    project = result.first_project
    assert project.owner_team == membership.team
    assert list(project.roles.values_list("user", "role")) == [(membership.user.pk, "maintainer")]


def test_a_maintainer_updates_their_project_and_keeps_fields_of_other_formats(corpus):
    user = UserFactory()
    project = ProjectFactory(
        name="Gorilla",
        slug="gorilla",
        description="Old words.",
        docs_url="https://docs.example.com/gorilla",
        extra={"backstage": {"spec": {"system": "quiz"}}},
    )
    make_maintainer(project, user)

    plan = build_plan(
        [corpus_source(corpus, "moochee__moochee__innersource.json")], actor=user, owner_team=None
    )
    assert [entity.action for entity in plan.entities] == ["update"]
    apply_plan(plan, actor=user)

    project.refresh_from_db()
    assert project.description == "Run fun quizzes to juice up trainings and workshops."
    # Not in the manifest, so not touched.
    assert project.docs_url == "https://docs.example.com/gorilla"
    assert project.extra == {"backstage": {"spec": {"system": "quiz"}}}
    assert tag_names(project, Tag.Kind.SKILL) == ["node.js"]
    assert project.changes.first().actor == user


def test_someone_who_is_not_a_maintainer_cannot_update_a_project(corpus):
    ProjectFactory(name="Gorilla", slug="gorilla")
    outsider = MembershipFactory().user

    plan = build_plan([corpus_source(corpus, "moochee__moochee__innersource.json")], actor=outsider)

    [entity] = plan.entities
    assert entity.action == "skip"
    assert entity.problems[0].message == (
        "You are not a maintainer of Gorilla, so the import cannot change it."
    )


def test_a_name_taken_by_another_project_is_a_problem():
    ProjectFactory(name="Gold", slug="something-else")

    plan = plan_text(
        json.dumps({"title": "Gold", "motivation": "Shiny."}), owner_team=TeamFactory()
    )

    assert plan.entities[0].problems[0].message == (
        "A project named “Gold” is already in the portal (something-else)."
    )


def test_the_same_project_twice_in_one_import_is_a_problem_for_the_second(corpus):
    names = [
        "aws-samples__codecommit-crawler-innersource__innersource.json",
        "aws-samples__codecommit-crawler-innersource__repos_sample.json",
    ]

    plan = build_plan(
        [corpus_source(corpus, name) for name in names], actor=None, owner_team=TeamFactory()
    )

    gold_in_listing = plan.sources[1].entities[0]
    assert gold_in_listing.blocked
    assert gold_in_listing.problems[0].message.startswith("The slug “gold” is already used by")
    assert [e.action for e in plan.entities] == ["create", "skip", "create"]


def test_wrong_value_types_are_named():
    plan = plan_text(
        json.dumps({"title": "Typed", "motivation": "x.", "skills": {"a": 1}, "license": 3}),
        owner_team=TeamFactory(),
    )

    messages = [p.message for p in plan.entities[0].problems]
    assert "skills: expected a list of names, not a mapping" in messages
    assert "license must be text, not a number." in messages


def test_a_file_that_is_not_an_object_is_refused():
    plan = plan_text('"just text"')

    assert (
        plan.sources[0]
        .problems[0]
        .message.startswith("An innersource.json holds one object with title, motivation")
    )


def test_planning_a_whole_crawl_listing_takes_a_few_queries_not_one_per_entry(
    corpus, django_assert_max_num_queries
):
    source = Source(name="repos.json", text=(corpus / "innersource" / "repos.json").read_text())
    team, member = TeamFactory(), UserFactory()
    MembershipFactory(user=member, team=team)

    # Teams, team names, people by name and email, memberships, projects, project names, and
    # for someone who is not an admin the projects they maintain and the teams they are in.
    with django_assert_max_num_queries(9):
        plan = build_plan([source], actor=member, owner_team=team)

    assert len(plan.entities) == 42


def test_a_byte_order_mark_is_ignored():
    plan = plan_text("\ufeff" + json.dumps({"title": "Marked", "motivation": "Hi."}))

    assert plan.entities[0].values["name"] == "Marked"
