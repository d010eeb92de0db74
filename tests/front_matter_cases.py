"""One table of front matter, key by key: a hostile value and a valid one for every key the site
reads. Shared by the check's unit test and the site test that builds the same pages."""

from __future__ import annotations

REQUIRED = {"title": "title: A fixture page", "owner": "owner: Communications team",
            "last_reviewed": "last_reviewed: 2026-01-10", "review_interval_months": "review_interval_months: 12"}

# key, its line(s) in the front matter, the field the problem names, words the message holds.
# Markup, event handlers, javascript: addresses, non-numbers and control characters, key by key.
HOSTILE = [
    ("title", 'title: "<img src=x onerror=alert(1)>"', "title", "could be read as web page code"),
    ("description", 'description: "Bell \\u0007 rings"', "description", "control characters"),
    ("subtitle", 'subtitle: "<script>alert(1)</script>"', "subtitle", "could be read as web page code"),
    ("status", "status: 'new\" onmouseover=\"alert(1)'", "status", "input should be 'new' or 'deprecated'"),
    ("hide", "hide: toc", "hide", "this should be a list"),
    ("owner", 'owner: "{{ config.extra }}"', "owner", "template code"),
    ("last_reviewed", "last_reviewed: javascript:alert(1)", "last_reviewed", "should be a date"),
    ("review_interval_months", 'review_interval_months: "12"', "review_interval_months", "whole number"),
    ("translation_of", "translation_of: javascript:alert(1)", "translation_of", "should match pattern"),
    ("law_checked", 'law_checked: "<script>"', "law_checked", "should be a date"),
    ("welsh_only", "welsh_only: yes please", "welsh_only", "valid boolean"),
    ("search", "search: \"<script>\"", "search", "group of 'key: value' lines"),
    ("search.boost", "search:\n  boost: 2; alert(1)", "search.boost", "a valid number"),
    ("search.keywords", "search:\n  keywords: [news, \"<img src=x onerror=alert(1)>\"]", "search.keywords[2]",
     "could be read as web page code"),
    ("render_macros", "render_macros: maybe", "render_macros", "valid boolean"),
    ("jump_to", "jump_to: [\"<script>\", x]", "jump_to[1]", "should match pattern"),
    # keys the build sets, keys the theme would act on unchecked, and a misspelt key
    ("translation", "translation:\n  cy: <img src=x onerror=alert(1)>", "translation", "is set by the build"),
    ("review", "review:\n  overdue: true", "review", "is set by the build"),
    ("git_revision_date_localized", "git_revision_date_localized: <b>today</b>", "git_revision_date_localized",
     "is set by the build"),
    ("revision_date", "revision_date: 2026-01-10", "revision_date", "is set by the build"),
    ("template", "template: redirect.html", "template", "another template"),
    ("location", "location: javascript:alert(1)", "location", "redirect pages"),
    ("icon", "icon: ../../../etc/passwd", "icon", "no icons"),
    ("author", "author: Jane Smith", "author", "never a person"),
    ("locale", "locale: fr", "locale", "file name"),
    ("ignore_macros", "ignore_macros: true", "ignore_macros", "render_macros: false"),
    ("descripton", "descripton: A typo", "descripton", "not a front matter key we know"),
]
# A valid value for every key: the negative control, and what the site test shows rendered.
VALID = ['title: Fish & chips "to go"', 'description: A page\'s "description" & more', "subtitle: For new staff",
         "status: new", "hide: [toc]", "owner: Communications team", "last_reviewed: 2026-01-10",
         "review_interval_months: 12", "law_checked: 2026-01-10", "welsh_only: false",
         "search:\n  boost: 1.5\n  keywords: [news, \"what's new\"]", "jump_to: [one, two]",
         "render_macros: true"]
# A page body that the valid front matter fits: jump_to names two of its headings.
VALID_BODY = "\n## One {#one}\n\nText.\n\n## Two {#two}\n\nText.\n"


def front_matter_page(key: str, lines: str) -> tuple[str, int]:
    """A page whose front matter has `lines` for `key`; the file line of the key's (last) line."""
    required = {**REQUIRED}
    if key in required:
        required[key] = lines
        front = list(required.values())
    else:
        front = [*required.values(), lines]
    text = "---\n" + "\n".join(front) + "\n---\n\n# A fixture page\n"
    field_line = lines.splitlines()[-1] if "." in key else lines.splitlines()[0]
    return text, text.splitlines().index(field_line) + 1
