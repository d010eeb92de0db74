"""The printable handbook: built pages gathered into one book per language, printed by weasyprint.

It reads the built site (never the Markdown), so the PDF says exactly what the web pages say.
No generator import: the MkDocs adapter calls it after the last language, and `python -m macros pdf`
prints a site that is already built.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from ..core.i18n import LANGUAGES, format_date, words

TEMPLATES = Path(__file__).parent / "templates"
DEFAULT_LANG = "en"
LOG = logging.getLogger(__name__)

# Interface words printed in the book come from the catalogue; the chapters from the built pages.
LABELS: dict[str, dict[str, str]] = {lang: words(lang, "print.") for lang in LANGUAGES}

# A council's own listings print in full; a national-size registry would run to hundreds of pages,
# so above this many rows in one chapter each table becomes a line pointing to the online list.
MAX_PRINTED_ACCOUNTS = 400

# Web chrome that means nothing on paper.
CHROME = ("form", "button", "input", "script", "nav", "noscript", ".headerlink", ".md-content__button",
          ".md-source-file", ".md-clipboard", ".md-top", ".md-dialog", ".md-feedback",
          ".md-annotation__index")
ID_REFERENCES = ("for", "headers", "aria-labelledby", "aria-describedby", "aria-controls")


@dataclass(frozen=True)
class Chapter:
    slug: str
    title: str
    html: str  # the article body of the built page, cleaned, with ids and links made book-wide
    title_lang: str | None = None  # set when the title is not in the book's language (a fallback page)

    @property
    def anchor(self) -> str:
        return f"chapter-{chapter_key(self.slug)}"


def chapter_key(slug: str) -> str:
    """'accounts' for accounts/, 'about-team' for about/team/, 'home' for the home page."""
    return slug.strip("/").replace("/", "-") or "home"


def page_path(slug: str, lang: str) -> str:
    """The URL path of a built page: '/accounts/', '/cy/accounts/', '/cy/'."""
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return "/" + prefix + (f"{slug.strip('/')}/" if slug.strip("/") else "")


# ---- one chapter ------------------------------------------------------------------------------

def chapter_from_html(page_html: str, slug: str, lang: str, slugs: list[str], *,
                      site_url: str | None = None) -> Chapter:
    """Take the article out of a built page, strip the web chrome and make ids and links book-wide.

    A link to a page outside the book points to the published site at site_url, or is dropped
    (keeping its words) when there is no site_url."""
    soup = BeautifulSoup(page_html, "lxml")  # much faster than html.parser on a 6 MB listing page
    article = soup.select_one("article.md-content__inner")
    if article is None:
        raise ValueError(f"{page_path(slug, lang)} has no article.md-content__inner: is it a built page?")
    _strip_chrome(article, soup, lang)
    _shorten_long_listings(article, soup, lang, (site_url or "").rstrip("/") + page_path(slug, lang))
    heading = article.find("h1")
    title = heading.get_text(" ", strip=True) if heading else slug or "Home"
    marked = heading.find_parent(attrs={"lang": True}) if heading else None
    title_lang = str(marked["lang"]) if marked and marked["lang"] != lang else None
    _make_ids_unique(article, chapter_key(slug))
    _rewrite_links(article, slug, lang, slugs, site_url)
    _allow_breaks_in_addresses(article, soup)
    return Chapter(slug=slug, title=title, html=article.decode_contents().strip(), title_lang=title_lang)


def _strip_chrome(article: Tag, soup: BeautifulSoup, lang: str) -> None:
    for element in article.select(", ".join(CHROME)):
        element.decompose()
    # "No Welsh version yet": one line instead of a three-paragraph box.
    for notice in article.select(".handbook-fallback"):
        body = [p for p in notice.find_all("p") if "admonition-title" not in (p.get("class") or [])]
        source = body[0] if body else notice
        note = soup.new_tag("p", attrs={"class": "handbook-fallback", "lang": source.get("lang") or lang})
        note.string = source.get_text(" ", strip=True)
        notice.replace_with(note)
    # Collapsible blocks print open, as boxes.
    for details in article.find_all("details"):
        for summary in details.find_all("summary"):
            summary.name, summary["class"] = "p", ["admonition-title"]
        details.name = "div"
        details["class"] = ["admonition", *(details.get("class") or [])]
        del details["open"]


def _shorten_long_listings(article: Tag, soup: BeautifulSoup, lang: str, online: str) -> None:
    tables = article.select(".handbook-listing")
    if sum(len(table.select("tbody tr")) for table in tables) <= MAX_PRINTED_ACCOUNTS:
        return
    for table in tables:
        note = soup.new_tag("p", attrs={"class": "book-listing-note"})
        note.string = LABELS[lang]["listing"].format(count=len(table.select("tbody tr")), url=online)
        (table.find_parent(class_="md-typeset__scrollwrap") or table).replace_with(note)


def _make_ids_unique(article: Tag, key: str) -> None:
    for element in article.find_all(id=True):
        element["id"] = f"{key}--{element['id']}"
    for name in ID_REFERENCES:
        for element in article.find_all(attrs={name: True}):
            element[name] = " ".join(f"{key}--{ref}" for ref in str(element[name]).split())


def _rewrite_links(article: Tag, slug: str, lang: str, slugs: list[str], site_url: str | None) -> None:
    here = page_path(slug, lang)
    in_book = {page_path(other, lang): other for other in slugs}
    for link in article.find_all("a", href=True):
        href = str(link["href"]).strip()
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            if parts.scheme in ("http", "https") and _shows_its_url(link.get_text(strip=True), href):
                link["class"] = [*(link.get("class") or []), "book-bare-url"]
            continue
        target = urlsplit(urljoin(here, href))
        path = target.path.removesuffix("index.html")
        if path not in in_book:  # a file outside the book, or a page in the other language
            if site_url:
                link["href"] = urljoin(site_url.rstrip("/") + "/", urljoin(here, href).lstrip("/"))
            else:
                link.unwrap()
            continue
        key = chapter_key(in_book[path])
        link["href"] = f"#{key}--{unquote(target.fragment)}" if target.fragment else f"#chapter-{key}"
    for image in article.find_all("img", src=True):
        if not urlsplit(str(image["src"])).scheme:
            image["src"] = urljoin(here, str(image["src"])).lstrip("/")  # relative to the site folder


def _allow_breaks_in_addresses(article: Tag, soup: BeautifulSoup) -> None:
    """Let an address shown as link text wrap after "@", "/" or "www." in a narrow table column."""
    for link in article.select('a[href^="mailto:"], a.book-bare-url'):
        parts = [part for part in re.split(r"(?<=@)|(?<=[^/]/)(?=[^/])|(?<=^www\.)", link.get_text()) if part]
        if len(parts) > 1 and len(link.contents) == 1:
            link.clear()
            for index, part in enumerate(parts):
                link.extend([soup.new_tag("wbr"), part] if index else [part])


def _shows_its_url(text: str, href: str) -> bool:
    """True when the link text is already the address, so print should not repeat it."""
    def bare(value: str) -> str:
        return value.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    return bare(text) == bare(href)


def collect_chapters(site_dir: Path, nav_slugs: list[str], lang: str, *,
                     site_url: str | None = None) -> list[Chapter]:
    """Read every page in nav order from a built site: site/<slug>/ or site/cy/<slug>/."""
    chapters = []
    for slug in nav_slugs:
        page = site_dir / page_path(slug, lang).lstrip("/") / "index.html"
        if not page.is_file():
            raise FileNotFoundError(f"no built page for '{slug or 'home'}' ({lang}) at {page}: "
                                    "build the site first")
        chapters.append(chapter_from_html(page.read_text(encoding="utf-8"), slug, lang, nav_slugs,
                                          site_url=site_url))
    return chapters


# ---- the book ---------------------------------------------------------------------------------

def css_string(value: str) -> Markup:
    """A quoted CSS string, safe inside <style>."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ").replace("<", "\\3c ")
    return Markup(f'"{escaped}"')


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["css_string"] = css_string
    return env


