"""Fill an empty portal with a fictional company, for demos and a newcomer's first run.

The data itself lives in ``portal/demo_data.py``; this command only turns it into rows.
"""

import datetime
import time

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal import demo_data
from portal.models import Team, User
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
    return {"teams": len(teams), "people": len(people), "projects": projects, "roles": roles}


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
