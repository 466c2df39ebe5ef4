import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from portal.tests.factories import MembershipFactory, TeamFactory, UserFactory
from projects.models import Project
from projects.services import project_create, project_update, tags_from_names
from projects.tests.factories import ProjectFactory


@pytest.mark.django_db
def test_tags_are_trimmed_deduplicated_and_reused():
    first = tags_from_names(kind="language", names=["Go", " go ", "Python"])
    second = tags_from_names(kind="language", names=["python"])

    assert [tag.name for tag in first] == ["Go", "Python"]
    assert second[0].pk == first[1].pk


@pytest.mark.django_db
def test_project_update_refuses_someone_who_is_not_a_maintainer():
    project = ProjectFactory()

    with pytest.raises(PermissionDenied):
        project_update(project=project, actor=UserFactory(), tagline="A new tagline for it")


@pytest.mark.django_db
def test_project_create_validates_urls_in_the_service_too():
    membership = MembershipFactory()

    with pytest.raises(ValidationError) as error:
        project_create(
            actor=membership.user,
            owner_team=membership.team,
            name="Bad links",
            tagline="Has a dangerous documentation link",
            docs_url="javascript:alert(1)",
        )

    assert "docs_url" in error.value.message_dict
    assert not Project.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_racing_registrations_of_one_name_give_one_project_and_a_clear_error():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL's concurrency")
    team = TeamFactory()
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def register():
        barrier.wait()
        try:
            project_create(actor=None, owner_team=team, name="Racer", tagline="Registered twice?")
            outcomes.append("created")
        except ValidationError as error:
            outcomes.append(" ".join(error.messages))
        finally:
            connection.close()

    threads = [threading.Thread(target=register) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("created") == 1
    assert Project.objects.filter(slug="racer").count() == 1
    assert all(
        "already" in outcome or "a moment ago" in outcome
        for outcome in outcomes
        if outcome != "created"
    )
