"""The catalogue's search, facets and sort, shared by the web page, the CSV export and the API."""

import difflib
import functools
import re
import uuid

import django_filters
from django import forms
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    TrigramStrictWordSimilarity,
    TrigramWordSimilarity,
)
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Greatest
from django.utils.translation import gettext_lazy as _

from portal.models import Team
from projects.models import Project, Tag

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
    vector; when that finds nothing, trigram word similarity on names, taglines and tags finds
    misspellings. SQLite: every word must appear in the name, tagline, description or tags;
    when none does, close spellings of the words are tried. Name hits rank first.

    The matching projects are found once (see ``_matching_ids``); the catalogue then filters
    by their ids in every facet query instead of searching nine times per page.
    """
    text = " ".join(text.split())[:200]
    if not text:
        return queryset
    queryset = queryset.filter(pk__in=_matching_ids(queryset.model, text))
    if connection.vendor == "postgresql":
        query = SearchQuery(text, search_type="websearch", config="english")
        similarity = Greatest(
            TrigramWordSimilarity(text, "name"),
            TrigramStrictWordSimilarity(text, "tagline"),
            TrigramWordSimilarity(text, "search_tags"),
        )
        return queryset.annotate(relevance=SearchRank(F("search_vector"), query) + similarity)
    # A misspelt search ranks projects by their name containing one of its close spellings.
    spellings = [
        alternative
        for alternatives in _with_close_spellings(queryset.model, text.split())
        for alternative in alternatives[1:]
    ]
    return queryset.annotate(
        relevance=Case(
            When(name__iexact=text, then=Value(3.0)),
            When(name__icontains=text, then=Value(2.0)),
            *[When(name__icontains=spelling, then=Value(1.5)) for spelling in spellings],
            When(tagline__icontains=text, then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    )


def found_by_close_spelling(model, text: str) -> bool:
    """Whether a search for ``text`` found nothing exact and fell back to close spellings."""
    text = " ".join(text.split())[:200]
    if not text:
        return False
    return _matching_ids_at(model, text, connection.vendor, _catalogue_version())[1]


def _matching_ids(model, text: str) -> list[int]:
    """Ids of the projects whose text matches, remembered until any project's text changes."""
    version = _catalogue_version()
    return list(_matching_ids_at(model, text, connection.vendor, version)[0])


@functools.lru_cache(maxsize=256)
def _matching_ids_at(model, text: str, vendor: str, version: str) -> tuple[tuple[int, ...], bool]:
    """Exact matches if there are any; only when there are none, the typo-tolerant ones.

    Tolerating typos on every search would drown a precise query ("trace cache") in projects
    that merely have a word that looks alike; as a fallback it rescues "lantren".
    """
    exact, tolerant = _search_conditions(model, text, vendor)
    ids = tuple(model.objects.filter(exact).values_list("pk", flat=True))
    if ids or tolerant is None:
        return ids, False
    return tuple(model.objects.filter(tolerant).values_list("pk", flat=True)), True


def _search_conditions(model, text: str, vendor: str) -> tuple[Q, Q | None]:
    if vendor == "postgresql":
        query = SearchQuery(text, search_type="websearch", config="english")
        # The trigram operators (%> and %>>) can use the GIN indexes; their thresholds are
        # set per connection (see settings). Strict (whole-word) similarity on the longer
        # tagline, where loose similarity finds noise.
        tolerant = (
            Q(name__trigram_word_similar=text)
            | Q(search_tags__trigram_word_similar=text)
            | Q(tagline__trigram_strict_word_similar=text)
        )
        return Q(search_vector=query), tolerant
    words = text.split()
    spellings = _with_close_spellings(model, words)
    exact, tolerant = Q(), Q()
    for word, alternatives in zip(words, spellings, strict=True):
        exact &= _contains(word)
        either = Q()
        for spelling in alternatives:
            either |= _contains(spelling)
        tolerant &= either
    has_alternatives = any(len(alternatives) > 1 for alternatives in spellings)
    return exact, tolerant if has_alternatives else None


def _contains(word: str) -> Q:
    return (
        Q(name__icontains=word)
        | Q(tagline__icontains=word)
        | Q(description__icontains=word)
        | Q(search_tags__icontains=word)
    )


VOCABULARY_VERSION_KEY = "catalogue:vocabulary-version"
_vocabulary: dict[str, object] = {"version": None, "words": frozenset()}


def vocabulary_changed() -> None:
    """Called when project text changes: searches and the word list are then recomputed."""
    cache.set(VOCABULARY_VERSION_KEY, uuid.uuid4().hex, None)


def _catalogue_version() -> str:
    """A token that changes whenever a project's text changes, shared by every process."""
    version = cache.get(VOCABULARY_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VOCABULARY_VERSION_KEY, version, None)
    return version


def _words_of_the_catalogue(model) -> frozenset[str]:
    """The words of all names, taglines and tags, rebuilt only when the catalogue changed.

    One search page filters the catalogue once per facet; the word list is read from the
    database once and kept in this process until a project's text changes.
    """
    version = _catalogue_version()
    if _vocabulary["version"] != version:
        words: set[str] = set()
        for row in model.objects.values_list("name", "tagline", "search_tags").iterator():
            words.update(word.lower() for word in re.findall(r"\w+", " ".join(row)))
        _vocabulary.update(version=version, words=frozenset(words))
        _close_spellings.cache_clear()
    return _vocabulary["words"]  # type: ignore[return-value]


@functools.lru_cache(maxsize=1024)
def _close_spellings(word: str, version: str) -> tuple[str, ...]:
    words = _vocabulary["words"]
    return tuple(difflib.get_close_matches(word, words, n=3, cutoff=0.75))  # type: ignore[arg-type]


def _with_close_spellings(model, words: list[str]) -> list[list[str]]:
    """Each word with the catalogue words it is probably a misspelling of.

    SQLite has no trigram index, so the typo tolerance PostgreSQL gets from pg_trgm is done
    here (SQLite is the single-machine mode).
    """
    _words_of_the_catalogue(model)
    version = str(_vocabulary["version"])
    expanded = []
    for word in words:
        close = _close_spellings(word.lower(), version)
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
    # distinct=False: a column filter cannot duplicate rows, and DISTINCT over every column
    # (descriptions included) made counting the results several times slower.
    stage = django_filters.MultipleChoiceFilter(
        choices=Project.Stage.choices, label=_("Stage"), distinct=False
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=Project.Kind.choices, label=_("Kind"), distinct=False
    )
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
