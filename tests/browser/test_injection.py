"""Hostile values in every input file (organisation file, front matter, changelog, registry) are
shown as text in a real browser: no script runs, no injected element or javascript: link exists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tools.serve import serve
from tools.sitebuild import ROOT, Build, build, fixture_project

MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"
# Markup (<, >) and template code ({{ }}) are refused at load; these are the values that pass.
LINK = "[go](javascript:alert(1))"
QUOTES = '" autofocus onfocus="alert(2)'
EMPHASIS = "**strong** _em_ `code`"
PAYLOAD = f"{LINK} {QUOTES} {EMPHASIS} & ©"
PAGES = ["", "accounts/", "cy/", "cy/accounts/"]
ENTITY = "&lt;img src=x&gt;"  # text that looks like an escaped tag: shown as written, never decoded again


def poison(project: Path) -> None:
    org_path = project / "data" / "organisation.yml"
    org = yaml.safe_load(org_path.read_text(encoding="utf-8"))
    org["name"] = f"Fixture {LINK} {QUOTES}"[:100]
    org["short_name"] = "Fix **town**"
    org["contacts"]["comms"]["name"] = f"Comms {LINK}"[:80]
    org["contacts"]["comms"]["when"] = PAYLOAD
    org_path.write_text(yaml.safe_dump(org, allow_unicode=True, sort_keys=False), encoding="utf-8")
    parks_path = project / "data" / "accounts" / "parks.yml"
    parks = yaml.safe_load(parks_path.read_text(encoding="utf-8"))
    parks["service"]["name"] = f"Parks {LINK}"[:60]
    parks["accounts"][0]["display_name"] = f"{ENTITY} {QUOTES}"[:80]
    parks["accounts"][0]["purpose"] = PAYLOAD
    parks_path.write_text(yaml.safe_dump(parks, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for page in (project / "docs").glob("*.md"):
        _, front, body = page.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(front)
        meta["title"] = f"{QUOTES} {meta['title']}"
        meta["description"] = f"{QUOTES} {LINK}"
        meta["owner"] = f"Comms {LINK}"
        page.write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{body}", encoding="utf-8")
    changelog = project / "CHANGELOG.yml"
    changes = yaml.safe_load(changelog.read_text(encoding="utf-8"))
    changes[0]["summary"] = PAYLOAD
    changelog.write_text(yaml.safe_dump(changes, allow_unicode=True), encoding="utf-8")


def findings(browser: object, base: str, paths: list[str]) -> list[str]:
    """What an injection would leave: dialogs, javascript: links, event-handler attributes, bold text."""
    found: list[str] = []
    page = browser.new_page()
    page.on("dialog", lambda dialog: (found.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    for path in paths:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")  # scripts have fetched and drawn what they will
        found += [f"{path}: {item}" for item in page.evaluate("""() => {
            const out = [];
            for (const a of document.querySelectorAll('a[href]'))
                if (a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')) out.push('javascript link');
            for (const el of document.querySelectorAll('*'))
                for (const attr of el.attributes)
                    if (attr.name.startsWith('on')) out.push('handler ' + attr.name + ' on ' + el.tagName);
            for (const el of document.querySelectorAll('article strong, article em'))
                if (['strong', 'em'].includes(el.textContent)) out.push('injected ' + el.tagName);
            return out;
        }""")]
    page.close()
    return found


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Build, str]]:
    project = fixture_project(MINIMAL, tmp_path_factory.mktemp("poisoned") / "project")
    poison(project)
    result = build(project)
    assert result.returncode == 0, result.output
    with serve(result.site) as url:
        yield result, url


def test_no_value_runs_as_code_or_becomes_markup(browser: object, poisoned: tuple[Build, str]) -> None:
    result, url = poisoned
    assert findings(browser, url, PAGES) == []


def test_the_values_are_shown_as_written(poisoned: tuple[Build, str]) -> None:
    result, _ = poisoned
    page = result.page("accounts/")
    text = page.get_text(" ")
    assert PAYLOAD in " ".join(text.split()) or LINK in text
    assert page.find("meta", attrs={"name": "description"})["content"].startswith(QUOTES)
    assert "Fix **town**" in result.page("").get_text() or "Fixture" in result.page("").title.get_text()


def test_the_detector_catches_a_real_injection(browser: object, tmp_path: Path) -> None:  # negative control
    project = fixture_project(MINIMAL, tmp_path / "project")
    index = project / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + '\n<a href="javascript:alert(9)">x</a>\n\n'
                     '<img src="missing.png" onerror="alert(10)">\n\n**strong**\n', encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    with serve(result.site) as url:
        found = findings(browser, url, [""])
    assert any("dialog" in item for item in found), found
    assert any("javascript link" in item for item in found) and any("handler onerror" in item for item in found)
    assert any("injected STRONG" in item for item in found)


@pytest.mark.parametrize("word", ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])
def test_words_javascript_objects_hold_are_ordinary_searches(browser: object, poisoned: tuple[Build, str],
                                                             word: str) -> None:
    _, url = poisoned
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("[data-handbook-search][data-ready]")
    page.locator("body").press("/")
    page.fill(".handbook-search__input", word)
    page.wait_for_function("(q) => document.querySelector('.handbook-search__results').dataset.query === q", arg=word)
    status = page.locator(".handbook-search__status").inner_text()
    page.close()
    assert "not working" not in status and status  # a count of results (perhaps none), not a failure


def test_an_account_name_that_looks_like_markup_is_shown_as_written(browser: object,
                                                                    poisoned: tuple[Build, str]) -> None:
    _, url = poisoned
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("[data-handbook-search][data-ready]")
    page.locator("body").press("/")
    page.fill(".handbook-search__input", "img")
    page.wait_for_function("() => document.querySelector('.handbook-search__results').dataset.query === 'img'")
    shown = page.locator(".handbook-search__results").inner_text()
    images = page.locator(".handbook-search__results img").count()
    page.close()
    assert ENTITY in shown and images == 0
