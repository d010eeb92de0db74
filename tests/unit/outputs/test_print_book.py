"""The printable handbook: the built site printed to one PDF per language, read back with pdftotext."""

from __future__ import annotations

import logging
import re
import shutil
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.core.i18n import format_date
from macros.outputs.print_book import (Chapter, LocalOnlyFetcher, chapter_from_html, collect_chapters, render_book,
                               write_pdf)
from macros.outputs.print_settings import nav_slugs
from tests.conftest import run_date
from tests.edition import edition, edition_root
from tools.sitebuild import ENV, ROOT, Build, read_config

ORG = edition().organisation  # the edition under test (see tests/edition.py)
COUNCIL = {"en": ORG.name, "cy": ORG.name_cy}
OUT = {"en": "handbook.pdf", "cy": "cy/llawlyfr.pdf"}
# Words that only the web pages' chrome uses (never the handbook's own text).
CHROME = ("Edit this page", "Golygu'r dudalen hon", "Skip to content", "Link to this section",
          "Dolen i'r adran hon",
          "Type to start searching", "Back to top", "Made with", "¶")


NAV = nav_slugs(read_config(ROOT / "mkdocs.yml")["nav"])


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    result = subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True,
                            check=True)
    return result.stdout


def contents_problems(text: str, titles: list[str]) -> list[str]:
    """Each title must be in the contents with leader dots and a page number, and be on that page."""
    pages = text.split("\f")
    problems = []
    for title in titles:
        words = r"\s+".join(re.escape(word) for word in title.split())
        entry = re.search(rf"^\s*{words}\s*\.{{3,}}[.\s]*?(\d+)\s*$", text, re.MULTILINE)
        if entry is None:
            problems.append(f"{title!r} is not in the contents")
        elif not re.search(words, pages[int(entry[1]) - 1] if int(entry[1]) <= len(pages) else ""):
            problems.append(f"{title!r} is not on page {entry[1]}, where the contents says it is")
    return problems


def built_titles(site: Build, lang: str) -> list[str]:
    prefix = "" if lang == "en" else f"{lang}/"
    titles = []
    for slug in NAV:
        heading = site.page(f"{prefix}{slug}/" if slug else prefix).find("h1")
        titles.append(heading.get_text(" ", strip=True).removesuffix("¶").strip())
    return titles


# ---- the real handbook ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def printed(site: Build, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Both PDFs, printed by the command-line script into a copy of the built site."""
    copy = tmp_path_factory.mktemp("print") / "site"
    shutil.copytree(site.site, copy)
    result = subprocess.run([sys.executable, "-m", "macros", "pdf", str(copy), "--root", str(edition_root())],
                            cwd=ROOT, env=ENV,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return copy, result.stdout + result.stderr


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_chapter_is_in_the_contents_and_on_its_page(printed: tuple[Path, str], site: Build,
                                                          lang: str) -> None:
    text = pdf_text(printed[0] / OUT[lang])
    titles = built_titles(site, lang)
    assert len(titles) == len(NAV) >= 10
    assert contents_problems(text, titles) == []
    assert 15 <= text.count("\f") <= 120


def test_script_reports_pages_and_time(printed: tuple[Path, str]) -> None:
    for out in OUT.values():
        assert re.search(rf"{re.escape(out)}: \d+ pages in \d+\.\d s", printed[1]), printed[1]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Version", "Contents", "Page 2 of"]),
    ("cy", ["Fersiwn", "Cynnwys", "Tudalen 2 o"]),
], ids=["en", "cy"])
def test_cover_and_contents(printed: tuple[Path, str], lang: str, words: list[str]) -> None:
    pdf = printed[0] / OUT[lang]
    cover, contents = pdf_text(pdf, 1, 1), pdf_text(pdf, 2, 2)
    assert COUNCIL[lang] in cover
    assert ORG.handbook_title(lang) in " ".join(cover.split())  # the title may wrap
    assert words[0] in cover and format_date(run_date(), lang) in cover
    assert words[1] in contents and words[2] in contents
    assert not re.search(r"(Page|Tudalen) 1 (of|o)", cover)  # no footer on the cover


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_no_web_chrome_and_the_listings_are_there(printed: tuple[Path, str], lang: str) -> None:
    text = pdf_text(printed[0] / OUT[lang])
    assert [word for word in CHROME if word in text] == []
    assert edition().registry.listed()[0].display_handle in text
    assert re.search(r"\((page|tudalen) \d+\)", text)  # links between chapters give the page


def test_welsh_book_is_welsh_throughout(printed: tuple[Path, str]) -> None:
    text = pdf_text(printed[0] / OUT["cy"])
    assert "Nid yw'r dudalen hon ar gael yn Gymraeg eto" not in text  # every page has its Welsh version
    assert "Cynnwys" in text and "Contents" not in text


