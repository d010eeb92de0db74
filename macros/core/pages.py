"""Pages as data: each page's front matter (owner, review dates, title), and the changelog.

Front matter is read with the project's own safe YAML reader, so a page cannot smuggle in
anchors, tags or huge values, and every problem points at the page's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from pydantic import Field, ValidationError

from .fields import IsoDate, OneLine
from .front_matter import PageMeta, check_front_matter
from .problems import DataError, Problem, clip, utf8_text
from .safe_yaml import parse_yaml
from .svg import svg_problem
from .validation import StrictModel, line_of, problems_from

MAX_FRONT_MATTER_BYTES = 10_000
# MkDocs builds files with any of these endings as pages; the handbook's pages all end in .md.
OTHER_MARKDOWN_ENDINGS = (".markdown", ".mdown", ".mkdn", ".mkd")
# Every file in docs/ is published: an SVG image there (the logo too) may not run code.
SVG_HINT = ("Export the image again as a plain SVG (shapes and text only: no scripts, links or embedded files), "
            "or use a PNG.")
# What the build writes at the top of the site besides the pages. A page there would be deleted
# or overwritten by it, or stop the build, so no page may take these names (in any language).
# Tests check that every name the outputs write is here (test_unsafe_input.py, test_site.py).
SITE_OUTPUTS = {
    "assets": "the theme's and the handbook's own files",
    "search": "the theme's own search, if a fork turns it on",
    "lookup": "the account check's data",
    "pagefind": "the search index",
    "pagefind-accounts": "the search index of accounts",
    "accounts.json": "the registry as open data",
    "accounts.csv": "the registry as open data",
    "accounts.schema.json": "the open data's schema",
    "changes.xml": "the feed of changes",
    "registry-changes.xml": "the feed of registry changes",
    "sitemap.xml": "the sitemap",
    "sitemap.xml.gz": "the sitemap",
    "404.html": "the 'page not found' page",
    "en": "a language's folder",
    "cy": "a language's folder",
}


@dataclass(frozen=True)
class Page:
    """One Markdown page: where it is, what its front matter says, and where its body starts."""

    path: str  # inside docs/, for example "faqs.md" or "faqs.cy.md"
    shown: str  # as messages show it, for example "docs/faqs.md"
    meta: PageMeta
    body_line: int
    body: str

    @property
    def due(self) -> date:
        return self.meta.last_reviewed + relativedelta(months=self.meta.review_interval_months)

    def overdue(self, today: date) -> bool:
        return today > self.due


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter text or None, body, line the body starts on)."""
    if not text.startswith("---\n"):
        return None, text, 1
    end = text.find("\n---", 3)
    if end == -1:
        return None, text, 1
    closing = text.find("\n", end + 4)
    body = "" if closing == -1 else text[closing + 1:]
    return text[4:end + 1], body, text[:end].count("\n") + 3


