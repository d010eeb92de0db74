"""Unit tests for the search indexer: built HTML → sections, the registry → account records,
what each page is for, Welsh word forms, synonyms and the search script's settings."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from macros.core.handbook import load
from macros.outputs.search_index import (ABOUT_MARK, SERVICE_PAGE_WEIGHT, _section_files, account_records,
                                         page_infos, page_url, record_path, search_settings,
                                         service_pages, welsh_forms)
from macros.outputs.search_records import read_page, read_pages
from tools.sitebuild import ROOT

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"

PAGE = """<html lang="{lang}"><head></head><body><article class="md-content__inner md-typeset">
<a class="md-content__button" href="#">Edit this page</a>
<h1 id="title">Running an account<a class="headerlink" href="#title">¶</a></h1>
<p>Opening words.</p>
<div class="admonition handbook-review"><p>Last reviewed today.</p></div>
<h2 id="empty">A heading with nothing under it</h2>
<h3 id="leave">What if I leave?<a class="headerlink" href="#leave">¶</a></h3>
<p>Hand over the password.</p>
<pre class="mermaid"><code>flowchart TD</code></pre>
<h2 id="by-service">Accounts by service</h2>
<p>Each service's accounts.</p>
<div class="md-typeset__scrollwrap" data-pagefind-ignore><div class="md-typeset__table handbook-listing"><table><tbody>
<tr id="account-instagram-monlibraries"><td><a href="#">Mon Libraries</a><br><span class="handbook-handle">@monlibraries</span></td>
<td>Instagram</td><td>English</td><td>Events and new books.</td></tr>
</tbody></table></div></div>
<div class="md-typeset__table handbook-listing"><table><tbody><tr><td>Comms</td><td>a@b.c</td></tr></tbody></table></div>
</article></body></html>"""


def page(lang: str = "en", **changes: str) -> bytes:
    html = PAGE.format(lang=lang)
    for old, new in changes.items():
        html = html.replace(old.replace("_", " "), new)
    return html.encode()


@pytest.fixture(scope="module")
def handbook():
    return load(MINIMAL)


def test_a_page_becomes_one_record_per_section_without_its_furniture() -> None:
    read = read_page(page(), "running/")
    assert read is not None and read.title == "Running an account" and read.language == "en"
    assert [(section.url, section.title) for section in read.sections] == [
        ("running/", "Running an account"), ("running/#leave", "What if I leave?"),
        ("running/#by-service", "Accounts by service")]
    html = " ".join(section.html for section in read.sections)
    for furniture in ("Edit this page", "Last reviewed", "¶", "flowchart", "@monlibraries", "nothing under it"):
        assert furniture not in html
    assert "Comms" in html  # a table that is not marked data-pagefind-ignore stays in the text
    assert 'data-pagefind-meta="title"' in read.sections[1].html


def test_redirects_and_untranslated_copies_are_not_pages() -> None:
    assert read_page(b'<html><head><meta http-equiv="refresh" content="0; url=../x/"></head></html>', "x/") is None
    fallback = page("cy", **{"<h1 ": '<div class="handbook-fallback">Dim fersiwn Gymraeg eto</div><h1 '})
    assert read_page(fallback, "cy/running/") is None
    assert read_page(page("cy"), "cy/running/") is not None  # negative control


@pytest.mark.parametrize(("url", "path"), [("faqs/#leave", "faqs/leave.html"), ("faqs/", "faqs/index.html"),
                                           ("", "index.html"), ("cy/accounts/x/#account-x-a.b", "cy/accounts/x/account-x-a.b.html")])
def test_a_record_is_indexed_from_a_file_named_after_its_address(url: str, path: str) -> None:
    assert record_path(url) == path


@pytest.mark.parametrize(("source", "address"), [
    ("faqs.md", ("faqs/", "en")), ("faqs.cy.md", ("cy/faqs/", "cy")), ("index.md", ("", "en")),
    ("index.cy.md", ("cy/", "cy")), ("scenarios/fake-account.md", ("scenarios/fake-account/", "en")),
    ("scenarios/fake-account.cy.md", ("cy/scenarios/fake-account/", "cy"))])
def test_a_source_page_has_the_address_the_site_gives_it(source: str, address: tuple[str, str]) -> None:
    assert page_url(source) == address


def test_account_records_come_from_the_registry_one_per_service(handbook) -> None:
    records = dict(account_records(handbook, "en"))
    assert set(records) == {f"accounts/{account.service.slug}/" for account in handbook.registry.accounts}
    libraries = records["accounts/libraries/"]
    for account in handbook.registry.by_service("libraries"):
        assert f'<h3 id="{account.anchor}">{account.display_name} ({account.display_handle})</h3>' in libraries
    assert "Run by the libraries team." in libraries and "What is on at each library." in libraries
    welsh = dict(account_records(handbook, "cy"))
    assert set(welsh) == {f"cy/{url}" for url in records}
    assert "Beth sydd ymlaen ym mhob llyfrgell." in welsh["cy/accounts/libraries/"]
    assert "Yn cael ei redeg gan y Tîm Llyfrgelloedd." in welsh["cy/accounts/libraries/"]  # the team in Welsh
    assert "Libraries team" not in welsh["cy/accounts/libraries/"]


def test_a_closed_account_weighs_less_than_an_open_one(handbook) -> None:
    records = dict(account_records(handbook, "en"))
    closed = handbook.registry.archived()
    assert closed and handbook.registry.listed()
    for account in closed:
        assert f'<h3 id="{account.anchor}" data-pagefind-weight="0.7">' in records[f"accounts/{account.service.slug}/"]
    for account in handbook.registry.listed():  # negative control
        assert f'<h3 id="{account.anchor}">' in records[f"accounts/{account.service.slug}/"]


def test_pages_carry_what_they_are_for_and_their_weight(handbook) -> None:
    infos = page_infos(handbook, ["en", "cy"])
    service = infos["accounts/libraries/"]
    assert service.weight == SERVICE_PAGE_WEIGHT
    assert "Libraries team" in service.about and "Facebook" in service.about
    assert "FixtureTownLibraries" not in service.about  # a handle finds the account's own row instead
    assert "Tîm Llyfrgelloedd" in infos["cy/accounts/libraries/"].about  # the Welsh page is found by the Welsh name
    home = infos[""]
    assert home.about.startswith(handbook.pages["index.md"].meta.description or "")


def test_the_first_record_of_a_page_holds_what_it_is_for_after_the_mark(handbook) -> None:
    read = read_page(page(), "running/")
    infos = {"running/": page_infos(handbook, ["en"])[""].__class__(1.0, "keywords: passwords handover")}
    records = {url: html for url, html, _ in _section_files([read], infos)}
    assert f"<p>{ABOUT_MARK}</p>" in records["running/"] and "passwords handover" in records["running/"]
    assert ABOUT_MARK not in records["running/#leave"]  # only the page's first record


def test_a_mark_written_in_a_page_does_not_cut_its_records_short(handbook) -> None:
    # The search script stops taking words for an excerpt at the first mark: a page's own would
    # hide the words after it.
    read = read_page(page(Opening_words="Opening &#x2042; words"), "running/")  # the mark, as an entity
    infos = {"running/": page_infos(handbook, ["en"])[""].__class__(1.0, "keywords: passwords handover")}
    record = {url: html for url, html, _ in _section_files([read], infos)}["running/"]
    assert record.count(ABOUT_MARK) == 1 and record.index("words.") < record.index(ABOUT_MARK)


def test_welsh_records_gain_the_forms_they_do_not_hold() -> None:
    text = "Mae'r dudalen yn y dref. Cysylltwch â'r tîm yng Nghyngor y Sir. Mae cyngor ar gael. Cyfrifon plant."
    words = {word.lower() for word in re.findall(r"[^\W_]+", text)}
    added = welsh_forms(words)
    assert {"tudalen", "tref", "cyfrif", "plentyn"} <= added  # radicals and dictionary forms
    assert "cyngor" not in added  # already in the text
    assert "dudalen" not in added and "mae" not in added
    assert not [word for word in added if len(word) < 3]
    assert welsh_forms({"sut", "swyddog"}) == set()  # nothing to add


def test_settings_carry_weights_words_and_the_welsh_rules_only_for_welsh(handbook) -> None:
    read = read_page(page(), "running/")
    infos = page_infos(handbook, ["en", "cy"])
    english = search_settings("en", [read], infos, {"dm": ["private message"]}, {"password", "handover", "it"},
                              has_accounts=True)
    assert english["pages"] == {"running/": ["Running an account", 1.0]} and english["accounts"] is True
    assert english["vocabulary"] == "handover password"  # short words are never corrected to
    assert "mutations" not in english and "forms" not in english and "the" in english["stop_words"]
    assert set(english["ranking"]) == {"pageLength", "termFrequency", "termSaturation", "termSimilarity"}
    welsh = search_settings("cy", [read], infos, {}, set(), has_accounts=False)
    assert welsh["mutations"]["ngh"] == ["c"] and "yr" in welsh["stop_words"] and welsh["forms"] == "forms-cy/"


def test_the_indexer_does_not_import_mkdocs() -> None:
    check = "import sys, macros.outputs.search_index; assert not [m for m in sys.modules if m.startswith('mkdocs')]"
    subprocess.run([sys.executable, "-c", check], cwd=ROOT, check=True)


def _service_page_html(handbook, templates: Path) -> bytes:
    from macros.render.directory import DirectoryRenderer

    renderer = DirectoryRenderer(handbook.registry, handbook.organisation, templates=templates)
    slug = next(slug for slug in handbook.registry.services if handbook.registry.by_service(slug))
    body = renderer.service_page(slug, "en", "../", {})
    return (f'<html lang="en"><head></head><body><article class="md-content__inner md-typeset">'
            f'<h1 id="t">Service</h1>{body}</article></body></html>').encode()


def test_account_records_do_not_change_when_a_listing_template_changes_its_columns(handbook, tmp_path: Path) -> None:
    import shutil

    from macros.render.listings import TEMPLATES

    reordered = tmp_path / "templates"
    shutil.copytree(TEMPLATES, reordered)
    table = reordered / "accounts_table.html"
    text = table.read_text(encoding="utf-8")
    # The platform column moves to the end of the header and of every row.
    platform_head = '<th scope="col">{{ t("platform") }}</th>'
    platform_cell = '<td data-label="{{ label.platform }}">{{ account.platform.label(lang) }}</td>'
    assert platform_head in text and platform_cell in text
    text = text.replace(platform_head, "").replace("</tr></thead>", platform_head + "</tr></thead>")
    text = text.replace(platform_cell, "").replace("{% endif %}</tr>\n{% endfor %}", "{% endif %}" + platform_cell
                                                   + "</tr>\n{% endfor %}")
    table.write_text(text, encoding="utf-8")
    from macros.render.listings import TEMPLATES as usual

    before, after = _service_page_html(handbook, usual), _service_page_html(handbook, reordered)
    assert before != after  # negative control: the rendered listing did change
    assert list(account_records(handbook, "en")) == list(account_records(handbook, "en"))
    # Nothing about accounts is read back from either page: its records hold no row of the table.
    for html in (before, after):
        read = read_page(html, "accounts/x/")
        assert read is not None
        assert not any("<tr" in section.html or "handbook-handle" in section.html for section in read.sections)


def test_a_service_page_is_indexed_as_one_record(handbook) -> None:
    from macros.outputs.search_records import Page, Section

    service_url = next(url for url, info in page_infos(handbook, ["en"]).items() if info.first_record_only)
    infos = page_infos(handbook, ["en"])
    two = [Section(service_url, "Libraries", "<h1>Libraries</h1><p>Run by the team.</p>"),
           Section(service_url + "#closed", "Closed accounts", "<h2>Closed accounts</h2><p>Kept on record.</p>")]
    assert [url for url, _, _ in _section_files([Page(service_url, "en", "Libraries", two)], infos)] == [service_url]
    # Negative control: a written page keeps every section.
    written = next(url for url, info in infos.items() if not info.first_record_only)
    sections = [Section(written, "T", "<h1>T</h1><p>x</p>"), Section(written + "#b", "B", "<h2>B</h2><p>y</p>")]
    assert len(list(_section_files([Page(written, "en", "T", sections)], infos))) == 2


def test_service_pages_come_from_the_registry_with_the_titles_they_show(handbook) -> None:
    made = list(service_pages(handbook, ["en", "cy"]))
    infos = page_infos(handbook, ["en", "cy"])
    assert {page.url for page in made} == {url for url, info in infos.items() if info.first_record_only}
    libraries = {page.language: page for page in made if page.url.endswith("/libraries/")}
    service = handbook.registry.services["libraries"]
    assert (libraries["en"].url, libraries["en"].title) == ("accounts/libraries/", service.label("en"))
    assert (libraries["cy"].url, libraries["cy"].title) == ("cy/accounts/libraries/", service.label("cy"))
    # Its record: the title and what the page is for, whatever its built HTML says.
    [(url, record, _)] = _section_files([libraries["en"]], infos)
    assert url == "accounts/libraries/" and service.label("en") in record and ABOUT_MARK in record


def test_pages_made_from_data_are_not_read_back_from_the_site(tmp_path: Path) -> None:
    for url in ("running/", "accounts/libraries/"):
        (tmp_path / url).mkdir(parents=True)
        (tmp_path / url / "index.html").write_bytes(page())
    assert [read.url for read in read_pages(tmp_path, skip={"accounts/libraries/"})] == ["running/"]
    # Negative control: without `skip`, the service's page is read like any other.
    assert [read.url for read in read_pages(tmp_path)] == ["accounts/libraries/", "running/"]


def test_scripts_in_a_page_are_not_part_of_its_records() -> None:
    read = read_page(page(Opening_words="Opening words.<script>var secret = 1;</script>"), "running/")
    assert read is not None and "secret" not in read.sections[0].html
    assert "Opening words." in read.sections[0].html  # the text around the script stays


def tiny_site(root: Path) -> Path:
    for folder, lang in (("", "en"), ("cy/", "cy")):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "index.html").write_text(
            f'<html lang="{lang}"><body><article class="md-content__inner"><h1 id="t">Home</h1>'
            "<p>Words about the council.</p></article></body></html>", encoding="utf-8")
    return root


def test_an_index_pagefind_left_unfinished_is_written_again(handbook, tmp_path: Path, monkeypatch, caplog) -> None:
    import logging

    from macros.outputs import search_index

    caplog.set_level(logging.INFO, logger=search_index.log.name)

    written = search_index._write_bundles
    calls: list[list[str]] = []

    def leaves_an_empty_entry_the_first_time(site: Path, bundles: dict) -> float:
        calls.append(sorted(bundles))
        written(site, bundles)
        if len(calls) == 1:
            (site / search_index.PAGES / "pagefind-entry.json").write_text("", encoding="utf-8")
        return 0.25  # Pagefind's CPU seconds, as _write_bundles reports them

    monkeypatch.setattr(search_index, "_write_bundles", leaves_an_empty_entry_the_first_time)
    site = tiny_site(tmp_path / "site")
    stats = search_index.build_search_index(site, handbook, ["en", "cy"])
    assert stats.pagefind_cpu_seconds == 0.5 and "(Pagefind: 0.50 CPU s)" in stats.summary()  # both runs count
    assert calls == [sorted([search_index.PAGES, search_index.ACCOUNTS]), [search_index.PAGES]]  # only the broken one again
    assert search_index._unfinished(site / search_index.PAGES) == search_index._unfinished(site / search_index.ACCOUNTS) == ""
    assert "left pagefind: pagefind-entry.json" in caplog.text and "(attempt 1 of 3)" in caplog.text


def test_an_index_that_never_finishes_stops_the_build_with_a_clear_error(handbook, tmp_path: Path,
                                                                          monkeypatch) -> None:
    from macros.outputs import search_index

    written = search_index._write_bundles

    def always_empty(site: Path, bundles: dict) -> float:
        seconds = written(site, bundles)
        for folder in bundles:
            (site / folder / "pagefind-entry.json").write_text("", encoding="utf-8")
        return seconds

    monkeypatch.setattr(search_index, "_write_bundles", always_empty)
    with pytest.raises(search_index.SearchIndexError, match="did not finish writing pagefind"):
        search_index.build_search_index(tiny_site(tmp_path / "site"), handbook, ["en", "cy"])


def test_the_index_is_written_when_the_caller_already_runs_an_event_loop(handbook, tmp_path: Path) -> None:
    """A dev server or a browser test session holds a running loop: indexing must not need one of its own."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from macros.outputs import search_index

    site = tiny_site(tmp_path / "site")

    async def caller() -> None:
        search_index.build_search_index(site, handbook, ["en", "cy"])

    # In a thread of its own, so no loop runs there before caller() starts one (a browser test on
    # the same worker leaves one running in the main thread).
    with ThreadPoolExecutor(max_workers=1) as thread:
        thread.submit(asyncio.run, caller()).result()
    assert search_index._unfinished(site / search_index.PAGES) == ""
    assert json.loads((site / search_index.PAGES / "pagefind-entry.json").read_text())["languages"].keys() == {"en", "cy"}


