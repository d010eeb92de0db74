"""Build the site search from the finished site with Pagefind: one index per language.

Two Pagefind bundles, both split by `<html lang>` so English pages search English only:
- `pagefind/`: one record per page section, so a result lands on the section that answers;
- `pagefind-accounts/`: the account listings, one record per table with each account its own
  heading (a result of its own in the search), merged into the first bundle when searching.
  It is kept apart so that the size of the registry does not change how chapters rank
  (Pagefind's word-rarity and page-length statistics are counted per bundle).

Welsh records carry the radicals of their mutated words as hidden metadata ("radicals"), so
"gyngor" on a page is also found as "cyngor"; the search script takes mutations off the
query with the same table (`handbook-<lang>.json`), so either side may hold the mutated form.
Excerpts come from the page's own text: the radicals are never shown.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pagefind.index import IndexConfig, PagefindIndex

from ..core import cymraeg
from ..core.synonyms import Synonyms
from .search_records import Page, read_pages

log = logging.getLogger("mkdocs.plugins.handbook.search")

PAGES, ACCOUNTS = "pagefind", "pagefind-accounts"
# Pagefind writes its own search interfaces too; the handbook uses its own (assets/javascripts/search.js).
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
# The accounts bundle is merged into the pages bundle, which brings the code: keep only its data.
_DATA = re.compile(r"pagefind-entry\.json|.*\.pf_(meta|index|fragment|filter)")
_TEMPLATE = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True).get_template("search_record.html")

# English words a question is made of that say nothing about its subject.
ENGLISH_STOP_WORDS = frozenset("""
    a an the and or but if of to in on at by for from with about into onto over under as is are was
    were be been being am do does did doing done have has had having i me my mine we us our you your
    he him his she her it its they them their this that these those what which who whom whose when
    where why how can could should would will shall may might must there here so than too very just
    not no nor any all some get got getting go going went want need s t don didn doesn isn
""".split())


@dataclass(frozen=True)
class SearchIndexStats:
    files: int
    bytes: int
    largest_file: str
    largest_bytes: int
    seconds: float
    sections: int
    accounts: int

    def summary(self) -> str:
        return (f"Search index: {self.sections:,} sections and {self.accounts:,} accounts, "
                f"{self.files:,} files, {self.bytes:,} bytes "
                f"(largest {self.largest_bytes:,}: {self.largest_file}) in {self.seconds:.2f} s")


def build_search_index(site: Path, synonyms: Synonyms) -> SearchIndexStats:
    """Index the built site in `site`; write the bundles and the search script's settings.

    `synonyms` are the checked contents of language/search-synonyms.yml (core/synonyms.py)."""
    start = time.perf_counter()
    pages = list(read_pages(site))
    for folder in (PAGES, ACCOUNTS):
        shutil.rmtree(site / folder, ignore_errors=True)
    asyncio.run(_write_bundles(site, pages))
    _tidy(site / PAGES, keep=lambda name: name not in _UNUSED)
    _tidy(site / ACCOUNTS, keep=lambda name: bool(_DATA.fullmatch(name)))
    for language in sorted({page.language for page in pages}):
        settings = search_settings(language, [page for page in pages if page.language == language],
                                   synonyms.get(language, {}))
        (site / PAGES / f"handbook-{language}.json").write_text(
            json.dumps(settings, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    stats = _stats(site, pages, time.perf_counter() - start)
    log.info(stats.summary())
    return stats


def search_settings(language: str, pages: list[Page], synonyms: dict[str, list[str]]) -> dict[str, object]:
    """What the search script needs for one language: page titles, stop words, synonyms, mutations."""
    settings: dict[str, object] = {
        "pages": {page.url: page.title for page in pages},
        "accounts": any(page.listings for page in pages),
        "synonyms": synonyms,
        "stop_words": sorted(ENGLISH_STOP_WORDS if language == "en" else cymraeg.STOP_WORDS),
    }
    if language == "cy":
        settings["mutations"] = cymraeg.browser_rules()["undo"]
    return settings


def radicals_meta(text: str) -> str:
    """The radicals of every mutated-looking word in a Welsh text, which the text does not hold."""
    compounds = {word.lower() for word in re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)}
    words = compounds | {part for word in compounds for part in word.split("-")}  # as Pagefind indexes them
    extra = {radical for word in words - cymraeg.STOP_WORDS for radical in cymraeg.radicals(word)} - words
    return " ".join(sorted(word for word in extra if len(word) > 2))


def record_path(url: str) -> str:
    """The file a record is indexed from: "faqs/#leave" → "faqs/leave.html", "faqs/" → "faqs/index.html"."""
    page, _, anchor = url.partition("#")
    return f"{page}{anchor or 'index'}.html"


async def _write_bundles(site: Path, pages: list[Page]) -> None:
    # Each record goes to Pagefind as a small HTML file whose path is its address, and a folder is
    # indexed in one call: the Python wrapper waits 0.1 s for every reply, so adding 10,000
    # records one by one (add_html_file, add_custom_record) would take a quarter of an hour.
    with tempfile.TemporaryDirectory(prefix="handbook-search-") as temp:
        for folder, records in ((PAGES, _section_files(pages)), (ACCOUNTS, _account_files(pages))):
            for url, html in records:
                path = Path(temp) / folder / record_path(url)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(html, encoding="utf-8")
        await asyncio.gather(*(_index(Path(temp) / folder, site / folder) for folder in (PAGES, ACCOUNTS)
                               if (Path(temp) / folder).exists()))


async def _index(source: Path, output: Path) -> None:
    async with PagefindIndex(IndexConfig(output_path=str(output))) as index:
        await index.add_directory(str(source))


def _section_files(pages: list[Page]) -> Iterator[tuple[str, str]]:
    for page in pages:
        for section in page.sections:
            text = re.sub(r"<[^>]+>", " ", section.html)
            yield section.url, _record(page.language, "page", text, {"page": page.title}, section_html=section.html)


def _account_files(pages: list[Page]) -> Iterator[tuple[str, str]]:
    # One record per listing (a service's table), each account a heading with its row's id:
    # 10,000 accounts make a hundred small files, and each account is still its own result.
    for page in pages:
        for listing in page.listings:
            text = " ".join(f"{account.title} {account.text}" for account in listing.accounts)
            yield listing.url, _record(page.language, "account", text, {"title": listing.title},
                                       accounts=listing.accounts)


def _record(language: str, kind: str, text: str, meta: dict[str, str], **content: object) -> str:
    if language == "cy" and (radicals := radicals_meta(text)):
        meta = {**meta, "radicals": radicals}
    return _TEMPLATE.render(language=language, kind=kind, meta=meta, **content)


def _tidy(folder: Path, keep: Callable[[str], bool]) -> None:
    for path in folder.iterdir() if folder.exists() else ():
        if path.is_file() and not keep(path.name):
            path.unlink()


def _stats(site: Path, pages: list[Page], seconds: float) -> SearchIndexStats:
    files = [path for folder in (PAGES, ACCOUNTS) for path in (site / folder).rglob("*") if path.is_file()]
    largest = max(files, key=lambda path: path.stat().st_size)
    return SearchIndexStats(
        files=len(files), bytes=sum(path.stat().st_size for path in files),
        largest_file=largest.relative_to(site).as_posix(), largest_bytes=largest.stat().st_size,
        seconds=seconds, sections=sum(len(page.sections) for page in pages),
        accounts=sum(len(listing.accounts) for page in pages for listing in page.listings))
