"""Writes for starter issues and claims. Every rule that concurrency could break is held by
the database: one active claim per issue (a partial unique constraint), row locks for the
per-person limit, and conditional updates in the expiry job."""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from onboarding.models import Claim, ClaimUpdate, StarterIssue
from portal.models import User
from portal.services import notify
from projects.models import Project, Tag
from projects.permissions import can_edit_project
from projects.selectors import project_maintainers
from projects.services import tags_from_names


class ClaimRefused(Exception):
    """A claim that cannot be made, with the reason to show the person."""


def _issue_url(issue: StarterIssue) -> str:
    return reverse("starter_issue_detail", args=[issue.pk])


def _can_manage(user: User, issue: StarterIssue) -> bool:
    return can_edit_project(user, issue.project) or (
        issue.mentor_id is not None and issue.mentor_id == user.pk
    )


@transaction.atomic
def starter_issue_save(
    *,
    project: Project,
    actor: User | None,
    title: str,
    body: str = "",
    external_url: str = "",
    external_id: str = "",
    skills: Iterable[str] = (),
    effort_hours: int = 4,
    mentor: User | None = None,
    points: int = 0,
    issue: StarterIssue | None = None,
) -> StarterIssue:
    """Create or change a starter issue; ``actor`` None is a sync job from the code host."""
    if actor is not None and not can_edit_project(actor, project):
        raise PermissionDenied(
            _("Only the maintainers of %(project)s manage its starter issues.")
            % {"project": project.name}
        )
    issue = issue or StarterIssue(project=project)
    issue.title = " ".join(title.split())
    issue.body = body
    issue.external_url = external_url
    issue.external_id = external_id or issue.external_id
    issue.effort_hours = effort_hours
    issue.mentor = mentor
    issue.points = points
    issue.full_clean()
    issue.save()
    issue.skills.set(tags_from_names(kind=Tag.Kind.SKILL, names=skills))
    return issue


@transaction.atomic
def starter_issue_close(*, issue: StarterIssue, actor: User | None) -> StarterIssue:
    """Take an issue off the board for good (fixed elsewhere, no longer wanted)."""
    if actor is not None and not can_edit_project(actor, issue.project):
        raise PermissionDenied(_("Only the maintainers can close a starter issue."))
    active = issue.claims.filter(released_at__isnull=True).first()
    if active is not None:
        _release(active, outcome=Claim.Outcome.RELEASED_BY_MAINTAINER)
    issue.state = StarterIssue.State.CLOSED
    issue.save(update_fields=["state", "updated_at"])
    return issue


def claim_issue(*, issue_id: int, user: User) -> Claim:
    """Claim an open issue for ``user``; raises ClaimRefused with a reason to show.

    Twenty people clicking at once get one winner: the issue row is locked, and the
    database's one-active-claim constraint settles any race the lock cannot see.
    """
    limit = settings.STARTER_ISSUE_CLAIM_LIMIT
    try:
        with transaction.atomic():
            # Lock the person first: two tabs of one person must not both pass the limit.
            User.objects.select_for_update().filter(pk=user.pk).first()
            issue = (
                # of=self: lock the issue row only (the mentor is an outer join).
                StarterIssue.objects.select_for_update(of=("self",))
                .select_related("project", "mentor")
                .filter(pk=issue_id)
                .first()
            )
            if issue is None:
                raise ClaimRefused(_("This starter issue no longer exists."))
            if issue.state != StarterIssue.State.OPEN or issue.project.is_archived:
                current = issue.claims.filter(released_at__isnull=True).first()
                if current is not None and current.user_id == user.pk:
                    raise ClaimRefused(_("You already claimed this issue."))
                raise ClaimRefused(
                    _(
                        "Someone else claimed this issue a moment ago. "
                        "Pick another one from the board."
                    )
                )
            active = Claim.objects.filter(user=user, released_at__isnull=True).count()
            if active >= limit:
                raise ClaimRefused(
                    _(
                        "You already work on %(count)s starter issues, the most one person can "
                        "hold. Finish or release one first."
                    )
                    % {"count": active}
                )
            now = timezone.now()
            claim = Claim.objects.create(
                issue=issue, user=user, claimed_at=now, last_activity_at=now
            )
            issue.state = StarterIssue.State.CLAIMED
            issue.save(update_fields=["state", "updated_at"])
            notify(
                users=[issue.mentor, *project_maintainers(issue.project)],
                message=_("%(name)s claimed “%(title)s” in %(project)s.")
                % {"name": user.display_name, "title": issue.title, "project": issue.project.name},
                url=_issue_url(issue),
            )
            return claim
    except IntegrityError:
        raise ClaimRefused(
            _("Someone else claimed this issue a moment ago. Pick another one from the board.")
        ) from None


