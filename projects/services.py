"""Writes to the catalogue. Keyword-only, validated, one transaction each, history recorded."""

import datetime
from collections.abc import Iterable, Mapping

from django.contrib.postgres.search import SearchVector
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.models import Membership, Team, User
from portal.services import notify
from projects.filters import vocabulary_changed
from projects.models import LINK_FIELDS, OwnershipTransfer, Project, ProjectChange, ProjectRole, Tag
from projects.permissions import can_edit_project, is_team_lead, registrable_teams

# Fields a maintainer edits; history records their old and new values.
EDITABLE_FIELDS = [
    "name",
    "tagline",
    "description",
    "kind",
    "stage",
    *LINK_FIELDS,
    "license",
    "warranty_days",
    "packages",
]
TAG_LIMIT_PER_KIND = 20
TAG_NAME_MAX = 60


def tags_from_names(*, kind: str, names: Iterable[str]) -> list[Tag]:
    """Tags of one kind for these names, created when new; names trimmed and deduplicated."""
    tags: dict[str, Tag] = {}
    for raw in names:
        name = " ".join(str(raw).split())[:TAG_NAME_MAX]
        slug = slugify(name)[:60]
        if not slug or slug in tags:
            continue
        tags[slug], _created = Tag.objects.get_or_create(
            kind=kind, slug=slug, defaults={"name": name}
        )
    if len(tags) > TAG_LIMIT_PER_KIND:
        raise ValidationError(
            _("At most %(limit)s %(kind)s values are allowed.")
            % {"limit": TAG_LIMIT_PER_KIND, "kind": Tag.Kind(kind).label.lower()}
        )
    return list(tags.values())


def _set_tags(project: Project, tags: Mapping[str, Iterable[str]]) -> None:
    keep = [tag for tag in project.tags.all() if tag.kind not in tags]
    for kind, names in tags.items():
        keep.extend(tags_from_names(kind=kind, names=names))
    project.tags.set(keep)


def project_refresh_search(*, project_ids: Iterable[int]) -> None:
    """Recompute the search text (and, on PostgreSQL, the weighted vector) of projects."""
    ids = list(project_ids)
    names: dict[int, list[str]] = {pk: [] for pk in ids}
    for project_id, name in Tag.projects.through.objects.filter(project_id__in=ids).values_list(
        "project_id", "tag__name"
    ):
        names[project_id].append(name)
    Project.objects.bulk_update(
        [
            Project(pk=project_id, search_tags=" ".join(sorted(tag_names)))
            for project_id, tag_names in names.items()
        ],
        ["search_tags"],
        batch_size=500,
    )
    vocabulary_changed()
    if connection.vendor == "postgresql":
        Project.objects.filter(pk__in=ids).update(
            search_vector=SearchVector("name", weight="A", config="english")
            + SearchVector("search_tags", weight="B", config="english")
            + SearchVector("tagline", weight="B", config="english")
            + SearchVector("description", weight="C", config="english")
        )


def _record(project: Project, actor: User | None, summary: str, fields=None) -> ProjectChange:
    return ProjectChange.objects.create(
        project=project, actor=actor, summary=summary[:200], fields=fields or {}
    )


def _jsonable(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


@transaction.atomic
def project_create(
    *,
    actor: User | None,
    owner_team: Team,
    name: str,
    tagline: str,
    slug: str = "",
    tags: Mapping[str, Iterable[str]] | None = None,
    logo=None,
    extra: dict | None = None,
    **fields,
) -> Project:
    """Register a project; the owner team's registrant becomes its first maintainer.

    ``actor`` None means an operator's bulk import, which needs no team membership.
    """
    if actor is not None and not registrable_teams(actor).filter(pk=owner_team.pk).exists():
        raise ValidationError(
            {"owner_team": _("You can register projects only for a team you belong to.")}
        )
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"project_create got unknown fields: {sorted(unknown)}")
    project = Project(
        owner_team=owner_team,
        name=name.strip(),
        tagline=tagline.strip(),
        slug=slug or slugify(name)[:80],
        extra=extra or {},
        **fields,
    )
    if logo is not None:
        project.logo.save("logo.png", logo, save=False)
    project.full_clean()
    try:
        # A savepoint, so that a racing duplicate becomes a form error, not a broken transaction.
        with transaction.atomic():
            project.save()
    except IntegrityError:
        raise ValidationError(
            {"slug": _("A project with this name or slug was registered a moment ago.")}
        ) from None
    if tags:
        _set_tags(project, tags)
    if actor is not None:
        ProjectRole.objects.create(project=project, user=actor, role=ProjectRole.Role.MAINTAINER)
    _record(project, actor, _("Registered, owned by %(team)s") % {"team": owner_team.name})
    project_refresh_search(project_ids=[project.pk])
    return project


