"""What a contributor guide should cover, and the template new projects start from.

Pure logic, no database: the six sections of the InnerSource "standard base documentation"
(CONTRIBUTING.md patterns of InnerSource Commons), how to recognise them among a guide's
Markdown headings, and the starting text offered to maintainers.
"""

import re
from dataclasses import dataclass
from functools import cache

from django.utils.functional import Promise
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from markdown_it import MarkdownIt


@dataclass(frozen=True)
class GuideSection:
    """One section a guide is expected to have.

    ``synonyms`` are English headings people actually use for it in CONTRIBUTING.md and
    README.md files; the translated ``title`` is accepted as well, so a guide written from the
    template in another language is recognised too.
    """

    key: str
    title: Promise
    synonyms: tuple[str, ...]
    prompt: Promise


SECTIONS: tuple[GuideSection, ...] = (
    GuideSection(
        key="getting_started",
        title=_("Getting started"),
        synonyms=(
            "Getting started", "Get started", "Quick start", "Quickstart", "Setup", "Set up",
            "Installation", "Prerequisites", "First steps", "Start here",
        ),
        prompt=_(
            "What a newcomer needs before the first change: access to request, tools to "
            "install, how to get the code and run it locally."
        ),
    ),
    GuideSection(
        key="build_and_test",
        title=_("Build and test"),
        synonyms=(
            "Build and test", "Building", "Build", "Running tests", "Running the tests",
            "Testing", "Tests", "Development", "Local development",
        ),
        prompt=_(
            "The commands that build the project and run its tests, and how long they take. "
            "Say which checks the CI runs, so nobody is surprised by a red build."
        ),
    ),
    GuideSection(
        key="submit_a_change",
        title=_("How to submit a change"),
        synonyms=(
            "How to submit a change", "Submitting changes", "Submit a change", "Contributing",
            "How to contribute", "Pull requests", "Merge requests", "Change requests",
            "Making changes", "Contribution workflow", "Patches",
        ),
        prompt=_(
            "Fork or branch? What makes a good pull request (size, description, linked issue, "
            "tests)? Open an issue first for bigger changes so that nobody's work is wasted."
        ),
    ),
    GuideSection(
        key="review_turnaround",
        title=_("Review turnaround"),
        synonyms=(
            "Review turnaround", "Expected review turnaround", "Reviews", "Code review",
            "Response time", "Response times", "Service level", "SLA",
        ),
        prompt=_(
            "How soon a contributor hears back (for example: a first answer within two "
            "working days) and who reviews. Promise only what the team can keep."
        ),
    ),
    GuideSection(
        key="where_to_ask",
        title=_("Where to ask"),
        synonyms=(
            "Where to ask", "Where to ask questions", "Getting help", "Get help", "Need help",
            "Help", "Questions", "Support", "Communication", "Contact", "Contact us",
        ),
        prompt=_(
            "Where questions go (chat channel, forum, issue tracker) and what belongs where. "
            "Asking in the open helps the next newcomer too."
        ),
    ),
    GuideSection(
        key="trusted_committers",
        title=_("Trusted committers"),
        synonyms=(
            "Trusted committers", "Trusted committer", "Committers", "Maintainers",
            "Code owners", "Codeowners", "Core team",
        ),
        prompt=_(
            "The people who review and merge contributions, and what they can help with."
        ),
    ),
)  # fmt: skip

SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}

# Words that do not change what a heading is about ("How to build and test the code").
_STOP_WORDS = frozenset({
    "a", "an", "and", "are", "the", "to", "of", "for", "in", "on", "our", "your", "we", "you",
    "how", "do", "i", "my", "this", "it", "with",
})  # fmt: skip
_WORD = re.compile(r"[^\W_]+")

# Only block structure matters here, so the plain CommonMark parser is enough; raw HTML is not
# interpreted, exactly as when the guide is rendered.
_parser = MarkdownIt("commonmark", {"html": False})


def _normalise(text: str) -> tuple[str, ...]:
    """Words of a heading, lower-case, without stop words and plural "s"; so that "Running the
    tests" and "Running tests", "Reviews" and "Review" compare equal."""
    words = []
    for word in _WORD.findall(text.casefold()):
        if word in _STOP_WORDS or word.isdigit():
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return tuple(words)


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return size > 0 and any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