@transaction.atomic
def claim_post_progress(
    *, claim: Claim, actor: User, body: str, change_request_url: str = ""
) -> ClaimUpdate:
    """The claimer (or a maintainer) reports progress; the expiry clock starts again."""
    claim = (
        Claim.objects.select_for_update(of=("self",))
        .select_related("issue__project")
        .get(pk=claim.pk)
    )
    if not claim.is_active:
        raise ValidationError(_("This claim has ended; progress can no longer be posted."))
    if actor.pk != claim.user_id and not _can_manage(actor, claim.issue):
        raise PermissionDenied(_("Only the person working on it or its maintainers can post."))
    body = body.strip()
    if not body and not change_request_url:
        raise ValidationError({"body": _("Write what you did, or link your change request.")})
    update = ClaimUpdate(claim=claim, author=actor, body=body or _("Linked a change request."))
    update.full_clean()
    update.save()
    claim.last_activity_at = timezone.now()
    claim.reminder_sent_at = None
    fields = ["last_activity_at", "reminder_sent_at"]
    if change_request_url:
        claim.change_request_url = change_request_url
        claim.full_clean()
        fields.append("change_request_url")
        if claim.issue.state == StarterIssue.State.CLAIMED:
            claim.issue.state = StarterIssue.State.IN_REVIEW
            claim.issue.save(update_fields=["state", "updated_at"])
    claim.save(update_fields=fields)
    if actor.pk == claim.user_id:
        notify(
            users=[claim.issue.mentor, *project_maintainers(claim.issue.project)],
            message=_("%(name)s posted progress on “%(title)s” in %(project)s.")
            % {
                "name": actor.display_name,
                "title": claim.issue.title,
                "project": claim.issue.project.name,
            },
            url=_issue_url(claim.issue),
            email=bool(change_request_url),
        )
    return update


def _release(claim: Claim, *, outcome: str, now: datetime.datetime | None = None) -> bool:
    """End an active claim and put its issue back on the board; False if already ended."""
    now = now or timezone.now()
    ended = Claim.objects.filter(pk=claim.pk, released_at__isnull=True).update(
        released_at=now, outcome=outcome
    )
    if ended:
        StarterIssue.objects.filter(
            pk=claim.issue_id,
            state__in=[StarterIssue.State.CLAIMED, StarterIssue.State.IN_REVIEW],
        ).update(state=StarterIssue.State.OPEN, updated_at=now)
    return bool(ended)


@transaction.atomic
def claim_release(*, claim: Claim, actor: User) -> Claim:
    """The claimer gives the issue back, or a maintainer takes it back; history is kept."""
    claim = Claim.objects.select_related("issue__project", "user").get(pk=claim.pk)
    by_claimer = actor.pk == claim.user_id
    if not by_claimer and not _can_manage(actor, claim.issue):
        raise PermissionDenied(_("Only the person working on it or its maintainers can release."))
    outcome = Claim.Outcome.RELEASED if by_claimer else Claim.Outcome.RELEASED_BY_MAINTAINER
    if not _release(claim, outcome=outcome):
        raise ValidationError(_("This claim has already ended."))
    if by_claimer:
        notify(
            users=[claim.issue.mentor, *project_maintainers(claim.issue.project)],
            message=_("%(name)s released “%(title)s”; it is back on the board.")
            % {"name": actor.display_name, "title": claim.issue.title},
            url=_issue_url(claim.issue),
            email=False,
        )
    else:
        notify(
            users=[claim.user],
            message=_("A maintainer released your claim on “%(title)s”.")
            % {"title": claim.issue.title},
            url=_issue_url(claim.issue),
        )
    claim.refresh_from_db()
    return claim


