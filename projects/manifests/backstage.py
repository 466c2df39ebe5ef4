"""Backstage catalog descriptors (catalog-info.yaml): parsing into planned projects, teams and
people, and export of a project as a Component.

YAML is read with the safe loader through the compose API, so every value keeps its line, and
only after an event pre-scan has refused alias bombs and absurd nesting (docs/importing.md).
"""

from __future__ import annotations

import copy
import posixpath
import re
from typing import TYPE_CHECKING, Any

import yaml
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from projects.manifests.base import (
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_ENTITIES,
    MAX_EXPANDED_VALUES,
    Action,
    Entity,
    InputRefused,
    Kind,
    ParsedSource,
    Problem,
    first_sentence,
    line_of,
    shorten,
    slug_from,
    string_list,
    type_name,
    url_problem,
)

if TYPE_CHECKING:
    from projects.models import Project

FORMAT = "backstage"
# The C parser when PyYAML was built with libyaml: the same safe loader, several times faster.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Backstage's own validation rules (catalog-model's KubernetesValidatorFunctions).
NAME_RE = re.compile(r"^[a-zA-Z0-9]([-_.a-zA-Z0-9]*[a-zA-Z0-9])?$")
NAMESPACE_RE = re.compile(r"^[a-z0-9]+(?:-+[a-z0-9]+)*$")
TAG_RE = re.compile(r"^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$")
NAME_MAX = 63

# spec.type → Project.kind. A website is something people use directly, so a tool; the
# original type is kept in extra and written back on export.
TYPE_TO_KIND = {
    "service": "service",
    "library": "library",
    "website": "tool",
    "tool": "tool",
    "api": "api",
    "sdk": "sdk",
    "platform": "platform",
}
KIND_TO_TYPE = {
    "service": "service",
    "library": "library",
    "tool": "tool",
    "api": "api",
    "sdk": "sdk",
    "platform": "platform",
}
# spec.lifecycle → Project.stage, and back. The portal's stages are finer than Backstage's
# three; the exact stage travels in the ``innersource.portal/stage`` annotation.
LIFECYCLE_TO_STAGE = {
    "experimental": "incubating",
    "production": "active",
    "deprecated": "deprecated",
}
STAGE_TO_LIFECYCLE = {
    "proposed": "experimental",
    "incubating": "experimental",
    "active": "production",
    "mature": "production",
    "deprecated": "deprecated",
    "archived": "deprecated",
}
# The portal's own annotations: what Backstage has no field for, so that an exported
# catalog-info.yaml imports back to the same project.
PORTAL = "innersource.portal/"
PORTAL_TAG_ANNOTATIONS = {
    "languages": "language",
    "skills": "skill",
    "contributions": "contribution",
}
# Links are mapped onto the project's link fields when their icon or title says clearly what
# they are (first match wins); the others are kept in extra.
LINK_RULES = [
    (
        "repository_url",
        {"github", "gitlab", "bitbucket", "git", "code", "source"},
        ("repo", "repository", "source", "code", "github", "gitlab", "bitbucket"),
    ),
    (
        "docs_url",
        {"docs", "doc", "documentation", "techdocs", "book"},
        ("doc", "docs", "documentation", "manual", "handbook", "wiki"),
    ),
    (
        "issue_tracker_url",
        {"bug", "issue", "issues"},
        ("issue", "issues", "bug", "bugs", "tracker", "jira", "tickets"),
    ),
    (
        "chat_url",
        {"chat", "slack", "message", "chat_bubble"},
        ("chat", "slack", "channel", "mattermost", "discord", "teams"),
    ),
    (
        "forum_url",
        {"forum", "discussion", "discussions"},
        ("forum", "discussion", "discussions", "discourse", "community"),
    ),
    ("sandbox_url", {"sandbox", "playground"}, ("sandbox", "playground")),
]
EXPORT_LINKS = [
    ("repository_url", "Repository", ""),
    ("docs_url", "Documentation", "docs"),
    ("issue_tracker_url", "Issue tracker", ""),
    ("chat_url", "Chat", "chat"),
    ("forum_url", "Forum", ""),
    ("sandbox_url", "Sandbox", ""),
]
# Values are recorded with their lines this deep; enough for metadata.tags[3] or links[2].url.
_LINE_DEPTH = 4

PROJECT_NAME_MAX = 100
TEAM_NAME_MAX = 120
TEAM_DESCRIPTION_MAX = 2000
PERSON_NAME_MAX = 150


