"""Unit tests for the search indexer: built HTML → records, Welsh radicals, synonyms, settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from macros.outputs.search_index import radicals_meta, record_path, search_settings
from macros.outputs.search_records import read_page
from tools.sitebuild import ROOT

PAGE = """<html lang="{lang}"><head>{meta}</head><body><article class="md-content__inner md-typeset">
<a class="md-content__button" href="#">Edit this page</a>
<h1 id="title">Running an account<a class="headerlink" href="#title">¶</a></h1>
<p>Opening words.</p>
<div class="admonition handbook-review"><p>Last reviewed today.</p></div>
<h2 id="empty">A heading with nothing under it</h2>
<h3 id="leave">What if I leave?<a class="headerlink" href="#leave">¶</a></h3>
<p>Hand over the password.</p>
<pre class="mermaid"><code>flowchart TD</code></pre>
<h2 id="by-service">Accounts by service</h2>
<h3 id="service-libraries">Libraries</h3><p class="handbook-team">Run by: Libraries team</p>
<div class="md-typeset__table handbook-listing"><table><tbody>
<tr id="account-instagram-monlibraries"><td><a href="#">Mon Libraries</a><br><span class="handbook-handle">@monlibraries</span></td>
<td>Instagram</td><td>English</td><td>Events and new books.</td><td><a class="handbook-contact-link" href="#">x</a></td><td>Not verified</td></tr>
<tr><td><a href="#">Copy</a><br><span class="handbook-handle">@copy</span></td><td>X</td><td>English</td><td>A copy.</td>
<td><a class="handbook-contact-link" href="#">x</a></td><td>Not verified</td></tr>
</tbody></table></div>
<h2 id="closed">Closed accounts</h2>
<div class="md-typeset__table handbook-listing"><table><tbody>
<tr id="closed-x-monlibraries"><td>Mon Libraries<br><span class="handbook-handle">@MonLibraries</span></td><td>X (Twitter)</td>
<td>Libraries</td><td>1 September 2011</td><td data-label="Closed">31 March 2024</td></tr>
</tbody></table></div>
<div class="md-typeset__table handbook-listing"><table><tbody><tr><td>Comms</td><td>a@b.c</td></tr></tbody></table></div>
</article></body></html>"""


def page(lang: str = "en", meta: str = "", **changes: str) -> bytes:
    html = PAGE.format(lang=lang, meta=meta)
    for old, new in changes.items():
        html = html.replace(old.replace("_", " "), new)
    return html.encode()


def test_a_page_becomes_one_record_per_section_without_its_furniture() -> None:
    read = read_page(page(), "running/")
    assert read is not None and read.title == "Running an account" and read.language == "en"
    assert [(section.url, section.title) for section in read.sections] == [
        ("running/", "Running an account"), ("running/#leave", "What if I leave?"),
        ("running/#service-libraries", "Libraries"), ("running/#closed", "Closed accounts")]
    html = " ".join(section.html for section in read.sections)
    for furniture in ("Edit this page", "Last reviewed", "¶", "flowchart", "@monlibraries", "nothing under it"):
        assert furniture not in html
    assert "Comms" in html  # a listing that is not of accounts stays in the text
    assert 'data-pagefind-meta="title"' in read.sections[1].html


def test_each_listing_becomes_a_record_and_each_account_a_heading_in_it() -> None:
    listings = read_page(page(), "running/").listings
    assert [(listing.url, listing.title) for listing in listings] == [
        ("running/#service-libraries", "Libraries"), ("running/#closed", "Closed accounts")]
    opened, closed = listings[0].accounts, listings[1].accounts
    assert [(account.id, account.title, account.closed) for account in opened] == [
        ("account-instagram-monlibraries", "Mon Libraries (@monlibraries)", False)]  # the row without an id is a copy
    assert opened[0].text == "Instagram · Libraries · English · Events and new books."
    assert [(account.id, account.title, account.text, account.closed) for account in closed] == [
        ("closed-x-monlibraries", "Mon Libraries (@MonLibraries)", "X (Twitter) · Libraries · Closed 31 March 2024", True)]


def test_page_weight_comes_from_the_page_and_keeps_headings_above_text() -> None:
    read = read_page(page(meta='<meta name="handbook-search-weight" content="0.5">'), "")
    assert read is not None and read.weight == 0.5
    assert 'data-pagefind-weight="3.5"' in read.sections[0].html  # h1: 7 × 0.5
    assert 'data-pagefind-weight="0.5"' in read.sections[0].html
    assert "data-pagefind-weight" not in read_page(page(), "").sections[0].html  # negative control


def test_redirects_and_untranslated_copies_are_not_pages() -> None:
    assert read_page(b'<html><head><meta http-equiv="refresh" content="0; url=../x/"></head></html>', "x/") is None
    fallback = page("cy", **{"<h1 ": '<div class="handbook-fallback">Dim fersiwn Gymraeg eto</div><h1 '})
    assert read_page(fallback, "cy/running/") is None
    assert read_page(page("cy"), "cy/running/") is not None  # negative control


@pytest.mark.parametrize(("url", "path"), [("faqs/#leave", "faqs/leave.html"), ("faqs/", "faqs/index.html"),
                                           ("", "index.html"), ("cy/accounts/#account-x-a.b", "cy/accounts/account-x-a.b.html")])
def test_a_record_is_indexed_from_a_file_named_after_its_address(url: str, path: str) -> None:
    assert record_path(url) == path


def test_welsh_records_gain_the_radicals_they_do_not_hold() -> None:
    added = radicals_meta("Mae'r dudalen yn y dref. Cysylltwch â'r tîm yn Nghyngor y Sir. Mae cyngor ar gael.").split()
    assert {"tudalen", "tref"} <= set(added)
    assert "cyngor" not in added  # already in the text
    assert "dudalen" not in added and "mae" not in added
    assert not [word for word in added if len(word) < 3]
    assert radicals_meta("sut swyddog") == ""  # nothing to add


def test_settings_carry_the_welsh_rules_only_for_welsh() -> None:
    read = read_page(page(), "running/")
    assert read is not None
    english = search_settings("en", [read], {"dm": ["private message"]})
    assert english["pages"] == {"running/": "Running an account"} and english["accounts"] is True
    assert "mutations" not in english and "the" in english["stop_words"]
    welsh = search_settings("cy", [read], {})
    assert welsh["mutations"]["ngh"] == ["c"] and "yr" in welsh["stop_words"]


def test_the_indexer_does_not_import_mkdocs() -> None:
    check = "import sys, macros.outputs.search_index; assert not [m for m in sys.modules if m.startswith('mkdocs')]"
    subprocess.run([sys.executable, "-c", check], cwd=ROOT, check=True)
