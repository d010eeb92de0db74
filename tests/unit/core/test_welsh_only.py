"""Welsh-only advice: one marker in the page, kept (without the marker) while Welsh is on, left out
of an English-only edition."""

from __future__ import annotations

from macros.core.welsh_only import edition_markdown, unmarked, without_pages

PAGE = """# Running an account

## Before you start {#start}

- who you want to reach
- whether you can post in Welsh and English {.welsh-only}
- how you will close it

## How do we post in Welsh and English? {#welsh-language .welsh-only}

We must treat Welsh no less favourably than English.

### What if nobody on the team speaks Welsh? {#welsh-replies}

1. Send a holding reply.

## Records {#records}

1. Check the facts.
2. Correct it in Welsh too. {.welsh-only}
    An indented line that belongs to the item.
3. Tell people.

Keep a note of every change.
Remember the Welsh correction as well. {.welsh-only}

```yaml
title: not a heading {.welsh-only}
```
"""


def test_an_english_only_edition_leaves_out_each_marked_part() -> None:
    page = edition_markdown(PAGE, welsh=False)
    assert "Welsh" not in page.replace("not a heading", "")
    assert "## Records {#records}" in page and "- how you will close it" in page and "3. Tell people." in page
    assert "Keep a note" not in page  # the whole paragraph goes, not just its last line
    assert "title: not a heading {.welsh-only}" in page  # code is left alone


def test_with_welsh_on_everything_stays_without_the_marker() -> None:
    page = edition_markdown(PAGE, welsh=True)
    assert ".welsh-only" not in page.replace("not a heading {.welsh-only}", "")
    assert "## How do we post in Welsh and English? {#welsh-language}" in page
    assert "- whether you can post in Welsh and English\n" in page
    assert page.count("\n") == PAGE.count("\n")  # line numbers in error messages stay right


def test_only_the_marker_counts() -> None:
    assert unmarked("## Title {#title .welsh-only}") == "## Title {#title}"
    assert unmarked("- an item {.welsh-only}") == "- an item"
    assert unmarked("## Title {#welsh-only}") is None  # an id, not the marker
    assert unmarked("- welsh-only is mentioned") is None


def test_a_welsh_only_page_leaves_the_navigation() -> None:
    nav = [{"Home": "index.md"}, {"FAQs": [{"All quick answers": "scenarios.md"},
                                         {"Comment in Welsh": "scenarios/welsh-comment.md"}]},
           {"Welsh": [{"Only": "scenarios/welsh-comment.md"}]}]
    assert without_pages(nav, {"scenarios/welsh-comment.md"}) == [
        {"Home": "index.md"}, {"FAQs": [{"All quick answers": "scenarios.md"}]}]
