"""Which of the six expected sections a guide has, and the template new projects start from."""

from pathlib import Path

from onboarding.guides import (
    SECTIONS,
    guide_headings,
    guide_sections_missing,
    guide_template,
)

FIXTURES = Path(__file__).parent / "fixtures"


def missing_keys(text: str) -> list[str]:
    return [section.key for section in guide_sections_missing(text)]


def test_an_empty_guide_misses_all_six_sections_in_the_standard_order():
    assert missing_keys("") == [
        "getting_started",
        "build_and_test",
        "submit_a_change",
        "review_turnaround",
        "where_to_ask",
        "trusted_committers",
    ]


def test_the_usual_headings_of_a_real_contributing_file_are_recognised():
    text = (FIXTURES / "CONTRIBUTING.md").read_text()

    assert missing_keys(text) == ["trusted_committers"]


def test_synonyms_are_recognised_whatever_their_case_level_and_decoration():
    text = """
## Setup
### 2. Building & testing
## Merge requests
## Reviews
Support
-------
## 👥 Maintainers
"""

    assert missing_keys(text) == []


def test_a_heading_inside_a_code_block_is_not_a_section():
    text = """
```markdown
## Getting started
```

    ## Trusted committers (indented code, not a heading)

Getting started is easy: just ask.
"""

    assert missing_keys(text) == [section.key for section in SECTIONS]
    assert guide_headings(text) == []


def test_the_title_of_the_document_does_not_count_as_a_section():
    text = "# Contributing to Lantern\n\n## Setup\n\nRun make.\n"

    assert "submit_a_change" in missing_keys(text)
    assert "getting_started" not in missing_keys(text)


def test_a_guide_whose_sections_are_all_top_level_headings_counts_each_of_them():
    text = "# Contributing\n\nHow we work.\n\n# Setup\n\nRun make.\n"

    assert "submit_a_change" not in missing_keys(text)


def test_a_linked_heading_counts_by_its_visible_text():
    assert "where_to_ask" not in missing_keys("## [Where to ask](#ask)\n")


def test_a_word_that_only_contains_a_synonym_does_not_count():
    # "Helpers" is not "Help", "Testimonials" is not "Tests".
    assert {"where_to_ask", "build_and_test"} <= set(
        missing_keys("## Helpers\n\n## Testimonials\n")
    )


def test_the_template_has_every_section_and_what_the_portal_knows():
    text = guide_template(
        project_name="Lantern",
        chat_url="https://chat.corp.example/lantern",
        issue_tracker_url="https://issues.corp.example/lantern",
        trusted_committers=["Ada Lovelace", "Grace Hopper"],
    )

    assert missing_keys(text) == []
    assert text.startswith("# Contributing to Lantern")
    assert "](<https://chat.corp.example/lantern>)" in text
    assert "https://issues.corp.example/lantern" in text
    assert "- Ada Lovelace\n- Grace Hopper" in text


def test_the_template_asks_for_what_the_portal_does_not_know():
    text = guide_template(project_name="Lantern")

    assert "Add the chat channel" in text
    assert "Name the people who review and merge" in text