def test_pagefind_that_fails_stops_the_build_with_what_it_said(handbook, tmp_path: Path, monkeypatch) -> None:
    from macros.outputs import search_index

    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: out of disk space' >&2\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setattr(search_index, "get_executable", lambda: failing)
    with pytest.raises(search_index.SearchIndexError, match=r"exit code 3 .*out of disk space"):
        search_index.build_search_index(tiny_site(tmp_path / "site"), handbook, ["en", "cy"])


def test_the_index_makes_a_services_page_from_the_registry_and_never_parses_it(handbook, tmp_path: Path,
                                                                               monkeypatch) -> None:
    from macros.outputs import search_index, search_records

    site = tiny_site(tmp_path / "site")
    service = handbook.registry.services["libraries"]
    (site / "accounts" / "libraries").mkdir(parents=True)
    (site / "accounts" / "libraries" / "index.html").write_text(
        '<html lang="en"><body><article class="md-content__inner"><h1 id="t">Read back from the HTML</h1>'
        "<p>A long listing.</p></article></body></html>", encoding="utf-8")
    parsed: list[str] = []
    reader = search_records.read_page
    monkeypatch.setattr(search_records, "read_page", lambda source, url: parsed.append(url) or reader(source, url))
    search_index.build_search_index(site, handbook, ["en", "cy"])
    assert parsed and "accounts/libraries/" not in parsed
    settings = json.loads((site / search_index.PAGES / "handbook-en.json").read_text(encoding="utf-8"))
    assert settings["pages"]["accounts/libraries/"][0] == service.label("en")
    assert "Read back from the HTML" not in json.dumps(settings)


