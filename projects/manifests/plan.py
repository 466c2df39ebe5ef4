"""Planning an import (what would be created, updated or skipped, and why) and applying it.

``build_plan`` only reads: it parses every source, then resolves the entities against the portal
with a handful of queries for the whole import (never one per entity). ``apply_plan`` writes the
entities without blocking problems through the services, in one transaction: all or nothing.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.db.models.functions import Lower
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.models import Membership, Team, User
from portal.services import membership_add, team_create, team_set_parent
from projects.manifests import backstage, innersource
from projects.manifests.base import (
    MAX_ENTITIES,
    Action,
    Entity,
    InputRefused,
    Kind,
    ParsedSource,
    Problem,
    jsonable,
    load_json,
    size_problem,
    slug_from,
)
from projects.models import LINK_FIELDS, Project, ProjectRole, Tag
from projects.permissions import is_portal_admin, registrable_teams
from projects.services import project_create, project_update

FORMAT_AUTO = "auto"
# The keys of Project.extra that each format owns: an update replaces its own, keeps others.
EXTRA_KEYS = {
    innersource.FORMAT: ("innersource",),
    innersource.CRAWL_FORMAT: ("innersource", "crawl"),
    backstage.FORMAT: ("backstage",),
}


@dataclass(frozen=True)
class Source:
    """A file's (or a pasted text's) name and content."""

    name: str
    text: str


@dataclass
class Plan:
    """What an import would do: per source, its entities and file-level problems."""

    sources: list[ParsedSource]

    @property
    def entities(self) -> list[Entity]:
        return [entity for source in self.sources for entity in source.entities]

    @property
    def applicable(self) -> list[Entity]:
        return [entity for entity in self.entities if entity.applies]

    @property
    def has_blocking_problems(self) -> bool:
        return any(
            problem.blocking for source in self.sources for problem in source.problems
        ) or any(entity.blocked for entity in self.entities)

    def count(self, action: str) -> int:
        return sum(1 for entity in self.entities if entity.action == action)

    @property
    def problem_count(self) -> int:
        return sum(len(source.problems) for source in self.sources) + sum(
            len(entity.problems) for entity in self.entities
        )


@dataclass
class ImportResult:
    """What ``apply_plan`` wrote."""

    projects: list[Project] = field(default_factory=list)
    teams: list[Team] = field(default_factory=list)
    people: list[User] = field(default_factory=list)
    memberships: int = 0

    @property
    def first_project(self) -> Project | None:
        return self.projects[0] if self.projects else None

    def message(self) -> str:
        """ "Imported 2 projects, 1 team, 5 people." for the success message and the command."""
        return _("Imported %(projects)s, %(teams)s, %(people)s.") % {
            "projects": ngettext("%(count)d project", "%(count)d projects", len(self.projects))
            % {"count": len(self.projects)},
            "teams": ngettext("%(count)d team", "%(count)d teams", len(self.teams))
            % {"count": len(self.teams)},
            "people": ngettext("%(count)d person", "%(count)d people", len(self.people))
            % {"count": len(self.people)},
        }


class ImportFailed(Exception):
    """A write failed while applying; the transaction was rolled back and nothing is saved."""

    def __init__(self, entity: Entity | None, message: str) -> None:
        if entity is not None:
            message = _("%(entity)s (%(source)s, line %(line)s): %(message)s") % {
                "entity": entity.label,
                "source": entity.source,
                "line": entity.line or "?",
                "message": message,
            }
        super().__init__(message)
        self.message = message


# Parsing ---------------------------------------------------------------------------------------


def looks_like_json(source: Source) -> bool:
    name = source.name.lower()
    if name.endswith(".json"):
        return True
    if name.endswith((".yaml", ".yml")):
        return False
    return source.text.lstrip()[:1] in ("{", "[")


def parse_source(source: Source, fmt: str = FORMAT_AUTO) -> ParsedSource:
    """Parse one source in the given format ("auto" decides by file name, then content)."""
    problem = size_problem(len(source.text.encode("utf-8")))
    if problem:
        return ParsedSource(name=source.name, format=fmt, problems=[Problem(None, problem)])
    # A byte-order mark is invisible in an editor, and JSON parsers refuse it.
    source = Source(name=source.name, text=source.text.removeprefix("\ufeff"))
    if fmt == innersource.FORMAT or (fmt == FORMAT_AUTO and looks_like_json(source)):
        try:
            data, lines = load_json(source.text)
        except InputRefused as exc:
            return ParsedSource(
                name=source.name,
                format=innersource.FORMAT,
                problems=[Problem(exc.line, exc.message)],
            )
        if isinstance(data, dict) and "apiVersion" in data and "kind" in data:
            # Backstage reads JSON descriptors too.
            parsed = ParsedSource(name=source.name, format=backstage.FORMAT)
            parsed.entities.append(backstage.entity_from_document(data, lines, source=source.name))
        else:
            parsed = innersource.parse_data(data, lines, source.name)
    else:
        parsed = backstage.parse(source.text, source.name)
    if len(parsed.entities) > MAX_ENTITIES:
        parsed.problems.append(
            Problem(
                None,
                _("The file holds %(count)d entities; the limit is %(limit)d. Split it up.")
                % {"count": len(parsed.entities), "limit": MAX_ENTITIES},
            )
        )
        parsed.entities = []
    if not parsed.entities and not parsed.problems:
        parsed.problems.append(
            Problem(None, _("There is nothing to import in this file."), blocking=False)
        )
    for entity in parsed.entities:
        entity.format = parsed.format
        # YAML dates, sets and NaN are not JSON: Project.extra could not store them.
        entity.extra = jsonable(entity.extra)
    return parsed


def build_plan(
    sources: Sequence[Source],
    *,
    actor: User | None,
    owner_team: Team | None = None,
    fmt: str = FORMAT_AUTO,
) -> Plan:
    """Decide what importing ``sources`` would do, entity by entity, without writing anything.

    ``actor`` None is an operator's command-line import: every team may own projects and teams
    and people may be created. ``owner_team`` owns the projects of innersource.json files and
    crawl listings, which name no owner.
    """
    plan = Plan(sources=[parse_source(source, fmt) for source in sources])
    _Planner(plan, actor=actor, owner_team=owner_team).run()
    return plan


# Planning --------------------------------------------------------------------------------------


class _Planner:
    """Resolves one plan's entities against the portal and against each other."""

    def __init__(self, plan: Plan, *, actor: User | None, owner_team: Team | None) -> None:
        self.plan = plan
        self.actor = actor
        self.admin = actor is None or is_portal_admin(actor)
        self.owner_team = owner_team
        entities = plan.entities
        self.projects = [e for e in entities if e.kind == Kind.PROJECT]
        self.teams = [e for e in entities if e.kind == Kind.TEAM]
        self.people = [e for e in entities if e.kind == Kind.PERSON]
        self.others = [e for e in entities if e.kind == Kind.OTHER]

    def run(self) -> None:
        self._check_locations()
        if not self.admin:
            for entity in self.teams + self.people:
                entity.action = Action.SKIP
                entity.reason = _("skip: only portal administrators import teams and people")
        self._dedupe(self.projects, lambda e: e.key, _("the slug “%(key)s”"))
        self._dedupe(self.projects, lambda e: e.values.get("name", ""), _("the name “%(key)s”"))
        self._dedupe(self.teams, lambda e: e.key, _("the group “%(key)s”"))
        self._dedupe(self.teams, lambda e: e.values.get("name", ""), _("the team name “%(key)s”"))
        self._dedupe(
            self.people,
            lambda e: e.key,
            _("the name “%(key)s” (people's names are unique across namespaces in the portal)"),
        )
        self._dedupe(
            self.people, lambda e: e.values.get("email", "").lower(), _("the email “%(key)s”")
        )
        self._load()
        self.imported_teams = {e.key: e for e in self.teams}
        for entity in self.teams:
            self._plan_team(entity)
        self._check_team_cycles()
        self.available_teams = set(self.db_teams) | {e.key for e in self.teams if e.applies}
        for entity in self.teams:
            self._plan_parent(entity)
        members = self._group_members()
        for entity in self.people:
            self._plan_person(entity, members.get(entity.key, []))
        for entity in self.projects:
            self._plan_project(entity)
        for entity in self.plan.entities:
            if entity.blocked and entity.action != Action.SKIP:
                entity.action = Action.SKIP
                entity.reason = _("not imported because of the problems listed")
            entity.summary = _summary(entity)

    # Checks within the import ---------------------------------------------------------------

    def _dedupe(self, entities: list[Entity], key: Callable[[Entity], str], what: str) -> None:
        first: dict[str, Entity] = {}
        for entity in entities:
            value = key(entity)
            if not value or entity.action == Action.SKIP or entity.blocked:
                continue
            if value in first:
                earlier = first[value]
                entity.problem(
                    entity.line,
                    _(
                        "%(what)s is already used by %(entity)s (%(source)s, line %(line)s) in "
                        "this import."
                    )
                    % {
                        "what": capfirst(what % {"key": value}),
                        "entity": earlier.label,
                        "source": earlier.source,
                        "line": earlier.line or "?",
                    },
                )
            else:
                first[value] = entity

    def _check_locations(self) -> None:
        """A Location's targets that are not files of this import are reported (not fetched)."""
        names = {posixpath.normpath(source.name) for source in self.plan.sources}
        # Browsers send bare file names, so an upload is matched by name alone.
        bare_names = {name for name in names if "/" not in name}
        for entity in self.others:
            for target, line in entity.refs.get("targets", []):
                path = backstage.location_target_path(entity.source, target)
                if path is None:
                    entity.problem(
                        line,
                        _("The target %(target)s is remote; the portal does not fetch it.")
                        % {"target": target},
                        blocking=False,
                    )
                elif path not in names and posixpath.basename(path) not in bare_names:
                    entity.problem(
                        line,
                        _(
                            "The target %(target)s is not part of this import; add that file to "
                            "import it."
                        )
                        % {"target": target},
                        blocking=False,
                    )

    def _check_team_cycles(self) -> None:
        parents = {
            e.key: slug_from(backstage.parse_ref(e.refs["parent"][0])[2])
            for e in self.teams
            if e.applies and "parent" in e.refs
        }
        for entity in self.teams:
            chain, current = [entity.key], parents.get(entity.key)
            while current and current not in chain and len(chain) <= len(parents):
                chain.append(current)
                current = parents.get(current)
            if current == entity.key:
                entity.problem(
                    entity.refs["parent"][1],
                    _(
                        "The groups %(chain)s name each other as parent; a team cannot sit below "
                        "itself."
                    )
                    % {"chain": " → ".join([*chain, entity.key])},
                )

    # The portal's side, read in bulk --------------------------------------------------------

    def _load(self) -> None:
        team_slugs = {e.key for e in self.teams}
        usernames = {e.key for e in self.people}
        for entity in self.teams + self.people + self.projects:
            refs = [entity.refs[name] for name in ("owner", "parent") if name in entity.refs]
            refs += entity.refs.get("member_of", [])
            for ref, _line in refs:
                name = backstage.parse_ref(ref)[2]
                team_slugs.add(slug_from(name))
                usernames.add(name)
            usernames.update(
                backstage.parse_ref(ref)[2] for ref, _line in entity.refs.get("members", [])
            )
        if self.owner_team is not None:
            team_slugs.add(self.owner_team.slug)
        self.db_teams: dict[str, Team] = {
            team.slug: team for team in Team.objects.filter(slug__in=team_slugs)
        }
        self.db_team_names: dict[str, str] = dict(
            Team.objects.filter(
                name__in=[e.values.get("name") for e in self.teams if e.values.get("name")]
            ).values_list("name", "slug")
        )
        self.db_users: dict[str, User] = {
            user.username: user for user in User.objects.filter(username__in=usernames)
        }
        emails = {e.values.get("email", "").lower() for e in self.people} - {""}
        self.db_users_by_email: dict[str, User] = {
            user.email.lower(): user
            for user in User.objects.annotate(email_lower=Lower("email")).filter(
                email_lower__in=emails
            )
        }
        user_ids = {user.pk for user in [*self.db_users.values(), *self.db_users_by_email.values()]}
        self.open_memberships: set[tuple[int, str]] = set(
            Membership.objects.filter(user_id__in=user_ids, until__isnull=True).values_list(
                "user_id", "team__slug"
            )
        )
        slugs = {e.key for e in self.projects if e.key}
        self.db_projects: dict[str, Project] = {
            project.slug: project
            for project in Project.objects.select_related("owner_team").filter(slug__in=slugs)
        }
        self.db_project_names: dict[str, str] = dict(
            Project.objects.filter(
                name__in=[e.values.get("name") for e in self.projects if e.values.get("name")]
            ).values_list("name", "slug")
        )
        if self.admin:
            self.maintained: set[str] | None = None
            self.registrable: set[str] | None = None
        else:
            self.maintained = set(
                ProjectRole.objects.filter(
                    user=self.actor, role=ProjectRole.Role.MAINTAINER, project__slug__in=slugs
                ).values_list("project__slug", flat=True)
            )
            self.registrable = set(registrable_teams(self.actor).values_list("slug", flat=True))

    # Teams and people -----------------------------------------------------------------------

    def _plan_team(self, entity: Entity) -> None:
        if entity.action == Action.SKIP:
            return
        existing = self.db_teams.get(entity.key)
        if existing is not None:
            entity.target = existing
            entity.action = Action.SKIP
            entity.reason = _("skip: the team is already in the portal and is kept as it is")
            return
        taken_by = self.db_team_names.get(entity.values.get("name", ""))
        if taken_by:
            entity.problem(
                entity.line,
                _("A team named “%(name)s” is already in the portal (%(slug)s).")
                % {"name": entity.values["name"], "slug": taken_by},
            )

    def _plan_parent(self, entity: Entity) -> None:
        """Place a team below its parent group, when that group is in the portal or the import."""
        if "parent" not in entity.refs or entity.blocked or not self.admin:
            return
        ref, line = entity.refs["parent"]
        slug = slug_from(backstage.parse_ref(ref)[2])
        if slug not in self.available_teams:
            entity.problem(
                line,
                _(
                    "The parent group “%(ref)s” is neither in the portal nor in this import; the "
                    "team is placed at the top of the tree."
                )
                % {"ref": ref},
                blocking=False,
            )
            return
        entity.parent_slug = slug
        existing = entity.target
        if existing is not None:
            parent = self.db_teams.get(slug)
            if parent is None or existing.parent_id != parent.pk:
                entity.action = Action.UPDATE
                entity.reason = ""

    def _group_members(self) -> dict[str, list[str]]:
        """Usernames → team slugs from the groups' ``spec.members``; members who are only in the
        portal are remembered on the group."""
        in_import = {e.key for e in self.people if e.applies}
        members: dict[str, list[str]] = {}
        for group in self.teams:
            if not group.applies and group.target is None:
                continue
            for ref, line in group.refs.get("members", []):
                name = backstage.parse_ref(ref)[2]
                if name in in_import:
                    members.setdefault(name, []).append(group.key)
                elif name in self.db_users and group.applies:
                    user = self.db_users[name]
                    if (user.pk, group.key) not in self.open_memberships:
                        group.refs.setdefault("member_users", []).append(user)
                elif group.applies:
                    group.problem(
                        line,
                        _(
                            "The member “%(ref)s” is neither in the portal nor in this import; "
                            "that membership is skipped."
                        )
                        % {"ref": ref},
                        blocking=False,
                    )
        return members

    def _plan_person(self, entity: Entity, group_teams: list[str]) -> None:
        if entity.action == Action.SKIP:
            return
        email = entity.values.get("email", "")
        existing = self.db_users.get(entity.key)
        if existing is not None and existing.email.lower() != email.lower():
            entity.problem(
                entity.line,
                _(
                    "The username “%(name)s” belongs to another person in the portal (with a "
                    "different email address)."
                )
                % {"name": entity.key},
            )
        elif existing is None and email.lower() in self.db_users_by_email:
            existing = self.db_users_by_email[email.lower()]
            entity.problem(
                entity.line,
                _(
                    "Matched by email address to the portal's person “%(name)s”; their username is "
                    "kept."
                )
                % {"name": existing.username},
                blocking=False,
            )
        teams: list[str] = []
        for ref, line in entity.refs.get("member_of", []):
            kind, _namespace, name = backstage.parse_ref(ref)
            slug = slug_from(name)
            if kind not in (None, "group") or slug not in self.available_teams:
                entity.problem(
                    line,
                    _(
                        "The group “%(ref)s” is neither in the portal nor in this import; that "
                        "membership is skipped."
                    )
                    % {"ref": ref},
                    blocking=False,
                )
            elif slug not in teams:
                teams.append(slug)
        teams += [slug for slug in group_teams if slug not in teams]
        if existing is not None:
            entity.target = existing
            entity.team_slugs = [
                slug for slug in teams if (existing.pk, slug) not in self.open_memberships
            ]
            if entity.team_slugs:
                entity.action = Action.UPDATE
            else:
                entity.action = Action.SKIP
                entity.reason = _("skip: the person is already in the portal, in these teams")
        else:
            entity.team_slugs = teams

    # Projects --------------------------------------------------------------------------------

    def _owner_from_ref(self, entity: Entity) -> str:
        """The slug of the team a Component's ``spec.owner`` names, or "" with a problem."""
        ref, line = entity.refs["owner"]
        kind, _namespace, name = backstage.parse_ref(ref)
        slug = slug_from(name)
        imported = self.imported_teams
        if kind == "user":
            entity.problem(
                line,
                _("The owner must be a group (a team), but “%(ref)s” is a person.") % {"ref": ref},
            )
        elif kind not in (None, "group"):
            entity.problem(
                line,
                _("The owner must be a group (a team), but “%(ref)s” is a %(kind)s.")
                % {"ref": ref, "kind": kind},
            )
        elif slug in self.db_teams or (slug in imported and imported[slug].applies):
            return slug
        elif slug in imported and imported[slug].blocked:
            entity.problem(
                line,
                _(
                    "The owner group “%(ref)s” has problems in this import, so this project cannot "
                    "be imported either."
                )
                % {"ref": ref},
            )
        elif slug in imported:
            entity.problem(
                line,
                _(
                    "The owner group “%(ref)s” is not in the portal; only portal administrators "
                    "can create teams through an import."
                )
                % {"ref": ref},
            )
        elif name in self.db_users or any(e.key == name for e in self.people):
            entity.problem(
                line,
                _("The owner must be a group (a team), but “%(ref)s” is a person.") % {"ref": ref},
            )
        else:
            entity.problem(
                line,
                _("The owner group “%(ref)s” is neither in the portal nor in this import.")
                % {"ref": ref},
            )
        return ""

    def _plan_project(self, entity: Entity) -> None:
        existing = self.db_projects.get(entity.key)
        name = entity.values.get("name", "")
        if "owner" in entity.refs:
            entity.owner_slug = self._owner_from_ref(entity)
        elif existing is None and self.owner_team is None:
            entity.problem(
                entity.line,
                _("Choose the team that owns this project: an innersource.json names no owner."),
            )
        elif existing is None:
            entity.owner_slug = self.owner_team.slug
            self.db_teams.setdefault(self.owner_team.slug, self.owner_team)

        if existing is not None:
            entity.target = existing
            entity.action = Action.UPDATE
            if self.maintained is not None and existing.slug not in self.maintained:
                entity.problem(
                    entity.line,
                    _("You are not a maintainer of %(project)s, so the import cannot change it.")
                    % {"project": existing.name},
                )
            if entity.owner_slug and entity.owner_slug != existing.owner_team.slug:
                entity.problem(
                    entity.line,
                    _(
                        "%(project)s stays owned by %(team)s; to change its owner, hand it over "
                        "from the project page."
                    )
                    % {"project": existing.name, "team": existing.owner_team.name},
                    blocking=False,
                )
            entity.owner_slug = existing.owner_team.slug
            taken_by = self.db_project_names.get(name)
            if taken_by and taken_by != existing.slug:
                entity.problem(
                    entity.line,
                    _("Another project (%(slug)s) is already named “%(name)s”.")
                    % {"slug": taken_by, "name": name},
                )
            stage = entity.values.get("stage")
            if (
                stage
                and entity.refs.get("stage_from_lifecycle")
                and backstage.STAGE_TO_LIFECYCLE.get(existing.stage)
                == backstage.STAGE_TO_LIFECYCLE[stage]
            ):
                # "production" says active or mature: a mature project stays mature.
                del entity.values["stage"]
            extra = dict(existing.extra) if isinstance(existing.extra, dict) else {}
            for key in EXTRA_KEYS.get(entity.format, ()):
                extra.pop(key, None)
            extra.update(entity.extra)
            entity.extra = extra
        else:
            entity.action = Action.CREATE
            taken_by = self.db_project_names.get(name)
            if taken_by:
                entity.problem(
                    entity.line,
                    _("A project named “%(name)s” is already in the portal (%(slug)s).")
                    % {"name": name, "slug": taken_by},
                )
            if (
                entity.owner_slug
                and self.registrable is not None
                and entity.owner_slug not in self.registrable
            ):
                entity.problem(
                    entity.line,
                    _(
                        "You can register projects only for a team you belong to; you are not in "
                        "%(team)s."
                    )
                    % {"team": entity.owner_slug},
                )
        _validate_project_fields(entity)


