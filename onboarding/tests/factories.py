import factory

from onboarding.models import Claim, StarterIssue
from portal.tests.factories import UserFactory
from projects.tests.factories import ProjectFactory


class StarterIssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StarterIssue

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"Fix the typo in error message {n}")
    body = "The message says *recieve*; it should say *receive*."
    effort_hours = 2
    points = 5


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    issue = factory.SubFactory(StarterIssueFactory, state=StarterIssue.State.CLAIMED)
    user = factory.SubFactory(UserFactory)


def step(title, *, hello_world=False, minutes=10, body="", step_id=None):
    """One journey step as the journey services take it."""
    return {
        "id": step_id,
        "title": title,
        "body": body,
        "expected_minutes": minutes,
        "is_hello_world": hello_world,
    }