# Reading YAML safely ---------------------------------------------------------------------------


def _yaml_refusal(exc: yaml.YAMLError) -> InputRefused:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    what = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    if context:
        what = f"{what} ({context})"
    if mark is None:
        return InputRefused(_("The YAML is not valid: %(error)s.") % {"error": what})
    return InputRefused(
        _("Line %(line)d, column %(column)d: the YAML is not valid: %(error)s.")
        % {"line": mark.line + 1, "column": mark.column + 1, "error": what},
        mark.line + 1,
    )


def _prescan(text: str) -> None:
    """Refuse alias bombs, absurd nesting and too many documents from the event stream, before
    any value is built (a "billion laughs" file is a few hundred bytes of aliases)."""
    aliases = depth = documents = 0
    try:
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise InputRefused(
                        _(
                            "Line %(line)d: the YAML uses more than %(limit)d aliases (*name); "
                            "it is refused, as this is how “billion laughs” attacks work."
                        )
                        % {"line": event.start_mark.line + 1, "limit": MAX_ALIASES},
                        event.start_mark.line + 1,
                    )
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputRefused(
                        _("Line %(line)d: the YAML is nested deeper than %(limit)d levels.")
                        % {"line": event.start_mark.line + 1, "limit": MAX_DEPTH},
                        event.start_mark.line + 1,
                    )
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > MAX_ENTITIES:
                    raise InputRefused(
                        _("The file holds more than %(limit)d documents; split it up.")
                        % {"limit": MAX_ENTITIES},
                        event.start_mark.line + 1,
                    )
    except yaml.YAMLError as exc:
        raise _yaml_refusal(exc) from None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_expansion(root: yaml.Node) -> None:
    """Refuse documents whose aliases expand to a huge (or endless) tree: a few aliases that
    each repeat the one before multiply, and a value that contains itself never ends."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if children_done:
            open_nodes.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[id(node)] > MAX_EXPANDED_VALUES:
                raise InputRefused(
                    _("Line %(line)d: the YAML's aliases expand to more than %(limit)d values.")
                    % {"line": node.start_mark.line + 1, "limit": MAX_EXPANDED_VALUES},
                    node.start_mark.line + 1,
                )
            continue
        if id(node) in open_nodes:
            raise InputRefused(
                _("Line %(line)d: the YAML contains a value that contains itself.")
                % {"line": node.start_mark.line + 1},
                node.start_mark.line + 1,
            )
        open_nodes.add(id(node))
        stack.append((node, True))
        for child in children:
            if id(child) in open_nodes:
                raise InputRefused(
                    _("Line %(line)d: the YAML contains a value that contains itself.")
                    % {"line": child.start_mark.line + 1},
                    child.start_mark.line + 1,
                )
            if id(child) not in sizes:
                stack.append((child, False))


def _record_lines(root: yaml.Node) -> dict[tuple, int]:
    lines: dict[tuple, int] = {(): root.start_mark.line + 1}
    stack: list[tuple[yaml.Node, tuple]] = [(root, ())]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if id(node) in seen or len(path) >= _LINE_DEPTH:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                lines[(*path, key)] = key_node.start_mark.line + 1
                stack.append((value_node, (*path, key)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*path, index)] = item.start_mark.line + 1
                stack.append((item, (*path, index)))
    return lines


def load_documents(text: str) -> list[tuple[Any, dict[tuple, int]]]:
    """Every document of a YAML stream with a map of paths to lines; ``InputRefused`` for
    broken or hostile YAML."""
    _prescan(text)
    documents = []
    loader = Loader(text)
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is None:
                continue
            _check_expansion(node)
            data = loader.construct_document(node)
            documents.append((data, _record_lines(node)))
    except yaml.YAMLError as exc:
        raise _yaml_refusal(exc) from None
    finally:
        loader.dispose()
    return documents


def parse(text: str, source: str) -> ParsedSource:
    """A catalog-info.yaml: one planned entity per document."""
    parsed = ParsedSource(name=source, format=FORMAT)
    try:
        documents = load_documents(text)
    except InputRefused as exc:
        parsed.problems.append(Problem(exc.line, exc.message))
        return parsed
    for number, (data, lines) in enumerate(documents, start=1):
        if data is None:  # an empty document, e.g. after a trailing "---"
            continue
        parsed.entities.append(entity_from_document(data, lines, source=source, number=number))
    return parsed


# Documents → entities --------------------------------------------------------------------------


def parse_ref(ref: str) -> tuple[str | None, str | None, str]:
    """``group:default/team-a`` → ("group", "default", "team-a"); kind and namespace optional."""
    kind, _sep, rest = ref.rpartition(":") if ":" in ref else (None, "", ref)
    namespace, _sep, name = rest.rpartition("/") if "/" in rest else (None, "", rest)
    return (kind.lower() if kind else None), (namespace or None), name


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def entity_from_document(
    data: Any, lines: dict[tuple, int], *, source: str, number: int = 1
) -> Entity:
    """One Backstage entity as a planned project, team or person, or a reported skip."""
    line = line_of(lines)
    if not isinstance(data, dict):
        entity = Entity(
            kind=Kind.OTHER,
            key="",
            source=source,
            line=line,
            label=_("document %(number)d") % {"number": number},
            action=Action.SKIP,
            reason=_("not imported: not a Backstage entity"),
        )
        entity.problem(
            line,
            _(
                "This document is %(type)s, not a Backstage entity (a mapping with apiVersion, "
                "kind and metadata)."
            )
            % {"type": type_name(data)},
        )
        return entity

    kind = data.get("kind")
    metadata = data.get("metadata")
    name = _str(metadata.get("name")) if isinstance(metadata, dict) else ""
    label = f"{kind if isinstance(kind, str) else '?'} {name or '?'}"
    handler = {"Component": _component, "Group": _group, "User": _user}.get(kind)
    entity = Entity(
        kind={"Component": Kind.PROJECT, "Group": Kind.TEAM, "User": Kind.PERSON}.get(
            kind, Kind.OTHER
        ),
        key=name,
        source=source,
        line=line,
        label=label,
    )
    if handler is None:
        entity.action = Action.SKIP
        if not isinstance(kind, str) or not kind:
            entity.reason = _("not imported: the document has no kind")
            entity.problem(line, _("kind is missing: a Backstage entity names its kind."))
        else:
            entity.reason = _("not imported: kind %(kind)s is not modelled") % {"kind": kind}
            if kind == "Location":
                _location(entity, data, lines)
        return entity

    if not isinstance(data.get("apiVersion"), str) or not data["apiVersion"].strip():
        entity.problem(line, _("apiVersion is missing: a Backstage entity names its version."))
    elif not data["apiVersion"].startswith("backstage.io/"):
        entity.problem(
            line_of(lines, "apiVersion"),
            _(
                "apiVersion %(version)s is not Backstage's; the entity is read as "
                "backstage.io/v1alpha1."
            )
            % {"version": shorten(data["apiVersion"])},
            blocking=False,
        )
    if not isinstance(metadata, dict):
        entity.problem(line, _("metadata is missing or not a mapping."))
        return entity
    if not name:
        entity.problem(line_of(lines, "metadata"), _("metadata.name is missing."))
    elif len(name) > NAME_MAX or not NAME_RE.match(name):
        entity.problem(
            line_of(lines, "metadata", "name"),
            _(
                "metadata.name “%(name)s” is not a valid Backstage name: use at most %(max)d "
                "letters, digits, “-”, “_” and “.”, starting and ending with a letter or digit."
            )
            % {"name": shorten(name), "max": NAME_MAX},
        )
    namespace = metadata.get("namespace")
    if namespace is not None and (
        not isinstance(namespace, str)
        or len(namespace) > NAME_MAX
        or not NAMESPACE_RE.match(namespace)
    ):
        entity.problem(
            line_of(lines, "metadata", "namespace"),
            _(
                "metadata.namespace “%(namespace)s” is not valid: lower-case letters, digits and "
                "“-”."
            )
            % {"namespace": shorten(namespace)},
        )
    spec = data.get("spec", {})
    if not isinstance(spec, dict):
        entity.problem(line_of(lines, "spec"), _("spec is not a mapping."))
        spec = {}
    handler(entity, data, metadata, spec, lines)
    return entity


def _component(entity: Entity, data: dict, metadata: dict, spec: dict, lines: dict) -> None:
    """A Component becomes a project (mapping tables in docs/importing.md)."""
    entity.key = slug_from(entity.key)
    lines_of = entity.refs.setdefault("field_lines", {})
    kept_metadata = {
        key: value
        for key, value in metadata.items()
        if key not in ("name", "title", "description", "tags", "links", "annotations")
    }
    kept_spec = dict(spec)
    annotations = metadata.get("annotations") or {}
    if not isinstance(annotations, dict):
        entity.problem(
            line_of(lines, "metadata", "annotations"),
            _("metadata.annotations must be a mapping of names to texts."),
        )
        annotations = {}
    ours = {
        key[len(PORTAL) :]: value
        for key, value in annotations.items()
        if str(key).startswith(PORTAL)
    }
    kept_annotations = {
        key: value for key, value in annotations.items() if not str(key).startswith(PORTAL)
    }

    title = metadata.get("title")
    name = _str(title) or _str(metadata.get("name"))
    lines_of["name"] = line_of(lines, "metadata", "title" if _str(title) else "name")
    if len(name) > PROJECT_NAME_MAX:
        entity.problem(
            lines_of["name"],
            _("The title is %(length)d characters long; a project name has at most %(max)d.")
            % {"length": len(name), "max": PROJECT_NAME_MAX},
        )
    entity.values["name"] = name

    description = metadata.get("description")
    if description is not None and not isinstance(description, str):
        entity.problem(
            line_of(lines, "metadata", "description"),
            _("metadata.description must be text, not %(type)s.")
            % {"type": type_name(description)},
        )
        description = ""
    description = (description or "").strip()
    lines_of["description"] = line_of(lines, "metadata", "description")
    if description:
        entity.values["description"] = description
    tagline = _str(ours.get("tagline"))
    if tagline:
        lines_of["tagline"] = line_of(lines, "metadata", "annotations", PORTAL + "tagline")
    else:
        tagline = first_sentence(description)
        lines_of["tagline"] = lines_of["description"]
    if not tagline:
        tagline = first_sentence(name)
        entity.problem(
            entity.line,
            _("There is no description; the tagline is the name."),
            blocking=False,
        )
    entity.values["tagline"] = tagline

    tags = metadata.get("tags")
    if tags is not None:
        if not isinstance(tags, list):
            entity.problem(line_of(lines, "metadata", "tags"), _("metadata.tags must be a list."))
        else:
            valid = []
            for index, tag in enumerate(tags):
                if isinstance(tag, str) and len(tag) <= NAME_MAX and TAG_RE.match(tag):
                    valid.append(tag)
                    continue
                entity.problem(
                    line_of(lines, "metadata", "tags", index),
                    _(
                        "The tag “%(tag)s” is not a valid Backstage tag: use lower-case letters, "
                        "digits, “:”, “+” and “#”, joined by single hyphens, at most %(max)d "
                        "characters (no spaces)."
                    )
                    % {"tag": shorten(tag), "max": NAME_MAX},
                )
            entity.tags["topic"] = valid
    for annotation, tag_kind in PORTAL_TAG_ANNOTATIONS.items():
        if annotation in ours:
            names, problem, blocking = string_list(ours[annotation], split_commas=True)
            if problem:
                entity.problem(
                    line_of(lines, "metadata", "annotations", PORTAL + annotation),
                    f"{PORTAL}{annotation}: {problem}",
                    blocking=blocking,
                )
            entity.tags[tag_kind] = names
    licence = _str(ours.get("license"))
    if licence:
        entity.values["license"] = licence[:200]

    kept_links = _links(entity, metadata.get("links"), lines)
    if "repository_url" not in entity.values:
        repository = _repository_from_annotations(annotations)
        if repository and not url_problem(repository):
            entity.values["repository_url"] = repository

    _type_and_lifecycle(entity, spec, ours, lines, kept_spec)

    owner = spec.get("owner")
    kept_spec.pop("owner", None)
    if not isinstance(owner, str) or not owner.strip():
        entity.problem(
            line_of(lines, "spec", "owner") or line_of(lines, "spec") or entity.line,
            _("spec.owner is missing: a component needs an owner group."),
        )
    else:
        entity.refs["owner"] = (owner.strip(), line_of(lines, "spec", "owner"))

    kept: dict[str, Any] = {
        key: value
        for key, value in data.items()
        if key not in ("apiVersion", "kind", "metadata", "spec")
    }
    if data.get("apiVersion") != "backstage.io/v1alpha1":
        kept["apiVersion"] = data.get("apiVersion")
    if kept_annotations:
        kept_metadata["annotations"] = kept_annotations
    if kept_links:
        kept_metadata["links"] = kept_links
    if kept_metadata:
        kept["metadata"] = kept_metadata
    if kept_spec:
        kept["spec"] = kept_spec
    if kept:
        entity.extra["backstage"] = kept


def _links(entity: Entity, links: Any, lines: dict) -> list:
    """Map links onto the project's link fields; return the ones that are kept in extra."""
    if links is None:
        return []
    if not isinstance(links, list):
        entity.problem(line_of(lines, "metadata", "links"), _("metadata.links must be a list."))
        return []
    kept = []
    for index, link in enumerate(links):
        line = line_of(lines, "metadata", "links", index)
        if not isinstance(link, dict) or "url" not in link:
            entity.problem(line, _("Each link needs a url."))
            continue
        problem = url_problem(link["url"])
        if problem:
            entity.problem(
                line_of(lines, "metadata", "links", index, "url") or line,
                _("Link “%(title)s”: %(problem)s.")
                % {"title": shorten(link.get("title") or index + 1), "problem": problem},
            )
            continue
        field_name = _classify_link(link)
        if field_name and field_name not in entity.values:
            entity.values[field_name] = link["url"].strip()
            entity.refs.setdefault("field_lines", {})[field_name] = line
        else:
            kept.append(link)
    return kept