def _validate_project_fields(entity: Entity) -> None:
    """The model's own field rules (lengths, choices, URLs), without a query per entity."""
    lines = entity.refs.get("field_lines", {})
    values = {"slug": entity.key, **entity.values} if entity.key else dict(entity.values)
    for name, value in values.items():
        if name == "name" and not value:
            continue  # reported by the parser already
        try:
            Project._meta.get_field(name).clean(value, None)
        except ValidationError as exc:
            label = Project._meta.get_field(name).verbose_name
            for message in exc.messages:
                entity.problem(
                    lines.get(name) or entity.line,
                    _("%(field)s: %(message)s")
                    % {"field": str(label).capitalize(), "message": message},
                )


def _summary(entity: Entity) -> list[tuple[str, str]]:
    """The key values of an entity, as (label, value) rows for the preview and the command."""
    values = entity.values
    rows: list[tuple[str, str]] = []
    if entity.kind == Kind.PROJECT:
        rows.append((_("Name"), values.get("name", "")))
        rows.append((_("Slug"), entity.key))
        if entity.owner_slug:
            rows.append((_("Owner team"), entity.owner_slug))
        if values.get("kind"):
            rows.append((_("Kind"), str(Project.Kind(values["kind"]).label)))
        if values.get("stage"):
            rows.append((_("Stage"), str(Project.Stage(values["stage"]).label)))
        rows.append((_("Tagline"), values.get("tagline", "")))
        for kind, names in entity.tags.items():
            if names:
                rows.append((str(Tag.Kind(kind).label), ", ".join(names)))
        for name in (*LINK_FIELDS, "license"):
            if values.get(name):
                label = str(Project._meta.get_field(name).verbose_name).capitalize()
                rows.append((label, values[name]))
        kept = sorted(
            f"{group}.{key}"
            for group in EXTRA_KEYS.get(entity.format, ())
            for key in (entity.extra.get(group) or {})
        )
        if kept:
            rows.append((_("Kept as imported fields"), ", ".join(kept)))
    elif entity.kind == Kind.TEAM:
        rows.append((_("Name"), values.get("name", "")))
        rows.append((_("Slug"), entity.key))
        if entity.parent_slug:
            rows.append((_("Parent team"), entity.parent_slug))
        if values.get("email"):
            rows.append((_("Email"), values["email"]))
        usernames = [user.username for user in entity.refs.get("member_users", [])]
        if usernames:
            rows.append((_("Members already in the portal"), ", ".join(usernames)))
    elif entity.kind == Kind.PERSON:
        rows.append((_("Username"), entity.key))
        full_name = f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()
        if full_name:
            rows.append((_("Name"), full_name))
        rows.append((_("Email"), values.get("email", "")))
        if entity.team_slugs:
            rows.append((_("Teams"), ", ".join(entity.team_slugs)))
    return [(label, value) for label, value in rows if value]


