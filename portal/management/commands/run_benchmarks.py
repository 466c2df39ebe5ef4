"""Time the busiest pages against a catalogue of realistic size; print a Markdown table.

Run through ``make bench``, which points the portal at a throwaway SQLite file, or with
DATABASE_URL at an empty PostgreSQL database. It refuses to fill a database that has projects.
"""

import random
import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.models import Team, User
from projects.models import Project, ProjectRole, Tag
from projects.services import project_refresh_search

WORDS = [
    "trace",
    "log",
    "metric",
    "deploy",
    "build",
    "cache",
    "queue",
    "search",
    "payment",
    "invoice",
    "ledger",
    "auth",
    "token",
    "schema",
    "event",
    "stream",
    "batch",
    "report",
    "chart",
    "alert",
    "secret",
    "vault",
    "config",
    "feature",
    "flag",
    "test",
    "mock",
    "contract",
    "gateway",
    "proxy",
    "router",
    "image",
    "asset",
    "upload",
    "render",
    "template",
    "mail",
    "notify",
]
LANGUAGES = ["Python", "Go", "Java", "TypeScript", "Kotlin", "Rust", "C#", "Scala", "Ruby"]


# Filler words for descriptions, so that each domain word appears in a realistic share of the
# projects (a few percent) instead of in nearly all of them.
SYLLABLES = ["ka", "lo", "mi", "ser", "tan", "vu", "dre", "pol", "nix", "quo", "bel", "rum"]
FILLER = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]


def _description() -> str:
    words = random.choices(FILLER, k=110) + random.sample(WORDS, 3)
    random.shuffle(words)
    return " ".join(words)


class Command(BaseCommand):
    help = "Fill an empty database with a large catalogue and time the catalogue pages."

    def add_arguments(self, parser):
        parser.add_argument("--projects", type=int, default=5000)
        parser.add_argument("--runs", type=int, default=15)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, projects: int, runs: int, seed: int, **options):
        if Project.objects.exists():
            raise CommandError("This database already has projects; run on an empty one.")
        random.seed(seed)
        started = time.perf_counter()
        self._fill(projects)
        if connection.vendor == "postgresql":
            # A production database has planner statistics; a freshly filled one has none yet.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        fill_seconds = time.perf_counter() - started
        slug = Project.objects.order_by("-activity_score").values_list("slug", flat=True)[0]
        pages = [
            ("catalogue, first page (24 cards)", "/projects/"),
            ("catalogue, 96 rows as a table", "/projects/?view=table&per_page=96"),
            ("catalogue, page 50", "/projects/?page=50"),
            ("search, two words", "/projects/?q=trace+cache"),
            ("search with a typo", "/projects/?q=ledgr"),
            ("search + 2 facets + sort", "/projects/?q=queue&language=go&stage=active&sort=name"),
            ("CSV export of a facet", "/projects/?language=python&format=csv"),
            ("project page", f"/projects/{slug}/"),
            ("API list, 25 projects", "/api/v1/projects/"),
            ("home page", "/"),
        ]
        client = Client()
        self.stdout.write(
            f"\n{projects} projects, {Team.objects.count()} teams, {Tag.objects.count()} tags, "
            f"database {connection.vendor}; filled in {fill_seconds:.1f} s; {runs} runs each.\n"
        )
        self.stdout.write("| page | URL | median ms | p90 ms | queries |")
        self.stdout.write("| --- | --- | ---: | ---: | ---: |")
        for label, url in pages:
            timings = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    begin = time.perf_counter()
                    response = client.get(url, HTTP_HOST="127.0.0.1")
                    if getattr(response, "streaming", False):
                        b"".join(response.streaming_content)
                    timings.append((time.perf_counter() - begin) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{url} answered {response.status_code}")
            timings.sort()
            p90 = timings[min(len(timings) - 1, int(len(timings) * 0.9))]
            self.stdout.write(
                f"| {label} | `{url}` | {statistics.median(timings):.1f} | {p90:.1f} | "
                f"{len(queries.captured_queries)} |"
            )

    @transaction.atomic
    def _fill(self, count: int) -> None:
        root = Team.objects.create(name="Bench Org", slug="bench-org")
        departments = [
            Team.objects.create(name=f"Department {i}", slug=f"department-{i}", parent=root)
            for i in range(5)
        ]
        teams = [
            Team.objects.create(
                name=f"Team {i}", slug=f"team-{i}", parent=departments[i % len(departments)]
            )
            for i in range(45)
        ]
        User.objects.bulk_create(
            User(username=f"bench{i}", email=f"bench{i}@bench.example") for i in range(200)
        )
        users = list(User.objects.filter(username__startswith="bench"))
        tags = {
            Tag.Kind.LANGUAGE: [Tag(kind="language", slug=n.lower(), name=n) for n in LANGUAGES],
            Tag.Kind.TOPIC: [Tag(kind="topic", slug=f"topic-{w}", name=w) for w in WORDS],
            Tag.Kind.SKILL: [
                Tag(kind="skill", slug=f"skill-{i}", name=f"skill {i}") for i in range(40)
            ],
            Tag.Kind.CONTRIBUTION: [
                Tag(kind="contribution", slug=w, name=w)
                for w in ["code", "docs", "tests", "design", "triage"]
            ],
        }
        for kind_tags in tags.values():
            Tag.objects.bulk_create(kind_tags)
        tags = {kind: list(Tag.objects.filter(kind=kind)) for kind in tags}
        rows = []
        for i in range(count):
            words = random.sample(WORDS, 4)
            rows.append(
                Project(
                    slug=f"bench-{i}",
                    name=f"{words[0].title()} {words[1]} {i}",
                    tagline=f"The {words[0]} {words[1]} toolkit for {words[2]} teams",
                    description=_description(),
                    kind=random.choice(Project.Kind.values),
                    stage=random.choice(Project.Stage.values),
                    owner_team=random.choice(teams),
                    activity_score=random.randint(0, 3000),
                    adopter_count=random.randint(0, 40),
                )
            )
        Project.objects.bulk_create(rows, batch_size=1000)
        projects = list(Project.objects.values_list("id", flat=True))
        through = Project.tags.through
        links, roles = [], []
        for project_id in projects:
            chosen = (
                random.sample(tags[Tag.Kind.LANGUAGE], 2)
                + random.sample(tags[Tag.Kind.TOPIC], 3)
                + random.sample(tags[Tag.Kind.SKILL], 2)
                + random.sample(tags[Tag.Kind.CONTRIBUTION], 2)
            )
            links.extend(through(project_id=project_id, tag_id=tag.id) for tag in chosen)
            roles.extend(
                ProjectRole(project_id=project_id, user=user, role="maintainer")
                for user in random.sample(users, 2)
            )
        through.objects.bulk_create(links, batch_size=5000)
        ProjectRole.objects.bulk_create(roles, batch_size=5000)
        project_refresh_search(project_ids=projects)