def _classify_link(link: dict) -> str | None:
    icon = _str(link.get("icon")).lower()
    words = set(re.findall(r"[a-z]+", _str(link.get("title")).lower()))
    words |= set(re.findall(r"[a-z]+", _str(link.get("type")).lower()))
    for field_name, icons, _title_words in LINK_RULES:
        if icon in icons:
            return field_name
    for field_name, _icons, title_words in LINK_RULES:
        if words & set(title_words):
            return field_name
    return None


def _repository_from_annotations(annotations: dict) -> str:
    """Backstage's usual source annotations, when no link names the repository."""
    location = _str(annotations.get("backstage.io/source-location"))
    if location.startswith("url:"):
        return location[4:]
    slug = _str(annotations.get("github.com/project-slug"))
    if re.fullmatch(r"[\w.-]+/[\w.-]+", slug):
        return f"https://github.com/{slug}"
    return ""


def _type_and_lifecycle(
    entity: Entity, spec: dict, ours: dict, lines: dict, kept_spec: dict
) -> None:
    component_type = spec.get("type")
    if component_type is None:
        entity.problem(
            line_of(lines, "spec") or entity.line,
            _("spec.type is missing; the project is registered as a library."),
            blocking=False,
        )
    elif not isinstance(component_type, str) or component_type not in TYPE_TO_KIND:
        entity.values["kind"] = "library"
        entity.problem(
            line_of(lines, "spec", "type"),
            _(
                "spec.type “%(type)s” has no match in the portal; the project is registered as a "
                "library (the type is kept)."
            )
            % {"type": shorten(component_type)},
            blocking=False,
        )
    else:
        entity.values["kind"] = TYPE_TO_KIND[component_type]
        if component_type == KIND_TO_TYPE.get(TYPE_TO_KIND[component_type]):
            kept_spec.pop("type", None)  # the kind says it all; a website is kept

    lifecycle = spec.get("lifecycle")
    stage = _str(ours.get("stage"))
    if stage and stage in STAGE_TO_LIFECYCLE:
        entity.values["stage"] = stage
    elif isinstance(lifecycle, str) and lifecycle in LIFECYCLE_TO_STAGE:
        entity.values["stage"] = LIFECYCLE_TO_STAGE[lifecycle]
        # On an update the project keeps a finer stage of the same family (mature stays mature
        # for "production"); see plan._plan_project.
        entity.refs["stage_from_lifecycle"] = True
    elif lifecycle is None:
        entity.problem(
            line_of(lines, "spec") or entity.line,
            _("spec.lifecycle is missing; the project is registered as incubating."),
            blocking=False,
        )
    else:
        entity.problem(
            line_of(lines, "spec", "lifecycle"),
            _(
                "spec.lifecycle “%(lifecycle)s” has no match in the portal; the project is "
                "registered as incubating (the lifecycle is kept)."
            )
            % {"lifecycle": shorten(lifecycle)},
            blocking=False,
        )
    if isinstance(lifecycle, str) and lifecycle in LIFECYCLE_TO_STAGE:
        kept_spec.pop("lifecycle", None)  # the stage says it all


