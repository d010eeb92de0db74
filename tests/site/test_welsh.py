"""Every page in Welsh, kept in step with the English, and an English-only edition that still works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from macros.core.handbook import load
from macros.core.translations import State, translations
from tools.sitebuild import ROOT, Build, build, fixture_project, run_command

HANDBOOK = load(ROOT)
ENGLISH_PAGES = sorted(path for path in HANDBOOK.pages if not path.endswith(".cy.md"))
MINIMAL = ROOT / "tests" / "fixtures" / "sites" / "minimal"

# Small words that only one of the two languages uses often: enough to tell a paragraph's language.
ENGLISH_WORDS = {"the", "and", "to", "of", "you", "is", "for", "with", "your", "we", "this", "that", "are", "it",
                 "or", "not", "on", "be", "can", "if", "do", "they", "what", "when", "who", "how"}
WELSH_WORDS = {"y", "yr", "ac", "yn", "o", "ar", "eich", "chi", "mae", "ein", "ni", "neu", "gyda", "rydym",
               "nid", "os", "dylech", "gallwch", "ydych", "wedi", "i'r", "o'r", "rhowch", "gwneud", "sy", "sydd", "ydy", "bod", "gan", "hyn", "pan", "beth", "sut", "eu", "ei", "'r"}
WORD = re.compile(r"[a-zâêîôûŵŷ']+", re.IGNORECASE)


def url_of(path: str, welsh: bool) -> str:
    stem = path.removesuffix(".md").removesuffix("index")
    return ("cy/" if welsh else "") + (f"{stem}/" if stem and not stem.endswith("/") else stem)


def language_of(text: str) -> str | None:
    """'en' or 'cy' when a paragraph clearly reads as one language; None when it is too short to tell."""
    words = [word.lower().strip("'") for word in WORD.findall(text)]
    english = sum(word in ENGLISH_WORDS for word in words)
    welsh = sum(word in WELSH_WORDS for word in words)
    if english + welsh < 3:
        return None
    return "en" if english > welsh else "cy"


def prose(site: Build, url: str) -> list[str]:
    article = site.page(url).select_one("article")
    for node in article.select("code, pre, .mermaid, [lang], .handbook-handle, table, .headerlink"):
        node.decompose()  # names, handles, addresses and passages marked with their own language
    return [" ".join(block.get_text(" ").split()) for block in article.select("p, li, h1, h2, h3")]


def test_every_english_page_has_a_welsh_page() -> None:
    missing = [item.welsh for item in translations(HANDBOOK.pages) if item.state is State.MISSING]
    assert missing == []
    result = run_command(ROOT, "translations")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", ENGLISH_PAGES)
def test_welsh_page_is_welsh_throughout(site: Build, path: str) -> None:
    page = site.page(url_of(path, welsh=True))
    assert page.html["lang"] == "cy"
    english = [text for text in prose(site, url_of(path, welsh=True)) if language_of(text) == "en"]
    assert english == [], f"English on the Welsh page: {english[:3]}"


@pytest.mark.parametrize("path", ENGLISH_PAGES)
def test_english_page_is_english_throughout(site: Build, path: str) -> None:
    welsh = [text for text in prose(site, url_of(path, welsh=False)) if language_of(text) == "cy"]
    assert welsh == [], f"Welsh on the English page: {welsh[:3]}"


def test_the_language_check_tells_the_languages_apart() -> None:  # negative control
    assert language_of("If you made a mistake, tell the communications team and correct it.") == "en"
    assert language_of("Os ydych chi wedi gwneud camgymeriad, rhowch wybod i'r tîm.") == "cy"


def test_the_not_found_page_speaks_both_languages(site: Build) -> None:
    html = (site.site / "404.html").read_text(encoding="utf-8")
    assert 'lang="cy"' in html and 'lang="en"' in html
    assert "Page not found" in html and "Heb ddod o hyd i'r dudalen" in html


# ---- a Welsh page out of step with its English page ----------------------------------------------

def with_translation_of(project: Path, value: str) -> None:
    path = project / "docs" / "accounts.cy.md"
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    meta["translation_of"] = value
    path.write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{body}", encoding="utf-8")


@pytest.mark.parametrize(("recorded", "state", "words"), [
    ("0123456789ab", "Stale: 1", "Efallai nad yw'r fersiwn Gymraeg hon yn cynnwys y newid eto"),
    ("pending", "Awaiting translation: 1", "Mae'r dudalen hon yn aros am ei chyfieithiad Cymraeg"),
])
def test_a_welsh_page_out_of_step_shows_a_notice(tmp_path: Path, recorded: str, state: str, words: str) -> None:
    project = fixture_project(MINIMAL, tmp_path / "project")
    with_translation_of(project, recorded)
    status = run_command(project, "translations")
    assert state in status.stdout and "docs/accounts.cy.md: translates docs/accounts.md" in status.stdout
    result = build(project)
    assert result.returncode == 0, result.output
    notice = result.page("cy/accounts/").select_one(".handbook-translation-status")
    assert notice is not None and words in notice.get_text(" ")
    assert notice.select_one('[lang="en"]') is not None  # in both languages
    assert result.page("accounts/").select_one(".handbook-translation-status") is None


def test_a_current_translation_shows_no_notice(tmp_path: Path) -> None:  # negative control
    project = fixture_project(MINIMAL, tmp_path / "project")
    from macros.core.pages import split_front_matter
    from macros.core.translations import fingerprint
    body = split_front_matter((project / "docs" / "accounts.md").read_text(encoding="utf-8"))[1]
    with_translation_of(project, fingerprint(body))
    result = build(project)
    assert result.page("cy/accounts/").select_one(".handbook-translation-status") is None
    assert "Current: 2" in run_command(project, "translations").stdout


def test_a_missing_welsh_page_fails_the_translations_command(tmp_path: Path) -> None:
    project = fixture_project(MINIMAL, tmp_path / "project")
    (project / "docs" / "accounts.cy.md").unlink()
    result = run_command(project, "translations")
    assert result.returncode == 1 and "Missing: 1" in result.stdout


# ---- an English-only edition ---------------------------------------------------------------------

def test_an_english_only_edition_builds_without_welsh(tmp_path: Path) -> None:
    project = fixture_project(MINIMAL, tmp_path / "project")
    organisation = project / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8") + "\nwelsh: false\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    assert not (result.site / "cy").exists()
    for url in ("", "accounts/"):
        html = result.html(url)
        assert 'hreflang="cy"' not in html and "/cy/" not in html and "Cymraeg" not in html
        assert result.page(url).html["lang"] == "en"
    assert "Welsh is turned off" in run_command(project, "translations").stdout
