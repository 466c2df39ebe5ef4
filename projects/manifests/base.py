"""What every manifest parser shares: planned entities, problems, limits and small helpers.

Nothing here touches the database: parsers turn text into ``Entity`` drafts, and
``projects.manifests.plan`` resolves them against the portal and writes them.
"""

from __future__ import annotations

import bisect
import datetime
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.text import slugify
from django.utils.translation import gettext as _

# Limits. A manifest is a few kilobytes; these keep a hostile or mistaken input from tying up
# a web worker (see docs/importing.md).
MAX_BYTES = 1024 * 1024
MAX_ALIASES = 100
MAX_DEPTH = 50
MAX_ENTITIES = 500
# A YAML document may reuse nodes through aliases; the expanded tree is what ends up in
# ``Project.extra``, so it is bounded too, even when the alias count is small.
MAX_EXPANDED_VALUES = 200_000


class Kind:
    """What a planned entity becomes in the portal."""

    PROJECT = "project"
    TEAM = "team"
    PERSON = "person"
    OTHER = "other"


class Action:
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"


@dataclass
class Problem:
    """Something wrong or noteworthy in the input, at a line of its source (1-based)."""

    line: int | None
    message: str
    # A blocking problem keeps its entity (or, without an entity, the whole file) out.
    blocking: bool = True


@dataclass
class Entity:
    """One thing the import will create, update or skip, with everything known about it."""

    kind: str
    key: str  # slug or username: how the portal finds it
    source: str
    line: int | None
    label: str = ""  # what the input calls it, e.g. "Component artist-lookup"
    format: str = ""  # the source's format: innersource, crawl or backstage
    action: str = Action.CREATE
    reason: str = ""  # why it is skipped, when it is
    # Model fields to write (projects: name, tagline, …; teams: name, …; people: email, …).
    values: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, list[str]] = field(default_factory=dict)
    # Unknown fields, kept under one key per format: {"innersource": {…}} or {"backstage": {…}}.
    extra: dict[str, Any] = field(default_factory=dict)
    # References to resolve against the portal and the rest of the import:
    # "owner", "parent" → (ref, line); "member_of", "members" → [(ref, line), …].
    refs: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Filled in while planning.
    owner_slug: str = ""
    parent_slug: str = ""
    team_slugs: list[str] = field(default_factory=list)
    target: Any = None  # the existing row an update changes
    summary: list[tuple[str, str]] = field(default_factory=list)

    def problem(self, line: int | None, message: str, *, blocking: bool = True) -> None:
        self.problems.append(Problem(line, message, blocking))

    @property
    def blocked(self) -> bool:
        return any(problem.blocking for problem in self.problems)

    @property
    def applies(self) -> bool:
        return self.action in (Action.CREATE, Action.UPDATE) and not self.blocked


@dataclass
class ParsedSource:
    """One file (or pasted text) after parsing: its format, entities and file-level problems."""

    name: str
    format: str
    entities: list[Entity] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class InputRefused(Exception):
    """The input is unsafe or unreadable as a whole; the message says why, the line where."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# Sizes ----------------------------------------------------------------------------------------


def human_size(size: int) -> str:
    """3.2 MB, 512 KB: the unit people read in file managers."""
    if size >= 1024 * 1024:
        return _("%(size).1f MB") % {"size": size / (1024 * 1024)}
    return _("%(size)d KB") % {"size": max(1, round(size / 1024))}


def size_problem(size: int, *, what: str = "") -> str | None:
    """The message for an input over the limit, or None."""
    if size <= MAX_BYTES:
        return None
    return _("%(what)s is %(size)s; the limit is %(limit)s.") % {
        "what": what or _("The file"),
        "size": human_size(size),
        "limit": _("1 MB"),
    }


def decode_text(data: bytes) -> str:
    """UTF-8 text without a byte-order mark; anything else is refused clearly."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputRefused(
            _("The file is not UTF-8 text (byte %(position)d cannot be read).")
            % {"position": exc.start},
            line,
        ) from None
    if "\x00" in text:
        raise InputRefused(_("The file is binary, not a text manifest."))
    return text


# Values ---------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
TAGLINE_MAX = 160


def first_sentence(text: str, limit: int = TAGLINE_MAX) -> str:
    """The first sentence of a text, cut at a word (with an ellipsis) to fit ``limit``."""
    flat = " ".join(text.split())
    sentence = _SENTENCE_END.split(flat, maxsplit=1)[0] if flat else ""
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def slug_from(text: str) -> str:
    """A project or team slug; dots and slashes (``Jupiter/io``, ``team.a``) become hyphens."""
    return slugify(re.sub(r"[./]+", "-", text))[:80].strip("-")


_url_validator = URLValidator(schemes=["http", "https"])


def url_problem(value: Any) -> str | None:
    """Why a value cannot be a link, or None. Only absolute http(s) URLs are accepted: a
    ``javascript:`` or ``data:`` URL would run in the browser of whoever clicks it."""
    if not isinstance(value, str):
        return _("a link must be text, not %(type)s") % {"type": type_name(value)}
    candidate = value.strip()
    scheme = urlsplit(candidate).scheme.lower() if ":" in candidate else ""
    if scheme and scheme not in ("http", "https"):
        return _("“%(url)s” is refused: only http and https links are accepted") % {
            "url": shorten(candidate)
        }
    try:
        _url_validator(candidate)
    except ValidationError:
        return _("“%(url)s” is not a valid http or https URL") % {"url": shorten(candidate)}
    return None