def _not_kept(entity: Entity, paths: list[str], what: str) -> None:
    if paths:
        entity.problem(
            entity.line,
            _("Not kept, the portal's %(what)s have no place for them: %(fields)s.")
            % {"what": what, "fields": ", ".join(paths)},
            blocking=False,
        )


def _group(entity: Entity, data: dict, metadata: dict, spec: dict, lines: dict) -> None:
    """A Group becomes a team; its members become memberships."""
    entity.key = slug_from(entity.key)
    profile = _mapping(spec.get("profile"))
    name = (
        _str(profile.get("displayName"))
        or _str(metadata.get("title"))
        or _str(metadata.get("name"))
    )
    if len(name) > TEAM_NAME_MAX:
        entity.problem(
            line_of(lines, "spec", "profile", "displayName"),
            _("The display name is %(length)d characters long; a team name has at most %(max)d.")
            % {"length": len(name), "max": TEAM_NAME_MAX},
        )
    entity.values["name"] = name
    description = _str(metadata.get("description"))
    if len(description) > TEAM_DESCRIPTION_MAX:
        entity.problem(
            line_of(lines, "metadata", "description"),
            _("The description is longer than %(max)d characters.") % {"max": TEAM_DESCRIPTION_MAX},
        )
    entity.values["description"] = description
    email = _str(profile.get("email"))
    if email:
        try:
            validate_email(email)
            entity.values["email"] = email
        except ValidationError:
            entity.problem(
                line_of(lines, "spec", "profile", "email"),
                _("“%(email)s” is not an email address; the team gets none.")
                % {"email": shorten(email)},
                blocking=False,
            )
    parent = spec.get("parent")
    if isinstance(parent, str) and parent.strip():
        entity.refs["parent"] = (parent.strip(), line_of(lines, "spec", "parent"))
    members, problem, blocking = string_list(spec.get("members"))
    if problem:
        entity.problem(
            line_of(lines, "spec", "members"), f"spec.members: {problem}", blocking=blocking
        )
    entity.refs["members"] = [
        (member, line_of(lines, "spec", "members", index)) for index, member in enumerate(members)
    ]
    not_kept = [
        f"spec.{key}" for key in spec if key not in ("profile", "parent", "members", "children")
    ]
    not_kept += [f"spec.profile.{key}" for key in profile if key not in ("displayName", "email")]
    not_kept += [
        f"metadata.{key}"
        for key in metadata
        if key not in ("name", "title", "description", "namespace")
    ]
    # spec.type is Backstage's level in the org (team, department…): the tree says it already.
    _not_kept(entity, [path for path in not_kept if path != "spec.type"], _("teams"))


