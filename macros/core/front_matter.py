"""Every front-matter key the site reads, each with its type and rule: one line per key in PageMeta.

Three readers use front matter: the handbook itself (owner, review dates, translation_of, welsh_only,
search), Material for MkDocs (title, description, subtitle, status, hide, printed into every
page's head and navigation) and mkdocs-macros (render_macros). Any other key is refused: keys the
build sets for itself, keys the theme would act on unchecked (template, icon, author...), and
unknown keys, with a "did you mean" hint. `macros check` and the build read pages alike (through
core/handbook.py), and the MkDocs adapter escapes every text value before the theme prints it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError

from .fields import IsoDate, OneLine
from .problems import DataError, Problem, clip
from .validation import StrictModel, did_you_mean, problems_from

TEXT = "Write plain text on one line, without < >, {{ }} or invisible characters."
YES_OR_NO = "Write true or false."
ANY_KEY = "CONTRIBUTING.md lists every front matter key and what it may hold."
# How to fix a problem with a key (a key without one gets ANY_KEY).
HINTS = {
    "title": TEXT,
    "description": TEXT,
    "subtitle": TEXT,
    "status": "Use new or deprecated, or delete the line.",
    "hide": "Write a list of: navigation, toc, footer, path, tags, feedback, such as hide: [toc].",
    "owner": "Add 'owner: Communications team' (a team, never a person).",
    "last_reviewed": "Write it as YYYY-MM-DD, for example last_reviewed: 2026-03-03.",
    "review_interval_months": "For example review_interval_months: 12.",
    "law_checked": "Write the day the page was last checked against the law as YYYY-MM-DD, for example law_checked: 2026-12-07.",
    "translation_of": "Use the code `python -m macros translations` prints after 'English is now', or pending.",
    "welsh_only": "Write welsh_only: true for a page only public bodies in Wales need, or delete the line.",
    "search": "Write 'search:' on one line and '  boost: 1.5' or '  keywords: [a, b]' indented below it.",
    "boost": "A number from 0.1 to 10: above 1 the page ranks higher in the site search, below 1 lower.",
    "keywords": "A list of words people use for what the page is for, such as keywords: [updates, news, feed].",
    "render_macros": YES_OR_NO,
    "jump_to": "A list of 2 to 8 of the page's heading ids (the {#id} after a heading), such as jump_to: [escalation, blocking].",
}


class SearchSettings(StrictModel):
    """`search:` in front matter, read by the search index (outputs/search_index.py)."""

    boost: float | None = Field(default=None, ge=0.1, le=10, strict=True, allow_inf_nan=False)
    # Words people use for what the page is for, when the page's own words are others.
    keywords: list[Annotated[OneLine, Field(min_length=2, max_length=60)]] = Field(default_factory=list, max_length=30)


class PageMeta(StrictModel):
    """The front matter an editor may write. To add a key, add one line here: its type and rule
    (tests then ask for a row in CONTRIBUTING.md's table and a hostile value in tests/front_matter_cases.py)."""

    # Read by Material for MkDocs: <title>, <meta name="description">, the navigation.
    title: OneLine | None = Field(default=None, max_length=120)
    description: OneLine | None = Field(default=None, max_length=300)
    subtitle: OneLine | None = Field(default=None, max_length=100)
    status: Literal["new", "deprecated"] | None = None
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] | None = None
    # Read by the handbook: the review line, CODEOWNERS, translations, search.
    owner: OneLine = Field(min_length=2, max_length=100)
    last_reviewed: IsoDate
    review_interval_months: int = Field(ge=1, le=36, strict=True)
    # Welsh pages: the fingerprint of the English page they translate, or "pending" (translations.py).
    translation_of: str | None = Field(default=None, pattern=r"^([0-9a-f]{12}|pending)$")
    # Pages that rest on the law: the day someone last checked every legal claim against the law.
    law_checked: IsoDate | None = None
    # Advice for Welsh public bodies only: an English-only edition leaves the page out (welsh_only.py).
    welsh_only: bool = Field(default=False, strict=True)
    search: SearchSettings | None = None
    # A long page's main questions, by their headings' ids: a "Jump to" list under its title on a phone.
    jump_to: list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]] | None = Field(
        default=None, min_length=2, max_length=8)
    # Read by mkdocs-macros: false shows {{ }} in the page as it is.
    render_macros: bool | None = Field(default=None, strict=True)


# Keys the build writes for itself (core and adapters/mkdocs.py, the git dates plugin).
BUILD_KEYS = ("translation", "review", "revision_date")
BUILD_KEY_PREFIXES = ("git_",)
# Keys the theme or a plugin would act on, which this handbook does not use.
NOT_USED = {
    "template": "it would make MkDocs build the page with another template",
    "location": "it belongs to redirect pages, which the build writes",
    "author": "a page names the team that owns it (owner:), never a person",
    "icon": "the handbook shows no icons beside page titles",
    "locale": "a page's language comes from its file name (a page.cy.md file is Welsh)",
    "ignore_macros": "mkdocs-macros no longer accepts it; write render_macros: false",
}


def key_problems(data: Mapping[str, Any], shown: str, line_of_key: Mapping[str, int]) -> list[Problem]:
    """A problem for each key that is not in PageMeta: set by the build, not used, or unknown."""
    problems = []
    known = list(PageMeta.model_fields)
    for key in data:
        if key in PageMeta.model_fields:
            continue
        line = line_of_key.get(key, 1)
        if key in BUILD_KEYS or key.startswith(BUILD_KEY_PREFIXES):
            problems.append(Problem(shown, line, clip(key, 40), f"'{clip(key, 40)}' is set by the build, not by a page",
                                    "Delete the line."))
        elif key in NOT_USED:
            problems.append(Problem(shown, line, key, f"'{key}' is not used in this handbook: {NOT_USED[key]}",
                                    "Delete the line."))
        elif key in SearchSettings.model_fields:
            problems.append(Problem(shown, line, key, f"'{key}' belongs under 'search:'",
                                    f"Write 'search:' on one line and '  {key}: ...' indented below it."))
        else:
            problems.append(Problem(shown, line, clip(key, 40), f"'{clip(key, 40)}' is not a front matter key we know",
                                    f"{did_you_mean(key, known)}Allowed keys: {', '.join(known)}."))
    return problems


def check_front_matter(data: Any, shown: str) -> PageMeta:
    """A page's front matter (located YAML, lines counted from its first line), checked. Raises DataError."""
    lines = getattr(data, "key_lines", {})
    problems = key_problems(data, shown, lines)
    known = {key: value for key, value in data.items() if key in PageMeta.model_fields}
    try:
        meta = PageMeta.model_validate(known)
    except ValidationError as error:
        problems += [Problem(p.path, p.line, p.field, p.message, p.hint or ANY_KEY)
                     for p in problems_from(error, data, shown, PageMeta, hints=HINTS)]
    if problems:
        raise DataError(problems)
    return meta
