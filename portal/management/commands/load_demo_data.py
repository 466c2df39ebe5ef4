"""Fill an empty portal with a fictional company, for demos and a newcomer's first run.

The data itself lives in ``portal/demo_data.py``; this command only turns it into rows.
"""

import contextlib
import datetime
import time
from collections.abc import Iterator

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from onboarding.guides import SECTIONS, guide_template
from onboarding.models import Claim, ClaimUpdate, Guide, Journey, StarterIssue
from onboarding.repository_files import browse_url
from onboarding.services_guides import guide_save
from onboarding.services_journeys import (
    journey_block,
    journey_save_steps,
    journey_start,
    journey_tick,
)
from onboarding.services_starter_issues import (
    claim_complete,
    claim_issue,
    claim_post_progress,
    claim_release,
    starter_issue_save,
)
from portal import demo_data
from portal.models import Notification, Team, User
from portal.services import membership_add, membership_end, team_create
from projects.models import Project, ProjectChange, ProjectRole, Tag
from projects.services import project_refresh_search

TAG_KINDS = {
    "languages": Tag.Kind.LANGUAGE,
    "topics": Tag.Kind.TOPIC,
    "skills": Tag.Kind.SKILL,
    "contributions": Tag.Kind.CONTRIBUTION,
}
ROLES = {
    "maintainers": ProjectRole.Role.MAINTAINER,
    "trusted_committers": ProjectRole.Role.TRUSTED_COMMITTER,
    "champions": ProjectRole.Role.CHAMPION,
    "mentors": ProjectRole.Role.MENTOR,
}


class Command(BaseCommand):
    help = gettext_lazy(
        "Load a fictional organisation with its people and projects into an empty portal."
    )

    def handle(self, *args, **options) -> None:
        if User.objects.filter(email__iexact=demo_data.ADMIN_EMAIL).exists():
            self.stdout.write(_("The demo data is already loaded; nothing was changed."))
            self.write_logins()
            return
        # Demo people and projects mixed into a portal in real use would mislead its readers.
        if Project.objects.exists():
            self.stdout.write(
                _("The portal already has projects; demo data is loaded into an empty portal only.")
            )
            return

        started = time.monotonic()
        # All or nothing: a half-loaded demo would block the next attempt as "already loaded".
        with transaction.atomic():
            counts = load(now=timezone.now())
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Loaded %(teams)d teams, %(people)d people, %(projects)d projects and "
                    "%(roles)d project roles in %(seconds).1f s."
                )
                % {**counts, "seconds": seconds}
            )
        )
        self.stdout.write(
            _(
                "Onboarding: %(issues)d starter issues (%(open)d open) with %(claims)d claims, "
                "%(journeys)d journeys with %(runs)d runs, %(guides)d contributor guides."
            )
            % counts
        )
        self.write_logins()

    def write_logins(self) -> None:
        rows = [(_("Email"), _("Password"), _("What it shows"))]
        rows += [(email, demo_data.DEMO_PASSWORD, shows) for email, shows in demo_data.DEMO_LOGINS]
        email_width = max(len(email) for email, _password, _shows in rows)
        password_width = max(len(password) for _email, password, _shows in rows)
        self.stdout.write("")
        self.stdout.write(_("Demo sign-ins:"))
        for email, password, shows in rows:
            self.stdout.write(f"  {email:<{email_width}}  {password:<{password_width}}  {shows}")


def load(*, now: datetime.datetime) -> dict[str, int]:
    teams = load_teams(now=now)
    people = load_people(teams=teams, now=now)
    projects, roles = load_projects(teams=teams, people=people, now=now)
    onboarding = load_onboarding(people=people, now=now)
    return {
        "teams": len(teams),
        "people": len(people),
        "projects": projects,
        "roles": roles,
        **onboarding,
    }


def load_teams(*, now: datetime.datetime) -> dict[str, Team]:
    teams: dict[str, Team] = {}
    for entry in demo_data.TEAMS:
        team = team_create(
            name=entry["name"],
            slug=entry["slug"],
            parent=teams[entry["parent"]] if entry["parent"] else None,
            description=entry["description"],
        )
        # The service stamps today; the teams must be older than their oldest membership.
        team.created_at = now - datetime.timedelta(days=entry["created_days_ago"])
        team.save(update_fields=["created_at"])
        teams[team.slug] = team
    return teams