def _user(entity: Entity, data: dict, metadata: dict, spec: dict, lines: dict) -> None:
    """A User becomes a person (who signs in later through single sign-on or a password reset)."""
    try:
        UnicodeUsernameValidator()(entity.key)
    except ValidationError:
        entity.problem(
            line_of(lines, "metadata", "name"),
            _("“%(name)s” cannot be a username: letters, digits and @ . + - _ only.")
            % {"name": shorten(entity.key)},
        )
    entity.refs["namespace"] = _str(metadata.get("namespace")) or "default"
    profile = _mapping(spec.get("profile"))
    email = _str(profile.get("email"))
    if not email:
        entity.problem(
            line_of(lines, "spec", "profile") or entity.line,
            _("spec.profile.email is missing: a person needs an email address to sign in."),
        )
    else:
        try:
            validate_email(email)
        except ValidationError:
            entity.problem(
                line_of(lines, "spec", "profile", "email"),
                _("“%(email)s” is not an email address.") % {"email": shorten(email)},
            )
    entity.values["email"] = email
    display_name = _str(profile.get("displayName"))
    first, _sep, last = display_name.partition(" ")
    entity.values["first_name"] = first[:PERSON_NAME_MAX]
    entity.values["last_name"] = last.strip()[:PERSON_NAME_MAX]
    member_of = spec.get("memberOf")
    teams, problem, blocking = string_list(member_of)
    if problem:
        entity.problem(
            line_of(lines, "spec", "memberOf"), f"spec.memberOf: {problem}", blocking=blocking
        )
    entity.refs["member_of"] = [
        (
            team,
            line_of(lines, "spec", "memberOf", index)
            if isinstance(member_of, list)
            else line_of(lines, "spec", "memberOf"),
        )
        for index, team in enumerate(teams)
    ]
    not_kept = [f"spec.profile.{key}" for key in profile if key not in ("displayName", "email")]
    not_kept += [f"spec.{key}" for key in spec if key not in ("profile", "memberOf")]
    not_kept += [
        f"metadata.{key}" for key in metadata if key not in ("name", "namespace", "description")
    ]
    _not_kept(entity, not_kept, _("people"))