@cache
def _phrases(section_key: str, language: str) -> tuple[tuple[str, ...], ...]:
    """The normalised synonyms of a section, with its title in the active language.

    ``language`` is unused in the body: it is part of the cache key, because the title's
    translation depends on it."""
    section = SECTIONS_BY_KEY[section_key]
    return tuple({_normalise(text) for text in (*section.synonyms, str(section.title))} - {()})


def guide_headings(markdown_text: str) -> list[tuple[int, str]]:
    """``(level, text)`` of every heading, found by the Markdown parser: a "## Setup" line
    inside a fenced code block or an indented block is code, not a heading."""
    tokens = _parser.parse(markdown_text or "")
    headings = []
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        inline = tokens[index + 1]
        # The visible text only: "## [Setup](#setup)" is the heading "Setup".
        text = "".join(
            child.content
            for child in inline.children or []
            if child.type in {"text", "code_inline"}
        )
        headings.append((int(token.tag[1]), text.strip()))
    return headings


def _section_headings(markdown_text: str) -> list[str]:
    headings = guide_headings(markdown_text)
    # A lone level-1 heading before deeper ones is the document's title ("# Contributing to
    # Lantern"), not a section: otherwise every CONTRIBUTING.md would claim to explain how to
    # submit a change just by its name.
    if (
        len(headings) > 1
        and headings[0][0] == 1
        and all(level > 1 for level, _text in headings[1:])
    ):
        headings = headings[1:]
    return [text for _level, text in headings]


def guide_sections_present(markdown_text: str) -> list[GuideSection]:
    """The expected sections that have a heading in the guide, in the standard order."""
    language = get_language() or ""
    headings = [_normalise(text) for text in _section_headings(markdown_text)]
    return [
        section
        for section in SECTIONS
        if any(
            _contains(heading, phrase)
            for heading in headings
            for phrase in _phrases(section.key, language)
        )
    ]


def guide_sections_missing(markdown_text: str) -> list[GuideSection]:
    """The expected sections the guide has no heading for, in the standard order."""
    present = {section.key for section in guide_sections_present(markdown_text)}
    return [section for section in SECTIONS if section.key not in present]


def _markdown_link(label: str, url: str) -> str:
    # Brackets in a label would end the link text early; the URL comes from a URLField.
    label = label.replace("[", "(").replace("]", ")")
    return f"[{label}](<{url}>)"


def guide_template(
    *,
    project_name: str,
    chat_url: str = "",
    issue_tracker_url: str = "",
    forum_url: str = "",
    trusted_committers: list[str] | tuple[str, ...] = (),
) -> str:
    """The starting text of a new project's guide: the six sections with short prompts, and
    what the portal already knows filled in (where to ask, who the trusted committers are)."""
    context = {"project": project_name}
    where_to_ask = []
    if chat_url:
        where_to_ask.append("- " + _markdown_link(gettext("Chat channel"), chat_url))
    if forum_url:
        where_to_ask.append("- " + _markdown_link(gettext("Forum"), forum_url))
    if issue_tracker_url:
        where_to_ask.append("- " + _markdown_link(gettext("Issue tracker"), issue_tracker_url))
    if not where_to_ask:
        where_to_ask.append("- " + gettext("_Add the chat channel or forum the team answers in._"))
    committers = [f"- {name}" for name in trusted_committers] or [
        "- " + gettext("_Name the people who review and merge contributions._")
    ]
    bodies = {
        "getting_started": [
            gettext("1. Request access to …"),
            gettext("2. Install …"),
            gettext("3. Clone the repository and run …"),
        ],
        "build_and_test": ["```sh", gettext("# the commands that build and test it"), "```"],
        "submit_a_change": [
            gettext(
                "1. For anything bigger than a small fix, open an issue first to agree on "
                "the approach."
            ),
            gettext("2. Create a branch, make the change with tests, and open a pull request."),
            gettext("3. Describe what changed and why, and link the issue."),
        ],
        "review_turnaround": [gettext("We answer new pull requests within … working days.")],
        "where_to_ask": where_to_ask,
        "trusted_committers": committers,
    }
    lines = [
        "# " + gettext("Contributing to %(project)s") % context,
        "",
        gettext(
            "Thank you for helping to improve %(project)s! This guide explains how to make "
            "your first contribution."
        )
        % context,
    ]
    for section in SECTIONS:
        lines += ["", f"## {section.title}", "", f"> {section.prompt}", "", *bodies[section.key]]
    return "\n".join(lines) + "\n"