def page_text(path: Path, shown: str) -> str:
    """A page's text, as MkDocs reads it: a byte-order mark at the start is allowed (some Windows
    editors add one) and line ends become "\\n"; text that is not UTF-8 is refused with its line.
    Raises DataError."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataError([Problem(shown, 1, "file", f"cannot read the page ({error.strerror})")]) from None
    return utf8_text(raw, shown, "the page is not saved as UTF-8 text (byte {byte} is not UTF-8)",
                     "Save the page as UTF-8: in most editors, Save As, then Encoding: UTF-8.")


def read_page(path: Path, docs_dir: Path, shown: str, today: date) -> Page:
    """Read and check one page's front matter. Raises DataError."""
    relative = path.relative_to(docs_dir).as_posix()
    text = page_text(path, shown)
    front, body, body_line = split_front_matter(text)
    if front is None:
        raise DataError([Problem(shown, 1, "front matter", "the page has no front matter",
                                 "Start the page with --- lines holding title, owner, last_reviewed and "
                                 "review_interval_months.")])
    if len(front.encode()) > MAX_FRONT_MATTER_BYTES:
        raise DataError([Problem(shown, 2, "front matter", f"the front matter is over {MAX_FRONT_MATTER_BYTES:,} bytes",
                                 "Keep only the page's title, description, owner and review details there.")])
    data = parse_yaml(front, shown, first_line=2)
    if not isinstance(data, dict):
        raise DataError([Problem(shown, 2, "front matter", "the front matter should be 'key: value' lines",
                                 "Write each setting as 'key: value' on its own line.")])
    try:
        meta = check_front_matter(data, shown)
    except DataError as error:  # its lines count from the front matter's first line, the file's second
        raise DataError([Problem(p.path, p.line + 1, p.field, p.message, p.hint) for p in error.problems]) from None
    for field in ("last_reviewed", "law_checked"):
        value = getattr(meta, field)
        if value is not None and value > today:
            raise DataError([Problem(shown, line_of(data, [field]) + 1, field,
                                     f"{value.isoformat()} is in the future", "Use the date of the review.")])
    if meta.jump_to and (missing := jump_problems(meta.jump_to, body)):
        raise DataError([Problem(shown, line_of(data, ["jump_to"]) + 1, "jump_to", message,
                                 "Use the id after a heading on this page, such as {#blocking}, for a "
                                 "section every edition keeps.") for message in missing])
    return Page(path=relative, shown=shown, meta=meta, body_line=body_line, body=body)


HEADING_ID = re.compile(r"(?m)^#{2,3} .*\{#([\w-]+)([^}]*)\}\s*$")


def jump_problems(anchors: list[str], body: str) -> list[str]:
    """Why a "Jump to" list cannot link each anchor: no such heading, or one only Welsh editions keep."""
    headings = {match[1]: match[2] for match in HEADING_ID.finditer(body)}
    return [f"no heading on this page has the id '{anchor}'" if anchor not in headings
            else f"the heading '{anchor}' is marked .welsh-only, so an English-only edition leaves it out"
            for anchor in anchors if anchor not in headings or ".welsh-only" in headings[anchor]]


def page_address(path: str) -> str:
    """A page's address on the site: 'faqs.md' is faqs/, 'faqs.cy.md' cy/faqs/, 'index.md' the home page ''."""
    stem = path.removesuffix(".md")
    folder = ""
    if re.search(r"\.[a-z]{2}$", stem):  # page.cy.md: the language's folder
        stem, folder = stem[:-3], stem[-2:] + "/"
    stem = "" if stem == "index" else stem.removesuffix("/index")
    return folder + (f"{stem}/" if stem else "")


def site_output_at(relative: Path) -> str | None:
    """The name in SITE_OUTPUTS that a page (its path inside docs/) would take, if any:
    "pagefind.cy.md" and "lookup/help.md" take "pagefind" and "lookup"; "faqs.cy.md" none."""
    first = relative.parts[0] if len(relative.parts) > 1 else re.sub(r"\.[a-z]{2}$", "", relative.stem)
    return first if first in SITE_OUTPUTS else None


def page_files(docs_dir: Path, root: Path, problems: list[Problem]) -> list[Path]:
    """Every Markdown page in docs/ (starter templates in folders starting '_' are not pages).

    A page that is a link to a file outside docs/ is refused: its text would be published. So is
    a page MkDocs would build unchecked (mkdocs.yml leaves out the same '_' folders)."""
    pages = []
    for path in sorted(docs_dir.rglob("*")):
        relative = path.relative_to(docs_dir)
        if relative.parts[0].startswith("_") or not path.is_file() and not path.is_symlink():
            continue
        is_svg = path.suffix.lower() == ".svg" and path.is_file()  # a broken link is not read
        if is_svg and (reason := svg_problem(path.read_bytes())) is not None:
            problems.append(Problem(_shown(path, root), 1, "file", f"this image {reason}", SVG_HINT))
            continue
        if path.suffix in OTHER_MARKDOWN_ENDINGS:
            problems.append(Problem(_shown(path, root), 1, "file", f"pages end in .md, not '{clip(path.suffix, 12)}'",
                                    f"Rename it to {clip(path.stem, 60)}.md."))
            continue
        if path.suffix != ".md":
            continue
        if path.is_symlink() or not path.resolve().is_relative_to(docs_dir.resolve()):
            problems.append(Problem(_shown(path, root), 1, "file", "this page is a link to a file outside docs/",
                                    "Replace the link with the page itself."))
            continue
        if (taken := site_output_at(relative)) is not None:
            problems.append(Problem(_shown(path, root), 1, "file",
                                    f"this page would be at /{page_address(relative.as_posix())}, where the "
                                    f"site has {SITE_OUTPUTS[taken]} ({taken})",
                                    "Give the page another name (and its Welsh twin the same one)."))
            continue
        pages.append(path)
    return pages


