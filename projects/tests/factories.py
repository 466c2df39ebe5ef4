import factory

from portal.tests.factories import TeamFactory
from projects.models import Project, ProjectRole, Tag
from projects.services import project_refresh_search


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    tagline = "A shared building block that other teams use."
    description = "It does one thing well."
    kind = Project.Kind.LIBRARY
    stage = Project.Stage.ACTIVE
    owner_team = factory.SubFactory(TeamFactory)

    @factory.post_generation
    def tags(project, create, extracted, **kwargs):
        """``tags={"language": ["Go"], "topic": ["observability"]}``."""
        if not create or not extracted:
            if create:
                project_refresh_search(project_ids=[project.pk])
            return
        for kind, names in extracted.items():
            for name in names:
                tag, _ = Tag.objects.get_or_create(
                    kind=kind, slug=name.lower().replace(" ", "-"), defaults={"name": name}
                )
                project.tags.add(tag)
        project_refresh_search(project_ids=[project.pk])


def make_maintainer(project: Project, user) -> ProjectRole:
    return ProjectRole.objects.create(project=project, user=user, role=ProjectRole.Role.MAINTAINER)
