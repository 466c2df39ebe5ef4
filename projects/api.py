"""The catalogue API: ``/api/v1/projects/``. Same filters, permissions and services as the web.

Reads use ``ProjectFilter`` (the catalogue page's search, facets and sort); writes go through
``project_create`` and ``project_update``, so the API checks, validates and records history
exactly as the forms do.
"""

from typing import Any

from django import forms
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters import MultipleChoiceFilter
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.plumbing import build_array_type, build_basic_type, build_parameter_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, mixins, permissions, serializers, viewsets
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request

from portal.models import Team
from projects.filters import ProjectFilter
from projects.models import LINK_FIELDS, Project, ProjectRole, Tag
from projects.permissions import can_edit_project
from projects.services import TAG_LIMIT_PER_KIND, TAG_NAME_MAX, project_create, project_update

# Serializer field → tag kind, for the facets stored as tags.
TAG_FIELDS = {
    "languages": Tag.Kind.LANGUAGE,
    "topics": Tag.Kind.TOPIC,
    "skills": Tag.Kind.SKILL,
    "contribution_types": Tag.Kind.CONTRIBUTION,
}


class ApiPagination(PageNumberPagination):
    """``?page=`` and ``?page_size=`` (up to 100), answered with count/next/previous/results."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100


class CatalogueFilterBackend(DjangoFilterBackend):
    """The catalogue's filters (``ProjectFilter``); a class of its own for the schema below."""


class CatalogueFilterSchema(DjangoFilterExtension):
    """Documents the catalogue's repeatable slug parameters (``?language=go&language=rust``).

    They are plain filters over a multi-value form field, with no model field or choices for
    drf-spectacular to read a type from, so it would describe them as single strings.
    """

    target_class = CatalogueFilterBackend
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        widget = getattr(filter_field.field_class, "widget", None)
        takes_several = isinstance(widget, type) and issubclass(widget, forms.SelectMultiple)
        if not takes_several or isinstance(filter_field, MultipleChoiceFilter):
            return super().resolve_filter_field(
                auto_schema, model, filterset_class, field_name, filter_field
            )
        return [
            build_parameter_type(
                name=field_name,
                location=OpenApiParameter.QUERY,
                description=str(filter_field.label or ""),
                schema=build_array_type(build_basic_type(OpenApiTypes.STR)),
                explode=True,
                style="form",
            )
        ]


def _tag_names(help_text: str) -> serializers.ListField:
    # Reads Project.languages etc. (Tag objects, from the prefetched tags); str(tag) is its name.
    return serializers.ListField(
        child=serializers.CharField(max_length=TAG_NAME_MAX),
        max_length=TAG_LIMIT_PER_KIND,
        required=False,
        help_text=help_text,
    )