@transaction.atomic
def claim_complete(*, claim: Claim, actor: User) -> Claim:
    """A maintainer or the mentor marks the work done, crediting the claimer."""
    claim = (
        Claim.objects.select_for_update().select_related("issue__project", "user").get(pk=claim.pk)
    )
    if not _can_manage(actor, claim.issue):
        raise PermissionDenied(_("Only the maintainers or the mentor can mark it done."))
    if not claim.is_active:
        raise ValidationError(_("This claim has already ended."))
    first = not Claim.objects.filter(user=claim.user, outcome=Claim.Outcome.DONE).exists()
    now = timezone.now()
    claim.released_at = now
    claim.outcome = Claim.Outcome.DONE
    claim.points_awarded = claim.issue.points
    claim.save(update_fields=["released_at", "outcome", "points_awarded"])
    claim.issue.state = StarterIssue.State.DONE
    claim.issue.save(update_fields=["state", "updated_at"])
    message = (
        _("Congratulations on your first contribution: “%(title)s” in %(project)s is done!")
        if first
        else _("“%(title)s” in %(project)s is done. Thank you!")
    )
    notify(
        users=[claim.user],
        message=message % {"title": claim.issue.title, "project": claim.issue.project.name},
        url=reverse("person_profile", args=[claim.user.username]),
    )
    return claim


def claims_expire(*, now: datetime.datetime | None = None) -> tuple[int, int]:
    """Remind claimers after ``expiry − reminder`` quiet days; release after ``expiry`` days.

    A claim is released only after its reminder has had ``reminder`` days to work, so a
    claimer always hears first, even when the job was not running for a while. Each step is a
    conditional UPDATE, so two runs at once neither remind nor release twice.
    """
    now = now or timezone.now()
    expiry = datetime.timedelta(days=settings.CLAIM_EXPIRY_DAYS)
    grace = datetime.timedelta(days=settings.CLAIM_REMINDER_DAYS)
    active = Claim.objects.filter(released_at__isnull=True).select_related(
        "issue__project", "issue__mentor", "user"
    )

    reminded = 0
    for claim in active.filter(
        last_activity_at__lte=now - (expiry - grace), reminder_sent_at__isnull=True
    ):
        with transaction.atomic():
            if not Claim.objects.filter(
                pk=claim.pk, reminder_sent_at__isnull=True, released_at__isnull=True
            ).update(reminder_sent_at=now):
                continue
            notify(
                users=[claim.user],
                message=_(
                    "Still working on “%(title)s”? Post progress within %(days)s days, "
                    "or the issue goes back on the board."
                )
                % {"title": claim.issue.title, "days": settings.CLAIM_REMINDER_DAYS},
                url=_issue_url(claim.issue),
            )
            reminded += 1

    released = 0
    for claim in active.filter(
        last_activity_at__lte=now - expiry, reminder_sent_at__lte=now - grace
    ):
        with transaction.atomic():
            if not _release(claim, outcome=Claim.Outcome.EXPIRED, now=now):
                continue
            notify(
                users=[claim.user, claim.issue.mentor],
                message=_("“%(title)s” went back on the board after %(days)s quiet days.")
                % {"title": claim.issue.title, "days": settings.CLAIM_EXPIRY_DAYS},
                url=_issue_url(claim.issue),
            )
            released += 1
    return reminded, released