@transaction.atomic
def project_update(
    *,
    project: Project,
    actor: User | None,
    tags: Mapping[str, Iterable[str]] | None = None,
    logo=None,
    remove_logo: bool = False,
    extra: dict | None = None,
    **fields,
) -> Project:
    """Change a project's details, recording every changed field in its history."""
    if actor is not None and not can_edit_project(actor, project):
        raise PermissionDenied(_("Only the maintainers of this project can change it."))
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"project_update got unknown fields: {sorted(unknown)}")
    project = Project.objects.select_for_update().get(pk=project.pk)
    changed: dict[str, list] = {}
    for field, value in fields.items():
        old = getattr(project, field)
        if old != value:
            changed[field] = [_jsonable(old), _jsonable(value)]
            setattr(project, field, value)
    if "stage" in changed and project.stage == Project.Stage.ARCHIVED:
        project.stage_before_archive = changed["stage"][0]
    if extra is not None and extra != project.extra:
        project.extra = extra
        changed["extra"] = [None, None]
    if remove_logo and project.logo:
        project.logo = ""
        changed["logo"] = [None, None]
    elif logo is not None:
        project.logo.save("logo.png", logo, save=False)
        changed["logo"] = [None, None]
    project.full_clean()
    project.save()
    if tags is not None:
        before = {
            tag.kind: sorted(t.name for t in project.tags.all() if t.kind == tag.kind)
            for tag in project.tags.all()
        }
        _set_tags(project, tags)
        project = Project.objects.prefetch_related("tags").get(pk=project.pk)
        for kind in tags:
            after = sorted(tag.name for tag in project.tags.all() if tag.kind == kind)
            if after != before.get(kind, []):
                changed[kind] = [", ".join(before.get(kind, [])), ", ".join(after)]
    if changed:
        labels = [_field_label(field) for field in changed]
        _record(project, actor, _("Changed %(fields)s") % {"fields": ", ".join(labels)}, changed)
        project_refresh_search(project_ids=[project.pk])
    return project


def _field_label(field: str) -> str:
    try:
        return str(Project._meta.get_field(field).verbose_name)
    except Exception:  # tag kinds are not model fields
        return str(Tag.Kind(field).label) if field in Tag.Kind.values else field


def project_archive(*, project: Project, actor: User) -> Project:
    """Hide a project from default browsing; it is kept and can be restored."""
    if project.is_archived:
        return project
    return project_update(project=project, actor=actor, stage=Project.Stage.ARCHIVED)


def project_restore(*, project: Project, actor: User) -> Project:
    """Bring an archived project back, at the stage it had before."""
    if not project.is_archived:
        return project
    stage = project.stage_before_archive or Project.Stage.ACTIVE
    return project_update(project=project, actor=actor, stage=stage)


@transaction.atomic
def ownership_transfer_request(
    *, project: Project, actor: User, to_team: Team, note: str = ""
) -> OwnershipTransfer:
    """Ask ``to_team`` to take the project over; a lead of that team must accept."""
    if not can_edit_project(actor, project):
        raise PermissionDenied(_("Only the maintainers of this project can hand it over."))
    if to_team.pk == project.owner_team_id:
        raise ValidationError({"to_team": _("This team already owns the project.")})
    if OwnershipTransfer.objects.filter(project=project, status="pending").exists():
        raise ValidationError(
            {"to_team": _("A hand-over is already waiting; cancel it before asking another team.")}
        )
    transfer = OwnershipTransfer.objects.create(
        project=project,
        from_team=project.owner_team,
        to_team=to_team,
        requested_by=actor,
        note=note[:500],
    )
    _record(project, actor, _("Asked %(team)s to take over ownership") % {"team": to_team.name})
    leads = [
        membership.user
        for membership in Membership.objects.active()
        .filter(team=to_team, role=Membership.Role.LEAD)
        .select_related("user")
    ]
    notify(
        users=leads,
        message=_("%(name)s asks %(team)s to take over %(project)s; accept or decline it.")
        % {"name": actor.display_name, "team": to_team.name, "project": project.name},
        url=project.get_absolute_url(),
    )
    return transfer


