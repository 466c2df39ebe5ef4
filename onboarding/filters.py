"""The starter-issue board's filters: skill, language, effort, project, team, mentor, search."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from onboarding.models import StarterIssue
from portal.models import Team
from projects.filters import SlugListFilter
from projects.models import Project, Tag

EFFORT_BUCKETS = {
    "2": (_("Up to 2 hours"), 0, 2),
    "4": (_("Up to half a day"), 3, 4),
    "8": (_("Up to a day"), 5, 8),
    "more": (_("More than a day"), 9, 10_000),
}


class StarterIssueFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"), max_length=200)
    skill = SlugListFilter(method="filter_skill", label=_("Skill"))
    language = SlugListFilter(method="filter_language", label=_("Language"))
    effort = django_filters.MultipleChoiceFilter(
        method="filter_effort",
        choices=[(key, label) for key, (label, _low, _high) in EFFORT_BUCKETS.items()],
        label=_("Effort"),
        distinct=False,
    )
    project = SlugListFilter(field_name="project__slug", lookup_expr="in", label=_("Project"))
    team = SlugListFilter(method="filter_team", label=_("Team"))
    mentor = django_filters.BooleanFilter(method="filter_mentor", label=_("Has a mentor"))

    class Meta:
        model = StarterIssue
        fields: list[str] = []

    def filter_search(self, queryset, name, value):
        matches = Q()
        for word in value.split()[:10]:
            matches &= (
                Q(title__icontains=word)
                | Q(body__icontains=word)
                | Q(project__name__icontains=word)
            )
        return queryset.filter(matches)

    def filter_skill(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            pk__in=StarterIssue.skills.through.objects.filter(
                tag__kind=Tag.Kind.SKILL, tag__slug__in=value
            ).values("starterissue_id")
        )

    def filter_language(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            project__in=Project.tags.through.objects.filter(
                tag__kind=Tag.Kind.LANGUAGE, tag__slug__in=value
            ).values("project_id")
        )

    def filter_effort(self, queryset, name, value):
        matches = Q()
        for key in value:
            _label, low, high = EFFORT_BUCKETS[key]
            matches |= Q(effort_hours__gte=low, effort_hours__lte=high)
        return queryset.filter(matches)

    def filter_team(self, queryset, name, value):
        if not value:
            return queryset
        ids = Team.objects.subtree_ids(*Team.objects.filter(slug__in=value))
        return queryset.filter(project__owner_team_id__in=ids)

    def filter_mentor(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(mentor__isnull=not value)