def load_pages(docs_dir: Path, today: date, root: Path) -> dict[str, Page]:
    """Every page, keyed by its path inside docs/. Collects all problems first."""
    pages: dict[str, Page] = {}
    problems: list[Problem] = []
    for path in page_files(docs_dir, root, problems):
        try:
            page = read_page(path, docs_dir, _shown(path, root), today)
        except DataError as error:
            problems += error.problems
            continue
        pages[page.path] = page
    if problems:
        raise DataError(problems)
    return pages


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


# ---- the changelog ---------------------------------------------------------------------------

class ChangeEntry(StrictModel):
    date: IsoDate
    page: str = Field(min_length=4, max_length=120, pattern=r"^[a-z0-9][a-z0-9/-]*\.md$")
    summary: OneLine = Field(min_length=10, max_length=300)
    summary_cy: OneLine | None = Field(default=None, min_length=10, max_length=350)


@dataclass(frozen=True)
class Change:
    date: date
    page: str
    title: str
    summary: str
    summary_cy: str | None
    title_cy: str | None = None  # the Welsh page's title, for the Welsh list and feed

    @property
    def url_path(self) -> str:
        """The page's address relative to the site root: 'abuse-response-plan/' or ''."""
        stem = self.page.removesuffix(".md")
        return "" if stem == "index" else stem.removesuffix("/index") + "/"

    def summary_in(self, lang: str) -> tuple[str, str]:
        return (self.summary_cy, "cy") if lang == "cy" and self.summary_cy else (self.summary, "en")

    def title_in(self, lang: str) -> tuple[str, str]:
        return (self.title_cy, "cy") if lang == "cy" and self.title_cy else (self.title, "en")


def load_changes(data: Any, shown: str, pages: dict[str, Page], today: date) -> list[Change]:
    """Check the changelog's entries against the pages, newest first. Raises DataError."""
    if not isinstance(data, list):
        raise DataError([Problem(shown, 1, "file", "the changelog should be a list of changes",
                                 "Start each change with '- date: YYYY-MM-DD'.")])
    changes, problems = [], []
    for index, raw in enumerate(data):
        prefix = f"[{index + 1}]"
        try:
            entry = ChangeEntry.model_validate(raw)
        except ValidationError as error:
            problems += problems_from(error, raw, shown, ChangeEntry, prefix=(prefix,))
            continue
        page = pages.get(entry.page)
        if page is None:
            problems.append(Problem(shown, line_of(raw, ["page"]), f"{prefix}.page",
                                    f"there is no page docs/{clip(entry.page)}",
                                    "Give the page's file name inside docs/, for example faqs.md."))
            continue
        if entry.date > today:
            problems.append(Problem(shown, line_of(raw, ["date"]), f"{prefix}.date",
                                    f"{entry.date.isoformat()} is in the future", "Use the date of the change."))
            continue
        welsh = pages.get(entry.page.removesuffix(".md") + ".cy.md")
        changes.append(Change(entry.date, entry.page, page.meta.title or entry.page, entry.summary, entry.summary_cy,
                              title_cy=welsh.meta.title if welsh else None))
    if problems:
        raise DataError(problems)
    return sorted(changes, key=lambda change: change.date, reverse=True)
