"""Starter issues kept in step with a code host's labelled issues.

The connector that reads the code host lives in ``metrics`` (above this app), so this module
takes the issues as plain values: any object with the attributes of
``metrics.connectors.issues.HostIssue``, or a mapping with the same keys.

The rules, per synced issue (``external_id`` set; portal-only issues are never touched):

====================================  =========================================================
On the code host                      In the portal
====================================  =========================================================
open, labelled, not in the portal     created, open; *unless* already assigned on the host (it
                                      is someone's work: imported once it is unassigned)
closed, not in the portal             ignored
title, description or link changed    copied, whatever the state
closed                                open → closed. Claimed or in review (an active claim) →
                                      left alone: a maintainer marks the claim done (state
                                      done) or releases it; the sync never credits work
open again, portal state closed       reopened, if the host issue changed after the portal
                                      closed it. So a real reopen (or re-labelling) brings it
                                      back, but a maintainer's own "close" in the portal holds
                                      while the host issue stays as it was
no longer labelled (missing)          open → closed; claimed stays claimed. Only when the
                                      listing was complete (``complete=True``)
====================================  =========================================================

An assignment on the host never closes an issue already in the portal: maintainers often
assign the person who claimed it here.
"""

import datetime
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from onboarding.models import Claim, StarterIssue
from projects.models import Project

logger = logging.getLogger(__name__)

_TITLE_MAX = StarterIssue._meta.get_field("title").max_length
_BODY_MAX = StarterIssue._meta.get_field("body").max_length
_URL_MAX = StarterIssue._meta.get_field("external_url").max_length
# Fields the service writes on existing issues; everything else (skills, effort, mentor,
# points) is curated by the maintainers and kept.
_SYNCED_FIELDS = ["title", "body", "external_url", "state", "updated_at"]


class HostIssueLike(Protocol):
    external_id: str
    title: str
    body: str
    url: str
    state: str  # "open" or "closed"
    assigned: bool
    updated_at: datetime.datetime | None


@dataclass(frozen=True)
class SyncResult:
    """What one sync changed, counted over the synced issues of one project."""

    created: int = 0
    updated: int = 0  # content copied, or reopened
    closed: int = 0
    unchanged: int = 0  # listed by the host and already up to date

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.closed)


@dataclass(frozen=True)
class _Incoming:
    external_id: str
    title: str
    body: str
    url: str
    is_open: bool
    assigned: bool
    updated_at: datetime.datetime | None


def _read(issue: HostIssueLike | Mapping[str, Any]) -> _Incoming:
    def value(name: str, default: Any = "") -> Any:
        found = issue.get(name) if isinstance(issue, Mapping) else getattr(issue, name, None)
        return default if found is None else found

    updated_at = value("updated_at", None)
    if isinstance(updated_at, str):
        updated_at = parse_datetime(updated_at)
    if updated_at is not None and timezone.is_naive(updated_at):
        updated_at = timezone.make_aware(updated_at, datetime.UTC)
    title = " ".join(str(value("title")).split())
    body = str(value("body"))
    url = str(value("url"))
    return _Incoming(
        external_id=str(value("external_id")).strip(),
        # Host limits are larger than the portal's (256 / 65,536 characters on GitHub): cut,
        # rather than lose the issue.
        title=title if len(title) <= _TITLE_MAX else title[: _TITLE_MAX - 1] + "…",
        body=body if len(body) <= _BODY_MAX else body[: _BODY_MAX - 1] + "…",
        # A link cut short would lead nowhere; none is better.
        url=url if len(url) <= _URL_MAX else "",
        is_open=str(value("state")).lower() in {"open", "opened"},
        assigned=bool(value("assigned", False)),
        updated_at=updated_at,
    )


def _valid(issue: StarterIssue) -> bool:
    """Field checks in Python only: the foreign keys and the unique external id are the
    database's to hold, which spares a query per issue."""
    try:
        issue.full_clean(
            exclude=["project", "mentor"], validate_unique=False, validate_constraints=False
        )
    except ValidationError as error:
        logger.warning("Skipped host issue %s: %s", issue.external_id, error.message_dict)
        return False
    return True


