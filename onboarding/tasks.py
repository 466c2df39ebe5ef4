"""Celery discovers ``onboarding.tasks``; the tasks live beside the features they serve."""

from onboarding.tasks_guides import *  # noqa: F401,F403
from onboarding.tasks_starter_issues import *  # noqa: F401,F403
