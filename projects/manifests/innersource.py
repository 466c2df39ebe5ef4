"""innersource.json (SAP's Project Portal for InnerSource, InnerSource Commons) and the portal's
crawl listing ``repos.json``: parsing into planned projects, and export back.

The mapping is documented in docs/importing.md; keep the two in step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from projects.manifests.base import (
    Entity,
    InputRefused,
    Kind,
    ParsedSource,
    Problem,
    first_sentence,
    line_of,
    load_json,
    shorten,
    slug_from,
    string_list,
    type_name,
    url_problem,
)

if TYPE_CHECKING:
    from projects.models import Project

FORMAT = "innersource"
CRAWL_FORMAT = "crawl"
# Keys of innersource.json that map onto the project; every other key is kept in
# extra["innersource"]. ``name``/``description`` are the salesforce schema's words for
# ``title``/``motivation`` and are read only when those are missing.
TAG_KEYS = {
    "contributions": "contribution",
    "skills": "skill",
    "language": "language",
    "topics": "topic",
}
CRAWL_METADATA = "_InnerSourceMetadata"
# Keys of a crawl entry (GitHub's repository API shape) that map onto the project; the rest is
# kept in extra["crawl"].
CRAWL_MAPPED = {"description", "language", "topics", "html_url", "license", CRAWL_METADATA}

NAME_MAX = 100
DESCRIPTION_MAX = 20000
LICENSE_MAX = 200
TAG_LIMIT = 20

Where = Callable[[str], int | None]


def parse(text: str, source: str) -> ParsedSource:
    """An innersource.json object becomes one project; a JSON list is a crawl listing."""
    parsed = ParsedSource(name=source, format=FORMAT)
    try:
        data, lines = load_json(text)
    except InputRefused as exc:
        parsed.problems.append(Problem(exc.line, exc.message))
        return parsed
    return parse_data(data, lines, source)


def parse_data(data: Any, lines: dict[tuple, int], source: str) -> ParsedSource:
    if isinstance(data, list):
        return _parse_crawl(data, lines, source)
    parsed = ParsedSource(name=source, format=FORMAT)
    if not isinstance(data, dict):
        parsed.problems.append(
            Problem(
                1,
                _(
                    "An innersource.json holds one object with title, motivation, …; this is "
                    "%(type)s."
                )
                % {"type": type_name(data)},
            )
        )
        return parsed
    entity = manifest_entity(
        data,
        lambda key: line_of(lines, key),
        source=source,
        line=line_of(lines),
        label="innersource.json",
    )
    parsed.entities.append(entity)
    return parsed


def _parse_crawl(data: list, lines: dict[tuple, int], source: str) -> ParsedSource:
    """A crawl listing: GitHub-API-shaped repositories, each with ``_InnerSourceMetadata``."""
    parsed = ParsedSource(name=source, format=CRAWL_FORMAT)
    if not data:
        parsed.problems.append(Problem(1, _("The list is empty: there is nothing to import.")))
    for index, entry in enumerate(data):
        line = line_of(lines, index)
        if not isinstance(entry, dict):
            parsed.problems.append(
                Problem(
                    line,
                    _("Entry %(number)d is %(type)s, not a repository object; it is skipped.")
                    % {"number": index + 1, "type": type_name(entry)},
                    blocking=False,
                )
            )
            continue
        parsed.entities.append(_crawl_entity(entry, index, lines, source))
    return parsed


def _crawl_entity(entry: dict, index: int, lines: dict[tuple, int], source: str) -> Entity:
    metadata = entry.get(CRAWL_METADATA)
    problems: list[Problem] = []
    if metadata is None:
        metadata = {}
    elif not isinstance(metadata, dict):
        problems.append(
            Problem(
                line_of(lines, index, CRAWL_METADATA),
                _("%(key)s is %(type)s, not a mapping; it is ignored.")
                % {"key": CRAWL_METADATA, "type": type_name(metadata)},
                blocking=False,
            )
        )
        metadata = {}
    # The metadata (the repository's innersource.json) wins; the repository's own fields fill in.
    manifest = dict(metadata)
    origin: dict[str, tuple] = {key: (index, CRAWL_METADATA, key) for key in metadata}
    for key, fallback in (("title", "name"), ("motivation", "description")):
        if not manifest.get(key) and entry.get(fallback):
            manifest[key] = entry[fallback]
            origin[key] = (index, fallback)
    for key in ("language", "license"):
        if not manifest.get(key) and entry.get(key):
            manifest[key] = entry[key]
            origin[key] = (index, key)
    if entry.get("topics"):
        names = string_list(manifest.get("topics"))[0]
        extra_names = string_list(entry["topics"])[0]
        manifest["topics"] = names + [name for name in extra_names if name not in names]
        origin.setdefault("topics", (index, "topics"))

    name = (
        entry.get("full_name") or entry.get("name") or _("entry %(number)d") % {"number": index + 1}
    )
    entity = manifest_entity(
        manifest,
        lambda key: line_of(lines, *origin.get(key, (index,))),
        source=source,
        line=line_of(lines, index),
        label=_("repository %(name)s") % {"name": shorten(name, 60)},
    )
    entity.problems[:0] = problems
    url = entry.get("html_url")
    if url:
        problem = url_problem(url)
        if problem:
            entity.problem(line_of(lines, index, "html_url"), _("html_url: %s") % problem)
        else:
            entity.values["repository_url"] = url.strip()
            entity.refs["field_lines"]["repository_url"] = line_of(lines, index, "html_url")
    crawl = {key: value for key, value in entry.items() if key not in CRAWL_MAPPED}
    if crawl:
        entity.extra["crawl"] = crawl
    return entity


def _text(manifest: dict, key: str, where: Where, entity: Entity) -> str:
    value = manifest.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    entity.problem(
        where(key),
        _("%(key)s must be text, not %(type)s.") % {"key": key, "type": type_name(value)},
    )
    return ""


def manifest_entity(
    manifest: dict, where: Where, *, source: str, line: int | None, label: str
) -> Entity:
    """Map one innersource.json object onto a planned project (see docs/importing.md)."""
    entity = Entity(kind=Kind.PROJECT, key="", source=source, line=line, label=label)
    consumed: set[str] = set()

    title_key = "title" if manifest.get("title") is not None else "name"
    title = _text(manifest, title_key, where, entity)
    if title_key in manifest:
        consumed.add(title_key)
    if not title:
        entity.problem(line, _("There is no title (or name): a project needs a name."))
    elif len(title) > NAME_MAX:
        entity.problem(
            where(title_key),
            _("The %(key)s is %(length)d characters long; a project name has at most %(max)d.")
            % {"key": title_key, "length": len(title), "max": NAME_MAX},
        )
    entity.key = slug_from(title)
    if title and not entity.key:
        entity.problem(
            where(title_key),
            _(
                "No web address (slug) can be made from the title “%(title)s”; use Latin letters "
                "or digits."
            )
            % {"title": shorten(title)},
        )
    entity.values["name"] = title[:NAME_MAX]
    field_lines = entity.refs.setdefault("field_lines", {})
    field_lines["name"] = where(title_key)

    motivation_key = "motivation" if manifest.get("motivation") is not None else "description"
    motivation = _text(manifest, motivation_key, where, entity)
    if motivation_key in manifest:
        consumed.add(motivation_key)
    if len(motivation) > DESCRIPTION_MAX:
        entity.problem(
            where(motivation_key),
            _("The %(key)s is %(length)d characters long; the limit is %(max)d.")
            % {"key": motivation_key, "length": len(motivation), "max": DESCRIPTION_MAX},
        )
    field_lines["description"] = field_lines["tagline"] = where(motivation_key)
    field_lines["docs_url"] = where("docs")
    field_lines["license"] = where("license")
    if motivation:
        entity.values["description"] = motivation
        entity.values["tagline"] = first_sentence(motivation)
    else:
        entity.values["tagline"] = first_sentence(title)
        entity.problem(
            line,
            _("There is no motivation (or description); the tagline is the title."),
            blocking=False,
        )

    for key, tag_kind in TAG_KEYS.items():
        if key not in manifest:
            continue
        consumed.add(key)
        names, problem, blocking = string_list(manifest[key], split_commas=key == "language")
        if problem:
            entity.problem(where(key), f"{key}: {problem}", blocking=blocking)
        if len({slug_from(name) for name in names}) > TAG_LIMIT:
            entity.problem(
                where(key),
                _("%(key)s lists %(count)d values; at most %(max)d are kept per kind.")
                % {"key": key, "count": len(names), "max": TAG_LIMIT},
            )
        entity.tags[tag_kind] = names

    if manifest.get("docs") not in (None, ""):
        consumed.add("docs")
        problem = url_problem(manifest["docs"])
        if problem:
            entity.problem(where("docs"), _("docs: %s") % problem)
        else:
            entity.values["docs_url"] = manifest["docs"].strip()

    if manifest.get("license") not in (None, ""):
        consumed.add("license")
        licence = manifest["license"]
        if isinstance(licence, dict):  # GitHub's API shape: {"spdx_id": …, "name": …}
            licence = licence.get("spdx_id") or licence.get("name") or ""
        if not isinstance(licence, str):
            entity.problem(
                where("license"),
                _("license must be text, not %(type)s.") % {"type": type_name(licence)},
            )
        elif len(licence) > LICENSE_MAX:
            entity.problem(
                where("license"),
                _("The license is longer than %(max)d characters.") % {"max": LICENSE_MAX},
            )
        else:
            entity.values["license"] = licence.strip()

    # Everything else is kept, including the logo: it may be a relative path or the template's
    # placeholder text, and the portal does not fetch images from manifests.
    kept = {key: value for key, value in manifest.items() if key not in consumed}
    if kept:
        entity.extra["innersource"] = kept
    return entity


def dump_project(project: Project, *, logo_url: str = "") -> dict[str, Any]:
    """The project as an innersource.json object, with the unknown fields it was imported with.

    The portal's values win over kept fields of the same name; ``logo_url`` is the absolute
    address of an uploaded logo, used when no logo text was imported.
    """
    tags = {kind: [tag.name for tag in project.tags_of(kind)] for kind in TAG_KEYS.values()}
    data: dict[str, Any] = {
        "title": project.name,
        "motivation": project.description or project.tagline,
        "contributions": tags["contribution"],
        "skills": tags["skill"],
    }
    if tags["language"]:
        data["language"] = ", ".join(tags["language"])
    if tags["topic"]:
        data["topics"] = tags["topic"]
    if project.docs_url:
        data["docs"] = project.docs_url
    if project.license:
        data["license"] = project.license
    kept = project.extra.get("innersource") if isinstance(project.extra, dict) else None
    kept = kept if isinstance(kept, dict) else {}
    if logo_url and "logo" not in kept:
        data["logo"] = logo_url
    for key, value in kept.items():
        data.setdefault(key, value)
    return data