def shorten(value: Any, limit: int = 80) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def type_name(value: Any) -> str:
    """How a JSON/YAML reader would name the type of a value."""
    if value is None:
        return _("nothing (null)")
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, int | float):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list | tuple):
        return _("a list")
    if isinstance(value, dict):
        return _("a mapping")
    return type(value).__name__


def string_list(value: Any, *, split_commas: bool = False) -> tuple[list[str], str | None, bool]:
    """A list of names from a list or a single string.

    Returns the names, a problem message or None, and whether that problem is blocking: empty
    (null) entries, which crawlers leave behind, are dropped with a note; anything else that is
    not a name blocks.
    """
    if value is None:
        return [], None, False
    if isinstance(value, str):
        parts = value.split(",") if split_commas else [value]
        return [part.strip() for part in parts if part.strip()], None, False
    if not isinstance(value, list):
        return [], _("expected a list of names, not %(type)s") % {"type": type_name(value)}, True
    names: list[str] = []
    bad: list[Any] = []
    nulls = 0
    for item in value:
        if isinstance(item, str):
            parts = item.split(",") if split_commas else [item]
            names.extend(part.strip() for part in parts if part.strip())
        elif isinstance(item, int | float) and not isinstance(item, bool):
            names.append(str(item))
        elif item is None:
            nulls += 1
        else:
            bad.append(item)
    if bad:
        return (
            names,
            _("expected a list of names, but some entries are %(type)s")
            % {"type": type_name(bad[0])},
            True,
        )
    if nulls:
        return names, _("empty (null) entries are left out"), False
    return names, None, False


def jsonable(value: Any) -> Any:
    """Plain JSON values for ``Project.extra``: YAML dates become ISO text, sets lists, and
    NaN or infinity (which PostgreSQL's jsonb refuses) text."""
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(item) for item in value]
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


# JSON with line numbers ---------------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder()
# Lines are recorded this deep; deeper values are skipped over in one step.
_LINE_DEPTH = 4


class _LineIndex:
    def __init__(self, text: str) -> None:
        self.newlines = [match.start() for match in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self.newlines, offset) + 1


def _refuse_constant(name: str) -> None:
    raise ValueError(_("%(name)s is not a JSON value") % {"name": name})


def load_json(text: str) -> tuple[Any, dict[tuple, int]]:
    """Parse JSON and map paths such as ``("docs",)`` or ``(3, "name")`` to their lines.

    Raises ``InputRefused`` with the parser's line for broken or too deeply nested JSON.
    """
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InputRefused(
            _("Line %(line)d, column %(column)d: the JSON is not valid: %(error)s.")
            % {"line": exc.lineno, "column": exc.colno, "error": exc.msg},
            exc.lineno,
        ) from None
    except ValueError as exc:
        raise InputRefused(_("The JSON is not valid: %(error)s.") % {"error": exc}) from None
    except RecursionError:
        raise InputRefused(
            _("The JSON is nested deeper than %(limit)d levels.") % {"limit": MAX_DEPTH}
        ) from None
    if nesting_depth(data) > MAX_DEPTH:
        raise InputRefused(
            _("The JSON is nested deeper than %(limit)d levels.") % {"limit": MAX_DEPTH}
        )
    lines: dict[tuple, int] = {}
    _scan_json(text, _WHITESPACE.match(text, 0).end(), (), lines, _LineIndex(text))
    return data, lines


def _scan_json(text: str, index: int, path: tuple, lines: dict, where: _LineIndex) -> int:
    """Walk valid JSON from ``index``, recording the line of each value; returns the end."""
    lines[path] = where.line(index)
    opener = text[index]
    if len(path) >= _LINE_DEPTH or opener not in "{[":
        return _decoder.raw_decode(text, index)[1]
    closer = "}" if opener == "{" else "]"
    index = _WHITESPACE.match(text, index + 1).end()
    position = 0
    while text[index] != closer:
        if opener == "{":
            key, index = json.decoder.scanstring(text, index + 1)
            index = _WHITESPACE.match(text, index).end() + 1  # the colon
            key_path = (*path, key)
        else:
            key_path = (*path, position)
            position += 1
        index = _WHITESPACE.match(text, index).end()
        index = _scan_json(text, index, key_path, lines, where)
        index = _WHITESPACE.match(text, index).end()
        if text[index] == ",":
            index = _WHITESPACE.match(text, index + 1).end()
    return index + 1


def nesting_depth(data: Any) -> int:
    """How deep lists and mappings nest, without recursion (the input may be hostile)."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            values = list(value.values())
        elif isinstance(value, list):
            values = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        stack.extend((item, depth + 1) for item in values)
    return deepest


def line_of(lines: dict[tuple, int], *path: Any) -> int | None:
    """The line of the deepest known part of ``path``."""
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None
