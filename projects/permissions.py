"""Who may do what with a project. Every view and API endpoint goes through these helpers."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from portal.models import Membership, Team
from projects.models import Project, ProjectRole


def is_portal_admin(user) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or user.is_staff))


def registrable_teams(user):
    """Teams a person may register a project for: their own, or any team for an admin."""
    if is_portal_admin(user):
        return Team.objects.all()
    if not user.is_authenticated:
        return Team.objects.none()
    return Team.objects.filter(
        pk__in=Membership.objects.active().filter(user=user).values("team_id")
    )


def is_team_lead(user, team: Team) -> bool:
    return (
        user.is_authenticated
        and Membership.objects.active()
        .filter(user=user, team=team, role=Membership.Role.LEAD)
        .exists()
    )


def can_edit_project(user, project: Project) -> bool:
    if is_portal_admin(user):
        return True
    return (
        user.is_authenticated
        and ProjectRole.objects.filter(
            project=project, user=user, role=ProjectRole.Role.MAINTAINER
        ).exists()
    )


def get_project_for_maintainer(request, slug: str) -> Project:
    """The project, if the signed-in person maintains it or is a portal admin; else 404/403."""
    project = get_object_or_404(Project.objects.select_related("owner_team"), slug=slug)
    if not can_edit_project(request.user, project):
        raise PermissionDenied(
            _("Only the maintainers of %(project)s can change it.") % {"project": project.name}
        )
    return project