def membership_rows() -> list[tuple[str, str, str, int, int | None]]:
    """Every membership in the data: (username, team, role, since days ago, until days ago)."""
    rows = [
        (username, team, role, since, None)
        for team, members in demo_data.PEOPLE_BY_TEAM.items()
        for username, _first, _last, _zone, role, since in members
    ]
    rows += [
        (username, team, "member", since, None) for username, team, since in demo_data.SECOND_TEAMS
    ]
    rows += [
        (username, team, "member", since, until)
        for username, team, since, until in demo_data.PAST_MEMBERSHIPS
    ]
    return rows


def load_people(*, teams: dict[str, Team], now: datetime.datetime) -> dict[str, User]:
    """Create the demo people, ready to sign in, and place them in their teams.

    The admin account is created too but is not one of the people: it belongs to no team.
    """
    today = timezone.localdate(now)
    first_day: dict[str, int] = {}
    for username, _team, _role, since, _until in membership_rows():
        first_day[username] = max(first_day.get(username, 0), since)

    # Password hashing is slow on purpose (about half a second); one hash serves everyone.
    password = make_password(demo_data.DEMO_PASSWORD)
    users = [
        User(
            username=username,
            email=f"{username}@{demo_data.EMAIL_DOMAIN}",
            first_name=first_name,
            last_name=last_name,
            time_zone=time_zone,
            password=password,
            date_joined=now - datetime.timedelta(days=first_day[username]),
        )
        for members in demo_data.PEOPLE_BY_TEAM.values()
        for username, first_name, last_name, time_zone, _role, _since in members
    ]
    admin = User(**demo_data.ADMIN, password=password, is_staff=True, is_superuser=True)
    User.objects.bulk_create([*users, admin])

    # Fetched back because not every database hands out primary keys from bulk_create.
    created = User.objects.filter(username__in=[user.username for user in [*users, admin]])
    # Sign-in requires a verified address; the demo would otherwise stop at "check your inbox".
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in created
    )

    people = {user.username: user for user in created if user.username != admin.username}
    for username, team, role, since, until in membership_rows():
        membership = membership_add(
            user=people[username],
            team=teams[team],
            role=role,
            since=today - datetime.timedelta(days=since),
        )
        if until is not None:
            membership_end(membership=membership, until=today - datetime.timedelta(days=until))
    return people


def load_projects(
    *, teams: dict[str, Team], people: dict[str, User], now: datetime.datetime
) -> tuple[int, int]:
    """Create the demo projects with their tags and roles; return (projects, roles) counted."""
    team_starts = {
        (username, team): now - datetime.timedelta(days=since)
        for username, team, _role, since, until in membership_rows()
        if until is None
    }
    tags: dict[tuple[str, str], Tag] = {}

    def tag(kind: str, name: str) -> Tag:
        if (kind, name) not in tags:
            tags[kind, name], _created = Tag.objects.get_or_create(
                kind=kind, slug=slugify(name), defaults={"name": name}
            )
        return tags[kind, name]

    roles = []
    changes = []
    for entry in demo_data.PROJECTS:
        created_at = now - datetime.timedelta(days=entry["created_days_ago"])
        project = Project(
            name=entry["name"],
            slug=entry["slug"],
            tagline=entry["tagline"],
            description=entry["description"],
            kind=entry["kind"],
            stage=entry["stage"],
            owner_team=teams[entry["owner"]],
            license=entry.get("license", ""),
            warranty_days=entry.get("warranty_days"),
            packages=entry["packages"],
            activity_score=entry["activity_score"],
            # Adoption comes from the metrics jobs in a running portal; the demo derives a
            # plausible number from activity so that "most adopted" has something to sort.
            adopter_count=entry["activity_score"] // 110,
            last_activity_at=now - datetime.timedelta(days=entry["last_activity_days_ago"]),
            created_at=created_at,
            **entry["links"],
        )
        # Built directly rather than through project_create so that the demo can back-date
        # projects and roles; full_clean still catches a bad URL or an overlong tagline.
        project.full_clean()
        project.save()
        project.tags.set(
            [tag(kind, name) for key, kind in TAG_KINDS.items() for name in entry.get(key, [])]
        )

        # Maintainers start with the project, or when they joined its team if that was later;
        # other roles come once a project has found its feet, halfway to today.
        halfway = created_at + (now - created_at) / 2
        for key, role in ROLES.items():
            for username in entry.get(key, []):
                user = people[username]
                if role == ProjectRole.Role.MAINTAINER:
                    joined = team_starts.get((username, entry["owner"]), user.date_joined)
                    since = max(created_at, joined)
                else:
                    since = max(halfway, user.date_joined)
                roles.append(ProjectRole(project=project, user=user, role=role, since=since))
        changes.append(
            ProjectChange(
                project=project,
                actor=people[entry["maintainers"][0]] if entry.get("maintainers") else None,
                at=created_at,
                summary=f"Registered, owned by {teams[entry['owner']].name}",
            )
        )
    ProjectRole.objects.bulk_create(roles)
    ProjectChange.objects.bulk_create(changes)
    project_refresh_search(project_ids=[change.project_id for change in changes])
    return len(demo_data.PROJECTS), len(roles)


