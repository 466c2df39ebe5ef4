import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.models import Membership, User
from portal.services import membership_add, membership_end, team_create, team_set_parent
from portal.tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_team_create_suggests_a_slug_from_the_name():
    team = team_create(name="Developer Experience")

    assert team.slug == "developer-experience"


def test_team_create_refuses_a_duplicate_name():
    team_create(name="Search")

    with pytest.raises(ValidationError) as error:
        team_create(name="Search", slug="search-2")

    assert "name" in error.value.message_dict


def test_a_team_cannot_be_moved_below_itself():
    top = TeamFactory()
    middle = TeamFactory(parent=top)
    bottom = TeamFactory(parent=middle)

    with pytest.raises(ValidationError):
        team_set_parent(team=top, parent=bottom)

    top.refresh_from_db()
    assert top.parent is None


def test_membership_add_changes_the_role_of_an_open_membership():
    user, team = UserFactory(), TeamFactory()
    membership_add(user=user, team=team)

    membership_add(user=user, team=team, role=Membership.Role.LEAD)

    assert Membership.objects.get(user=user, team=team).role == Membership.Role.LEAD


def test_an_ended_membership_is_kept_and_no_longer_active():
    user, team = UserFactory(), TeamFactory()
    since = timezone.localdate() - datetime.timedelta(days=100)
    membership = membership_add(user=user, team=team, since=since)

    membership_end(membership=membership, until=timezone.localdate() - datetime.timedelta(days=1))

    assert Membership.objects.filter(user=user).count() == 1
    assert not Membership.objects.active().filter(user=user).exists()
    assert Membership.objects.active(on=since).filter(user=user).exists()


def test_the_database_allows_one_open_membership_per_team():
    user, team = UserFactory(), TeamFactory()
    Membership.objects.create(user=user, team=team)

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=user, team=team)


def test_email_addresses_are_unique_whatever_their_case():
    UserFactory(email="ana@corp.example", username="ana")

    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(email="Ana@Corp.Example", username="ana2")


def test_the_subtree_of_a_team_includes_every_level_below_it():
    top = TeamFactory()
    child = TeamFactory(parent=top)
    grandchild = TeamFactory(parent=child)
    TeamFactory()  # elsewhere in the tree

    assert top.__class__.objects.subtree_ids(top) == {top.pk, child.pk, grandchild.pk}