def test_a_fallback_page_prints_as_one_line() -> None:
    page = ('<html><body><article class="md-content__inner"><div class="admonition info handbook-fallback">'
            '<p class="admonition-title" lang="cy">Dim fersiwn Gymraeg eto</p>'
            '<p lang="cy">Nid yw\'r dudalen hon ar gael yn Gymraeg eto.</p><p lang="en">Not in Welsh yet.</p></div>'
            '<div lang="en"><h1>Title</h1><p>Body</p></div></article></body></html>')
    chapter = chapter_from_html(page, "faqs", "cy", ["faqs"])
    assert "Nid yw'r dudalen hon ar gael yn Gymraeg eto" in chapter.html
    assert "Dim fersiwn Gymraeg eto" not in chapter.html  # the box's title is dropped: one line only


def test_pdf_has_a_title_and_is_tagged(printed: tuple[Path, str]) -> None:
    info = subprocess.run(["pdfinfo", str(printed[0] / OUT["en"])], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(rf"^Title:\s+{re.escape(ORG.handbook_title('en'))}$", info, re.MULTILINE)
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_internal_link_has_a_target(site: Build, lang: str) -> None:
    chapters = collect_chapters(site.site, NAV, lang)
    html = render_book(chapters, title="T", council=COUNCIL[lang], lang=lang, version="v",
                       built_on=date.today())
    book = BeautifulSoup(html, "html.parser")
    ids = [element["id"] for element in book.find_all(id=True)]
    assert len(ids) == len(set(ids)), "ids must be unique across the book"
    internal = [str(link["href"]) for link in book.select('a[href^="#"]')]
    assert len(internal) > 2 * len(NAV)  # the contents, plus links between chapters
    assert [href for href in internal if href[1:] not in ids] == []
    assert not book.select("a[href]:not([href^='#']):not([href^='http']):not([href^='mailto:'])"
                           ":not([href^='tel:'])")
    assert not book.select("script, form, button, nav, .headerlink, .md-content__button, .mermaid")


# ---- small books ------------------------------------------------------------------------------

PAGE = """<html><body><nav>Site navigation</nav>
<article class="md-content__inner md-typeset">
<a class="md-content__button md-icon" href="https://example.org/edit/faqs.md" title="Edit this page">E</a>
<h1 id="faqs">FAQs<a class="headerlink" href="#faqs">¶</a></h1>
<p id="intro">See <a href="../accounts/">accounts</a>, <a href="../accounts/#closed">closed</a>,
<a href="./#intro">this</a>, <a href="#intro">here</a>, <a href="../">home</a>,
<a href="/cy/accounts/">Cymraeg</a>,
<a href="/accounts/">English</a>, <a href="../nowhere/">gone</a>, <a href="https://example.org/x">site</a>,
<a href="https://example.org/y/">example.org/y</a> or
<a href="mailto:comms@example.gov.uk">comms@example.gov.uk</a>.</p>
<label for="intro">Label</label>
<form><input name="q"></form><button>Copy</button><script>alert(1)</script>
</article></body></html>"""


@pytest.mark.parametrize(("lang", "same", "other"), [("en", "English", "Cymraeg"), ("cy", "Cymraeg", "English")],
                         ids=["en", "cy"])
def test_links_become_anchors_in_the_book(lang: str, same: str, other: str) -> None:
    chapter = chapter_from_html(PAGE, "faqs", lang, ["", "faqs", "accounts"])
    body = BeautifulSoup(chapter.html, "html.parser")
    links = {link.get_text(): link["href"] for link in body.find_all("a")}
    assert chapter.title == "FAQs" and chapter.anchor == "chapter-faqs"
    assert [element["id"] for element in body.find_all(id=True)] == ["faqs--faqs", "faqs--intro"]
    assert body.find("label")["for"] == "faqs--intro"
    assert links["accounts"] == links[same] == "#chapter-accounts"
    assert links["closed"] == "#accounts--closed" and links["home"] == "#chapter-home"
    assert links["this"] == links["here"] == "#faqs--intro"
    # Pages outside the book, or in the other language: the words stay, the link goes.
    for words in (other, "gone"):
        assert words not in links and words in body.get_text()
    assert links["site"] == "https://example.org/x" and links["comms@example.gov.uk"].startswith("mailto:")
    assert "book-bare-url" in body.find("a", href="https://example.org/y/")["class"]
    assert "book-bare-url" not in (body.find("a", href="https://example.org/x").get("class") or [])
    assert not body.select("nav, form, input, button, script, .headerlink, .md-content__button, pre")
    assert "Edit this page" not in chapter.html and "¶" not in chapter.html


def test_links_outside_the_book_point_to_the_published_site() -> None:
    chapter = chapter_from_html(PAGE, "faqs", "en", ["", "faqs", "accounts"],
                                site_url="https://handbook.example.gov.uk/")
    body = BeautifulSoup(chapter.html, "html.parser")
    links = {link.get_text(): link["href"] for link in body.find_all("a")}
    assert links["gone"] == "https://handbook.example.gov.uk/nowhere/"
    assert links["Cymraeg"] == "https://handbook.example.gov.uk/cy/accounts/"
    assert links["English"] == "#chapter-accounts"


def test_fallback_notice_becomes_one_line() -> None:
    page = """<article class="md-content__inner"><div class="admonition info handbook-fallback">
<p class="admonition-title" lang="cy">Dim fersiwn Gymraeg eto</p>
<p lang="cy">Nid yw'r dudalen hon ar gael yn Gymraeg eto.</p><p lang="en">Not in Welsh yet.</p></div>
<div lang="en"><h1 id="faqs">FAQs</h1></div></article>"""
    chapter = chapter_from_html(page, "faqs", "cy", ["faqs"])
    notes = BeautifulSoup(chapter.html, "html.parser").select(".handbook-fallback")
    assert [(note.name, note["lang"], note.get_text()) for note in notes] == [
        ("p", "cy", "Nid yw'r dudalen hon ar gael yn Gymraeg eto.")]
    assert chapter.title_lang == "en"


def test_contents_check_catches_a_missing_chapter(tmp_path: Path) -> None:
    chapters = [Chapter(slug=slug, title=title, html=f"<h1>{title}</h1><p>Text.</p>")
                for slug, title in [("", "Alpha chapter"), ("beta", "Beta chapter")]]
    html = render_book(chapters, title="A handbook", council="A council", lang="en", version="1",
                       built_on=date(2026, 11, 21))
    assert write_pdf(html, tmp_path, tmp_path / "book.pdf") == 4
    text = pdf_text(tmp_path / "book.pdf")
    assert "21 November 2026" in pdf_text(tmp_path / "book.pdf", 1, 1)
    assert contents_problems(text, ["Alpha chapter", "Beta chapter"]) == []
    # negative control: a chapter the book does not have
    assert contents_problems(text, ["Alpha chapter", "Gamma chapter"]) == [
        "'Gamma chapter' is not in the contents"]


def test_pdf_is_built_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              caplog: pytest.LogCaptureFixture) -> None:
    connections: list[object] = []

    def no_network(*args: object, **kwargs: object) -> None:
        connections.append(args)
        raise OSError("the network was used")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    (tmp_path / "dot.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    html = ('<html lang="en"><link rel="stylesheet" href="https://example.org/print.css"><p>Hello</p>'
            '<img src="https://example.org/x.png" alt="remote"><img src="dot.svg" alt="local file">'
            '<img src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E" alt="data">')
    fetcher = LocalOnlyFetcher()
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        assert write_pdf(html, tmp_path, tmp_path / "offline.pdf", url_fetcher=fetcher) == 1
    assert sorted(fetcher.refused) == ["https://example.org/print.css", "https://example.org/x.png"]
    assert connections == []
    failed = [record.getMessage() for record in caplog.records if "Failed to load" in record.getMessage()]
    assert len(failed) == 2 and all("refused to fetch https://example.org/" in message for message in failed)
    for url in ("ftp://example.org/x", "file://example.org/etc/passwd"):
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)


def test_a_national_size_listing_is_summarised_not_printed() -> None:
    from macros.outputs.print_book import MAX_PRINTED_ACCOUNTS
    rows = "".join(f"<tr><td>Account {n}</td></tr>" for n in range(MAX_PRINTED_ACCOUNTS + 1))
    page = ('<html><body><article class="md-content__inner"><h1>Our accounts</h1>'
            '<div class="md-typeset__scrollwrap"><div class="md-typeset__table handbook-listing">'
            f"<table><tbody>{rows}</tbody></table></div></div></article></body></html>")
    chapter = chapter_from_html(page, "accounts", "en", ["accounts"], site_url="https://handbook.example.org/")
    assert "<table" not in chapter.html
    assert f"{MAX_PRINTED_ACCOUNTS + 1} accounts: too many to print" in chapter.html
    assert "https://handbook.example.org/accounts/" in chapter.html
    small = page.replace(rows, "<tr><td>Account 1</td></tr>")  # negative control: a council's own list
    assert "<table" in chapter_from_html(small, "accounts", "en", ["accounts"]).html