def test_pagefind_writes_in_scratch_space_and_the_site_gets_the_same_files(handbook, tmp_path: Path,
                                                                           monkeypatch) -> None:
    """Pagefind's threads make files slowly on a busy disk, so for a site on another disk than the
    scratch folder it writes there and the files the site uses are copied in: the same files as
    when it writes into the site, which it does when the site is on the scratch folder's disk."""
    from macros.outputs import search_index

    outputs: list[Path] = []
    indexed = search_index._index

    def remembers_where(source: Path, output: Path) -> None:
        outputs.append(output)
        indexed(source, output)

    def files(site: Path) -> list[str]:
        return sorted(path.relative_to(site).as_posix() for folder in (search_index.PAGES, search_index.ACCOUNTS)
                      for path in (site / folder).rglob("*") if path.is_file())

    monkeypatch.setattr(search_index, "_index", remembers_where)
    monkeypatch.setattr(search_index, "_SCRATCH", str(tmp_path))  # a scratch folder, as /dev/shm is
    same_disk = tiny_site(tmp_path / "same-disk")
    search_index.build_search_index(same_disk, handbook, ["en", "cy"])
    assert outputs and all(same_disk in output.parents for output in outputs)  # the site is on the same disk
    outputs.clear()
    monkeypatch.setattr(search_index, "_same_device", lambda site, scratch: False)
    copied = tiny_site(tmp_path / "copied")
    search_index.build_search_index(copied, handbook, ["en", "cy"])
    assert outputs and not any(copied in output.parents for output in outputs)
    outputs.clear()
    direct = tiny_site(tmp_path / "direct")
    monkeypatch.setattr(search_index, "_SCRATCH", None)  # no scratch folder at all
    search_index.build_search_index(direct, handbook, ["en", "cy"])
    assert outputs and all(direct in output.parents for output in outputs)
    assert files(copied) == files(direct) == files(same_disk) and len(files(copied)) > 10
    assert not any(Path(name).name in search_index._UNUSED for name in files(copied))