def render_book(chapters: list[Chapter], *, title: str, council: str, lang: str, version: str,
                built_on: date) -> str:
    """The whole book as one HTML document: cover, contents, then a section per chapter."""
    if lang not in LABELS:
        raise ValueError(f"no print labels for language '{lang}'; add them to LABELS in {__name__}")
    return _environment().get_template("print/book.html").render(
        chapters=chapters, title=title, council=council, lang=lang, version=version,
        built_on=built_on, built_on_long=format_date(built_on, lang), labels=LABELS[lang])


# ---- printing ---------------------------------------------------------------------------------

class LocalOnlyFetcher(URLFetcher):
    """Fetches local files and data: URLs; refuses (and remembers) everything else."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == "data" or (parts.scheme == "file" and parts.netloc in ("", "localhost")):
            return super().fetch(url, headers)
        self.refused.append(url)
        raise ValueError(f"the PDF is built offline: refused to fetch {url}")


def write_pdf(html: str, base_dir: Path, out: Path, *, url_fetcher: LocalOnlyFetcher | None = None) -> int:
    """Print `html` to `out` (local resources resolved under base_dir) and return the number of pages."""
    fetcher = url_fetcher or LocalOnlyFetcher()
    document = HTML(string=html, base_url=str(base_dir), url_fetcher=fetcher).render()
    out.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out, pdf_tags=True)
    return len(document.pages)


def build_pdfs(site_dir: Path, nav_slugs: list[str], books: dict[str, dict], *,
               built_on: date | None = None) -> dict[str, Path]:
    """Print one book per language into the built site.

    books: {"en": {"title": ..., "council": ..., "version": ..., "out": "handbook.pdf",
                   "site_url": ... (optional: where links to files outside the book point)}, "cy": {...}}
    """
    written = {}
    for lang, book in books.items():
        started = time.perf_counter()
        chapters = collect_chapters(site_dir, nav_slugs, lang, site_url=book.get("site_url"))
        html = render_book(chapters, title=book["title"], council=book["council"], lang=lang,
                           version=book["version"], built_on=built_on or date.today())
        out = site_dir / book["out"]
        pages = write_pdf(html, site_dir, out)
        LOG.info("%s: %d pages in %.1f s", out, pages, time.perf_counter() - started)
        written[lang] = out
    return written
