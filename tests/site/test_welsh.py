"""Every page in Welsh, kept in step with the English, and an English-only edition that still works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from macros.core.glossary import check_welsh, load_glossary
from macros.core.handbook import load
from macros.core.translations import State, translations
from tests.edition import edition
from tools.sitebuild import ROOT, Build, build, edition_project, fixture_project, run_command

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


# ---- the glossary on the built Welsh pages, generated text and interface included -----------------

GLOSSARY = load_glossary(ROOT / "language" / "glossary.yml")


def built_welsh_text(site: Build, url: str) -> str:
    page = site.page(url)
    for node in page.select("script, style, code, pre, .handbook-handle, [lang=en]"):
        node.decompose()
    words = [str(node.get(attribute)) for node in page.find_all(True)
             for attribute in ("title", "alt", "aria-label", "placeholder") if node.get(attribute)]
    return "\n".join([*words, page.get_text("\n")])


@pytest.mark.parametrize("path", ENGLISH_PAGES)
def test_built_welsh_pages_use_no_term_the_glossary_rules_out(site: Build, path: str) -> None:
    if not edition().organisation.welsh:
        pytest.skip("this edition has no Welsh")
    problems = check_welsh(built_welsh_text(site, url_of(path, welsh=True)), GLOSSARY)
    assert problems == [], f"{url_of(path, welsh=True)}: {problems[:3]}"


def test_the_built_check_widget_words_use_the_glossary(site: Build) -> None:  # generated, and read by check.js
    if not edition().organisation.welsh:
        pytest.skip("this edition has no Welsh")
    words = site.page("cy/check/").select_one("[data-check-words]").get_text()
    assert "Ein cyfrif swyddogol yw" in words and check_welsh(words, GLOSSARY) == []


def test_an_unknown_trigger_word_stops_the_build_with_file_and_line(tmp_path: Path) -> None:
    project = fixture_project(MINIMAL, tmp_path / "project")
    page = project / "docs" / "accounts.cy.md"
    page.write_text(page.read_text(encoding="utf-8").replace("{{ accounts_summary() }}", 'Gweler {{ council("ei") }}.'),
                    encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert "docs/accounts.cy.md:12: macro: 'ei' mutates differently for his and her" in result.output


# ---- an English-only edition leaves out advice for Welsh public bodies ----------------------------

@pytest.fixture(scope="module")
def english_only(tmp_path_factory: pytest.TempPathFactory) -> Build:
    project = edition_project(ROOT / "tests" / "fixtures" / "editions" / "example-borough",
                              tmp_path_factory.mktemp("english-only") / "project")
    organisation = project / "data" / "organisation.yml"
    organisation.write_text(organisation.read_text(encoding="utf-8") + "\nwelsh: false\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    return result


# (page, what only a Welsh public body needs): a section's id, or words from a list item or paragraph
WELSH_ONLY = [
    ("running-an-account/", "#welsh-language"), ("running-an-account/", "#welsh-replies"),
    ("running-an-account/", "whether you can post in Welsh and English"), ("faqs/", "#welsh"),
    ("faqs/", "#welsh-reply"), ("accounts/", "#welsh"), ("when-things-go-wrong/", "Correct it in Welsh too"),
    ("accessibility/", "#known-issue-welsh"), ("councillors/", "Public Services Ombudsman for Wales"),
    ("", "A comment came in Welsh"), ("scenarios/", "A comment came in Welsh"),
    ("running-an-account/", "Equality Act 2010 (Statutory Duties) (Wales) Regulations 2011"),
    ("running-an-account/", "socio-economic duty"), ("councillors/", "Local Government and Elections (Wales) Act 2021"),
    ("scenarios/mistake-going-viral/", "Post the correction in Welsh and English"),
]


def _has(site: Build, url: str, what: str) -> bool:
    page = site.page(url)
    return page.find(id=what[1:]) is not None if what.startswith("#") else what in page.get_text(" ")


@pytest.mark.parametrize(("url", "what"), WELSH_ONLY)
def test_an_english_only_edition_has_no_welsh_only_section_or_card(english_only: Build, site: Build, url: str,
                                                                 what: str) -> None:
    assert not _has(english_only, url, what)
    if edition().organisation.welsh:
        assert _has(site, url, what)  # negative control: the bilingual edition has it


def test_an_english_only_edition_has_no_welsh_comment_card_and_no_markers(english_only: Build) -> None:
    assert not (english_only.site / "scenarios" / "welsh-comment").exists()
    assert "Comment in Welsh" not in english_only.html("")
    pages = list(english_only.site.rglob("*.html"))
    assert pages and not [path for path in pages if ".welsh-only" in path.read_text(encoding="utf-8")]
