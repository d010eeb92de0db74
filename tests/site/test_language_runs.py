"""No English run of three or more words on a Welsh page or in the Welsh printed book, and no Welsh
run on an English page: the interface, the generated listings and the prose (tests/language_runs.py).
Runs against the edition under test, so CI checks the fictional second council too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from macros.outputs.print_book import collect_chapters, render_book
from macros.outputs.print_settings import nav_slugs
from tests.edition import edition, edition_root
from tests.language_runs import english_on_welsh_page, page_runs, site_runs
from tools.sitebuild import Build, read_config


@pytest.fixture(scope="module")
def runs(site: Build) -> dict[str, list]:
    return site_runs(site.site)


def _report(found: dict[str, list]) -> str:
    return "\n".join(str(run) for page in found.values() for run in page[:5])


def test_welsh_pages_have_no_english_runs(site: Build, runs: dict[str, list]) -> None:
    welsh = {path: found for path, found in runs.items() if path.startswith("/cy/")}
    assert len(welsh) >= 20  # every Welsh page, service pages included
    found = {path: page for path, page in welsh.items() if page}
    assert found == {}, "English on Welsh pages:\n" + _report(found)


def test_english_pages_have_no_welsh_runs(runs: dict[str, list]) -> None:
    found = {path: page for path, page in runs.items() if not path.startswith("/cy/") and page}
    assert found == {}, "Welsh on English pages:\n" + _report(found)


def test_the_welsh_printed_book_has_no_english_runs(site: Build) -> None:
    if not edition().organisation.welsh:
        pytest.skip("this edition has no Welsh")
    nav = read_config(edition_root() / "mkdocs.yml")["nav"]
    chapters = collect_chapters(site.site, nav_slugs(nav), "cy")
    html = render_book(chapters, title="Llawlyfr", council=edition().organisation.name_cy, lang="cy",
                       version="prawf", built_on=date(2026, 12, 1))
    assert len(chapters) >= 10
    assert page_runs(html, "cy", english_on_welsh_page, "cy/llawlyfr.pdf") == []


# ---- the detector itself: it finds what it should, and only that (negative controls) ------------

def welsh_page(body: str, head: str = "") -> str:
    return f'<html lang="cy"><head>{head}</head><body><article>{body}</article></body></html>'


@pytest.mark.parametrize(("body", "expected"), [
    ("<p>Yn cael ei redeg gan: Adult social care engagement team</p>", ["Adult social care engagement team"]),
    ('<h2>Pwy <a class="headerlink" href="#x" title="Link to this section">¶</a></h2>',
     ["Link to this section"]),
    ('<label title="Switch to dark mode">x</label>', ["Switch to dark mode"]),
    ("<p>Adolygwyd ddiwethaf gan the democratic services team.</p>", ["the democratic services team"]),
    ("<ol><li>Open Government Licence v3.0</li></ol>", ["Open Government Licence"]),
])
def test_english_in_a_welsh_page_is_found(body: str, expected: list[str]) -> None:
    assert [run.words for run in page_runs(welsh_page(body), "cy", english_on_welsh_page, "/cy/")] == expected


@pytest.mark.parametrize("body", [
    "<p>Os ydych chi wedi gwneud camgymeriad, rhowch wybod i'r Tîm Cyfathrebu a chywirwch ef.</p>",
    "<p>Mae plant sy'n derbyn gofal yn cael help gan y tîm, a dim ond pen draw'r dull hwn yw hynny.</p>",
    "<p>Mae Deddf Diogelu Data 2018 (Data Protection Act 2018) yn berthnasol.</p>",  # English in brackets
    '<p lang="en">This passage is marked as English on purpose.</p>',
    '<p>Dilynwch <span translate="no">Example Borough Bin Day</span> ar X.</p>',  # an account's name
    "<p>Gwnaed gyda Material for MkDocs.</p>",  # a brand
    "<p><code>python -m macros check the data files</code></p>",
    '<p><a href="https://www.example.org/social-care-contact">www.example.org/social-care-contact</a></p>',
])
def test_welsh_text_brackets_names_and_marked_passages_are_not_runs(body: str) -> None:
    assert page_runs(welsh_page(body), "cy", english_on_welsh_page, "/cy/") == []


def test_welsh_on_an_english_page_is_found(tmp_path: Path) -> None:
    welsh = welsh_page("<p>Mae'r llawlyfr hwn yn esbonio sut rydym yn defnyddio'r cyfryngau cymdeithasol.</p>")
    english = ('<html lang="en"><body><p>Cyngor ar unrhyw gyfrif neges neu gamgymeriad is in Welsh.</p>'
               '<p lang="cy">Cyngor ar unrhyw gyfrif neges neu gamgymeriad</p></body></html>')
    (tmp_path / "cy").mkdir()
    (tmp_path / "cy" / "index.html").write_text(welsh + welsh_page("<p>Cyngor ar unrhyw gyfrif neges neu "
                                                                    "gamgymeriad</p>"), encoding="utf-8")
    (tmp_path / "index.html").write_text(english, encoding="utf-8")
    found = site_runs(tmp_path)
    assert [run.words for run in found["/index.html"]] == ["Cyngor ar unrhyw gyfrif neges neu gamgymeriad"]
    assert found["/cy/index.html"] == []  # negative control
