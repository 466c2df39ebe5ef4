"""Reads for onboarding pages: a contributor's record of finished work."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Min, Sum

from onboarding.models import Claim, JourneyRun
from portal.models import User
from projects.models import Project


@dataclass
class ContributorRecord:
    done: list = field(default_factory=list)
    active: list = field(default_factory=list)
    points: int = 0
    journeys_finished: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    first_contribution_at: datetime.datetime | None = None
    # First done starter issue − first claim: how long a newcomer took to contribute.
    time_to_first_contribution: datetime.timedelta | None = None


def contributor_record(*, user: User) -> ContributorRecord:
    claims = Claim.objects.filter(user=user).select_related("issue__project")
    done = [claim for claim in claims if claim.outcome == Claim.Outcome.DONE]
    record = ContributorRecord(
        done=sorted(done, key=lambda claim: claim.released_at, reverse=True),
        active=[claim for claim in claims if claim.released_at is None],
        points=claims.filter(outcome=Claim.Outcome.DONE).aggregate(total=Sum("points_awarded"))[
            "total"
        ]
        or 0,
        journeys_finished=list(
            JourneyRun.objects.filter(user=user, finished_at__isnull=False)
            .select_related("journey__project")
            .order_by("-finished_at")
        ),
        projects=list(
            Project.objects.filter(starter_issues__claims__in=[c.pk for c in done])
            .distinct()
            .order_by("name")
        ),
    )
    if done:
        first_done = min(claim.released_at for claim in done)
        first_claim = Claim.objects.filter(user=user).aggregate(first=Min("claimed_at"))["first"]
        record.first_contribution_at = first_done
        record.time_to_first_contribution = first_done - first_claim
    return record
