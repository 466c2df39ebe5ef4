"""The organisation model: people, teams and who belongs where, and when.

This module is the ground floor of the portal: it imports no other app of the project.
"""

import datetime
import zoneinfo

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TIME_ZONE_CHOICES = [(name, name) for name in sorted(zoneinfo.available_timezones())]


class PortalUserManager(UserManager):
    def get_by_natural_key(self, email: str) -> "User":
        # Sign-in by email ignores case: "Ana@Corp.example" and "ana@corp.example" are one person.
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A person: signs in with an email address; ``username`` names their public profile."""

    email = models.EmailField(_("email address"), unique=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        choices=TIME_ZONE_CHOICES,
        help_text=_("Dates are shown in this zone; empty means the portal's default."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["username"]

    objects = PortalUserManager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username


class TeamQuerySet(models.QuerySet):
    def roots(self) -> "TeamQuerySet":
        return self.filter(parent__isnull=True)

    def ancestors(self, team: "Team") -> list["Team"]:
        """The teams above ``team``, top first, with one query whatever the depth."""
        by_id = {t.pk: t for t in self.only("id", "slug", "name", "parent_id")}
        chain: list[Team] = []
        parent_id = team.parent_id
        while parent_id is not None and parent_id not in {t.pk for t in chain}:
            parent = by_id.get(parent_id)
            if parent is None:
                break
            chain.insert(0, parent)
            parent_id = parent.parent_id
        return chain

    def subtree_ids(self, *teams: "Team") -> set[int]:
        """Ids of these teams and every team below them, with one query for the whole tree."""
        children: dict[int | None, list[int]] = {}
        for team_id, parent_id in self.values_list("id", "parent_id"):
            children.setdefault(parent_id, []).append(team_id)
        found: set[int] = set()
        stack = [team.pk for team in teams]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(children.get(current, []))
        return found


class Team(models.Model):
    """A team in the org tree; owns projects and adopts the projects of others."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent team"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    email = models.EmailField(_("contact email"), blank=True)
    chat_url = models.URLField(_("chat channel"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = TeamQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("id")), name="team_not_own_parent"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("team_detail", args=[self.slug])


class MembershipQuerySet(models.QuerySet):
    def active(self, on: datetime.date | None = None) -> "MembershipQuerySet":
        """Memberships in force on a day (today by default)."""
        day = on or timezone.localdate()
        return self.filter(since__lte=day).filter(
            models.Q(until__isnull=True) | models.Q(until__gt=day)
        )


class Membership(models.Model):
    """A person's place in a team over a period; ``until`` is empty while it lasts.

    Kept after it ends, so that a contribution is credited to the team the author was in at
    the time.
    """

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        LEAD = "lead", _("Lead")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role, default=Role.MEMBER)
    since = models.DateField(_("since"), default=timezone.localdate)
    until = models.DateField(_("until"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["team__name", "user__username"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            # A person holds at most one open membership per team.
            models.UniqueConstraint(
                fields=["user", "team"],
                condition=models.Q(until__isnull=True),
                name="membership_one_open_per_team",
            ),
            models.CheckConstraint(
                condition=models.Q(until__isnull=True) | models.Q(until__gt=models.F("since")),
                name="membership_until_after_since",
            ),
        ]
        indexes = [
            # "Which teams was this person in on day D?" (team at the time of a contribution).
            models.Index(fields=["user", "since"], name="membership_user_since"),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.team} ({self.get_role_display()})"


class WorkerHeartbeat(models.Model):
    """The last ``portal.ping`` a worker executed: proof that jobs really run."""

    name = models.CharField(max_length=40, unique=True, default="default")
    sent_at = models.DateTimeField()
    executed_at = models.DateTimeField()
    worker = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("worker heartbeat")

    def __str__(self) -> str:
        return f"{self.name} @ {self.executed_at:%Y-%m-%d %H:%M:%S}"


class ApiTokenQuerySet(models.QuerySet):
    def usable(self, at: datetime.datetime | None = None) -> "ApiTokenQuerySet":
        """Tokens that still open the API: not revoked and not expired."""
        moment = at or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=moment)
        )


class ApiToken(models.Model):
    """A personal token for scripts calling the REST API on someone's behalf.

    Only a SHA-256 hash of the token is kept: the token itself is shown once, when it is
    created, so a leaked database does not leak working credentials. The first characters
    (``prefix``) are kept in clear so that people can tell their tokens apart and so that
    authentication finds the row without comparing hashes across the whole table.
    """

    PREFIX_LENGTH = 8

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("What the token is for, e.g. “release script”.")
    )
    prefix = models.CharField(_("prefix"), max_length=PREFIX_LENGTH, editable=False)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        indexes = [
            # Authentication: every API request with a token looks its row up by prefix.
            models.Index(fields=["prefix"], name="apitoken_prefix"),
            # The token page: one person's tokens, newest first.
            models.Index(fields=["user", "-created_at"], name="apitoken_user_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def status_at(self, at: datetime.datetime | None = None) -> "ApiToken.Status":
        if self.revoked_at is not None:
            return self.Status.REVOKED
        if self.expires_at is not None and self.expires_at <= (at or timezone.now()):
            return self.Status.EXPIRED
        return self.Status.ACTIVE

    @property
    def status(self) -> "ApiToken.Status":
        return self.status_at()


class NotificationQuerySet(models.QuerySet):
    def unread(self) -> "NotificationQuerySet":
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """A message for one person inside the portal (also mailed when it matters)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    message = models.CharField(_("message"), max_length=300)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # The unread badge in the navigation and the list on the notifications page.
            models.Index(fields=["user", "read_at", "-created_at"], name="notification_inbox"),
        ]

    def __str__(self) -> str:
        return self.message
