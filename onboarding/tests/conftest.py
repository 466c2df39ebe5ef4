import pytest

from portal.tests.factories import UserFactory
from projects.tests.factories import make_maintainer


@pytest.fixture
def maintainer(project):
    """A maintainer of the module's ``project`` fixture."""
    user = UserFactory(first_name="Mia", last_name="Maintainer")
    make_maintainer(project, user)
    return user
