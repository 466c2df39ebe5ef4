"""Onboarding: contributor guides, journeys with Time to First Hello World, starter issues."""

from onboarding.models.guides import Guide
from onboarding.models.journeys import Journey, JourneyRun, JourneyStep, StepProgress
from onboarding.models.starter_issues import Claim, ClaimUpdate, StarterIssue

__all__ = [
    "Claim",
    "ClaimUpdate",
    "Guide",
    "Journey",
    "JourneyRun",
    "JourneyStep",
    "StarterIssue",
    "StepProgress",
]