def _location(entity: Entity, data: dict, lines: dict) -> None:
    """Remember a Location's targets, so the plan can report those missing from the import."""
    spec = _mapping(data.get("spec"))
    targets = []
    if isinstance(spec.get("target"), str):
        targets.append((spec["target"], line_of(lines, "spec", "target")))
    if isinstance(spec.get("targets"), list):
        targets += [
            (target, line_of(lines, "spec", "targets", index))
            for index, target in enumerate(spec["targets"])
            if isinstance(target, str)
        ]
    entity.refs["targets"] = targets


def location_target_path(source: str, target: str) -> str | None:
    """The import-relative path a Location target names, or None for a remote target."""
    if target.startswith("url:") or re.match(r"^[a-z][a-z0-9+.-]*://", target):
        return None
    target = target.removeprefix("file:")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


# Export ----------------------------------------------------------------------------------------


def _backstage_tag(name: str) -> str:
    tag = re.sub(r"[^a-z0-9:+#]+", "-", name.lower()).strip("-")
    return tag[:NAME_MAX].strip("-")


def dump_project(project: Project) -> dict[str, Any]:
    """The project as a Backstage Component, with the fields it was imported with.

    The portal's values win; what Backstage has no field for travels in ``innersource.portal/``
    annotations so that the file imports back to the same project.
    """
    kept = project.extra.get("backstage") if isinstance(project.extra, dict) else None
    kept = copy.deepcopy(kept) if isinstance(kept, dict) else {}
    kept_metadata = _mapping(kept.pop("metadata", None))
    kept_spec = _mapping(kept.pop("spec", None))
    api_version = kept.pop("apiVersion", None) or "backstage.io/v1alpha1"

    metadata: dict[str, Any] = {"name": project.slug}
    if project.name != project.slug:
        metadata["title"] = project.name
    metadata["description"] = project.description or project.tagline
    tags = []
    for tag in project.tags_of("topic"):
        value = _backstage_tag(tag.name) or _backstage_tag(tag.slug)
        if value and value not in tags:
            tags.append(value)
    if tags:
        metadata["tags"] = tags
    links = [link for link in kept_metadata.pop("links", []) or [] if isinstance(link, dict)]
    for field_name, title, icon in EXPORT_LINKS:
        url = getattr(project, field_name)
        if url:
            link = {"url": url, "title": title}
            if field_name == "repository_url" and "github" in url:
                icon = "github"
            if icon:
                link["icon"] = icon
            links.append(link)
    if links:
        metadata["links"] = links
    annotations = _mapping(kept_metadata.pop("annotations", None))
    annotations[PORTAL + "tagline"] = project.tagline
    annotations[PORTAL + "stage"] = project.stage
    for annotation, tag_kind in PORTAL_TAG_ANNOTATIONS.items():
        names = [tag.name for tag in project.tags_of(tag_kind)]
        if names:
            annotations[PORTAL + annotation] = ", ".join(names)
    if project.license:
        annotations[PORTAL + "license"] = project.license
    metadata["annotations"] = annotations
    for key, value in kept_metadata.items():
        metadata.setdefault(key, value)

    kept_type = kept_spec.pop("type", None)
    kept_lifecycle = kept_spec.pop("lifecycle", None)
    spec: dict[str, Any] = {
        "type": kept_type
        if TYPE_TO_KIND.get(kept_type) == project.kind
        else KIND_TO_TYPE.get(project.kind, project.kind),
        "lifecycle": kept_lifecycle
        if kept_lifecycle not in LIFECYCLE_TO_STAGE and kept_lifecycle
        else STAGE_TO_LIFECYCLE.get(project.stage, "experimental"),
        "owner": f"group:{project.owner_team.slug}",
    }
    for key, value in kept_spec.items():
        spec.setdefault(key, value)
    document: dict[str, Any] = {
        "apiVersion": api_version,
        "kind": "Component",
        "metadata": metadata,
    }
    document["spec"] = spec
    for key, value in kept.items():
        document.setdefault(key, value)
    return document


def dump_yaml(document: dict[str, Any]) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, default_flow_style=False)