# Onboarding ----------------------------------------------------------------------------------
#
# Written through the onboarding services, so that the demo holds only what the portal itself
# could have produced. The services stamp "now"; the demo's history happened over the last two
# months, so their timestamps are moved back afterwards with plain UPDATEs.

# Notifications about events older than this are shown as already read.
NOTIFICATIONS_UNREAD_DAYS = 3


def load_onboarding(*, people: dict[str, User], now: datetime.datetime) -> dict[str, int]:
    projects = Project.objects.in_bulk(field_name="slug")
    issues, claims = load_starter_issues(projects=projects, people=people, now=now)
    journeys, runs = load_journeys(projects=projects, people=people, now=now)
    guides = load_guides(projects=projects, people=people, now=now)
    return {
        "issues": len(issues),
        "open": StarterIssue.objects.open().count(),
        "claims": claims,
        "journeys": journeys,
        "runs": runs,
        "guides": guides,
    }


@contextlib.contextmanager
def notifications_at(at: datetime.datetime, *, now: datetime.datetime) -> Iterator[None]:
    """Date the notifications a service sends inside the block to ``at``, when the event
    happened. They count as mailed already, so loading the demo sends no email about its
    made-up past; the older ones count as read."""
    before = Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    yield
    old = at < now - datetime.timedelta(days=NOTIFICATIONS_UNREAD_DAYS)
    Notification.objects.filter(pk__gt=before).update(
        created_at=at, emailed_at=at, read_at=at if old else None
    )


def tracker_issue_url(project: Project, number: int | None) -> str:
    """The issue's address on the project's tracker: GitLab's ``…/-/issues/12`` or Jira's
    ``…/browse/KEY-12``; empty when the project has no tracker."""
    tracker = project.issue_tracker_url.rstrip("/")
    if not tracker or number is None:
        return ""
    root, jira, key = tracker.partition("/projects/")
    if jira:
        return f"{root}/browse/{key}-{number}"
    return f"{tracker}/{number}"


def load_starter_issues(
    *, projects: dict[str, Project], people: dict[str, User], now: datetime.datetime
) -> tuple[dict[str, StarterIssue], int]:
    """The starter issues and the history of their claims; return (issues by key, claims)."""

    def ago(days: float) -> datetime.datetime:
        return now - datetime.timedelta(days=days)

    issues: dict[str, StarterIssue] = {}
    created: dict[str, datetime.datetime] = {}
    touched: dict[str, datetime.datetime] = {}
    for entry in demo_data.STARTER_ISSUES:
        project = projects[entry["project"]]
        issues[entry["key"]] = starter_issue_save(
            project=project,
            actor=None,
            title=entry["title"],
            body=entry["body"],
            external_url=tracker_issue_url(project, entry["number"]),
            skills=entry["skills"],
            effort_hours=entry["effort_hours"],
            mentor=people[entry["mentor"]],
            points=entry["points"],
        )
        created[entry["key"]] = touched[entry["key"]] = ago(entry["created_days_ago"])

    for entry in demo_data.CLAIMS:
        issue, user = issues[entry["issue"]], people[entry["user"]]
        claimed_at = last_activity_at = ago(entry["claimed_days_ago"])
        with notifications_at(claimed_at, now=now):
            claim = claim_issue(issue_id=issue.pk, user=user)
        for days, author, body, change_request_url in entry["updates"]:
            at = ago(days)
            with notifications_at(at, now=now):
                update = claim_post_progress(
                    claim=claim,
                    actor=people[author] if author else user,
                    body=body,
                    change_request_url=change_request_url,
                )
            ClaimUpdate.objects.filter(pk=update.pk).update(created_at=at)
            last_activity_at = at
        released_at = None
        if entry.get("outcome"):
            released_at = ago(entry["ended_days_ago"])
            with notifications_at(released_at, now=now):
                if entry["outcome"] == Claim.Outcome.DONE:
                    claim_complete(claim=claim, actor=issue.mentor)
                else:
                    claim_release(claim=claim, actor=user)
        Claim.objects.filter(pk=claim.pk).update(
            claimed_at=claimed_at, last_activity_at=last_activity_at, released_at=released_at
        )
        touched[entry["issue"]] = released_at or last_activity_at

    for key, issue in issues.items():
        StarterIssue.objects.filter(pk=issue.pk).update(
            created_at=created[key], updated_at=touched[key]
        )
    return issues, len(demo_data.CLAIMS)


