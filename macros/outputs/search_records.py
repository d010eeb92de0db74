"""Read the built site into search records: one per page section, one per listed account.

Works on the finished HTML only (it never imports MkDocs). A section is the text from one
heading with an id (h1, h2 or h3) to the next; its record links to that heading, so a result
lands on the part of the page that answers. Account listings become one record per row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import html as lxml_html
from lxml.html import HtmlElement

# Parts of a page that are not its content: permalinks, edit button, review line, page actions,
# notices, diagrams' source code. Account listings are indexed row by row instead.
_NOT_CONTENT = ("headerlink", "md-content__button", "handbook-review", "handbook-page-actions",
                "handbook-fallback", "handbook-notice", "mermaid")
_SECTION_HEADINGS = ("h1", "h2", "h3")
_AUTO_WEIGHT = {"h1": 7.0, "h2": 6.0, "h3": 5.0}  # Pagefind's own heading weights
WEIGHT_META = "handbook-search-weight"  # <meta name=...> written by overrides/main.html


@dataclass
class Section:
    url: str  # relative to the site root: "faqs/#if-i-leave"
    title: str
    html: str  # the section's own HTML, headings weighted for the page


@dataclass
class Account:
    id: str  # the listing row's id: "account-instagram-monlibraries"
    title: str  # "Monmouthshire Libraries (@monlibraries)"
    text: str  # platform · service · language · purpose
    closed: bool


@dataclass
class Listing:
    url: str  # the heading above the table: "accounts/#service-libraries", "accounts/#closed"
    title: str
    accounts: list[Account]


@dataclass
class Page:
    url: str  # "faqs/", "cy/faqs/", "" for the home page
    language: str
    title: str
    weight: float
    sections: list[Section] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def read_pages(site: Path) -> Iterator[Page]:
    """Every content page of the built site in its own language; fallback copies are skipped."""
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        if relative.split("/")[0] in ("assets", "pagefind", "pagefind-accounts", "search"):
            continue
        page = read_page(path.read_bytes(), "" if relative == "." else relative + "/")
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
    weight = document.xpath(f"string(//meta[@name='{WEIGHT_META}']/@content)") or "1"
    page = Page(url, document.get("lang", "en"), "", float(weight))
    heading: HtmlElement | None = None
    for element in list(article):  # listings sit at the top level, each under its heading
        if element.tag in _SECTION_HEADINGS and element.get("id"):
            heading = element
        elif (listing := _account_listing(element)) is not None:
            accounts = list(_accounts(listing, _text(heading) if heading is not None else ""))
            if accounts and heading is not None:
                page.listings.append(Listing(f"{url}#{heading.get('id')}", _text(heading), accounts))
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
        if page.weight != 1:
            element.set("data-pagefind-weight", f"{_AUTO_WEIGHT.get(element.tag, 1.0) * page.weight:g}")
        parts.append(lxml_html.tostring(element, encoding="unicode", with_tail=False))
    if current is not None and len(parts) > 1:
        current.html = "".join(parts)
        yield current


def _account_listing(element: HtmlElement) -> HtmlElement | None:
    """The listing table's wrapper if `element` holds a listing of accounts (rather than, say, contacts)."""
    for candidate in (element, *element.iterchildren("div")):
        if "handbook-listing" in candidate.get("class", "").split():
            first = next(candidate.iter("td"), None)
            handles = first is not None and any(child.get("class") == "handbook-handle" for child in first)
            return candidate if handles else None
    return None


def _accounts(listing: HtmlElement, heading: str) -> Iterator[Account]:
    """One account per row of a listing that has row ids (a copy elsewhere on the page has none).

    Open rows: account, platform, [service], language, purpose, contact, checked; without a service
    column, the service is the heading above the table.
    Closed rows: account, platform, service, opened, closed, and no contact link.
    Cells are read by position, since their labels are in the page's language.
    """
    for row in listing.iter("tr"):
        cells = row.findall("td")
        if not row.get("id") or len(cells) < 5:
            continue
        handle = [child for child in cells[0] if child.get("class") == "handbook-handle"]
        closed = cells[-2].find("a") is None  # an open account's contact link; a closed one's opening date
        if not handle:
            continue
        if closed:  # "Closed 31 March 2024", in the page's own words
            closed_on = f"{cells[-1].get('data-label', '')} {_text(cells[-1])}"
            details = [_text(cells[1]), _text(cells[2]), closed_on]
        else:
            details = [_text(cell) for cell in cells[1:-2]]
            if len(cells) == 6:
                details.insert(1, heading)
        # The handle is in the title; Pagefind finds "@monlibraries" as "monlibraries" too.
        title = f"{_text(cells[0]).removesuffix(_text(handle[0])).strip()} ({_text(handle[0])})"
        yield Account(row.get("id", ""), title, " · ".join(details), closed)
