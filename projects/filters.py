"""The catalogue's search, facets and sort, shared by the web page, the CSV export and the API."""

import difflib
import re

import django_filters
from django import forms
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    TrigramStrictWordSimilarity,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Greatest
from django.utils.translation import gettext_lazy as _

from portal.models import Team
from projects.models import Project, Tag

# Word similarity above which a misspelt word still finds a name or tag ("lantren" → Lantern).
TYPO_SIMILARITY = 0.3

SORTS = {
    "relevance": _("Relevance"),
    "activity": _("Most active"),
    "newest": _("Newest"),
    "name": _("Name"),
    "adoption": _("Most adopted"),
}
SORT_ORDER = {
    "activity": ["-activity_score", "name"],
    "newest": ["-created_at", "name"],
    "name": ["name"],
    "adoption": ["-adopter_count", "-activity_score", "name"],
}

# Facet parameter → tag kind, for the facets stored as tags.
TAG_FACETS = {
    "language": Tag.Kind.LANGUAGE,
    "topic": Tag.Kind.TOPIC,
    "contribution": Tag.Kind.CONTRIBUTION,
    "skill": Tag.Kind.SKILL,
}


def search(queryset, text: str):
    """Projects matching ``text``, annotated with ``relevance``.

    PostgreSQL: websearch syntax ("quoted phrases", -exclusions, or) over the weighted search
    vector, plus trigram word similarity on names, taglines and tags for typos. SQLite: every
    word (or a close spelling of it) must appear in the name, tagline, description or tags;
    name hits rank first.
    """
    text = " ".join(text.split())[:200]
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        query = SearchQuery(text, search_type="websearch", config="english")
        similarity = Greatest(
            TrigramWordSimilarity(text, "name"),
            # Strict (whole-word) on the longer tagline, where loose similarity finds noise.
            TrigramStrictWordSimilarity(text, "tagline"),
            TrigramWordSimilarity(text, "search_tags"),
        )
        return queryset.annotate(
            similarity=similarity,
            relevance=SearchRank(F("search_vector"), query) + similarity,
        ).filter(Q(search_vector=query) | Q(similarity__gte=TYPO_SIMILARITY))
    words = _with_close_spellings(queryset, text.split())
    matches = Q()
    for spellings in words:
        word_matches = Q()
        for word in spellings:
            word_matches |= (
                Q(name__icontains=word)
                | Q(tagline__icontains=word)
                | Q(description__icontains=word)
                | Q(search_tags__icontains=word)
            )
        matches &= word_matches
    return queryset.filter(matches).annotate(
        relevance=Case(
            When(name__iexact=text, then=Value(3.0)),
            When(name__icontains=text, then=Value(2.0)),
            When(tagline__icontains=text, then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    )


def _with_close_spellings(queryset, words: list[str]) -> list[list[str]]:
    """Each word with the name and tag words it is probably a misspelling of.

    SQLite has no trigram index, so the typo tolerance PostgreSQL gets from pg_trgm is done
    here over the words of names, taglines and tags (one query; SQLite is the single-machine mode).
    """
    vocabulary: set[str] = set()
    rows = queryset.model.objects.values_list("name", "tagline", "search_tags")
    for row in rows:
        vocabulary.update(word.lower() for word in re.findall(r"\w+", " ".join(row)))
    expanded = []
    for word in words:
        close = difflib.get_close_matches(word.lower(), vocabulary, n=3, cutoff=0.75)
        expanded.append([word, *[c for c in close if c != word.lower()]])
    return expanded


SLUG = re.compile(r"^[-a-z0-9_]{1,80}$")


class SlugListField(forms.Field):
    """Several slugs from repeated parameters (?language=go&language=rust).

    Not a choice field: checking values against the tag table would cost a query per facet
    in use, and an unknown slug simply matches nothing.
    """

    widget = forms.SelectMultiple

    def to_python(self, value) -> list[str]:
        if not value:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        return [v for v in dict.fromkeys(str(v).strip().lower() for v in values) if SLUG.match(v)][
            :50
        ]


class SlugListFilter(django_filters.Filter):
    field_class = SlugListField


class TagSlugFilter(SlugListFilter):
    """Several values of one tag kind; a project matches when it has any of them."""

    def __init__(self, *args, kind: str, **kwargs):
        self.kind = kind
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(
            pk__in=Project.tags.through.objects.filter(
                tag__kind=self.kind, tag__slug__in=value
            ).values("project_id")
        )


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"), max_length=200)
    language = TagSlugFilter(kind=Tag.Kind.LANGUAGE, label=_("Language"))
    topic = TagSlugFilter(kind=Tag.Kind.TOPIC, label=_("Topic"))
    contribution = TagSlugFilter(kind=Tag.Kind.CONTRIBUTION, label=_("Contributions wanted"))
    skill = TagSlugFilter(kind=Tag.Kind.SKILL, label=_("Skills wanted"))
    team = SlugListFilter(method="filter_team", label=_("Owner team"))
    stage = django_filters.MultipleChoiceFilter(choices=Project.Stage.choices, label=_("Stage"))
    kind = django_filters.MultipleChoiceFilter(choices=Project.Kind.choices, label=_("Kind"))
    archived = django_filters.BooleanFilter(method="filter_archived", label=_("Include archived"))
    sort = django_filters.ChoiceFilter(
        choices=list(SORTS.items()), method="filter_noop", label=_("Sort"), empty_label=None
    )

    class Meta:
        model = Project
        fields: list[str] = []

    def filter_search(self, queryset, name, value):
        return search(queryset, value)

    def filter_team(self, queryset, name, value):
        """A team matches its own projects and those of every team below it."""
        if not value:
            return queryset
        ids = Team.objects.subtree_ids(*Team.objects.filter(slug__in=value))
        return queryset.filter(owner_team_id__in=ids)

    def filter_archived(self, queryset, name, value):
        return queryset

    def filter_noop(self, queryset, name, value):
        return queryset

    def _cleaned(self) -> dict:
        """The valid parameters; an invalid one (an unknown language, say) is just ignored."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return self.form.cleaned_data

    @property
    def qs(self):
        queryset = super().qs
        data = self._cleaned()
        include_archived = data.get("archived") or Project.Stage.ARCHIVED in (
            data.get("stage") or []
        )
        if not include_archived:
            queryset = queryset.listed()
        return queryset.order_by(*self.ordering())

    def ordering(self) -> list:
        data = self._cleaned()
        sort = data.get("sort") or ""
        searching = bool((data.get("q") or "").strip())
        if sort == "relevance" or (searching and not sort):
            if searching:
                return [F("relevance").desc(), "-activity_score", "name"]
            sort = "activity"
        return SORT_ORDER.get(sort, SORT_ORDER["activity"])

    @property
    def active_sort(self) -> str:
        data = self._cleaned()
        if data.get("sort"):
            return data["sort"]
        return "relevance" if (data.get("q") or "").strip() else "activity"
