"""Reads for the catalogue pages: facet counts and the rows of one page of results."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.http import QueryDict

from portal.models import Team
from projects.filters import TAG_FACETS, ProjectFilter
from projects.models import Project, ProjectRole


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    depth: int = 0


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def selected_count(self) -> int:
        return sum(1 for value in self.values if value.selected)


def _without(params: QueryDict, name: str) -> QueryDict:
    data = params.copy()
    data.pop(name, None)
    data.pop("page", None)
    return data


def catalogue_facets(params: QueryDict) -> list[Facet]:
    """Counts for every facet value, each computed with all *other* filters applied.

    So choosing "Go" still shows how many projects each other language has under the rest of
    the filters. One query per facet, whatever the number of projects or values.
    """
    facets: list[Facet] = []
    for name, kind in TAG_FACETS.items():
        base = ProjectFilter(_without(params, name), queryset=Project.objects.all()).qs
        selected = set(params.getlist(name))
        rows = (
            base.order_by()
            .filter(tags__kind=kind)
            .values("tags__slug", "tags__name")
            .annotate(count=Count("id", distinct=True))
            .order_by("-count", "tags__name")
        )
        facets.append(
            Facet(
                name=name,
                label=str(ProjectFilter.base_filters[name].label),
                values=[
                    FacetValue(
                        row["tags__slug"],
                        row["tags__name"],
                        row["count"],
                        row["tags__slug"] in selected,
                    )
                    for row in rows
                ],
            )
        )

    for name, choices in (("stage", Project.Stage.choices), ("kind", Project.Kind.choices)):
        base = ProjectFilter(_without(params, name), queryset=Project.objects.all()).qs
        counts = dict(base.order_by().values_list(name).annotate(count=Count("id")))
        selected = set(params.getlist(name))
        facets.append(
            Facet(
                name=name,
                label=str(ProjectFilter.base_filters[name].label),
                values=[
                    FacetValue(value, str(label), counts.get(value, 0), value in selected)
                    for value, label in choices
                    if counts.get(value) or value in selected
                ],
            )
        )

    facets.append(_team_facet(params))
    order = ["language", "topic", "kind", "stage", "team", "contribution", "skill"]
    return sorted(facets, key=lambda facet: order.index(facet.name))


def _team_facet(params: QueryDict) -> Facet:
    """Owner teams as a tree; a team's count includes the projects of the teams below it."""
    base = ProjectFilter(_without(params, "team"), queryset=Project.objects.all()).qs
    own = dict(base.order_by().values_list("owner_team_id").annotate(count=Count("id")))
    teams = list(Team.objects.values_list("id", "slug", "name", "parent_id"))
    children: dict[int | None, list[tuple]] = {}
    for team in teams:
        children.setdefault(team[3], []).append(team)
    selected = set(params.getlist("team"))
    values: list[FacetValue] = []

    def total(team_id: int) -> int:
        return own.get(team_id, 0) + sum(total(child[0]) for child in children.get(team_id, []))

    def walk(parent_id, depth):
        for team_id, slug, name, _parent in sorted(children.get(parent_id, []), key=lambda t: t[2]):
            count = total(team_id)
            if count or slug in selected:
                values.append(FacetValue(slug, name, count, slug in selected, depth))
                walk(team_id, depth + 1)

    walk(None, 0)
    return Facet(name="team", label=str(ProjectFilter.base_filters["team"].label), values=values)


def catalogue_page_rows(queryset):
    """What a result card or table row shows, without a query per row."""
    return queryset.select_related("owner_team").prefetch_related("tags")


def project_maintainers(project: Project) -> list:
    """The people who maintain a project: who is told when something needs their decision."""
    return [
        role.user
        for role in ProjectRole.objects.filter(
            project=project, role=ProjectRole.Role.MAINTAINER
        ).select_related("user")
    ]