@transaction.atomic
def starter_issues_sync(
    *,
    project: Project,
    issues: Iterable[HostIssueLike | Mapping[str, Any]],
    complete: bool = True,
) -> SyncResult:
    """Bring the project's synced starter issues in line with the host's labelled issues.

    ``issues`` is every issue the host lists with a starter label (open and closed);
    ``complete=False`` says the listing was cut short, so issues missing from it are not
    closed. The rules are in the module docstring. One transaction; a constant number of
    queries, whatever the number of issues.
    """
    incoming: dict[str, _Incoming] = {}
    for issue in issues:
        read = _read(issue)
        if read.external_id:
            incoming[read.external_id] = read

    existing = {
        issue.external_id: issue
        for issue in (
            StarterIssue.objects.filter(project=project)
            .exclude(external_id="")
            # Row locks (PostgreSQL): a claim made while the sync runs must not be overwritten
            # by a "closed" computed from the state before it.
            .select_for_update(of=("self",))
            .annotate(
                has_active_claim=Exists(
                    Claim.objects.filter(issue=OuterRef("pk"), released_at__isnull=True)
                )
            )
        )
    }
    new_ids = [
        external_id
        for external_id, read in incoming.items()
        if external_id not in existing and read.is_open and not read.assigned
    ]
    # The id is unique across projects: two projects on one repository share its issues,
    # and the first project to sync an issue keeps it.
    taken = set(
        StarterIssue.objects.filter(external_id__in=new_ids).values_list("external_id", flat=True)
        if new_ids
        else []
    )
    if taken:
        logger.warning(
            "%s host issues of %s already belong to another project: %s",
            len(taken),
            project.slug,
            ", ".join(sorted(taken)),
        )

    now = timezone.now()
    to_create: list[StarterIssue] = []
    to_update: list[StarterIssue] = []
    created = updated = closed = unchanged = 0

    for external_id in new_ids:
        if external_id in taken:
            continue
        read = incoming[external_id]
        issue = StarterIssue(
            project=project,
            external_id=external_id,
            title=read.title,
            body=read.body,
            external_url=read.url,
            state=StarterIssue.State.OPEN,
            created_at=now,
            updated_at=now,
        )
        if _valid(issue):
            to_create.append(issue)
            created += 1

    for external_id, issue in existing.items():
        read = incoming.get(external_id)
        if read is None:
            if complete and issue.state == StarterIssue.State.OPEN and not issue.has_active_claim:
                issue.state = StarterIssue.State.CLOSED
                issue.updated_at = now
                to_update.append(issue)
                closed += 1
            continue

        content_changed = (issue.title, issue.body, issue.external_url) != (
            read.title,
            read.body,
            read.url,
        )
        state = issue.state
        if not read.is_open and state == StarterIssue.State.OPEN and not issue.has_active_claim:
            state = StarterIssue.State.CLOSED
        elif (
            read.is_open
            and state == StarterIssue.State.CLOSED
            and read.updated_at is not None
            and read.updated_at > issue.updated_at
        ):
            state = StarterIssue.State.OPEN

        if not content_changed and state == issue.state:
            unchanged += 1
            continue
        previous = issue.state
        issue.title, issue.body, issue.external_url = read.title, read.body, read.url
        issue.state = state
        issue.updated_at = now
        if not _valid(issue):
            continue
        to_update.append(issue)
        if state == StarterIssue.State.CLOSED and previous != StarterIssue.State.CLOSED:
            closed += 1
        else:
            updated += 1

    StarterIssue.objects.bulk_create(to_create, batch_size=200)
    # bulk_update bypasses auto_now, hence updated_at set above.
    StarterIssue.objects.bulk_update(to_update, _SYNCED_FIELDS, batch_size=200)
    return SyncResult(created=created, updated=updated, closed=closed, unchanged=unchanged)