class ProjectSerializer(serializers.ModelSerializer):
    """A project as the API shows and accepts it; tags as lists of names, the team as a slug.

    It only validates the shape of the input; the viewset hands ``service_arguments()`` to the
    services, which check permissions and the rules the web forms share.
    """

    owner_team = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Team.objects.all(),
        help_text=gettext_lazy("Slug of the owning team; you must belong to it."),
    )
    languages = _tag_names(gettext_lazy('Programming languages, e.g. ["Python", "Go"].'))
    topics = _tag_names(gettext_lazy("Topics the project is about."))
    skills = _tag_names(gettext_lazy("Skills wanted from contributors."))
    contribution_types = _tag_names(gettext_lazy("Kinds of contribution wanted."))
    packages = serializers.ListField(
        child=serializers.CharField(max_length=200),
        max_length=100,
        required=False,
        help_text=gettext_lazy("Package names the project publishes, to detect adoption."),
    )
    url = serializers.SerializerMethodField(help_text=gettext_lazy("The project's page."))
    maintainers = serializers.SerializerMethodField(
        help_text=gettext_lazy("Usernames of the maintainers.")
    )

    class Meta:
        model = Project
        fields = [
            "slug",
            "name",
            "tagline",
            "description",
            "kind",
            "stage",
            "owner_team",
            "languages",
            "topics",
            "skills",
            "contribution_types",
            *LINK_FIELDS,
            "license",
            "warranty_days",
            "packages",
            "activity_score",
            "adopter_count",
            "maintainers",
            "url",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["activity_score", "adopter_count", "created_at", "updated_at"]
        extra_kwargs = {
            "slug": {
                "required": False,
                "help_text": gettext_lazy("Made from the name when left out; fixed afterwards."),
            },
        }

    def get_url(self, project: Project) -> str:
        request = self.context.get("request")
        path = project.get_absolute_url()
        return request.build_absolute_uri(path) if request else path

    def get_maintainers(self, project: Project) -> list[str]:
        # From the viewset's prefetch; reading project.roles here would query once per row.
        roles = getattr(project, "maintainer_roles", None)
        if roles is None:
            roles = project.roles.filter(role=ProjectRole.Role.MAINTAINER).select_related("user")
        return [role.user.username for role in roles]

    def validate_slug(self, value: str) -> str:
        if self.instance is not None and value != self.instance.slug:
            raise serializers.ValidationError(
                _("The slug is part of bookmarked links and cannot be changed.")
            )
        return value

    def validate_owner_team(self, value: Team) -> Team:
        if self.instance is not None and value.pk != self.instance.owner_team_id:
            raise serializers.ValidationError(
                _(
                    "Ownership moves to another team through a hand-over on the project page, "
                    "which that team accepts; it cannot be changed here."
                )
            )
        return value

    def service_arguments(self) -> dict[str, Any]:
        """``validated_data`` as keyword arguments of project_create / project_update."""
        data = dict(self.validated_data)
        tags = {kind: data.pop(field) for field, kind in TAG_FIELDS.items() if field in data}
        if tags:
            data["tags"] = tags
        return data


class CanEditProject(permissions.BasePermission):
    """Reading is open; changing a project is for its maintainers and portal admins."""

    message = gettext_lazy("Only the maintainers of this project can change it.")

    def has_object_permission(self, request: Request, view, obj: Project) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return can_edit_project(request.user, obj)


class ProjectViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Projects of the catalogue.

    The list takes the catalogue page's query parameters; archived projects are left out
    unless ``archived=true`` or ``stage=archived``. There is no delete: archive a project by
    setting its stage to ``archived``.
    """

    serializer_class = ProjectSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, CanEditProject]
    filter_backends = [CatalogueFilterBackend]
    filterset_class = ProjectFilter
    pagination_class = ApiPagination
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"

    def get_queryset(self):
        # A constant number of queries whatever the page size: owner team joined, tags and
        # maintainers fetched once for the whole page.
        maintainers = ProjectRole.objects.filter(role=ProjectRole.Role.MAINTAINER).select_related(
            "user"
        )
        return Project.objects.select_related("owner_team").prefetch_related(
            "tags",
            Prefetch(
                "roles", queryset=maintainers.order_by("user__username"), to_attr="maintainer_roles"
            ),
        )

    def filter_queryset(self, queryset):
        # The catalogue filter hides archived projects; a link to one must still work.
        if self.action != "list":
            return queryset
        return super().filter_queryset(queryset)

    def get_object(self) -> Project:
        try:
            return super().get_object()
        except Http404:
            raise exceptions.NotFound(
                _("There is no project with the slug “%(slug)s”.")
                % {"slug": self.kwargs.get(self.lookup_field, "")}
            ) from None

    def _fresh(self, project: Project) -> Project:
        """The project as the list shows it (with tags and maintainers), after a write."""
        return self.get_queryset().get(pk=project.pk)

    def perform_create(self, serializer: ProjectSerializer) -> None:
        project = project_create(actor=self.request.user, **serializer.service_arguments())
        serializer.instance = self._fresh(project)

    def perform_update(self, serializer: ProjectSerializer) -> None:
        arguments = serializer.service_arguments()
        # Read-only after creation; validated to be unchanged above.
        arguments.pop("slug", None)
        arguments.pop("owner_team", None)
        project = project_update(project=serializer.instance, actor=self.request.user, **arguments)
        serializer.instance = self._fresh(project)
