"""Writes to the organisation model. Keyword-only, validated, one transaction each."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.models import Membership, Notification, Team, User, WorkerHeartbeat


@transaction.atomic
def team_create(
    *, name: str, slug: str = "", parent: Team | None = None, description: str = ""
) -> Team:
    team = Team(name=name, slug=slug or slugify(name), parent=parent, description=description)
    team.full_clean()
    team.save()
    return team


def team_set_parent(*, team: Team, parent: Team | None) -> Team:
    """Move a team in the org tree, refusing moves that would make a cycle."""
    ancestor = parent
    while ancestor is not None:
        if ancestor.pk == team.pk:
            raise ValidationError({"parent": _("A team cannot sit below itself.")})
        ancestor = ancestor.parent
    team.parent = parent
    team.full_clean()
    team.save(update_fields=["parent"])
    return team


@transaction.atomic
def membership_add(
    *,
    user: User,
    team: Team,
    role: str = Membership.Role.MEMBER,
    since: datetime.date | None = None,
) -> Membership:
    """Put a person in a team; an open membership in that team changes role instead."""
    current = Membership.objects.filter(user=user, team=team, until__isnull=True).first()
    if current is not None:
        if current.role != role:
            current.role = role
            current.full_clean()
            current.save(update_fields=["role"])
        return current
    membership = Membership(user=user, team=team, role=role, since=since or timezone.localdate())
    membership.full_clean()
    membership.save()
    return membership


def membership_end(*, membership: Membership, until: datetime.date | None = None) -> Membership:
    """Close a membership; it is kept so that past contributions keep their team."""
    membership.until = until or timezone.localdate()
    membership.full_clean()
    membership.save(update_fields=["until"])
    return membership


def heartbeat_record(*, sent_at: datetime.datetime, worker: str) -> WorkerHeartbeat:
    """Record that a worker executed a ping sent at ``sent_at``."""
    heartbeat, _created = WorkerHeartbeat.objects.update_or_create(
        name="default",
        defaults={"sent_at": sent_at, "executed_at": timezone.now(), "worker": worker[:200]},
    )
    return heartbeat


def notify(*, users, message: str, url: str = "", email: bool = True) -> list[Notification]:
    """Tell people something in the portal and, by default, by email (sent by a job).

    The email is queued after the transaction commits, so nobody is mailed about a change
    that was rolled back.
    """
    from portal.tasks import email_notifications

    recipients = {user.pk: user for user in users if user is not None and user.is_active}
    notifications = Notification.objects.bulk_create(
        Notification(user=user, message=message[:300], url=url[:500])
        for user in recipients.values()
    )
    if email and notifications:
        # PostgreSQL and SQLite both return the new primary keys from bulk_create.
        email_notifications.delay_on_commit([n.pk for n in notifications])
    return notifications


def notifications_mark_read(*, user: User, ids: list[int] | None = None) -> int:
    unread = Notification.objects.unread().filter(user=user)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=timezone.now())