# Applying --------------------------------------------------------------------------------------


def _write(entity: Entity, write: Callable[..., Any], **kwargs: Any) -> Any:
    try:
        return write(**kwargs)
    except ValidationError as exc:
        raise ImportFailed(entity, " ".join(exc.messages)) from exc
    except PermissionDenied as exc:
        raise ImportFailed(entity, str(exc)) from exc


def _parents_first(teams: list[Entity]) -> list[Entity]:
    by_slug = {entity.key: entity for entity in teams}

    def depth(entity: Entity) -> int:
        level, current = 0, entity
        while current.parent_slug in by_slug and level <= len(teams):
            level, current = level + 1, by_slug[current.parent_slug]
        return level

    return sorted(teams, key=depth)


def _person_create(*, username: str, email: str, first_name: str, last_name: str) -> User:
    """A person from a catalog; they sign in through single sign-on or reset a password, so
    none is set. (portal.services has no service for people yet.)"""
    user = User(username=username, email=email, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.full_clean()
    user.save()
    return user


def apply_plan(plan: Plan, *, actor: User | None) -> ImportResult:
    """Write every entity of ``plan`` that has no blocking problem, all or nothing.

    Teams come first (parents before children), then people and their memberships, then
    projects through ``project_create``/``project_update``. If any write fails the transaction
    is rolled back and ``ImportFailed`` names the entity.
    """
    result = ImportResult()
    entities = plan.applicable
    slugs = {e.owner_slug for e in entities} | {e.parent_slug for e in entities}
    slugs |= {slug for e in entities for slug in e.team_slugs}
    try:
        with transaction.atomic():
            teams = {team.slug: team for team in Team.objects.filter(slug__in=slugs - {""})}
            for entity in _parents_first([e for e in entities if e.kind == Kind.TEAM]):
                result.teams.append(_apply_team(entity, teams))
            for entity in [e for e in entities if e.kind == Kind.PERSON]:
                person = entity.target
                if entity.action == Action.CREATE:
                    person = _write(
                        entity,
                        _person_create,
                        username=entity.key,
                        email=entity.values["email"],
                        first_name=entity.values.get("first_name", ""),
                        last_name=entity.values.get("last_name", ""),
                    )
                for slug in entity.team_slugs:
                    _write(entity, membership_add, user=person, team=teams[slug])
                    result.memberships += 1
                result.people.append(person)
            for entity in [e for e in entities if e.kind == Kind.PROJECT]:
                result.projects.append(_apply_project(entity, teams, actor))
    except DatabaseError as exc:
        raise ImportFailed(
            None, _("The database refused the import: %(error)s") % {"error": exc}
        ) from exc
    return result


def _apply_team(entity: Entity, teams: dict[str, Team]) -> Team:
    if entity.action == Action.UPDATE:
        team = _write(entity, team_set_parent, team=entity.target, parent=teams[entity.parent_slug])
    else:
        team = _write(
            entity,
            team_create,
            name=entity.values["name"],
            slug=entity.key,
            parent=teams.get(entity.parent_slug),
            description=entity.values.get("description", ""),
        )
        if entity.values.get("email"):
            # team_create takes no contact email; set it on the row it just validated and saved.
            team.email = entity.values["email"]
            team.full_clean()
            team.save(update_fields=["email"])
    teams[team.slug] = team
    for user in entity.refs.get("member_users", []):
        _write(entity, membership_add, user=user, team=team)
    return team


def _apply_project(entity: Entity, teams: dict[str, Team], actor: User | None) -> Project:
    fields = dict(entity.values)
    tags = dict(entity.tags) or None
    if entity.action == Action.UPDATE:
        return _write(
            entity,
            project_update,
            project=entity.target,
            actor=actor,
            tags=tags,
            extra=entity.extra,
            **fields,
        )
    return _write(
        entity,
        project_create,
        actor=actor,
        owner_team=teams[entity.owner_slug],
        name=fields.pop("name"),
        tagline=fields.pop("tagline"),
        slug=entity.key,
        tags=tags,
        extra=entity.extra or None,
        **fields,
    )
