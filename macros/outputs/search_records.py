"""Read the built site's pages into search sections: the text from one heading to the next.

Works on the finished HTML only (it never imports MkDocs). A section is the text from one
heading with an id (h1, h2 or h3) to the next; its record links to that heading, so a result
lands on the part of the page that answers. Account listings are not read here: they carry
`data-pagefind-ignore`, and search_index.py makes the account records from the registry.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import html as lxml_html
from lxml.html import HtmlElement

# Parts of a page that are not its content: permalinks, edit button, review line, page actions,
# notices, diagrams' source code, and anything a template marks as not for search.
_NOT_CONTENT = ("headerlink", "md-content__button", "handbook-review", "handbook-page-actions",
                "handbook-fallback", "handbook-notice", "mermaid", "handbook-jump")
_SECTION_HEADINGS = ("h1", "h2", "h3")
_SKIPPED_FOLDERS = ("assets", "pagefind", "pagefind-accounts", "search", "lookup")


@dataclass
class Section:
    url: str  # relative to the site root: "faqs/#if-i-leave"
    title: str
    html: str  # the section's own HTML


@dataclass
class Page:
    url: str  # "faqs/", "cy/faqs/", "" for the home page
    language: str
    title: str
    sections: list[Section] = field(default_factory=list)


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def read_pages(site: Path, skip: Container[str] = ()) -> Iterator[Page]:
    """Every content page of the built site in its own language, but those whose address is in
    `skip` (pages search makes from data); fallback copies are skipped."""
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        url = "" if relative == "." else relative + "/"
        if relative.split("/")[0] in _SKIPPED_FOLDERS or url in skip:
            continue
        page = read_page(path.read_bytes(), url)
        if page is not None:
            yield page


def read_page(source: bytes, url: str) -> Page | None:
    """One built page, or None for a redirect or an untranslated copy of another language's page."""
    if b"md-content__inner" not in source:
        return None  # a redirect, or a page with no content
    document = lxml_html.document_fromstring(source)
    article = next(iter(document.xpath("//article[" + _has_class("md-content__inner") + "]")), None)
    title = next(iter(article.xpath(".//h1")), None) if article is not None else None
    # An untranslated copy: its notice comes before the content (looking at bytes first is quicker).
    if title is None or (b"handbook-fallback" in source and article.find_class("handbook-fallback")):
        return None
    page = Page(url, document.get("lang", "en"), "")
    for element in article.xpath(".//*[@data-pagefind-ignore] | .//script | .//style"):
        element.drop_tree()
    for name in _NOT_CONTENT:
        for element in article.xpath(".//*[" + _has_class(name) + "]"):
            element.drop_tree()
    for cell in article.xpath(".//td | .//th"):  # so that table cells do not run together
        cell.tail = " " + (cell.tail or "")
    page.title = _text(title)
    page.sections = list(_sections(article, page))
    return page


def _sections(article: HtmlElement, page: Page) -> Iterator[Section]:
    current: Section | None = None
    parts: list[str] = []
    for element in article:
        if not isinstance(element.tag, str):
            continue  # comments
        if element.tag in _SECTION_HEADINGS and element.get("id"):
            if current is not None and len(parts) > 1:  # a heading with no text under it is no answer
                current.html = "".join(parts)
                yield current
            fragment = "" if element.tag == "h1" else "#" + element.get("id")
            current, parts = Section(page.url + fragment, _text(element), ""), []
            element.set("data-pagefind-meta", "title")
        if current is None:
            continue
        parts.append(lxml_html.tostring(element, encoding="unicode", with_tail=False))
    if current is not None and len(parts) > 1:
        current.html = "".join(parts)
        yield current