@transaction.atomic
def ownership_transfer_decide(
    *, transfer: OwnershipTransfer, actor: User, accept: bool
) -> OwnershipTransfer:
    """A lead of the receiving team accepts (the project changes owner) or declines."""
    transfer = OwnershipTransfer.objects.select_for_update().get(pk=transfer.pk)
    if transfer.status != OwnershipTransfer.Status.PENDING:
        raise ValidationError(_("This hand-over was already decided."))
    if not is_team_lead(actor, transfer.to_team):
        raise PermissionDenied(
            _("Only a lead of %(team)s can decide.") % {"team": transfer.to_team.name}
        )
    transfer.status = (
        OwnershipTransfer.Status.ACCEPTED if accept else OwnershipTransfer.Status.DECLINED
    )
    transfer.decided_by = actor
    transfer.decided_at = timezone.now()
    transfer.save(update_fields=["status", "decided_by", "decided_at"])
    project = transfer.project
    if accept:
        project.owner_team = transfer.to_team
        project.save(update_fields=["owner_team", "updated_at"])
        _record(
            project,
            actor,
            _("Ownership moved from %(old)s to %(new)s")
            % {"old": transfer.from_team.name, "new": transfer.to_team.name},
            {"owner_team": [transfer.from_team.name, transfer.to_team.name]},
        )
    else:
        _record(project, actor, _("%(team)s declined ownership") % {"team": transfer.to_team.name})
    return transfer


def ownership_transfer_cancel(*, transfer: OwnershipTransfer, actor: User) -> OwnershipTransfer:
    if not can_edit_project(actor, transfer.project):
        raise PermissionDenied(_("Only the maintainers of this project can cancel a hand-over."))
    if transfer.status == OwnershipTransfer.Status.PENDING:
        transfer.status = OwnershipTransfer.Status.CANCELLED
        transfer.decided_by = actor
        transfer.decided_at = timezone.now()
        transfer.save(update_fields=["status", "decided_by", "decided_at"])
        _record(transfer.project, actor, _("Cancelled the hand-over"))
    return transfer


def project_role_add(*, project: Project, user: User, role: str, actor: User | None) -> ProjectRole:
    """Give someone a named part in a project (maintainer, trusted committer, champion, mentor)."""
    if actor is not None and not can_edit_project(actor, project):
        raise PermissionDenied(_("Only the maintainers of this project can change its people."))
    project_role, created = ProjectRole.objects.get_or_create(project=project, user=user, role=role)
    if created:
        _record(
            project,
            actor,
            _("%(person)s became %(role)s")
            % {"person": user.display_name, "role": project_role.get_role_display().lower()},
        )
    return project_role


def project_role_remove(*, project_role: ProjectRole, actor: User) -> None:
    project = project_role.project
    if not can_edit_project(actor, project):
        raise PermissionDenied(_("Only the maintainers of this project can change its people."))
    if (
        project_role.role == ProjectRole.Role.MAINTAINER
        and project.roles.filter(role=ProjectRole.Role.MAINTAINER).count() == 1
    ):
        raise ValidationError(_("A project keeps at least one maintainer."))
    project_role.delete()
    _record(
        project,
        actor,
        _("%(person)s is no longer %(role)s")
        % {
            "person": project_role.user.display_name,
            "role": project_role.get_role_display().lower(),
        },
    )


def project_set_activity(
    *,
    project_id: int,
    activity_score: int,
    adopter_count: int | None = None,
    last_activity_at: datetime.datetime | None = None,
) -> None:
    """Written by the metrics jobs: the numbers the catalogue sorts by."""
    values: dict = {"activity_score": activity_score}
    if adopter_count is not None:
        values["adopter_count"] = adopter_count
    if last_activity_at is not None:
        values["last_activity_at"] = last_activity_at
    Project.objects.filter(pk=project_id).update(**values)