def load_journeys(
    *, projects: dict[str, Project], people: dict[str, User], now: datetime.datetime
) -> tuple[int, int]:
    """The journeys and people's runs through them; return (journeys, runs)."""
    steps_of: dict[str, list] = {}
    journeys: dict[str, Journey] = {}
    for slug, entry in demo_data.JOURNEYS.items():
        journey = journey_save_steps(
            project=projects[slug],
            actor=people[entry["author"]],
            introduction=entry["introduction"],
            steps=[
                {
                    "title": step["title"],
                    "body": step["body"],
                    "expected_minutes": step["minutes"],
                    "is_hello_world": step.get("hello_world", False),
                }
                for step in entry["steps"]
            ],
            now=now - datetime.timedelta(days=entry["written_days_ago"]),
        )
        journeys[slug] = journey
        steps_of[slug] = list(journey.steps.order_by("position"))

    for slug, username, started_days_ago, ticks, block in demo_data.JOURNEY_RUNS:
        started_at = now - datetime.timedelta(days=started_days_ago)
        run = journey_start(journey=journeys[slug], user=people[username], now=started_at)
        for step, minutes in zip(steps_of[slug], ticks, strict=False):
            journey_tick(
                run=run, step=step, done=True, now=started_at + datetime.timedelta(minutes=minutes)
            )
        if block is not None:
            position, minutes, comment = block
            at = started_at + datetime.timedelta(minutes=minutes)
            with notifications_at(at, now=now):
                journey_block(run=run, step=steps_of[slug][position - 1], comment=comment, now=at)
    return len(journeys), len(demo_data.JOURNEY_RUNS)


def guide_from_template(
    *, project: Project, entry: dict, people: dict[str, User], project_entry: dict
) -> str:
    """A guide as a maintainer would write it from the portal's template: the template's
    sections with the prompts removed and the placeholders replaced by the project's details."""
    labels = {"maintainers": "maintainer", "trusted_committers": "trusted committer"}
    committers = [
        f"{people[username].display_name} ({label})"
        for key, label in labels.items()
        for username in project_entry.get(key, [])
    ]
    template = guide_template(
        project_name=project.name,
        chat_url=project.chat_url,
        issue_tracker_url=project.issue_tracker_url,
        forum_url=project.forum_url,
        trusted_committers=committers,
    )
    lines = template.splitlines()
    starts = [index for index, line in enumerate(lines) if line.startswith("## ")]
    # The template writes the sections in the standard order, one "## " heading each.
    if len(starts) != len(SECTIONS):
        raise RuntimeError("The guide template no longer has one heading per section.")
    out = "\n".join(lines[: starts[0]]).rstrip().splitlines()
    for section, start, end in zip(SECTIONS, starts, [*starts[1:], len(lines)], strict=True):
        if section.key in entry.get("omit", ()):
            continue
        if section.key in entry["sections"]:
            body = entry["sections"][section.key]
        else:
            body = "\n".join(line for line in lines[start + 1 : end] if not line.startswith("> "))
        if section.key in entry.get("add", {}):
            body = body.rstrip() + "\n" + entry["add"][section.key]
        out += ["", lines[start], "", body.strip()]
    return "\n".join(out) + "\n"


def load_guides(
    *, projects: dict[str, Project], people: dict[str, User], now: datetime.datetime
) -> int:
    """Contributor guides: written in the portal, and one synced from its repository."""
    project_entries = {entry["slug"]: entry for entry in demo_data.PROJECTS}
    for slug, entry in demo_data.GUIDES.items():
        project = projects[slug]
        synced = "source_path" in entry
        body = (
            entry["body"]
            if synced
            else guide_from_template(
                project=project, entry=entry, people=people, project_entry=project_entries[slug]
            )
        )
        guide = guide_save(project=project, actor=people[entry["author"]], body=body)
        changes = {"updated_at": now - datetime.timedelta(days=entry["updated_days_ago"])}
        if synced:
            # Set directly: guide_use_repository would fetch the file at once, and the demo's
            # repository host does not exist. The nightly sync records that later.
            changes |= {
                "source": Guide.Source.REPOSITORY,
                "source_path": entry["source_path"],
                "source_url": browse_url(project.repository_url, entry["source_path"]),
                "last_synced_at": now - datetime.timedelta(days=entry["synced_days_ago"]),
                "sync_error": "",
            }
        Guide.objects.filter(pk=guide.pk).update(**changes)
    return len(demo_data.GUIDES)
